//! Text helpers shared by loading and validation.

/// Collapses every run of whitespace (including line breaks) into one space and trims the
/// ends. Pack authors may wrap long text over several lines; the words are what count.
pub(crate) fn normalize_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Occurrences of `needle` in `haystack`, overlapping ones included, so that a quote is only
/// called unique when no other match of it starts anywhere else.
pub(crate) fn count_occurrences(haystack: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    haystack
        .char_indices()
        .filter(|(i, _)| haystack[*i..].starts_with(needle))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_runs_and_line_breaks_become_one_space() {
        assert_eq!(normalize_whitespace("  a\n  b\t\tc "), "a b c");
    }

    #[test]
    fn overlapping_occurrences_are_counted() {
        assert_eq!(count_occurrences("aaa", "aa"), 2);
        assert_eq!(count_occurrences("abc", "d"), 0);
        assert_eq!(count_occurrences("abc", ""), 0);
    }
}
