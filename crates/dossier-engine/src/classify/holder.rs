//! The account holder's own id wherever it appears. The `user_id` of the person's own model sits
//! under the service's `model` object, which is bookkeeping, and a task names its worker by the
//! same id: where a field's every value is an id that the export elsewhere gives as the person's,
//! the field names the person too, also where a record about messages recast it as someone's in
//! the social network.

use std::collections::{HashMap, HashSet};

use dossier_policy::ClassificationRules;

use super::context::TableLabels;
use super::field_rules::{is_bookkeeping_field, is_identifier, is_identifier_field, key_is_one_of};
use super::phrases::ends_with_phrase;
use super::FieldLabel;
use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::key_tokens;

/// Below a field's own evidence: the id is the person's, but the field may list others too.
const HOLDER_CONFIDENCE: f64 = 0.7;
/// Ids shorter than this (`51`, `7`) are too common to say they are the same id.
const MIN_ID_LENGTH: usize = 4;

/// Labels, in place, the unlabelled id fields whose values are all the person's own ids.
pub(crate) fn label_holder_ids(
    rules: &ClassificationRules,
    tables: &[TableStats],
    found: &mut [TableLabels],
) {
    let Some(holder) = rules.holder.as_deref() else {
        return;
    };
    let ids = holder_ids(rules, tables, found);
    let known: HashSet<&str> = ids.iter().map(|i| i.0).collect();
    // Ids from a record that is the only one of its table (the profile in `user.json`) are the
    // person's alone; a list of users or contacts holds other people's ids too.
    let sole: HashSet<&str> = ids
        .iter()
        .filter(|i| i.1.records == 1 && i.2.values == 1)
        .map(|i| i.0)
        .collect();
    // The categories a record's subject may recast the holder's category to (`switch_rules`).
    let recast_to: Vec<&str> = rules
        .switch_rules
        .iter()
        .filter(|r| r.from == holder)
        .map(|r| r.to.as_str())
        .collect();
    let mut relabelled: Vec<(usize, usize, String)> = Vec::new();
    for (t, (table, labels)) in tables.iter().zip(found.iter()).enumerate() {
        for (f, (field, label)) in table.fields.iter().zip(&labels.labels).enumerate() {
            let all_in = |set: &HashSet<&str>| {
                !field.sample.is_empty() && field.sample.iter().all(|v| set.contains(v.as_str()))
            };
            // A record about messages or tweets recasts the ids of people in it as the social
            // network; the person's own id among them, as their profile gives it, is still
            // theirs.
            let recast_from_holder = label
                .category
                .as_deref()
                .is_some_and(|c| recast_to.contains(&c));
            let all_known = if label.category.is_some() {
                all_in(&sole)
            } else {
                all_in(&known)
            };
            // A page's `first_id` repeats the person's id because the page starts with them. A
            // `user_id` under the service's `model` object is still theirs: only a field named
            // as bookkeeping stays so.
            let leaf = field.name.rsplit('.').next().unwrap_or(&field.name);
            // The teammate who answered shares ids with the person among a conversation's
            // authors; the role above the id says whose it is.
            let staff = field
                .name
                .split('.')
                .rev()
                .nth(1)
                .is_some_and(|parent| key_is_one_of(parent, &rules.staff_roles))
                || key_is_one_of(leaf, &rules.staff_roles);
            // Who made or changed a record (`creator`, `created_by`) is bookkeeping where it is
            // the company's staff, and the person where it is their own id (Clarifai's
            // `models[].creator`, a bulk operation's `created_by`).
            let role = names_who_made_it(field);
            if label.category.is_some() && !recast_from_holder
                || staff
                || is_bookkeeping_field(rules, leaf) && !role
                || !all_known
                || !(named_as_id(field) || role)
            {
                continue;
            }
            let (_, source_table, source) = ids
                .iter()
                .find(|i| i.0 == field.sample[0])
                .expect("every value is known");
            relabelled.push((
                t,
                f,
                format!(
                    "the account holder's id, as `{}::{}` gives it",
                    source_table.file, source.name
                ),
            ));
        }
    }
    for (t, f, evidence) in relabelled {
        found[t].labels[f] = FieldLabel {
            category: Some(holder.to_owned()),
            confidence: HOLDER_CONFIDENCE,
            evidence,
            undisclosed: None,
        };
    }
}

/// Every sampled id of a field labelled as the account holder's (`holder`), with the table and
/// field that give it. The service's own accounts (`public_owners`: the `clarifai` that owns a
/// public model's concepts) are nobody's id here.
fn holder_ids<'a>(
    rules: &ClassificationRules,
    tables: &'a [TableStats],
    found: &[TableLabels],
) -> Vec<(&'a str, &'a TableStats, &'a FieldStats)> {
    let mut ids = Vec::new();
    let Some(holder) = rules.holder.as_deref() else {
        return ids;
    };
    for (table, labels) in tables.iter().zip(found) {
        for (field, label) in table.fields.iter().zip(&labels.labels) {
            if label.category.as_deref() == Some(holder) && is_identifier_field(field) {
                ids.extend(
                    field
                        .sample
                        .iter()
                        .filter(|v| v.len() >= MIN_ID_LENGTH && !is_public_owner(rules, v))
                        .map(|v| (v.as_str(), table, field)),
                );
            }
        }
    }
    ids
}

fn is_public_owner(rules: &ClassificationRules, id: &str) -> bool {
    rules
        .public_owners
        .iter()
        .any(|owner| owner.eq_ignore_ascii_case(id))
}

/// Unlabels, in place, the user ids whose every value is one of the service's own accounts
/// (`public_owners`): the `user_id` of a public model's concepts names Clarifai, not the person.
pub(crate) fn unlabel_public_owner_ids(
    rules: &ClassificationRules,
    tables: &[TableStats],
    found: &mut [TableLabels],
) {
    let Some(holder) = rules.holder.as_deref() else {
        return;
    };
    for (table, labels) in tables.iter().zip(found.iter_mut()) {
        for (field, label) in table.fields.iter().zip(labels.labels.iter_mut()) {
            let owner = field.sample.first().filter(|_| {
                label.category.as_deref() == Some(holder)
                    && named_as_id(field)
                    && field.sample.iter().all(|v| is_public_owner(rules, v))
            });
            if let Some(owner) = owner {
                *label = FieldLabel::unclassified(format!(
                    "names the service's own account (`{owner}`), not the person"
                ));
            }
        }
    }
}

/// Last words of a field that names who made or last changed its record.
const MAKERS: &[&str] = &[
    "creator",
    "created by",
    "author",
    "owner",
    "modified by",
    "updated by",
    "uploaded by",
    "added by",
];

fn names_who_made_it(field: &FieldStats) -> bool {
    let tokens = key_tokens(leaf_key(&field.name));
    MAKERS.iter().any(|m| ends_with_phrase(&tokens, m))
}

pub(crate) fn named_as_id(field: &FieldStats) -> bool {
    is_identifier(&key_tokens(leaf_key(&field.name)))
}

pub(crate) fn leaf_key(name: &str) -> &str {
    name.rsplit('.')
        .next()
        .unwrap_or(name)
        .trim_end_matches("[]")
}

/// Unlabels, in place, the objects that name the company's staff member keeping or handling a
/// record (`handler_roles`: a CRM contact's `Owner`, its `Modified_By`, a service desk issue's
/// `assignee`): an object under such a key whose id is not one of the person's own ids. Its
/// name and e-mail address are a staff member's, not the person's; an object with no id says
/// nothing of whose it is and keeps its labels.
pub(crate) fn unlabel_staff_handlers(
    rules: &ClassificationRules,
    tables: &[TableStats],
    found: &mut [TableLabels],
) {
    if rules.handler_roles.is_empty() {
        return;
    }
    let handler = |name: &str| {
        name.rsplit_once('.')
            .is_some_and(|(object, _)| key_is_one_of(leaf_key(object), &rules.handler_roles))
    };
    let ids = holder_ids(rules, tables, found);
    // A handler's own id (a Jira assignee's `accountId`) is labelled like any account's: it does
    // not make the handler the person.
    let known: HashSet<&str> = ids
        .iter()
        .filter(|i| !handler(&i.2.name))
        .map(|i| i.0)
        .collect();
    for (table, labels) in tables.iter().zip(found.iter_mut()) {
        // Each handler object of the table (its key path), keyed by where its id may sit: in
        // the object (`Created_By.id`) or beside it (Salesforce's `OwnerId` beside `Owner`).
        // Once an id of it is seen: whether its ids are all someone else's than the person's.
        let mut staff: HashMap<&str, Option<bool>> = HashMap::new();
        let mut beside: HashMap<(&str, Vec<String>), &str> = HashMap::new();
        for field in table.fields.iter().filter(|f| handler(&f.name)) {
            let (object, _) = field
                .name
                .rsplit_once('.')
                .expect("a handler's field has a parent");
            if staff.insert(object, None).is_none() {
                let (record, key) = object.rsplit_once('.').unwrap_or(("", object));
                let mut id_name = key_tokens(key.trim_end_matches("[]"));
                id_name.push("id".to_owned());
                beside.insert((record, id_name), object);
            }
        }
        if staff.is_empty() {
            continue;
        }
        for field in table
            .fields
            .iter()
            .filter(|f| named_as_id(f) && !f.sample.is_empty())
        {
            let (parent, leaf) = field.name.rsplit_once('.').unwrap_or(("", &field.name));
            let object = if staff.contains_key(parent) {
                Some(parent)
            } else {
                beside.get(&(parent, key_tokens(leaf))).copied()
            };
            if let Some(all_theirs) = object.and_then(|o| staff.get_mut(o)) {
                let theirs = field.sample.iter().all(|v| !known.contains(v.as_str()));
                *all_theirs = Some(all_theirs.unwrap_or(true) && theirs);
            }
        }
        // Only the object's own fields: one nested in it (Notion's `Created by` property holds
        // the `created_by` user) has an id of its own to say whose it is.
        for (field, label) in table.fields.iter().zip(labels.labels.iter_mut()) {
            let Some((object, _)) = field.name.rsplit_once('.') else {
                continue;
            };
            if staff.get(object) == Some(&Some(true)) && label.category.is_some() {
                *label = FieldLabel::unclassified(format!(
                    "names the company's staff member who handles the record (`{}`), not the person",
                    leaf_key(object)
                ));
            }
        }
    }
}

/// Labels, in place, the user ids of the service's own objects (`owned_objects`: a model, a
/// workflow) that name the person as their owner: the service calls them bookkeeping, but a
/// workflow's `user_id` that is not one of the `public_owners` (`clarifai`, `meta`) is the
/// person who built it, or a member of the community whose model they chose.
pub(crate) fn label_owners_of_objects(
    rules: &ClassificationRules,
    tables: &[TableStats],
    found: &mut [TableLabels],
) {
    let Some(holder) = rules.holder.as_deref() else {
        return;
    };
    if rules.owned_objects.is_empty() {
        return;
    }
    for (table, labels) in tables.iter().zip(found.iter_mut()) {
        for (f, field) in table.fields.iter().enumerate() {
            let Some((object_path, leaf)) = field.name.rsplit_once('.') else {
                continue;
            };
            let owned = object_path
                .rsplit('.')
                .next()
                .is_some_and(|object| key_is_one_of(object, &rules.owned_objects));
            let user_id =
                matches!(&key_tokens(leaf)[..], [user, id] if user == "user" && id == "id");
            if !(owned && user_id && labels.labels[f].category.is_none()) {
                continue;
            }
            let someone = field.sample.iter().find(|v| !is_public_owner(rules, v));
            if let Some(owner) = someone {
                labels.labels[f] = FieldLabel {
                    category: Some(holder.to_owned()),
                    confidence: HOLDER_CONFIDENCE,
                    evidence: format!(
                        "names the owner of the service's `{}` (`{owner}`), who is not one of its public publishers",
                        leaf_key(object_path)
                    ),
                    undisclosed: None,
                };
            }
        }
    }
}
