//! Ranked search over a pack's sections: their text, titles and annotation notes.
//!
//! Words are stemmed (delete finds deletion), the pack's synonym groups widen a word (erase
//! finds delete), the last word also matches as a prefix while the user types, and
//! "quoted phrases" must occur word for word. The index is built on the first query and kept
//! in the pack.

mod index;
mod query;
mod snippet;
mod stem;
mod tokenize;

pub(crate) use index::SearchIndex;
pub use snippet::{Snippet, SnippetPart};
pub(crate) use tokenize::words;

use serde::Serialize;

use crate::pack::PolicyPack;

/// One section that matches a query.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// Id of the matching section: where the hit leads.
    pub section: String,
    pub section_title: String,
    /// Higher is better; only meaningful against other hits of the same query.
    pub score: f32,
    /// Where the snippet comes from; an annotation is our explanation, not policy text.
    pub matched_in: MatchedIn,
    pub snippet: Snippet,
}

/// The part of a section a snippet was taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedIn {
    /// The verbatim policy text.
    PolicyText,
    /// One of our annotation notes.
    Annotation,
    /// The section title.
    Title,
}

impl PolicyPack {
    /// The sections matching `query`, best first, at most `limit` of them. A query that
    /// matches nothing, or has no searchable words, returns nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        self.index
            .get_or_init(|| SearchIndex::build(self))
            .search(self, query, limit)
    }
}
