//! Where readers put records. Readers emit cells as they parse; a sink decides what to keep:
//! `FileTables` keeps statistics only, `RowCollector` keeps the rows (tests, a page of rows
//! for display).

use std::collections::{BTreeMap, HashMap};

use super::same_text::same_text;
use super::stats::TableStats;
use super::value::{Typed, ValueKind};
use crate::search::index::{FileIndex, FileIndexBuilder, IndexLoan};

pub trait RecordSink {
    /// A new record of `table` begins; the cells that follow for that table belong to it.
    fn start_record(&mut self, table: &str);
    fn cell(&mut self, table: &str, field: &str, text: &str, kind: ValueKind);
    /// A cell of the main table's column number `column`, named `field`: readers of tables whose
    /// columns keep their names from row to row (CSV) say which column it is, so that a sink may
    /// find the field by its number rather than by comparing names, once per cell.
    /// `typed` is the value's kind, with its instant when it is a date.
    fn column_cell(&mut self, _column: usize, field: &str, text: &str, typed: Typed) {
        self.cell("", field, text, typed.kind);
    }
    /// The next record of the main table starts at this byte of the file's text. Readers that
    /// know it (CSV, JSON Lines) tell, so that a search can later start reading there.
    fn record_at(&mut self, _byte: u64) {}
    /// Whether the sink looks at the kind of each value. Typing a CSV cell (is it a number, a
    /// date?) is a good part of reading a long CSV file; a sink that only looks at the text
    /// (a search, a page of rows) says no, and is given every CSV cell as `ValueKind::String`.
    fn uses_kinds(&self) -> bool {
        true
    }
    /// The sink as one that may be moved to another thread, if it can be: a long CSV file is
    /// then typed on a thread of its own (`formats::csv_table`).
    fn sendable(&mut self) -> Option<&mut (dyn RecordSink + Send)> {
        None
    }
    /// The index of values the sink is building, lent so that another thread builds it on
    /// from the rows that follow (a long CSV file); the sink indexes nothing until it is given
    /// back with `give_index_back`.
    fn lend_index(&mut self) -> Option<IndexLoan> {
        None
    }
    fn give_index_back(&mut self, _loan: IndexLoan) {}
}

/// The statistics of every table of one file.
#[derive(Debug)]
pub struct FileTables {
    file: String,
    tables: Vec<TableStats>,
    index: HashMap<String, usize>,
    /// The table used last; cells of one record come in a run, so it saves hashing its name.
    last: usize,
    /// The index of the values for searches, when the scan builds one.
    values: Option<FileIndexBuilder>,
    /// The main table's position, and its field of each column given by `column_cell`.
    columns: Option<(usize, Vec<usize>)>,
}

impl FileTables {
    /// `index_values`: also build the file's index of values (`search::index`).
    pub fn new(file: &str, index_values: bool) -> Self {
        FileTables {
            file: file.to_owned(),
            tables: Vec::new(),
            index: HashMap::new(),
            last: 0,
            values: index_values.then(FileIndexBuilder::default),
            columns: None,
        }
    }

    fn table_slot(&mut self, table: &str) -> usize {
        if self
            .tables
            .get(self.last)
            .is_some_and(|t| same_text(&t.table, table))
        {
            return self.last;
        }
        let i = match self.index.get(table) {
            Some(&i) => i,
            None => {
                self.tables.push(TableStats::new(&self.file, table));
                self.index.insert(table.to_owned(), self.tables.len() - 1);
                self.tables.len() - 1
            }
        };
        self.last = i;
        i
    }

    /// The finished tables, main table first (tables without any field, an object that only
    /// held arrays, are dropped), and the index of the values if one was built.
    pub fn finish(mut self) -> (Vec<TableStats>, Option<FileIndex>) {
        self.tables.retain(|t| !t.fields.is_empty());
        self.tables.iter_mut().for_each(TableStats::finish);
        self.tables.sort_by(|a, b| a.table.cmp(&b.table));
        (self.tables, self.values.map(FileIndexBuilder::finish))
    }

    pub fn records(&self) -> u64 {
        self.tables.iter().map(|t| t.records).sum()
    }

    /// Adds a value to field `f` of table `t`, and to the index of values.
    fn add(&mut self, t: usize, f: usize, text: &str, typed: Typed) {
        self.tables[t].fields[f].add_typed(text, typed);
        // An empty value holds no query.
        if let (Some(values), false) = (&mut self.values, typed.kind == ValueKind::Empty) {
            let stats = &self.tables[t];
            values.cell(
                t,
                f,
                || (stats.table.clone(), stats.fields[f].name.clone()),
                text,
            );
        }
    }
}

impl RecordSink for FileTables {
    fn start_record(&mut self, table: &str) {
        let t = self.table_slot(table);
        let number = self.tables[t].records;
        self.tables[t].records += 1;
        if let (Some(values), "") = (&mut self.values, table) {
            let tables = &self.tables;
            values.main_record(number, || {
                tables
                    .iter()
                    .map(|t| (t.table.clone(), t.records - u64::from(t.table.is_empty())))
                    .collect()
            });
        }
    }

    fn cell(&mut self, table: &str, field: &str, text: &str, kind: ValueKind) {
        let t = self.table_slot(table);
        let f = self.tables[t].field_slot(field);
        self.add(t, f, text, Typed::known(text, kind));
    }

    fn column_cell(&mut self, column: usize, field: &str, text: &str, typed: Typed) {
        let known = self
            .columns
            .as_ref()
            .and_then(|(t, fields)| Some((*t, *fields.get(column)?)));
        let (t, f) = match known {
            Some(slot) => slot,
            None => {
                let t = self.table_slot("");
                let f = self.tables[t].field_slot(field);
                let (_, fields) = self.columns.get_or_insert_with(|| (t, Vec::new()));
                // Rows go through their columns in order, so a new column is the next one.
                if column == fields.len() {
                    fields.push(f);
                }
                (t, f)
            }
        };
        self.add(t, f, text, typed);
    }

    fn record_at(&mut self, byte: u64) {
        if let Some(values) = &mut self.values {
            values.record_at(byte);
        }
    }

    fn sendable(&mut self) -> Option<&mut (dyn RecordSink + Send)> {
        Some(self)
    }

    /// Only a file of one table (a CSV file) lends its index: the borrower numbers records of
    /// the main table alone.
    fn lend_index(&mut self) -> Option<IndexLoan> {
        let [main] = self.tables.as_slice() else {
            return None;
        };
        let main_records = main.records;
        self.values.take().map(|builder| IndexLoan {
            builder,
            main_records,
        })
    }

    fn give_index_back(&mut self, loan: IndexLoan) {
        self.values = Some(loan.builder);
    }
}

/// One record as text cells, in the order they were read.
pub type Row = Vec<(String, String)>;

/// Keeps every row of every table, by table name.
#[derive(Debug, Default)]
pub struct RowCollector {
    pub tables: BTreeMap<String, Vec<Row>>,
}

impl RecordSink for RowCollector {
    fn start_record(&mut self, table: &str) {
        self.tables
            .entry(table.to_owned())
            .or_default()
            .push(Vec::new());
    }

    fn uses_kinds(&self) -> bool {
        false
    }

    fn cell(&mut self, table: &str, field: &str, text: &str, _kind: ValueKind) {
        if let Some(row) = self.tables.get_mut(table).and_then(|rows| rows.last_mut()) {
            row.push((field.to_owned(), text.to_owned()));
        }
    }
}
