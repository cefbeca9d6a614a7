//! Which rows of a loaded table to show, in which order: a filter on the text of any cell and
//! a sort on one column. Numbers sort as numbers and dates as instants, whatever their written
//! form; empty cells come last in either direction, as in a spreadsheet.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::store::TableStore;
use crate::records::datetime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    Ascending,
    Descending,
}

/// A view of a table: rows whose cells contain `filter` (ignoring case; all rows when empty),
/// sorted by the column named `sort` (in the order read when `None`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TableQuery {
    pub filter: String,
    pub sort: Option<(String, SortOrder)>,
}

impl TableQuery {
    /// Whether the query shows every row in the order read.
    pub fn is_plain(&self) -> bool {
        self.filter.trim().is_empty() && self.sort.is_none()
    }
}

/// The rows a query selects, by their index in the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection(Vec<u32>);

impl Selection {
    pub fn rows(&self) -> &[u32] {
        &self.0
    }
}

/// How a cell compares when sorting. The order of the variants is the order of the groups:
/// numbers, then dates, then text, then empty cells.
#[derive(Debug, PartialEq, PartialOrd)]
enum SortKey {
    Number(f64),
    Instant(i64),
    /// The lowercased text, led by its first eight bytes as a number: most comparisons end
    /// there, without following a pointer to the text.
    Text(u64, String),
    Empty,
}

/// Which readings a column's cells are tried for. Trying to read every cell of a text column
/// as a date costs more than the sort itself, so a column is only tried for the readings that
/// some of its first cells have.
#[derive(Debug, Clone, Copy)]
struct Readings {
    number: bool,
    instant: bool,
}

/// Cells looked at to decide a column's readings.
const READINGS_SAMPLE: usize = 1000;

impl Readings {
    fn of<'a>(cells: impl Iterator<Item = &'a str>) -> Readings {
        let mut readings = Readings {
            number: false,
            instant: false,
        };
        for cell in cells
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .take(READINGS_SAMPLE)
        {
            readings.number |= number(cell).is_some();
            readings.instant |= datetime::parse(cell).is_some();
        }
        readings
    }

    fn key(self, text: &str) -> SortKey {
        let t = text.trim();
        if t.is_empty() {
            return SortKey::Empty;
        }
        if let Some(n) = number(t).filter(|_| self.number) {
            return SortKey::Number(n);
        }
        if let Some(secs) = datetime::parse(t).filter(|_| self.instant) {
            return SortKey::Instant(secs);
        }
        let lower = t.to_lowercase();
        let mut head = [0u8; 8];
        let n = lower.len().min(8);
        head[..n].copy_from_slice(&lower.as_bytes()[..n]);
        SortKey::Text(u64::from_be_bytes(head), lower)
    }
}

fn number(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl TableStore {
    /// The rows `query` selects. An unknown sort column leaves the order as read, so a view
    /// asked for with the columns of an older read of the file still shows its rows.
    pub fn select(&self, query: &TableQuery) -> Selection {
        let needle = Needle::new(query.filter.trim());
        let mut rows: Vec<u32> = (0..self.rows() as u32)
            .filter(|&row| {
                needle
                    .as_ref()
                    .is_none_or(|n| self.row(row as usize).any(|(_, text)| n.is_in(text)))
            })
            .collect();
        let sort_column = query.sort.as_ref().and_then(|(name, order)| {
            Some((self.columns().iter().position(|c| c == name)?, *order))
        });
        if let Some((column, order)) = sort_column {
            let readings = Readings::of(rows.iter().map(|&row| self.cell(row as usize, column)));
            let mut keyed: Vec<(SortKey, u32)> = rows
                .iter()
                .map(|&row| (readings.key(self.cell(row as usize, column)), row))
                .collect();
            keyed.sort_unstable_by(|(a, ra), (b, rb)| {
                let by_key = match (a, b) {
                    (SortKey::Empty, SortKey::Empty) => Ordering::Equal,
                    (SortKey::Empty, _) => Ordering::Greater,
                    (_, SortKey::Empty) => Ordering::Less,
                    _ => {
                        let ordering = a.partial_cmp(b).unwrap_or(Ordering::Equal);
                        match order {
                            SortOrder::Ascending => ordering,
                            SortOrder::Descending => ordering.reverse(),
                        }
                    }
                };
                // Equal keys keep the order read, in both directions, which also makes the unstable
                // (faster) sort give one answer.
                by_key.then(ra.cmp(rb))
            });
            rows = keyed.into_iter().map(|(_, row)| row).collect();
        }
        Selection(rows)
    }
}

/// Case-insensitive substring search; ASCII needles (the usual case) compare bytes without
/// allocating, others compare lowercased text.
enum Needle {
    Ascii(Vec<u8>),
    Unicode(String),
}

impl Needle {
    fn new(filter: &str) -> Option<Needle> {
        if filter.is_empty() {
            None
        } else if filter.is_ascii() {
            Some(Needle::Ascii(filter.to_ascii_lowercase().into_bytes()))
        } else {
            Some(Needle::Unicode(filter.to_lowercase()))
        }
    }

    fn is_in(&self, text: &str) -> bool {
        match self {
            Needle::Ascii(needle) => {
                let hay = text.as_bytes();
                hay.len() >= needle.len()
                    && hay
                        .windows(needle.len())
                        .any(|w| w.eq_ignore_ascii_case(needle))
            }
            Needle::Unicode(needle) => text.to_lowercase().contains(needle.as_str()),
        }
    }
}
