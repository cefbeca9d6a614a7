//! Fields that name the kind of record they sit in: `"type": "message"` in a file of messages,
//! `"type": "issue_comment"` in GitHub's `issue_comments_000001.json`, the class of a JSON-LD
//! node (`"type": "Note"`) or of a GeoJSON object (`"type": "Feature"`). They repeat what the
//! file's structure already says; they tell nothing about the person, so they are bookkeeping.
//! A `type` that says something of its own (a card's brand `card`, a connection's `github`, an
//! activity's `ON_FOOT`) names none of these and keeps its label.

use std::collections::HashSet;

use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::key_tokens;

/// The classes GeoJSON (RFC 7946, section 1.4) writes in its `type` member.
const GEOJSON_TYPES: &[&str] = &[
    "Feature",
    "FeatureCollection",
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
];

/// Words of a path that say how it is stored, not what its records are.
const STORAGE_WORDS: &[&str] = &["json", "jsonl", "csv", "list", "data", "items", "export"];

/// The files of the scan written in JSON-LD: those with a `@context`.
pub(crate) fn json_ld_files(tables: &[TableStats]) -> HashSet<&str> {
    tables
        .iter()
        .filter(|t| {
            t.fields.iter().any(|f| {
                f.name.trim_end_matches("[]") == "@context" || f.name.starts_with("@context.")
            })
        })
        .map(|t| t.file.as_str())
        .collect()
}

/// Why `field` names the kind of its record rather than anything of the person's, if it does.
/// `subject` holds the words of what the records are about (their file, their table, the
/// records they are nested in, the subjects of the record rules they meet).
pub(crate) fn names_its_record(
    field: &FieldStats,
    subject: &[String],
    json_ld: bool,
) -> Option<String> {
    // Dropbox's API writes which member of a union a value is as a key `.tag` (`"access_type":
    // {".tag": "editor"}`): the format's own discriminator.
    if field.name == ".tag" || field.name.ends_with("..tag") {
        return Some("the kind of a value of the API's tagged union (`.tag`), not data".to_owned());
    }
    let leaf = field.name.rsplit('.').next().unwrap_or(&field.name);
    let leaf = leaf.trim_end_matches("[]");
    // Coinbase names an object's kind its `resource` (`"resource": "transaction"`).
    if !matches!(leaf, "type" | "kind" | "resource" | "@type" | "$type") || field.sample.is_empty()
    {
        return None;
    }
    // JSON-LD's `@type` and ATProto's `$type` name a schema by the format's own rules.
    if json_ld || leaf.starts_with(['@', '$']) {
        return Some("the class of a JSON-LD node (the format's vocabulary), not data".to_owned());
    }
    if field
        .sample
        .iter()
        .all(|v| GEOJSON_TYPES.contains(&v.trim()))
    {
        return Some("the kind of a GeoJSON object (the format's vocabulary), not data".to_owned());
    }
    let record_words: HashSet<&str> = subject
        .iter()
        .filter(|w| w.len() > 3 && !STORAGE_WORDS.contains(&w.as_str()))
        .map(|w| singular(w))
        .collect();
    // The objects the field sits in: Intercom's `"type": "contact.list"` names the list
    // object `contacts` it is written in.
    let object_words: HashSet<String> = object_words(&field.name).collect();
    let names_a_list = |tokens: &[String]| match tokens.split_last() {
        Some((last, of)) if last == "list" => of
            .iter()
            .all(|t| record_words.contains(singular(t)) || object_words.contains(singular(t))),
        _ => false,
    };
    field.sample.iter().find_map(|value| {
        // All of it: `app_specific_key` among keys says which kind of key, `message` among
        // messages says nothing.
        let tokens = key_tokens(value);
        if names_a_list(&tokens) {
            return Some(format!(
                "names the kind of object it sits in (`{value}`, a list), not data"
            ));
        }
        let echoed =
            !tokens.is_empty() && tokens.iter().all(|t| record_words.contains(singular(t)));
        if echoed {
            return Some(format!(
                "names the kind of record it sits in (`{value}`), which its file already says"
            ));
        }
        // `"avatar": {"type": "avatar"}`, `"statistics": {"type": "conversation_statistics"}`:
        // the object it sits in, named again.
        let of_its_object = !tokens.is_empty()
            && !object_words.is_empty()
            && tokens
                .iter()
                .all(|t| object_words.contains(singular(t)) || record_words.contains(singular(t)));
        if of_its_object {
            return Some(format!(
                "names the kind of object it sits in (`{value}`), which its key already says"
            ));
        }
        // Which kind of account wrote or was given something (`author.type: "admin"`,
        // `createdBy.type: "customer"`): the service's own classes of accounts.
        let party = !object_words.is_empty()
            && !tokens.is_empty()
            && tokens.iter().all(|t| PARTY_KINDS.contains(&t.as_str()));
        party.then(|| format!("names a class of the service's accounts (`{value}`), not data"))
    })
}

/// Classes of accounts that APIs write in the `type` of an author, an assignee or a mention.
const PARTY_KINDS: &[&str] = &[
    "user", "admin", "bot", "customer", "contact", "teammate", "team", "visitor", "lead",
    "operator", "agent", "system",
];

/// Why `field` only names a slot of a name/value list (GA4's `event_params[].key`, Marketo's
/// `attributes[].name`, Google Fit's `aggregate[].metricName`), if it does: the value beside it
/// is the data, labelled by what it holds.
pub(crate) fn names_a_slot(table: &TableStats, field: &FieldStats) -> Option<String> {
    // A list of records: a nested array, or the rows of a table file (Duolingo's
    // `profile.csv` with its `name,value` columns).
    let start = match table.table.as_str() {
        "" if table.records > 1 => 0,
        t if t.ends_with("[]") => t.len() + 1,
        _ => return None,
    };
    let inner = |name: &str| name.get(start..).map(key_tokens);
    let tokens = inner(&field.name)?;
    let slot = match tokens.as_slice() {
        // Meta's `label_values[]{label, value}` name their slots with a `label`.
        [only] => matches!(only.as_str(), "name" | "key" | "label"),
        [of, last] => {
            matches!(last.as_str(), "name" | "key")
                && matches!(
                    of.as_str(),
                    "metric"
                        | "attribute"
                        | "field"
                        | "property"
                        | "param"
                        | "parameter"
                        | "display"
                )
        }
        _ => false,
    };
    // Only a field named as a slot looks at the rest of the table: every field of a wide table
    // would otherwise read every other.
    if !slot {
        return None;
    }
    // A `key` names a slot even beside an id of its own (WooCommerce's `meta_data[]{id, key,
    // value}`); a `name` beside an id names a thing.
    let keyed = tokens.last().is_some_and(|w| w == "key");
    let valued = table.fields.iter().any(|f| {
        inner(&f.name).is_some_and(|t| t.iter().any(|w| matches!(w.as_str(), "value" | "val")))
    });
    // Things with an id of their own are named things (a concept with its score), not slots.
    let identified = table
        .fields
        .iter()
        .any(|f| inner(&f.name).is_some_and(|t| t.last().is_some_and(|w| w == "id")));
    (valued && (keyed || !identified))
        .then(|| "names a slot of a name/value list; the value beside it is the data".to_owned())
}

/// Why `field` is the time zone half of a date serialised by PHP's `DateTime` (`{"date": "…",
/// "timezone_type": 3, "timezone": "UTC"}`, as Braintree's PHP SDK and Laravel write dates), if
/// it is: the format's way of writing one date, whose `date` part is the value.
pub(crate) fn names_a_date_part(table: &TableStats, field: &FieldStats) -> Option<String> {
    let (object, leaf) = field.name.rsplit_once('.')?;
    if !matches!(leaf, "timezone" | "timezone_type") {
        return None;
    }
    let has = |part: &str| {
        let name = format!("{object}.{part}");
        table.fields.iter().any(|f| f.name == name)
    };
    (has("date") && has("timezone_type")).then(|| {
        "the time zone of a date as PHP writes it; the `date` beside it is the value".to_owned()
    })
}

/// The words of the objects a field sits in, each in the singular (`tag` and `contact` for
/// `contacts.tags.url`).
pub(crate) fn object_words(field: &str) -> impl Iterator<Item = String> + '_ {
    let objects = field.rsplit_once('.').map_or("", |(objects, _)| objects);
    objects
        .split('.')
        .filter(|o| !o.is_empty())
        .flat_map(|o| key_tokens(o.trim_end_matches("[]")))
        .map(|w| singular(&w).to_owned())
}

/// The word without a plural `s` (`tags` → `tag`), leaving short words alone.
pub(crate) fn singular(word: &str) -> &str {
    word.strip_suffix('s')
        .filter(|w| w.len() > 2)
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, sample: &[&str]) -> FieldStats {
        FieldStats::with_sample(name, sample)
    }

    fn words(s: &str) -> Vec<String> {
        key_tokens(s)
    }

    #[test]
    fn a_type_that_repeats_its_records_name_is_bookkeeping() {
        let subject = words("issue_comments_000001.json");
        assert!(names_its_record(&field("type", &["issue_comment"]), &subject, false).is_some());
        let subject = words("chats.list[].messages[]");
        assert!(
            names_its_record(&field("type", &["service", "message"]), &subject, false).is_some()
        );
        let subject = words("keys.json keys[]");
        assert!(names_its_record(&field("type", &["app_specific_key"]), &subject, false).is_none());
    }

    #[test]
    fn a_type_that_says_something_of_its_own_is_not() {
        let subject = words("payment_methods.json data[]");
        assert!(names_its_record(&field("data[].type", &["card"]), &subject, false).is_none());
        let subject = words("connections.json");
        assert!(names_its_record(&field("type", &["github", "steam"]), &subject, false).is_none());
        // Not a `type` at all.
        let subject = words("messages.json");
        assert!(names_its_record(&field("content", &["message"]), &subject, false).is_none());
    }

    #[test]
    fn a_type_that_repeats_its_objects_key_or_a_class_of_account_is_bookkeeping() {
        let subject = words("contact.json");
        assert!(names_its_record(&field("avatar.type", &["avatar"]), &subject, false).is_some());
        assert!(names_its_record(
            &field("statistics.type", &["conversation_statistics"]),
            &words("conversations.json"),
            false
        )
        .is_some());
        assert!(
            names_its_record(&field("author.type", &["admin", "bot"]), &subject, false).is_some()
        );
        // A class of account at the top of a record is what the record is: Auth0's `type` of
        // an authenticator, a bank's `type` of a transaction.
        assert!(names_its_record(&field("type", &["user"]), &subject, false).is_none());
        assert!(
            names_its_record(&field("authenticators[].type", &["phone"]), &subject, false)
                .is_none()
        );
    }

    #[test]
    fn a_tagged_unions_tag_is_the_formats() {
        let subject = words("list_folder.json");
        assert!(names_its_record(&field("entries[]..tag", &["file"]), &subject, false).is_some());
        assert!(names_its_record(&field(".tag", &["basic"]), &subject, false).is_some());
        assert!(names_its_record(&field("tag", &["rust"]), &subject, false).is_none());
    }

    #[test]
    fn the_name_of_a_name_value_pair_is_a_slot() {
        let mut table = TableStats::new("events.json", "event_params[]");
        for name in ["event_params[].key", "event_params[].value.string_value"] {
            table.field_mut(name);
        }
        assert!(names_a_slot(&table, &table.fields[0]).is_some());
        assert!(names_a_slot(&table, &table.fields[1]).is_none());
        // Things with ids, names and values (a concept and its score): the names are data.
        let mut concepts = TableStats::new("outputs.json", "concepts[]");
        for name in ["concepts[].name", "concepts[].id", "concepts[].value"] {
            concepts.field_mut(name);
        }
        assert!(names_a_slot(&concepts, &concepts.fields[0]).is_none());
        // Meta names the slots of its `label_values[]` with a `label`.
        let mut meta = TableStats::new("timezone.json", "label_values[]");
        for name in ["label_values[].label", "label_values[].value"] {
            meta.field_mut(name);
        }
        assert!(names_a_slot(&meta, &meta.fields[0]).is_some());
    }

    #[test]
    fn a_php_dates_time_zone_is_part_of_the_date() {
        let mut table = TableStats::new("transactions.json", "");
        for name in [
            "createdAt.date",
            "createdAt.timezone_type",
            "createdAt.timezone",
            "profile.timezone",
        ] {
            table.field_mut(name);
        }
        assert!(names_a_date_part(&table, &table.fields[0]).is_none());
        assert!(names_a_date_part(&table, &table.fields[1]).is_some());
        assert!(names_a_date_part(&table, &table.fields[2]).is_some());
        // A profile's own time zone is the person's.
        assert!(names_a_date_part(&table, &table.fields[3]).is_none());
    }

    #[test]
    fn format_vocabularies_name_classes() {
        assert!(names_its_record(&field("object.type", &["Note"]), &[], true).is_some());
        let lexicon = field("records[].value.$type", &["app.bsky.feed.post"]);
        assert!(names_its_record(&lexicon, &[], false).is_some());
        assert!(names_its_record(&field("geometry.type", &["Point"]), &[], false).is_some());
        assert!(names_its_record(&field("type", &["Point", "Run"]), &[], false).is_none());
    }
}
