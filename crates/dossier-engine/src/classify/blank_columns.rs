//! Columns of a CSV file that are empty in every row.
//!
//! A CSV file has the same columns in every row, whatever each row holds: Apple's 150-column
//! `Apple Music Play Activity.csv` has a `Radio Station ID` even when nothing was played from a
//! radio. Such a column shows no value, but it is still part of the record its file holds, and
//! the corpus's labellers read it that way when the file's other columns agree on what the
//! rows are. A JSON field that is always null says less (an API's unset option, a protobuf
//! default): it keeps its own rules, unless another file of the same series, beside it, fills
//! it (`fill_from_series`).

use std::collections::HashMap;

use crate::classify::context::TableLabels;
use crate::classify::field_rules::is_identifier_field;
use crate::classify::FieldLabel;
use crate::records::stats::TableStats;
use crate::records::tokens::{folders_and_name, name_words};
use crate::FileKind;

/// Lower than a label the record lends to a filled field: no value backs it.
const BLANK_COLUMN_CONFIDENCE: f64 = 0.5;

/// Filled columns needed before the file's columns are taken to say what its rows are.
const MIN_FILLED: usize = 8;

/// The share of the filled columns that must have the one category.
const MIN_AGREEMENT: f64 = 0.9;

/// Gives the empty columns of a CSV table the category that nearly all its filled columns have.
pub(crate) fn fill(table: &TableStats, found: &mut TableLabels) {
    if !matches!(FileKind::of(&table.file), FileKind::Csv | FileKind::Tsv) {
        return;
    }
    let Some(category) = agreed_category(table, found) else {
        return;
    };
    let evidence = format!(
        "an empty column of a file whose filled columns are nearly all {category}: part of \
         the same records"
    );
    for (i, field) in table.fields.iter().enumerate() {
        let label = &mut found.labels[i];
        let blank = field.values == 0 && !field.name.is_empty();
        // An empty id column points to no other record: it stays nobody's.
        if blank
            && label.category.is_none()
            && label.undisclosed.is_none()
            && !found.bookkeeping[i]
            && found.own[i].list.is_empty()
            && !is_identifier_field(field)
        {
            *label = FieldLabel {
                category: Some(category.clone()),
                confidence: BLANK_COLUMN_CONFIDENCE,
                evidence: evidence.clone(),
                undisclosed: None,
            };
        }
    }
}

/// The category of at least `MIN_AGREEMENT` of the table's filled columns, if there is one.
fn agreed_category(table: &TableStats, found: &TableLabels) -> Option<String> {
    let mut filled = 0usize;
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (field, label) in table.fields.iter().zip(&found.labels) {
        if field.values > 0 && !field.name.is_empty() {
            filled += 1;
            if let Some(category) = label.category.as_deref() {
                *counts.entry(category).or_default() += 1;
            }
        }
    }
    if filled < MIN_FILLED {
        return None;
    }
    counts
        .into_iter()
        .find(|(_, n)| *n as f64 >= MIN_AGREEMENT * filled as f64)
        .map(|(category, _)| category.to_owned())
}

/// A field of a series of files: the series (`series_of`), its table's key path and its name.
type SeriesField<'t> = ((&'t str, Vec<String>), &'t str, &'t str);

/// The series a file belongs to: its folder and the words of its name without their numbers
/// (`Streaming_History_Audio_2022-2025_0.json` and `Streaming_History_Audio_2025_1.json` are one
/// series).
fn series_of(path: &str) -> (&str, Vec<String>) {
    let (folder, name) = folders_and_name(path);
    (folder, name_words(name))
}

/// Gives a field that is empty in every record of a JSON file the label the same field has
/// where another file of its series, in the same folder, fills it. A history split into numbered
/// files writes every key in each: Spotify's `Streaming_History_Audio_2025_1.json`, all
/// podcasts, has its songs' `master_metadata_track_name` null in every play, and the file
/// before it fills it. Such a field is the same column of the same records.
pub(crate) fn fill_from_series(tables: &[TableStats], found: &mut [TableLabels]) {
    let mut filled: HashMap<SeriesField<'_>, (String, f64)> = HashMap::new();
    for (table, labels) in tables.iter().zip(found.iter()) {
        let series = series_of(&table.file);
        for (field, label) in table.fields.iter().zip(&labels.labels) {
            if let (true, Some(category)) = (field.values > 0, label.category.as_ref()) {
                filled
                    .entry((series.clone(), &table.table, &field.name))
                    .or_insert_with(|| (category.clone(), label.confidence));
            }
        }
    }
    for (table, labels) in tables.iter().zip(found.iter_mut()) {
        if matches!(FileKind::of(&table.file), FileKind::Csv | FileKind::Tsv) {
            continue;
        }
        let series = series_of(&table.file);
        for (i, field) in table.fields.iter().enumerate() {
            let label = &mut labels.labels[i];
            let claimed = label.category.is_some() || label.undisclosed.is_some();
            if field.values > 0 || claimed || labels.bookkeeping[i] {
                continue;
            }
            let key = (series.clone(), table.table.as_str(), field.name.as_str());
            if let Some((category, confidence)) = filled.get(&key) {
                *label = FieldLabel {
                    category: Some(category.clone()),
                    confidence: confidence.min(BLANK_COLUMN_CONFIDENCE),
                    evidence: format!(
                        "empty in every record here; another file of the same series beside \
                         it fills it, as {category}"
                    ),
                    undisclosed: None,
                };
            }
        }
    }
}
