//! The envelope of an API response saved as a file: `{"requestId": …, "success": true,
//! "result": [...]}` (Marketo), `{"count": 2, "next_page": null, "tickets": [...]}` (Zendesk),
//! `{"totalSize": 2, "done": true, "records": [...]}` (Salesforce).
//! Beside a paging or request field, the other plain fields at the top of the file describe the
//! response, not the person: they are bookkeeping too. Nested objects and lists are the data,
//! except an object of paging, at the top or nested in a record (a related list's `totalSize`).
//! So is a count at the top of a response that is the length of its list (`"total": 2` beside
//! two `results`), and the state and times of a batch job beside the results it returned
//! (HubSpot's `{"status": "COMPLETE", "results": [...], "startedAt": …}`).

use std::collections::HashMap;

use dossier_policy::ClassificationRules;

use super::context::TableLabels;
use super::field_rules::{is_identifier_field, is_list_wrapper};
use super::phrases::is_phrase;
use super::service_values::every_value;
use super::sobject;
use super::FieldLabel;
use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::key_tokens;
use crate::records::value::ValueKind;

/// Words of the fields that only a response has: its request's id, its paging and its size. (`livemode`
/// or `object` are bookkeeping too, but of an object, which has fields of its own.)
const ENVELOPE_WORDS: &[&str] = &["request", "page", "cursor", "more", "offset", "total"];
/// Top-level fields that say whether the request that saved the response worked.
const RESPONSE_OUTCOMES: &[&str] = &["success", "ok"];
/// Words of a top-level field that, beside such a field, can only say where the response is in
/// its list (`page`, `page_count`).
const PAGING_WORDS: &[&str] = &["page", "pages", "count", "number", "size", "total"];
/// Words of a top-level field that, beside a count of the response's list, say which part of the
/// list it holds, how the list is ordered, or how to page through it (Peloton's `page_count`,
/// `show_next`, `sort_by`).
const WINDOW_WORDS: &[&str] = &[
    "start", "limit", "length", "offset", "skip", "take", "per", "page", "pages", "size", "count",
    "total", "number", "show", "has", "more", "next", "previous", "prev", "sort", "order", "by",
];

/// States of a batch or asynchronous job: the `status` of the response that returns its results
/// (HubSpot's batch reads: `{"status": "COMPLETE", "results": [...], "startedAt": …}`).
const JOB_STATES: &[&str] = &[
    "pending",
    "processing",
    "running",
    "complete",
    "completed",
    "canceled",
    "cancelled",
    "done",
    "finished",
];
/// Words of the other top-level fields of such a response: when the job was asked for, started
/// and finished, and how many of its items failed.
const JOB_WORDS: &[&str] = &[
    "requested",
    "started",
    "completed",
    "finished",
    "at",
    "time",
    "num",
    "errors",
];

/// Names of an object at the top of a response that says how its request ran.
const TIMING_OBJECTS: &[&str] = &["time", "timing", "timings"];
/// Words of that object's fields: when the request started and ended and what it took
/// (Bitrix24's `time: {start, finish, duration, processing, date_start, date_finish}`).
const TIMING_WORDS: &[&str] = &[
    "start",
    "finish",
    "end",
    "duration",
    "processing",
    "operating",
    "elapsed",
    "took",
    "date",
    "time",
    "at",
    "ms",
];

/// The nested lists of each file, gathered once: whether the one record at the top of a file
/// is a response's envelope depends on the lists beside it, which are tables of their own.
pub(crate) struct FileLists<'a> {
    by_file: HashMap<&'a str, Vec<&'a TableStats>>,
}

impl<'a> FileLists<'a> {
    pub(crate) fn new(tables: &'a [TableStats]) -> Self {
        let mut by_file: HashMap<&str, Vec<&TableStats>> = HashMap::new();
        for table in tables.iter().filter(|t| t.table.ends_with("[]")) {
            by_file.entry(table.file.as_str()).or_default().push(table);
        }
        FileLists { by_file }
    }

    fn of(&self, file: &str) -> &[&'a TableStats] {
        self.by_file.get(file).map_or(&[], Vec::as_slice)
    }

    /// The file's list at its top whose key says only that it holds the data (`data[]`,
    /// `results[]`).
    fn wrapped_list(&self, file: &str) -> Option<&'a TableStats> {
        self.of(file).iter().copied().find(|t| {
            t.table
                .strip_suffix("[]")
                .is_some_and(|key| !key.contains('.') && is_list_wrapper(key))
        })
    }
}

/// Marks as bookkeeping the fields of any object of paging in the table, and the top-level
/// fields of a file's main table that sit beside a request or paging field of the pack's
/// `bookkeeping_fields`, or beside the outcome of a response that wraps its data, and that no
/// rule of their own claims.
pub(crate) fn label_envelope(
    rules: &ClassificationRules,
    table: &TableStats,
    lists: &FileLists<'_>,
    found: &mut TableLabels,
) {
    let is_marker = |name: &str| {
        let tokens = key_tokens(name);
        tokens.iter().any(|t| ENVELOPE_WORDS.contains(&t.as_str()))
            && rules
                .bookkeeping_fields
                .iter()
                .any(|w| is_phrase(&tokens, w))
    };
    // An object that holds a paging field is a response's paging, all of it: Help Scout's
    // `page: {size, number, totalElements, totalPages}`, Intercom's `pages`, and a nested
    // query result inside a record (Salesforce's `ActivityHistories: {totalSize, done}`).
    let paging: Vec<&str> = table
        .fields
        .iter()
        .filter_map(|f| f.name.rsplit_once('.'))
        .filter(|(object, field)| {
            // Deeper in a record, only paging says so: a `requestId` in a log entry's debug
            // data sits beside what the entry is about.
            let nested_paging =
                !object.contains('.') || !key_tokens(field).iter().any(|t| t == "request");
            !object.ends_with("[]") && is_marker(field) && nested_paging
        })
        .map(|(object, _)| object)
        .collect();
    for (i, field) in table.fields.iter().enumerate() {
        let object = field.name.rsplit_once('.').map(|(object, _)| object);
        let paging_object = object
            .filter(|o| paging.contains(o))
            .filter(|_| !sobject::record_field_beside_a_query(table, &field.name));
        if let Some(object) = paging_object {
            mark(
                found,
                i,
                format!("a field of the response's paging `{object}`, not data"),
            );
        }
    }
    // A response is one object at the top of its file; the rows of a table file (Apple's
    // `Data & Privacy Request History.csv` with its `Request ID` column) are records.
    if !table.is_single_top_record() {
        return;
    }
    let top = |name: &str| !name.contains('.') && !name.is_empty();
    // A response says whether the request worked (`{"success": true, "data": [...]}`, Slack's
    // `ok`); where it wraps its data in a key that says only that, an object or a list, the
    // rest of its top is the envelope's too.
    let wraps_data = lists.wrapped_list(&table.file).is_some()
        || table.fields.iter().any(|f| {
            f.name
                .split_once('.')
                .is_some_and(|(key, _)| is_list_wrapper(key))
        });
    let outcome = |name: &str| wraps_data && RESPONSE_OUTCOMES.contains(&name);
    // Beside the data it wraps or its count, an object of when the request started and how
    // long it took is the response's (Bitrix24's `time` beside `result` and `total`), however
    // its times look.
    let counted = table
        .fields
        .iter()
        .any(|f| top(&f.name) && made_of(&f.name, PAGING_WORDS));
    if wraps_data || counted {
        for (i, field) in table.fields.iter().enumerate() {
            let timing = field.name.split_once('.').is_some_and(|(object, leaf)| {
                TIMING_OBJECTS.contains(&object) && made_of(leaf, TIMING_WORDS)
            });
            if timing {
                mark(
                    found,
                    i,
                    "when the request that saved this response ran, not data".to_owned(),
                );
            }
        }
    }
    // Or it says so in words (Zulip's `"result": "success"`); beside such a word the record may
    // still be at the top (Zulip's own user), so only a wrapper of the data makes the rest of
    // the top the envelope's.
    let says_it_worked = |field: &FieldStats| {
        matches!(field.name.as_str(), "result" | "status" | "stat")
            && (every_value(field, |v| {
                RESPONSE_OUTCOMES.contains(&v.trim().to_ascii_lowercase().as_str())
            })
                // ...or as a yes or no beside the data it wraps (Paystack's `{"status": true,
                // "message": "Customer retrieved", "data": {...}}`).
                || wraps_data && field.kind == ValueKind::Boolean)
    };
    // Or in a code of the service's own, 0 for success (Vinted's `{"code": 0, "user": {...}}`),
    // beside the data it answered with.
    let answers_with_data = table.fields.iter().any(|f| f.name.contains('.'));
    let worked_code = |field: &FieldStats| {
        answers_with_data
            && matches!(
                field.name.as_str(),
                "code" | "error_code" | "errcode" | "ret"
            )
            && every_value(field, |v| v.trim() == "0")
    };
    for (i, field) in table.fields.iter().enumerate() {
        let flag =
            RESPONSE_OUTCOMES.contains(&field.name.as_str()) && field.kind == ValueKind::Boolean;
        if flag || says_it_worked(field) || worked_code(field) {
            mark(
                found,
                i,
                "whether the request that saved this response worked, not data".to_owned(),
            );
        }
    }
    let marker = table
        .fields
        .iter()
        .find(|f| {
            let name = f.name.as_str();
            top(name) && (is_marker(name) || outcome(name) || wraps_data && says_it_worked(f))
        })
        .map(|f| f.name.as_str());
    let Some(marker) = marker else {
        return;
    };
    // Beside it, the top-level fields that no rule claims are the envelope's, and so is a
    // page's number or a count of pages, whatever a rule of `page` thinks of it; a record's id
    // stays.
    let why = format!("a field of the API response's envelope (beside `{marker}`), not data");
    for (i, field) in table.fields.iter().enumerate() {
        let envelope = found.unclaimed(i) || made_of(&field.name, PAGING_WORDS);
        if top(&field.name) && envelope && !is_identifier_field(field) {
            mark(found, i, why.clone());
        }
    }
}

/// Whether every word of the name is one of `words`.
fn made_of(name: &str, words: &[&str]) -> bool {
    key_tokens(name).iter().all(|t| words.contains(&t.as_str()))
}

/// Marks field `i` as bookkeeping, for `why`.
pub(crate) fn mark(found: &mut TableLabels, i: usize, why: String) {
    found.bookkeeping[i] = true;
    found.own[i] = Default::default();
    found.labels[i] = FieldLabel::unclassified(why);
}

/// Marks as bookkeeping, in every file's main table of one record, the top-level counts
/// (`total`, `count`, `totalItems`) whose every value is the number of records of one of the
/// file's lists: the response saying how long its list is.
pub(crate) fn label_list_counts(
    tables: &[TableStats],
    lists: &FileLists<'_>,
    found: &mut [TableLabels],
) {
    for (i, table) in tables.iter().enumerate() {
        if !table.is_single_top_record() {
            continue;
        }
        let lengths: Vec<(u64, &str)> = lists
            .of(&table.file)
            .iter()
            .map(|t| (t.records, t.table.as_str()))
            .collect();
        for (j, field) in table.fields.iter().enumerate() {
            // Only a count of the response's items, not of something named (`tags_count`).
            let tokens = key_tokens(&field.name);
            let counts = !field.name.contains('.')
                && tokens
                    .iter()
                    .any(|t| matches!(t.as_str(), "total" | "count"))
                && tokens.iter().all(|t| {
                    matches!(
                        t.as_str(),
                        "total" | "count" | "items" | "results" | "elements" | "records"
                    )
                });
            let length = field.sample.first().and_then(|v| v.parse::<u64>().ok());
            let list = length.and_then(|n| lengths.iter().find(|(records, _)| *records == n));
            if let (true, Some((_, list))) = (counts && field.sample.len() == 1, list) {
                mark(
                    &mut found[i],
                    j,
                    format!("counts the records of `{list}` in this response, not data"),
                );
                window_of(table, &mut found[i], list);
            }
        }
    }
}

/// Marks as bookkeeping the top of a batch job's response: a `status` that is a job's state, the
/// job's times and its count of errors, beside the list of results the job returned. An order
/// or a ticket with a `status` has fields of its own beside it, so its top is left alone.
pub(crate) fn label_job_responses(
    tables: &[TableStats],
    lists: &FileLists<'_>,
    found: &mut [TableLabels],
) {
    for (i, table) in tables.iter().enumerate() {
        let job_state = |f: &FieldStats| {
            f.name == "status"
                && every_value(f, |v| {
                    JOB_STATES.contains(&v.trim().to_ascii_lowercase().as_str())
                })
        };
        let only_the_job = |f: &FieldStats| f.name == "status" || made_of(&f.name, JOB_WORDS);
        let is_job_top = table.is_single_top_record()
            && table.fields.iter().any(job_state)
            && table.fields.iter().all(only_the_job);
        if !is_job_top {
            continue;
        }
        let Some(results) = lists.wrapped_list(&table.file) else {
            continue;
        };
        let why = format!(
            "the state and times of the job that returned `{}`, not data",
            results.table
        );
        for j in 0..table.fields.len() {
            mark(&mut found[i], j, why.clone());
        }
    }
}

/// Beside a count of its list, the window of the list the response holds (Auth0's `start`,
/// `limit` and `length`) is the response's too.
fn window_of(table: &TableStats, found: &mut TableLabels, list: &str) {
    for (j, field) in table.fields.iter().enumerate() {
        let window = !field.name.contains('.') && made_of(&field.name, WINDOW_WORDS);
        if window && !found.bookkeeping[j] {
            mark(
                found,
                j,
                format!("the part of `{list}` this response holds, not data"),
            );
        }
    }
}
