//! The second pass: what each record is about. A table's records take the category that its
//! labelled fields, its name and its file's path, the records around it (the one it is nested
//! in, the ones nested in it) agree on; then
//! - labels that the record's subject recasts are recast (`switch_rules`): the regions of a face
//!   model's output are biometric, the names in a list of followers are social network data;
//! - generic fields (a date, a status, a count, a title) take the record's category: a `created`
//!   date among card fields is payment information, among login fields device information.
//!
//! A field's own evidence is never overridden here, bookkeeping fields are never labelled, and
//! a file's path alone never labels a field: it only tips the vote.

use std::collections::HashMap;

use dossier_policy::{ClassificationRules, RecordRule};

use super::evidence::Candidates;
use super::field_rules::{id_subject, is_identifier_field, is_list_wrapper};
use super::phrases::{
    contains_phrase, ends_with_phrase, first_match, is_phrase, phrase_len, phrase_tokens,
};
use super::service_values::is_link;
use super::{blank_columns, detectors, record_kind, record_rules};
use super::{label_of, FieldLabel};
use crate::records::ids::is_opaque_id;
use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::{
    file_name_words, folder_words, folders_and_name, has_file_extension, key_tokens, without_series,
};
use crate::records::value::ValueKind;

/// Words of the names of a folder or file of webhook deliveries: they say how the records came,
/// not what they are about.
const DELIVERY_WORDS: &[&str] = &[
    "event",
    "events",
    "webhook",
    "webhooks",
    "notification",
    "notifications",
];
/// Labels at or above this confidence vote for their record's category.
const VOTING_CONFIDENCE: f64 = 0.6;
/// Votes the winning category needs, and its share of all votes.
const MIN_VOTES: f64 = 2.0;
const MIN_SHARE: f64 = 0.5;
/// ...and the share of the table's fields it must reach: three device fields among twenty
/// about songs do not make a song's title device information.
const MIN_COVERAGE: f64 = 1.0 / 4.0;
/// What the records a table is nested in, and each kind of record nested in it, weigh.
const NEIGHBOUR_VOTES: f64 = 1.5;
/// What the records' own name (their table's key path) or the fields they hold together weigh,
/// against 1 for their file's name.
const OWN_NAME: f64 = 1.5;
/// Keys a service wraps every list of its activity log in, whatever the records are (Meta's
/// 2020 `pokes.activity_log_data[]`, `activity_log_data[]` of posts on the person's timeline):
/// the key above them names the records. Not every list wrapper: an `items[]` or a `data[]` is
/// often all a table's name has (dropping those from its name was tried and broke 165 fields).
const ACTIVITY_LOG_WRAPPERS: &[&str] = &["activity_log_data"];
/// A name's word that is not its last counts this much of one that is.
const NON_HEAD: f64 = 0.7;
/// Last words of a name that do not say what its records are.
const TRAILING_WORDS: &[&str] = &[
    "info",
    "information",
    "details",
    "list",
    "headers",
    "received",
    "given",
    "sent",
    // Amazon's `Retail.CustomerReviews.ReviewsVersions2`: every edit of a review.
    "versions",
    // A history of something is a list of it over time (Prime Video's `WatchlistHistory`).
    "history",
    "histories",
    // A batch of the records an API call read or wrote (HubSpot's `objects/notes/batch/read.json`).
    "batch",
];
/// Last words of a file's name that say how an API fetched its records, not what they are
/// (`customers-search.json`, HubSpot's `feedback_submissions-search.json`); a search history
/// says `history` or `searches`.
const API_VERBS: &[&str] = &["search"];
/// Words that start a name's qualifying phrase.
const QUALIFIERS: &[&str] = &["by"];
/// Places a field may name (`city_name`, `CountryName`).
const PLACE_WORDS: &[&str] = &[
    "city", "country", "region", "state", "province", "town", "county", "district",
];
/// Names of objects that only describe the record they sit in: free-form maps whose keys their
/// writer chose (a `metadata` map, the `annotation_info` of a Clarifai annotation).
const DESCRIBE_THEIR_RECORD: &[&str] = &["metadata", "meta data", "meta", "annotation info"];
/// Words of content whose metadata is that content's, whatever record holds it.
const CONTENT_WORDS: &[&str] = &[
    "photo", "photos", "image", "images", "video", "videos", "media", "camera", "exif", "file",
    "files", "picture", "audio",
];
/// What a field of a context category (`context_categories`) counts in a record named as
/// something else.
const CONTEXT_SHARE: f64 = 0.5;
/// Confidence of an inherited label: below a field's own evidence, above the threshold.
const INHERITED_CONFIDENCE: f64 = 0.6;
/// Highest confidence of a label that a switch rule recast (on the corpus such labels were
/// right about a third of the time when they kept the confidence of their first category).
const RECAST_CONFIDENCE: f64 = 0.75;
/// How many fields of its own a section may hold beside a list of records and still be only
/// notes about the list (`chats.about` beside `chats.list[]`).
const MAX_NOTES_BESIDE_A_LIST: usize = 3;

/// One table's fields as the first pass left them.
pub(crate) struct TableLabels {
    /// Each field's candidates from its own rules.
    pub own: Vec<Candidates>,
    /// Fields that describe the service, not a person.
    pub bookkeeping: Vec<bool>,
    pub labels: Vec<FieldLabel>,
}

impl TableLabels {
    /// Whether no rule of its own claims field `i` and it is not bookkeeping yet: a field the
    /// context would otherwise label.
    pub fn unclaimed(&self, i: usize) -> bool {
        self.own[i].list.is_empty() && !self.bookkeeping[i]
    }
}

/// Category votes with the reasons behind them.
#[derive(Default, Clone)]
struct Votes {
    tally: Vec<(String, f64, Vec<String>)>,
    /// Categories that the records' own names (file, table) vote for: a name speaks for every
    /// field of its records, so such a category need not cover a share of the fields.
    named: Vec<String>,
    /// Whether those names say the records are something else than a context category
    /// (`context_categories`): then the votes of such categories count `CONTEXT_SHARE`.
    named_as_other: bool,
}

impl Votes {
    /// What a vote of `category` that is not a name weighs in these records.
    fn weight_of(&self, rules: &ClassificationRules, category: &str, weight: f64) -> f64 {
        if self.named_as_other && rules.context_categories.iter().any(|c| c == category) {
            weight * CONTEXT_SHARE
        } else {
            weight
        }
    }

    fn add(&mut self, category: &str, weight: f64, why: String) {
        match self.tally.iter_mut().find(|v| v.0 == category) {
            Some(v) => {
                v.1 += weight;
                v.2.push(why);
            }
            None => self.tally.push((category.to_owned(), weight, vec![why])),
        }
    }

    /// Moves the votes of each category that the records' subject recasts to the category it
    /// recasts it to, with the reason: a file named `conversations` in a record about tickets
    /// and the ticket's requester id then agree that the records are contact data instead of
    /// splitting their votes.
    fn recast<'r>(&mut self, recast_of: impl Fn(&str) -> Option<(&'r str, &'r str)>) {
        for at in (0..self.tally.len()).rev() {
            let Some((to, word)) = recast_of(&self.tally[at].0) else {
                continue;
            };
            let (from, weight, mut why) = self.tally.remove(at);
            why.push(format!("recast as {to} in a record about `{word}`"));
            match self.tally.iter_mut().find(|v| v.0 == to) {
                Some(v) => {
                    v.1 += weight;
                    v.2.extend(why);
                }
                None => self.tally.push((to.to_owned(), weight, why)),
            }
            if self.named.contains(&from) && !self.named.iter().any(|c| c == to) {
                self.named.push(to.to_owned());
            }
        }
    }

    /// The category that wins, with its reasons, if it wins clearly enough for `fields`
    /// fields that could inherit it.
    fn winner(&self, rules: &ClassificationRules, fields: usize) -> Option<(&str, &[String])> {
        let total: f64 = self.tally.iter().map(|v| v.1).sum();
        // On a tie, what the records' own names say wins over what some of their fields say.
        let named = |c: &String| self.named.contains(c);
        let (category, score, why) = self.tally.iter().max_by(|a, b| {
            a.1.total_cmp(&b.1)
                .then_with(|| named(&a.0).cmp(&named(&b.0)))
                .then_with(|| b.0.cmp(&a.0))
        })?;
        // A category the records' own names give needs only to lead, or to tie with what
        // fields say; others need a majority.
        let leads = self
            .tally
            .iter()
            .all(|v| v.0 == *category || v.1 < *score || v.1 == *score && !named(&v.0));
        let share_ok = score / total >= MIN_SHARE || self.named.contains(category) && leads;
        let clear = *score >= MIN_VOTES
            && share_ok
            && (*score >= fields as f64 * MIN_COVERAGE || self.named.contains(category))
            && rules.inherit_in_context.contains(category);
        clear.then_some((category.as_str(), why.as_slice()))
    }
}

/// Runs the second pass over every table of the scan, in place.
pub(crate) fn label_records(
    rules: &ClassificationRules,
    tables: &[TableStats],
    found: &mut [TableLabels],
) {
    let parents = parent_tables(tables);
    // The record rules each table meets, worked out once: they name its subject and vote.
    let met: Vec<Vec<(&RecordRule, Vec<&str>)>> = tables
        .iter()
        .zip(found.iter())
        .map(|(t, f)| record_rules::matching(rules, t, &f.bookkeeping))
        .collect();
    let subjects = subjects(tables, found, &parents, &met);
    let json_ld = record_kind::json_ld_files(tables);
    for ((table, labels), subject) in tables
        .iter()
        .zip(found.iter_mut())
        .zip(subjects.iter().map(|s| &s.words))
    {
        let json_ld = json_ld.contains(table.file.as_str());
        for (i, field) in table.fields.iter().enumerate() {
            if labels.bookkeeping[i] {
                continue;
            }
            let why = record_kind::names_its_record(field, subject, json_ld)
                .or_else(|| record_kind::names_a_service_kind(rules, field))
                .or_else(|| record_kind::names_a_slot(table, field))
                .or_else(|| record_kind::names_a_date_part(table, field))
                .or_else(|| record_kind::counts_revisions(field, subject))
                .or_else(|| record_kind::refers_to_the_books(field));
            if let Some(why) = why {
                labels.bookkeeping[i] = true;
                labels.own[i] = Candidates::default();
                labels.labels[i] = FieldLabel::unclassified(why);
            }
        }
    }
    // For each table, the word of each switch rule that its subject holds, and whether every
    // record holds it.
    let mut switches = Memo::default();
    let mut words_of = |words: &[String]| -> Vec<Option<&str>> {
        switches
            .get(words, |s| {
                rules
                    .switch_rules
                    .iter()
                    .map(|r| {
                        let quiet = r.unless_subject.iter().any(|u| contains_phrase(s, u));
                        (!quiet).then(|| first_match(s, &r.words)).flatten()
                    })
                    .collect()
            })
            .to_vec()
    };
    let matched: Vec<Vec<Option<Switch>>> = subjects
        .iter()
        .zip(tables)
        .map(|(subject, table)| {
            let every_record = words_of(&subject.every_record);
            // What kind of event each record is (`"type": "LOGIN"`) tells what the records are
            // about too; it is kept out of the words above, where it would make the `type`
            // field name its own record.
            let mut words = subject.words.clone();
            words.extend(record_kind::event_kinds(table));
            words_of(&words)
                .into_iter()
                .zip(every_record)
                .map(|(word, steady)| {
                    word.map(|word| Switch {
                        word,
                        some_records: steady.is_none(),
                    })
                })
                .collect()
        })
        .collect();
    for ((labels, matched), table) in found.iter_mut().zip(&matched).zip(tables) {
        switch(rules, matched, table, labels);
    }
    let mut names = Memo::default();
    let own: Vec<Votes> = (0..tables.len())
        .map(|i| own_votes(rules, &tables[i], &found[i], &met[i], &mut names))
        .collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); tables.len()];
    for (child, parent) in parents.iter().enumerate() {
        if let Some(p) = parent {
            children[*p].push(child);
        }
    }
    let tentative: Vec<Option<String>> = (0..tables.len())
        .map(|i| {
            own[i]
                .winner(rules, eligible_count(&tables[i], &found[i]))
                .map(|(c, _)| c.to_owned())
        })
        .collect();
    for i in 0..tables.len() {
        let mut votes = own[i].clone();
        // A table nested in a file's one record (a profile's list of family members) already
        // has that record's subject in its file's name; only a list of records lends its own.
        let parent = parents[i].filter(|&p| tables[p].records > 1);
        if let Some(category) = parent.and_then(|p| tentative[p].as_deref()) {
            votes.add(
                category,
                votes.weight_of(rules, category, NEIGHBOUR_VOTES),
                format!("the records it is nested in are {category}"),
            );
        }
        // Records known by the fields they hold together (`met`) are told by those fields, not
        // by what the lists inside them look like (a help desk message's `to[]` recipients).
        let known_by_fields = !met[i].is_empty();
        // Links to other records (HubSpot's `associations.contacts.results[]` of a deal) say
        // what those records are, not what this one is.
        let links = |child: &usize| {
            tables[*child].table[tables[i].table.len()..]
                .split('.')
                .any(|key| key.trim_end_matches("[]") == "associations")
        };
        for &child in children[i].iter().filter(|c| !known_by_fields && !links(c)) {
            if let Some(category) = tentative[child].as_deref() {
                votes.add(
                    category,
                    votes.weight_of(rules, category, NEIGHBOUR_VOTES),
                    format!(
                        "its nested `{}` records are {category}",
                        tables[child].table
                    ),
                );
            }
        }
        votes.recast(|category| recast_record(rules, &matched[i], &tables[i], category));
        let Some((record, why)) = votes.winner(rules, eligible_count(&tables[i], &found[i])) else {
            // Records with no category of their own (TikTok's `user_data_tiktok.json`, one big
            // record of sections; a search's hits, each a score beside the `input` it found)
            // still have sections whose names speak for the fields in them.
            let lists: Vec<&str> = children[i]
                .iter()
                .map(|&c| tables[c].table.as_str())
                .collect();
            inherit_from_sections(rules, &tables[i], &lists, &mut found[i]);
            continue;
        };
        let inherited = detail_category(rules, record);
        let evidence = if inherited == record {
            format!("a detail of {record} records: {}", why.join(", "))
        } else {
            format!(
                "a detail of {record} records, so {inherited}: {}",
                why.join(", ")
            )
        };
        let nested_in = parent.and_then(|p| tentative[p].as_deref());
        inherit(
            rules,
            &tables[i],
            &mut found[i],
            &matched[i],
            record,
            nested_in,
            &evidence,
        );
        blank_columns::fill(&tables[i], &mut found[i]);
    }
}

/// For each table, the table that holds it: the longest other table of its file whose key path
/// its own extends (`a[]` holds `a[].b[]`; the file's main table holds the rest).
fn parent_tables(tables: &[TableStats]) -> Vec<Option<usize>> {
    // Only tables of the same file can hold each other: look within the file, so that an
    // export of 100,000 files costs no more than its largest file.
    let mut by_file: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in tables.iter().enumerate() {
        by_file.entry(t.file.as_str()).or_default().push(i);
    }
    tables
        .iter()
        .map(|t| {
            by_file[t.file.as_str()]
                .iter()
                .copied()
                .filter(|&j| {
                    let p = &tables[j];
                    p.table.len() < t.table.len()
                        && (p.table.is_empty()
                            || t.table
                                .strip_prefix(p.table.as_str())
                                .is_some_and(|rest| rest.starts_with('.')))
                })
                .max_by_key(|&j| tables[j].table.len())
        })
        .collect()
}

/// What a table's records are about, as words.
struct Subject {
    /// Its file's path, its own key path, the key that all its fields share (`tweet` in
    /// `tweet.full_text`), the subjects of the record rules it meets, and the names of the
    /// service's objects it came from (the values of its `model.id`), its parents' included.
    words: Vec<String>,
    /// The same without the words that only some of those names hold: what every record is
    /// about.
    every_record: Vec<String>,
}

/// What each table's records are about.
fn subjects(
    tables: &[TableStats],
    found: &[TableLabels],
    parents: &[Option<usize>],
    met: &[Vec<(&RecordRule, Vec<&str>)>],
) -> Vec<Subject> {
    let mut own: Vec<OwnSubject> = tables
        .iter()
        .zip(found)
        .zip(met)
        .map(|((t, f), met)| {
            // A dated folder names a copy of the download, not what it holds (`folder_words`).
            let (folders, file_name) = folders_and_name(&t.file);
            let mut words = folder_words(folders);
            words.extend(without_series(key_tokens(file_name)));
            words.extend(without_series(key_tokens(&t.table)));
            if let Some(prefix) = shared_prefix(t) {
                words.extend(key_tokens(prefix));
            }
            for (rule, _) in met {
                words.extend(rule.subject.iter().flat_map(|s| key_tokens(s)));
            }
            let mut subject = OwnSubject {
                every_record: words.clone(),
                words,
                ..OwnSubject::default()
            };
            for (field, _) in t.fields.iter().zip(&f.bookkeeping).filter(|(_, b)| **b) {
                let leaf = field.name.rsplit('.').next().unwrap_or_default();
                if matches!(leaf, "id" | "name") {
                    let names: Vec<Vec<String>> =
                        field.sample.iter().map(|v| key_tokens(v)).collect();
                    subject.names_differ |= names.iter().any(|n| Some(n) != names.first());
                    subject.every_record_named.extend(
                        names
                            .first()
                            .into_iter()
                            .flatten()
                            .filter(|w| names.iter().all(|n| n.contains(w)))
                            .cloned(),
                    );
                    subject.words.extend(names.into_iter().flatten());
                }
            }
            subject
        })
        .collect();
    for (i, parent) in parents.iter().enumerate() {
        if let Some(p) = *parent {
            let shown = shown_in_regions(&tables[i], &tables[p]);
            own[p].words.extend(shown.iter().cloned());
            own[p].every_record.extend(shown);
        }
    }
    (0..tables.len())
        .map(|i| {
            let mut words = own[i].words.clone();
            let mut every_record = own[i].every_record.clone();
            every_record.extend(own[i].every_record_named.iter().cloned());
            // Records that the service names one by one (a workflow's outputs, each by its
            // model) are about what their own names say: the name of the object above them
            // (the workflow `faces-general`, which ran both models) is not every one's.
            let mut named_one_by_one = own[i].names_differ;
            let mut up = parents[i];
            while let Some(p) = up {
                words.extend(own[p].words.iter().cloned());
                every_record.extend(own[p].every_record.iter().cloned());
                if !named_one_by_one {
                    every_record.extend(own[p].every_record_named.iter().cloned());
                }
                named_one_by_one |= own[p].names_differ;
                up = parents[p];
            }
            Subject {
                words,
                every_record,
            }
        })
        .collect()
}

/// A table's own part of its subject, before its parents' are added.
#[derive(Default)]
struct OwnSubject {
    words: Vec<String>,
    /// What every record is about from the table's path and record rules.
    every_record: Vec<String>,
    /// ...and from the service's names of its records (the words every `model.id` holds).
    every_record_named: Vec<String>,
    /// The service names its records with different names (`face-detection`, `general`).
    names_differ: bool,
}

/// The words that every concept of a table of regions' concepts names: what the regions show.
/// A detector that found only `face` regions is a face model, whatever its file or model is
/// called (a face finder named in Swedish).
fn shown_in_regions(concepts: &TableStats, regions: &TableStats) -> Vec<String> {
    if !concepts.table.ends_with("concepts[]") || !regions.table.ends_with("regions[]") {
        return Vec::new();
    }
    let Some(names) = concepts
        .fields
        .iter()
        .find(|f| f.name.ends_with("concepts[].name") && f.values > 0)
    else {
        return Vec::new();
    };
    let names: Vec<Vec<String>> = names.sample.iter().map(|v| key_tokens(v)).collect();
    names
        .first()
        .into_iter()
        .flatten()
        .filter(|w| names.iter().all(|n| n.contains(w)))
        .cloned()
        .collect()
}

/// The first part of the key path that every field of the table shares, if any.
fn shared_prefix(table: &TableStats) -> Option<&str> {
    let start = table.record_start();
    let first = table.fields.first()?.name.get(start..)?.split('.').next()?;
    let shared = table.fields.iter().all(|f| {
        f.name
            .get(start..)
            .is_some_and(|rest| rest.starts_with(&format!("{first}.")))
    });
    shared.then_some(first)
}

fn leaf_of(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// What a field is called: its leaf, or with the key above it where the leaf only says which
/// part of a labelled value it holds (Meta's `string_map_data.Precise Latitude.value`).
fn own_name(name: &str) -> &str {
    match name.rsplit_once('.') {
        Some((above, "value" | "timestamp" | "href")) => {
            let start = above.rfind('.').map_or(0, |i| i + 1);
            &name[start..]
        }
        _ => leaf_of(name),
    }
}

/// What a function of some words gives, worked out once per distinct words: an export of
/// 100,000 files has few distinct names once the numbers of a series are set aside, and matching
/// hundreds of rule phrases against each table's names was most of the second pass's time.
struct Memo<'r, T>(
    HashMap<Vec<String>, Vec<T>>,
    std::marker::PhantomData<&'r ()>,
);

impl<T> Default for Memo<'_, T> {
    fn default() -> Self {
        Memo(HashMap::new(), std::marker::PhantomData)
    }
}

impl<T> Memo<'_, T> {
    fn get(&mut self, words: &[String], work: impl FnOnce(&[String]) -> Vec<T>) -> &[T] {
        if !self.0.contains_key(words) {
            let value = work(words);
            self.0.insert(words.to_vec(), value);
        }
        &self.0[words]
    }
}

/// Recasts what the table's subject calls for, in each field's own candidates, and labels the
/// field again from them: a city in a login record becomes a place the person connected from,
/// and so may then outweigh a rival it tied with. `matched` holds, for each switch rule, the
/// word of it the subject holds.
fn switch(
    rules: &ClassificationRules,
    matched: &[Option<Switch>],
    table: &TableStats,
    found: &mut TableLabels,
) {
    for (rule, matched) in rules.switch_rules.iter().zip(matched) {
        let Some(Switch { word, some_records }) = matched else {
            continue;
        };
        for ((label, candidates), field) in found
            .labels
            .iter_mut()
            .zip(found.own.iter_mut())
            .zip(&table.fields)
        {
            if !candidates.list.iter().any(|c| c.category == rule.from) {
                continue;
            }
            let leaf = key_tokens(own_name(&field.name));
            let path = key_tokens(&field.name);
            // Of records only some of which are about the subject, only the parts the rule
            // names are theirs for sure: the face model's regions, not the general model's
            // concepts beside them.
            let theirs = (!some_records
                || rule.some_records_within.is_empty()
                || rule
                    .some_records_within
                    .iter()
                    .any(|w| contains_phrase(&path, w)))
                && (rule.within.is_empty()
                    || rule.within.iter().any(|w| contains_phrase(&path, w)));
            // `city_name` names a city: the `name` that keeps a person's name out of a switch is
            // not its.
            let place_name = matches!(leaf.as_slice(), [.., place, name]
                if name == "name" && PLACE_WORDS.contains(&place.as_str()));
            if !theirs
                || !names_one_of(&leaf, &rule.fields)
                || rule
                    .unless
                    .iter()
                    .any(|u| contains_phrase(&leaf, u) && !(place_name && u == "name"))
                || rule
                    .unless_in_path
                    .iter()
                    .any(|u| contains_phrase(&path, u))
                || (!rule.even_values && kind_of_its_values(rules, &rule.from, field))
                || !candidates.recast(&rule.from, &rule.to, format!("in a record about `{word}`"))
            {
                continue;
            }
            candidates.only_where |= rule.only_where;
            *label = label_of(rules, candidates, field);
            // What the record is about decided the category, not the field's own evidence: a
            // recast label is a medium one, however sure the rules were of the other category.
            label.confidence = label.confidence.min(RECAST_CONFIDENCE);
        }
    }
}

/// The word of a switch rule that a table's subject holds, and whether only some of its records
/// hold it (a workflow's outputs, some from a face model and some from a general one).
#[derive(Clone, Copy)]
struct Switch<'r> {
    word: &'r str,
    some_records: bool,
}

/// Votes of a table's own labelled fields and of its name and file's path.
fn own_votes<'r>(
    rules: &'r ClassificationRules,
    table: &TableStats,
    found: &TableLabels,
    met: &[(&RecordRule, Vec<&str>)],
    names: &mut Memo<'r, (usize, &'r str, usize)>,
) -> Votes {
    let mut votes = Votes::default();
    // A nested object describes something of its own (the user who acted, the card that paid):
    // it counts as one field of the record for each category its fields have.
    let mut objects: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut counts: Vec<(&str, usize)> = Vec::new();
    // In a list nested in a record, a field that names another record the company keeps by its
    // first word (`lead_name`, `contact_id` in a lead's `opportunities[]`) says whose the item
    // is, not what it is.
    let own_key = table.table.rsplit('.').next().unwrap_or_default();
    let nested_in_a_record = !own_key.is_empty() && !is_list_wrapper(own_key);
    let nested_tokens = key_tokens(own_key);
    let refers_to_another = |field: &FieldStats| {
        let leaf = key_tokens(leaf_of(&field.name));
        leaf.len() > 1
            && rules.kept_records.iter().any(|k| k == &leaf[0])
            && !nested_tokens
                .last()
                .is_some_and(|t| t.starts_with(&leaf[0]))
    };
    for ((label, field), own) in found.labels.iter().zip(&table.fields).zip(&found.own) {
        if nested_in_a_record && refers_to_another(field) {
            continue;
        }
        // A field that is always empty (`Tag 9` of a video with two tags) says nothing of
        // what its records hold, nor does one whose category the records' subject gave it.
        let Some(category) = label.category.as_deref().filter(|_| {
            label.confidence >= VOTING_CONFIDENCE && field.values > 0 && !own.only_where
        }) else {
            continue;
        };
        match nested_object(table, &field.name) {
            Some(object) => match objects.iter_mut().find(|o| o.0 == object) {
                Some(o) => o.1.push(category),
                None => objects.push((object, vec![category])),
            },
            None => tally(&mut counts, category),
        }
    }
    for (_, categories) in &objects {
        let mut seen: Vec<&str> = Vec::new();
        for category in categories {
            if !seen.contains(category) {
                seen.push(category);
                tally(&mut counts, category);
            }
        }
    }
    // The nearer a name is to the records, the more it says about them: a table's own key path
    // most, then its file's name (half as much for a table nested in the file's records that
    // has a telling name of its own), the folders least. In one name the last word says what it is
    // (`comment_votes` are votes): other words count only when no rule knows the last one. The
    // service's object names (a `model.id`) only recast labels; they do not vote.
    let (folders, file_name) = folders_and_name(&table.file);
    let unwrapped: Vec<&str> = table
        .table
        .split('.')
        .filter(|key| !ACTIVITY_LOG_WRAPPERS.contains(&key.trim_end_matches("[]")))
        .collect();
    let mut own_name = without_series(key_tokens(&unwrapped.join(".")));
    if let Some(prefix) = shared_prefix(table) {
        own_name.extend(without_series(key_tokens(prefix)));
    }
    let named_itself = rules
        .file_rules
        .iter()
        .any(|r| last_match(&own_name, &r.words).is_some());
    let file_weight = if table.table.is_empty() || !named_itself {
        1.0
    } else {
        0.5
    };
    // Only a file whose name says nothing a rule knows (`8a1d5c3e.json`, `Apple Music Library
    // Tracks.json`) leaves its folder (`Apple Music Activity`) as the nearest telling name: a
    // file that says what it holds says it better than its folder (Instagram's
    // `media/posts_1.json` holds posts, not pictures, though each post has some).
    let told = |words: &[String]| {
        rules
            .file_rules
            .iter()
            .any(|r| last_match(words, &r.words).is_some())
    };
    let mut file_words = before_the_calls_query(file_name_words(file_name), told);
    let mut folder_words = folder_words(folders);
    let event_objects = record_kind::webhook_event_objects(table);
    if !event_objects.is_empty() {
        for words in [&mut file_words, &mut folder_words] {
            words.retain(|w| !DELIVERY_WORDS.contains(&w.as_str()));
        }
    }
    // ...unless the file is named only for the API call that fetched its records
    // (`audit_log/search-2026-q1.response.json`): then its folder says what they are.
    let only_the_call = {
        let rest: Vec<String> = file_words
            .iter()
            .filter(|w| !API_VERBS.contains(&w.as_str()))
            .cloned()
            .collect();
        !told(&rest)
    };
    // What follows `by` names whose records they are (`followed_by-user_id-4301.json`), not
    // what they are: a file told only there leaves its folder the nearest telling name.
    if told(before_qualifier(&file_words)) {
        if only_the_call && told(&folder_words) {
            file_words.clear();
        } else {
            folder_words.clear();
        }
    }
    let mut places = vec![
        (own_name, OWN_NAME, "its table is named"),
        (file_words, file_weight, "its file is named"),
        (folder_words, 1.0, "its folder is named"),
    ];
    places.extend(
        record_kind::resource_types(table)
            .into_iter()
            .map(|kind| (kind, OWN_NAME, "its records are resources of type")),
    );
    places.extend(
        event_objects
            .into_iter()
            .map(|object| (object, OWN_NAME, "its records are webhook events about")),
    );
    let mut best: Vec<(usize, f64, &str, &str)> = Vec::new();
    for (tokens, weight, place) in &places {
        let tokens = before_qualifier(tokens);
        let matches = names.get(tokens, |tokens| {
            rules
                .file_rules
                .iter()
                .enumerate()
                .filter_map(|(i, rule)| last_match(tokens, &rule.words).map(|(w, end)| (i, w, end)))
                .collect()
        });
        // The last word a rule knows says what the records are, and of the rules that know it
        // the one that knows most of the name: `family_members` are family members, not
        // members; `Chat History with bram` is a chat history, not a history.
        let Some(latest) = matches.iter().map(|m| m.2).max() else {
            continue;
        };
        let longest = matches
            .iter()
            .filter(|m| m.2 == latest)
            .map(|m| phrase_len(m.1))
            .max();
        // Words that only say how a list is kept or which way it goes (`Endorsement_Given_Info`,
        // `message_headers`) leave the word before them as the name's head.
        let told = tokens.len()
            - tokens
                .iter()
                .rev()
                .take_while(|t| TRAILING_WORDS.contains(&t.as_str()))
                .count();
        let head = latest + 1 >= told;
        for &(i, word, end) in matches {
            if end != latest || Some(phrase_len(word)) != longest {
                continue;
            }
            let weight = if head { *weight } else { weight * NON_HEAD };
            match best.iter_mut().find(|b| b.0 == i) {
                Some(b) if b.1 >= weight => {}
                Some(b) => *b = (i, weight, place, word),
                None => best.push((i, weight, place, word)),
            }
        }
    }
    // A search or a viewing record carries the device it came from: those fields say where the
    // record came from, not what it is, once the record's own name has said what it is.
    votes.named_as_other = best.iter().any(|b| {
        !rules
            .context_categories
            .contains(&rules.file_rules[b.0].category)
    });
    // What the fields hold together outweighs how many of them lean elsewhere: a sales call
    // with a meeting place's twelve address fields is still a sales call.
    let field_votes: f64 = counts.iter().map(|(_, n)| *n as f64).sum();
    for (category, n) in counts {
        let fields = if n == 1 { "field is" } else { "fields are" };
        let weight = votes.weight_of(rules, category, n as f64);
        votes.add(category, weight, format!("{n} of its {fields} {category}"));
    }
    for &(i, weight, place, word) in &best {
        let rule = &rules.file_rules[i];
        votes.add(
            &rule.category,
            rule.weight * weight * MIN_VOTES,
            format!("{place} `{word}`"),
        );
        votes.named.push(rule.category.clone());
    }
    // A rule that yields to names keeps quiet where names tell another category and none
    // tells its own.
    let heard = |rule: &RecordRule| {
        !rule.unless_named
            || best.is_empty()
            || best
                .iter()
                .any(|b| rules.file_rules[b.0].category == rule.category)
    };
    for (rule, fields) in met.iter().filter(|(rule, _)| heard(rule)) {
        let fields: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
        votes.add(
            &rule.category,
            rule.weight * OWN_NAME * MIN_VOTES + field_votes,
            format!("its records hold {}", fields.join(" and ")),
        );
        votes.named.push(rule.category.clone());
    }
    votes
}

/// A name's words before the phrase that qualifies them (`comments made by user`,
/// `get eval by id`): what follows `by` says whose or which, not what the records are.
fn before_qualifier(words: &[String]) -> &[String] {
    match words.iter().position(|w| QUALIFIERS.contains(&w.as_str())) {
        Some(at) if at > 0 => &words[..at],
        _ => words,
    }
}

/// A file's name without what only names the API call that fetched it: a last `search`, or a
/// `search` and the query after it where the words before it say what the records are
/// (`disputes-search-customer-wairimu`: disputes found by customer). `told` says whether a
/// rule knows words; `search history` stays a search history.
fn before_the_calls_query(words: Vec<String>, told: impl Fn(&[String]) -> bool) -> Vec<String> {
    match words.iter().position(|w| API_VERBS.contains(&w.as_str())) {
        Some(at) if at > 0 && at + 1 < words.len() && told(&words[..at]) => words[..at].to_vec(),
        _ => without_api_verb(words),
    }
}

/// `words` without a last word that only names the API call, when words come before it.
fn without_api_verb(mut words: Vec<String>) -> Vec<String> {
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| API_VERBS.contains(&w.as_str()))
    {
        words.pop();
    }
    words
}

/// The phrase of `phrases` that ends nearest the end of `tokens` (the longest, where several
/// end there), and where it ends.
fn last_match<'p>(tokens: &[String], phrases: &'p [String]) -> Option<(&'p str, usize)> {
    phrases
        .iter()
        .filter_map(|p| {
            let ends = (0..tokens.len()).rev().find(|&end| {
                ends_with_phrase(&tokens[..=end], p) || contains_phrase(&tokens[end..=end], p)
            })?;
            Some((p.as_str(), ends))
        })
        .max_by_key(|(p, ends)| (*ends, phrase_len(p)))
}

/// The first key of a field's path inside its record when the field sits in a nested object
/// (`user` for `entries[].user.first_name` in table `entries[]`).
pub(crate) fn nested_object<'a>(table: &TableStats, field: &'a str) -> Option<&'a str> {
    let mut start = table.record_start();
    // The key every field shares wraps the record itself (`tweet` in `tweet.full_text`).
    if let Some(prefix) = shared_prefix(table) {
        start += prefix.len() + 1;
    }
    let mut rest = field.get(start..)?;
    // An API's envelope (`{"success": true, "data": {...}}`) wraps the record in a key that
    // says nothing of it: the objects inside that key are the record's own.
    while let Some((object, inside)) = rest.split_once('.') {
        if !is_list_wrapper(object) {
            return Some(object);
        }
        rest = inside;
    }
    None
}

fn tally<'a>(counts: &mut Vec<(&'a str, usize)>, category: &'a str) {
    match counts.iter_mut().find(|c| c.0 == category) {
        Some(c) => c.1 += 1,
        None => counts.push((category, 1)),
    }
}

/// Fields of the table that describe something (bookkeeping and empty fields do not).
fn eligible_count(table: &TableStats, found: &TableLabels) -> usize {
    table
        .fields
        .iter()
        .zip(&found.bookkeeping)
        .filter(|(f, b)| !**b && f.values > 0)
        .count()
}

/// The category a switch rule that recasts whole records (`records = true`) gives records of
/// category `record`, with the word of the subject it matched: a comment on a support ticket is
/// correspondence with the company, not a post on a social network.
///
/// Words a rule keeps out of its reach wherever they sit (`unless_in_path`) keep out the records
/// of a table whose key path holds them too: the activities within an analytics session.
fn recast_record<'r>(
    rules: &'r ClassificationRules,
    matched: &[Option<Switch<'r>>],
    table: &TableStats,
    record: &str,
) -> Option<(&'r str, &'r str)> {
    rules
        .switch_rules
        .iter()
        .zip(matched)
        .filter(|(rule, _)| rule.records && rule.from == record)
        .find_map(|(rule, matched)| {
            let word = (*matched)?.word;
            // Only a rule that would recast the records looks at the table's path: this runs
            // for every field that inherits.
            let path = key_tokens(&table.table);
            let kept_out = rule
                .unless_in_path
                .iter()
                .any(|u| contains_phrase(&path, u));
            (!kept_out).then_some((rule.to.as_str(), word))
        })
}

/// Whether every value of the field is of a kind that gives it `category` by itself (an
/// e-mail address, a phone number, coordinates): what a record is about does not change what
/// its values are, so an e-mail address in a message stays contact data.
fn kind_of_its_values(rules: &ClassificationRules, category: &str, field: &FieldStats) -> bool {
    let values: Vec<&str> = field
        .sample_items()
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .collect();
    !values.is_empty()
        && rules
            .value_rules
            .iter()
            .filter(|r| r.category == category)
            .any(|r| values.iter().all(|v| detectors::accepts(r.detector, v)))
}

/// Whether a field's own name (`leaf`, as words) is one of `fields`, or `fields` is empty.
fn names_one_of(leaf: &[String], fields: &[String]) -> bool {
    fields.is_empty() || fields.iter().any(|f| is_phrase(leaf, f))
}

/// The category a switch rule that names its fields (`fields`) gives a field of `record`
/// records that takes its record's category, with the word of the subject it matched.
fn recast_field<'r>(
    rules: &'r ClassificationRules,
    matched: &[Option<Switch<'r>>],
    record: &str,
    field: &str,
) -> Option<(&'r str, &'r str)> {
    let leaf = key_tokens(own_name(field));
    rules
        .switch_rules
        .iter()
        .zip(matched)
        .find_map(|(rule, matched)| {
            let named = !rule.fields.is_empty() && names_one_of(&leaf, &rule.fields);
            (named && rule.from == record).then_some((rule.to.as_str(), (*matched)?.word))
        })
}

/// The category that the generic fields of `record` records take (an image's date and size
/// are metadata of it).
fn detail_category<'a>(rules: &'a ClassificationRules, record: &'a str) -> &'a str {
    rules
        .inherit_as
        .iter()
        .find(|m| m.record == record)
        .map_or(record, |m| m.field.as_str())
}

/// The nested object a field sits in, with the category its own name gives it when that is
/// another than its record's: a `photo` in a user's profile is an image, a `device` in an
/// analytics event is the device.
fn named_object<'a>(
    rules: &'a ClassificationRules,
    table: &TableStats,
    field: &'a str,
    record: &str,
) -> Option<(&'a str, &'a str)> {
    // The objects around the field inside its record, the nearest first: the `device` in
    // `context.device.type`; `media` in `media.images.600x.width`, whose `600x` says nothing.
    let outermost = nested_object(table, field)?;
    let mut objects: Vec<&str> = field.split('.').collect();
    objects.pop();
    let start = objects.iter().rposition(|o| *o == outermost)?;
    let (object, rule) = objects[start..].iter().rev().find_map(|object| {
        let mut tokens = without_series(key_tokens(object));
        // A section at the top of a record of no category is named by the word before a
        // trailing `data` (PlanetRomeo's `Profile Data`, `Account Data`). An `info` stays: GA4's
        // `user_info` holds the visitor's analytics, not a profile.
        if record.is_empty()
            && field.split('.').next() == Some(*object)
            && tokens.len() > 1
            && tokens.last().is_some_and(|t| t == "data")
        {
            tokens.pop();
        }
        // The `metadata` of an event or a profile describes that event or profile; that of an
        // image or its labels is the content's, and a record of no category takes it as such.
        let describes_record = !record.is_empty()
            && !rules.content_categories.iter().any(|c| c == record)
            && describes_its_record(&tokens);
        if describes_record {
            return None;
        }
        rules
            .file_rules
            .iter()
            .filter_map(|r| last_match(&tokens, &r.words).map(|m| (r, m)))
            .filter(|(_, (_, end))| end + 1 == tokens.len())
            .max_by_key(|(_, (word, _))| phrase_len(word))
            .map(|(rule, _)| (*object, rule))
    })?;
    // A person in a record (the `user` of a session, the author of a message) is that person
    // in the record's role: only things lend their own category. In a file of sections with no
    // category of its own, a section at its top is what the account holds: its `user` (Todoist's
    // `sync.json`) is the account's profile, its `tickets` or `notes` the person's
    // correspondence.
    let person = rules.holder.as_deref() == Some(rule.category.as_str())
        && !(record.is_empty() && field.split('.').next() == Some(object));
    (rule.category != record && !person && rules.inherit_in_context.contains(&rule.category))
        .then_some((object, rule.category.as_str()))
}

/// True when `tokens`, an object's name, is one of `DESCRIBE_THEIR_RECORD`, alone or after the
/// words of what it describes (Messenger's `bumped_message_metadata`: the metadata of a
/// message), but not of a picture's (`photo_metadata`, `media_metadata`), which is metadata of
/// that content.
pub(crate) fn describes_its_record(tokens: &[String]) -> bool {
    DESCRIBE_THEIR_RECORD.iter().any(|w| {
        let word = phrase_tokens(w);
        match tokens.len().checked_sub(word.len()) {
            Some(0) => *tokens == *word,
            Some(n) => {
                tokens[n..] == *word
                    && !tokens[..n]
                        .iter()
                        .any(|t| CONTENT_WORDS.contains(&t.as_str()))
            }
            None => false,
        }
    })
}

/// Gives the fields with no label of their own, in a record without a category, the category
/// of the section they sit in where its name gives one (`Order History.OrderHistories.<id>`).
/// `lists` are the tables of records nested in the record, at any depth.
fn inherit_from_sections(
    rules: &ClassificationRules,
    table: &TableStats,
    lists: &[&str],
    found: &mut TableLabels,
) {
    // How many fields of its own each object of the records holds.
    let mut own_fields: HashMap<&str, usize> = HashMap::new();
    for field in &table.fields {
        if let Some((parent_path, _)) = field.name.rsplit_once('.') {
            *own_fields.entry(parent_path).or_default() += 1;
        }
    }
    for (label, field, candidates, bookkeeping) in each_field(table, found) {
        let eligible = label.category.is_none()
            && label.undisclosed.is_none()
            && !bookkeeping
            && candidates.list.is_empty()
            && !is_identifier_field(field);
        if !eligible {
            continue;
        }
        // An empty field shows nothing: only a section of the file it sits right in, outside
        // any list of records, says what it would hold (TikTok's empty `Donation.DonationList`);
        // an empty field of a record is the record's format.
        let empty = field.values == 0;
        if empty && field.name.contains("[]") {
            continue;
        }
        // No record category: any section name that gives one will do, for the fields of the
        // records or objects inside the section, and for the section's own fields (TikTok's
        // `SettingsMap`), except where the section holds a list of records, at any depth (then
        // its own fields are notes about the list: `chats.about` beside `chats.list[]`, the
        // `App` beside a list of comments), or is a `metadata` object (an error report's, a
        // response's), whose own fields describe the file.
        let section = named_object(rules, table, &field.name, "").filter(|(object, _)| {
            let Some((parent_path, _)) = field.name.rsplit_once('.') else {
                return !empty;
            };
            let in_its_section = parent_path.rsplit('.').next() == Some(*object);
            if !in_its_section {
                return !empty;
            }
            let holds_a_list = lists.iter().any(|list| {
                list.strip_prefix(parent_path)
                    .is_some_and(|rest| rest.starts_with('.'))
            });
            // A section of many fields of its own beside a list (TikTok's `SettingsMap` with its
            // `ScreenTime[]`) is still a section of them.
            let many_own =
                own_fields.get(parent_path).copied().unwrap_or(0) > MAX_NOTES_BESIDE_A_LIST;
            (!holds_a_list || many_own)
                && !describes_its_record(&without_series(key_tokens(object)))
        });
        // An empty field of a picture or a label (an output's empty `image.decodedBytes`) is no
        // metadata of it: nothing was written there.
        let section = section.filter(|(_, category)| {
            !empty || !rules.content_categories.iter().any(|c| c == category)
        });
        if let Some((object, category)) = section {
            let evidence = format!("a detail of its `{object}`, which is {category}");
            let inherited = inherited_label(rules, is_link(&field.name), category, evidence);
            // What the words around the field's own name ruled out (the size of a service's
            // thumbnail), its section does not give.
            if inherited
                .category
                .as_ref()
                .is_some_and(|c| candidates.named_out.contains(c))
            {
                continue;
            }
            *label = inherited;
        }
    }
}

/// Whether the `id` field `id` sits beside a `name` and a `value` in its object, as a concept
/// does (`{id, name, value}`).
fn names_a_concept(table: &TableStats, id: &str) -> bool {
    let object = id.rsplit_once('.').map_or("", |(object, _)| object);
    let sibling = |leaf: &str| {
        let path = if object.is_empty() {
            leaf.to_owned()
        } else {
            format!("{object}.{leaf}")
        };
        table.fields.iter().any(|f| f.name == path)
    };
    sibling("name") && sibling("value")
}

/// An id written as words (`fine-plucking`, `docs-cv-2024`): letters, digits and `-`, `_`,
/// with a letter, and not an opaque record id.
fn is_worded_id(text: &str) -> bool {
    text.chars().any(|c| c.is_alphabetic())
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        && !is_opaque_id(text)
}

/// Gives the record's category to the fields with no label of their own, or the category of
/// the object they describe inside it where its name gives one. `nested_in` is the category of
/// the records this table's records are nested in, if any.
fn inherit(
    rules: &ClassificationRules,
    table: &TableStats,
    found: &mut TableLabels,
    matched: &[Option<Switch>],
    record: &str,
    nested_in: Option<&str>,
    evidence: &str,
) {
    // The nested objects that hold a field of the record's own category by its own evidence (a
    // Facebook attachment's `media` with its `uri`): a link in another object of the record (its
    // `place.url`) leads to that object, not to what the record is.
    let holding_the_record: Vec<&str> = table
        .fields
        .iter()
        .zip(&found.labels)
        .filter(|(_, label)| label.category.as_deref() == Some(record))
        .filter_map(|(field, _)| nested_object(table, &field.name))
        .collect();
    for (label, field, candidates, bookkeeping) in each_field(table, found) {
        // A field whose own rules disagree takes the record's category only when it is one of
        // theirs; an identifier only when it identifies something of that category.
        let claimed = candidates.list.iter().any(|c| c.category == record);
        // A link is a reference to its thing even when it is written as an id (ATProto's
        // `avatar.ref.$link`, the content id of the picture).
        let leaf = key_tokens(leaf_of(&field.name));
        let link = is_link(&field.name) && leaf.last().is_some_and(|t| t != "id");
        // A concept's own id is its name in words (`fine-plucking` beside its `name` and
        // `value`): in a record of the person's content it is that content, as the name is.
        let worded_id = rules.content_categories.iter().any(|c| c == record)
            && leaf == ["id"]
            && names_a_concept(table, &field.name)
            && !field.sample.is_empty()
            && field.sample.iter().all(|v| is_worded_id(v));
        // The id of what a record is about (the liked tweet of a like) is that item, as the
        // record is; ids of other records stay no one's.
        let item_id = rules.item_ids.iter().any(|r| {
            r.record == record
                && id_subject(&leaf).is_some_and(|subject| {
                    r.items.iter().any(|item| ends_with_phrase(subject, item))
                })
        });
        let unclaimed = candidates.list.is_empty()
            && (!is_identifier_field(field) || link || worded_id || item_id);
        // A field that is always empty shows nothing about anyone: it stays unclassified.
        let eligible = label.category.is_none()
            && label.undisclosed.is_none()
            && !bookkeeping
            && field.values > 0
            && !field.name.is_empty()
            && (claimed || unclaimed);
        if eligible {
            // An object's name is recast as its record is: the `message` of a language model's
            // answer is the model's output, not a message between people.
            let object =
                named_object(rules, table, &field.name, record).map(|(object, category)| {
                    (
                        object,
                        recast_record(rules, matched, table, category)
                            .map_or(category, |(to, _)| to),
                    )
                });
            let named = object.filter(|(_, category)| *category != record);
            let (record, evidence) = match named {
                Some((object, category)) => (
                    category,
                    format!("a detail of its `{object}`, which is {category}"),
                ),
                None => match recast_field(rules, matched, record, &field.name) {
                    Some((to, word)) => (
                        to,
                        format!("{evidence}, recast as {to} in a record about `{word}`"),
                    ),
                    None => (record, evidence.to_owned()),
                },
            };
            // A yes/no flag of a file or a picture (`inline`, `deleted`, `editable`) is how the
            // service handles it, not metadata of what it shows.
            let flag = field.kind == ValueKind::Boolean;
            if flag && detail_category(rules, record) != record && !is_link(&field.name) {
                continue;
            }
            // The name of an app or a project inside a person's record is the app's, whatever
            // record it sits in: what the field's own name ruled out, the record does not give.
            let links_to_record = is_link(&field.name)
                && (named.is_some()
                    || nested_object(table, &field.name)
                        .is_none_or(|object| holding_the_record.contains(&object)));
            let inherited = inherited_label(rules, links_to_record, record, evidence);
            if !claimed
                && inherited
                    .category
                    .as_ref()
                    .is_some_and(|c| candidates.ruled_out.contains(c))
            {
                continue;
            }
            // The words a person wrote with a picture (a post's caption in `media[].title`) are
            // what they said where they posted it, not metadata of the picture.
            let said = nested_in.filter(|outer| {
                *outer != record && inherited.category.as_deref() != Some(record) && is_prose(field)
            });
            *label = match said {
                Some(outer) => FieldLabel {
                    category: Some(outer.to_owned()),
                    confidence: INHERITED_CONFIDENCE,
                    evidence: format!("words written with its {record}, in {outer} records"),
                    undisclosed: None,
                },
                None => inherited,
            };
        }
    }
}

/// Whether every sampled value is a few words of text, not a name, a code or a file's name.
fn is_prose(field: &FieldStats) -> bool {
    field.kind == ValueKind::String
        && !field.sample.is_empty()
        && field
            .sample
            .iter()
            .all(|v| v.split_whitespace().count() >= 3 && !has_file_extension(v))
}

/// Each field of the table with its label (to set), its own candidates and whether it is
/// bookkeeping.
fn each_field<'a>(
    table: &'a TableStats,
    found: &'a mut TableLabels,
) -> impl Iterator<Item = (&'a mut FieldLabel, &'a FieldStats, &'a Candidates, bool)> {
    found
        .labels
        .iter_mut()
        .zip(&table.fields)
        .zip(&found.own)
        .zip(&found.bookkeeping)
        .map(|(((label, field), candidates), bookkeeping)| (label, field, candidates, *bookkeeping))
}

/// The label a field takes from the record or object of category `record` it describes: a link
/// to the image is the image; its size and date are metadata of it.
fn inherited_label(
    rules: &ClassificationRules,
    links_to_record: bool,
    record: &str,
    evidence: String,
) -> FieldLabel {
    let category = if links_to_record {
        record
    } else {
        detail_category(rules, record)
    };
    FieldLabel {
        category: Some(category.to_owned()),
        confidence: INHERITED_CONFIDENCE,
        evidence,
        undisclosed: None,
    }
}
