//! Salesforce's sObject records. Salesforce writes what each record is, and each record it
//! links to, in `attributes: {type, url}` beside its fields (`Contact`, `Account`, `Task`). Its
//! Account is the company a contact belongs to, not a person's account with a service, so an
//! id is a person's only in a record of a person.

use crate::records::stats::{FieldStats, TableStats};

/// sObjects whose records are people: their `Id` identifies the person. A `User` is one of
/// the company's staff.
const PEOPLE: [&str; 4] = ["Contact", "Lead", "Individual", "LiveChatVisitor"];

/// The sampled values of `key` in the same record as the field `name`.
fn beside<'t>(table: &'t TableStats, name: &str, key: &str) -> Option<&'t [String]> {
    let key = match name.rsplit_once('.') {
        Some((object, _)) => format!("{object}.{key}"),
        None => key.to_owned(),
    };
    table
        .fields
        .iter()
        .find(|f| f.name == key)
        .map(|f| f.sample.as_slice())
}

/// The sObject the record holding `name` is, when every sampled record is the same one.
fn record_type<'t>(table: &'t TableStats, name: &str) -> Option<&'t str> {
    let types = beside(table, name, "attributes.type")?;
    let first = types.first()?;
    types.iter().all(|t| t == first).then_some(first.as_str())
}

/// True when the record holding `name` is a person: a contact, a lead, or a person account
/// (an Account whose `IsPersonAccount` is true).
fn of_a_person(table: &TableStats, name: &str, kind: &str) -> bool {
    let person_account = || {
        beside(table, name, "IsPersonAccount")
            .is_some_and(|flags| !flags.is_empty() && flags.iter().all(|v| v == "true"))
    };
    PEOPLE.contains(&kind) || kind == "Account" && person_account()
}

/// Why an id in a Salesforce record identifies no person: the link to the record's Account (a
/// company), or the record's own `Id` when the record is not a person.
pub(crate) fn set_aside(table: &TableStats, stats: &FieldStats) -> Option<String> {
    let name = stats.name.as_str();
    let leaf = name.rsplit('.').next().unwrap_or(name);
    if leaf != "AccountId" && leaf != "Id" {
        return None;
    }
    let kind = record_type(table, name)?;
    // The sObject's name is left out of the sentences: presenter mode masks values.
    if leaf == "AccountId" {
        return Some(
            "the id of the Salesforce Account (a company) a record belongs to, not of a person"
                .to_owned(),
        );
    }
    (!of_a_person(table, name, kind)).then(|| {
        "the id of a Salesforce record that is not a person (its `attributes.type`)".to_owned()
    })
}

/// The keys of a query's result (`{totalSize, done, nextRecordsUrl, records}`).
const QUERY_RESULT: [&str; 3] = ["totalSize", "done", "nextRecordsUrl"];

/// True when `name` sits in an object that is a record in some of the file's entries (it has
/// `attributes.type` beside it) and is not a key of a query's result: Salesforce's composite
/// and batch responses put a record in one entry's `body` and a query's result in another's,
/// so the two share one table, and only the query's keys are paging.
pub(crate) fn record_field_beside_a_query(table: &TableStats, name: &str) -> bool {
    let leaf = name.rsplit('.').next().unwrap_or(name);
    beside(table, name, "attributes.type").is_some() && !QUERY_RESULT.contains(&leaf)
}
