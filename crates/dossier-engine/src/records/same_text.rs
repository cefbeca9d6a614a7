//! Equality of the short texts the scan compares for every cell (a table's name, a column's
//! name, a column's value against the one before it). `==` on strings calls the C library's
//! `memcmp`, whose call costs more than comparing a dozen bytes: on a long CSV it was the
//! largest single cost of the scan.

/// Whether `a` and `b` are the same text.
#[inline]
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let n = a.len();
    if n < 8 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    if n > 32 {
        return a == b;
    }
    // Eight bytes at a time, the last eight first: texts that differ mostly differ at their end
    // (the seconds of a time, a counter), and a byte at a time was most of a value's cost.
    let word = |s: &[u8], at: usize| u64::from_ne_bytes(s[at..at + 8].try_into().unwrap());
    word(a, n - 8) == word(b, n - 8) && (0..n - 8).step_by(8).all(|at| word(a, at) == word(b, at))
}

#[cfg(test)]
mod tests {
    use super::same_text;

    #[test]
    fn compares_short_and_long_texts() {
        assert!(same_text("", ""));
        assert!(same_text("event_id", "event_id"));
        assert!(!same_text("event_id", "event_iD"));
        assert!(!same_text("a", "ab"));
        assert!(same_text("2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"));
        assert!(!same_text("2024-05-01T10:00:00Z", "2024-05-01T10:00:01Z"));
        assert!(!same_text("2024-05-01T10:00:00Z", "2025-05-01T10:00:00Z"));
        let long = "x".repeat(100);
        assert!(same_text(&long, &long.clone()));
        assert!(!same_text(&long, &format!("{}y", &long[1..])));
    }
}
