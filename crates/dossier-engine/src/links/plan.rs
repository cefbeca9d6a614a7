//! Which tables link to the export's images, decided from the scan's statistics alone, before
//! anything is read again.
//!
//! A *reference* table has a field whose sampled values name images of the export (their path,
//! or a file name no other image has); its identifier field (`id`, `media_id`) is the image's
//! key. A *linked* table has a field that holds such keys: named after the reference table
//! (`input_id` for `inputs.json`, `mediaId` beside `media_id`), or sharing its sampled values.

use std::collections::HashSet;

use serde::Serialize;

use super::fields::{
    local_name, parent_table, sampled_values, singular, singular_tokens, table_roles, table_word,
    within, TableRoles,
};
use super::resolve::ImageIndex;
use crate::formats::FileKind;
use crate::records::datetime;
use crate::records::stats::{FieldStats, TableStats};
use crate::records::value::ValueKind;
use crate::scan::ExportScan;

/// Shortest key value that links by value alone: short ones (`1`, `42`) repeat by chance.
const DISTINCTIVE_KEY_CHARS: usize = 8;

/// How the export's tables link to its images.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LinkPlan {
    /// Reference units first, then the units linked to them.
    pub units: Vec<Unit>,
}

/// One table of one file whose records (each with the rows nested in it) say something about
/// an image.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    pub file: String,
    /// "" for the file's main table, else a nested table (`media[]`).
    pub table: String,
    pub role: Role,
    /// The tables of its records that hold tags, models or counted rows; the first is `table`.
    pub tables: Vec<TableRoles>,
    /// Why it links, in a sentence.
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Its records name an image by its path in `path_field`; `key_field` identifies them.
    Reference {
        path_field: String,
        key_field: Option<String>,
    },
    /// Its records hold in `field` the key of the reference unit `reference` (an index into
    /// the plan's units).
    Linked { field: String, reference: usize },
}

impl Unit {
    /// The field whose values link the records: the path or the key.
    pub fn link_field(&self) -> &str {
        match &self.role {
            Role::Reference { path_field, .. } => path_field,
            Role::Linked { field, .. } => field,
        }
    }

    /// Whether the records carry anything to show besides the link itself.
    pub fn has_content(&self) -> bool {
        self.tables.iter().any(|t| t.tag.is_some() || t.count)
    }
}

/// Plans the links of `scan`'s tables to its images.
pub fn plan_links(scan: &ExportScan) -> LinkPlan {
    let images = image_index(scan);
    plan_with(scan, &images)
}

pub(crate) fn image_index(scan: &ExportScan) -> ImageIndex {
    ImageIndex::new(
        scan.files
            .iter()
            .filter(|f| f.kind == FileKind::Image)
            .map(|f| f.path.as_str()),
    )
}

pub(crate) fn plan_with(scan: &ExportScan, images: &ImageIndex) -> LinkPlan {
    if images.is_empty() {
        return LinkPlan::default();
    }
    let image_files: HashSet<&str> = scan
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Image)
        .map(|f| f.path.as_str())
        .collect();
    let data: Vec<&TableStats> = scan
        .tables
        .iter()
        .filter(|t| !image_files.contains(t.file.as_str()))
        .collect();

    let mut units: Vec<Unit> = Vec::new();
    for table in &data {
        if claimed(&units, table) {
            continue;
        }
        let Some((path_field, matched, sampled)) = path_field(table, images) else {
            continue;
        };
        let key_field = key_field(table, &path_field.name).map(|k| k.name.clone());
        let keyed = key_field.is_some();
        let unit = Unit {
            file: table.file.clone(),
            table: table.table.clone(),
            evidence: format!(
                "{matched} of {sampled} sampled values of `{}` name images of the export",
                path_field.name
            ),
            role: Role::Reference {
                path_field: path_field.name.clone(),
                key_field,
            },
            tables: unit_tables(&data, table),
        };
        if keyed || unit.has_content() {
            units.push(unit);
        }
    }

    let references = units.len();
    for table in &data {
        if claimed(&units, table) {
            continue;
        }
        let found = (0..references).find_map(|r| {
            let key = reference_key(&units[r], &data)?;
            linking_field(&units[r], key, table).map(|(field, why)| (r, field, why))
        });
        let Some((reference, field, why)) = found else {
            continue;
        };
        units.push(Unit {
            file: table.file.clone(),
            table: table.table.clone(),
            evidence: why,
            role: Role::Linked {
                field: field.name.clone(),
                reference,
            },
            tables: unit_tables(&data, table),
        });
    }
    LinkPlan { units }
}

/// Whether `table` is a unit's table, or nested in one, already.
fn claimed(units: &[Unit], table: &TableStats) -> bool {
    units
        .iter()
        .any(|u| u.file == table.file && within(&u.table, &table.table))
}

/// The field of `table` whose sampled values best name images: (field, matched, sampled).
fn path_field<'t>(
    table: &'t TableStats,
    images: &ImageIndex,
) -> Option<(&'t FieldStats, usize, usize)> {
    table
        .fields
        .iter()
        .filter(|f| matches!(f.kind, ValueKind::String | ValueKind::List))
        .filter_map(|f| {
            let values: Vec<&str> = sampled_values(f).collect();
            let matched = values
                .iter()
                .filter(|v| images.resolve(v).is_some())
                .count();
            (matched > 0 && matched * 2 >= values.len()).then_some((f, matched, values.len()))
        })
        .max_by_key(|(_, matched, sampled)| (*matched * 1000 / *sampled, *matched))
}

/// The identifier of a reference table's records: `id`, then `<table>_id`, then any `…id`.
fn key_field<'t>(table: &'t TableStats, path_field: &str) -> Option<&'t FieldStats> {
    let stem = singular(&table_word(&table.file, &table.table));
    table
        .fields
        .iter()
        .filter(|f| f.name != path_field && f.values > 0 && f.kind != ValueKind::List)
        .filter_map(|f| {
            let tokens = singular_tokens(local_name(&table.table, &f.name));
            let rank = match tokens.as_slice() {
                [id] if id == "id" || id == "uuid" => 0,
                [.., id]
                    if id == "id"
                        && tokens[..tokens.len() - 1].join("")
                            == stem.replace(['_', '-', ' '], "") =>
                {
                    1
                }
                [.., id] if id == "id" || id == "uuid" => 2,
                _ => return None,
            };
            Some((rank, f))
        })
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, f)| f)
}

fn reference_key<'d>(unit: &Unit, data: &[&'d TableStats]) -> Option<&'d FieldStats> {
    let Role::Reference {
        key_field: Some(key),
        ..
    } = &unit.role
    else {
        return None;
    };
    data.iter()
        .find(|t| t.file == unit.file && t.table == unit.table)?
        .fields
        .iter()
        .find(|f| &f.name == key)
}

/// The field of `table` that holds `key`'s values, with the reason.
fn linking_field<'t>(
    reference: &Unit,
    key: &FieldStats,
    table: &'t TableStats,
) -> Option<(&'t FieldStats, String)> {
    let word = table_word(&reference.file, &reference.table);
    let mut named: Vec<String> = singular_tokens(&word);
    named.push("id".to_owned());
    let key_tokens = singular_tokens(local_name(&reference.table, &key.name));
    let wanted: Vec<&str> = sampled_values(key).filter(|v| is_distinctive(v)).collect();
    let by_name = table.fields.iter().find(|f| {
        let tokens = singular_tokens(local_name(&table.table, &f.name));
        f.values > 0 && (tokens == named || (key_tokens.len() > 1 && tokens == key_tokens))
    });
    if let Some(field) = by_name {
        return Some((
            field,
            format!(
                "`{}` is named after `{}` of {}, which names the images",
                field.name, key.name, reference.file
            ),
        ));
    }
    table.fields.iter().find_map(|f| {
        let shared = sampled_values(f).filter(|v| wanted.contains(v)).count();
        (shared > 0).then(|| {
            (
                f,
                format!(
                    "{shared} sampled values of `{}` are values of `{}` of {}, which names the images",
                    f.name, key.name, reference.file
                ),
            )
        })
    })
}

/// A value that does not repeat by chance across unrelated fields: long, not a number or a date.
fn is_distinctive(value: &str) -> bool {
    value.chars().count() >= DISTINCTIVE_KEY_CHARS
        && value.parse::<f64>().is_err()
        && datetime::parse(value).is_none()
}

/// The roles of `unit`'s table and the tables nested in its records. Rows of a nested table
/// without tags are counted when nothing below them has tags and they are the topmost such
/// table (faces, not the faces' landmarks).
fn unit_tables(data: &[&TableStats], unit: &TableStats) -> Vec<TableRoles> {
    let nested: Vec<&TableStats> = data
        .iter()
        .copied()
        .filter(|t| t.file == unit.file && t.table != unit.table && within(&unit.table, &t.table))
        .collect();
    let mut roles: Vec<TableRoles> = std::iter::once(unit)
        .chain(nested.iter().copied())
        .map(table_roles)
        .collect();
    let tagged: Vec<String> = roles
        .iter()
        .filter(|r| r.tag.is_some())
        .map(|r| r.table.clone())
        .collect();
    let untagged_below = |table: &str| !tagged.iter().any(|t| within(table, t));
    for role in roles.iter_mut().skip(1) {
        let parent = parent_table(&role.table);
        role.count =
            untagged_below(&role.table) && (parent == unit.table || !untagged_below(parent));
    }
    let first = roles.remove(0);
    let mut kept: Vec<TableRoles> = roles.into_iter().filter(|r| !r.is_empty()).collect();
    kept.insert(0, first);
    kept
}
