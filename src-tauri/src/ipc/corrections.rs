//! The user's corrections: moving a field to another category, and saving or applying them as a
//! manifest file in the `dossier.json` format.

use super::export::{FieldView, FileEntry, Overview};
use crate::session::Covered;
use crate::values::Shown;
use dossier_engine::classify::FieldLabel;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One field of the export, as the manifest names it: its file and its key path or column.
#[derive(Debug, Clone, Deserialize, Serialize, TS)]
pub struct FieldKey {
    pub file: String,
    pub field: String,
}

/// Set on a field the user's corrections cover: what the rules said before.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CorrectionView {
    /// The category the rules gave it (null when they left it unclassified).
    pub was_category: Option<String>,
    pub was_confidence: f64,
    pub was_evidence: String,
    /// True when the field itself was corrected (undoing it reverts the field); false when a
    /// correction of its whole file or folder, from an applied corrections file, covers it.
    pub own: bool,
}

impl CorrectionView {
    pub fn new(original: &FieldLabel, covered: Covered, shown: &Shown) -> Self {
        CorrectionView {
            was_category: original.category.clone(),
            was_confidence: original.confidence,
            was_evidence: shown.sentence(&original.evidence),
            own: covered == Covered::Field,
        }
    }
}

/// The user's corrections: how many, and whether they are all in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CorrectionsState {
    /// Fields corrected one by one.
    #[ts(type = "number")]
    pub fields: u64,
    /// Whole files or folders corrected (only from an applied corrections file).
    #[ts(type = "number")]
    pub files: u64,
    /// True when some corrections are in no file yet: closing would lose them.
    pub unsaved: bool,
    /// The file the corrections were last saved to or applied from.
    pub file: Option<String>,
}

/// What changes when the corrections change: the whole overview (counts, gaps, unclassified
/// fields), the fields asked about with their new labels, and the files they are in.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CorrectionsUpdate {
    pub overview: Overview,
    pub fields: Vec<FieldView>,
    pub files: Vec<FileEntry>,
    /// A sentence for the user when there is something to say ("Applied 4 of 5 corrections …").
    pub message: Option<String>,
}
