//! What a field of a table says about an image, judged from its name and its sampled values:
//! a tag (`name`, `label`, `concept`...), the tag's score (`value`, `score`, `confidence`...,
//! between 0 and 1 or 0 and 100), or the model that made it (`model.id`).

use crate::records::flatten::LIST_SEPARATOR;
use crate::records::stats::{FieldStats, TableStats};
use crate::records::tokens::{has_file_extension, key_tokens};
use crate::records::value::ValueKind;

/// Words that name a tag, best first: `label`, `concept_name`, `name`.
const TAG_WORDS: [&str; 7] = [
    "label", "tag", "concept", "keyword", "class", "category", "name",
];
/// The same as a list of scalars in one field: `"tags": ["cat", "dog"]`.
const TAG_LIST_WORDS: [&str; 6] = [
    "labels",
    "tags",
    "concepts",
    "keywords",
    "classes",
    "categories",
];
/// A tag's text when a score stands beside it (Google Vision's `description`).
const SCORED_TAG_WORDS: [&str; 1] = ["description"];
const SCORE_WORDS: [&str; 6] = [
    "score",
    "confidence",
    "probability",
    "prob",
    "certainty",
    "value",
];
const MODEL_WORDS: [&str; 3] = ["model", "classifier", "detector"];
/// Longest average tag, in characters: longer values are sentences, not tags.
const MAX_TAG_CHARS: usize = 64;

/// The field holding tags in one table.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TagField {
    pub field: String,
    /// The field holds several tags joined by "; " (an array of strings).
    pub list: bool,
}

/// The field holding the tags' scores and what a score of 1 is written as (1 or 100).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ScoreField {
    pub field: String,
    pub scale: f64,
}

/// What one table of a linked file contributes to an image.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TableRoles {
    pub table: String,
    pub tag: Option<TagField>,
    pub score: Option<ScoreField>,
    /// The field naming the model (or classifier) that made this row and the rows below it.
    pub model: Option<String>,
    /// Rows without tags that are counted instead ("faces: 2").
    pub count: bool,
}

impl TableRoles {
    pub fn is_empty(&self) -> bool {
        self.tag.is_none() && self.model.is_none() && !self.count
    }
}

/// A field's name inside its table: `outputs[].data.concepts[].name` in `outputs[].data.concepts[]`
/// is `name`.
pub(crate) fn local_name<'f>(table: &str, field: &'f str) -> &'f str {
    if table.is_empty() {
        return field;
    }
    field
        .strip_prefix(table)
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or(field)
}

/// The table a child table's rows belong to: `outputs[]` for `outputs[].data.concepts[]`, the
/// main table "" for `outputs[]`.
pub(crate) fn parent_table(table: &str) -> &str {
    let Some(inner) = table.strip_suffix("[]") else {
        return "";
    };
    inner.rfind("[]").map_or("", |end| &table[..end + 2])
}

/// Whether `table` is `unit` or lies inside its rows.
pub(crate) fn within(unit: &str, table: &str) -> bool {
    unit.is_empty()
        || table == unit
        || table
            .strip_prefix(unit)
            .is_some_and(|rest| rest.starts_with('.'))
}

/// What a table's rows are called: `faces` for `faces[]`, else the file's name without its
/// extension (`inputs` for `inputs/inputs.json`).
pub(crate) fn table_word(file: &str, table: &str) -> String {
    let name = match table.strip_suffix("[]") {
        Some(inner) => inner.rsplit(['.', ']']).next().unwrap_or(inner),
        None => {
            let name = file.rsplit('/').next().unwrap_or(file);
            name.rsplit_once('.').map_or(name, |(stem, _)| stem)
        }
    };
    name.to_owned()
}

/// `inputs` → `input`, `categories` → `category`, `media` and `address` stay.
pub(crate) fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && stem.len() > 1 => stem.to_owned(),
        _ => word.to_owned(),
    }
}

/// A field name's tokens, each made singular.
pub(crate) fn singular_tokens(name: &str) -> Vec<String> {
    key_tokens(name).iter().map(|t| singular(t)).collect()
}

/// The sampled values of a field, with lists split into their items.
pub(crate) fn sampled_values(field: &FieldStats) -> impl Iterator<Item = &str> {
    let list = field.kind == ValueKind::List;
    field.sample.iter().flat_map(move |v| {
        let items: Vec<&str> = if list {
            v.split(LIST_SEPARATOR).collect()
        } else {
            vec![v.as_str()]
        };
        items.into_iter().map(str::trim).filter(|s| !s.is_empty())
    })
}

fn is_numeric(field: &FieldStats) -> bool {
    matches!(field.kind, ValueKind::Decimal | ValueKind::Integer)
}

/// Values that are words, not paths, addresses or sentences.
fn looks_like_tags(field: &FieldStats) -> bool {
    let values: Vec<&str> = sampled_values(field).collect();
    if values.is_empty() {
        return false;
    }
    let pathlike = values
        .iter()
        .filter(|v| v.contains('/') || v.contains('\\') || has_file_extension(v))
        .count();
    let chars: usize = values.iter().map(|v| v.chars().count()).sum();
    pathlike * 2 < values.len() && chars <= MAX_TAG_CHARS * values.len()
}

/// The scale of a score field: 1 when its sampled values lie in 0..=1, 100 when in 0..=100.
fn score_scale(field: &FieldStats) -> Option<f64> {
    let mut max = f64::MIN;
    for v in sampled_values(field) {
        let n: f64 = v.parse().ok()?;
        if !(0.0..=100.0).contains(&n) {
            return None;
        }
        max = max.max(n);
    }
    match max {
        m if m < 0.0 => None,
        m if m <= 1.0 => Some(1.0),
        _ => Some(100.0),
    }
}

/// The roles of `table`'s fields. `count` is decided by the caller, who sees the other tables.
pub(crate) fn table_roles(table: &TableStats) -> TableRoles {
    let local = |f: &FieldStats| key_tokens(local_name(&table.table, &f.name));
    let fields: Vec<(&FieldStats, Vec<String>)> = table
        .fields
        .iter()
        .filter(|f| f.values > 0)
        .map(|f| (f, local(f)))
        .collect();
    let all_in = |tokens: &[String], words: &[&str]| {
        !tokens.is_empty() && tokens.iter().all(|t| words.contains(&t.as_str()))
    };

    let score = fields
        .iter()
        .filter(|(f, tokens)| {
            is_numeric(f)
                && tokens
                    .last()
                    .is_some_and(|last| SCORE_WORDS.contains(&last.as_str()))
                && tokens[..tokens.len() - 1]
                    .iter()
                    .all(|t| TAG_WORDS.contains(&t.as_str()))
        })
        .find_map(|(f, _)| {
            score_scale(f).map(|scale| ScoreField {
                field: f.name.clone(),
                scale,
            })
        });
    // A `value` that is text makes the rows properties (`{"name": "Make", "value": "Canon"}`),
    // not tags.
    let properties = fields
        .iter()
        .any(|(f, tokens)| tokens.as_slice() == ["value"] && !is_numeric(f));

    let tag_rank = |tokens: &[String], f: &FieldStats| -> Option<usize> {
        if f.kind == ValueKind::String && all_in(tokens, &TAG_WORDS) {
            let last = tokens.last()?;
            return TAG_WORDS.iter().position(|w| w == last);
        }
        if f.kind == ValueKind::List
            && tokens.len() == 1
            && TAG_LIST_WORDS.contains(&tokens[0].as_str())
        {
            return Some(TAG_WORDS.len());
        }
        if score.is_some() && f.kind == ValueKind::String && all_in(tokens, &SCORED_TAG_WORDS) {
            return Some(TAG_WORDS.len() + 1);
        }
        None
    };
    let tag = if properties {
        None
    } else {
        fields
            .iter()
            .filter(|(f, _)| looks_like_tags(f))
            .filter_map(|(f, tokens)| tag_rank(tokens, f).map(|rank| (rank, *f)))
            .min_by_key(|(rank, _)| *rank)
            .map(|(_, f)| TagField {
                field: f.name.clone(),
                list: f.kind == ValueKind::List,
            })
    };

    let model = fields
        .iter()
        .filter(|(f, tokens)| {
            f.kind != ValueKind::List
                && tokens.iter().any(|t| MODEL_WORDS.contains(&t.as_str()))
                && (tokens.len() == 1
                    || matches!(tokens.last().map(String::as_str), Some("id" | "name")))
        })
        .min_by_key(|(_, tokens)| {
            (
                tokens.len(),
                tokens.last().map(String::as_str) != Some("name"),
            )
        })
        .map(|(f, _)| f.name.clone());

    TableRoles {
        table: table.table.clone(),
        score: score.filter(|_| tag.as_ref().is_some_and(|t| !t.list)),
        tag,
        model,
        count: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::value::infer;

    fn table(name: &str, rows: &[&[(&str, &str)]]) -> TableStats {
        let mut t = TableStats::new("f.json", name);
        for row in rows {
            t.records += 1;
            for (field, value) in *row {
                let kind = if value.contains(LIST_SEPARATOR) {
                    ValueKind::List
                } else {
                    infer(value)
                };
                t.field_mut(field).add(value, kind);
            }
        }
        t.finish();
        t
    }

    #[test]
    fn names_of_tables_and_fields() {
        assert_eq!(parent_table("outputs[].data.concepts[]"), "outputs[]");
        assert_eq!(parent_table("outputs[]"), "");
        assert_eq!(parent_table(""), "");
        assert_eq!(local_name("outputs[]", "outputs[].model.id"), "model.id");
        assert_eq!(local_name("", "input_id"), "input_id");
        assert!(within("", "faces[]"));
        assert!(within("media[]", "media[].tags[]"));
        assert!(!within("media[]", "media_more[]"));
        assert_eq!(
            table_word("models/faces.json", "faces[].landmarks[]"),
            "landmarks"
        );
        assert_eq!(table_word("inputs/inputs.json", ""), "inputs");
        assert_eq!(table_word("data.csv", "data.photos[]"), "photos");
        assert_eq!(singular("inputs"), "input");
        assert_eq!(singular("categories"), "category");
        assert_eq!(singular("media"), "media");
        assert_eq!(singular("address"), "address");
        assert_eq!(singular_tokens("inputIds"), ["input", "id"]);
    }

    #[test]
    fn concepts_with_scores_and_models() {
        let concepts = table(
            "outputs[].data.concepts[]",
            &[
                &[
                    ("outputs[].data.concepts[].id", "ai_1"),
                    ("outputs[].data.concepts[].name", "sky"),
                    ("outputs[].data.concepts[].value", "0.99"),
                ],
                &[
                    ("outputs[].data.concepts[].id", "ai_2"),
                    ("outputs[].data.concepts[].name", "dog"),
                    ("outputs[].data.concepts[].value", "0.5"),
                ],
            ],
        );
        let roles = table_roles(&concepts);
        assert_eq!(roles.tag.unwrap().field, "outputs[].data.concepts[].name");
        assert_eq!(roles.score.unwrap().scale, 1.0);

        let outputs = table(
            "outputs[]",
            &[&[
                ("outputs[].model.id", "general"),
                ("outputs[].model.version_id", "v1"),
            ]],
        );
        let roles = table_roles(&outputs);
        assert_eq!(roles.model.as_deref(), Some("outputs[].model.id"));
        assert!(roles.tag.is_none());
    }

    #[test]
    fn percentages_lists_and_what_is_not_a_tag() {
        let labels = table(
            "labels[]",
            &[&[("labels[].label", "cat"), ("labels[].confidence", "80")]],
        );
        let roles = table_roles(&labels);
        assert_eq!(roles.tag.unwrap().field, "labels[].label");
        assert_eq!(roles.score.unwrap().scale, 100.0);

        let list = table("", &[&[("tags", "cat; dog")]]);
        assert!(table_roles(&list).tag.unwrap().list);

        let properties = table(
            "exif[]",
            &[&[("exif[].name", "Make"), ("exif[].value", "Canon")]],
        );
        assert!(table_roles(&properties).tag.is_none());

        let files = table("", &[&[("name", "IMG_1.JPG")], &[("name", "IMG_2.JPG")]]);
        assert!(table_roles(&files).tag.is_none());

        let people = table("", &[&[("author_name", "Bob")]]);
        assert!(table_roles(&people).tag.is_none());
    }
}
