//! The written forms that name the same value: phone numbers whatever their punctuation or
//! country prefix, IP addresses whatever their spelling (`::1` and `0:0:0:0:0:0:0:1`), text
//! whatever its case. The matcher in `values` compares these forms, not the raw text.

use std::net::IpAddr;

/// Fewest digits a phone number has: shorter digit runs are years, counts and ids.
pub(crate) const PHONE_MIN_DIGITS: usize = 7;
/// Most digits an international number has (ITU-T E.164).
const PHONE_MAX_DIGITS: usize = 15;
/// Longest country code (E.164): what may stand before a national number.
const COUNTRY_CODE_MAX_DIGITS: usize = 3;

/// Characters a written phone number may hold besides digits.
fn is_phone_punctuation(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '+' | '\u{a0}')
}

/// The digits of `text` when the whole of it reads as a phone number (`+1 (555) 010-0199`):
/// only digits and phone punctuation, with 7 to 15 digits.
pub fn phone_digits(text: &str) -> Option<String> {
    let text = text.trim();
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || is_phone_punctuation(c))
    {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    (PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS)
        .contains(&digits.len())
        .then_some(digits)
}

/// Every phone-number-like run in `text` (digits and phone punctuation, 7 to 15 digits), as
/// the byte range it covers and its digits.
pub fn phone_runs(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    // Most values searched hold no phone number: their digits are kept on the stack, and only
    // a run that reads as a number is copied out.
    let mut runs = Vec::new();
    let mut start: Option<usize> = None;
    let mut digits = [0u8; PHONE_MAX_DIGITS];
    let mut count = 0;
    let mut close = |start: &mut Option<usize>, end: usize, digits: &[u8], count: usize| {
        if let Some(s) = start.take() {
            if (PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&count) {
                let run = digits[..count].iter().map(|&d| char::from(d)).collect();
                runs.push((s..end, run));
            }
        }
    };
    let mut last_digit_end = 0;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            start.get_or_insert(i);
            if let Some(slot) = digits.get_mut(count) {
                *slot = c as u8;
            }
            count += 1;
            last_digit_end = i + 1;
        } else if is_phone_punctuation(c) {
            if c == '+' || c == '(' {
                start.get_or_insert(i);
            }
        } else {
            close(&mut start, last_digit_end, &digits, count);
            count = 0;
        }
    }
    close(&mut start, last_digit_end, &digits, count);
    runs
}

/// Whether two phone numbers' digits name the same line: equal, or one is the other with a
/// country code before it. International (`00`) and national trunk (`0`) prefixes are
/// dropped first, so `0044 20 7946 0958`, `+44 20 7946 0958` and `020 7946 0958` agree.
pub fn same_phone(a: &str, b: &str) -> bool {
    let (a, b) = (strip_trunk(a), strip_trunk(b));
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    short.len() >= PHONE_MIN_DIGITS
        && long.ends_with(short)
        && long.len() - short.len() <= COUNTRY_CODE_MAX_DIGITS
}

fn strip_trunk(digits: &str) -> &str {
    digits
        .strip_prefix("00")
        .or_else(|| digits.strip_prefix('0'))
        .unwrap_or(digits)
}

/// `text` as an IP address, when the whole of it is one (surrounding space aside).
pub fn ip_address(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    // A bare number ("12") is not an address, whatever `Ipv4Addr` parsers elsewhere allow.
    if !text.contains(['.', ':']) {
        return None;
    }
    text.parse().ok()
}

/// Every IP address written in `text`, with the byte range it covers. An address followed by
/// a port (`10.0.0.1:8080`, `[::1]:443`) counts as the address.
pub fn ip_addresses(text: &str) -> Vec<(std::ops::Range<usize>, IpAddr)> {
    let is_part = |c: char| c.is_ascii_hexdigit() || c == '.' || c == ':';
    let mut found = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_part(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                // A sentence's full stop or a label's colon is not part of the address; a
                // leading colon is (`::1`).
                let token = text[s..i]
                    .trim_start_matches('.')
                    .trim_end_matches(['.', ':']);
                let at = s + text[s..i].find(token).unwrap_or(0);
                if let Some(ip) = token_ip(token) {
                    found.push((at..at + token.len(), ip));
                }
            }
            _ => {}
        }
    }
    found
}

fn token_ip(token: &str) -> Option<IpAddr> {
    if let Some(ip) = ip_address(token) {
        return Some(ip);
    }
    // `a.b.c.d:port`: an IPv4 address with its port.
    let (host, port) = token.rsplit_once(':')?;
    (host.contains('.') && port.bytes().all(|b| b.is_ascii_digit()))
        .then(|| host.parse().ok())
        .flatten()
}

/// Text folded for case-insensitive comparison, with the byte offset in the original text of
/// each byte of the folded one, so that a match found in the folded text can be shown in the
/// original. ASCII text, by far the most common, folds in place without the offsets.
pub struct Folded<'a> {
    pub text: std::borrow::Cow<'a, str>,
    origin: Option<Vec<usize>>,
}

impl<'a> Folded<'a> {
    pub fn new(text: &'a str) -> Folded<'a> {
        if text.is_ascii() {
            if text.bytes().any(|b| b.is_ascii_uppercase()) {
                return Folded {
                    text: text.to_ascii_lowercase().into(),
                    origin: None,
                };
            }
            return Folded {
                text: text.into(),
                origin: None,
            };
        }
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            for lower in c.to_lowercase() {
                let before = folded.len();
                folded.push(lower);
                origin.extend(std::iter::repeat_n(i, folded.len() - before));
            }
        }
        origin.push(text.len());
        Folded {
            text: folded.into(),
            origin: Some(origin),
        }
    }

    /// The byte offset in the original text of byte `at` of the folded text.
    pub fn origin(&self, at: usize) -> usize {
        self.origin.as_ref().map_or(at, |o| o[at.min(o.len() - 1)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_agree_whatever_their_punctuation_or_country_code() {
        let query = phone_digits("+1 (555) 010-0199").unwrap();
        for written in [
            "555-010-0199",
            "(555) 010 0199",
            "5550100199",
            "+15550100199",
        ] {
            let runs = phone_runs(written);
            assert_eq!(runs.len(), 1, "{written}");
            assert!(same_phone(&query, &runs[0].1), "{written}");
        }
        assert!(same_phone("442079460958", "02079460958"));
        assert!(same_phone("00442079460958", "02079460958"));
        assert!(!same_phone("5550100199", "5550100198"));
        // A number that merely ends the same way is not the same line.
        assert!(!same_phone("9995550100199", "0100199"));
        assert_eq!(phone_digits("2021"), None);
        assert_eq!(phone_digits("call me"), None);
    }

    #[test]
    fn phone_runs_stop_at_letters() {
        let runs = phone_runs("home: +1 555 010 0199, work 555.010.0100 ext 7");
        let digits: Vec<&str> = runs.iter().map(|(_, d)| d.as_str()).collect();
        assert_eq!(digits, ["15550100199", "5550100100"]);
        let text = "home: +1 555 010 0199, work";
        assert_eq!(&text[phone_runs(text)[0].0.clone()], "+1 555 010 0199");
    }

    #[test]
    fn ip_addresses_are_found_whole_with_or_without_a_port() {
        let found: Vec<String> = ip_addresses("from 10.0.0.12, then 10.0.0.1:8080 and ::1.")
            .into_iter()
            .map(|(_, ip)| ip.to_string())
            .collect();
        assert_eq!(found, ["10.0.0.12", "10.0.0.1", "::1"]);
        assert_eq!(ip_address("12"), None);
        assert_eq!(ip_address("0:0:0:0:0:0:0:1"), ip_address("::1"));
    }

    #[test]
    fn folding_keeps_the_way_back_to_the_original_text() {
        let folded = Folded::new("Zoë ÉCOLE");
        let at = folded.text.find("école").unwrap();
        assert_eq!(&"Zoë ÉCOLE"[folded.origin(at)..], "ÉCOLE");
        assert_eq!(Folded::new("ABC").text, "abc");
    }
}
