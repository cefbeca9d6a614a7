//! The record sink of a search: counts each table's records, as the records grid numbers them,
//! and hands on the values that hold the query until the search has as many as it asked for.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

use super::in_order::PartHits;
use super::values::{Needle, TextMatch};
use super::{FieldCategories, ValueHit};
use crate::records::sink::RecordSink;
use crate::records::value::ValueKind;

/// Longest value a hit carries, in characters: a match inside a long text (a post, a log
/// line) is shown with this much around it, so one cell cannot flood the output.
pub const MAX_VALUE_CHARS: usize = 240;

pub(super) struct HitSink<'a> {
    pub file: &'a str,
    pub needle: &'a Needle,
    pub mode: TextMatch,
    /// Hits still wanted; the read stops when none are.
    pub room: usize,
    pub categories: &'a FieldCategories,
    /// Records met so far in each table.
    pub records: HashMap<String, u64>,
    /// The main table's last record that may hold the query; the read stops past it.
    pub until: Option<u64>,
    /// The read has gone past `until`.
    pub past: bool,
    pub stop: &'a AtomicBool,
    /// The user's cancel, and the search's own signal that it needs no more from this read.
    pub cancel: [&'a AtomicBool; 2],
    /// Told of each hit as it is found, and asked before each record whether more are wanted.
    pub out: &'a mut dyn PartHits,
}

impl HitSink<'_> {
    /// Whether the read went past the last record that may hold the query.
    pub fn past_until(&self) -> bool {
        self.until
            .is_some_and(|until| self.records.get("").is_some_and(|&n| n > until))
    }
}

impl RecordSink for HitSink<'_> {
    fn start_record(&mut self, table: &str) {
        if self.cancel.iter().any(|c| c.load(Ordering::Relaxed)) || !self.out.wanted() {
            self.stop.store(true, Ordering::Relaxed);
        }
        match self.records.get_mut(table) {
            Some(n) => *n += 1,
            None => {
                self.records.insert(table.to_owned(), 1);
            }
        }
        if table.is_empty() && self.past_until() {
            // The reader may go on a little before it sees the stop: what it reads past the
            // part belongs to the next part, if any, and is not looked at here.
            self.past = true;
            self.stop.store(true, Ordering::Relaxed);
        }
    }

    fn uses_kinds(&self) -> bool {
        false
    }

    fn cell(&mut self, table: &str, field: &str, text: &str, _kind: ValueKind) {
        if self.room == 0 || self.past || text.is_empty() {
            return;
        }
        let Some(at) = self.needle.find(text, self.mode) else {
            return;
        };
        let hit = ValueHit {
            file: self.file.to_owned(),
            table: table.to_owned(),
            field: field.to_owned(),
            row: self.records.get(table).copied().unwrap_or(1),
            value: excerpt(text, at),
            category: self.categories.of(self.file, table, field),
        };
        self.out.found(hit);
        self.room -= 1;
        if self.room == 0 {
            self.stop.store(true, Ordering::Relaxed);
        }
    }
}

/// `text`, or the part of it around `at` when it is longer than `MAX_VALUE_CHARS`, marked
/// with "…" where it was cut.
fn excerpt(text: &str, at: Range<usize>) -> String {
    if text.chars().count() <= MAX_VALUE_CHARS {
        return text.to_owned();
    }
    let context = MAX_VALUE_CHARS.saturating_sub(text[at.clone()].chars().count()) / 2;
    let start = text[..at.start]
        .char_indices()
        .rev()
        .nth(context.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let end = text[at.end..]
        .char_indices()
        .nth(context)
        .map_or(text.len(), |(i, _)| at.end + i);
    let mut cut = String::with_capacity(end - start + 6);
    if start > 0 {
        cut.push('…');
    }
    cut.push_str(&text[start..end]);
    if end < text.len() {
        cut.push('…');
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_is_cut_around_its_match() {
        let text = format!("{}needle{}", "a".repeat(1000), "b".repeat(1000));
        let at = 1000..1006;
        let cut = excerpt(&text, at);
        assert!(cut.contains("needle"));
        assert!(cut.starts_with('…') && cut.ends_with('…'));
        assert!(cut.chars().count() <= MAX_VALUE_CHARS + 2);
        assert_eq!(excerpt("short", 0..5), "short");
    }
}
