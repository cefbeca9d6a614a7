//! Matching the words of a rule against the tokens of a key path.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::records::tokens::key_tokens;

thread_local! {
    /// The tokens of each rule phrase, split once: every field is matched against hundreds of
    /// phrases, and splitting them again for each field was most of the time spent classifying
    /// a table of many fields.
    static PHRASE_TOKENS: RefCell<FxHashMap<String, Rc<[String]>>> = RefCell::default();
}

/// True when `phrase` is one lowercase word, which is its own only token. Most rule words are,
/// and they are matched as they are: looking them up in the cache of split phrases, for every
/// field and every rule, was most of the time spent classifying an export of many files.
fn one_word(phrase: &str) -> bool {
    !phrase.is_empty()
        && phrase
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// How many tokens `phrase` has.
pub(crate) fn phrase_len(phrase: &str) -> usize {
    if one_word(phrase) {
        1
    } else {
        phrase_tokens(phrase).len()
    }
}

/// True when `tokens` are exactly the tokens of `phrase`.
pub(crate) fn is_phrase(tokens: &[String], phrase: &str) -> bool {
    if one_word(phrase) {
        matches!(tokens, [only] if only == phrase)
    } else {
        *phrase_tokens(phrase) == *tokens
    }
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

/// True when the tokens of `phrase` occur in a row in `tokens`, or written as one word: many
/// APIs run words together in lower case (`firstname`, `emailaddress`, `lastmodifieddate`).
pub(crate) fn contains_phrase(tokens: &[String], phrase: &str) -> bool {
    phrase_position(tokens, phrase).is_some()
}

/// True when `token` is `words` written without spaces.
fn is_run_together(token: &str, words: &[String]) -> bool {
    token.len() == words.iter().map(String::len).sum::<usize>()
        && words
            .iter()
            .try_fold(token, |rest, w| rest.strip_prefix(w.as_str()))
            .is_some()
}

/// Where the tokens of `phrase` start in `tokens` (the first place), as [`contains_phrase`]
/// matches them.
pub(crate) fn phrase_position(tokens: &[String], phrase: &str) -> Option<usize> {
    if one_word(phrase) {
        return tokens.iter().position(|t| t == phrase);
    }
    let words = phrase_tokens(phrase);
    if words.is_empty() {
        return None;
    }
    tokens
        .windows(words.len())
        .position(|w| w == &words[..])
        .or_else(|| {
            (words.len() > 1)
                .then(|| tokens.iter().position(|t| is_run_together(t, &words)))
                .flatten()
        })
}

/// True when `tokens` ends with the tokens of `phrase`.
pub(crate) fn ends_with_phrase(tokens: &[String], phrase: &str) -> bool {
    if one_word(phrase) {
        return tokens.last().is_some_and(|t| t == phrase);
    }
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
        assert!(contains_phrase(&key_tokens("firstname"), "first name"));
        assert!(contains_phrase(
            &key_tokens("hs_lead_status"),
            "lead status"
        ));
        assert!(!contains_phrase(&key_tokens("firstnames"), "first name"));
    }
}
