//! Assigning each field of an export to one of the policy's categories, with the evidence
//! and a confidence. "Unclassified" is always preferred to a wrong label.
//!
//! The rules are data in the policy pack (`[classification]`); this module applies them in
//! two passes: each field on its own name and values (`field_rules`), then the generic
//! fields of a table (dates, amounts, statuses) take the category that the table's other
//! fields and its file path agree on (`context`).

mod context;
mod detectors;
mod evidence;
mod field_rules;
pub mod manifest;
mod phrases;

use std::collections::HashMap;

use dossier_policy::PolicyPack;
use serde::Serialize;

use crate::records::tokens::key_tokens;
use crate::scan::ExportScan;
use crate::FileKind;
use field_rules::{is_identifier, score_field, FieldView};

/// The category a field was given, why, and how sure the classifier is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldLabel {
    /// The policy's exact category name, or `None` when the field stays unclassified.
    pub category: Option<String>,
    /// 0..1.
    pub confidence: f64,
    /// Why, in words: which rules fired and on how many of the sampled values.
    pub evidence: String,
    /// Set when the field looks like personal data of a kind the policy does not disclose.
    pub undisclosed: Option<String>,
}

impl FieldLabel {
    pub fn unclassified(evidence: impl Into<String>) -> Self {
        FieldLabel {
            category: None,
            confidence: 0.0,
            evidence: evidence.into(),
            undisclosed: None,
        }
    }
}

/// Labels every field of the scan, in scan order (tables, then their fields).
pub fn classify(scan: &ExportScan, pack: &PolicyPack) -> Vec<FieldLabel> {
    let rules = pack.classification();
    let kinds: HashMap<&str, FileKind> = scan
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.kind))
        .collect();
    let mut labels = Vec::new();
    for table in &scan.tables {
        let file_kind = kinds
            .get(table.file.as_str())
            .copied()
            .unwrap_or(FileKind::Other);
        let own: Vec<_> = table
            .fields
            .iter()
            .map(|stats| score_field(rules, &FieldView { file_kind, stats }))
            .collect();
        let mut table_labels: Vec<FieldLabel> = own
            .iter()
            .zip(&table.fields)
            .map(|(candidates, stats)| match candidates.best() {
                Some((best, confidence, rival)) if confidence >= rules.threshold => {
                    let mut evidence = best.reasons.join(" + ");
                    if let Some(r) = rival {
                        evidence.push_str(&format!(
                            "; also looks like {} ({})",
                            r.category,
                            r.reasons.join(" + ")
                        ));
                    }
                    let undisclosed = rules.undisclosed.contains(&best.category);
                    FieldLabel {
                        category: (!undisclosed).then(|| best.category.clone()),
                        confidence: round2(confidence),
                        evidence,
                        undisclosed: undisclosed.then(|| best.category.clone()),
                    }
                }
                Some((best, confidence, rival)) => FieldLabel::unclassified(match rival {
                    Some(r) => format!(
                        "rules disagree: {} ({}) or {} ({}); confidence {:.2} is below {:.2}",
                        best.category,
                        best.reasons.join(" + "),
                        r.category,
                        r.reasons.join(" + "),
                        confidence,
                        rules.threshold
                    ),
                    None => format!(
                        "weak signal for {} ({}); confidence {:.2} is below {:.2}",
                        best.category,
                        best.reasons.join(" + "),
                        confidence,
                        rules.threshold
                    ),
                }),
                None if is_identifier(&key_tokens(&stats.name)) => FieldLabel::unclassified(
                    "an identifier of a record, not of a person or of their data",
                ),
                None => FieldLabel::unclassified("no rule matched its name or its values"),
            })
            .collect();
        context::inherit(rules, table, &own, &mut table_labels);
        if let Some(manifest) = &scan.manifest {
            apply_manifest(manifest, pack, table, &mut table_labels);
        }
        labels.extend(table_labels);
    }
    labels
}

/// Manifest labels replace the rules' labels. A manifest's own tables are its index, not
/// personal data.
fn apply_manifest(
    manifest: &manifest::Manifest,
    pack: &PolicyPack,
    table: &crate::TableStats,
    labels: &mut [FieldLabel],
) {
    for (label, field) in labels.iter_mut().zip(&table.fields) {
        if table.file == manifest::MANIFEST_FILE {
            *label = FieldLabel::unclassified(
                "part of the export's manifest, an index of the other files",
            );
            continue;
        }
        let Some((category, why)) = manifest.label_for(&table.file, &field.name) else {
            continue;
        };
        let known = category.is_none_or(|c| pack.category(c).is_some_and(|k| k.name == c));
        *label = if known {
            FieldLabel {
                category: category.map(str::to_owned),
                confidence: 1.0,
                evidence: why,
                undisclosed: None,
            }
        } else {
            FieldLabel {
                category: None,
                confidence: 0.0,
                evidence: format!(
                    "{why} as \"{}\", which is not a category of this policy",
                    category.unwrap_or_default()
                ),
                undisclosed: category.map(str::to_owned),
            }
        };
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
