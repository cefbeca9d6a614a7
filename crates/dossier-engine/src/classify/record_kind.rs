//! Fields that name the kind of record they sit in: `"type": "message"` in a file of messages,
//! `"type": "issue_comment"` in GitHub's `issue_comments_000001.json`, the class of a JSON-LD
//! node (`"type": "Note"`) or of a GeoJSON object (`"type": "Feature"`). They repeat what the
//! file's structure already says; they tell nothing about the person, so they are bookkeeping.
//! A `type` that says something of its own (a card's brand `card`, a connection's `github`, an
//! activity's `ON_FOOT`) names none of these and keeps its label.

use std::borrow::Cow;
use std::collections::HashSet;

use dossier_policy::ClassificationRules;

use super::field_rules::is_list_wrapper;
use super::phrases::contains_phrase;
use super::service_values::every_value;
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

/// Why a `type` or `kind` field names a kind in a service's own vocabulary (`service_kinds`:
/// Discord's channel kinds `DM`, `GUILD_TEXT`), if every sampled value is one.
pub(crate) fn names_a_service_kind(
    rules: &ClassificationRules,
    field: &FieldStats,
) -> Option<String> {
    let leaf = field.name.rsplit('.').next().unwrap_or(&field.name);
    let named = matches!(leaf.trim_end_matches("[]"), "type" | "kind") && !field.sample.is_empty();
    let theirs = field
        .sample
        .iter()
        .all(|v| rules.service_kinds.iter().any(|k| k == v.trim()));
    (named && theirs).then(|| {
        format!(
            "names a kind in the service's own vocabulary (`{}`), not data",
            field.sample[0].trim()
        )
    })
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
    if matches!(leaf, "contentType" | "content_type") {
        return names_a_kind_of_content(&field.name, &field.sample);
    }
    // Meta heads a record with a `title` that names its section again (`profile_user[].title:
    // "User Information"` in `personal_information.json`); a post's title says what was done.
    if leaf == "title" {
        return heads_its_record(field, subject);
    }
    // Coinbase names an object's kind its `resource` (`"resource": "transaction"`), Razorpay
    // its `entity` (`"entity": "payment"`, and `"collection"` for a list of them).
    if !matches!(
        leaf,
        "type" | "kind" | "resource" | "entity" | "@type" | "$type"
    ) || field.sample.is_empty()
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
    if let Some(why) = names_a_part_of_a_format(&field.name, &field.sample) {
        return Some(why);
    }
    let record_words = record_words(subject);
    // The objects the field sits in: Intercom's `"type": "contact.list"` names the list
    // object `contacts` it is written in.
    let object_words: HashSet<String> = object_words(&field.name).collect();
    let known = |t: &str| {
        let t = singular(t);
        record_words.contains(&t) || object_words.contains(t.as_ref())
    };
    let names_a_list = |tokens: &[String]| match tokens.split_last() {
        Some((last, of)) if last == "list" => of.iter().all(|t| known(t)),
        _ => false,
    };
    field.sample.iter().find_map(|value| {
        // All of it: `app_specific_key` among keys says which kind of key, `message` among
        // messages says nothing.
        let tokens = key_tokens(value);
        if names_a_list(&tokens) || matches!(&tokens[..], [t] if is_list_wrapper(t)) {
            return Some(format!(
                "names the kind of object it sits in (`{value}`, a list), not data"
            ));
        }
        if echoes(&tokens, &record_words) {
            return Some(format!(
                "names the kind of record it sits in (`{value}`), which its file already says"
            ));
        }
        // `"avatar": {"type": "avatar"}`, `"statistics": {"type": "conversation_statistics"}`:
        // the object it sits in, named again.
        let of_its_object =
            !tokens.is_empty() && !object_words.is_empty() && tokens.iter().all(|t| known(t));
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
        if party {
            return Some(format!(
                "names a class of the service's accounts (`{value}`), not data"
            ));
        }
        // HubSpot's associations (`"type": "deal_to_contact"` among a deal's `contacts`): which
        // kind of link joins two records, one of them the object it sits in.
        let link = match tokens.iter().position(|t| t == "to") {
            Some(at) if at > 0 => tokens[at + 1..].iter().any(|t| known(t)),
            _ => false,
        };
        link.then(|| format!("names the kind of link between two records (`{value}`), not data"))
    })
}

/// The words, in the singular, of what a table's records are about, as `names_its_record`
/// compares them with a value.
fn record_words(subject: &[String]) -> HashSet<Cow<'_, str>> {
    subject
        .iter()
        .filter(|w| w.len() > 3 && !STORAGE_WORDS.contains(&w.as_str()))
        .map(|w| singular(w))
        .collect()
}

/// True when every word of a value is one of the words of what its records are about.
fn echoes(tokens: &[String], record_words: &HashSet<Cow<'_, str>>) -> bool {
    !tokens.is_empty() && tokens.iter().all(|t| record_words.contains(&singular(t)))
}

/// Why a record's `title` is only a heading of the section it sits in, if every sampled value
/// is made of the words its file and table already say.
fn heads_its_record(field: &FieldStats, subject: &[String]) -> Option<String> {
    let record_words = record_words(subject);
    let headings = !field.sample.is_empty()
        && field
            .sample
            .iter()
            .all(|v| echoes(&key_tokens(v), &record_words));
    headings.then(|| {
        format!(
            "a heading (`{}`) that names its section again, as its file already does",
            field.sample[0].trim()
        )
    })
}

/// Why a `type` names a part of a format rather than anything of the person's, if it does:
/// a block or a mark of a formatted text (Atlassian's document format, Slack's blocks, Notion's
/// rich text, Telegram's text entities, the parts of a chat message's `content`), the input
/// kind of a form's field, a resource of a JSON:API document (`included[]`, `relationships`),
/// or the source Google's People API says a value came from (`metadata.source.type`).
fn names_a_part_of_a_format(name: &str, sample: &[String]) -> Option<String> {
    let objects = objects_of(name);
    let holder = objects.last().copied().unwrap_or("");
    let in_markup = MARKUP_OBJECTS.contains(&holder)
        && sample
            .iter()
            .all(|v| MARKUP_KINDS.contains(&v.trim().to_ascii_lowercase().as_str()));
    if in_markup {
        return Some(format!(
            "names a kind of part of a formatted text or a form (`{}`), the format's vocabulary, not data",
            sample[0].trim()
        ));
    }
    let json_api = matches!(
        objects.as_slice(),
        [.., "included"] | [.., "relationships", _, "data"]
    );
    if json_api {
        return Some(
            "the type of a JSON:API resource (the format's own member), not data".to_owned(),
        );
    }
    // Salesforce describes each record, and each record it links to, with `attributes: {type,
    // url}`, the type an sObject's API name (`Case`, `User`, `Name` for a link that may point to
    // several kinds); a JSON:API resource's own `attributes.type` is data of the resource.
    let sobject = matches!(objects.as_slice(), [.., "attributes"])
        && !sample.is_empty()
        && sample.iter().all(|v| {
            v.starts_with(|c: char| c.is_ascii_uppercase())
                && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
    if sobject {
        return Some(
            "the kind of a Salesforce record (its sObject), the API's own member, not data"
                .to_owned(),
        );
    }
    let provenance = matches!(objects.as_slice(), [.., "metadata", "source" | "sources"]);
    provenance.then(|| "names which kind of source a value came from, not data".to_owned())
}

/// Why a `contentType` says how a message's body or parts are written (Microsoft Graph's
/// `body.contentType: "html"`, ChatGPT's `content.content_type: "multimodal_text"`), if it
/// does: the format's word for its own encoding. A MIME type (`image/png`) of an attachment says
/// what the file is, and stays with it.
fn names_a_kind_of_content(name: &str, sample: &[String]) -> Option<String> {
    let holder = *objects_of(name).last()?;
    let written = !sample.is_empty() && sample.iter().all(|v| !v.contains('/'));
    (matches!(holder, "body" | "content" | "contents" | "parts") && written).then(|| {
        format!(
            "says how its `{holder}` is written (`{}`), the format's vocabulary, not data",
            sample[0].trim()
        )
    })
}

/// The keys of the objects a field sits in, outermost first, without their list marks
/// (`["comments", "body", "content"]` for `comments[].body.content[].type`); none at the top.
fn objects_of(name: &str) -> Vec<&str> {
    name.rsplit_once('.')
        .map(|(objects, _)| {
            objects
                .split('.')
                .map(|o| o.trim_end_matches("[]"))
                .collect()
        })
        .unwrap_or_default()
}

/// The objects whose `type` names a block, a mark or a field of a formatted text or a form.
const MARKUP_OBJECTS: &[&str] = &[
    "content",
    "contents",
    "body",
    "blocks",
    "elements",
    "marks",
    "text",
    "text_entities",
    "rich_text",
    "title",
    "children",
    "custom_fields",
    "answers",
    "questions",
    "properties",
];

/// The kinds those objects are of, in the formats' own words.
const MARKUP_KINDS: &[&str] = &[
    // Blocks and marks of formatted text.
    "doc",
    "paragraph",
    "text",
    "plain",
    "heading",
    "code",
    "code_block",
    "pre",
    "blockquote",
    "bold",
    "italic",
    "underline",
    "strikethrough",
    "spoiler",
    "link",
    "text_link",
    "mention",
    "text_mention",
    "hashtag",
    "cashtag",
    "bot_command",
    "emoji",
    "custom_emoji",
    "hard_break",
    "rule",
    "bullet_list",
    "ordered_list",
    "list_item",
    "rich_text",
    "rich_text_section",
    "rich_text_list",
    "rich_text_quote",
    "rich_text_preformatted",
    // Parts of a chat message's content.
    "thinking",
    "redacted_thinking",
    "tool_use",
    "tool_result",
    "input_text",
    "output_text",
    "refusal",
    // Input kinds of a form's fields.
    "dropdown",
    "multiple_choice",
    "checkbox",
    "checkboxes",
    "radio",
    "select",
    "multi_select",
    "short_text",
    "long_text",
    "textarea",
    "numeric",
    "date",
];

/// Why `field` points into the company's own books rather than at anything of the person's,
/// if it does: QuickBooks writes every link as a reference object named `…Ref` (`{"value":
/// "2", "name": "Design:Hours"}`). The number of the entry referred to (a tax code, a sales
/// term, an item, the staff member who last changed the record) is the ledger's own key, and
/// an account of the ledger (`ItemAccountRef`, `DepositToAccountRef`) is the company's,
/// name and all. A reference to the customer is the person's.
pub(crate) fn refers_to_the_books(field: &FieldStats) -> Option<String> {
    let (_, leaf) = field.name.rsplit_once('.')?;
    if !matches!(leaf, "value" | "name") {
        return None;
    }
    let reference = *objects_of(&field.name).last()?;
    let tokens = key_tokens(reference);
    let (last, qualifier) = tokens.split_last()?;
    if last != "ref" || qualifier.is_empty() {
        return None;
    }
    if qualifier
        .iter()
        .any(|t| matches!(t.as_str(), "customer" | "contact" | "payer"))
    {
        return None;
    }
    let numbered = all_plain_numbers(&field.sample);
    let ledger_account = qualifier.last().is_some_and(|t| t == "account");
    match leaf {
        "value" if numbered => Some(format!(
            "the number of the entry `{reference}` refers to in the company's books, not data"
        )),
        "value" | "name" if ledger_account => Some(format!(
            "an account of the company's own ledger (`{reference}`), not the person's"
        )),
        _ => None,
    }
}

/// Whether every sampled value is a plain number of digits (`7`, `9130355823641117`).
fn all_plain_numbers(sample: &[String]) -> bool {
    !sample.is_empty()
        && sample
            .iter()
            .all(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
}

/// Objects whose `version` is of a piece of software.
const SOFTWARE_WORDS: &[&str] = &[
    "os", "browser", "app", "device", "client", "sdk", "library", "runtime", "platform", "engine",
    "firmware", "agent",
];

/// Records whose `version` is part of a credential.
const CREDENTIAL_WORDS: &[&str] = &["secret", "key", "token", "credential", "password"];

/// Classes of accounts that APIs write in the `type` of an author, an assignee or a mention.
const PARTY_KINDS: &[&str] = &[
    "user", "admin", "bot", "customer", "contact", "teammate", "team", "visitor", "lead",
    "operator", "agent", "system", "person", "self",
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
    // Meta's `label_values[]{label, value}` name their slots with a `label`, and with an
    // `ent_field_name` in its 2025 files, where a slot's values may sit in a nested `vec[]` or
    // `dict[]` rather than beside it.
    let meta_slot = |tokens: &[String]| tokens == ["ent", "field", "name"];
    // Meta's `label_values[]` say what they are in their name, even where every value of a slot
    // sits in a nested list (`label_values[].vec[].value`), which is a table of its own; and in
    // them a `title` heads a group of slots (`{title: "Invited by", dict: [...]}`), as a `label`
    // names one.
    let in_label_values = contains_phrase(&key_tokens(&table.table), "label values");
    let slot = match tokens.as_slice() {
        [only] => {
            matches!(only.as_str(), "name" | "key" | "label") || in_label_values && only == "title"
        }
        t if meta_slot(t) => true,
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
    let valued = in_label_values
        || table.fields.iter().any(|f| {
            inner(&f.name).is_some_and(|t| {
                meta_slot(&t) || t.iter().any(|w| matches!(w.as_str(), "value" | "val"))
            })
        });
    // Things with an id of their own are named things (a concept with its score), not slots.
    let identified = table
        .fields
        .iter()
        .any(|f| inner(&f.name).is_some_and(|t| t.last().is_some_and(|w| w == "id")));
    (valued && (keyed || !identified))
        .then(|| "names a slot of a name/value list; the value beside it is the data".to_owned())
}

/// Why `field` is the time zone half of a date written as an object, if it is: PHP's
/// `DateTime` (`{"date": "…", "timezone_type": 3, "timezone": "UTC"}`, as Braintree's PHP SDK
/// and Laravel write dates), Microsoft Graph's `dateTimeTimeZone` (`{"dateTime": "…",
/// "timeZone": "UTC"}` of an event's start) or Notion's date (`{"start", "end",
/// "time_zone"}`). The format's way of writing one date, whose other part is the value; a
/// person's own time zone sits in no such object.
pub(crate) fn names_a_date_part(table: &TableStats, field: &FieldStats) -> Option<String> {
    let (object, leaf) = field.name.rsplit_once('.')?;
    let has = |part: &str| {
        let name = format!("{object}.{part}");
        table.fields.iter().any(|f| f.name == name)
    };
    let php = matches!(leaf, "timezone" | "timezone_type") && has("date") && has("timezone_type");
    let zone_of_a_date = matches!(leaf, "timeZone" | "time_zone")
        && ["dateTime", "date_time", "start"]
            .iter()
            .any(|part| has(part));
    (php || zone_of_a_date).then(|| {
        "the time zone of a date written as an object; the date beside it is the value".to_owned()
    })
}

/// Why `field` is its record's revision number (Square's `version`, a Jira document's
/// `version`, Discord's settings `version`), if it is: a plain number counting the record's
/// edits. The version of an app, an operating system or an SDK says which software the person
/// used, with dots or without (Android's `14`); the version of a secret or a key says which of
/// its values is the one in use, part of the credential like the rest of it.
pub(crate) fn counts_revisions(field: &FieldStats, subject: &[String]) -> Option<String> {
    let leaf = field.name.rsplit('.').next().unwrap_or(&field.name);
    if !matches!(leaf, "version" | "Version") || !all_plain_numbers(&field.sample) {
        return None;
    }
    let objects: Vec<String> = object_words(&field.name).collect();
    let of_software = objects.iter().any(|w| SOFTWARE_WORDS.contains(&w.as_str()));
    let of_a_credential = subject
        .iter()
        .chain(&objects)
        .any(|w| CREDENTIAL_WORDS.contains(&singular(w).as_ref()));
    (!of_software && !of_a_credential).then(|| {
        format!(
            "the revision number of its record (`{}`), not data",
            field.sample[0]
        )
    })
}

/// The words of the kinds of event a table's records are, where a field of the record's own
/// says it in a code (Keycloak's `"type": "LOGIN"`, `"LOGIN_ERROR"`, `"CODE_TO_TOKEN"`): the
/// tokens of every sampled value of a top-level `type`, `event type`, `event` or `action`
/// whose values are all short codes, not free text.
pub(crate) fn event_kinds(table: &TableStats) -> Vec<String> {
    let names_the_kind = |field: &FieldStats| {
        let own = table.key_in_record(&field.name);
        let tokens = key_tokens(own);
        let kind = match tokens.as_slice() {
            [t] => matches!(t.as_str(), "type" | "event" | "action"),
            [e, t] => e == "event" && t == "type",
            _ => false,
        };
        kind && !own.contains('.')
    };
    table
        .fields
        .iter()
        .filter(|f| names_the_kind(f))
        .filter(|f| !f.sample.is_empty() && f.sample.iter().all(|v| is_code(v)))
        .flat_map(|f| f.sample.iter().flat_map(|v| key_tokens(v)))
        // `event` itself says no more than the field's name (a JSON:API `"type":
        // "pledge-event"`).
        .filter(|w| !matches!(w.as_str(), "event" | "events"))
        .collect()
}

/// A short code, not free text (`LOGIN`, `license-keys`).
fn is_code(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 40
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
}

/// The words of each kind of JSON:API resource a table's records are: the distinct values of
/// a `type` beside the record's `attributes` (Lemon Squeezy's `included[]` of `orders`,
/// `subscriptions` and `license-keys`; a response's `data.type`). A resource's type names it
/// as a file's name names its records.
pub(crate) fn resource_types(table: &TableStats) -> Vec<Vec<String>> {
    let start = table.record_start();
    // A single resource sits under the document's `data`.
    fn past_wrappers(name: &str, start: usize) -> Option<&str> {
        let mut rest = name.get(start..)?;
        while let Some((key, inside)) = rest.split_once('.') {
            if !is_list_wrapper(key) {
                break;
            }
            rest = inside;
        }
        Some(rest)
    }
    let own = |name| past_wrappers(name, start);
    let has_attributes = table
        .fields
        .iter()
        .any(|f| own(&f.name).is_some_and(|o| o.starts_with("attributes.")));
    if !has_attributes {
        return Vec::new();
    }
    let mut kinds: Vec<Vec<String>> = Vec::new();
    for field in &table.fields {
        if own(&field.name) != Some("type") || !field.sample.iter().all(|v| is_code(v)) {
            continue;
        }
        for value in &field.sample {
            let words = key_tokens(value);
            if !words.is_empty() && !kinds.contains(&words) {
                kinds.push(words);
            }
        }
    }
    kinds
}

/// The words of the objects that a table's webhook events are about: each event's `type` without
/// its last part, the change (`card.created` → `card`, Square's `gift_card.activity.created` →
/// `gift card activity`, Checkout.com's `payment_approved` → `payment`), where the event carries
/// its object in `data` (Stripe's and Square's `data.object`, Checkout.com's `data`).
/// A delivery's type names the object as a file's name names its records; the folder that
/// keeps the deliveries (`events/`, `square-webhook-events/`) says only that they are events.
pub(crate) fn webhook_event_objects(table: &TableStats) -> Vec<Vec<String>> {
    let carries_an_object = table
        .fields
        .iter()
        .any(|f| table.key_in_record(&f.name).starts_with("data."));
    let Some(kind) = table
        .fields
        .iter()
        .find(|f| table.key_in_record(&f.name) == "type")
    else {
        return Vec::new();
    };
    if !carries_an_object || !every_value(kind, is_code) {
        return Vec::new();
    }
    let objects: Option<Vec<&str>> = kind
        .sample
        .iter()
        .map(|v| {
            v.rsplit_once('.').map(|(object, _)| object).or_else(|| {
                // `payment_approved`: the change is a word in the past tense.
                v.rsplit_once('_')
                    .filter(|(_, change)| change.len() > 3 && change.ends_with("ed"))
                    .map(|(object, _)| object)
            })
        })
        .collect();
    let Some(objects) = objects else {
        return Vec::new();
    };
    // A type names one object (`card`) where a file names a list of them (`cards`): both forms.
    let mut words: Vec<Vec<String>> = Vec::new();
    for object in objects {
        let tokens = key_tokens(object);
        let mut plural = tokens.clone();
        if let Some(last) = plural.last_mut().filter(|t| !t.ends_with('s')) {
            last.push('s');
        }
        for form in [tokens, plural] {
            if !form.is_empty() && !words.contains(&form) {
                words.push(form);
            }
        }
    }
    words
}

/// The words of the objects a field sits in, each in the singular (`tag` and `contact` for
/// `contacts.tags.url`).
pub(crate) fn object_words(field: &str) -> impl Iterator<Item = String> + '_ {
    let objects = field.rsplit_once('.').map_or("", |(objects, _)| objects);
    objects
        .split('.')
        .filter(|o| !o.is_empty())
        .flat_map(|o| key_tokens(o.trim_end_matches("[]")))
        .map(|w| singular(&w).into_owned())
}

/// The word without its plural ending (`tags` → `tag`, `companies` → `company`), leaving
/// short words alone.
pub(crate) fn singular(word: &str) -> Cow<'_, str> {
    if let Some(stem) = word.strip_suffix("ies").filter(|w| w.len() > 2) {
        return Cow::Owned(format!("{stem}y"));
    }
    Cow::Borrowed(
        word.strip_suffix('s')
            .filter(|w| w.len() > 2)
            .unwrap_or(word),
    )
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
    fn an_entity_naming_its_record_or_a_list_is_bookkeeping() {
        let subject = words("payments.json items[]");
        assert!(
            names_its_record(&field("items[].entity", &["payment"]), &subject, false).is_some()
        );
        assert!(names_its_record(&field("entity", &["collection"]), &subject, false).is_some());
        // Spotify's `entity` of a highlight is the artist or track it is about.
        let subject = words("Highlights.json");
        assert!(names_its_record(&field("entity", &["Harbour Lights"]), &subject, false).is_none());
    }

    #[test]
    fn a_salesforce_records_sobject_is_the_apis() {
        let subject = words("query-Task.json records[]");
        let polymorphic = field("records[].Who.attributes.type", &["Name"]);
        assert!(names_its_record(&polymorphic, &subject, false).is_some());
        // A JSON:API resource's own `attributes.type` is its data (Patreon's pledge events).
        let subject = words("identity.json included[]");
        let pledge = field(
            "included[].attributes.type",
            &["subscription", "pledge_upgrade"],
        );
        assert!(names_its_record(&pledge, &subject, false).is_none());
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
        let table = table_of(
            "events.json",
            "event_params[]",
            &["event_params[].key", "event_params[].value.string_value"],
        );
        assert!(names_a_slot(&table, &table.fields[0]).is_some());
        assert!(names_a_slot(&table, &table.fields[1]).is_none());
        // Things with ids, names and values (a concept and its score): the names are data.
        let concepts = table_of(
            "outputs.json",
            "concepts[]",
            &["concepts[].name", "concepts[].id", "concepts[].value"],
        );
        assert!(names_a_slot(&concepts, &concepts.fields[0]).is_none());
        // Meta names the slots of its `label_values[]` with a `label`.
        let meta = table_of(
            "timezone.json",
            "label_values[]",
            &["label_values[].label", "label_values[].value"],
        );
        assert!(names_a_slot(&meta, &meta.fields[0]).is_some());
        // In its 2025 files also with an `ent_field_name`, the values in a nested `vec[]`.
        let meta = table_of(
            "ad_preferences.json",
            "label_values[]",
            &["label_values[].ent_field_name", "label_values[].label"],
        );
        assert!(names_a_slot(&meta, &meta.fields[0]).is_some());
        assert!(names_a_slot(&meta, &meta.fields[1]).is_some());
    }

    #[test]
    fn references_into_the_companys_books_are_its_own() {
        let item = field(
            "Invoice[].Line[].SalesItemLineDetail.ItemRef.value",
            &["2", "16"],
        );
        assert!(refers_to_the_books(&item).is_some());
        let named = field(
            "Invoice[].Line[].SalesItemLineDetail.ItemRef.name",
            &["Design:Hours"],
        );
        assert!(refers_to_the_books(&named).is_none());
        let account = field("SalesReceipt[].DepositToAccountRef.name", &["Checking"]);
        assert!(refers_to_the_books(&account).is_some());
        let currency = field("Invoice[].CurrencyRef.value", &["USD"]);
        assert!(refers_to_the_books(&currency).is_none());
        let customer = field("Invoice[].CustomerRef.value", &["58"]);
        assert!(refers_to_the_books(&customer).is_none());
        // Not a reference object: a record's own `value`.
        assert!(refers_to_the_books(&field("metrics.value", &["3"])).is_none());
    }

    #[test]
    fn a_records_revision_number_is_bookkeeping() {
        let orders = words("orders.json orders[]");
        assert!(counts_revisions(&field("orders[].version", &["7", "4"]), &orders).is_some());
        let app = field("context.app.version", &["3.8.1"]);
        assert!(counts_revisions(&app, &orders).is_none());
        let os = field("contexts.os.version", &["14"]);
        assert!(counts_revisions(&os, &orders).is_none());
        assert!(counts_revisions(&field("versions", &["2"]), &orders).is_none());
        let secrets = words("secrets.json");
        assert!(counts_revisions(&field("version", &["2"]), &secrets).is_none());
    }

    /// A table of `file` holding fields of these names.
    fn table_of(file: &str, name: &str, fields: &[&str]) -> TableStats {
        let mut table = TableStats::new(file, name);
        for field in fields {
            table.field_mut(field);
        }
        table
    }

    #[test]
    fn the_time_zone_of_a_date_written_as_an_object_is_part_of_the_date() {
        // PHP's `DateTime`, and a profile's own time zone beside it.
        let php = [
            "createdAt.date",
            "createdAt.timezone_type",
            "createdAt.timezone",
            "profile.timezone",
        ];
        // Microsoft Graph's event start, and its organizer's time zone.
        let graph = [
            "value[].start.dateTime",
            "value[].start.timeZone",
            "value[].organizer.timeZone",
        ];
        for (table, parts) in [
            (
                table_of("transactions.json", "", &php),
                [false, true, true, false],
            ),
            (
                table_of("events.json", "value[]", &graph),
                [false, true, false, false],
            ),
        ] {
            for (field, part) in table.fields.iter().zip(parts) {
                assert_eq!(
                    names_a_date_part(&table, field).is_some(),
                    part,
                    "{}",
                    field.name
                );
            }
        }
    }

    /// Whether `name` with values `sample`, in records about `subject`, names the format's
    /// vocabulary rather than anything of the person's.
    fn formats_word(subject: &str, name: &str, sample: &[&str]) -> bool {
        names_its_record(&field(name, sample), &words(subject), false).is_some()
    }

    #[test]
    fn the_parts_of_a_formatted_text_or_a_form_are_the_formats() {
        let jira = "search-reporter.json issues[]";
        assert!(formats_word(
            jira,
            "comments[].body.content[].type",
            &["paragraph"]
        ));
        assert!(formats_word(
            jira,
            "content[].marks[].type",
            &["code", "bold"]
        ));
        assert!(formats_word(
            jira,
            "data[].custom_fields[].type",
            &["dropdown", "text"]
        ));
        // What a message is (a text, a photo, a shared link) is the person's message, and a
        // word outside the format's vocabulary says something of its own.
        let messages = "message_1.json messages[]";
        assert!(!formats_word(
            messages,
            "messages[].type",
            &["text", "media", "link"]
        ));
        assert!(!formats_word(
            messages,
            "content[].type",
            &["photo_of_passport"]
        ));
    }

    #[test]
    fn how_a_body_is_written_is_the_formats() {
        let graph = "messages.json value[]";
        assert!(formats_word(
            graph,
            "value[].body.contentType",
            &["html", "text"]
        ));
        assert!(!formats_word(
            graph,
            "attachments[].contentType",
            &["image/png"]
        ));
        assert!(!formats_word(
            graph,
            "content.content_type",
            &["image/jpeg"]
        ));
    }

    #[test]
    fn links_json_api_resources_and_value_sources_are_the_apis() {
        let link = "associations.contacts.results[].type";
        assert!(formats_word("contact.json", link, &["deal_to_contact"]));
        // A balance transaction "applied to an invoice" is what happened to the money.
        let balance = "customer_balance_transactions.json data[]";
        assert!(!formats_word(
            balance,
            "data[].type",
            &["applied_to_invoice"]
        ));
        assert!(formats_word("member.json", "included[].type", &["tier"]));
        let related = "data.relationships.memberships.data[].type";
        assert!(formats_word("member.json", related, &["member"]));
        // Discord's `relationships[]` are the person's friends, not JSON:API's member.
        assert!(!formats_word(
            "user.json",
            "relationships[].type",
            &["1", "2"]
        ));
        assert!(formats_word(
            "user.json",
            "names[].metadata.source.type",
            &["PROFILE"]
        ));
        assert!(!formats_word(
            "user.json",
            "data[].source.type",
            &["email", "chat"]
        ));
    }

    #[test]
    fn plurals_in_ies_are_singular_in_y() {
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("tags"), "tag");
        assert_eq!(singular("bus"), "bus");
        assert!(formats_word(
            "contact.json",
            "companies.data[].type",
            &["company"]
        ));
        assert!(formats_word("contact.json", "issuer.type", &["self"]));
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
