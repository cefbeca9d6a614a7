//! Settings of a social account (docs/labelling.md): who may message the person, how their
//! friends' posts show, what status they show. An account is a social one where its export also
//! lists the person's friends, followers or posts (Discord's `user.json` with `relationships[]`,
//! a forum's `preferences.json` beside the person's `user_archive.csv`); the settings of a plain
//! account stay what their record is.

use dossier_policy::{ClassificationRules, SocialSettings};

use super::context::TableLabels;
use super::field_rules::key_is_one_of;
use super::phrases::is_phrase;
use super::FieldLabel;
use crate::records::stats::TableStats;
use crate::records::tokens::name_words;

/// What a setting of a social account weighs: as much as a field its record lends a category.
const SETTING_CONFIDENCE: f64 = 0.6;

/// Labels, in place, the settings of social accounts that have no evidence of their own.
pub(crate) fn label_social_settings(
    rules: &ClassificationRules,
    tables: &[TableStats],
    found: &mut [TableLabels],
) {
    let Some(social) = &rules.social_settings else {
        return;
    };
    let Some(list) = tables.iter().find_map(|t| listed(social, t)) else {
        return;
    };
    for (table, labels) in tables.iter().zip(found.iter_mut()) {
        for (i, field) in table.fields.iter().enumerate() {
            let unlabelled = labels.own[i].list.is_empty() && !labels.bookkeeping[i];
            if unlabelled && field.values > 0 && in_settings(social, &field.name) {
                labels.labels[i] = FieldLabel {
                    category: Some(social.category.clone()),
                    confidence: SETTING_CONFIDENCE,
                    evidence: format!(
                        "a setting of a social account: its export lists the person's `{list}`"
                    ),
                    undisclosed: None,
                };
            }
        }
    }
}

/// The social list a table holds, if any: its records' (`relationships` of `relationships[]`)
/// or its file's (`followers.json`, `user_archive.csv`).
fn listed(social: &SocialSettings, table: &TableStats) -> Option<String> {
    let mut records = table.fields.iter().filter(|f| f.values > 0);
    let file_name = table.file.rsplit('/').next().unwrap_or(&table.file);
    let file_words = name_words(file_name);
    let file_lists =
        records.clone().next().is_some() && social.lists.iter().any(|l| is_phrase(&file_words, l));
    if file_lists {
        return Some(file_words.join(" "));
    }
    records.find_map(|f| {
        let first = f.name.split('.').next()?;
        key_is_one_of(first, &social.lists).then(|| first.trim_end_matches("[]").to_owned())
    })
}

/// Whether a field sits under an object named as settings (`settings.theme`).
fn in_settings(social: &SocialSettings, name: &str) -> bool {
    name.rsplit('.')
        .skip(1)
        .any(|key| key_is_one_of(key, &social.settings))
}
