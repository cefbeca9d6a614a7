//! The inverted index over one pack, and BM25F ranking of its sections.
//!
//! A document is a section; its fields are the title, the verbatim text and the annotation
//! notes, weighted so that a word in a title counts most and a word in our own notes least.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use super::query::{parse, ParsedQuery};
use super::snippet::{best_passage, MarkedWord};
use super::stem::Analyzer;
use super::tokenize::words;
use super::{MatchedIn, SearchHit};
use crate::pack::PolicyPack;

type TermId = usize;

/// BM25 saturation and length normalization, the usual values.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// How much a match found through a synonym or a prefix counts against the word itself.
const SYNONYM_WEIGHT: f32 = 0.8;
const PREFIX_WEIGHT: f32 = 0.9;
/// A prefix like "pr" must not turn into hundreds of terms.
const MAX_PREFIX_TERMS: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title = 0,
    Text = 1,
    Annotation = 2,
}
const FIELDS: usize = 3;
const FIELD_WEIGHTS: [f32; FIELDS] = [3.0, 1.0, 0.5];

impl Field {
    fn matched_in(self) -> MatchedIn {
        match self {
            Field::Title => MatchedIn::Title,
            Field::Text => MatchedIn::PolicyText,
            Field::Annotation => MatchedIn::Annotation,
        }
    }
}

/// One searchable piece of a section: its title, its text, or one annotation note.
#[derive(Debug)]
pub(crate) struct Passage {
    pub field: Field,
    pub text: String,
    pub words: Vec<(Range<usize>, TermId)>,
}

#[derive(Debug)]
struct Doc {
    section: usize,
    passages: Vec<Passage>,
    lengths: [f32; FIELDS],
}

#[derive(Debug)]
struct Posting {
    doc: usize,
    freq: [f32; FIELDS],
}

/// What a query asks for, resolved to terms of this index.
enum Clause {
    /// Any of these terms, each with the weight its match counts for.
    AnyOf(Vec<(TermId, f32)>),
    /// These terms next to each other, in this order.
    Phrase(Vec<TermId>),
}

/// The search index of one pack, built once and kept inside the pack.
#[derive(Debug)]
pub(crate) struct SearchIndex {
    analyzer: Analyzer,
    terms: HashMap<String, TermId>,
    /// Every lowercase word seen, for prefix matching while the user types.
    surface: BTreeMap<String, TermId>,
    postings: Vec<Vec<Posting>>,
    docs: Vec<Doc>,
    average_lengths: [f32; FIELDS],
}

impl SearchIndex {
    pub fn build(pack: &PolicyPack) -> SearchIndex {
        let mut index = SearchIndex {
            analyzer: Analyzer::new(pack.synonyms()),
            terms: HashMap::new(),
            surface: BTreeMap::new(),
            postings: Vec::new(),
            docs: Vec::new(),
            average_lengths: [0.0; FIELDS],
        };
        for (section_no, section) in pack.sections().iter().enumerate() {
            let mut texts = vec![
                (Field::Title, section.title.clone()),
                (Field::Text, section.text.replace('\n', " ")),
            ];
            texts.extend(
                pack.annotations_for(&section.id)
                    .map(|a| (Field::Annotation, a.note.clone())),
            );
            let passages: Vec<Passage> = texts
                .into_iter()
                .map(|(field, text)| index.passage(field, text))
                .collect();
            index.add_doc(section_no, passages);
        }
        let doc_count = index.docs.len().max(1) as f32;
        for field in 0..FIELDS {
            let total: f32 = index.docs.iter().map(|d| d.lengths[field]).sum();
            index.average_lengths[field] = (total / doc_count).max(1.0);
        }
        index
    }

    fn passage(&mut self, field: Field, text: String) -> Passage {
        let words = words(&text)
            .into_iter()
            .map(|w| {
                let stem = self.analyzer.stem(&w.lower);
                let next_id = self.terms.len();
                let term = *self.terms.entry(stem).or_insert(next_id);
                if term == next_id {
                    self.postings.push(Vec::new());
                }
                self.surface.entry(w.lower).or_insert(term);
                (w.range, term)
            })
            .collect();
        Passage { field, text, words }
    }

    fn add_doc(&mut self, section: usize, passages: Vec<Passage>) {
        let doc = self.docs.len();
        let mut lengths = [0.0; FIELDS];
        let mut freqs: HashMap<TermId, [f32; FIELDS]> = HashMap::new();
        for passage in &passages {
            let field = passage.field as usize;
            lengths[field] += passage.words.len() as f32;
            for (_, term) in &passage.words {
                freqs.entry(*term).or_default()[field] += 1.0;
            }
        }
        for (term, freq) in freqs {
            self.postings[term].push(Posting { doc, freq });
        }
        self.docs.push(Doc {
            section,
            passages,
            lengths,
        });
    }

    pub fn search(&self, pack: &PolicyPack, query: &str, limit: usize) -> Vec<SearchHit> {
        let parsed = parse(query);
        if parsed.is_empty() || limit == 0 {
            return Vec::new();
        }
        let Some(clauses) = self.resolve(&parsed) else {
            return Vec::new();
        };

        let doc_count = self.docs.len();
        let mut totals = vec![0.0f32; doc_count];
        let mut matched = vec![0usize; doc_count];
        let mut excluded = vec![false; doc_count];
        for clause in &clauses {
            let scores = match clause {
                Clause::AnyOf(alternatives) => self.scores(alternatives),
                Clause::Phrase(terms) => {
                    let mut scores = vec![0.0; doc_count];
                    for &term in terms {
                        for (sum, score) in scores.iter_mut().zip(self.scores(&[(term, 1.0)])) {
                            *sum += score;
                        }
                    }
                    for (doc, score) in scores.iter_mut().enumerate() {
                        let found = self.docs[doc]
                            .passages
                            .iter()
                            .any(|p| !phrase_starts(p, terms).is_empty());
                        if !found {
                            *score = 0.0;
                            excluded[doc] = true;
                        }
                    }
                    scores
                }
            };
            for (doc, score) in scores.into_iter().enumerate() {
                if score > 0.0 {
                    totals[doc] += score;
                    matched[doc] += 1;
                }
            }
        }
        // Sections that match every part of the query come before those matching only some.
        let mut hits: Vec<(f32, usize)> = (0..doc_count)
            .filter(|&doc| matched[doc] > 0 && !excluded[doc])
            .map(|doc| {
                let coverage = matched[doc] as f32 / clauses.len() as f32;
                (totals[doc] * coverage, doc)
            })
            .collect();
        hits.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        hits.truncate(limit);

        hits.into_iter()
            .map(|(score, doc)| {
                let doc = &self.docs[doc];
                let section = &pack.sections()[doc.section];
                let (passage, snippet) = best_passage(&doc.passages, |p| mark(p, &clauses));
                SearchHit {
                    section: section.id.clone(),
                    section_title: section.title.clone(),
                    score,
                    matched_in: passage.field.matched_in(),
                    snippet,
                }
            })
            .collect()
    }

    /// Turns the parsed query into clauses over known terms. `None` when a phrase has a word
    /// the pack never uses: then nothing can match.
    fn resolve(&self, parsed: &ParsedQuery) -> Option<Vec<Clause>> {
        let mut clauses = Vec::new();
        for phrase in &parsed.phrases {
            let terms: Option<Vec<TermId>> = phrase
                .iter()
                .map(|w| self.terms.get(&self.analyzer.stem(w)).copied())
                .collect();
            clauses.push(Clause::Phrase(terms?));
        }
        for word in &parsed.words {
            clauses.push(Clause::AnyOf(self.word_terms(word)));
        }
        if let Some(prefix) = &parsed.prefix {
            let mut terms = self.word_terms(prefix);
            let longer = self
                .surface
                .range::<str, _>((
                    std::ops::Bound::Included(prefix.as_str()),
                    std::ops::Bound::Unbounded,
                ))
                .take_while(|(w, _)| w.starts_with(prefix.as_str()))
                .take(MAX_PREFIX_TERMS);
            for (_, &term) in longer {
                if !terms.iter().any(|&(t, _)| t == term) {
                    terms.push((term, PREFIX_WEIGHT));
                }
            }
            clauses.push(Clause::AnyOf(terms));
        }
        Some(clauses)
    }

    /// The word's own stem and its synonyms, those that occur in the pack.
    fn word_terms(&self, word: &str) -> Vec<(TermId, f32)> {
        let stem = self.analyzer.stem(word);
        let synonyms = self.analyzer.synonyms(&stem).iter();
        std::iter::once((&stem, 1.0))
            .chain(synonyms.map(|s| (s, SYNONYM_WEIGHT)))
            .filter_map(|(s, weight)| self.terms.get(s).map(|&t| (t, weight)))
            .collect()
    }

    /// BM25F score of every document for a set of alternative terms. The alternatives are
    /// folded into one pseudo-term (weighted frequencies added, documents holding any of them
    /// counted once), so that a rare synonym does not outrank the word the user typed.
    fn scores(&self, alternatives: &[(TermId, f32)]) -> Vec<f32> {
        let doc_count = self.docs.len();
        let mut freqs = vec![[0.0f32; FIELDS]; doc_count];
        let mut present = vec![false; doc_count];
        for &(term, weight) in alternatives {
            for posting in &self.postings[term] {
                present[posting.doc] = true;
                for (sum, freq) in freqs[posting.doc].iter_mut().zip(posting.freq) {
                    *sum += weight * freq;
                }
            }
        }
        let n = doc_count as f32;
        let df = present.iter().filter(|&&p| p).count() as f32;
        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        freqs
            .iter()
            .zip(&self.docs)
            .map(|(freq, doc)| {
                let tf: f32 = (0..FIELDS)
                    .map(|f| {
                        let norm = 1.0 - B + B * doc.lengths[f] / self.average_lengths[f];
                        FIELD_WEIGHTS[f] * freq[f] / norm
                    })
                    .sum();
                idf * tf * (K1 + 1.0) / (K1 + tf)
            })
            .collect()
    }
}

/// Word positions in `passage` where `terms` occur in sequence.
fn phrase_starts(passage: &Passage, terms: &[TermId]) -> Vec<usize> {
    if terms.is_empty() || passage.words.len() < terms.len() {
        return Vec::new();
    }
    (0..=passage.words.len() - terms.len())
        .filter(|&start| {
            terms
                .iter()
                .enumerate()
                .all(|(i, &t)| passage.words[start + i].1 == t)
        })
        .collect()
}

/// The words of `passage` that match a clause, each with the clause it matched.
fn mark(passage: &Passage, clauses: &[Clause]) -> Vec<MarkedWord> {
    let mut marked = Vec::new();
    for (clause_no, clause) in clauses.iter().enumerate() {
        match clause {
            Clause::Phrase(terms) => {
                for start in phrase_starts(passage, terms) {
                    marked.extend((start..start + terms.len()).map(|word| MarkedWord {
                        word,
                        clause: clause_no,
                    }));
                }
            }
            Clause::AnyOf(alternatives) => {
                let wanted: Vec<TermId> = alternatives.iter().map(|&(t, _)| t).collect();
                marked.extend(
                    passage
                        .words
                        .iter()
                        .enumerate()
                        .filter(|(_, (_, t))| wanted.contains(t))
                        .map(|(word, _)| MarkedWord {
                            word,
                            clause: clause_no,
                        }),
                );
            }
        }
    }
    marked.sort_by_key(|m| m.word);
    marked.dedup_by_key(|m| m.word);
    marked
}
