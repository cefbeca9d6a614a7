//! Snippets: a short stretch of a section around the words that matched, with those words
//! marked by byte ranges, so a UI can show them as plain text without any markup.

use serde::Serialize;

use super::index::{Field, Passage};

/// A passage no longer than this (in bytes) is shown whole.
const WHOLE_PASSAGE_BYTES: usize = 240;
/// Otherwise this many words are shown, starting a few words before a match.
const WINDOW_WORDS: usize = 32;
const WORDS_BEFORE_MATCH: usize = 6;
const ELLIPSIS: &str = "…";

/// A word of a passage that matched part of the query.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MarkedWord {
    /// Index of the word in the passage.
    pub word: usize,
    /// Index of the query clause it matched.
    pub clause: usize,
}

/// A piece of text with the matched words marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Plain text, whitespace normalized; "…" where the passage was cut.
    pub text: String,
    /// Byte ranges `(start, end)` of `text` holding matched words, in order, not overlapping.
    pub marks: Vec<(usize, usize)>,
    /// The same text cut at the marks, for renderers that prefer not to count bytes.
    pub parts: Vec<SnippetPart>,
}

/// A run of snippet text that is either all marked or all unmarked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnippetPart {
    pub text: String,
    pub marked: bool,
}

impl Snippet {
    fn new(text: String, marks: Vec<(usize, usize)>) -> Snippet {
        let mut parts = Vec::new();
        let mut at = 0;
        for &(start, end) in &marks {
            if start > at {
                parts.push(SnippetPart {
                    text: text[at..start].to_owned(),
                    marked: false,
                });
            }
            parts.push(SnippetPart {
                text: text[start..end].to_owned(),
                marked: true,
            });
            at = end;
        }
        if at < text.len() {
            parts.push(SnippetPart {
                text: text[at..].to_owned(),
                marked: false,
            });
        }
        Snippet { text, marks, parts }
    }

    /// The text with each marked run wrapped in `open` and `close`, e.g. `[[` and `]]`.
    pub fn render(&self, open: &str, close: &str) -> String {
        self.parts
            .iter()
            .map(|p| {
                if p.marked {
                    format!("{open}{}{close}", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }
}

/// Picks the passage that best shows why a section matched, and cuts a snippet from it:
/// the one matching the most parts of the query, preferring policy text over our notes and
/// notes over the title.
pub(crate) fn best_passage(
    passages: &[Passage],
    mark: impl Fn(&Passage) -> Vec<MarkedWord>,
) -> (&Passage, Snippet) {
    let priority = |field: Field| match field {
        Field::Text => 2,
        Field::Annotation => 1,
        Field::Title => 0,
    };
    let (passage, marked) = passages
        .iter()
        .map(|p| (p, mark(p)))
        .enumerate()
        .max_by_key(|(i, (p, marked))| {
            (
                distinct_clauses(marked),
                priority(p.field),
                marked.len(),
                std::cmp::Reverse(*i),
            )
        })
        .map(|(_, found)| found)
        .expect("every section has a title passage");
    (passage, cut(passage, &marked))
}

fn distinct_clauses(marked: &[MarkedWord]) -> usize {
    let mut clauses: Vec<usize> = marked.iter().map(|m| m.clause).collect();
    clauses.sort_unstable();
    clauses.dedup();
    clauses.len()
}

fn cut(passage: &Passage, marked: &[MarkedWord]) -> Snippet {
    let words = &passage.words;
    let (first, last) = if passage.text.len() <= WHOLE_PASSAGE_BYTES || words.is_empty() {
        (0, words.len())
    } else {
        best_window(words.len(), marked)
    };
    let start = if first == 0 { 0 } else { words[first].0.start };
    let end = if last >= words.len() {
        passage.text.len()
    } else {
        words[last - 1].0.end
    };

    let mut text = String::new();
    if start > 0 {
        text.push_str(ELLIPSIS);
        text.push(' ');
    }
    let offset = text.len() as isize - start as isize;
    text.push_str(&passage.text[start..end]);
    if end < passage.text.len() {
        text.push(' ');
        text.push_str(ELLIPSIS);
    }
    let marks = merge_adjacent(
        marked
            .iter()
            .filter(|m| (first..last).contains(&m.word))
            .map(|m| {
                let r = &words[m.word].0;
                (
                    (r.start as isize + offset) as usize,
                    (r.end as isize + offset) as usize,
                )
            }),
        &text,
    );
    Snippet::new(text, marks)
}

/// The window of words `first..last` that shows the most distinct clauses, then the most
/// marked words; the earliest such window wins.
fn best_window(word_count: usize, marked: &[MarkedWord]) -> (usize, usize) {
    let window = |start: usize| (start, (start + WINDOW_WORDS).min(word_count));
    let Some(first_mark) = marked.first() else {
        return window(0);
    };
    let mut best = window(first_mark.word.saturating_sub(WORDS_BEFORE_MATCH));
    let mut best_key = (0, 0);
    for m in marked {
        let (first, last) = window(m.word.saturating_sub(WORDS_BEFORE_MATCH));
        let inside: Vec<MarkedWord> = marked
            .iter()
            .filter(|m| (first..last).contains(&m.word))
            .copied()
            .collect();
        let key = (distinct_clauses(&inside), inside.len());
        if key > best_key {
            best_key = key;
            best = (first, last);
        }
    }
    best
}

/// Joins marks separated only by spaces (the words of a phrase) into one mark.
fn merge_adjacent(marks: impl Iterator<Item = (usize, usize)>, text: &str) -> Vec<(usize, usize)> {
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in marks {
        match merged.last_mut() {
            Some(last) if text[last.1..start].chars().all(|c| c == ' ') => last.1 = end,
            _ => merged.push((start, end)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_and_render_follow_the_marks() {
        let snippet = Snippet::new("we delete data".into(), vec![(3, 9)]);
        assert_eq!(snippet.render("[[", "]]"), "we [[delete]] data");
        assert_eq!(
            snippet.parts,
            [
                SnippetPart {
                    text: "we ".into(),
                    marked: false
                },
                SnippetPart {
                    text: "delete".into(),
                    marked: true
                },
                SnippetPart {
                    text: " data".into(),
                    marked: false
                },
            ]
        );
    }

    #[test]
    fn marks_separated_by_spaces_merge() {
        let text = "privacy shield, x";
        let merged = merge_adjacent([(0, 7), (8, 14), (16, 17)].into_iter(), text);
        assert_eq!(merged, [(0, 14), (16, 17)]);
    }

    #[test]
    fn the_window_covers_the_most_clauses() {
        let marked = [
            MarkedWord { word: 2, clause: 0 },
            MarkedWord {
                word: 100,
                clause: 0,
            },
            MarkedWord {
                word: 104,
                clause: 1,
            },
        ];
        assert_eq!(best_window(200, &marked), (94, 126));
        assert_eq!(best_window(10, &[]), (0, 10));
    }
}
