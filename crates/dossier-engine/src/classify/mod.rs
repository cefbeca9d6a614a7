//! Assigning each field of an export to one of the policy's categories, with the evidence
//! and a confidence. "Unclassified" is always preferred to a wrong label.

use serde::Serialize;

/// The category a field was given, why, and how sure the classifier is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldLabel {
    /// The policy's exact category name, or `None` when the field stays unclassified.
    pub category: Option<String>,
    /// 0..1.
    pub confidence: f64,
    /// Why, in words: which rules fired and on how many of the sampled values.
    pub evidence: String,
}

impl FieldLabel {
    pub fn unclassified(evidence: impl Into<String>) -> Self {
        FieldLabel {
            category: None,
            confidence: 0.0,
            evidence: evidence.into(),
        }
    }
}

use crate::scan::ExportScan;
use dossier_policy::PolicyPack;

/// Labels every field of the scan, in scan order (tables, then their fields).
///
/// The policy packs carry no matching rules yet (issue 4 adds them), so every field is
/// reported as unclassified, which is the honest answer until then.
pub fn classify(scan: &ExportScan, _pack: &PolicyPack) -> Vec<FieldLabel> {
    scan.tables
        .iter()
        .flat_map(|t| t.fields.iter())
        .map(|_| FieldLabel::unclassified("this policy pack has no classification rules yet"))
        .collect()
}
