//! Reads the records of a file's planned units as the file streams by: each record of a
//! unit's table, with the rows nested in it, is gathered (only the cells that link, tag, score
//! or name a model) and handed over when the next record begins.
//!
//! Flattening is depth-first, so a record's nested rows follow its own `start_record` and
//! come before the next record of its table; the cells of a row may come after the rows
//! nested in it (a JSON object's members keep their order), so rows stay open until the
//! record ends.

use std::collections::HashMap;

use super::fields::{parent_table, within};
use super::plan::{LinkPlan, Role, Unit};
use crate::records::flatten::LIST_SEPARATOR;
use crate::records::sink::RecordSink;
use crate::records::value::ValueKind;

/// Rows kept of one record at most; a record nesting more (a hostile or a huge one) keeps
/// its first rows.
const MAX_ROWS_PER_RECORD: usize = 10_000;
/// Link values kept of one record at most (a list of keys).
const MAX_LINKS_PER_RECORD: usize = 64;

/// One record of a unit: what linked it, and its rows that matter.
#[derive(Debug, Default)]
pub(crate) struct Record {
    /// The values of the unit's link field (an image path or keys).
    pub links: Vec<String>,
    /// The value of a reference unit's key field.
    pub key: Option<String>,
    pub rows: Vec<Row>,
    /// The last row begun of each of the unit's tables.
    last_row: Vec<Option<usize>>,
}

/// A row of one of the unit's tables (an index into `Unit::tables`).
#[derive(Debug)]
pub(crate) struct Row {
    pub table: usize,
    pub tags: Vec<String>,
    /// Between 0 and 1.
    pub score: Option<f64>,
    pub model: Option<String>,
    /// The row (this one or one it is nested in) whose model made it.
    pub model_row: Option<usize>,
}

/// Gets each finished record with the index of its unit in the plan.
pub(crate) type OnRecord<'a> = &'a mut dyn FnMut(usize, &Unit, Record);

struct UnitReader<'p> {
    index: usize,
    unit: &'p Unit,
    key_field: Option<&'p str>,
    tables: HashMap<&'p str, usize>,
    /// For each of the unit's tables, the nearest table (itself or one it is nested in) that
    /// names a model.
    model_table: Vec<Option<usize>>,
    open: Option<Record>,
}

impl<'p> UnitReader<'p> {
    fn new(index: usize, unit: &'p Unit) -> Self {
        let tables: HashMap<&str, usize> = unit
            .tables
            .iter()
            .enumerate()
            .map(|(i, t)| (t.table.as_str(), i))
            .collect();
        let model_table = unit
            .tables
            .iter()
            .map(|t| {
                let mut name = t.table.as_str();
                loop {
                    if let Some(&i) = tables.get(name) {
                        if unit.tables[i].model.is_some() {
                            return Some(i);
                        }
                    }
                    if name == unit.table || name.is_empty() {
                        return None;
                    }
                    name = parent_table(name);
                }
            })
            .collect();
        UnitReader {
            index,
            unit,
            key_field: match &unit.role {
                Role::Reference { key_field, .. } => key_field.as_deref(),
                Role::Linked { .. } => None,
            },
            tables,
            model_table,
            open: None,
        }
    }

    fn begin_row(&mut self, table: usize) {
        let Some(record) = self.open.as_mut() else {
            return;
        };
        let Some(last) = record.last_row.get_mut(table) else {
            return;
        };
        if record.rows.len() >= MAX_ROWS_PER_RECORD {
            *last = None;
            return;
        }
        let index = record.rows.len();
        *last = Some(index);
        let model_row = self.model_table[table].and_then(|m| record.last_row[m]);
        record.rows.push(Row {
            table,
            tags: Vec::new(),
            score: None,
            model: None,
            model_row,
        });
    }
}

/// Streams a file's records into `on_record`, for the units of the plan in that file.
pub(crate) struct LinkSink<'p, 'f> {
    readers: Vec<UnitReader<'p>>,
    on_record: OnRecord<'f>,
}

impl<'p, 'f> LinkSink<'p, 'f> {
    pub fn new(plan: &'p LinkPlan, units: &[usize], on_record: OnRecord<'f>) -> Self {
        LinkSink {
            readers: units
                .iter()
                .map(|&i| UnitReader::new(i, &plan.units[i]))
                .collect(),
            on_record,
        }
    }

    /// Hands over the records still open at the end of the file.
    pub fn finish(mut self) {
        for i in 0..self.readers.len() {
            self.close(i);
        }
    }

    fn close(&mut self, reader: usize) {
        let r = &mut self.readers[reader];
        if let Some(record) = r.open.take() {
            (self.on_record)(r.index, r.unit, record);
        }
    }
}

impl RecordSink for LinkSink<'_, '_> {
    fn start_record(&mut self, table: &str) {
        for i in 0..self.readers.len() {
            let reader = &self.readers[i];
            if table == reader.unit.table {
                self.close(i);
                let reader = &mut self.readers[i];
                reader.open = Some(Record {
                    last_row: vec![None; reader.unit.tables.len()],
                    ..Record::default()
                });
                reader.begin_row(0);
            } else if reader.open.is_some() && within(&reader.unit.table, table) {
                if let Some(&t) = reader.tables.get(table) {
                    self.readers[i].begin_row(t);
                }
            } else if reader.open.is_some() {
                self.close(i);
            }
        }
    }

    fn cell(&mut self, table: &str, field: &str, text: &str, kind: ValueKind) {
        for reader in &mut self.readers {
            let Some(record) = reader.open.as_mut() else {
                continue;
            };
            if table == reader.unit.table {
                if field == reader.unit.link_field() {
                    let values = match kind {
                        ValueKind::List => text.split(LIST_SEPARATOR).collect(),
                        _ => vec![text],
                    };
                    let room = MAX_LINKS_PER_RECORD.saturating_sub(record.links.len());
                    record.links.extend(
                        values
                            .into_iter()
                            .map(str::trim)
                            .filter(|v| !v.is_empty())
                            .take(room)
                            .map(str::to_owned),
                    );
                } else if Some(field) == reader.key_field && !text.is_empty() {
                    record.key = Some(text.to_owned());
                }
            }
            let Some(&t) = reader.tables.get(table) else {
                continue;
            };
            let Some(row) = record.last_row[t].and_then(|r| record.rows.get_mut(r)) else {
                continue;
            };
            let roles = &reader.unit.tables[t];
            if roles.tag.as_ref().is_some_and(|tag| tag.field == field) {
                let items = match kind {
                    ValueKind::List => text.split(LIST_SEPARATOR).collect(),
                    _ => vec![text],
                };
                row.tags.extend(
                    items
                        .into_iter()
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .map(str::to_owned),
                );
            } else if let Some(score) = roles.score.as_ref().filter(|s| s.field == field) {
                row.score = text
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .map(|v| (v / score.scale).clamp(0.0, 1.0));
            } else if roles.model.as_deref() == Some(field) && !text.is_empty() {
                row.model = Some(text.to_owned());
            }
        }
    }
}
