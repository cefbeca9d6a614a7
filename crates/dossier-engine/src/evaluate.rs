//! How well the classification agrees with a ground truth: precision and recall overall and per
//! category, how often a label is right at each confidence, and every disagreement with its
//! evidence. Behind `dossier eval`, which is how a pack author checks rules against an export of
//! their own company, and behind the corpus tests.
//!
//! A ground-truth file maps `"path/in/export::field"` to a category name or `null` ("not
//! personal data"):
//!
//! ```json
//! { "account/profile.json::email": "Contact Data/Identifiers",
//!   "account/profile.json::theme": null }
//! ```
//!
//! The sample generator's `{"fields": [{"file", "field", "category"}]}` is read too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::summary::FieldRow;

/// Where a truth key splits the file from the field.
const KEY_SEPARATOR: &str = "::";

/// The confidence from which a label should almost always be right.
pub const CONFIDENT: f64 = 0.8;

#[derive(Debug, thiserror::Error)]
pub enum TruthError {
    #[error("{path}: cannot be read ({source}); check the path")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a ground-truth file ({reason}); it maps \"file::field\" to a category name or null")]
    Invalid { path: PathBuf, reason: String },
}

/// One field's expected label.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub struct Expected {
    pub file: String,
    pub field: String,
    pub category: Option<String>,
}

/// Reads a ground-truth file in either form.
pub fn load_truth(path: &Path) -> Result<Vec<Expected>, TruthError> {
    let bytes = std::fs::read(path).map_err(|source| TruthError::Unreadable {
        path: path.to_owned(),
        source,
    })?;
    let invalid = |reason: String| TruthError::Invalid {
        path: path.to_owned(),
        reason,
    };
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| invalid(e.to_string()))?;
    let mut truth = match value {
        Value::Object(map) if map.get("fields").is_some_and(Value::is_array) => {
            serde_json::from_value::<Vec<Expected>>(map["fields"].clone())
                .map_err(|e| invalid(format!("in \"fields\": {e}")))?
        }
        Value::Object(map) => map
            .into_iter()
            .map(|(key, category)| {
                let (file, field) = key.split_once(KEY_SEPARATOR).ok_or_else(|| {
                    invalid(format!("the key \"{key}\" has no \"{KEY_SEPARATOR}\""))
                })?;
                let category = match category {
                    Value::Null => None,
                    Value::String(name) => Some(name),
                    other => {
                        return Err(invalid(format!(
                            "\"{key}\" is {other}, not a category name or null"
                        )))
                    }
                };
                Ok(Expected {
                    file: file.to_owned(),
                    field: field.to_owned(),
                    category,
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
        _ => return Err(invalid("it is not a JSON object".into())),
    };
    if truth.is_empty() {
        return Err(invalid("it labels no field".into()));
    }
    truth.sort();
    Ok(truth)
}

/// Correct labels, labels given, labels expected.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Tally {
    pub correct: u32,
    pub labelled: u32,
    pub expected: u32,
    pub precision: f64,
    pub recall: f64,
}

impl Tally {
    fn finish(&mut self) {
        self.precision = ratio(self.correct, self.labelled);
        self.recall = ratio(self.correct, self.expected);
    }
}

/// An empty denominator is a perfect score: nothing was wrongly labelled, nothing was missed.
fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        f64::from(a) / f64::from(b)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryTally {
    pub name: String,
    #[serde(flatten)]
    pub tally: Tally,
}

/// Labels given with a confidence in `[from, to)` (the last band includes 1.0).
#[derive(Debug, Clone, Serialize)]
pub struct CalibrationBand {
    pub from: f64,
    pub to: f64,
    pub labels: u32,
    pub correct: u32,
    /// Share of those labels that were right; `None` when the band is empty.
    pub accuracy: Option<f64>,
}

/// A field labelled otherwise than the truth says.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub file: String,
    pub field: String,
    pub expected: Option<String>,
    pub got: Option<String>,
    pub confidence: f64,
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// Fields in the truth file.
    pub fields: u32,
    pub overall: Tally,
    pub categories: Vec<CategoryTally>,
    pub calibration: Vec<CalibrationBand>,
    /// Accuracy of the labels given with confidence at or above [`CONFIDENT`].
    pub confident_accuracy: Option<f64>,
    pub misses: Vec<Miss>,
    /// Truth keys the export does not have (a renamed file or field): counted as unlabelled.
    pub not_in_export: Vec<String>,
    /// Fields of the export the truth does not mention: not scored.
    pub not_in_truth: Vec<String>,
}

/// Edges of the calibration bands; the first starts at 0 so that every label has a band.
const BANDS: [f64; 7] = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

/// Scores `rows` (from [`crate::summary::field_rows`]) against `truth`.
pub fn evaluate(rows: &[FieldRow], truth: &[Expected]) -> Evaluation {
    let by_key: BTreeMap<(&str, &str), &FieldRow> = rows
        .iter()
        .map(|r| ((r.file.as_str(), r.field.as_str()), r))
        .collect();
    let mut overall = Tally::default();
    let mut per_category: BTreeMap<String, Tally> = BTreeMap::new();
    let mut bands: Vec<CalibrationBand> = BANDS
        .windows(2)
        .map(|w| CalibrationBand {
            from: w[0],
            to: w[1],
            labels: 0,
            correct: 0,
            accuracy: None,
        })
        .collect();
    let (mut confident, mut confident_right) = (0u32, 0u32);
    let mut misses = Vec::new();
    let mut not_in_export = Vec::new();
    for want in truth {
        let row = by_key.get(&(want.file.as_str(), want.field.as_str()));
        if row.is_none() {
            not_in_export.push(format!("{}{KEY_SEPARATOR}{}", want.file, want.field));
        }
        let got = row.and_then(|r| r.category.clone());
        let confidence = row.map_or(0.0, |r| r.confidence);
        let right = got == want.category;
        if let Some(expected) = &want.category {
            overall.expected += 1;
            per_category.entry(expected.clone()).or_default().expected += 1;
        }
        if let Some(label) = &got {
            overall.labelled += 1;
            let tally = per_category.entry(label.clone()).or_default();
            tally.labelled += 1;
            if right {
                overall.correct += 1;
                tally.correct += 1;
            }
            if let Some(band) = bands.iter_mut().rfind(|b| confidence >= b.from) {
                band.labels += 1;
                band.correct += u32::from(right);
            }
            if confidence >= CONFIDENT {
                confident += 1;
                confident_right += u32::from(right);
            }
        }
        if !right {
            misses.push(Miss {
                file: want.file.clone(),
                field: want.field.clone(),
                expected: want.category.clone(),
                got,
                confidence,
                evidence: row.map_or_else(
                    || "the export has no such field".to_owned(),
                    |r| r.evidence.clone(),
                ),
            });
        }
    }
    overall.finish();
    for band in &mut bands {
        band.accuracy = (band.labels > 0).then(|| f64::from(band.correct) / f64::from(band.labels));
    }
    let known: BTreeSet<(&str, &str)> = truth
        .iter()
        .map(|t| (t.file.as_str(), t.field.as_str()))
        .collect();
    let not_in_truth = rows
        .iter()
        .filter(|r| !known.contains(&(r.file.as_str(), r.field.as_str())))
        .map(|r| format!("{}{KEY_SEPARATOR}{}", r.file, r.field))
        .collect();
    Evaluation {
        fields: truth.len() as u32,
        overall,
        categories: per_category
            .into_iter()
            .map(|(name, mut tally)| {
                tally.finish();
                CategoryTally { name, tally }
            })
            .collect(),
        calibration: bands,
        confident_accuracy: (confident > 0)
            .then(|| f64::from(confident_right) / f64::from(confident)),
        misses,
        not_in_export,
        not_in_truth,
    }
}
