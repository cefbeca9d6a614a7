//! Reading what the user typed: loose words, "quoted phrases", and a last word that may still
//! be being typed.

use super::tokenize::{is_stop_word, words};

/// A query split into its parts, all lowercase; stems and synonyms are the index's business.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ParsedQuery {
    /// Words that may each match, stop words removed.
    pub words: Vec<String>,
    /// The last word when the query ends in the middle of it: it also matches longer words.
    pub prefix: Option<String>,
    /// Phrases in quotes; a section must contain each of them, word for word.
    pub phrases: Vec<Vec<String>>,
}

impl ParsedQuery {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.prefix.is_none() && self.phrases.is_empty()
    }
}

/// Shorter prefixes would match most of the vocabulary and say little.
const MIN_PREFIX_CHARS: usize = 2;

pub(crate) fn parse(query: &str) -> ParsedQuery {
    let mut parsed = ParsedQuery::default();
    let mut loose = String::new();
    let mut rest = query;
    // Text between a pair of quotes is a phrase; an unclosed quote is treated as loose words,
    // since the user is probably still typing the phrase.
    while let Some(open) = rest.find('"') {
        loose.push_str(&rest[..open]);
        loose.push(' ');
        let after = &rest[open + 1..];
        match after.find('"') {
            Some(close) => {
                let phrase: Vec<String> = words(&after[..close])
                    .into_iter()
                    .map(|w| w.lower)
                    .collect();
                if !phrase.is_empty() {
                    parsed.phrases.push(phrase);
                }
                rest = &after[close + 1..];
            }
            None => rest = after,
        }
    }
    loose.push_str(rest);

    let mut loose_words: Vec<String> = words(&loose).into_iter().map(|w| w.lower).collect();
    let typing_last_word = rest.chars().last().is_some_and(char::is_alphanumeric);
    if typing_last_word {
        if let Some(last) = loose_words.pop() {
            if !is_stop_word(&last) {
                if last.chars().count() >= MIN_PREFIX_CHARS {
                    parsed.prefix = Some(last);
                } else {
                    loose_words.push(last);
                }
            }
        }
    }
    parsed.words = loose_words
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .collect();
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_words_and_prefix_are_told_apart() {
        let q = parse(r#"the "privacy shield" transfer childr"#);
        assert_eq!(q.words, ["transfer"]);
        assert_eq!(q.prefix.as_deref(), Some("childr"));
        assert_eq!(q.phrases, [vec!["privacy".to_owned(), "shield".to_owned()]]);
    }

    #[test]
    fn a_trailing_space_or_quote_ends_the_last_word() {
        assert_eq!(parse("delete ").prefix, None);
        assert_eq!(parse("delete ").words, ["delete"]);
        assert_eq!(parse(r#""delete""#).prefix, None);
    }

    #[test]
    fn an_unclosed_quote_reads_as_loose_words() {
        let q = parse(r#""privacy sh"#);
        assert!(q.phrases.is_empty());
        assert_eq!(q.words, ["privacy"]);
        assert_eq!(q.prefix.as_deref(), Some("sh"));
    }

    #[test]
    fn stop_words_alone_make_an_empty_query() {
        assert!(parse("the of and").is_empty());
        assert!(parse("  ").is_empty());
    }
}
