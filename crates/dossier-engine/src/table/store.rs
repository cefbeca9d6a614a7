//! A compact in-memory copy of one table: every cell's text in one buffer, each row a run of
//! (column, end) pairs. About 12 bytes per cell beside its text, against a `Vec<Vec<String>>`'s
//! 24 bytes plus an allocation per cell; rows that lack a field cost nothing for it, so sparse
//! JSON tables with many fields stay small.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::export::locate::LocateError;
use crate::limits::human_bytes;
use crate::records::columns::Columns;
use crate::records::sink::RecordSink;
use crate::records::value::ValueKind;
use crate::scan::read_file::reread_file;
use crate::scan::{ScanOptions, TablePage};

use super::query::Selection;

/// Memory a loaded table may take by default: a million rows of ten typical fields need about
/// a third of it.
pub const DEFAULT_TABLE_BUDGET: u64 = 512 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error(transparent)]
    Locate(#[from] LocateError),
    #[error(
        "{file}: the table{} needs more than {} of memory to sort and filter, more than Dossier allows itself; its records can still be scrolled through",
        table_suffix(.table),
        human_bytes(*.budget)
    )]
    TooLarge {
        file: String,
        table: String,
        budget: u64,
    },
    #[error("{file}: reading the table was cancelled")]
    Cancelled { file: String },
}

fn table_suffix(table: &str) -> String {
    if table.is_empty() {
        String::new()
    } else {
        format!(" {table}")
    }
}

impl TableError {
    /// A stable machine-readable code, for the desktop app's `{code, message}` errors.
    pub fn code(&self) -> &'static str {
        match self {
            TableError::Locate(e) => e.code(),
            TableError::TooLarge { .. } => "table_too_large",
            TableError::Cancelled { .. } => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    column: u32,
    /// End of the cell's text in `TableStore::text`; it starts where the previous cell ends.
    end: u32,
}

/// Every row of one table of one file.
#[derive(Debug)]
pub struct TableStore {
    file: String,
    table: String,
    columns: Vec<String>,
    text: String,
    cells: Vec<Cell>,
    /// Index in `cells` one past each row's last cell; a row starts where the previous ends.
    row_ends: Vec<u32>,
    /// Set when the file could only be read in part: the rows are those read.
    problem: Option<String>,
}

impl TableStore {
    pub fn file(&self) -> &str {
        &self.file
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    /// Every field of the table, in the order first met.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    pub fn rows(&self) -> usize {
        self.row_ends.len()
    }

    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// Bytes the table takes in memory.
    pub fn memory(&self) -> u64 {
        (self.text.capacity()
            + self.cells.capacity() * std::mem::size_of::<Cell>()
            + self.row_ends.capacity() * 4) as u64
    }

    /// The cells of `row` as (column, text), in the order read.
    pub(crate) fn row(&self, row: usize) -> impl Iterator<Item = (usize, &str)> + '_ {
        let first = if row == 0 {
            0
        } else {
            self.row_ends[row - 1] as usize
        };
        let last = self.row_ends[row] as usize;
        (first..last).map(move |i| {
            let start = if i == 0 { 0 } else { self.cells[i - 1].end };
            let cell = self.cells[i];
            (
                cell.column as usize,
                &self.text[start as usize..cell.end as usize],
            )
        })
    }

    /// The text of `row` in `column`, "" when the record lacks it.
    pub(crate) fn cell(&self, row: usize, column: usize) -> &str {
        self.row(row)
            .filter(|&(c, _)| c == column)
            .last()
            .map_or("", |(_, text)| text)
    }

    /// Rows `offset..offset + limit` of `selection`, aligned to the columns.
    pub fn page(&self, selection: &Selection, offset: u64, limit: usize) -> TablePage {
        let width = self.columns.len();
        let rows = selection
            .rows()
            .iter()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(limit)
            .map(|&row| {
                let mut cells = vec![String::new(); width];
                for (column, text) in self.row(row as usize) {
                    cells[column] = text.to_owned();
                }
                cells
            })
            .collect();
        TablePage {
            file: self.file.clone(),
            table: self.table.clone(),
            columns: self.columns.clone(),
            rows,
            offset,
            total: Some(self.rows() as u64),
            matching: Some(selection.rows().len() as u64),
            problem: self.problem.clone(),
        }
    }
}

/// Reads `table` ("" for the main one) of `file` into memory, stopping with
/// `TableError::TooLarge` once it would take more than `budget` bytes.
pub fn load_table(
    export: &Path,
    file: &str,
    table: &str,
    budget: u64,
    options: &ScanOptions,
) -> Result<TableStore, TableError> {
    // The read stops through the guard's switch: when the caller cancels or the table outgrows
    // its budget, the sink throws it at the next record.
    let stop = Arc::new(AtomicBool::new(false));
    let mut sink = StoreSink {
        store: TableStore {
            file: file.to_owned(),
            table: table.to_owned(),
            columns: Vec::new(),
            text: String::new(),
            cells: Vec::new(),
            row_ends: Vec::new(),
            problem: None,
        },
        columns: Columns::default(),
        started: false,
        budget,
        over_budget: false,
        cancel: &options.cancel,
        stop: &stop,
    };
    let outcome = reread_file(export, file, options.limits, &stop, &mut sink)?;
    if sink.over_budget {
        return Err(TableError::TooLarge {
            file: file.to_owned(),
            table: table.to_owned(),
            budget,
        });
    }
    if options.cancel.load(Ordering::Relaxed) {
        return Err(TableError::Cancelled {
            file: file.to_owned(),
        });
    }
    let mut store = sink.store;
    store.columns = sink.columns.into_names();
    store.problem = outcome.error;
    store.text.shrink_to_fit();
    store.cells.shrink_to_fit();
    store.row_ends.shrink_to_fit();
    Ok(store)
}

struct StoreSink<'a> {
    store: TableStore,
    columns: Columns,
    /// Whether a row of the table has begun. Records are flattened depth first, so a cell of
    /// the table always belongs to its latest row, even after a child record interrupted it.
    started: bool,
    budget: u64,
    over_budget: bool,
    cancel: &'a AtomicBool,
    stop: &'a AtomicBool,
}

impl StoreSink<'_> {
    /// Cells and text are the bulk; checking the vectors' lengths rather than their capacity
    /// keeps the budget independent of how a vector happens to grow.
    fn used(&self) -> u64 {
        (self.store.text.len()
            + self.store.cells.len() * std::mem::size_of::<Cell>()
            + self.store.row_ends.len() * 4) as u64
    }
}

impl RecordSink for StoreSink<'_> {
    fn start_record(&mut self, table: &str) {
        if table != self.store.table || self.over_budget {
            return;
        }
        if self.cancel.load(Ordering::Relaxed) {
            // The record's cells must not land in the row before it.
            self.started = false;
            self.stop.store(true, Ordering::Relaxed);
            return;
        }
        // u32 offsets hold up to 4 GiB of text; the budget keeps the table well below.
        if self.used() > self.budget || self.store.text.len() > u32::MAX as usize / 2 {
            self.over_budget = true;
            self.stop.store(true, Ordering::Relaxed);
            return;
        }
        self.started = true;
        self.store.row_ends.push(self.store.cells.len() as u32);
    }

    fn uses_kinds(&self) -> bool {
        false
    }

    fn cell(&mut self, table: &str, field: &str, text: &str, _kind: ValueKind) {
        if !self.started || table != self.store.table || self.over_budget {
            return;
        }
        let column = self.columns.position(field);
        self.store.text.push_str(text);
        self.store.cells.push(Cell {
            column: column as u32,
            end: self.store.text.len() as u32,
        });
        *self.store.row_ends.last_mut().expect("a row was started") = self.store.cells.len() as u32;
    }
}
