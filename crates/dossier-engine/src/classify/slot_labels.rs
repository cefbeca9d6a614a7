//! The values of a name/value list take the category that the labels beside them name.
//! Meta's 2025 files write a device's details as `label_values[]{label: "Manufacturer",
//! value: "Samsung"}` and an address as `{label: "City", value: "Caernarfon"}`: the `value`
//! field's own name says nothing, while its labels say what it holds. A value field whose
//! labels name more than one category (an e-mail address beside an IP address) is left to
//! its values, as the labelling guide leaves it out.

use dossier_policy::ClassificationRules;

use super::context::TableLabels;
use super::field_rules::{name_candidates, FieldView};
use super::record_kind::names_a_slot;
use crate::records::stats::TableStats;
use crate::records::tokens::key_tokens;
use crate::FileKind;

/// What a category the labels name weighs, as one name word of the field's own would.
const LABELS_WEIGHT: f64 = 0.7;
/// Labels longer than this are sentences (a survey's question), not names of a slot.
const MAX_LABEL_WORDS: usize = 5;
/// Labels that must name the category, all the same one.
const MIN_LABELS: usize = 2;
/// Labels quoted in the evidence.
const QUOTED: usize = 3;

/// Gives each value field of `table` that neither its own rules nor its record labelled the
/// category that every label of its list that names one agrees on. It comes after the records'
/// pass: what the record is about (a consent in a record about ad personalization) already
/// decided the fields it speaks for, and a label's word is weaker evidence than the field's
/// own name.
pub(crate) fn label_values_by_their_slots(
    rules: &ClassificationRules,
    table: &TableStats,
    file_kind: FileKind,
    found: &mut TableLabels,
) {
    let Some(slot) = table
        .fields
        .iter()
        .position(|f| names_a_slot(table, f).is_some())
    else {
        return;
    };
    let mut labels: Vec<&str> = table.fields[slot]
        .sample
        .iter()
        .map(String::as_str)
        .filter(|l| (1..=MAX_LABEL_WORDS).contains(&key_tokens(l).len()))
        .collect();
    labels.sort_unstable();
    labels.dedup();
    let start = table.record_start();
    for (i, field) in table.fields.iter().enumerate() {
        let holds_values = field.name.get(start..).is_some_and(|inner| {
            !inner.contains('.') && key_tokens(inner).iter().any(|w| w == "value")
        });
        if i == slot
            || !holds_values
            || field.values == 0
            || found.bookkeeping[i]
            || found.labels[i].category.is_some()
            || !found.own[i].list.is_empty()
        {
            continue;
        }
        let view = FieldView {
            file: &table.file,
            file_kind,
            stats: field,
            shown_with_display: false,
            single_top_record: table.is_single_top_record(),
        };
        let mut named: Vec<(&str, String)> = Vec::new();
        for label in &labels {
            let candidates = name_candidates(rules, &view, label);
            if let Some((best, confidence, _)) = candidates.best() {
                if confidence >= rules.threshold {
                    named.push((label, best.category.clone()));
                }
            }
        }
        // One label alone is too thin: a `Your subscription status` or an `Email` among
        // notification settings reads as a contact field it is not.
        let Some((_, category)) = named.first() else {
            continue;
        };
        if named.len() < MIN_LABELS || named.iter().any(|(_, c)| c != category) {
            continue;
        }
        let quoted: Vec<String> = named
            .iter()
            .take(QUOTED)
            .map(|(label, _)| format!("`{label}`"))
            .collect();
        let category = category.clone();
        found.own[i].add(
            &category,
            LABELS_WEIGHT,
            format!(
                "the labels beside its values name it ({})",
                quoted.join(", ")
            ),
        );
        found.labels[i] = super::label_of(rules, &found.own[i], field);
    }
}
