//! Errors met while loading a policy pack. Each says what is wrong, where, and what to do,
//! because the person reading it is often the pack's author, not a programmer.

use std::path::PathBuf;

use crate::date::CalendarDate;

/// A pack could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("cannot read policy pack {}: {source}; check the path and that the file is readable", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("policy pack {origin} is not a valid pack file: {source}(see policies/README.md for the keys a pack may have)")]
    Syntax {
        origin: String,
        #[source]
        source: Box<toml::de::Error>,
    },
    #[error("policy pack {origin} has {} problem(s):{}", problems.len(), bullet_list(problems))]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

fn bullet_list(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("\n  - {p}")).collect()
}

/// One thing wrong in a pack that parsed but does not hold together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("{place}: `{field}` is empty; write it in")]
    EmptyField { place: String, field: &'static str },
    #[error(
        "metadata: effective_date `{value}` is not a date; write it as YYYY-MM-DD, e.g. 2021-10-13"
    )]
    BadDate { value: String },
    #[error("annotation {index} (section `{section}`): a note of kind \"{kind}\" states the law, so it needs `sources`; add at least one {{ cite = \"...\", url = \"https://...\" }} pointing to the official text, and the date you read it as `checked`")]
    MissingSources {
        index: usize,
        section: String,
        kind: &'static str,
    },
    #[error("annotation {index} (section `{section}`), source {source_no}: `{url}` is not an https:// web address; link the official text over https")]
    SourceNotHttps {
        index: usize,
        section: String,
        source_no: usize,
        url: String,
    },
    #[error("annotation {index} (section `{section}`): it has sources but no `checked` date; write the day you last read them, e.g. checked = \"2026-12-02\"")]
    MissingChecked { index: usize, section: String },
    #[error("annotation {index} (section `{section}`): `checked` is set but there are no sources; add the sources you checked, or remove `checked`")]
    CheckedWithoutSources { index: usize, section: String },
    #[error("annotation {index} (section `{section}`): checked `{value}` is not a date; write it as YYYY-MM-DD, e.g. 2026-12-02")]
    BadCheckedDate {
        index: usize,
        section: String,
        value: String,
    },
    #[error("{place}: id `{id}` may only use lowercase letters, digits and hyphens, e.g. `data-retention`")]
    BadId { place: String, id: String },
    #[error("the pack has no sections; add at least one [[sections]] with its text")]
    NoSections,
    #[error("the pack has no categories; add the categories of personal data the policy names as [[categories]]")]
    NoCategories,
    #[error("section id `{id}` is used twice; give each section its own id")]
    DuplicateSectionId { id: String },
    #[error("section `{section}`: parent `{parent}` is not a section listed before it; list sub-sections right after their parent section")]
    ParentOutOfOrder { section: String, parent: String },
    #[error("section `{section}`, block {block}: list level {level} is out of range; use 1 (outermost) to 4")]
    BadListLevel {
        section: String,
        block: usize,
        level: u8,
    },
    #[error("section `{section}`, block {block}: a table needs a header with at least one cell")]
    EmptyTableHeader { section: String, block: usize },
    #[error("section `{section}`, block {block}: row {row} has {cells} cell(s) but the header has {expected}; write \"\" for a cell the policy leaves empty")]
    RaggedRow {
        section: String,
        block: usize,
        row: usize,
        cells: usize,
        expected: usize,
    },
    #[error("category {field} `{value}` is used by two categories; each category needs its own")]
    DuplicateCategory { field: &'static str, value: String },
    #[error("category `{category}`: the name does not occur in the policy text; copy it exactly as the policy writes it")]
    CategoryNameNotInText { category: String },
    #[error("{place}: there is no section `{section}`; use the id of one of the [[sections]]")]
    UnknownSection { place: String, section: String },
    #[error("annotation {index} (section `{section}`): the quote \"{quote}\" is not in that section's text; copy the words exactly from the section")]
    QuoteNotFound {
        index: usize,
        section: String,
        quote: String,
    },
    #[error("annotation {index} (section `{section}`): the quote \"{quote}\" occurs {count} times in that section; quote more words so that it occurs once")]
    QuoteNotUnique {
        index: usize,
        section: String,
        quote: String,
        count: usize,
    },
    #[error("section `{section}` has no annotation of kind \"meaning\"; add one saying what the section means for the reader")]
    MissingMeaning { section: String },
    #[error("{place}: there is no category `{category}`; name one of the [[categories]] exactly, or list it under classification.undisclosed")]
    UnknownRuleCategory { place: String, category: String },
    #[error(
        "{place}: {value} is not between 0 and 1; weights, shares and the threshold are fractions"
    )]
    NotAFraction { place: String, value: String },
    #[error("{place}: kind `{kind}` is unknown; use string, integer, decimal, boolean, date_time or list")]
    UnknownKind { place: String, kind: String },
    #[error("{place}: placeholder `{placeholder}` is unknown; use {{company}}, {{policy}}, {{date}} or {{deadline}}")]
    UnknownPlaceholder { place: String, placeholder: String },
    #[error("{place}: there is no law `{law}` in letter.laws; use the id of one of them")]
    UnknownLaw { place: String, law: String },
    #[error("letter.laws: id `{id}` is used twice; give each law its own id")]
    DuplicateLaw { id: String },
    #[error("letter: there are no laws; add at least one [[letter.laws]] with its paragraphs")]
    NoLaws,
    #[error("synonym group {index} has fewer than two words; list at least two words that mean the same")]
    SynonymGroupTooSmall { index: usize },
    #[error("synonym group {index}: \"{entry}\" is not a single word; search matches synonyms word by word, so list single words")]
    SynonymNotOneWord { index: usize, entry: String },
}

/// Something in a valid pack that its maintainer should look at, though Dossier can still use
/// the pack. Reported by [`crate::PolicyPack::source_warnings`] and `dossier policy check`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
pub enum Warning {
    #[error("annotation {index} (section `{section}`): its sources were last checked on {checked}, more than a year before {today}; read them again, correct the note if the law has changed, and set `checked` to the day you did")]
    StaleSources {
        index: usize,
        section: String,
        checked: CalendarDate,
        today: CalendarDate,
    },
}
