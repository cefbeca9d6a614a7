//! Matching the words of a rule against the tokens of a key path.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::records::tokens::key_tokens;

thread_local! {
    /// The tokens of each rule phrase, split once: every field is matched against hundreds of
    /// phrases, and splitting them again for each field was most of the time spent classifying
    /// a table of many fields.
    static PHRASE_TOKENS: RefCell<HashMap<String, Rc<[String]>>> = RefCell::default();
}

pub(crate) fn phrase_tokens(phrase: &str) -> Rc<[String]> {
    PHRASE_TOKENS.with(|cache| {
        if let Some(words) = cache.borrow().get(phrase) {
            return words.clone();
        }
        let words: Rc<[String]> = key_tokens(phrase).into();
        cache.borrow_mut().insert(phrase.to_owned(), words.clone());
        words
    })
}

/// True when the tokens of `phrase` occur in a row in `tokens`.
pub(crate) fn contains_phrase(tokens: &[String], phrase: &str) -> bool {
    let words = phrase_tokens(phrase);
    !words.is_empty() && tokens.windows(words.len()).any(|w| w == &words[..])
}

/// True when `tokens` ends with the tokens of `phrase`.
pub(crate) fn ends_with_phrase(tokens: &[String], phrase: &str) -> bool {
    let words = phrase_tokens(phrase);
    !words.is_empty() && tokens.ends_with(&words)
}

/// The first of `phrases` found in `tokens`.
pub(crate) fn first_match<'p>(tokens: &[String], phrases: &'p [String]) -> Option<&'p str> {
    phrases
        .iter()
        .find(|p| contains_phrase(tokens, p))
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_tokens_only() {
        let t = key_tokens("loginIp");
        assert!(contains_phrase(&t, "ip"));
        assert!(!contains_phrase(&key_tokens("ipsum"), "ip"));
        assert!(!contains_phrase(&key_tokens("passportNumber"), "pass"));
        assert!(contains_phrase(
            &key_tokens("device.userAgent"),
            "user agent"
        ));
        assert!(!contains_phrase(&key_tokens("userAgent"), "user name"));
    }
}
