//! The company's staff in the records a sales or support team keeps about the person. A CRM's
//! contact or lead is owned, made and changed by the team's users (`contact.owner_id`, a lead's
//! `created_by`); the CRM writes those users' ids all over its other records (an activity's
//! `user_id`, a task's `updater_id`) and may list the users themselves beside the contact
//! (Freshsales' `users[]`). None of that is the person, though a user's id and name read like
//! an account holder's.

use std::collections::HashSet;

use dossier_policy::ClassificationRules;

use super::context::TableLabels;
use super::field_rules::{is_list_wrapper, key_is_one_of};
use super::holder::{leaf_key, named_as_id};
use super::FieldLabel;
use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::{key_tokens, name_words};

/// Ids shorter than this (`7`) are too common to say they are the same id.
const MIN_ID_LENGTH: usize = 4;

/// Unlabels, in place, the ids of the staff who handle the person's kept records, the names
/// written beside those ids, and the records of those staff members.
pub(crate) fn unlabel_staff_of_kept_records(
    rules: &ClassificationRules,
    tables: &[TableStats],
    found: &mut [TableLabels],
) {
    if rules.kept_records.is_empty() || rules.handler_ids.is_empty() {
        return;
    }
    let (staff, source) = staff_ids(rules, tables);
    if staff.is_empty() {
        return;
    }
    let all_staff = |field: &FieldStats| {
        !field.sample.is_empty() && field.sample.iter().all(|v| staff.contains(v.as_str()))
    };
    for (table, labels) in tables.iter().zip(found.iter_mut()) {
        // A record whose own id is a staff member's is that staff member (the CRM's user list).
        let staff_record = table
            .fields
            .iter()
            .any(|f| table.key_in_record(&f.name) == "id" && all_staff(f));
        let staff_fields: Vec<&str> = table
            .fields
            .iter()
            .filter(|f| {
                (named_as_id(f) || key_is_one_of(leaf_key(&f.name), &rules.handler_ids))
                    && all_staff(f)
            })
            .map(|f| f.name.as_str())
            .collect();
        for (field, label) in table.fields.iter().zip(labels.labels.iter_mut()) {
            if label.category.is_none() {
                continue;
            }
            let why = if staff_record {
                format!(
                    "a record of the company's staff member who handles the person's record (`{source}` names them), not the person"
                )
            } else if staff_fields
                .iter()
                .any(|id| names_the_same(id, &field.name))
            {
                format!(
                    "names the company's staff member who handles the person's record (`{source}` names them), not the person"
                )
            } else {
                continue;
            };
            *label = FieldLabel::unclassified(why);
        }
    }
}

/// The ids the handler fields of the kept records hold (not the record's own id), and the
/// first such field, to name in the evidence.
fn staff_ids<'t>(
    rules: &ClassificationRules,
    tables: &'t [TableStats],
) -> (HashSet<&'t str>, String) {
    let mut staff = HashSet::new();
    let mut own = HashSet::new();
    let mut source = String::new();
    for table in tables {
        for field in &table.fields {
            let (record, leaf) = field.name.rsplit_once('.').unwrap_or(("", &field.name));
            if !kept(rules, table, record) {
                continue;
            }
            let values = field.sample.iter().filter(|v| v.len() >= MIN_ID_LENGTH);
            if leaf == "id" {
                own.extend(values.map(String::as_str));
            } else if key_is_one_of(leaf, &rules.handler_ids) {
                if source.is_empty() && !field.sample.is_empty() {
                    source = format!("{}::{}", table.file, field.name);
                }
                staff.extend(values.map(String::as_str));
            }
        }
    }
    // A person who made their own record (a self-signup lead) is not staff.
    staff.retain(|id| !own.contains(id));
    (staff, source)
}

/// Whether the object `record` of a field in `table` is a record the team keeps about the
/// person: named so itself (`contact` in `contact.owner_id`), or, at the top of its file, by
/// its file (`lead.json`).
fn kept(rules: &ClassificationRules, table: &TableStats, record: &str) -> bool {
    let object = record
        .rsplit('.')
        .find(|key| !is_list_wrapper(key))
        .unwrap_or("");
    if !object.is_empty() {
        return key_is_one_of(object, &rules.kept_records);
    }
    let file = table.file.rsplit('/').next().unwrap_or(&table.file);
    let words = name_words(file).join(" ");
    !words.is_empty() && key_is_one_of(&words, &rules.kept_records)
}

/// Whether `field` is the staff id field `id` itself or the name written beside it: `user_name`
/// beside `user_id`, `created_by_name` beside `created_by`.
fn names_the_same(id: &str, field: &str) -> bool {
    if id == field {
        return true;
    }
    let (id_parent, id_leaf) = id.rsplit_once('.').unwrap_or(("", id));
    let (parent, leaf) = field.rsplit_once('.').unwrap_or(("", field));
    if id_parent != parent {
        return false;
    }
    let mut role = key_tokens(id_leaf);
    if role.last().is_some_and(|w| w == "id") {
        role.pop();
    }
    role.push("name".to_owned());
    key_tokens(leaf) == role
}
