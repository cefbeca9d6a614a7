//! Where readers put records. Readers emit cells as they parse; a sink decides what to keep:
//! `FileTables` keeps statistics only, `RowCollector` keeps the rows (tests, a page of rows
//! for display).

use std::collections::{BTreeMap, HashMap};

use super::stats::TableStats;
use super::value::ValueKind;

pub trait RecordSink {
    /// A new record of `table` begins; the cells that follow for that table belong to it.
    fn start_record(&mut self, table: &str);
    fn cell(&mut self, table: &str, field: &str, text: &str, kind: ValueKind);
    /// The sink as one that may be moved to another thread, if it can be: a long CSV file is
    /// then typed on a thread of its own (`formats::csv_table`).
    fn sendable(&mut self) -> Option<&mut (dyn RecordSink + Send)> {
        None
    }
}

/// The statistics of every table of one file.
#[derive(Debug)]
pub struct FileTables {
    file: String,
    tables: Vec<TableStats>,
    index: HashMap<String, usize>,
    /// The table used last; cells of one record come in a run, so it saves hashing its name.
    last: usize,
}

impl FileTables {
    pub fn new(file: &str) -> Self {
        FileTables {
            file: file.to_owned(),
            tables: Vec::new(),
            index: HashMap::new(),
            last: 0,
        }
    }

    fn table_mut(&mut self, table: &str) -> &mut TableStats {
        if self.tables.get(self.last).is_some_and(|t| t.table == table) {
            return &mut self.tables[self.last];
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
        &mut self.tables[i]
    }

    /// The finished tables, main table first; tables without any field (an object that only
    /// held arrays) are dropped.
    pub fn finish(mut self) -> Vec<TableStats> {
        self.tables.retain(|t| !t.fields.is_empty());
        self.tables.iter_mut().for_each(TableStats::finish);
        self.tables.sort_by(|a, b| a.table.cmp(&b.table));
        self.tables
    }

    pub fn records(&self) -> u64 {
        self.tables.iter().map(|t| t.records).sum()
    }
}

impl RecordSink for FileTables {
    fn start_record(&mut self, table: &str) {
        self.table_mut(table).records += 1;
    }

    fn cell(&mut self, table: &str, field: &str, text: &str, kind: ValueKind) {
        self.table_mut(table).field_mut(field).add(text, kind);
    }

    fn sendable(&mut self) -> Option<&mut (dyn RecordSink + Send)> {
        Some(self)
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

    fn cell(&mut self, table: &str, field: &str, text: &str, _kind: ValueKind) {
        if let Some(row) = self.tables.get_mut(table).and_then(|rows| rows.last_mut()) {
            row.push((field.to_owned(), text.to_owned()));
        }
    }
}
