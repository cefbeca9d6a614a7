//! The type of one value, inferred from its text. Values keep their original text; the kind
//! only tells how to sort, chart and classify them.

use serde::Serialize;

use super::datetime;
use super::trim::trim;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    /// JSON null or an empty CSV cell.
    Empty,
    String,
    Integer,
    Decimal,
    Boolean,
    DateTime,
    /// An array of scalars, kept as one value with its items joined by "; ".
    List,
}

impl ValueKind {
    pub const ALL: [ValueKind; 7] = [
        ValueKind::Empty,
        ValueKind::String,
        ValueKind::Integer,
        ValueKind::Decimal,
        ValueKind::Boolean,
        ValueKind::DateTime,
        ValueKind::List,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn name(self) -> &'static str {
        match self {
            ValueKind::Empty => "empty",
            ValueKind::String => "string",
            ValueKind::Integer => "integer",
            ValueKind::Decimal => "decimal",
            ValueKind::Boolean => "boolean",
            ValueKind::DateTime => "date/time",
            ValueKind::List => "list",
        }
    }
}

/// The kind of a value given as text (a CSV cell, a JSON string). Numeric strings are
/// numbers, as exports often quote them; a leading zero keeps an identifier a string
/// ("007", phone numbers), since reading it as a number would lose the zero.
pub fn infer(text: &str) -> ValueKind {
    Typed::infer(text).kind
}

/// A value's kind, and the instant it names when it is a date (Unix seconds): the reader that
/// typed a date has parsed it already, and statistics need the instant too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Typed {
    pub kind: ValueKind,
    pub instant: Option<i64>,
}

impl Typed {
    /// The kind of `text`, as [`infer`] gives it.
    pub fn infer(text: &str) -> Typed {
        let of = |kind| Typed {
            kind,
            instant: None,
        };
        let t = trim(text);
        if t.is_empty() {
            return of(ValueKind::Empty);
        }
        if (t.len() == 4 || t.len() == 5)
            && (t.eq_ignore_ascii_case("true") || t.eq_ignore_ascii_case("false"))
        {
            return of(ValueKind::Boolean);
        }
        if let Some(kind) = number_kind(t) {
            return of(kind);
        }
        match datetime::parse(t) {
            Some(instant) => Typed {
                kind: ValueKind::DateTime,
                instant: Some(instant),
            },
            None => of(ValueKind::String),
        }
    }

    /// `text` of a known `kind`, with its instant when it is a date.
    pub fn known(text: &str, kind: ValueKind) -> Typed {
        let instant = match kind {
            ValueKind::DateTime => datetime::parse(text),
            _ => None,
        };
        Typed { kind, instant }
    }
}

/// Integer or decimal when `t` is a plain number.
pub(crate) fn number_kind(t: &str) -> Option<ValueKind> {
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if digits.is_empty() || digits.len() > 40 {
        return None;
    }
    let leading_zero = digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0.");
    if leading_zero {
        return None;
    }
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        return Some(ValueKind::Integer);
    }
    // The cheap byte checks first: most text fails them before a float is parsed.
    let is_decimal = digits.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| {
            b.is_ascii_digit() || b == b'.' || b == b'e' || b == b'E' || b == b'-' || b == b'+'
        })
        && digits.parse::<f64>().is_ok_and(f64::is_finite);
    is_decimal.then_some(ValueKind::Decimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(infer(""), ValueKind::Empty);
        assert_eq!(infer("42"), ValueKind::Integer);
        assert_eq!(infer("-3.5"), ValueKind::Decimal);
        assert_eq!(infer("1e5"), ValueKind::Decimal);
        assert_eq!(infer("007"), ValueKind::String);
        assert_eq!(infer("TRUE"), ValueKind::Boolean);
        assert_eq!(infer("2024-05-01T10:00:00Z"), ValueKind::DateTime);
        assert_eq!(infer("01 May 2024"), ValueKind::DateTime);
        assert_eq!(infer("Radosław"), ValueKind::String);
        assert_eq!(infer("inf"), ValueKind::String);
        assert_eq!(infer("NaN"), ValueKind::String);
        assert_eq!(infer(" 42\u{a0}"), ValueKind::Integer);
        assert_eq!(infer("\u{3000}true"), ValueKind::Boolean);
    }
}
