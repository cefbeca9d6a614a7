use dossier_policy::{Annotation, Block, MatchedIn, PolicyPack, SearchHit, Source};
use serde::Serialize;
use ts_rs::TS;

/// The annotated policy: verbatim sections, our annotations, and the categories it names.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PolicyDocument {
    pub company: String,
    pub title: String,
    pub effective_date: String,
    /// "Not legal advice": shown wherever annotations are.
    pub disclaimer: String,
    pub sections: Vec<PolicySection>,
    pub annotations: Vec<PolicyAnnotation>,
    pub categories: Vec<PolicyCategory>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PolicySection {
    pub id: String,
    pub parent: Option<String>,
    pub title: String,
    /// True when the title was added by Dossier; the source has no heading there.
    pub title_added: bool,
    #[ts(type = "number")]
    pub depth: usize,
    pub blocks: Vec<PolicyBlock>,
}

/// A piece of verbatim policy text.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PolicyBlock {
    Paragraph {
        text: String,
    },
    Item {
        text: String,
        level: u8,
    },
    /// An empty cell is the empty string: the source leaves it empty.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PolicyAnnotation {
    pub section: String,
    /// The exact words of the section the note is about.
    pub quote: String,
    pub note: String,
    /// meaning, right, action, sharing, retention, dated, transfer, gap or contact.
    pub kind: String,
    /// Where a statement of law or fact in the note can be checked; empty for a note that only
    /// explains the policy's words.
    pub sources: Vec<PolicySource>,
    /// The day the sources were last read, as `YYYY-MM-DD`, when there are sources.
    pub checked: Option<String>,
}

/// A citation and the https address of the official text; opened in the system browser only
/// when the user clicks it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PolicySource {
    /// Short citation, shown as the link text, e.g. "GDPR Art. 15(1)(c)".
    pub cite: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PolicyCategory {
    pub id: String,
    pub name: String,
    pub sections: Vec<String>,
}

impl PolicyDocument {
    pub fn new(pack: &PolicyPack) -> Self {
        let meta = pack.metadata();
        PolicyDocument {
            company: meta.company.clone(),
            title: meta.title.clone(),
            effective_date: meta.effective_date.clone(),
            disclaimer: pack.disclaimer().to_owned(),
            sections: pack
                .sections()
                .iter()
                .map(|s| PolicySection {
                    id: s.id.clone(),
                    parent: s.parent.clone(),
                    title: s.title.clone(),
                    title_added: s.title_added,
                    depth: s.depth,
                    blocks: s.blocks.iter().map(PolicyBlock::from).collect(),
                })
                .collect(),
            annotations: pack
                .annotations()
                .iter()
                .map(PolicyAnnotation::from)
                .collect(),
            categories: pack
                .categories()
                .iter()
                .map(|c| PolicyCategory {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    sections: c.sections.clone(),
                })
                .collect(),
        }
    }
}

impl From<&Annotation> for PolicyAnnotation {
    fn from(a: &Annotation) -> Self {
        PolicyAnnotation {
            section: a.section.clone(),
            quote: a.quote.clone(),
            note: a.note.clone(),
            kind: a.kind.as_str().to_owned(),
            sources: a.sources.iter().map(PolicySource::from).collect(),
            checked: a.checked.clone(),
        }
    }
}

impl From<&Source> for PolicySource {
    fn from(s: &Source) -> Self {
        PolicySource {
            cite: s.cite.clone(),
            url: s.url.clone(),
        }
    }
}

impl From<&Block> for PolicyBlock {
    fn from(block: &Block) -> Self {
        match block {
            Block::Paragraph { text } => PolicyBlock::Paragraph { text: text.clone() },
            Block::Item { text, level } => PolicyBlock::Item {
                text: text.clone(),
                level: *level,
            },
            Block::Table { header, rows } => PolicyBlock::Table {
                header: header.clone(),
                rows: rows.clone(),
            },
        }
    }
}

/// A run of snippet text, marked where it matched the query.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SnippetRun {
    pub text: String,
    pub marked: bool,
}

/// A policy section matching a search, with a highlighted snippet.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PolicyHit {
    pub section: String,
    pub section_title: String,
    /// Where the snippet is from: policy_text, annotation (our words) or title.
    pub matched_in: String,
    pub snippet: Vec<SnippetRun>,
}

impl From<&SearchHit> for PolicyHit {
    fn from(hit: &SearchHit) -> Self {
        PolicyHit {
            section: hit.section.clone(),
            section_title: hit.section_title.clone(),
            matched_in: match hit.matched_in {
                MatchedIn::PolicyText => "policy_text",
                MatchedIn::Annotation => "annotation",
                MatchedIn::Title => "title",
            }
            .to_owned(),
            snippet: hit
                .snippet
                .parts
                .iter()
                .map(|p| SnippetRun {
                    text: p.text.clone(),
                    marked: p.marked,
                })
                .collect(),
        }
    }
}
