//! The export summarised by the policy's categories: what was found under each, what the
//! policy discloses but the export lacks, what could not be classified, and the problems.
//! This is the data behind `dossier summary` and `dossier fields` and the app's overview.

use std::collections::{BTreeMap, BTreeSet};

use dossier_policy::PolicyPack;
use serde::Serialize;

use crate::classify::FieldLabel;
use crate::problem::Problem;
use crate::records::datetime::format_utc;
use crate::scan::{ExportScan, FileStatus};

/// One field of the export with its label: a row of `dossier fields`.
#[derive(Debug, Clone, Serialize)]
pub struct FieldRow {
    pub file: String,
    /// The table inside the file ("" for the main one, `outputs[]` for a nested array).
    pub table: String,
    pub field: String,
    pub category: Option<String>,
    pub confidence: f64,
    pub evidence: String,
    pub examples: Vec<String>,
    /// Records holding a non-empty value.
    pub values: u64,
    pub kind: crate::ValueKind,
    /// Personal data of a kind the policy does not disclose, when the field looks like it.
    pub undisclosed: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CategoryStatus {
    Found,
    DisclosedNotFound,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategorySummary {
    /// The policy's exact category name.
    pub name: String,
    pub id: String,
    pub status: CategoryStatus,
    /// Records of the tables holding at least one field of this category.
    pub records: u64,
    /// Distinct fields of this category. Files of one series (names that differ only in their
    /// numbers: `img_00001.jpg`, `img_00002.jpg`; `message_1.json`, `message_2.json`) hold the
    /// same fields, so a field counts once per series, not once per file.
    pub fields: u64,
    pub files: Vec<String>,
    /// Earliest and latest date found in those tables, UTC.
    pub date_range: Option<(String, String)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnclassifiedField {
    pub file: String,
    pub field: String,
    pub values: u64,
    pub examples: Vec<String>,
}

/// A field that looks like personal data of a kind the policy does not disclose.
#[derive(Debug, Clone, Serialize)]
pub struct UndisclosedField {
    pub file: String,
    pub field: String,
    /// What it looks like ("Government identifiers"), as the pack's rules name it.
    pub kind: String,
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotReadFile {
    pub path: String,
    pub size: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileCounts {
    pub total: u64,
    pub read: u64,
    pub partial: u64,
    pub failed: u64,
    pub not_read: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub export: String,
    pub policy: String,
    pub categories: Vec<CategorySummary>,
    /// Names of the categories the policy discloses and the export lacks.
    pub missing: Vec<String>,
    pub unclassified: Vec<UnclassifiedField>,
    /// Found but not disclosed: fields whose best match is personal data that no category
    /// of the policy covers.
    pub undisclosed: Vec<UndisclosedField>,
    pub problems: Vec<Problem>,
    pub files: FileCounts,
    /// Files of kinds Dossier does not read (videos, PDFs, ...), with their sizes.
    pub not_read: Vec<NotReadFile>,
}

/// Pairs every field of the scan with its label, in scan order.
pub fn field_rows(scan: &ExportScan, labels: &[FieldLabel]) -> Vec<FieldRow> {
    let fields = scan
        .tables
        .iter()
        .flat_map(|t| t.fields.iter().map(move |f| (t, f)));
    fields
        .zip(labels)
        .map(|((table, field), label)| FieldRow {
            file: table.file.clone(),
            table: table.table.clone(),
            field: field.name.clone(),
            category: label.category.clone(),
            confidence: label.confidence,
            evidence: label.evidence.clone(),
            examples: field.examples.clone(),
            values: field.values,
            kind: field.kind,
            undisclosed: label.undisclosed.clone(),
        })
        .collect()
}

/// The series a file belongs to: its path with every run of digits replaced by `#`.
fn file_series(path: &str) -> String {
    let mut series = String::with_capacity(path.len());
    for c in path.chars() {
        if !c.is_ascii_digit() {
            series.push(c);
        } else if !series.ends_with('#') {
            series.push('#');
        }
    }
    series
}

pub fn summarize(scan: &ExportScan, pack: &PolicyPack, labels: &[FieldLabel]) -> Summary {
    #[derive(Default)]
    struct Acc {
        tables: BTreeSet<usize>,
        /// (file series, table, field).
        fields: BTreeSet<(String, String, String)>,
        files: BTreeSet<String>,
    }
    let mut by_category: BTreeMap<&str, Acc> = BTreeMap::new();
    let mut unclassified = Vec::new();
    let mut undisclosed = Vec::new();
    let mut label_iter = labels.iter();
    for (ti, table) in scan.tables.iter().enumerate() {
        for field in &table.fields {
            let Some(label) = label_iter.next() else {
                break;
            };
            match &label.category {
                Some(name) => {
                    let acc = by_category.entry(name.as_str()).or_default();
                    acc.tables.insert(ti);
                    acc.fields.insert((
                        file_series(&table.file),
                        table.table.clone(),
                        field.name.clone(),
                    ));
                    acc.files.insert(table.file.clone());
                }
                None if label.undisclosed.is_some() => undisclosed.push(UndisclosedField {
                    file: table.file.clone(),
                    field: field.name.clone(),
                    kind: label.undisclosed.clone().unwrap_or_default(),
                    evidence: label.evidence.clone(),
                }),
                None => unclassified.push(UnclassifiedField {
                    file: table.file.clone(),
                    field: field.name.clone(),
                    values: field.values,
                    examples: field.examples.clone(),
                }),
            }
        }
    }
    let categories: Vec<CategorySummary> = pack
        .categories()
        .iter()
        .map(|c| {
            let acc = by_category.remove(c.name.as_str()).unwrap_or_default();
            let records = acc.tables.iter().map(|&t| scan.tables[t].records).sum();
            let range = acc
                .tables
                .iter()
                .flat_map(|&t| scan.tables[t].fields.iter())
                .filter_map(|f| f.date_range_seconds())
                .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)));
            CategorySummary {
                name: c.name.clone(),
                id: c.id.clone(),
                status: if !acc.fields.is_empty() {
                    CategoryStatus::Found
                } else {
                    CategoryStatus::DisclosedNotFound
                },
                records,
                fields: acc.fields.len() as u64,
                files: acc.files.into_iter().collect(),
                date_range: range.map(|(lo, hi)| (format_utc(lo), format_utc(hi))),
            }
        })
        .collect();
    let missing = categories
        .iter()
        .filter(|c| c.status == CategoryStatus::DisclosedNotFound)
        .map(|c| c.name.clone())
        .collect();
    let count = |s: FileStatus| scan.files.iter().filter(|f| f.status == s).count() as u64;
    Summary {
        export: scan.name.clone(),
        policy: format!(
            "{} — {} ({})",
            pack.metadata().company,
            pack.metadata().title,
            pack.metadata().effective_date
        ),
        categories,
        missing,
        unclassified,
        undisclosed,
        problems: scan.problems.clone(),
        files: FileCounts {
            total: scan.files.len() as u64,
            read: count(FileStatus::Read),
            partial: count(FileStatus::Partial),
            failed: count(FileStatus::Failed),
            not_read: count(FileStatus::NotRead),
        },
        not_read: scan
            .files
            .iter()
            .filter(|f| f.status == FileStatus::NotRead)
            .map(|f| NotReadFile {
                path: f.path.clone(),
                size: f.size,
            })
            .collect(),
    }
}
