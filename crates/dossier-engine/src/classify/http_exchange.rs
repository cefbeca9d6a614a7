//! A request and its response as a recording tool saves them (nock's fixtures, WireMock's
//! recorded mappings, Pact's contracts): `{"method": "POST", "path": …, "status": 200,
//! "response": {...}}` or `{"request": {"method": …}, "response": {"status": …, "headers":
//! {...}}}`. The call's method, address, status and headers, and the tool's own keys beside
//! them (WireMock's `insertionIndex`, nock's `responseIsBinary`), are the tool's record of the
//! call, not the person's data: the bodies hold that. The file of such a record is named for
//! the call (`audit_log_searches-4d47….json`), so the name must not lend its category to
//! those fields.

use super::context::TableLabels;
use super::envelope::mark;
use super::service_values::every_value;
use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::key_tokens;

/// The methods of HTTP, as the tools write them.
const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
/// Objects that hold one side of the call.
const SIDES: &[&str] = &["request", "response"];
/// Keys a recorder keeps a body under, whole (WireMock's `response.body`, nock's `response`):
/// what the person's data is in, whatever a rule can tell of it.
const BODIES: &[&str] = &["body", "response", "jsonBody", "base64Body"];
/// The object of a message that holds its headers.
const HEADERS: &str = "headers";
/// Headers that name a person or their device rather than the protocol: who sent a mail, the
/// cookies and credentials of a session, the address a request came from.
const PERSONAL_HEADERS: &[&str] = &[
    "From",
    "To",
    "Cc",
    "Bcc",
    "Reply-To",
    "Subject",
    "Cookie",
    "Set-Cookie",
    "Authorization",
    "Forwarded",
    "X-Forwarded-For",
    "X-Real-Ip",
    "User-Agent",
];

/// Marks as bookkeeping the protocol's headers wherever they sit and, in a table of recorded
/// HTTP exchanges, the call's method and status and the plain fields at the top of the record
/// or of either side that no rule of their own claims, bodies aside.
/// Key paths are read inside the record: a table of exchanges may be nested (Pact's
/// `interactions[]`).
pub(crate) fn label_exchange(table: &TableStats, found: &mut TableLabels) {
    headers_of_any_message(table, found);
    let method = table
        .fields
        .iter()
        .position(|f| is_method(table.key_in_record(&f.name), f));
    let status = table
        .fields
        .iter()
        .position(|f| is_status(table.key_in_record(&f.name), f));
    // A log of the person's own requests has a method and a status too; a recorder keeps the
    // two sides of the call.
    let recorded = table.fields.iter().any(|f| {
        let name = table.key_in_record(&f.name);
        name == "response"
            || SIDES
                .iter()
                .any(|side| name.starts_with(&format!("{side}.")))
    });
    let (Some(method), Some(status), true) = (method, status, recorded) else {
        return;
    };
    for i in [method, status] {
        mark(found, i, call_field(&table.fields[i]));
    }
    for (i, field) in table.fields.iter().enumerate() {
        if found.unclaimed(i) && of_the_call(table.key_in_record(&field.name)) {
            mark(found, i, call_field(field));
        }
    }
}

/// Wherever a message's HTTP headers sit (mountebank's `stubs[].responses[].is.headers`, a
/// saved response's `headers`), those no rule claims (`Content-Type`, `Vary`,
/// `Access-Control-Allow-Origin`) are the protocol's, except the headers that name a person
/// (`PERSONAL_HEADERS`). A mail's headers written in lower case (`to`, `subject`) are no HTTP
/// header names and are left to their rules.
fn headers_of_any_message(table: &TableStats, found: &mut TableLabels) {
    for (i, field) in table.fields.iter().enumerate() {
        let header = field.name.rsplit_once('.').is_some_and(|(object, leaf)| {
            object.rsplit('.').next() == Some(HEADERS) && is_protocol_header(leaf)
        });
        if header && found.unclaimed(i) {
            mark(found, i, call_field(field));
        }
    }
}

/// `Content-Type`, `Date`, `X-Clarifai-Request-Id`: capitalised words joined by hyphens, and
/// none of the headers that name a person or the address a request came from.
fn is_protocol_header(name: &str) -> bool {
    let capitalised = !name.is_empty()
        && name.split('-').all(|word| {
            word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.chars().all(|c| c.is_ascii_alphanumeric())
        });
    let personal = PERSONAL_HEADERS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(name))
        || name.to_ascii_lowercase().ends_with("-ip");
    capitalised && !personal
}

fn call_field(field: &FieldStats) -> String {
    format!(
        "`{}` is part of a recorded HTTP call (its method, address, status or headers), not the \
         person's data",
        field.name
    )
}

/// A field at the top of the record or a plain field of one side, not a body.
fn of_the_call(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    let plain = match parts.as_slice() {
        [_] => true,
        [side, _] => SIDES.contains(side),
        _ => false,
    };
    let leaf = parts.last().is_some_and(|leaf| BODIES.contains(leaf));
    plain && !leaf
}

/// `method` at the top of the record or of its request, holding only HTTP methods.
fn is_method(name: &str, field: &FieldStats) -> bool {
    matches!(name, "method" | "request.method")
        && every_value(field, |v| {
            METHODS.contains(&v.trim().to_ascii_uppercase().as_str())
        })
}

/// A status at the top of the record or of its response, holding only HTTP status codes.
fn is_status(name: &str, field: &FieldStats) -> bool {
    let (side, leaf) = name.split_once('.').unwrap_or(("response", name));
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
        && every_value(field, |v| {
            v.trim()
                .parse::<u16>()
                .is_ok_and(|code| (100..600).contains(&code))
        })
}
