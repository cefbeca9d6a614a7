//! X/Twitter archives wrap JSON in JavaScript: `window.YTD.tweets.part0 = [ ... ]` or
//! `window.__THAR_CONFIG = { ... };`, and the classic archive before 2018 wrote
//! `Grailbird.data.tweets_2014_05 = [ ... ]` and `var tweet_index = [ ... ]`. The assignment is
//! checked and removed, a trailing `;` is dropped, and the rest is read as JSON. Nothing is ever
//! executed.

use std::io::{self, BufRead, Read};

/// Longest assignment prefix accepted before the `=`.
const MAX_PREFIX: usize = 256;

#[derive(Debug, thiserror::Error)]
pub(crate) enum JsWrapError {
    #[error("it is a JavaScript file that does not start with `window.<name> = `, `Grailbird.data.<name> = ` or `var <name> = `, the forms X/Twitter archives use; it was not read")]
    NotWrapped,
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// What an archive assigns its data to, before the name: the newer archive's `window.YTD.…`,
/// the classic archive's monthly `Grailbird.data.tweets_…` and its `var tweet_index`.
const TARGETS: &[&str] = &["window.", "Grailbird.data.", "var "];

/// Consumes `<target><name> =` from the start of `reader` and returns the name.
pub(crate) fn strip_assignment<R: BufRead>(reader: &mut R) -> Result<String, JsWrapError> {
    let mut prefix = Vec::new();
    reader
        .take(MAX_PREFIX as u64)
        .read_until(b'=', &mut prefix)?;
    if prefix.last() != Some(&b'=') {
        return Err(JsWrapError::NotWrapped);
    }
    let target = std::str::from_utf8(&prefix[..prefix.len() - 1])
        .map_err(|_| JsWrapError::NotWrapped)?
        .trim();
    let name = TARGETS
        .iter()
        .find_map(|prefix| target.strip_prefix(prefix))
        .ok_or(JsWrapError::NotWrapped)?
        .trim_start();
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$');
    if valid {
        Ok(name.to_owned())
    } else {
        Err(JsWrapError::NotWrapped)
    }
}

/// Passes JSON through, turning a `;` that stands outside any string and any bracket into
/// a space, so the statement's closing semicolon does not read as trailing garbage.
pub(crate) struct StatementEnd<R> {
    inner: R,
    depth: i64,
    in_string: bool,
    escaped: bool,
}

impl<R> StatementEnd<R> {
    pub fn new(inner: R) -> Self {
        StatementEnd {
            inner,
            depth: 0,
            in_string: false,
            escaped: false,
        }
    }
}

impl<R: Read> Read for StatementEnd<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for b in &mut buf[..n] {
            if self.in_string {
                match (*b, self.escaped) {
                    (_, true) => self.escaped = false,
                    (b'\\', false) => self.escaped = true,
                    (b'"', false) => self.in_string = false,
                    _ => {}
                }
                continue;
            }
            match *b {
                b'"' => self.in_string = true,
                b'[' | b'{' => self.depth += 1,
                b']' | b'}' => self.depth -= 1,
                b';' if self.depth == 0 => *b = b' ',
                _ => {}
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_twitter_assignments() {
        let mut r = io::Cursor::new(b"window.YTD.tweets.part0 = [1]".to_vec());
        assert_eq!(strip_assignment(&mut r).unwrap(), "YTD.tweets.part0");
        let mut rest = String::new();
        r.read_to_string(&mut rest).unwrap();
        assert_eq!(rest.trim(), "[1]");
        let mut bad = io::Cursor::new(b"alert(1); x = [1]".to_vec());
        assert!(strip_assignment(&mut bad).is_err());
    }

    #[test]
    fn strips_the_classic_archives_assignments() {
        let mut month = io::Cursor::new(b"Grailbird.data.tweets_2014_05 = \n[1]".to_vec());
        assert_eq!(strip_assignment(&mut month).unwrap(), "tweets_2014_05");
        let mut index = io::Cursor::new(b"var tweet_index =  [1]".to_vec());
        assert_eq!(strip_assignment(&mut index).unwrap(), "tweet_index");
        let mut statement = io::Cursor::new(b"var a; b = [1]".to_vec());
        assert!(strip_assignment(&mut statement).is_err());
    }

    #[test]
    fn drops_only_the_statement_semicolon() {
        let mut out = String::new();
        StatementEnd::new(&br#"{"a": "x;y"};"#[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, r#"{"a": "x;y"} "#);
    }
}
