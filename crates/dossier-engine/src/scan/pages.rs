//! Reading part of one file again after a scan: a page of a table's rows for display, or a
//! file's bytes (an image for a thumbnail). The file is streamed from the start each time,
//! keeping only the requested page, so memory stays that of one page.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use super::read_file::read_file;
use crate::export::guard::ScanGuard;
use crate::export::locate::{with_file, LocateError};
use crate::records::sink::RecordSink;
use crate::records::value::ValueKind;
use crate::scan::ScanOptions;

/// A window of one table's rows, aligned to its columns.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TablePage {
    pub file: String,
    pub table: String,
    /// Every field of the table, in the order first met.
    pub columns: Vec<String>,
    /// Rows `offset..offset + rows.len()`; a cell the record lacks is "".
    pub rows: Vec<Vec<String>>,
    pub offset: u64,
    /// Records in the table.
    pub total: u64,
    /// Set when the file could only be read in part (the page holds what was read).
    pub problem: Option<String>,
}

struct PageSink<'a> {
    table: &'a str,
    window: std::ops::Range<u64>,
    seen: u64,
    columns: Vec<String>,
    column_index: HashMap<String, usize>,
    rows: Vec<Vec<(usize, String)>>,
    in_window: bool,
}

impl RecordSink for PageSink<'_> {
    fn start_record(&mut self, table: &str) {
        if table != self.table {
            return;
        }
        self.in_window = self.window.contains(&self.seen);
        self.seen += 1;
        if self.in_window {
            self.rows.push(Vec::new());
        }
    }

    fn cell(&mut self, table: &str, field: &str, text: &str, _kind: ValueKind) {
        if table != self.table {
            return;
        }
        let next = self.columns.len();
        let column = *self.column_index.entry(field.to_owned()).or_insert(next);
        if column == next {
            self.columns.push(field.to_owned());
        }
        if self.in_window {
            if let Some(row) = self.rows.last_mut() {
                row.push((column, text.to_owned()));
            }
        }
    }
}

/// Rows `offset..offset + limit` of `table` ("" for the main one) in `file` of the export.
pub fn read_table_page(
    export: &Path,
    file: &str,
    table: &str,
    offset: u64,
    limit: usize,
    options: &ScanOptions,
) -> Result<TablePage, LocateError> {
    let guard = ScanGuard::new(options.limits, options.cancel.clone());
    let mut sink = PageSink {
        table,
        window: offset..offset.saturating_add(limit as u64),
        seen: 0,
        columns: Vec::new(),
        column_index: HashMap::new(),
        rows: Vec::new(),
        in_window: false,
    };
    let outcome = with_file(export, file, &guard, &mut |kind, raw, guard| {
        read_file(kind, raw, guard, &mut sink)
    })?;
    let width = sink.columns.len();
    let rows = sink
        .rows
        .into_iter()
        .map(|cells| {
            let mut row = vec![String::new(); width];
            for (column, text) in cells {
                row[column] = text;
            }
            row
        })
        .collect();
    Ok(TablePage {
        file: file.to_owned(),
        table: table.to_owned(),
        columns: sink.columns,
        rows,
        offset,
        total: sink.seen,
        problem: outcome.error,
    })
}

/// The bytes of `file` in the export, when it holds at most `max_bytes` (an image to show).
pub fn read_file_bytes(
    export: &Path,
    file: &str,
    max_bytes: u64,
    options: &ScanOptions,
) -> Result<Vec<u8>, LocateError> {
    let guard = ScanGuard::new(options.limits, options.cancel.clone());
    let read = with_file(export, file, &guard, &mut |_, raw, guard| {
        let mut bytes = Vec::new();
        let result = raw.take(max_bytes + 1).read_to_end(&mut bytes);
        (result, bytes, guard.take_tripped())
    })?;
    match read {
        (Err(e), _, tripped) => Err(LocateError::Unreadable {
            file: file.to_owned(),
            reason: tripped
                .map_or_else(|| format!("it could not be read ({e})"), |l| l.to_string()),
        }),
        (Ok(_), bytes, _) if bytes.len() as u64 > max_bytes => Err(LocateError::Unreadable {
            file: file.to_owned(),
            reason: format!(
                "it is larger than {}, too large to show",
                crate::limits::human_bytes(max_bytes)
            ),
        }),
        (Ok(_), bytes, _) => Ok(bytes),
    }
}
