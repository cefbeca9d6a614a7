//! Which runs of letters a value holds, kept small enough to remember for every field of an
//! export. A value is first reduced to its letters, digits and `@`, lowercased: whatever a
//! query matches (text ignoring case, a phone number whatever its punctuation) leaves the
//! query's reduced form inside the value's, so a field whose runs miss one of the query's runs
//! cannot hold it. The converse is not promised: a field that has them all may still not.
//!
//! Runs of three symbols are kept exactly, in 8 KB at most. In a field of many different
//! values (ids, timestamps, hashes) they soon are all there and rule nothing out, so a field
//! also keeps the length of its longest reduced value (a query longer than it cannot be in it)
//! and, when its runs are that crowded, a filter of its whole reduced values: a query as long
//! as the longest value can only be one of them (a pasted id).

use crate::records::same_text::same_text;

/// Symbols of the reduced text: 10 digits, 26 letters, `@` (it tells e-mail addresses from
/// ids), and 3 buckets for every other letter or digit (`é`, `ß`, `中`), so that a run of three
/// fits in 16 bits: 40³ = 64,000 codes.
const SYMBOLS: u32 = 40;
const CODES: usize = (SYMBOLS * SYMBOLS * SYMBOLS) as usize;
const WORDS: usize = CODES.div_ceil(64);
/// A field with more runs of three than this keeps a bitmap (8 KB) instead of their codes, and
/// a filter of its whole values.
const SPARSE_MAX: usize = WORDS * 64 / 16;
/// Bits per value of the filter of whole values, and its hashes: about 1% false positives.
const BITS_PER_VALUE: usize = 10;
const HASHES: u32 = 3;

const SKIP: u8 = u8::MAX;
const AT: u8 = 36;

/// ASCII byte → its symbol, or `SKIP` for punctuation, spaces and control bytes.
const ASCII_SYMBOLS: [u8; 128] = {
    let mut table = [SKIP; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            c @ b'0'..=b'9' => c - b'0',
            c @ b'a'..=b'z' => c - b'a' + 10,
            c @ b'A'..=b'Z' => c - b'A' + 10,
            b'@' => AT,
            _ => SKIP,
        };
        b += 1;
    }
    table
};

fn symbol_of(c: char) -> Option<u8> {
    if c.is_ascii() {
        let s = ASCII_SYMBOLS[c as usize];
        return (s != SKIP).then_some(s);
    }
    // Lowercase first, as the matcher folds the query and the value. A capital may fold to an
    // ASCII letter and a mark (Turkish `İ` to `i` and a combining dot): it is that letter, as
    // the folded query reads it, and the mark is skipped there.
    let lower = c.to_lowercase().next().unwrap_or(c);
    if lower.is_ascii() {
        let s = ASCII_SYMBOLS[lower as usize];
        return (s != SKIP).then_some(s);
    }
    lower
        .is_alphanumeric()
        .then(|| 37 + (u32::from(lower).wrapping_mul(2_654_435_761) % 3) as u8)
}

/// A reduced value's length and hash, from `for_each_run`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Whole {
    len: u32,
    hash: u64,
}

/// The punctuation a reduced form leaves out that tells whether a value may hold an IP address:
/// an IPv4 address has three dots, an IPv6 one a `::` or six colons. Most values (dates, ids,
/// words) are ruled out by it, and counting it while reducing the value costs no pass of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Marks {
    dots: u32,
    colons: u32,
    double_colon: bool,
}

impl Marks {
    pub fn may_hold_ip(&self) -> bool {
        self.dots >= 3 || self.colons >= 6 || self.double_colon
    }

    fn skipped(&mut self, c: char, before: char) {
        match c {
            '.' => self.dots += 1,
            ':' => {
                self.colons += 1;
                self.double_colon |= before == ':';
            }
            _ => {}
        }
    }
}

/// Calls `each` with the code of every run of three symbols in `text`'s reduced form, and
/// returns the reduced form's length and hash, and the marks it left out.
fn for_each_run(text: &str, mut each: impl FnMut(u16)) -> (Whole, Marks) {
    let (mut a, mut b, mut packed, mut filled) = (0u32, 0u32, 0u64, 0u8);
    let mut whole = Whole::default();
    let mut marks = Marks::default();
    let mut push = |s: u8| {
        if whole.len >= 2 {
            each((a * SYMBOLS * SYMBOLS + b * SYMBOLS + u32::from(s)) as u16);
        }
        whole.len += 1;
        // Ten symbols of six bits are packed into a word, and only a full word is mixed into
        // the hash: a multiplication per symbol would chain its latency along the value.
        packed = (packed << 6) | u64::from(s);
        filled += 1;
        if filled == 10 {
            whole.hash = mix(whole.hash ^ packed);
            (packed, filled) = (0, 0);
        }
        a = b;
        b = u32::from(s);
    };
    let mut before = '\0';
    if text.is_ascii() {
        for &byte in text.as_bytes() {
            let s = ASCII_SYMBOLS[byte as usize];
            if s != SKIP {
                push(s);
            } else {
                marks.skipped(char::from(byte), before);
            }
            before = char::from(byte);
        }
    } else {
        for c in text.chars() {
            match symbol_of(c) {
                Some(s) => push(s),
                None => marks.skipped(c, before),
            }
            before = c;
        }
    }
    whole.hash = mix(whole.hash ^ packed ^ (u64::from(whole.len) << 60));
    (whole, marks)
}

fn mix(word: u64) -> u64 {
    let word = word.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    word ^ (word >> 29)
}

/// What a query needs a value to hold; nothing when the query is too short to need anything
/// (fewer than three letters and digits).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Runs {
    three: Vec<u16>,
    whole: Whole,
}

impl Runs {
    pub fn of(text: &str) -> Runs {
        let mut three = Vec::new();
        let (whole, _) = for_each_run(text, |c| three.push(c));
        three.sort_unstable();
        three.dedup();
        Runs { three, whole }
    }

    pub fn is_empty(&self) -> bool {
        self.three.is_empty()
    }
}

/// The runs of one field's values, while they are being read.
#[derive(Debug)]
pub(crate) struct RunsBuilder {
    three: Box<[u64; WORDS]>,
    longest: u32,
    /// The hash of every value added, for the filter of whole values.
    wholes: Vec<u64>,
    /// Values added lately: a column takes a few values over and over (an event's type, a
    /// page), and each is read once.
    recent: Recent,
}

impl RunsBuilder {
    pub fn new() -> Self {
        RunsBuilder {
            three: Box::new([0; WORDS]),
            longest: 0,
            wholes: Vec::new(),
            recent: Recent::default(),
        }
    }

    /// Adds the runs of `text`, and tells the marks it left out; nothing when it was a value
    /// added lately, which adds nothing.
    pub fn add(&mut self, text: &str) -> Option<Marks> {
        if !self.recent.is_new(text) {
            return None;
        }
        let three = &mut self.three;
        let (whole, marks) = for_each_run(text, |c| {
            let (word, bit) = (&mut three[usize::from(c) >> 6], 1u64 << (c & 63));
            // Most runs of a field are there already; reading is cheaper than writing again.
            if *word & bit == 0 {
                *word |= bit;
            }
        });
        self.longest = self.longest.max(whole.len);
        self.wholes.push(whole.hash);
        Some(marks)
    }

    /// What was read, in its smallest form; the builder starts the next block empty.
    pub fn take(&mut self) -> RunsFilter {
        let count: u32 = self.three.iter().map(|w| w.count_ones()).sum();
        let (three, wholes) = if count as usize <= SPARSE_MAX {
            let mut codes = Vec::with_capacity(count as usize);
            for (i, &word) in self.three.iter().enumerate() {
                let mut w = word;
                while w != 0 {
                    codes.push((i * 64) as u16 + w.trailing_zeros() as u16);
                    w &= w - 1;
                }
            }
            (Three::Sparse(codes.into_boxed_slice()), None)
        } else {
            let wholes = Bloom::of(&self.wholes);
            (Three::Dense(self.three.clone()), Some(wholes))
        };
        let filter = RunsFilter {
            three,
            longest: self.longest,
            wholes,
        };
        self.three.fill(0);
        self.longest = 0;
        self.wholes.clear();
        self.recent = Recent::default();
        filter
    }
}

/// Values of a field seen lately, in a small table by a hash of their ends: a column takes a
/// few values over and over (an event's type, a page, a session's id), and each is read once.
/// A value that differs from one seen lately usually differs at its ends (a counter, the
/// seconds of a time), so the hash reads only those; the text is then compared whole.
#[derive(Debug)]
struct Recent {
    slots: Box<[(u64, String); RECENT]>,
}

impl Default for Recent {
    fn default() -> Self {
        Recent {
            slots: Box::new(std::array::from_fn(|_| (u64::MAX, String::new()))),
        }
    }
}

const RECENT: usize = 64;

impl Recent {
    /// Whether `text` is not among the recent values; it is then one of them.
    fn is_new(&mut self, text: &str) -> bool {
        let hash = ends_hash(text.as_bytes());
        let (held, value) = &mut self.slots[(hash >> 58) as usize % RECENT];
        if *held == hash && same_text(value, text) {
            return false;
        }
        *held = hash;
        value.clear();
        value.push_str(text);
        true
    }
}

/// A hash of a text's length and of its first and last eight bytes.
fn ends_hash(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
    let (head, tail) = if n >= 8 {
        (word(0), word(n - 8))
    } else {
        (bytes.iter().fold(0, |w, &b| (w << 8) | u64::from(b)), 0)
    };
    mix(mix(head ^ (n as u64).rotate_left(32)) ^ tail)
}

/// The runs some values held.
#[derive(Debug, Clone)]
pub struct RunsFilter {
    three: Three,
    /// The length of the longest reduced value.
    longest: u32,
    /// The whole reduced values, when the runs of three are too many to tell much.
    wholes: Option<Bloom>,
}

/// Runs of three: their sorted codes when few, else a bitmap.
#[derive(Debug, Clone)]
enum Three {
    Sparse(Box<[u16]>),
    Dense(Box<[u64; WORDS]>),
}

/// A Bloom filter of hashes.
#[derive(Debug, Clone)]
struct Bloom {
    bits: Box<[u64]>,
}

impl Bloom {
    /// A filter of `hashes`, sized for as many different ones (a value twice costs a little
    /// room, less than sorting them out would cost time).
    fn of(hashes: &[u64]) -> Bloom {
        let words = (hashes.len() * BITS_PER_VALUE)
            .div_ceil(64)
            .next_power_of_two();
        let mut bloom = Bloom {
            bits: vec![0; words].into_boxed_slice(),
        };
        for &hash in hashes.iter() {
            for bit in bloom.bits_of(hash) {
                bloom.bits[bit >> 6] |= 1 << (bit & 63);
            }
        }
        bloom
    }

    fn bits_of(&self, hash: u64) -> impl Iterator<Item = usize> {
        let mask = self.bits.len() * 64 - 1;
        // Double hashing: the hash's two halves make the three positions.
        let (h1, h2) = (hash as usize, (hash >> 32) as usize | 1);
        (0..HASHES as usize).map(move |i| h1.wrapping_add(i.wrapping_mul(h2)) & mask)
    }

    fn has(&self, hash: u64) -> bool {
        self.bits_of(hash)
            .all(|bit| self.bits[bit >> 6] & (1 << (bit & 63)) != 0)
    }
}

impl RunsFilter {
    /// Whether the values may hold `runs`.
    pub fn has_all(&self, runs: &Runs) -> bool {
        if runs.whole.len > self.longest {
            return false;
        }
        // As long as the longest value, a query can only be a whole value.
        if runs.whole.len == self.longest
            && self
                .wholes
                .as_ref()
                .is_some_and(|w| !w.has(runs.whole.hash))
        {
            return false;
        }
        match &self.three {
            Three::Sparse(held) => runs.three.iter().all(|c| held.binary_search(c).is_ok()),
            Three::Dense(bits) => runs
                .three
                .iter()
                .all(|&c| bits[usize::from(c) >> 6] & (1 << (c & 63)) != 0),
        }
    }

    /// Bytes of memory it takes.
    pub fn bytes(&self) -> usize {
        let three = match &self.three {
            Three::Sparse(held) => held.len() * 2,
            Three::Dense(_) => WORDS * 8,
        };
        three + self.wholes.as_ref().map_or(0, |w| w.bits.len() * 8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter_of(values: &[&str]) -> RunsFilter {
        let mut builder = RunsBuilder::new();
        for value in values {
            builder.add(value);
        }
        builder.take()
    }

    #[test]
    fn a_value_holds_the_runs_of_what_it_contains_whatever_case_or_punctuation() {
        let filter = filter_of(&[
            "Renée Lefèvre <RENEE.LEFEVRE@example.com>",
            "+44 20 7946 0608",
        ]);
        for query in [
            "renee.lefevre@Example.COM",
            "lefèvre",
            "2079460608",
            "20-7946-0608",
        ] {
            assert!(filter.has_all(&Runs::of(query)), "{query}");
        }
        assert!(!filter.has_all(&Runs::of("lovelace")));
        assert!(Runs::of("a.b").is_empty());
    }

    #[test]
    fn a_capital_that_folds_to_a_letter_and_a_mark_is_that_letter() {
        // Turkish `İ` lowercases to `i` and a combining dot: the folded query and the value
        // as written must give the same runs.
        let filter = filter_of(&["ELİF NAZ"]);
        for query in ["ELİF NAZ", &"ELİF NAZ".to_lowercase(), "elif naz"] {
            assert!(filter.has_all(&Runs::of(query)), "{query}");
        }
    }

    #[test]
    fn many_runs_are_kept_as_a_bitmap_and_still_answer() {
        let base36 = |mut n: u64| {
            let mut word = String::new();
            while n > 0 {
                word.push(char::from_digit((n % 36) as u32, 36).unwrap());
                n /= 36;
            }
            word
        };
        let words: Vec<String> = (1..20_000u64)
            .map(|i| base36(i.wrapping_mul(2_654_435_761_007)))
            .collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let filter = filter_of(&refs);
        assert!(matches!(
            filter,
            RunsFilter {
                three: Three::Dense(_),
                ..
            }
        ));
        assert!(filter.has_all(&Runs::of(&words[12_345])));
        assert!(!filter_of(&["abc"]).has_all(&Runs::of("zzz")));
    }

    #[test]
    fn a_crowded_field_tells_whole_values_and_lengths() {
        let ids: Vec<String> = (0..10_000u64)
            .map(|i| format!("{:016x}", i.wrapping_mul(0x9E37_79B9_7F4A_7C15)))
            .collect();
        let mut builder = RunsBuilder::new();
        ids.iter().for_each(|id| {
            builder.add(id);
        });
        let filter = builder.take();
        assert!(filter.wholes.is_some());
        assert!(filter.has_all(&Runs::of(&ids[7_777].to_uppercase())));
        assert!(filter.has_all(&Runs::of(&ids[7_777][3..12])));
        // Every run of three of another id is among so many; its whole value is not.
        let other = format!("{:016x}", 123_456_789_012_345u64);
        assert!(!filter.has_all(&Runs::of(&other)));
        assert!(
            !filter.has_all(&Runs::of(&format!("{}0", ids[1]))),
            "longer than any"
        );
        // Nor is an e-mail address, whose `@` no id has.
        assert!(!filter.has_all(&Runs::of("ab12@cd.ef")));
    }

    #[test]
    fn the_marks_left_out_tell_what_may_be_an_ip_address() {
        let may = |text: &str| for_each_run(text, |_| {}).1.may_hold_ip();
        for text in [
            "203.0.113.7",
            "from 2001:db8::1 then",
            "::1",
            "fe80:0:0:0:0:0:0:1",
        ] {
            assert!(may(text), "{text}");
        }
        for text in ["2024-05-01T10:00:00Z", "v1.2", "a:b:c", "Renée: 12.5"] {
            assert!(!may(text), "{text}");
        }
    }

    #[test]
    fn a_value_seen_lately_adds_nothing() {
        let mut builder = RunsBuilder::new();
        assert!(builder.add("page_view").is_some());
        assert!(builder.add("click").is_some());
        assert!(builder.add("page_view").is_none());
        assert!(builder.add("page_views").is_some());
    }

    #[test]
    fn every_code_fits_the_table() {
        let mut max = 0;
        let _ = for_each_run("zzz@ ÿÿÿ 999 中文字", |c| max = max.max(c));
        assert!((max as usize) < CODES);
    }
}
