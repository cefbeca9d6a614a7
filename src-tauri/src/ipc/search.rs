use super::export::FieldView;
use super::policy::PolicyHit;
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
