//! The data model of a policy pack: one company's privacy policy, split into sections, with
//! the categories of personal data it discloses and plain-language annotations.
//!
//! These types are deserialized from a pack file (see `policies/README.md` for the format) and
//! serialized as JSON for the CLI and the desktop app, so every key is snake_case.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::letter::LetterTemplates;
use crate::rules::ClassificationRules;
use crate::search::SearchIndex;
use crate::sources::Source;

/// One company's privacy policy as data. Built only through [`PolicyPack::load`],
/// [`PolicyPack::from_toml_str`] or [`PolicyPack::clarifai`], so a value of this type has
/// always passed validation; its fields are read-only for that reason.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyPack {
    pub(crate) metadata: Metadata,
    pub(crate) disclaimer: String,
    #[serde(default)]
    pub(crate) synonyms: Vec<Vec<String>>,
    pub(crate) sections: Vec<Section>,
    pub(crate) categories: Vec<Category>,
    #[serde(default)]
    pub(crate) annotations: Vec<Annotation>,
    /// How the engine recognises each category in an export's fields.
    #[serde(default)]
    pub(crate) classification: ClassificationRules,
    /// Where requests go and how a follow-up access request is worded, per law.
    #[serde(default)]
    pub(crate) letter: Option<LetterTemplates>,
    /// Built on the first search and kept for the life of the pack.
    #[serde(skip)]
    pub(crate) index: OnceLock<SearchIndex>,
}

/// Where the policy comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The company that wrote the policy, e.g. "Clarifai, Inc.".
    pub company: String,
    /// The policy's own title, e.g. "Privacy Policy".
    pub title: String,
    /// The date the policy took effect, as `YYYY-MM-DD`.
    pub effective_date: String,
    /// Where the text was taken from (a web address or a file name).
    pub source: String,
}

/// A part of the policy. Sections are listed in reading order; a sub-section names its
/// enclosing section in `parent`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable identifier (lowercase letters, digits, hyphens), used by links and annotations.
    pub id: String,
    /// The enclosing section, if this is a sub-section.
    #[serde(default)]
    pub parent: Option<String>,
    pub title: String,
    /// True when the title is ours: the source text has no heading here.
    #[serde(default)]
    pub title_added: bool,
    /// The verbatim text of this section (not of its sub-sections), in order.
    #[serde(default)]
    pub blocks: Vec<Block>,
    /// The blocks flattened to plain text, one block per line; filled in on load.
    #[serde(skip_deserializing)]
    pub text: String,
    /// 0 for a top-level section, 1 for its sub-sections, and so on; filled in on load.
    #[serde(skip_deserializing)]
    pub depth: usize,
}

/// A piece of verbatim policy text.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        text: String,
    },
    /// A list item; `level` 1 is the outermost list, 2 a list nested inside it, and so on.
    Item {
        text: String,
        #[serde(default = "first_level")]
        level: u8,
    },
    /// A table. A cell the source leaves empty is the empty string, never filled in.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

fn first_level() -> u8 {
    1
}

impl Block {
    /// The block as one line of plain text; table rows become lines of cells joined by `|`.
    pub fn to_plain_text(&self) -> String {
        match self {
            Block::Paragraph { text } | Block::Item { text, .. } => text.clone(),
            Block::Table { header, rows } => std::iter::once(header)
                .chain(rows)
                .map(|row| table_row_text(row))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// `["A", "", "B"]` → `"A | | B"`: empty cells stay visibly empty.
fn table_row_text(cells: &[String]) -> String {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            line.push_str(" |");
        }
        if !cell.is_empty() {
            if i > 0 {
                line.push(' ');
            }
            line.push_str(cell);
        }
    }
    line
}

/// A category of personal data as the policy names it.
///
/// Deliberately not `deny_unknown_fields`: the classifier adds its matching rules to categories
/// in the same pack file, and this model must keep loading such packs.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Category {
    /// Stable identifier (lowercase letters, digits, hyphens).
    pub id: String,
    /// The name exactly as the policy writes it.
    pub name: String,
    /// One line: what kind of data this is.
    pub summary: String,
    /// Plain-language explanation written by us, not the company's words.
    pub explanation: String,
    /// Ids of the sections that concern this category.
    #[serde(default)]
    pub sections: Vec<String>,
}

/// A plain-language note anchored to an exact quote of one section.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    /// Id of the section the quote is in.
    pub section: String,
    /// Exact words of that section; they occur exactly once in it.
    pub quote: String,
    /// Our explanation, not the company's words.
    pub note: String,
    pub kind: AnnotationKind,
    /// Where the note's statements of law or fact can be checked. Required for the kinds that
    /// state the law ([`AnnotationKind::needs_sources`]); empty for a note that only explains
    /// the policy's own words.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The day someone last read the sources and found the note still right, as `YYYY-MM-DD`.
    /// Required when there are sources.
    #[serde(default)]
    pub checked: Option<String>,
}

/// What an annotation tells the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnnotationKind {
    /// "What this means for you": every section has one.
    Meaning,
    /// A right the reader has, and how far it goes.
    Right,
    /// Something the reader can do.
    Action,
    /// Who the data goes to.
    Sharing,
    /// How long data is kept and what it is kept for.
    Retention,
    /// A statement that the law or events have overtaken since the policy was written.
    Dated,
    /// Data sent to another country, and what protects it there.
    Transfer,
    /// Something the source text is missing.
    Gap,
    /// Whom to write to.
    Contact,
}

impl AnnotationKind {
    /// The key used in pack files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            AnnotationKind::Meaning => "meaning",
            AnnotationKind::Right => "right",
            AnnotationKind::Action => "action",
            AnnotationKind::Sharing => "sharing",
            AnnotationKind::Retention => "retention",
            AnnotationKind::Dated => "dated",
            AnnotationKind::Transfer => "transfer",
            AnnotationKind::Gap => "gap",
            AnnotationKind::Contact => "contact",
        }
    }

    /// True for the kinds whose notes state the law (a right, a transfer rule, what has changed
    /// since the policy): such a note is only trustworthy with its sources, so a pack without
    /// them is refused.
    pub fn needs_sources(self) -> bool {
        matches!(
            self,
            AnnotationKind::Right | AnnotationKind::Transfer | AnnotationKind::Dated
        )
    }
}

impl std::fmt::Display for AnnotationKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PolicyPack {
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// Shown once wherever annotations are shown: they are explanations, not legal advice.
    pub fn disclaimer(&self) -> &str {
        &self.disclaimer
    }

    /// Groups of words that search treats as the same word.
    pub fn synonyms(&self) -> &[Vec<String>] {
        &self.synonyms
    }

    /// All sections in reading order, sub-sections right after their parent.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The rules that assign an export's fields to this pack's categories.
    pub fn classification(&self) -> &ClassificationRules {
        &self.classification
    }

    /// The follow-up letter's templates, if the pack has them.
    pub fn letter(&self) -> Option<&LetterTemplates> {
        self.letter.as_ref()
    }

    /// Looks a category up by its exact policy name or by its id.
    pub fn category(&self, name_or_id: &str) -> Option<&Category> {
        self.categories
            .iter()
            .find(|c| c.name == name_or_id || c.id == name_or_id)
    }

    pub fn annotations(&self) -> &[Annotation] {
        &self.annotations
    }

    /// The annotations of one section, in pack order.
    pub fn annotations_for<'a>(
        &'a self,
        section_id: &'a str,
    ) -> impl Iterator<Item = &'a Annotation> + 'a {
        self.annotations
            .iter()
            .filter(move |a| a.section == section_id)
    }
}
