//! What a query matches in one value. The query's own form decides how it is compared: an
//! e-mail address or any text ignoring case, a phone number by its digits, an IP address only
//! as a whole address (`10.0.0.1` does not find `10.0.0.12`).

use std::net::IpAddr;
use std::ops::Range;

use super::index::Probe;
use super::letter_runs::Runs;
use super::normalize::{
    ip_address, ip_addresses, phone_digits, phone_runs, same_phone, Folded, PHONE_MIN_DIGITS,
};

/// How text queries match: anywhere in a value, or only as whole words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TextMatch {
    #[default]
    Substring,
    WholeWord,
}

/// A query, read once into the form it is compared in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Needle {
    /// Matched exactly, as an address: never as part of a longer one. An IPv4 address has one
    /// written form (`Ipv4Addr` reads no leading zeros), which a value must hold to hold the
    /// address; an IPv6 address, written many ways, needs at least a colon.
    Ip { ip: IpAddr, written: Option<String> },
    /// The query's digits. A phone query also matches as text, so that the same digits in an
    /// id are found too.
    Phone { digits: String, text: String },
    /// Lowercased text: e-mail addresses and everything else.
    Text(String),
}

impl Needle {
    /// Reads `query`; `None` when it is blank.
    pub fn parse(query: &str) -> Option<Needle> {
        let trimmed = query.trim();
        if trimmed.is_empty() {
            return None;
        }
        if let Some(ip) = ip_address(trimmed) {
            let written = ip.is_ipv4().then(|| ip.to_string());
            return Some(Needle::Ip { ip, written });
        }
        let text = Folded::new(trimmed).text.into_owned();
        Some(match phone_digits(trimmed) {
            Some(digits) => Needle::Phone { digits, text },
            None => Needle::Text(text),
        })
    }

    /// What every value it matches holds, by which the index rules out files and blocks.
    pub fn probe(&self) -> Probe {
        let runs = |text: &str| {
            let runs = Runs::of(text);
            if runs.is_empty() {
                Probe::Any
            } else {
                Probe::Runs(runs)
            }
        };
        match self {
            Needle::Ip { ip, .. } => Probe::Ip(*ip),
            // Whatever prefix either side has, two numbers of the same line end in the same
            // seven digits (`same_phone`), and so does the text of the query.
            Needle::Phone { digits, .. } => runs(&digits[digits.len() - PHONE_MIN_DIGITS..]),
            Needle::Text(text) => runs(text),
        }
    }

    /// Where `value` holds the query, as a byte range of `value`, if it does.
    pub fn find(&self, value: &str, mode: TextMatch) -> Option<Range<usize>> {
        match self {
            // An IPv4 address is read from its one written form (no leading zeros), which a
            // value must hold; an IPv6 address has a colon in every form. The rest are not
            // looked at closer.
            Needle::Ip {
                written: Some(written),
                ..
            } if memchr::memmem::find(value.as_bytes(), written.as_bytes()).is_none() => None,
            Needle::Ip { written: None, .. } if !value.contains(':') => None,
            Needle::Ip { ip, .. } => ip_addresses(value)
                .into_iter()
                .find(|(_, found)| found == ip)
                .map(|(at, _)| at),
            // Most values have too few digits to hold a phone number: counting them is cheap.
            Needle::Phone { digits, text } if has_phone_digits(value) => phone_runs(value)
                .into_iter()
                .find(|(_, found)| same_phone(digits, found))
                .map(|(at, _)| at)
                .or_else(|| find_text(value, text, mode)),
            Needle::Phone { text, .. } | Needle::Text(text) => find_text(value, text, mode),
        }
    }
}

/// Whether `value` has as many digits as the shortest phone number.
fn has_phone_digits(value: &str) -> bool {
    value.bytes().filter(u8::is_ascii_digit).count() >= PHONE_MIN_DIGITS
}

/// `needle` (already lowercased) in `value`, ignoring case.
fn find_text(value: &str, needle: &str, mode: TextMatch) -> Option<Range<usize>> {
    // ASCII on both sides, by far the most common case, is compared in place: folding a copy
    // of every cell would cost an allocation per value read.
    if value.is_ascii() {
        // Lowercased ASCII stays ASCII: it cannot hold a needle with any other letter.
        return needle
            .is_ascii()
            .then(|| find_ascii(value, needle, mode))
            .flatten();
    }
    let folded = Folded::new(value);
    let hay = folded.text.as_ref();
    let mut from = 0;
    while let Some(found) = hay[from..].find(needle) {
        let at = from + found;
        let end = at + needle.len();
        if mode == TextMatch::Substring || is_whole_word(hay, at, end) {
            return Some(folded.origin(at)..folded.origin(end));
        }
        from = at + hay[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// `needle` (ASCII, lowercased) in the ASCII `value`, ignoring case, without copying it.
fn find_ascii(value: &str, needle: &str, mode: TextMatch) -> Option<Range<usize>> {
    let (hay, pin) = (value.as_bytes(), needle.as_bytes());
    let first = *pin.first()?;
    let last_start = hay.len().checked_sub(pin.len())?;
    // The needle's first byte in either case is looked for a word at a time (memchr), not a
    // byte at a time: most values hold it nowhere.
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), &hay[..=last_start])
        .filter(|&at| hay[at..at + pin.len()].eq_ignore_ascii_case(pin))
        .find(|&at| mode == TextMatch::Substring || is_whole_word(value, at, at + pin.len()))
        .map(|at| at..at + pin.len())
}

/// Whether `hay[at..end]` stands as words: no letter or digit joins it on either side.
fn is_whole_word(hay: &str, at: usize, end: usize) -> bool {
    let before = hay[..at].chars().next_back();
    let after = hay[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(query: &str, value: &str) -> bool {
        Needle::parse(query)
            .unwrap()
            .find(value, TextMatch::Substring)
            .is_some()
    }

    #[test]
    fn an_email_matches_whatever_its_case() {
        assert!(finds(
            "Ada.Lovelace@Example.com",
            "contact: ada.lovelace@example.COM"
        ));
        let needle = Needle::parse("ADA@example.com").unwrap();
        let value = "x Ada@Example.com y";
        let at = needle.find(value, TextMatch::Substring).unwrap();
        assert_eq!(&value[at], "Ada@Example.com");
    }

    #[test]
    fn a_phone_number_matches_written_three_ways() {
        for value in ["555-010-0199", "(555) 010 0199", "+1.555.010.0199"] {
            assert!(finds("+1 (555) 010-0199", value), "{value}");
            assert!(finds("5550100199", value), "{value}");
        }
        assert!(!finds("+1 (555) 010-0199", "555-010-0198"));
    }

    #[test]
    fn an_ip_address_matches_only_whole() {
        assert!(finds("10.0.0.1", "login from 10.0.0.1"));
        assert!(finds("10.0.0.1", "10.0.0.1:443"));
        assert!(!finds("10.0.0.1", "10.0.0.12"));
        assert!(!finds("10.0.0.1", "110.0.0.1"));
        assert!(finds("::1", "0:0:0:0:0:0:0:1"));
    }

    #[test]
    fn whole_words_need_no_letter_on_either_side() {
        let cat = Needle::parse("cat").unwrap();
        assert!(cat.find("a Cat, sleeping", TextMatch::WholeWord).is_some());
        assert!(cat.find("concatenate", TextMatch::WholeWord).is_none());
        assert!(cat.find("concatenate cat", TextMatch::WholeWord).is_some());
        assert!(cat.find("concatenate", TextMatch::Substring).is_some());
    }

    #[test]
    fn text_ignores_case_beyond_ascii() {
        assert!(finds("zürich", "ZÜRICH, Switzerland"));
        assert_eq!(Needle::parse("   "), None);
    }
}
