//! What a scan keeps about each table and field: counts, kinds, a few examples, a small
//! deterministic sample for classification, and the date range. Rows themselves are not
//! kept, so memory does not grow with the size of a file.

use std::collections::HashMap;

use serde::Serialize;

use super::datetime::{self, PLAUSIBLE_SECONDS};
use super::flatten::LIST_SEPARATOR;
use super::same_text::same_text;
use super::tokens::key_tokens;
use super::trim::trim;
use super::value::{Typed, ValueKind};

/// Examples shown per field.
pub const EXAMPLES_PER_FIELD: usize = 3;
/// Values kept per field for classification.
pub const SAMPLE_PER_FIELD: usize = 64;
/// Longest example kept, in characters.
const EXAMPLE_CHARS: usize = 120;
/// Longest value kept for classification, in characters: a CDN's address of an attachment
/// (`…/8c1e3f0a9d2b4e67a5c0d8f1b3e92a47/usage-weekend.png`) still ends in its picture's
/// extension.
const SAMPLE_CHARS: usize = 1024;

/// One field (a key path or a column) of one table.
#[derive(Debug, Clone, Serialize)]
pub struct FieldStats {
    /// Key path (`geo.lat`, `outputs[].concepts[].name`), column name, or "" for a whole
    /// file such as an image.
    pub name: String,
    /// Records in which the field holds a non-empty value.
    pub values: u64,
    /// Records in which the field is present but empty (null, "").
    pub empty: u64,
    /// How many values of each kind, by kind name.
    pub kinds: Vec<(ValueKind, u64)>,
    /// Up to three distinct values, as text.
    pub examples: Vec<String>,
    /// Earliest and latest instant in the field, in UTC, when it holds dates.
    pub date_range: Option<(String, String)>,
    /// The dominant kind of the non-empty values.
    pub kind: ValueKind,
    #[serde(skip)]
    pub sample: Vec<String>,
    #[serde(skip)]
    acc: Accumulator,
}

#[derive(Debug, Clone, Default)]
struct Accumulator {
    kind_counts: [u64; ValueKind::ALL.len()],
    seen: u64,
    rng: u64,
    int_range: Option<(i64, i64)>,
    time_range: Option<(i64, i64)>,
}

fn widen(range: &mut Option<(i64, i64)>, v: i64) {
    *range = Some(match *range {
        None => (v, v),
        Some((lo, hi)) => (lo.min(v), hi.max(v)),
    });
}

fn clip(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let mut s: String = text.chars().take(limit).collect();
    s.push('…');
    s
}

impl FieldStats {
    /// A field whose sample is `sample`, for the tests of rules that read samples.
    #[cfg(test)]
    pub(crate) fn with_sample(name: &str, sample: &[&str]) -> Self {
        let mut stats = FieldStats::new(name);
        stats.sample = sample.iter().map(|s| s.to_string()).collect();
        stats
    }

    pub fn new(name: &str) -> Self {
        // The sample must be the same for the same data wherever it was read from (zip or
        // folder), so the generator is seeded from the field name, not from the clock.
        let seed = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        FieldStats {
            name: name.to_owned(),
            values: 0,
            empty: 0,
            kinds: Vec::new(),
            examples: Vec::new(),
            date_range: None,
            kind: ValueKind::Empty,
            sample: Vec::new(),
            acc: Accumulator {
                rng: seed | 1,
                ..Accumulator::default()
            },
        }
    }

    pub fn add(&mut self, text: &str, kind: ValueKind) {
        self.add_typed(text, Typed::known(text, kind));
    }

    /// [`FieldStats::add`] of a value whose instant, if it is a date, is known.
    pub(crate) fn add_typed(&mut self, text: &str, typed: Typed) {
        let kind = typed.kind;
        self.acc.kind_counts[kind.index()] += 1;
        if kind == ValueKind::Empty {
            self.empty += 1;
            return;
        }
        self.values += 1;
        match kind {
            ValueKind::Integer => {
                if let Ok(v) = trim(text).parse::<i64>() {
                    widen(&mut self.acc.int_range, v);
                }
            }
            ValueKind::DateTime => {
                if let Some(t) = typed.instant {
                    widen(&mut self.acc.time_range, t);
                }
            }
            _ => {}
        }
        if self.examples.len() < EXAMPLES_PER_FIELD
            && !self.examples.iter().any(|e| same_text(e, text))
        {
            self.examples.push(clip(text, EXAMPLE_CHARS));
        }
        self.sample_value(text);
    }

    /// Reservoir sampling (algorithm R) with a xorshift generator.
    fn sample_value(&mut self, text: &str) {
        self.acc.seen += 1;
        if self.sample.len() < SAMPLE_PER_FIELD {
            self.sample.push(clip(text, SAMPLE_CHARS));
            return;
        }
        let mut x = self.acc.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.acc.rng = x;
        let slot = x % self.acc.seen;
        if let Some(s) = self.sample.get_mut(slot as usize) {
            *s = clip(text, SAMPLE_CHARS);
        }
    }

    /// Settles the kind, kind counts and date range once all values are in. Integers in a
    /// field whose name speaks of time (`created_at`, `timestamp`) are epoch seconds or
    /// milliseconds when they fall between 1970 and 2100.
    pub fn finish(&mut self) {
        let counts = &self.acc.kind_counts;
        self.kinds = ValueKind::ALL
            .iter()
            .filter(|k| counts[k.index()] > 0)
            .map(|k| (*k, counts[k.index()]))
            .collect();
        self.kind = ValueKind::ALL
            .iter()
            .filter(|k| **k != ValueKind::Empty)
            .max_by_key(|k| (counts[k.index()], std::cmp::Reverse(k.index())))
            .filter(|k| counts[k.index()] > 0)
            .copied()
            .unwrap_or(ValueKind::Empty);
        let mut range = self.acc.time_range;
        if self.kind == ValueKind::Integer && names_a_time(&self.name) {
            if let Some((lo, hi)) = self.acc.int_range {
                let as_seconds = [(lo, hi), (lo / 1000, hi / 1000)]
                    .into_iter()
                    .find(|(l, h)| *l >= 100_000_000 && PLAUSIBLE_SECONDS.contains(h));
                if let Some(epoch) = as_seconds {
                    self.kind = ValueKind::DateTime;
                    range = Some(epoch);
                }
            }
        }
        self.date_range =
            range.map(|(lo, hi)| (datetime::format_utc(lo), datetime::format_utc(hi)));
    }

    /// The sampled values with a list's items apart: a list of three e-mail addresses is
    /// three e-mail addresses, not one text the e-mail check refuses for its semicolons.
    pub fn sample_items(&self) -> Vec<&str> {
        if self.kind != ValueKind::List {
            return self.sample.iter().map(String::as_str).collect();
        }
        self.sample
            .iter()
            .flat_map(|v| v.split(LIST_SEPARATOR))
            .collect()
    }

    /// Unix seconds of the date range, for merging ranges across fields.
    pub fn date_range_seconds(&self) -> Option<(i64, i64)> {
        let (lo, hi) = self.date_range.as_ref()?;
        Some((datetime::parse(lo)?, datetime::parse(hi)?))
    }
}

fn names_a_time(name: &str) -> bool {
    const TIME_WORDS: [&str; 12] = [
        "time",
        "timestamp",
        "date",
        "at",
        "ts",
        "created",
        "updated",
        "modified",
        "epoch",
        "when",
        "datetime",
        "ms",
    ];
    key_tokens(name)
        .iter()
        .any(|t| TIME_WORDS.contains(&t.as_str()))
}

/// One table of one file: the rows of a JSON array or CSV, or the child rows of an array
/// of objects nested in them (`table` names the path, e.g. `outputs[]`).
#[derive(Debug, Clone, Serialize)]
pub struct TableStats {
    pub file: String,
    /// "" for the file's main table, else the key path of the nested array (`logins[]`).
    pub table: String,
    pub records: u64,
    pub fields: Vec<FieldStats>,
    #[serde(skip)]
    index: HashMap<String, usize>,
    /// The field used last: records repeat their fields in the same order, so the next one
    /// is usually the one after it, found without hashing.
    #[serde(skip)]
    last: usize,
}

impl TableStats {
    /// Where a field's key path inside one of the table's records begins: past the table's own
    /// key path and its dot (`logins[].ip` in table `logins[]` begins at `ip`).
    pub(crate) fn record_start(&self) -> usize {
        if self.table.is_empty() {
            0
        } else {
            self.table.len() + 1
        }
    }

    /// A field's key path inside its record, without the table's own key path (`id` for
    /// `interactions[].id` in table `interactions[]`).
    pub(crate) fn key_in_record<'n>(&self, name: &'n str) -> &'n str {
        name.get(self.record_start()..).unwrap_or(name)
    }

    /// Whether the table is the one record at the top of its file: an API response's object (or
    /// a one-row CSV), as opposed to a file of many records or a nested list.
    pub(crate) fn is_single_top_record(&self) -> bool {
        self.table.is_empty() && self.records == 1
    }

    pub fn new(file: &str, table: &str) -> Self {
        TableStats {
            file: file.to_owned(),
            table: table.to_owned(),
            records: 0,
            fields: Vec::new(),
            index: HashMap::new(),
            last: 0,
        }
    }

    pub fn field_mut(&mut self, name: &str) -> &mut FieldStats {
        let i = self.field_slot(name);
        &mut self.fields[i]
    }

    /// The position of the field `name` in `fields`, which gets it if it is new.
    pub(crate) fn field_slot(&mut self, name: &str) -> usize {
        let guess = [self.last + 1, 0]
            .into_iter()
            .find(|&i| self.fields.get(i).is_some_and(|f| same_text(&f.name, name)));
        let i = match guess.or_else(|| self.index.get(name).copied()) {
            Some(i) => i,
            None => {
                self.fields.push(FieldStats::new(name));
                self.index.insert(name.to_owned(), self.fields.len() - 1);
                self.fields.len() - 1
            }
        };
        self.last = i;
        i
    }

    pub fn finish(&mut self) {
        self.fields.iter_mut().for_each(FieldStats::finish);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::value::infer;

    #[test]
    fn epoch_fields_become_dates() {
        let mut f = FieldStats::new("created_at");
        for v in ["1714521600", "1714608000"] {
            f.add(v, infer(v));
        }
        f.finish();
        assert_eq!(f.kind, ValueKind::DateTime);
        assert_eq!(f.date_range.as_ref().unwrap().0, "2024-05-01T00:00:00Z");

        let mut ms = FieldStats::new("timestampMs");
        ms.add("1714521600000", ValueKind::Integer);
        ms.finish();
        assert_eq!(ms.kind, ValueKind::DateTime);

        let mut count = FieldStats::new("follower_count");
        count.add("1714521600", ValueKind::Integer);
        count.finish();
        assert_eq!(count.kind, ValueKind::Integer);
    }

    #[test]
    fn sample_is_bounded_and_examples_distinct() {
        let mut f = FieldStats::new("email");
        for i in 0..10_000 {
            let v = format!("user{}@example.com", i % 5);
            f.add(&v, ValueKind::String);
        }
        f.finish();
        assert_eq!(f.sample.len(), SAMPLE_PER_FIELD);
        assert_eq!(f.examples.len(), 3);
        assert_eq!(f.values, 10_000);
    }
}
