//! Settings of a social account (docs/labelling.md): who may message the person, how their
//! friends' posts show, what status they show. An account is a social one where its file also
//! lists the person's friends or followers (Discord's `user.json` with `relationships[]`);
//! the settings of a plain account stay what their record is.

use dossier_policy::{ClassificationRules, SocialSettings};

use super::context::TableLabels;
use super::field_rules::key_is_one_of;
use super::FieldLabel;
use crate::records::stats::TableStats;

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
    let social_files: Vec<(&str, String)> = tables
        .iter()
        .filter_map(|t| listed(social, t).map(|list| (t.file.as_str(), list)))
        .collect();
    for (table, labels) in tables.iter().zip(found.iter_mut()) {
        let Some((_, list)) = social_files.iter().find(|(f, _)| *f == table.file) else {
            continue;
        };
        for (i, field) in table.fields.iter().enumerate() {
            let unlabelled = labels.own[i].list.is_empty() && !labels.bookkeeping[i];
            if unlabelled && field.values > 0 && in_settings(social, &field.name) {
                labels.labels[i] = FieldLabel {
                    category: Some(social.category.clone()),
                    confidence: SETTING_CONFIDENCE,
                    evidence: format!(
                        "a setting of a social account: its file lists the person's `{list}`"
                    ),
                    undisclosed: None,
                };
            }
        }
    }
}

/// The social list a table's records hold, if any (`relationships` of `relationships[]`).
fn listed(social: &SocialSettings, table: &TableStats) -> Option<String> {
    table.fields.iter().filter(|f| f.values > 0).find_map(|f| {
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
