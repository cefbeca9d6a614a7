//! A value's stand-in by its shape: an e-mail address stays an e-mail address, an IP address an
//! IP address, so that a masked screen still says what kind of data the company holds. What has
//! no recognised shape becomes a description of itself ("[text, 42 characters]"): nothing of an
//! unknown value is shown, which is what makes the mask safe for values no rule foresaw.

use dossier_policy::Detector;

use super::Mask;
use crate::classify::detectors;
use crate::records::datetime;
use crate::records::tokens::key_tokens;
use crate::search::normalize::{ip_address, phone_digits};

/// Integers with at most this many digits (counts, years, small amounts) are shown as they are;
/// longer ones are ids, account or postal numbers.
const PLAIN_INTEGER_DIGITS: usize = 4;
/// Text this short without digits (a country code, `en`, `USD`) says too little to mask.
const PLAIN_TEXT_CHARS: usize = 3;
/// Words of a person's name, at most: longer text is free text.
const NAME_WORDS: usize = 4;
/// How text without a shape begins once described.
const TEXT_PREFIX: &str = "[text, ";
/// How items of a list of scalars are joined in a value (see `ValueKind::List`).
const LIST_SEPARATOR: &str = "; ";

/// Words of a field's name that say its values are people's names, when all its words are
/// among them (`sender_name`, `firstName`; not `app_name`).
const NAME_FIELD_WORDS: &[&str] = &[
    "name",
    "names",
    "first",
    "last",
    "full",
    "given",
    "family",
    "middle",
    "display",
    "screen",
    "real",
    "legal",
    "preferred",
    "user",
    "contact",
    "firstname",
    "lastname",
    "fullname",
    "surname",
    "username",
    "nickname",
    "displayname",
    "author",
    "sender",
    "recipient",
    "owner",
];
/// Words of a field's name that say its integers are times (Unix seconds or milliseconds).
const TIME_FIELD_WORDS: &[&str] = &[
    "time",
    "timestamp",
    "date",
    "at",
    "created",
    "updated",
    "modified",
    "ts",
    "when",
];
/// Digits of Unix seconds and milliseconds of the years 2001 to 2286.
const UNIX_SECONDS_DIGITS: usize = 10;
const UNIX_MILLIS_DIGITS: usize = 13;
/// Words of a field's name that say its integers are measures, shown as they are however long.
const MEASURE_FIELD_WORDS: &[&str] = &[
    "ms", "millis", "seconds", "secs", "minutes", "duration", "count", "size", "bytes", "length",
    "width", "height", "total", "amount", "price", "cost",
];
/// Words of a field's name that say its decimals are degrees of latitude or longitude.
const COORDINATE_FIELD_WORDS: &[&str] = &["lat", "lng", "lon", "latitude", "longitude", "long"];
/// Words of a field's name that say its digits are a phone number.
const PHONE_FIELD_WORDS: &[&str] = &["phone", "mobile", "tel", "telephone", "msisdn", "fax"];
/// Words that are the same whoever they describe.
const PLAIN_WORDS: &[&str] = &["true", "false", "yes", "no", "null", "none", "n/a"];

/// The value as presenter mode shows it; `field` is the key path or column it sits in.
pub(super) fn masked(mask: &Mask, text: &str, field: &str) -> String {
    let t = text.trim();
    if t.is_empty() || PLAIN_WORDS.contains(&t.to_lowercase().as_str()) {
        return text.to_owned();
    }
    if detectors::accepts(Detector::UserAgent, t) {
        return format!("[user agent, {} characters]", t.chars().count());
    }
    // A list of scalars keeps its items' shapes (e-mails, names, ids); text that only holds the
    // separator (a sentence with a semicolon) is described whole.
    if t.contains(LIST_SEPARATOR) {
        let items: Vec<String> = t
            .split(LIST_SEPARATOR)
            .map(|item| masked(mask, item, field))
            .collect();
        if !items.iter().any(|item| item.starts_with(TEXT_PREFIX)) {
            return items.join(LIST_SEPARATOR);
        }
        return described(t);
    }
    let words = key_tokens(field.rsplit('.').next().unwrap_or(field));
    let says = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let person = !words.is_empty() && words.iter().all(|w| NAME_FIELD_WORDS.contains(&w.as_str()));
    if detectors::accepts(Detector::Email, t) {
        return format!(
            "person-{}@example.invalid",
            mask.digest("email", &t.to_lowercase(), 4)
        );
    }
    if let Some(ip) = ip_address(t) {
        return documentation_address(mask, &ip.to_string(), ip.is_ipv4());
    }
    if t.starts_with("data:") {
        return format!("[embedded data, {} characters]", t.chars().count());
    }
    if is_link(t) {
        return format!("https://example.invalid/{}", mask.digest("link", t, 6));
    }
    let field_says = FieldSays {
        coordinate: says(COORDINATE_FIELD_WORDS),
        phone: says(PHONE_FIELD_WORDS),
        measure: says(MEASURE_FIELD_WORDS),
        time: says(TIME_FIELD_WORDS),
    };
    if let Some(shown) = number(mask, t, &field_says) {
        return shown;
    }
    if let Some(shown) = coordinate_pair(t) {
        return shown;
    }
    if let Some(secs) = datetime::parse(t) {
        return month_of(secs);
    }
    if let Some(digits) = phone_digits(t) {
        return fictional_phone(mask, &digits);
    }
    if person && is_name(t) {
        // However it is written, one name is one person.
        return format!("Person {}", mask.number("name", &t.to_lowercase(), 10_000));
    }
    let chars = t.chars().count();
    if chars <= PLAIN_TEXT_CHARS && !t.chars().any(|c| c.is_ascii_digit()) {
        return text.to_owned();
    }
    if !t.contains(char::is_whitespace) && t.chars().any(|c| c.is_ascii_digit()) {
        return format!("id-{}", mask.digest("id", t, 6));
    }
    described(t)
}

/// Free text by its length only.
fn described(t: &str) -> String {
    format!("{TEXT_PREFIX}{} characters]", t.chars().count())
}

fn is_link(t: &str) -> bool {
    let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.")
}

/// One to four words of letters (`Jane`, `Jane Q. Doe`, `O'Brien-Smith`).
fn is_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() <= NAME_WORDS
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | ','))
        })
}

/// What a field's name says of its numbers.
struct FieldSays {
    time: bool,
    coordinate: bool,
    phone: bool,
    measure: bool,
}

/// A number: small integers, measures and ordinary decimals as they are, coordinates to about
/// 10 km, long integers as ids (or, in a phone field, as a fictional phone number).
fn number(mask: &Mask, t: &str, field: &FieldSays) -> Option<String> {
    let unsigned = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    if fraction.is_empty() {
        if field.time && t == unsigned {
            if let Some(month) = unix_month(whole) {
                return Some(month);
            }
        }
        return Some(if field.phone && whole.len() >= 7 {
            fictional_phone(mask, whole)
        } else if whole.len() <= PLAIN_INTEGER_DIGITS || field.measure {
            t.to_owned()
        } else {
            format!("id-{}", mask.digest("id", t, 6))
        });
    }
    let value: f64 = t.parse().ok()?;
    // Scores and shares lie within ±1; a decimal with a long fraction beyond that is likely a
    // degree of latitude or longitude even where the field's name does not say so.
    let degrees =
        value.abs() <= 180.0 && (field.coordinate || fraction.len() >= 4 && value.abs() > 1.0);
    Some(if degrees {
        format!("{value:.1}")
    } else {
        t.to_owned()
    })
}

/// The month of Unix seconds or milliseconds.
fn unix_month(digits: &str) -> Option<String> {
    let n: i64 = digits.parse().ok()?;
    let secs = match digits.len() {
        UNIX_SECONDS_DIGITS => n,
        UNIX_MILLIS_DIGITS => n / 1000,
        _ => return None,
    };
    Some(month_of(secs))
}

/// `YYYY-MM` of Unix seconds: the month says when something happened, where the day of a birth
/// date says who it was.
fn month_of(secs: i64) -> String {
    datetime::format_utc(secs)[..7].to_owned()
}

/// `"40.712776, -74.005974"` to a tenth of a degree each.
fn coordinate_pair(t: &str) -> Option<String> {
    if !detectors::accepts(Detector::CoordinatePair, t) {
        return None;
    }
    let (lat, lng) = t.split_once(',')?;
    let lat: f64 = lat.trim().parse().ok()?;
    let lng: f64 = lng.trim().parse().ok()?;
    Some(format!("{lat:.1}, {lng:.1}"))
}

/// A number of the UK's range for drama (07700 900000 to 900999): it rings no one.
fn fictional_phone(mask: &Mask, digits: &str) -> String {
    format!("+44 7700 900{:03}", mask.number("phone", digits, 1000))
}

/// An address of the ranges kept for documentation (RFC 5737, RFC 3849).
fn documentation_address(mask: &Mask, ip: &str, v4: bool) -> String {
    if v4 {
        let n = mask.number("ip", ip, 3 * 256);
        let net = ["192.0.2", "198.51.100", "203.0.113"][(n / 256) as usize];
        format!("{net}.{}", n % 256)
    } else {
        let h = mask.digest("ip", ip, 8);
        format!("2001:db8::{}:{}", &h[..4], &h[4..])
    }
}
