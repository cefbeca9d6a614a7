//! A request and its response as a recording tool saves them (nock's fixtures, WireMock's
//! recorded mappings, a Newman run): `{"method": "POST", "path": …, "status": 200,
//! "response": {...}}` or `{"request": {"method": …}, "response": {"status": …, "headers":
//! {...}}}`. The call's method, address, status and headers, and the tool's own keys beside
//! them (WireMock's `insertionIndex`, nock's `responseIsBinary`), are the tool's record of the
//! call, not the person's data: the response's body holds that. The file of such a record is
//! named for the call (`audit_log_searches-4d47….json`), so the name must not lend its
//! category to those fields.

use super::context::TableLabels;
use super::envelope::mark;
use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::key_tokens;

/// The methods of HTTP, as the tools write them.
const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
/// Objects that hold one side of the call.
const SIDES: &[&str] = &["request", "response"];
/// Objects of a side that list its headers.
const HEADERS: &[&str] = &["headers", "rawHeaders", "raw_headers"];

/// Marks as bookkeeping the call's own fields in a table of recorded HTTP exchanges: its
/// top-level fields and each side's plain fields and headers that no rule of their own claims,
/// and the method and status themselves.
pub(crate) fn label_exchange(table: &TableStats, found: &mut TableLabels) {
    // Key paths inside a record: a table of exchanges may be nested (Pact's `interactions[]`).
    let start = table.record_start();
    let in_record = |field: &FieldStats| field.name[start..].to_owned();
    let method = table
        .fields
        .iter()
        .position(|f| is_method(&in_record(f), f));
    let status = table
        .fields
        .iter()
        .position(|f| is_status(&in_record(f), f));
    headers_of_any_message(table, found);
    let (Some(method), Some(status)) = (method, status) else {
        return;
    };
    for i in [method, status] {
        mark(found, i, call_field(&table.fields[i]));
    }
    for (i, field) in table.fields.iter().enumerate() {
        let unclaimed = found.own[i].list.is_empty() && !found.bookkeeping[i];
        if unclaimed && of_the_call(&in_record(field)) {
            mark(found, i, call_field(field));
        }
    }
}

/// Wherever a message's HTTP headers sit (mountebank's `stubs[].responses[].is.headers`, a
/// saved response's `headers`), those no rule of their own claims (`Content-Type`, `Vary`,
/// `Access-Control-Allow-Origin`) are the protocol's; a `User-Agent` keeps its rule. A mail's
/// headers (`to`, `subject`, `date`) are written in lower case and are left alone.
fn headers_of_any_message(table: &TableStats, found: &mut TableLabels) {
    for (i, field) in table.fields.iter().enumerate() {
        let unclaimed = found.own[i].list.is_empty() && !found.bookkeeping[i];
        let header = field.name.rsplit_once('.').is_some_and(|(object, leaf)| {
            let object = object.rsplit('.').next().unwrap_or(object);
            HEADERS.contains(&object) && is_http_header_name(leaf)
        });
        if unclaimed && header {
            mark(found, i, call_field(field));
        }
    }
}

/// `Content-Type`, `Date`, `X-Clarifai-Request-Id`: capitalised words, joined by hyphens.
fn is_http_header_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('-').all(|word| {
            word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

fn call_field(field: &FieldStats) -> String {
    format!(
        "`{}` is part of a recorded HTTP call (its method, address, status or headers), not the \
         person's data",
        field.name
    )
}

/// A field at the top of the record, a plain field of one side, or one of a side's headers.
fn of_the_call(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    match parts.as_slice() {
        [_] => true,
        [side, _] if SIDES.contains(side) => true,
        [headers, ..] if HEADERS.contains(headers) => true,
        [side, headers, ..] => SIDES.contains(side) && HEADERS.contains(headers),
        _ => false,
    }
}

/// `method` at the top of the record or of its request, holding only HTTP methods.
fn is_method(name: &str, field: &FieldStats) -> bool {
    let at_the_call = matches!(name, "method" | "request.method");
    at_the_call
        && !field.sample.is_empty()
        && field
            .sample
            .iter()
            .all(|v| METHODS.contains(&v.trim().to_ascii_uppercase().as_str()))
}

/// A status at the top of the record or of its response, holding only HTTP status codes.
fn is_status(name: &str, field: &FieldStats) -> bool {
    let (side, leaf) = match name.split_once('.') {
        Some((side, leaf)) => (side, leaf),
        None => ("response", name),
    };
    let tokens = key_tokens(leaf);
    let named = matches!(
        tokens
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["status"] | ["status", "code"] | ["code"]
    );
    side == "response"
        && named
        && !field.sample.is_empty()
        && field.sample.iter().all(|v| {
            v.trim()
                .parse::<u16>()
                .is_ok_and(|code| (100..600).contains(&code))
        })
}
