//! Records known by the fields they hold together, whatever their file is called: a text and
//! who wrote it make a message (a Slack day file `general/2024-03-11.json`, a GitHub issue).

use dossier_policy::{ClassificationRules, RecordRule};

use super::context::{describes_its_record, nested_object};
use super::field_rules::key_is_one_of;
use super::phrases::is_phrase;
use crate::records::stats::TableStats;
use crate::records::tokens::key_tokens;

/// The pack's record rules that a table's records meet, each with the names of the fields
/// that meet it (one per group of the rule). The record's fields with values count, those of
/// objects nested in it too (ActivityPub's `object.content`), but not the service's
/// bookkeeping (`status.message`): `bookkeeping` flags those, field by field. The names of the
/// objects in the record count whatever their fields are.
pub(crate) fn matching<'r, 't>(
    rules: &'r ClassificationRules,
    table: &'t TableStats,
    bookkeeping: &[bool],
) -> Vec<(&'r RecordRule, Vec<&'t str>)> {
    // Each name with its tokens and the key path of the object it sits in (the table's own
    // name at the top of its records).
    let own: Vec<(&str, Vec<String>, &str)> = table
        .fields
        .iter()
        .zip(bookkeeping)
        .filter(|(f, _)| f.values > 0)
        .flat_map(|(f, kept)| {
            // The keys of a `metadata` map are whatever its writer chose (Clarifai's input
            // `metadata.from`), not fields of the record's format; the keys of its `settings`
            // are the person's choices (Discord's `settings.custom_status.text`), not content.
            let in_metadata =
                f.name.rsplit('.').skip(1).any(|key| {
                    describes_its_record(&key_tokens(key)) || key_is_one_of(key, &SETTINGS)
                });
            let leaf =
                (!*kept && !in_metadata).then(|| f.name.rsplit('.').next().unwrap_or(&f.name));
            // An object of the record counts by its name too, even when its details are
            // bookkeeping: Help Scout's `assignedTo.id` says the record has an assignee, a
            // member of the company's staff whose details are not the person's.
            let object = nested_object(table, &f.name);
            let leaf = leaf.map(|leaf| (leaf, parent(&f.name)));
            let object = object.map(|object| (object, parent(object)));
            leaf.into_iter()
                .chain(object)
                .map(|(name, above)| (name, key_tokens(name), above))
        })
        .collect();
    let meet = |rule: &RecordRule, within: Option<&str>| -> Option<Vec<&'t str>> {
        rule.fields
            .iter()
            .map(|group| {
                own.iter()
                    .filter(|(_, _, above)| within.is_none_or(|w| w == *above))
                    .find(|(_, tokens, _)| group.iter().any(|w| is_phrase(tokens, w)))
                    .map(|(leaf, _, _)| *leaf)
            })
            .collect()
    };
    rules
        .record_rules
        .iter()
        .filter_map(|rule| {
            let within = rule.at_top.then_some(table.table.as_str());
            let names = meet(rule, within);
            names.map(|names| (rule, names))
        })
        .collect()
}

/// Keys that hold a record's settings.
const SETTINGS: [&str; 2] = ["settings", "preferences"];

/// The key path of the object a field or an object sits in (`""` at the top of the record).
fn parent(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(above, _)| above)
}
