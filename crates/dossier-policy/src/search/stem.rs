//! Turning words into search terms: English stems, and the pack's synonym groups.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::tokenize::words;

/// Maps words to terms. Built from a pack so that its synonym table, not code, decides
/// which words are interchangeable.
pub(crate) struct Analyzer {
    stemmer: Stemmer,
    /// For each stem in a synonym group, the stems of the other words of its groups.
    synonyms: HashMap<String, Vec<String>>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("synonyms", &self.synonyms)
            .finish_non_exhaustive()
    }
}

impl Analyzer {
    pub fn new(groups: &[Vec<String>]) -> Analyzer {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut synonyms: HashMap<String, Vec<String>> = HashMap::new();
        for group in groups {
            let stems: Vec<String> = group
                .iter()
                .flat_map(|entry| words(entry))
                .map(|w| stemmer.stem(&w.lower).into_owned())
                .collect();
            for stem in &stems {
                let others = synonyms.entry(stem.clone()).or_default();
                for other in &stems {
                    if other != stem && !others.contains(other) {
                        others.push(other.clone());
                    }
                }
            }
        }
        Analyzer { stemmer, synonyms }
    }

    /// The stem of a lowercase word: "deletion" and "delete" both give "delet".
    pub fn stem(&self, lower: &str) -> String {
        self.stemmer.stem(lower).into_owned()
    }

    /// Stems the pack declares equivalent to `stem`, not including itself.
    pub fn synonyms(&self, stem: &str) -> &[String] {
        self.synonyms.get(stem).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        let a = Analyzer::new(&[]);
        assert_eq!(a.stem("delete"), a.stem("deletion"));
        assert_eq!(a.stem("children's"), a.stem("children"));
    }

    #[test]
    fn synonyms_are_symmetric_and_stemmed() {
        let a = Analyzer::new(&[vec!["erase".into(), "delete".into()]]);
        assert_eq!(a.synonyms(&a.stem("deleting")), [a.stem("erase")]);
        assert_eq!(a.synonyms(&a.stem("erasing")), [a.stem("delete")]);
        assert!(a.synonyms("cookie").is_empty());
    }
}
