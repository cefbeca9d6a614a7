//! Checks that a parsed pack holds together: ids, links between sections, categories and
//! annotations, and quotes that really are in the policy text. All problems are reported at
//! once so an author can fix a pack in one pass.

use std::collections::HashSet;

use crate::date::CalendarDate;
use crate::error::Problem;
use crate::letter::{unknown_placeholders, LetterTemplates};
use crate::pack::{Annotation, AnnotationKind, Block, PolicyPack};
use crate::rules::KIND_NAMES;
use crate::search::words;
use crate::sources::is_https_url;
use crate::text::count_occurrences;

/// The deepest list nesting a pack may use; deeper lists do not read well in 80 columns.
const MAX_LIST_LEVEL: u8 = 4;

pub(crate) fn validate(pack: &PolicyPack) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_metadata(pack, &mut problems);
    check_sections(pack, &mut problems);
    check_categories(pack, &mut problems);
    check_annotations(pack, &mut problems);
    check_synonyms(pack, &mut problems);
    check_classification(pack, &mut problems);
    if let Some(letter) = &pack.letter {
        check_letter(pack, letter, &mut problems);
    }
    problems
}

fn check_letter(pack: &PolicyPack, letter: &LetterTemplates, problems: &mut Vec<Problem>) {
    let known_section = |id: &str| pack.sections.iter().any(|s| s.id == id);
    let mut sections = vec![("letter".to_owned(), &letter.section)];
    sections.extend(
        letter
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (format!("letter.questions {}", i + 1), &q.section)),
    );
    for (place, section) in sections {
        if !known_section(section) {
            problems.push(Problem::UnknownSection {
                place,
                section: section.clone(),
            });
        }
    }
    if letter.laws.is_empty() {
        problems.push(Problem::NoLaws);
    }
    let mut seen = HashSet::new();
    for law in &letter.laws {
        if !is_valid_id(&law.id) {
            problems.push(Problem::BadId {
                place: "letter.laws".to_owned(),
                id: law.id.clone(),
            });
        }
        if !seen.insert(law.id.as_str()) {
            problems.push(Problem::DuplicateLaw { id: law.id.clone() });
        }
    }
    for (i, question) in letter.questions.iter().enumerate() {
        for law in question.laws.iter().filter(|l| letter.law(l).is_none()) {
            problems.push(Problem::UnknownLaw {
                place: format!("letter.questions {}", i + 1),
                law: law.clone(),
            });
        }
    }
    require(problems, "letter", "recipient", &letter.recipient);
    require(problems, "letter", "email", &letter.email);
    for (place, text) in letter.texts() {
        require(problems, &place, "text", text);
        for placeholder in unknown_placeholders(text) {
            problems.push(Problem::UnknownPlaceholder {
                place: place.clone(),
                placeholder,
            });
        }
    }
}

fn check_classification(pack: &PolicyPack, problems: &mut Vec<Problem>) {
    let rules = &pack.classification;
    let known = |name: &str| {
        pack.categories.iter().any(|c| c.name == name)
            || rules.undisclosed.iter().any(|u| u == name)
    };
    for (place, category) in rules.named_categories() {
        if !known(category) {
            problems.push(Problem::UnknownRuleCategory {
                place,
                category: category.to_owned(),
            });
        }
    }
    for (place, value) in rules.fractions() {
        if !(0.0..=1.0).contains(&value) {
            problems.push(Problem::NotAFraction {
                place,
                value: value.to_string(),
            });
        }
    }
    for (i, rule) in rules.name_rules.iter().enumerate() {
        for kind in rule
            .kinds
            .iter()
            .filter(|k| !KIND_NAMES.contains(&k.as_str()))
        {
            problems.push(Problem::UnknownKind {
                place: format!("classification.name_rules {}", i + 1),
                kind: kind.clone(),
            });
        }
    }
}

fn check_synonyms(pack: &PolicyPack, problems: &mut Vec<Problem>) {
    for (i, group) in pack.synonyms.iter().enumerate() {
        let index = i + 1;
        if group.len() < 2 {
            problems.push(Problem::SynonymGroupTooSmall { index });
        }
        for entry in group {
            if words(entry).len() != 1 {
                problems.push(Problem::SynonymNotOneWord {
                    index,
                    entry: entry.clone(),
                });
            }
        }
    }
}

fn require(problems: &mut Vec<Problem>, place: &str, field: &'static str, value: &str) {
    if value.is_empty() {
        problems.push(Problem::EmptyField {
            place: place.to_owned(),
            field,
        });
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_metadata(pack: &PolicyPack, problems: &mut Vec<Problem>) {
    let m = &pack.metadata;
    require(problems, "metadata", "company", &m.company);
    require(problems, "metadata", "title", &m.title);
    require(problems, "metadata", "source", &m.source);
    require(problems, "the pack", "disclaimer", &pack.disclaimer);
    if CalendarDate::parse(&m.effective_date).is_err() {
        problems.push(Problem::BadDate {
            value: m.effective_date.clone(),
        });
    }
}

fn check_sections(pack: &PolicyPack, problems: &mut Vec<Problem>) {
    if pack.sections.is_empty() {
        problems.push(Problem::NoSections);
    }
    let mut seen: HashSet<&str> = HashSet::new();
    // The chain of open sections from the top level down to the previous section: a
    // sub-section's parent must be on it, which keeps the list in reading order.
    let mut open: Vec<&str> = Vec::new();
    for section in &pack.sections {
        let place = format!("section `{}`", section.id);
        if !is_valid_id(&section.id) {
            problems.push(Problem::BadId {
                place: place.clone(),
                id: section.id.clone(),
            });
        }
        if !seen.insert(&section.id) {
            problems.push(Problem::DuplicateSectionId {
                id: section.id.clone(),
            });
        }
        require(problems, &place, "title", &section.title);
        match &section.parent {
            None => open.clear(),
            Some(parent) => match open.iter().position(|id| id == parent) {
                Some(at) => open.truncate(at + 1),
                None => problems.push(Problem::ParentOutOfOrder {
                    section: section.id.clone(),
                    parent: parent.clone(),
                }),
            },
        }
        open.push(&section.id);
        check_blocks(&section.id, &section.blocks, problems);
    }
}

fn check_blocks(section: &str, blocks: &[Block], problems: &mut Vec<Problem>) {
    for (i, block) in blocks.iter().enumerate() {
        let block_no = i + 1;
        let place = format!("section `{section}`, block {block_no}");
        match block {
            Block::Paragraph { text } => require(problems, &place, "text", text),
            Block::Item { text, level } => {
                require(problems, &place, "text", text);
                if !(1..=MAX_LIST_LEVEL).contains(level) {
                    problems.push(Problem::BadListLevel {
                        section: section.to_owned(),
                        block: block_no,
                        level: *level,
                    });
                }
            }
            Block::Table { header, rows } => {
                if header.is_empty() {
                    problems.push(Problem::EmptyTableHeader {
                        section: section.to_owned(),
                        block: block_no,
                    });
                    continue;
                }
                for (r, row) in rows.iter().enumerate() {
                    if row.len() != header.len() {
                        problems.push(Problem::RaggedRow {
                            section: section.to_owned(),
                            block: block_no,
                            row: r + 1,
                            cells: row.len(),
                            expected: header.len(),
                        });
                    }
                }
            }
        }
    }
}

fn check_categories(pack: &PolicyPack, problems: &mut Vec<Problem>) {
    if pack.categories.is_empty() {
        problems.push(Problem::NoCategories);
    }
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for (i, category) in pack.categories.iter().enumerate() {
        let place = if category.id.is_empty() {
            format!("category {}", i + 1)
        } else {
            format!("category `{}`", category.id)
        };
        if !is_valid_id(&category.id) {
            problems.push(Problem::BadId {
                place: place.clone(),
                id: category.id.clone(),
            });
        }
        require(problems, &place, "name", &category.name);
        require(problems, &place, "summary", &category.summary);
        require(problems, &place, "explanation", &category.explanation);
        if !ids.insert(&category.id) {
            problems.push(Problem::DuplicateCategory {
                field: "id",
                value: category.id.clone(),
            });
        }
        if !names.insert(&category.name) {
            problems.push(Problem::DuplicateCategory {
                field: "name",
                value: category.name.clone(),
            });
        }
        if !category.name.is_empty()
            && !pack
                .sections
                .iter()
                .any(|s| s.text.contains(&category.name))
        {
            problems.push(Problem::CategoryNameNotInText {
                category: category.id.clone(),
            });
        }
        for section in &category.sections {
            if pack.section(section).is_none() {
                problems.push(Problem::UnknownSection {
                    place: place.clone(),
                    section: section.clone(),
                });
            }
        }
    }
}

fn check_annotations(pack: &PolicyPack, problems: &mut Vec<Problem>) {
    for (i, annotation) in pack.annotations.iter().enumerate() {
        let index = i + 1;
        let place = format!("annotation {index} (section `{}`)", annotation.section);
        require(problems, &place, "note", &annotation.note);
        check_sources(index, annotation, problems);
        let Some(section) = pack.section(&annotation.section) else {
            problems.push(Problem::UnknownSection {
                place: format!("annotation {index}"),
                section: annotation.section.clone(),
            });
            continue;
        };
        if annotation.quote.is_empty() {
            require(problems, &place, "quote", &annotation.quote);
            continue;
        }
        match count_occurrences(&section.text, &annotation.quote) {
            1 => {}
            0 => problems.push(Problem::QuoteNotFound {
                index,
                section: section.id.clone(),
                quote: annotation.quote.clone(),
            }),
            count => problems.push(Problem::QuoteNotUnique {
                index,
                section: section.id.clone(),
                quote: annotation.quote.clone(),
                count,
            }),
        }
    }
    for section in &pack.sections {
        let explained = pack
            .annotations_for(&section.id)
            .any(|a| a.kind == AnnotationKind::Meaning);
        if !explained {
            problems.push(Problem::MissingMeaning {
                section: section.id.clone(),
            });
        }
    }
}

/// A note that states the law names where it comes from and when that was last read; every
/// source is an https link with a citation to show as its text.
fn check_sources(index: usize, annotation: &Annotation, problems: &mut Vec<Problem>) {
    let section = || annotation.section.clone();
    if annotation.kind.needs_sources() && annotation.sources.is_empty() {
        problems.push(Problem::MissingSources {
            index,
            section: section(),
            kind: annotation.kind.as_str(),
        });
    }
    for (i, source) in annotation.sources.iter().enumerate() {
        let place = format!(
            "annotation {index} (section `{}`), source {}",
            annotation.section,
            i + 1
        );
        require(problems, &place, "cite", &source.cite);
        if !is_https_url(&source.url) {
            problems.push(Problem::SourceNotHttps {
                index,
                section: section(),
                source_no: i + 1,
                url: source.url.clone(),
            });
        }
    }
    match (&annotation.checked, annotation.sources.is_empty()) {
        (None, false) => problems.push(Problem::MissingChecked {
            index,
            section: section(),
        }),
        (Some(_), true) => problems.push(Problem::CheckedWithoutSources {
            index,
            section: section(),
        }),
        (Some(value), false) if CalendarDate::parse(value).is_err() => {
            problems.push(Problem::BadCheckedDate {
                index,
                section: section(),
                value: value.clone(),
            })
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_slugs() {
        assert!(is_valid_id("data-retention-2"));
        assert!(!is_valid_id("Data Retention"));
        assert!(!is_valid_id(""));
    }
}
