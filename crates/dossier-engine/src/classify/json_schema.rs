//! A JSON Schema saved beside the records it describes (a Singer tap's `SCHEMA` messages, an
//! Airbyte catalog, an OpenAPI component): `schema.properties.created_at.type: "string"`,
//! `.format: "date-time"`. It says what shape a field has, never anything of the person, so its
//! keywords are the format's own whatever the property they describe is called.

use super::service_values::every_value;
use crate::records::stats::FieldStats;

/// The types JSON Schema knows.
const TYPES: &[&str] = &[
    "string", "number", "integer", "object", "array", "boolean", "null",
];
/// Keywords whose every value is one of `TYPES` (`type`, `items.type`, or a list of them such
/// as `["string", "null"]`, which a sample holds as `string; null`).
const TYPE_KEYWORDS: &[&str] = &["type"];
/// Keywords that only describe a property's shape whatever their values.
const SHAPE_KEYWORDS: &[&str] = &[
    "format",
    "additionalProperties",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "multipleOf",
    "pattern",
    "$ref",
];

/// Why a field is a keyword of a JSON Schema, if it is one: it sits under a `properties` object
/// and is a shape keyword, or a `type` holding only JSON Schema's types.
pub(crate) fn keyword(stats: &FieldStats) -> Option<String> {
    let keys: Vec<&str> = stats
        .name
        .split('.')
        .map(|k| k.trim_end_matches("[]"))
        .collect();
    // The key right under `properties` is a property's name (HubSpot's `properties.format`
    // is a contact's field); keywords sit below it.
    let (leaf, above) = keys.split_last()?;
    let (_, above_the_name) = above.split_last()?;
    if !above_the_name.contains(&"properties") {
        return None;
    }
    let shape = SHAPE_KEYWORDS.contains(leaf);
    let typed = TYPE_KEYWORDS.contains(leaf)
        && every_value(stats, |v| {
            v.split([',', ';'])
                .map(|t| {
                    t.trim()
                        .trim_matches(|c| matches!(c, '[' | ']' | '"'))
                        .trim()
                })
                .all(|t| TYPES.contains(&t))
        });
    (shape || typed).then(|| {
        format!("`{leaf}` is a keyword of a JSON Schema describing a field's shape, not a person's data")
    })
}
