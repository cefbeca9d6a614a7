//! Trimming a value, which every cell goes through.

/// `text.trim()`, without looking for Unicode spaces when the value starts and ends with a
/// printable ASCII byte, as nearly every value does.
pub(crate) fn trim(text: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_graphic());
    let bytes = text.as_bytes();
    if visible(bytes.first()) && visible(bytes.last()) {
        text
    } else {
        text.trim()
    }
}

#[cfg(test)]
mod tests {
    use super::trim;

    #[test]
    fn trims_as_str_trim_does() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\u{a0}a\u{3000}",
            "a\t",
            "é",
            " é ",
            "x y",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }
}
