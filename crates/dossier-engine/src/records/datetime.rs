//! Recognises the date and time forms that exports use and turns them into Unix seconds.
//! Only what real exports write: ISO 8601, `2024/05/01`, `01 May 2024`, `May 1, 2024`,
//! X/Twitter's `Wed Oct 10 20:19:24 +0000 2018`, US `05/01/2024`.

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Earliest and latest instants accepted as timestamps: 1970 to 2100.
pub(crate) const PLAUSIBLE_SECONDS: std::ops::RangeInclusive<i64> = 0..=4_102_444_800;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn instant(y: i64, m: i64, d: i64, hh: i64, mm: i64, ss: i64, offset_s: i64) -> Option<i64> {
    let valid = (1..=12).contains(&m)
        && (1..=31).contains(&d)
        && (0..24).contains(&hh)
        && (0..60).contains(&mm)
        && (0..=60).contains(&ss)
        && (1900..=2200).contains(&y);
    valid.then(|| days_from_civil(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss - offset_s)
}

fn month_index(word: &str) -> Option<i64> {
    let first = word.get(..3)?;
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(first))
        .map(|i| i as i64 + 1)
}

fn num(s: &str) -> Option<i64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Parses `HH:MM[:SS[.fff]]` and returns seconds into the day.
fn time_of_day(s: &str) -> Option<(i64, i64, i64)> {
    let mut parts = s.split(':');
    let hh = num(parts.next()?)?;
    let mm = num(parts.next()?)?;
    let ss = match parts.next() {
        Some(sec) => num(sec.split(['.', ',']).next()?)?,
        None => 0,
    };
    parts.next().is_none().then_some((hh, mm, ss))
}

/// Parses `Z`, `+02:00`, `+0200`, `-05` into seconds east of UTC.
fn zone_offset(s: &str) -> Option<i64> {
    if s.is_empty() || s == "Z" || s.eq_ignore_ascii_case("UTC") || s == "GMT" {
        return Some(0);
    }
    let sign = match s.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    // Digits only, checked byte by byte: `-a日` is not a zone and must not be sliced into
    // (a character cut in half panicked, found by the property tests, issue 13).
    let mut digits = [0i64; 4];
    let mut count = 0;
    for b in s[1..].bytes().filter(|&b| b != b':') {
        if !b.is_ascii_digit() || count == digits.len() {
            return None;
        }
        digits[count] = i64::from(b - b'0');
        count += 1;
    }
    let (h, m) = match count {
        2 => (digits[0] * 10 + digits[1], 0),
        4 => (digits[0] * 10 + digits[1], digits[2] * 10 + digits[3]),
        _ => return None,
    };
    Some(sign * (h * 3600 + m * 60))
}

/// Splits an ISO time part into the time and its zone suffix.
fn split_zone(t: &str) -> (&str, &str) {
    match t.find(['Z', '+']).or_else(|| t.rfind('-')) {
        Some(i) => (&t[..i], &t[i..]),
        None => (t, ""),
    }
}

fn iso(s: &str) -> Option<i64> {
    let (date, rest) = match s.find(['T', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut dp = date.split(['-', '/']);
    let y = dp.next()?;
    if y.len() != 4 {
        return None;
    }
    let (y, m, d) = (num(y)?, num(dp.next()?)?, num(dp.next()?)?);
    if dp.next().is_some() {
        return None;
    }
    let (hh, mm, ss, off) = match rest {
        None => (0, 0, 0, 0),
        Some(t) => {
            let t = t.trim();
            let (clock, zone) = split_zone(t);
            let (hh, mm, ss) = time_of_day(clock.trim())?;
            (hh, mm, ss, zone_offset(zone.trim())?)
        }
    };
    instant(y, m, d, hh, mm, ss, off)
}

/// Whether `word` says a 12-hour clock's half of the day: `Some(true)` after noon (`PM`,
/// `p.m.`), `Some(false)` before (`AM`).
fn afternoon(word: &str) -> Option<bool> {
    let mut letters = word.bytes().filter(|&b| b != b'.');
    let (half, m) = (letters.next()?, letters.next()?);
    if letters.next().is_some() || !m.eq_ignore_ascii_case(&b'm') {
        return None;
    }
    match half.to_ascii_lowercase() {
        b'a' => Some(false),
        b'p' => Some(true),
        _ => None,
    }
}

/// A clock of 1 to 12 o'clock read on the 24-hour clock, given the half of the day.
fn on_24_hours((hh, mm, ss): (i64, i64, i64), afternoon: Option<bool>) -> Option<(i64, i64, i64)> {
    match afternoon {
        None => Some((hh, mm, ss)),
        Some(pm) if (1..=12).contains(&hh) => Some((hh % 12 + if pm { 12 } else { 0 }, mm, ss)),
        Some(_) => None,
    }
}

/// Words of a date written out, which spaces and commas part. Google writes a narrow no-break
/// space before `PM` (`May 19, 2025, 12:23:02\u{202f}PM UTC`).
const WORD_BREAKS: [char; 4] = [' ', ',', '\u{202f}', '\u{a0}'];

/// `01 May 2024`, `1 May 2024 10:00`, `May 1, 2024`, `Wed Oct 10 20:19:24 +0000 2018`,
/// `Tue, 1 Jul 2003 10:52:37 +0200`, `Oct 25, 2025, 1:30:12 PM UTC`.
fn worded(s: &str) -> Option<i64> {
    // Year, month and day are three words, so text of one word (most ids) is not one. Checked
    // byte by byte, as every value that reaches here is: the no-break spaces start with 0xC2
    // and 0xE2, which a few other letters share and `split` then tells apart.
    if !s.bytes().any(|b| matches!(b, b' ' | b',' | 0xC2 | 0xE2)) {
        return None;
    }
    let words = s.split(WORD_BREAKS).filter(|w| !w.is_empty());
    let mut y = None;
    let mut m = None;
    let mut d = None;
    let mut clock = (0, 0, 0);
    let mut half = None;
    let mut off = 0;
    for w in words {
        if w.contains(':') {
            clock = time_of_day(w)?;
        } else if let Some(pm) = afternoon(w).filter(|_| half.is_none()) {
            half = Some(pm);
        } else if w.starts_with(['+', '-']) {
            off = zone_offset(w)?;
        } else if let Some(n) = num(w) {
            if w.len() == 4 {
                y = Some(n);
            } else if w.len() <= 2 {
                d = Some(n);
            } else {
                return None;
            }
        } else if let Some(mi) = month_index(w).filter(|_| w.len() >= 3 && m.is_none()) {
            m = Some(mi);
        } else if !(w.len() >= 3 && is_weekday(w)) && w != "UTC" && w != "GMT" {
            return None;
        }
    }
    let (hh, mm, ss) = on_24_hours(clock, half)?;
    instant(y?, m?, d?, hh, mm, ss, off)
}

fn is_weekday(w: &str) -> bool {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .any(|d| {
            w.get(..3)
                .is_some_and(|first| first.eq_ignore_ascii_case(d))
        })
}

/// `05/01/2024` (US order unless the first number cannot be a month), `01.05.2024` and
/// `01-05-2024` (European order, always day first: a Dutch PayPal download's `Datum`), with a
/// time after them (`3/18/2026, 1:46 PM`, `1/11/2026 8:49:37 AM +00:00`).
fn slashed(s: &str) -> Option<i64> {
    let (date, time) = match s.split_once(' ') {
        Some((d, t)) => (d.trim_end_matches(','), Some(t)),
        None => (s, None),
    };
    let separator = ['.', '-']
        .into_iter()
        .find(|c| date.contains(*c))
        .unwrap_or('/');
    let day_first = separator != '/';
    let mut p = date.split(separator);
    let (a, b, y) = (num(p.next()?)?, num(p.next()?)?, p.next()?);
    if y.len() != 4 || p.next().is_some() {
        return None;
    }
    let (m, d) = if day_first || a > 12 { (b, a) } else { (a, b) };
    let ((hh, mm, ss), off) = match time {
        Some(t) => clock_and_zone(t)?,
        None => ((0, 0, 0), 0),
    };
    instant(num(y)?, m, d, hh, mm, ss, off)
}

/// `10:00`, `1:46 PM`, `8:49:37 AM +00:00`: a time, its half of the day, and its zone.
fn clock_and_zone(t: &str) -> Option<((i64, i64, i64), i64)> {
    let mut words = t.split(WORD_BREAKS).filter(|w| !w.is_empty());
    let clock = time_of_day(words.next()?)?;
    let (mut half, mut off) = (None, 0);
    for w in words {
        match afternoon(w) {
            Some(pm) if half.is_none() => half = Some(pm),
            _ => off = zone_offset(w)?,
        }
    }
    Some((on_24_hours(clock, half)?, off))
}

/// `YYYY-MM-DDTHH:MM:SSZ`, the form most exports write, read by position. Anything else,
/// or a date it cannot be, is left to the general forms.
fn iso_utc_seconds(s: &str) -> Option<i64> {
    const LAYOUT: &[u8; 20] = b"0000-00-00T00:00:00Z";
    let b = s.as_bytes();
    let fits = b.len() == LAYOUT.len()
        && b.iter().zip(LAYOUT).all(|(&c, &l)| {
            if l == b'0' {
                c.is_ascii_digit()
            } else {
                c == l
            }
        });
    if !fits {
        return None;
    }
    let n = |at: usize, len: usize| {
        b[at..at + len]
            .iter()
            .fold(0i64, |v, d| v * 10 + i64::from(d - b'0'))
    };
    instant(n(0, 4), n(5, 2), n(8, 2), n(11, 2), n(14, 2), n(17, 2), 0)
}

/// Every form above holds a year of four digits in a row; text without one (names, most
/// addresses and ids) is not a date, and is known so without trying each form.
fn has_four_digits(s: &str) -> bool {
    let mut run = 0;
    s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    })
}

/// Unix seconds of a date or date-time written in one of the forms above.
pub(crate) fn parse(s: &str) -> Option<i64> {
    let s = super::trim::trim(s);
    if s.len() < 8 || s.len() > 40 || !has_four_digits(s) {
        return None;
    }
    let first = s.as_bytes()[0];
    if first.is_ascii_digit() {
        iso_utc_seconds(s)
            .or_else(|| iso(s))
            .or_else(|| slashed(s))
            .or_else(|| worded(s))
    } else {
        worded(s)
    }
}

/// Formats Unix seconds as an ISO 8601 date-time in UTC, for summaries.
pub fn format_utc(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Inverse of days_from_civil.
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_of_non_ascii_letters_is_not_a_date_and_does_not_panic() {
        assert_eq!(zone_offset("-a日"), None);
        assert_eq!(parse("-a日 aa"), None);
        assert_eq!(parse("1 May 2024 +日日"), None);
        assert_eq!(parse("1 May 2024 +0200"), Some(1_714_514_400));
    }

    #[test]
    fn export_date_forms() {
        let may1 = 1_714_521_600;
        assert_eq!(parse("2024-05-01"), Some(may1));
        assert_eq!(parse("2024-05-01T00:00:00Z"), Some(may1));
        assert_eq!(parse("2024-05-01T02:00:00+02:00"), Some(may1));
        assert_eq!(parse("2024-05-01 00:00:00.123"), Some(may1));
        assert_eq!(parse("2024/05/01"), Some(may1));
        assert_eq!(parse("01 May 2024"), Some(may1));
        assert_eq!(parse("May 1, 2024"), Some(may1));
        assert_eq!(parse("05/01/2024"), Some(may1));
        assert_eq!(parse("01.05.2024"), Some(may1));
        assert_eq!(parse("01-05-2024"), Some(may1));
        assert_eq!(parse("Wed May 01 00:00:00 +0000 2024"), Some(may1));
        assert_eq!(parse("Wed, 1 May 2024 02:00:00 +0200"), Some(may1));
    }

    #[test]
    fn a_twelve_hour_clock_is_read_by_its_half_of_the_day() {
        let may1 = 1_714_521_600;
        assert_eq!(parse("May 1, 2024, 12:00:00 AM UTC"), Some(may1));
        assert_eq!(
            parse("May 1, 2024, 1:30:12 PM UTC"),
            Some(may1 + 13 * 3600 + 1812)
        );
        assert_eq!(
            parse("May 1, 2024, 12:23:02\u{202f}PM UTC"),
            Some(may1 + 12 * 3600 + 1382)
        );
        assert_eq!(
            parse("Wednesday, 1 May 2024, 10:14 AM"),
            Some(may1 + 10 * 3600 + 840)
        );
        assert_eq!(parse("5/1/2024, 1:46 PM"), Some(may1 + 13 * 3600 + 2760));
        assert_eq!(
            parse("5/1/2024 8:49:37 AM +01:00"),
            Some(may1 + 7 * 3600 + 2977)
        );
        assert_eq!(parse("5/1/2024 10:00"), Some(may1 + 10 * 3600));
        assert_eq!(parse("May 1, 2024, 13:00 PM"), None);
        assert_eq!(parse("May 1, 2024, 0:30 AM"), None);
    }

    #[test]
    fn the_common_form_read_by_position_agrees_with_the_general_one() {
        for s in [
            "2022-01-10T00:19:32Z",
            "1999-12-31T23:59:60Z",
            "2024-02-30T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-05-01T24:00:00Z",
            "1899-05-01T00:00:00Z",
        ] {
            assert_eq!(iso_utc_seconds(s), iso(s), "{s}");
        }
        assert_eq!(iso_utc_seconds("2024-05-01T00:00:00+00:00"), None);
        assert!(!has_four_digits("203.0.113.65"));
        assert!(has_four_digits("May 1, 2024"));
    }

    #[test]
    fn non_dates_are_not_dates() {
        for s in [
            "hello world",
            "12345678",
            "2024-13-01",
            "May the force",
            "v1.2.3-beta",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    #[test]
    fn formats_back() {
        assert_eq!(format_utc(1_714_521_600), "2024-05-01T00:00:00Z");
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
    }
}
