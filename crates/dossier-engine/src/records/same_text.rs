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
    if a.len() <= 32 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    a == b
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
        let long = "x".repeat(100);
        assert!(same_text(&long, &long.clone()));
        assert!(!same_text(&long, &format!("{}y", &long[1..])));
    }
}
