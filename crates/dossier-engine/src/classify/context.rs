//! The second pass: generic fields of a table (a date, an amount, a status) take the category
//! that the table's labelled fields and its file path agree on. A `created` date among card
//! fields is payment information; among login fields it is device information.

use dossier_policy::ClassificationRules;

use super::evidence::Candidates;
use super::field_rules::is_identifier;
use super::phrases::first_match;
use super::FieldLabel;
use crate::records::stats::TableStats;
use crate::records::tokens::key_tokens;

/// Labels at or above this confidence vote for the table's category.
const VOTING_CONFIDENCE: f64 = 0.6;
/// Votes the winning category needs, and its share of all votes.
const MIN_VOTES: f64 = 2.0;
const MIN_SHARE: f64 = 0.5;
/// ...and the share of the table's fields it must reach: three device fields among twenty
/// about songs do not make a song's title device information.
const MIN_COVERAGE: f64 = 1.0 / 3.0;
/// Confidence of an inherited label: below a field's own evidence, above the threshold.
const INHERITED_CONFIDENCE: f64 = 0.6;

/// `own` holds each field's candidates from its own rules: an identifier (a `session_id`)
/// that two categories claim goes to the one its table is about.
pub(crate) fn inherit(
    rules: &ClassificationRules,
    table: &TableStats,
    own: &[Candidates],
    labels: &mut [FieldLabel],
) {
    let mut votes: Vec<(String, f64, Vec<String>)> = Vec::new();
    let mut vote =
        |category: &str, weight: f64, why: String| match votes.iter_mut().find(|v| v.0 == category)
        {
            Some(v) => {
                v.1 += weight;
                v.2.push(why);
            }
            None => votes.push((category.to_owned(), weight, vec![why])),
        };
    let labelled = labels
        .iter()
        .filter(|l| l.confidence >= VOTING_CONFIDENCE)
        .filter_map(|l| l.category.as_deref());
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for category in labelled {
        match counts.iter_mut().find(|c| c.0 == category) {
            Some(c) => c.1 += 1,
            None => counts.push((category, 1)),
        }
    }
    for (category, n) in &counts {
        vote(
            category,
            *n as f64,
            format!("{n} of its fields are {category}"),
        );
    }
    let file_tokens = key_tokens(&table.file);
    for rule in &rules.file_rules {
        if let Some(word) = first_match(&file_tokens, &rule.words) {
            vote(
                &rule.category,
                rule.weight * MIN_VOTES,
                format!("its file path says `{word}`"),
            );
        }
    }
    let total: f64 = votes.iter().map(|v| v.1).sum();
    let Some((category, score, why)) = votes
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .cloned()
    else {
        return;
    };
    let covered = score >= table.fields.len() as f64 * MIN_COVERAGE;
    if score < MIN_VOTES
        || score / total < MIN_SHARE
        || !covered
        || !rules.inherit_in_context.contains(&category)
    {
        return;
    }
    for ((label, field), candidates) in labels.iter_mut().zip(&table.fields).zip(own) {
        let claimed = candidates.0.iter().any(|c| c.category == category);
        let eligible = label.category.is_none()
            && label.undisclosed.is_none()
            && field.values > 0
            && !field.name.is_empty()
            && (claimed || !is_identifier(&key_tokens(&field.name)));
        if eligible {
            *label = FieldLabel {
                category: Some(category.clone()),
                confidence: INHERITED_CONFIDENCE,
                evidence: format!(
                    "a detail of the {category} records of its table: {}",
                    why.join(", ")
                ),
                undisclosed: None,
            };
        }
    }
}
