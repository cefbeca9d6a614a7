//! File, folder and field names in presenter mode. Names carry people too (Facebook's
//! `inbox/janedoe_1234/`, an object keyed by e-mail address), but most are the export's
//! structure and must stay readable. A name is kept when every word in it is one the policy
//! pack uses (its text and its rules) or one of the words of exports' structure in
//! `structure_words.txt` (written by `scripts/structure-words.py` from the corpus's field and
//! file names); any other name becomes an opaque stand-in. Unknown words are masked, not known ones kept by luck: a name no rule foresaw
//! is hidden.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, MatchKind};
use dossier_policy::PolicyPack;
use serde_json::Value;

use super::Mask;
use crate::records::tokens::key_tokens;

/// Numbers of a series or a date in a name (`message_1.json`, `2024-03-11.json`) say nothing
/// of a person; longer digit runs are ids and phone numbers.
const SERIES_DIGITS: usize = 4;
/// Longest extension split off a file's name before its words are read.
const EXTENSION_CHARS: usize = 5;
/// Shortest masked part replaced in free text: shorter ones would hit parts of other words.
const MIN_RENAMED_CHARS: usize = 3;

/// Words that many exports use in their field and file names.
const STRUCTURE_WORDS: &str = include_str!("structure_words.txt");

/// The words a name may hold and stay shown: the structure words, and every word of the pack's
/// text and rules, as key names tokenize.
pub(super) fn vocabulary(pack: &PolicyPack) -> HashSet<String> {
    let mut words: HashSet<String> = STRUCTURE_WORDS.lines().map(str::to_owned).collect();
    // The pack's own data, walked whole: words a new rule field brings count without code here.
    let value = serde_json::to_value(pack).unwrap_or(Value::Null);
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => words.extend(key_tokens(s)),
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => {
                stack.extend(map.values());
                words.extend(map.keys().flat_map(|k| key_tokens(k)));
            }
            _ => {}
        }
    }
    words
}

impl Mask {
    /// Whether every word of `name` is the export's structure rather than someone's data.
    fn tells_nothing(&self, name: &str) -> bool {
        key_tokens(name).iter().all(|word| {
            let stem = word.trim_end_matches(|c: char| c.is_ascii_digit());
            let digits = word.len() - stem.len();
            digits <= SERIES_DIGITS && (stem.is_empty() || self.vocabulary.contains(stem))
        })
    }

    /// A `/`-separated path of the export (or the export's own file name) as presenter mode
    /// shows it: known names kept, others `folder-3f2a` or `file-9b1c.json`.
    pub fn path(&self, path: &str) -> String {
        let parts: Vec<&str> = path.split('/').collect();
        let last = parts.len() - 1;
        parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let (stem, extension) = split_extension(part);
                if self.tells_nothing(stem) {
                    (*part).to_owned()
                } else if i == last {
                    let digest = self.digest("path", part, 4);
                    match extension {
                        Some(ext) => format!("file-{digest}.{ext}"),
                        None => format!("file-{digest}"),
                    }
                } else {
                    format!("folder-{}", self.digest("path", part, 4))
                }
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    /// A field's key path (`data[].user.name`) or column as presenter mode shows it.
    pub fn field(&self, field: &str) -> String {
        field
            .split('.')
            .map(|part| {
                let name = part.trim_end_matches("[]");
                if self.tells_nothing(name) {
                    part.to_owned()
                } else {
                    let list = &part[name.len()..];
                    format!("field-{}{list}", self.digest("field", name, 4))
                }
            })
            .collect::<Vec<_>>()
            .join(".")
    }
}

/// What masked `paths` and `fields` (each a real name and how it is shown) become, part by
/// part, to replace in sentences that quote them (evidence, problem messages).
pub(super) fn renames<'a>(
    paths: impl IntoIterator<Item = (&'a str, &'a str)>,
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Renames {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut add = |raw: &str, shown: &str| {
        if raw != shown && raw.chars().count() >= MIN_RENAMED_CHARS {
            pairs.push((raw.to_owned(), shown.to_owned()));
        }
    };
    for (path, shown) in paths {
        for (raw, shown) in path.split('/').zip(shown.split('/')) {
            add(raw, shown);
        }
    }
    for (field, shown) in fields {
        for (raw, shown) in field.split('.').zip(shown.split('.')) {
            add(raw.trim_end_matches("[]"), shown.trim_end_matches("[]"));
        }
    }
    pairs.sort();
    pairs.dedup();
    Renames::new(pairs)
}

/// Masked names to replace in free text, found in one pass whatever their number (an export
/// of thousands of files quotes its paths in thousands of sentences).
#[derive(Debug)]
pub struct Renames {
    finder: Option<AhoCorasick>,
    shown: Vec<String>,
}

impl Renames {
    fn new(pairs: Vec<(String, String)>) -> Renames {
        // The longest name at a place wins, so `janedoe_1234` is replaced whole, not as the
        // `janedoe` in it.
        let finder = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(pairs.iter().map(|p| p.0.as_str()))
            .ok();
        Renames {
            finder,
            shown: pairs.into_iter().map(|p| p.1).collect(),
        }
    }

    /// `text` with every masked name in it replaced where it stands as a whole word.
    pub fn apply(&self, text: &str) -> String {
        let Some(finder) = &self.finder else {
            return text.to_owned();
        };
        let word_edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
        let mut out = String::with_capacity(text.len());
        let mut done = 0;
        for found in finder.find_iter(text) {
            let (at, end) = (found.start(), found.end());
            if word_edge(text[..at].chars().next_back()) && word_edge(text[end..].chars().next()) {
                out.push_str(&text[done..at]);
                out.push_str(&self.shown[found.pattern().as_usize()]);
                done = end;
            }
        }
        out.push_str(&text[done..]);
        out
    }
}

/// `photo.jpg` to (`photo`, `jpg`); a name without a short alphanumeric extension is all stem.
fn split_extension(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (1..=EXTENSION_CHARS).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            (stem, Some(ext))
        }
        _ => (name, None),
    }
}
