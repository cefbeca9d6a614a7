//! Searching the Clarifai pack: ranking, stems, synonyms, prefixes, phrases, snippets, speed.

use dossier_policy::{MatchedIn, PolicyPack, SearchHit};

fn search(query: &str) -> Vec<SearchHit> {
    PolicyPack::clarifai().search(query, 10)
}

fn sections(hits: &[SearchHit]) -> Vec<&str> {
    hits.iter().map(|h| h.section.as_str()).collect()
}

#[test]
fn delete_ranks_the_deletion_section_first() {
    let hits = search("delete");
    assert_eq!(sections(&hits)[0], "deletion", "{:?}", sections(&hits));
    assert!(hits.len() > 3, "deletion is also discussed elsewhere");
}

#[test]
fn stems_join_delete_and_deletion() {
    let hits = search("deletion ");
    assert_eq!(hits[0].section, "deletion");
    let marked: Vec<String> = hits
        .iter()
        .flat_map(|h| {
            h.snippet
                .marks
                .iter()
                .map(|&(s, e)| h.snippet.text[s..e].to_lowercase())
        })
        .collect();
    for form in ["delete", "deletion", "deleted"] {
        assert!(
            marked.iter().any(|m| m == form),
            "{form} not marked in {marked:?}"
        );
    }
}

#[test]
fn erase_finds_deletion_through_a_synonym() {
    let hits = search("erase");
    assert_eq!(hits[0].section, "deletion", "{:?}", sections(&hits));
}

#[test]
fn a_quoted_phrase_finds_the_transfers_section() {
    let hits = search("\"privacy shield\"");
    assert_eq!(hits[0].section, "transfers-outside-europe");
    for hit in &hits {
        let text = hit.snippet.text.to_lowercase();
        assert!(
            text.contains("privacy shield"),
            "{}: {}",
            hit.section,
            hit.snippet.text
        );
    }
    let snippet = &hits[0].snippet;
    let (start, end) = snippet.marks[0];
    assert_eq!(snippet.text[start..end].to_lowercase(), "privacy shield");
}

#[test]
fn a_phrase_must_occur_word_for_word() {
    // Both words occur in the policy, never next to each other in this order.
    assert!(search("\"shield privacy\"").is_empty());
}

#[test]
fn geolocation_finds_the_category_tables() {
    let found = search("geolocation");
    let found = sections(&found);
    assert!(found.contains(&"collection-categories"), "{found:?}");
    assert!(found.contains(&"candidate-categories"), "{found:?}");
}

#[test]
fn a_prefix_being_typed_finds_the_childrens_paragraph() {
    let hits = search("childr");
    assert_eq!(hits[0].section, "children");
    assert_eq!(hits[0].matched_in, MatchedIn::PolicyText);
    assert!(hits[0].snippet.render("[[", "]]").contains("[[children]]"));
}

#[test]
fn kids_finds_children_through_a_synonym() {
    assert_eq!(search("kids ")[0].section, "children");
}

#[test]
fn nonsense_and_empty_queries_find_nothing() {
    assert!(search("zxqv wibblefrotz").is_empty());
    assert!(search("\"zxqv\"").is_empty());
    assert!(search("").is_empty());
    assert!(search("the of").is_empty());
}

#[test]
fn sections_matching_every_word_rank_above_those_matching_some() {
    let hits = search("opt-out sale ");
    assert_eq!(hits[0].section, "non-discrimination-and-sale");
}

#[test]
fn annotation_notes_are_searched_and_labelled() {
    // "Schrems" is only in our notes, never in the policy text.
    let hits = search("schrems");
    assert_eq!(hits[0].section, "transfers-outside-europe");
    assert_eq!(hits[0].matched_in, MatchedIn::Annotation);
}

#[test]
fn snippets_are_short_and_marks_are_in_bounds() {
    for query in ["personal data", "cookies", "privacy shield", "the services"] {
        for hit in search(query) {
            let snippet = &hit.snippet;
            assert!(
                snippet.text.chars().count() < 400,
                "{query}: {}",
                snippet.text
            );
            assert!(!snippet.text.contains('\n'));
            let mut previous_end = 0;
            for &(start, end) in &snippet.marks {
                assert!(previous_end <= start && start < end && end <= snippet.text.len());
                previous_end = end;
            }
            let joined: String = snippet.parts.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(joined, snippet.text);
        }
    }
}

#[test]
fn the_limit_caps_the_hits() {
    assert_eq!(PolicyPack::clarifai().search("personal data", 3).len(), 3);
    assert!(PolicyPack::clarifai().search("personal data", 0).is_empty());
}

/// Queries of every shape a person types into the search box (a word, a phrase in quotes, one
/// letter, a question, nonsense) each answer with at most the hits asked for, best first.
/// (How fast they answer is not measured here: a timed unit test measures the machine it runs
/// on, not the search.)
#[test]
fn every_kind_of_query_answers_within_its_limit() {
    let pack = PolicyPack::clarifai();
    let queries = [
        "delete",
        "erase",
        "\"privacy shield\"",
        "geolocation",
        "childr",
        "zxqv wibblefrotz",
        "personal data",
        "p",
        "pr",
        "how do I get a copy of my data",
    ];
    for q in queries {
        let hits = pack.search(q, 20);
        assert!(hits.len() <= 20, "{q}: {} hits", hits.len());
        assert!(
            hits.windows(2).all(|w| w[0].score >= w[1].score),
            "{q}: hits are not best first"
        );
    }
}
