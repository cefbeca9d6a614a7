use super::export::{FieldView, ProblemView};
use super::policy::PolicyHit;
use crate::values::Shown;
use dossier_engine::search::{FieldPlace, ValueHit, ValueSearch};
use serde::Serialize;
use ts_rs::TS;

/// What one query in the search box found, grouped by kind.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SearchResults {
    pub query: String,
    /// Categories whose name or summary matches: (id, name).
    pub categories: Vec<CategoryHit>,
    pub policy: Vec<PolicyHit>,
    pub fields: Vec<FieldView>,
    /// Paths of files inside the export.
    pub files: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct CategoryHit {
    pub id: String,
    pub name: String,
}

/// One place a value of the export holds the query: enough to name it and open its record.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ValueHitView {
    pub file: String,
    /// "" for the file's main table.
    pub table: String,
    pub field: String,
    /// 1-based number of the record in its table, as the records grid counts them.
    #[ts(type = "number")]
    pub row: u64,
    pub value: String,
    /// The policy category of the field, or null when it is unclassified.
    pub category: Option<String>,
}

/// A field the index of values says may hold a query, before the search has read anything.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ValueFieldView {
    pub file: String,
    /// "" for the file's main table.
    pub table: String,
    pub field: String,
    /// The policy category of the field, or null when it is unclassified.
    pub category: Option<String>,
}

impl ValueFieldView {
    pub fn new(place: &FieldPlace, shown: &Shown) -> Self {
        ValueFieldView {
            file: shown.path(&place.file),
            table: shown.field(&place.table),
            field: shown.field(&place.field),
            category: place.category.clone(),
        }
    }
}

/// What a search of the export's values found.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ValueResults {
    pub query: String,
    pub hits: Vec<ValueHitView>,
    /// False when the search stopped at its limit: there may be more.
    pub complete: bool,
    /// Files that could not be searched, or only in part.
    pub problems: Vec<ProblemView>,
}

impl ValueResults {
    pub fn new(found: ValueSearch, shown: &Shown) -> Self {
        ValueResults {
            query: shown.value(&found.query, ""),
            hits: found
                .hits
                .iter()
                .map(|hit| ValueHitView::new(hit, shown))
                .collect(),
            complete: found.complete,
            problems: found
                .problems
                .iter()
                .map(|p| ProblemView::new(p, shown))
                .collect(),
        }
    }
}

/// How far a search of the values has come, sent while it runs: the hits found since the last
/// message, so the results fill in as they arrive.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ValueSearchProgress {
    pub hits: Vec<ValueHitView>,
    #[ts(type = "number")]
    pub files_done: u64,
    #[ts(type = "number")]
    pub files_total: u64,
}

impl ValueHitView {
    pub fn new(hit: &ValueHit, shown: &Shown) -> Self {
        ValueHitView {
            file: shown.path(&hit.file),
            table: shown.field(&hit.table),
            field: shown.field(&hit.field),
            row: hit.row,
            value: shown.value(&hit.value, &hit.field),
            category: hit.category.clone(),
        }
    }
}
