//! Scores one field against the pack's name, id, value and content rules.

use dossier_policy::{ClassificationRules, Content, Detector, IdRule, NameRule, Scope};

use super::detectors::{accepts, names_an_image, plural_name};
use super::evidence::Candidates;
use super::phrases::{
    contains_phrase, ends_with_phrase, is_phrase, phrase_len, phrase_position, phrase_tokens,
};
use super::record_kind::singular;
use super::service_values::is_link;
use crate::records::ids::is_opaque_id;
use crate::records::stats::FieldStats;
use crate::records::tokens::{folder_words, folders_and_name, key_tokens, name_words};
use crate::records::value::ValueKind;
use crate::FileKind;

/// The share of a field's sampled values a detector must accept to say what the field is over
/// the words of the keys above it.
const WHAT_THE_VALUES_ARE: f64 = 0.9;

/// Last words that make a field an identifier, classified by what it identifies (`pk` is a
/// primary key: Garmin's `userProfilePK`).
const ID_WORDS: [&str; 7] = ["id", "ids", "uuid", "guid", "uid", "gid", "pk"];

/// The field's name without the keys that only number or date its values: in
/// `Usage.app_opens.2024-02-10` (a count per day) the field is `Usage.app_opens`.
pub(crate) fn without_key_series(name: &str) -> &str {
    let mut name = name;
    while let Some((head, last)) = name.rsplit_once('.') {
        let last = last.trim_end_matches("[]");
        let series = !last.is_empty()
            && last.starts_with(|c: char| c.is_ascii_digit())
            && last
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '_' | ':' | 'T' | 'Z'));
        if !series {
            break;
        }
        name = head;
    }
    name
}

/// How many keys of `name` lie below the metadata a person attached to their content
/// (Clarifai's `inputs[].data.metadata.event`: 1). Those keys are the person's own labels
/// (`event`, `team`, `fee_paid`): whatever they name, the field is metadata of the content
/// (docs/labelling.md), so no rule reads them.
pub(crate) fn keys_in_own_metadata(name: &str) -> usize {
    // `data` is the object of an input's content, not a list of records (Stripe's
    // `data[].metadata` is the metadata of each record the list holds).
    let keys: Vec<&str> = name.split('.').collect();
    keys.windows(2)
        .position(|pair| pair == ["data", "metadata"])
        .map_or(0, |at| keys.len() - at - 2)
}

/// What the rules need to know about a field.
pub(crate) struct FieldView<'a> {
    /// The file's path inside the export.
    pub file: &'a str,
    pub file_kind: FileKind,
    pub stats: &'a FieldStats,
    /// The object the field sits in also holds the value as shown to people (Salesforce's
    /// `{value, displayValue}`, ServiceNow's `{value, display_value}`): the object is the
    /// field, its `value` only the raw form.
    pub shown_with_display: bool,
    /// The field's table is the one record at the top of its file (an API response's object, or
    /// a one-row CSV), where a `data` or `result` key may wrap what the response returned.
    pub single_top_record: bool,
}

/// Keys that only wrap a list of records in an API's response (`results[]`, `data[]`): they
/// say nothing of what the records are.
const LIST_WRAPPERS: [&str; 14] = [
    "results",
    "result",
    "data",
    "items",
    "records",
    "entries",
    "list",
    "objects",
    "hits",
    "rows",
    "elements",
    "nodes",
    "values",
    "collection",
];

/// Keys of a crash report's stack trace (Sentry's `stacktrace.frames[]`, Bugsnag's
/// `stacktrace[]`, Apple's `backtrace`).
const STACK_TRACES: [&str; 4] = ["stacktrace", "stack trace", "backtrace", "raw stacktrace"];

/// The keys that say where an input's content is stored: its `url`, and the parts of its
/// `hosted` copy. For a text or a sound (Clarifai's `data.text.url`,
/// `data.audio.hosted.suffix`) they are the service's link to the content, and no picture.
const STORED_AT: [&str; 5] = ["url", "prefix", "suffix", "sizes", "crossorigin"];

/// The kinds of an input's content (`data.text`, `data.audio`) that are not pictures.
const NOT_PICTURES: [&str; 2] = ["text", "audio"];

/// Keys that hold a record's fields as a map (HubSpot's and PostHog's `properties`, JSON:API's
/// `attributes`, Segment's `traits`): the fields in them are about the record.
const FIELD_WRAPPERS: [&str; 3] = ["properties", "attributes", "traits"];

/// Whether a key only wraps records (`data` in `{"data": {...}}`).
pub(crate) fn is_list_wrapper(key: &str) -> bool {
    LIST_WRAPPERS.contains(&key.trim_end_matches("[]"))
}

/// The words a matched word (at `at` in the leaf's tokens) is about: the words before it in the
/// leaf, else the nearest key above the leaf that is not a list wrapper, else the file's name
/// without its folders, numbers and extension.
fn subject_tokens(field: &FieldView<'_>, leaf_tokens: &[String], at: usize) -> Vec<String> {
    if at > 0 {
        return leaf_tokens[..at].to_vec();
    }
    let name = without_key_series(&field.stats.name);
    let parent = name
        .rsplit('.')
        .skip(1)
        .map(|key| {
            // Protobuf's JavaScript `toObject()` names every repeated field `<name>List`: the
            // ids in `conceptsList[]` are concepts' ids.
            let mut tokens = key_tokens(key.trim_end_matches("[]"));
            if tokens.len() > 1 && tokens.last().is_some_and(|t| t == "list") {
                tokens.pop();
            }
            tokens
        })
        .find(|tokens| {
            !matches!(&tokens[..], [word] if is_list_wrapper(word)
                || FIELD_WRAPPERS.contains(&word.as_str()))
        });
    if let Some(parent) = parent {
        return parent;
    }
    let (folders, file_name) = folders_and_name(field.file);
    let words = name_words(file_name);
    if words.is_empty() {
        // A file named by an id is about what its folder holds.
        return folder_words(folders.rsplit('/').next().unwrap_or(folders));
    }
    words
}

/// The words of `rule` in `tokens` that, for a rule with subjects, are about one of them. Every
/// word of the rule that the name holds is tried, not only the first listed: in `App Language`
/// the bare `language` is about an app, `app language` about the settings map above it.
fn name_matches<'r>(
    rule: &'r NameRule,
    field: &FieldView<'_>,
    tokens: &[String],
    leaf_tokens: &[String],
) -> Vec<&'r str> {
    let words = rule.words.iter().map(String::as_str).filter(|w| {
        let found = if rule.head {
            ends_with_phrase(leaf_tokens, w)
        } else {
            contains_phrase(tokens, w)
        };
        found && qualified(rule, leaf_tokens, w)
    });
    if rule.subjects.is_empty() {
        return words.collect();
    }
    words
        .filter(|word| {
            let Some(at) = phrase_position(leaf_tokens, word) else {
                return false;
            };
            let mut subject = subject_tokens(field, leaf_tokens, at);
            // The last word of a name says what it is about (`UserVisitLocations` are locations),
            // once words that say only that it is data, or how it points at its subject, are set
            // aside (`billing_details`, Pipedrive's `person_id: {name}`, QuickBooks'
            // `CustomerRef: {name}`, Zoho's `Contact_Name: {name}`).
            while subject.last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "details" | "detail" | "info" | "information" | "data" | "id" | "ref" | "name"
                )
            }) && subject.len() > 1
            {
                subject.pop();
            }
            rule.subjects.iter().any(|s| ends_with_phrase(&subject, s))
        })
        .collect()
}

/// Whether `word`, where words come before it in the field's last part, comes after one of
/// the rule's qualifiers (or the rule has none).
fn qualified(rule: &NameRule, leaf_tokens: &[String], word: &str) -> bool {
    match phrase_position(leaf_tokens, word) {
        Some(at) if at > 0 && !rule.qualifiers.is_empty() => rule
            .qualifiers
            .iter()
            .any(|q| ends_with_phrase(&leaf_tokens[..at], q)),
        _ => true,
    }
}

fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Empty => "empty",
        ValueKind::String => "string",
        ValueKind::Integer => "integer",
        ValueKind::Decimal => "decimal",
        ValueKind::Boolean => "boolean",
        ValueKind::DateTime => "date_time",
        ValueKind::List => "list",
    }
}

/// Why the field is bookkeeping of the service rather than data about a person, if it is: it
/// sits under an object such as `status` or `model`, is itself a field such as `has_more`, or is
/// in a file that indexes the export.
pub(crate) fn bookkeeping(rules: &ClassificationRules, view: &FieldView<'_>) -> Option<String> {
    let (file, field) = (view.file, view.stats);
    let name = field.name.as_str();
    // JSON-LD (ActivityPub, Mastodon's archive) names the vocabulary a file is written in under
    // `@context`: it is the format's, whatever it holds.
    if name
        .split('.')
        .any(|s| s.trim_end_matches("[]") == "@context")
    {
        return Some("`@context` names the vocabulary of the file (JSON-LD), not data".to_owned());
    }
    let file_name = file.rsplit('/').next().unwrap_or(file);
    let file_words = name_words(file_name);
    if rules
        .bookkeeping_files
        .iter()
        .any(|w| is_phrase(&file_words, w))
    {
        return Some(format!(
            "`{file_name}` is the export's own index of its files, not data about a person"
        ));
    }
    // The person's own keys are never the service's, though protobuf's own `kind` of each value
    // of a Struct (`metadata.fields.batch.kind: "stringValue"`) still is the format's.
    let struct_kind = name.contains(".metadata.fields.") && name.ends_with(".kind");
    if keys_in_own_metadata(name) > 0 && !struct_kind {
        return None;
    }
    let mut segments: Vec<&str> = name.split('.').collect();
    // The raw or shown form of a value (`Status.value`) is that value: `Status` is the field.
    if view.shown_with_display {
        segments.pop();
    }
    let (leaf, parents) = segments.split_last()?;
    let leaf = leaf.trim_end_matches("[]");
    // HAL's `_links` (`_links.self[].href`) are the API's links, however they are listed.
    if parents.iter().any(|p| p.trim_end_matches("[]") == "_links") {
        return Some("a link of the API's own (HAL `_links`), not a person's data".to_owned());
    }
    // A crash report's stack trace is the program's code (files, functions, line numbers),
    // whatever program it is.
    if parents.iter().any(|p| key_is_one_of(p, &STACK_TRACES)) {
        return Some("part of a stack trace of the program, not a person's data".to_owned());
    }
    let content = match parents {
        [.., kind, "hosted"] => Some(*kind),
        [.., kind] if leaf == "url" => Some(*kind),
        _ => None,
    };
    if let Some(kind) = content.filter(|k| NOT_PICTURES.contains(k) && STORED_AT.contains(&leaf)) {
        return Some(format!(
            "where the service stores an input's {kind} (`{leaf}`), not the {kind} itself: bookkeeping"
        ));
    }
    // Only objects the field sits in count: a `Status` section that lists records of its own
    // (`Status.Status List[].IDFA`) is a heading, not the service's status. The list itself
    // does count: each of the `links[]` of a response is a link of the API.
    let last_array = parents.iter().rposition(|p| p.ends_with("[]"));
    // A response's own objects (`meta`) are its bookkeeping only outside any list of records.
    let top = last_array.is_none();
    // Nor does a bookkeeping object around an object of the person's that the API expanded in
    // place (a payment method inside Stripe's `invoice_settings`).
    let expanded = parents
        .iter()
        .rposition(|p| key_is_one_of(p, &rules.expanded_objects))
        .map(|i| i + 1);
    // A list a wrapper key holds is its object's own list (Intercom's
    // `ticket_type_attributes: {type: "list", data: [...]}`): the object names the list.
    let named_list = last_array.map(|i| {
        if i > 0 && is_list_wrapper(parents[i]) {
            i - 1
        } else {
            i
        }
    });
    let from = named_list.unwrap_or(0).max(expanded.unwrap_or(0));
    // An object among the person's settings is one of their choices (Discord's
    // `settings.status.customStatus`: the status they show), not the service's own.
    let among_settings = |i: usize| {
        i > 0
            && key_tokens(parents[i - 1].trim_end_matches("[]"))
                .last()
                .is_some_and(|w| w == "settings")
    };
    // A record's own `version` is a version of what the record is (Clarifai's `datasets[].version`:
    // a dataset version), which the service may keep as its own.
    let version_of_its_record = |i: usize| {
        i > 0
            && key_tokens(parents[i].trim_end_matches("[]")) == ["version"]
            && key_tokens(parents[i - 1].trim_end_matches("[]"))
                .last()
                .is_some_and(|owner| {
                    key_is_one_of(&format!("{} version", singular(owner)), &rules.bookkeeping)
                })
    };
    // A link to the person's own record names them, whatever object of the API holds it.
    let person_link = key_is_one_of(leaf, &rules.person_links);
    // A response's `meta` may still name the person it is about (Lemon Squeezy's License API:
    // `meta.customer_email`, `meta.customer_name`).
    let leaf_tokens = key_tokens(leaf);
    let about_the_person = rules
        .person_links
        .iter()
        .any(|link| phrase_position(&leaf_tokens, link) == Some(0));
    let mut services = parents[from..].iter().enumerate().filter(|_| !person_link);
    if let Some(parent) = services.find_map(|(i, p)| {
        let service = key_is_one_of(p, &rules.bookkeeping)
            || version_of_its_record(from + i)
            || top && key_is_one_of(p, &rules.response_objects) && !about_the_person;
        (service && !among_settings(from + i)).then_some(p)
    }) {
        return Some(format!(
            "describes the service's `{parent}`, not a person: bookkeeping"
        ));
    }
    if let Some(object) = parents
        .last()
        .filter(|p| key_is_one_of(p, &rules.catalog_objects))
    {
        if key_is_one_of(leaf, &rules.catalog_fields) {
            return Some(format!(
                "`{leaf}` of a `{object}` is the company's catalog's own, not what the person paid"
            ));
        }
    }
    // A bookkeeping name whose values are e-mail addresses (Labelbox's `created_by`) names people
    // by their address: contact data, whoever they are.
    let addresses =
        !field.sample.is_empty() && field.sample.iter().all(|v| accepts(Detector::Email, v));
    let numbered =
        field.kind == ValueKind::Integer && key_is_one_of(leaf, &rules.bookkeeping_numbers);
    // A bare `number` is its record's: an invoice's `number` is its invoice number.
    let numbers_its_record = leaf.eq_ignore_ascii_case("number")
        && subject_tokens(view, &[], 0).last().is_some_and(|record| {
            is_bookkeeping_field(rules, &format!("{} number", singular(record)))
        });
    ((is_bookkeeping_field(rules, leaf) && !addresses) || numbered || numbers_its_record)
        .then(|| format!("`{leaf}` is bookkeeping of the file or the service, not a person's data"))
}

/// True when every sampled value is one that the rule says its word does not hold (`active` in
/// a `state`), or some value is not one of those it says the word holds. A value listing several
/// (`IPHONE, MACINTOSH`) holds each of them.
fn values_rule_out(rule: &NameRule, sample: &[String]) -> bool {
    let lowered = || sample.iter().map(|v| v.trim().to_lowercase());
    let all_unless = !rule.unless_values.is_empty()
        && !sample.is_empty()
        && lowered().all(|v| rule.unless_values.contains(&v));
    let some_other = !rule.only_values.is_empty()
        && (sample.is_empty()
            || lowered().any(|v| {
                v.split(',')
                    .any(|part| !rule.only_values.iter().any(|known| known == part.trim()))
            }));
    all_unless || some_other
}

/// True when `word` is itself a word of one of `category`'s name or file rules.
fn is_word_of(rules: &ClassificationRules, category: &str, word: &str) -> bool {
    let words = |list: &[String]| list.iter().any(|w| w == word);
    rules
        .name_rules
        .iter()
        .any(|r| r.category == category && words(&r.words))
        || rules
            .file_rules
            .iter()
            .any(|r| r.category == category && words(&r.words))
}

/// True when a field's own name (its last key) is bookkeeping wherever it sits: `has_more`,
/// a page's `first_id`.
pub(crate) fn is_bookkeeping_field(rules: &ClassificationRules, leaf: &str) -> bool {
    key_is_one_of(leaf, &rules.bookkeeping_fields)
}

/// True when one key of a path (`[]` aside) says exactly one of `words`.
pub(crate) fn key_is_one_of(key: &str, words: &[impl AsRef<str>]) -> bool {
    let tokens = key_tokens(key.trim_end_matches("[]"));
    words.iter().any(|w| is_phrase(&tokens, w.as_ref()))
}

/// True when the field is an identifier (`userId`, `invoice_id`, `face_uuid`).
pub(crate) fn is_identifier(tokens: &[String]) -> bool {
    id_subject(tokens).is_some()
}

/// The words before the id word of an identifier's name (`in reply to user` for
/// `in_reply_to_user_id_str`), or `None` when the name is not an identifier's.
pub(crate) fn id_subject(tokens: &[String]) -> Option<&[String]> {
    // `id_str` is the same id written as text (X/Twitter writes every id twice).
    let tokens = match tokens.split_last() {
        Some((last, rest)) if last == "str" => rest,
        _ => tokens,
    };
    // Romance languages put the id first (YouTube's Portuguese `ID do comentário`, Spanish
    // `ID del video`, French `ID de la chaîne`).
    if let [first, of, subject @ ..] = tokens {
        if ID_WORDS.contains(&first.as_str()) && ID_OF.contains(&of.as_str()) && !subject.is_empty()
        {
            return Some(subject);
        }
    }
    let (last, subject) = tokens.split_last()?;
    // A `legacyId` is the record's own id as an older API wrote it (Braintree's GraphQL
    // `customer.legacyId`, Shopify's `legacyResourceId`): it names no other thing.
    let legacy = subject.first().is_some_and(|w| w == "legacy")
        && subject
            .iter()
            .all(|w| matches!(w.as_str(), "legacy" | "resource"));
    let subject = if legacy { &subject[..0] } else { subject };
    ID_WORDS.contains(&last.as_str()).then_some(subject)
}

/// The words that join an id to what it identifies when the id comes first.
const ID_OF: [&str; 8] = ["do", "da", "de", "del", "du", "des", "di", "della"];

/// The candidates that the name rules alone give a field of `field`'s values called `name`:
/// what the label written beside a value of a name/value list says the value is
/// (`slot_labels`).
pub(crate) fn name_candidates(
    rules: &ClassificationRules,
    field: &FieldView<'_>,
    name: &str,
) -> Candidates {
    let mut found = Candidates::default();
    let tokens = key_tokens(name);
    add_name_rules(rules, field, name, &tokens, &tokens, &mut found);
    found
}

/// The object a field named only `total` or `count` counts (`connections.followers.total`
/// is a number of followers, `taxes.total` a sum of taxes), the attribute whose history a
/// list of `value`s is (Attio's `values.job_title[].value`, HubSpot's
/// `propertiesWithHistory.jobtitle[].value`: job titles), or the field whose raw and shown
/// forms an object holds (Salesforce's `Email.value`, `Email.displayValue`): the field is named
/// after it. Any other `value` under a plain object (Meta's `string_map_data.Username.value`)
/// is not: there the object's name is a label the format shows, which the rules read from the
/// whole path.
fn what_it_counts(name: &str, shown_with_display: bool) -> Option<&str> {
    let (object, leaf) = name.rsplit_once('.')?;
    let leaf = leaf.trim_end_matches("[]");
    let history = object.ends_with("[]");
    let named_by_object = is_display_value(leaf)
        || matches!(key_tokens(leaf).as_slice(),
            [w] if w == "total" || w == "count" || (history || shown_with_display) && w == "value");
    named_by_object.then_some(object)
}

/// True when the field is an empty `value` of an object in a record's map of fields (HubSpot's
/// v1 `properties.city.value: ""`): it shows nothing but its object's name, which is the
/// field's. A label a format writes above an empty value (Meta's `string_map_data`) is not such
/// a map.
fn empty_in_a_field_map(name: &str, stats: &FieldStats) -> bool {
    // `<map>.<property>.value`: the key two above the leaf.
    let map = name.rsplit('.').nth(2);
    stats.kind == ValueKind::Empty
        && map.is_some_and(|map| FIELD_WRAPPERS.contains(&map.trim_end_matches("[]")))
}

/// True when `key` names the shown form of a value (`displayValue`, `display_value`).
pub(crate) fn is_display_value(key: &str) -> bool {
    matches!(key_tokens(key).as_slice(), [a, b] if a == "display" && b == "value")
}

/// True when the field is named as an identifier, or holds only values that are identifiers of
/// other records whatever its name (`"payment_intent": "pi_3MtwBw…"`).
pub(crate) fn is_identifier_field(stats: &FieldStats) -> bool {
    is_identifier(&key_tokens(without_key_series(&stats.name))) || all_opaque(&stats.sample)
}

fn all_opaque(sample: &[String]) -> bool {
    !sample.is_empty() && sample.iter().all(|v| is_opaque_id(v))
}

/// The field's candidates from its own name and values, before any context.
pub(crate) fn score_field(rules: &ClassificationRules, field: &FieldView<'_>) -> Candidates {
    let mut found = Candidates::default();
    let name = without_key_series(&field.stats.name);
    if name.is_empty() {
        for rule in &rules.content_rules {
            let Content::Image = rule.content;
            if field.file_kind == FileKind::Image {
                found.add(&rule.category, rule.weight, "the file is an image".into());
            }
        }
        return found;
    }
    // A response's wrapper of its data says nothing of the data: Paystack's
    // `data.metadata.trade` is the customer's metadata, not a Clarifai input's
    // `data.metadata`. Only a wrapper the file's single record or a list starts with counts (a
    // file of Clarifai inputs starts each record with the input's own `data`), and a field right
    // under it (`data.email`) keeps its path, whose only other word is its leaf's.
    let path_tokens = key_tokens(match name.split_once('.') {
        Some((wrapper, rest))
            if is_list_wrapper(wrapper)
                && rest.contains('.')
                && (wrapper.ends_with("[]") || field.single_top_record) =>
        {
            rest
        }
        _ => name,
    });
    let leaf = name.rsplit('.').next().unwrap_or(name);
    let leaf_tokens = key_tokens(leaf);

    let identifier = keys_in_own_metadata(name) == 0 && is_identifier_field(field.stats);
    if identifier {
        // Only the words right before the id name its subject: `adsUserData.deviceInfo.deviceId`
        // identifies a device, and `concepts[].app_id` an app, not a concept. A field of ids
        // named without `id` is named after its subject (`customer`).
        // A bare `id` is the id of the record it sits in: the object above it, or what its file
        // holds (`id` in `user.json` is the user's).
        // An `external_id` is the same record's id in another system (the company's own id of
        // the person a processor keeps a profile of): it identifies what a bare `id` would.
        let bare = id_subject(&leaf_tokens)
            .is_some_and(|subject| subject.iter().all(|word| word == "external"));
        let subjects = match id_subject(&path_tokens) {
            _ if bare => subject_tokens(field, &leaf_tokens, 0),
            Some(subject) => subject.to_vec(),
            // A field of ids named in words (Apple's `Device Identifier`) is about what the
            // words before `identifier` name.
            None => match path_tokens.split_last() {
                Some((last, subject)) if last == "identifier" => subject.to_vec(),
                _ => path_tokens.clone(),
            },
        };
        let subjects = &subjects[..];
        // A record's own random id numbers the record; it stands for something only where the
        // record is a person or their device.
        let own_opaque = bare && all_opaque(&field.stats.sample);
        let record = &subject_tokens(field, &leaf_tokens, 0);
        let matches: Vec<(&IdRule, &str, usize)> = rules
            .id_rules
            .iter()
            .filter(|rule| rule.own_ids || !own_opaque)
            .flat_map(|rule| {
                rule.qualifiers
                    .iter()
                    .filter(|q| ends_with_phrase(subjects, q))
                    .filter(move |q| !(rule.named_only && (bare || ends_with_phrase(record, q))))
                    .map(move |q| (rule, q.as_str(), phrase_len(q)))
            })
            .collect();
        // Where two qualifiers end at the same word, the longer one is more specific
        // (`provider user` over `user`).
        let longest = matches.iter().map(|m| m.2).max();
        for (rule, word, _) in matches.iter().filter(|m| Some(m.2) == longest) {
            found.add(
                &rule.category,
                rule.weight,
                format!("an identifier of a `{word}`"),
            );
        }
        // A hash named as a picture (Discord's `avatar`, a `badge`) is a reference to the
        // image, and an image reference is one wherever it sits. Other hashes (Stripe's
        // `payment_intent`) are ids of other records.
        if found.list.is_empty() && !is_identifier(&key_tokens(name)) {
            let mut named = Candidates::default();
            add_name_rules(rules, field, name, &leaf_tokens, &leaf_tokens, &mut named);
            let images: Vec<&str> = rules
                .content_rules
                .iter()
                .filter(|r| r.content == Content::Image)
                .map(|r| r.category.as_str())
                .collect();
            found.list.extend(
                named
                    .list
                    .into_iter()
                    .filter(|c| images.contains(&c.category.as_str())),
            );
        }
    }
    let only_above_the_leaf = if identifier {
        false
    } else if let Some(counted) = what_it_counts(
        name,
        field.shown_with_display || empty_in_a_field_map(name, field.stats),
    ) {
        let counted_leaf = counted.rsplit('.').next().unwrap_or(counted);
        let (path, leaf) = (key_tokens(counted), key_tokens(counted_leaf));
        add_name_rules(rules, field, counted, &path, &leaf, &mut found)
    } else {
        add_name_rules(rules, field, name, &path_tokens, &leaf_tokens, &mut found)
    };

    let sample = field.stats.sample_items();
    let link = is_link(name);
    // Categories of the words of the keys above the field, and of what nearly all its values are.
    let from_keys_above: Vec<String> = if only_above_the_leaf {
        found.list.iter().map(|c| c.category.clone()).collect()
    } else {
        Vec::new()
    };
    let mut what_the_values_are: Vec<&str> = Vec::new();
    if !sample.is_empty() {
        // The digits of an id are not a phone or card number, even when they pass the checks.
        let numeric =
            |d: Detector| matches!(d, Detector::Phone | Detector::CardNumber | Detector::Iban);
        // A bare `id` numbers its own record (a video frame, a row): it is a device's only
        // where the record is a device, which the id rules above decide from its subject.
        let own_id = identifier && matches!(id_subject(&leaf_tokens), Some([]));
        // An id named after something else (`track_id`, `message_share_id`) is that thing's,
        // however much its random digits look like a device's: only a name that already says
        // device (`device_id`, `advertisingId`) lets its values confirm it.
        let named_for_something = identifier && !own_id && id_subject(&leaf_tokens).is_some();
        let named: Vec<String> = if named_for_something {
            found.list.iter().map(|c| c.category.clone()).collect()
        } else {
            Vec::new()
        };
        let named_for_other = |category: &String| named_for_something && !named.contains(category);
        for rule in rules.value_rules.iter().filter(|r| {
            !(identifier && numeric(r.detector)
                || (own_id || named_for_other(&r.category))
                    && r.detector == Detector::DeviceIdentifier
                || r.unless.iter().any(|u| contains_phrase(&path_tokens, u)))
        }) {
            let passed = sample
                .iter()
                .filter(|v| {
                    accepts(rule.detector, v)
                        || rule.detector == Detector::ImageReference && link && names_an_image(v)
                })
                .count();
            let share = passed as f64 / sample.len() as f64;
            if share >= WHAT_THE_VALUES_ARE && sample.len() >= 2 {
                what_the_values_are.push(rule.category.as_str());
            }
            if share >= rule.min_share {
                found.add(
                    &rule.category,
                    rule.weight * share,
                    format!(
                        "{:.0}% of {} sampled values (of {}) are {}",
                        share * 100.0,
                        sample.len(),
                        field.stats.values,
                        plural_name(rule.detector)
                    ),
                );
            }
        }
    }
    // What nearly every value is outweighs a word only of the keys around the field (the IP
    // addresses under Dropbox's `geo_location`, the e-mails in QuickBooks' `QueryResponse`): the
    // field's own evidence over its context.
    if !what_the_values_are.is_empty() {
        found.list.retain(|c| {
            what_the_values_are.contains(&c.category.as_str())
                || !from_keys_above.contains(&c.category)
        });
    }
    found
}

/// How many keys above the leaf the nearest key holding `word` is (0: the leaf). A phrase may
/// run across the keys above the leaf (`data metadata` in `outputs[].input.data.metadata.camera`):
/// it is as near as the key where it starts. The leaf's own name is not read together with the
/// key above it (`subscription.status` is not a `subscription status`). A word found in no key
/// counts as farthest.
fn keys_from_leaf(segments: &[Vec<String>], word: &str) -> usize {
    if let Some(distance) = segments
        .iter()
        .rev()
        .position(|segment| contains_phrase(segment, word))
    {
        return distance;
    }
    let words = phrase_tokens(word);
    let above_the_leaf = &segments[..segments.len().saturating_sub(1)];
    let tokens: Vec<(usize, &String)> = above_the_leaf
        .iter()
        .enumerate()
        .flat_map(|(key, segment)| segment.iter().map(move |token| (key, token)))
        .collect();
    if words.is_empty() || tokens.len() < words.len() {
        return segments.len();
    }
    tokens
        .windows(words.len())
        .rev()
        .find(|window| window.iter().map(|(_, t)| *t).eq(words.iter()))
        .map_or(segments.len(), |window| segments.len() - 1 - window[0].0)
}

/// The candidates the name rules give the field from its key path (`path_tokens`) and its last
/// key (`leaf_tokens`); true when the words they matched are all in keys above the leaf.
fn add_name_rules(
    rules: &ClassificationRules,
    field: &FieldView<'_>,
    name: &str,
    path_tokens: &[String],
    leaf_tokens: &[String],
    found: &mut Candidates,
) -> bool {
    // The word nearest the leaf names what the field is: in `events[].browser.name` the
    // field describes a browser, not an event. Only the rules matching at the nearest
    // part of the path count.
    let segments: Vec<Vec<String>> = name
        .split('.')
        .map(|s| key_tokens(s.trim_end_matches("[]")))
        .collect();
    let kind = kind_name(field.stats.kind);
    let mut matched: Vec<(&NameRule, &str, usize)> = Vec::new();
    let object_tokens: Vec<String> = name
        .split('.')
        .filter(|s| !s.ends_with("[]"))
        .flat_map(key_tokens)
        .collect();
    let own_labels = keys_in_own_metadata(name);
    // A field that is always empty shows nothing but its own name: only its last part says
    // what it would hold (not `IP Address` above Meta's empty `href`).
    let empty = field.stats.kind == ValueKind::Empty;
    for rule in &rules.name_rules {
        let tokens = match rule.scope {
            _ if empty => leaf_tokens,
            Scope::Leaf => leaf_tokens,
            Scope::Path => path_tokens,
            Scope::Objects => &object_tokens[..],
        };
        let blocked = rule.unless.iter().any(|u| contains_phrase(path_tokens, u));
        // A field with no values has no kind to contradict what its name says.
        let kind_ok = rule.kinds.is_empty() || empty || rule.kinds.iter().any(|k| k == kind);
        // Only a name of a thing is ruled out by what it names: a yes/no `verified_email`
        // still says something of the person's e-mail, and an employer's name (`company.name`)
        // is the person's by another rule of the same category.
        let names_the_field = rule.words.iter().any(|w| ends_with_phrase(leaf_tokens, w));
        if blocked && names_the_field {
            found.named_out.push(rule.category.clone());
        }
        let names_a_thing = field.stats.kind == ValueKind::String
            && names_the_field
            && rule
                .unless
                .iter()
                .filter(|u| contains_phrase(path_tokens, u))
                .all(|u| !is_word_of(rules, &rule.category, u));
        if blocked && kind_ok && names_a_thing {
            found.ruled_out.push(rule.category.clone());
        }
        // A status in a `state` is not ruled out for its record, only not an address.
        if blocked || !kind_ok || values_rule_out(rule, &field.stats.sample) {
            continue;
        }
        // Of the rule's words the name holds, the one nearest the leaf (the first listed there)
        // is what the rule says of the field: `subscription_preferences[].subscriptionStatuses[]`
        // are subscription statuses, wherever the rule lists that phrase.
        let nearest = name_matches(rule, field, tokens, leaf_tokens)
            .into_iter()
            .map(|word| (word, keys_from_leaf(&segments, word)))
            .filter(|&(_, distance)| distance >= own_labels)
            .min_by_key(|&(_, distance)| distance);
        if let Some((word, distance)) = nearest {
            matched.push((rule, word, distance));
        }
    }
    let nearest = matched.iter().map(|m| m.2).min();
    // Within that part, the word that ends last is its head: `PageBrowser` names a browser,
    // `page_view_count` a page view.
    let head_end = |word: &str, distance: usize| {
        let segment = segments
            .len()
            .checked_sub(distance + 1)
            .map(|i| &segments[i]);
        segment.and_then(|segment| {
            phrase_position(segment, word).map(|start| start + phrase_len(word))
        })
    };
    let last_end = matched
        .iter()
        .filter(|m| Some(m.2) == nearest)
        .filter_map(|m| head_end(m.1, m.2))
        .max();
    matched.retain(|m| Some(m.2) != nearest || head_end(m.1, m.2) == last_end);
    // A longer phrase holding a word says more than the word: `purchase_score` is a score, not
    // a purchase; and of one category, `display name` and its `name` are one piece of evidence,
    // not two.
    let said_longer = |word: &str| {
        matched.iter().filter(|m| Some(m.2) == nearest).any(|m| {
            phrase_len(m.1) > phrase_len(word) && contains_phrase(&phrase_tokens(m.1), word)
        })
    };
    for (rule, word, _) in matched
        .iter()
        .filter(|m| Some(m.2) == nearest && !said_longer(m.1))
    {
        let place = match rule.scope {
            Scope::Leaf => "name",
            Scope::Path | Scope::Objects => "path",
        };
        found.add(
            &rule.category,
            rule.weight,
            format!("{place} word `{word}`"),
        );
    }
    nearest.is_some_and(|distance| distance > 0)
}

#[cfg(test)]
mod tests {
    use super::{what_it_counts, without_key_series};

    #[test]
    fn a_bare_total_or_count_is_named_after_what_it_counts() {
        assert_eq!(
            what_it_counts("metadata.connections.followers.total", false),
            Some("metadata.connections.followers")
        );
        assert_eq!(what_it_counts("taxes[].count", false), Some("taxes[]"));
        assert_eq!(what_it_counts("amount_total", false), None);
        assert_eq!(what_it_counts("total", false), None);
        assert_eq!(what_it_counts("order.total_price", false), None);
    }

    #[test]
    fn a_value_beside_its_shown_form_is_named_after_its_object() {
        assert_eq!(what_it_counts("node.Email.value", true), Some("node.Email"));
        assert_eq!(
            what_it_counts("node.Email.displayValue", true),
            Some("node.Email")
        );
        // Meta's labelled values are read from the whole path, as the format shows them.
        assert_eq!(what_it_counts("string_map_data.Email.value", false), None);
    }

    #[test]
    fn dates_and_numbers_used_as_keys_are_not_the_fields_name() {
        assert_eq!(
            without_key_series("Usage.app_opens.2024-02-10"),
            "Usage.app_opens"
        );
        assert_eq!(without_key_series("scores.2024.07"), "scores");
        assert_eq!(without_key_series("profile.v2"), "profile.v2");
        assert_eq!(without_key_series("2024-02-10"), "2024-02-10");
        assert_eq!(without_key_series("a.b"), "a.b");
    }
}
