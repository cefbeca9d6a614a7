//! Repairs "mojibake" such as Meta's exports, where UTF-8 bytes were written as one
//! `\u00XX` escape each: `"Rados\u00c5\u0082aw"` reads as "RadosÅ\u{82}aw" instead of
//! "Radosław".

use std::borrow::Cow;

/// Returns the repaired string when `s` is UTF-8 bytes spelled as Latin-1 characters and
/// those bytes form valid UTF-8; otherwise `s` unchanged. A genuine Latin-1 string such as
/// "café" is left alone because its bytes are not valid UTF-8.
pub(crate) fn repair(s: &str) -> Cow<'_, str> {
    if s.is_ascii()
        || !s.chars().any(|c| ('\u{80}'..='\u{ff}').contains(&c))
        || s.chars().any(|c| c > '\u{ff}')
    {
        return Cow::Borrowed(s);
    }
    let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    match String::from_utf8(bytes) {
        Ok(fixed) => Cow::Owned(fixed),
        Err(_) => Cow::Borrowed(s),
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn repairs_meta_mojibake() {
        assert_eq!(repair("Rados\u{00c5}\u{0082}aw"), "Radosław");
        assert_eq!(repair("\u{00f0}\u{009f}\u{0098}\u{0080}"), "😀");
    }

    #[test]
    fn leaves_real_text_alone() {
        assert_eq!(repair("café"), "café");
        assert_eq!(repair("plain"), "plain");
        assert_eq!(repair("Łódź"), "Łódź");
    }
}
