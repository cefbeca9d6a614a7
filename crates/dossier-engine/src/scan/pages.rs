//! Reading part of one file again after a scan: a page of a table's rows for display, or a
//! file's bytes (an image for a thumbnail). The file is streamed from the start each time,
//! keeping only the requested page and stopping after it, so memory stays that of one page and
//! the first page of a huge table comes at once. (`crate::table` holds a whole table instead,
//! to sort and filter it.)

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::Serialize;

use super::read_file::reread_file;
use crate::export::guard::ScanGuard;
use crate::export::locate::{with_file, LocateError};
use crate::records::columns::Columns;
use crate::records::sink::RecordSink;
use crate::records::value::ValueKind;
use crate::scan::ScanOptions;

/// A window of one table's rows, aligned to its columns.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TablePage {
    pub file: String,
    pub table: String,
    /// The fields of the table in the order first met: all of them, or those met up to the
    /// page's end when the read stopped there (`total` is then `None`).
    pub columns: Vec<String>,
    /// Rows `offset..offset + rows.len()`; a cell the record lacks is "".
    pub rows: Vec<Vec<String>>,
    pub offset: u64,
    /// Records in the table, when the read went to its end.
    pub total: Option<u64>,
    /// Records that the view selects (all of them unless filtered), when known.
    pub matching: Option<u64>,
    /// Set when the file could only be read in part (the page holds what was read).
    pub problem: Option<String>,
}

struct PageSink<'a> {
    table: &'a str,
    window: std::ops::Range<u64>,
    seen: u64,
    columns: Columns,
    rows: Vec<Vec<(usize, String)>>,
    in_window: bool,
    /// Set once the page is complete: the read stops at the next record of the table.
    stop: &'a AtomicBool,
    stopped: bool,
    cancel: &'a AtomicBool,
}

impl RecordSink for PageSink<'_> {
    fn start_record(&mut self, table: &str) {
        if table != self.table || self.stopped {
            return;
        }
        if self.cancel.load(Ordering::Relaxed) {
            self.stop.store(true, Ordering::Relaxed);
        }
        if self.seen >= self.window.end {
            self.stopped = true;
            self.in_window = false;
            self.stop.store(true, Ordering::Relaxed);
            return;
        }
        self.in_window = self.window.contains(&self.seen);
        self.seen += 1;
        if self.in_window {
            self.rows.push(Vec::new());
        }
    }

    fn uses_kinds(&self) -> bool {
        false
    }

    fn cell(&mut self, table: &str, field: &str, text: &str, _kind: ValueKind) {
        if table != self.table || self.stopped {
            return;
        }
        let column = self.columns.position(field);
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
    // The page's own switch stops the read once the page is full; the caller's cancel is
    // honoured through the same switch at each record.
    let stop = Arc::new(AtomicBool::new(false));
    let mut sink = PageSink {
        table,
        window: offset..offset.saturating_add(limit as u64),
        seen: 0,
        columns: Columns::default(),
        rows: Vec::new(),
        in_window: false,
        stop: &stop,
        stopped: false,
        cancel: &options.cancel,
    };
    let outcome = reread_file(export, file, options.limits, &stop, &mut sink)?;
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
        columns: sink.columns.into_names(),
        rows,
        offset,
        total: (!sink.stopped).then_some(sink.seen),
        matching: (!sink.stopped).then_some(sink.seen),
        // Stopping after the page is not a problem of the file.
        problem: outcome.error.filter(|_| !sink.stopped),
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
