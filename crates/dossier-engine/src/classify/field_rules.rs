//! Scores one field against the pack's name, id, value and content rules.

use dossier_policy::{ClassificationRules, Content, IdRule, Scope};

use super::detectors::{accepts, plural_name};
use super::evidence::Candidates;
use super::phrases::{contains_phrase, ends_with_phrase, first_match, phrase_tokens};
use crate::records::stats::FieldStats;
use crate::records::tokens::key_tokens;
use crate::records::value::ValueKind;
use crate::FileKind;

/// Last words that make a field an identifier, classified by what it identifies.
const ID_WORDS: [&str; 5] = ["id", "ids", "uuid", "guid", "uid"];

/// What the rules need to know about a field.
pub(crate) struct FieldView<'a> {
    pub file_kind: FileKind,
    pub stats: &'a FieldStats,
}

fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Empty => "empty",
        ValueKind::String => "string",
        ValueKind::Integer => "integer",
        ValueKind::Decimal => "decimal",
        ValueKind::Boolean => "boolean",
        ValueKind::DateTime => "date_time",
        ValueKind::List => "list",
    }
}

/// True when the field is an identifier (`userId`, `invoice_id`, `face_uuid`).
pub(crate) fn is_identifier(tokens: &[String]) -> bool {
    tokens
        .last()
        .is_some_and(|t| ID_WORDS.contains(&t.as_str()))
}

/// The field's candidates from its own name and values, before any context.
pub(crate) fn score_field(rules: &ClassificationRules, field: &FieldView<'_>) -> Candidates {
    let mut found = Candidates::default();
    let name = &field.stats.name;
    if name.is_empty() {
        for rule in &rules.content_rules {
            let Content::Image = rule.content;
            if field.file_kind == FileKind::Image {
                found.add(&rule.category, rule.weight, "the file is an image".into());
            }
        }
        return found;
    }
    let path_tokens = key_tokens(name);
    let leaf = name.rsplit('.').next().unwrap_or(name);
    let leaf_tokens = key_tokens(leaf);

    if is_identifier(&path_tokens) {
        // The word nearest the id names its subject: `adsUserData.deviceInfo.deviceId`
        // identifies a device, not a user.
        let subjects = &path_tokens[..path_tokens.len() - 1];
        // Where two qualifiers end at the same word, the longer one is more specific
        // (`provider user` over `user`).
        for end in (1..=subjects.len()).rev() {
            let before = &subjects[..end];
            let matches: Vec<(&IdRule, &str, usize)> = rules
                .id_rules
                .iter()
                .flat_map(|rule| {
                    rule.qualifiers
                        .iter()
                        .filter(|q| ends_with_phrase(before, q))
                        .map(move |q| (rule, q.as_str(), phrase_tokens(q).len()))
                })
                .collect();
            let longest = matches.iter().map(|m| m.2).max();
            for (rule, word, _) in matches.iter().filter(|m| Some(m.2) == longest) {
                found.add(
                    &rule.category,
                    rule.weight,
                    format!("an identifier of a `{word}`"),
                );
            }
            if longest.is_some() {
                break;
            }
        }
    } else {
        let kind = kind_name(field.stats.kind);
        for rule in &rules.name_rules {
            let tokens = match rule.scope {
                Scope::Leaf => &leaf_tokens,
                Scope::Path => &path_tokens,
            };
            let blocked = rule.unless.iter().any(|u| contains_phrase(&path_tokens, u));
            let kind_ok = rule.kinds.is_empty() || rule.kinds.iter().any(|k| k == kind);
            if blocked || !kind_ok {
                continue;
            }
            if let Some(word) = first_match(tokens, &rule.words) {
                let place = match rule.scope {
                    Scope::Leaf => "name",
                    Scope::Path => "path",
                };
                found.add(
                    &rule.category,
                    rule.weight,
                    format!("{place} word `{word}`"),
                );
            }
        }
    }

    let sample = &field.stats.sample;
    if !sample.is_empty() {
        for rule in &rules.value_rules {
            let passed = sample.iter().filter(|v| accepts(rule.detector, v)).count();
            let share = passed as f64 / sample.len() as f64;
            if share >= rule.min_share {
                found.add(
                    &rule.category,
                    rule.weight * share,
                    format!(
                        "{:.0}% of {} sampled values (of {}) are {}",
                        share * 100.0,
                        sample.len(),
                        field.stats.values,
                        plural_name(rule.detector)
                    ),
                );
            }
        }
    }
    found
}
