//! Splitting text into words, remembering where each word is so that snippets can mark it.

use std::ops::Range;

/// A word of a text: its byte range in the text and its lowercase form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    pub range: Range<usize>,
    pub lower: String,
}

/// Words are runs of letters and digits; an apostrophe between letters stays inside the word
/// ("children’s") so the stemmer can strip the possessive. Typographic apostrophes become
/// ASCII ones because that is what the stemmer knows.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                end = i + c.len_utf8();
                chars.next();
            } else if is_apostrophe(c) && text[i + c.len_utf8()..].starts_with(char::is_alphabetic)
            {
                chars.next();
            } else {
                break;
            }
        }
        let lower = text[start..end]
            .chars()
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        out.push(Word {
            range: start..end,
            lower,
        });
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Very common English words that say nothing about what a section is about. They are
/// indexed (phrases need them) but a query does not search for them on their own.
pub(crate) fn is_stop_word(word: &str) -> bool {
    const STOP_WORDS: &[&str] = &[
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
        "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "we", "were", "will",
        "with", "you", "your",
    ];
    STOP_WORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowers(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.lower).collect()
    }

    #[test]
    fn words_are_lowercased_and_located() {
        let text = "Device/IP Information, “Cookies”";
        let found = words(text);
        assert_eq!(lowers(text), ["device", "ip", "information", "cookies"]);
        assert_eq!(&text[found[3].range.clone()], "Cookies");
    }

    #[test]
    fn apostrophes_inside_words_are_kept_and_made_ascii() {
        assert_eq!(
            lowers("children’s data, don't"),
            ["children's", "data", "don't"]
        );
        assert_eq!(lowers("the users’ rights"), ["the", "users", "rights"]);
    }
}
