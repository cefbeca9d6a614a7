//! What the linked records say about each image, kept small: per image and source (a unit of
//! the plan and the model that made the tags), the best-scored tags and the counted rows.

use std::collections::{BTreeMap, HashMap};

use super::fields::table_word;
use super::plan::{LinkPlan, Role, Unit};
use super::resolve::ImageIndex;
use super::sink::Record;
use super::{Count, KeyOrigin, LinkedSource, Tag};

/// Tags shown per source; the rest are counted.
pub const TAGS_PER_SOURCE: usize = 10;
/// Tags kept per source while reading, before the lowest are dropped.
const TAGS_KEPT: usize = 3 * TAGS_PER_SOURCE;
/// Sources kept per image.
const SOURCES_PER_IMAGE: usize = 16;

#[derive(Debug)]
struct Source {
    unit: usize,
    model: Option<String>,
    model_field: Option<String>,
    value: String,
    records: u64,
    tags: Vec<(String, Option<f64>)>,
    dropped: u64,
    /// Counted rows by the unit's table index.
    counts: BTreeMap<usize, u64>,
}

impl Source {
    fn add_tag(&mut self, name: &str, score: Option<f64>) {
        if let Some(seen) = self.tags.iter_mut().find(|(n, _)| n == name) {
            if score > seen.1 {
                seen.1 = score;
            }
            return;
        }
        self.tags.push((name.to_owned(), score));
        if self.tags.len() > TAGS_KEPT {
            sort_tags(&mut self.tags);
            self.dropped += (self.tags.len() - TAGS_PER_SOURCE) as u64;
            self.tags.truncate(TAGS_PER_SOURCE);
        }
    }
}

/// Best score first (tags without a score last), then by name.
fn sort_tags(tags: &mut [(String, Option<f64>)]) {
    tags.sort_by(|a, b| {
        b.1.unwrap_or(-1.0)
            .total_cmp(&a.1.unwrap_or(-1.0))
            .then_with(|| a.0.cmp(&b.0))
    });
}

/// Everything found so far, by image (an index into the image index).
#[derive(Debug, Default)]
pub(crate) struct Collector {
    images: HashMap<usize, Vec<Source>>,
}

impl Collector {
    /// Adds one record of `unit` (the plan's unit `index`) that `value` linked to `image`.
    pub fn add(&mut self, image: usize, index: usize, unit: &Unit, value: &str, record: &Record) {
        // The record's rows by the model that made them.
        let mut groups: Vec<(Option<&str>, Option<&str>, Vec<&super::sink::Row>)> = Vec::new();
        for row in &record.rows {
            let roles = &unit.tables[row.table];
            if roles.tag.is_none() && !roles.count {
                continue;
            }
            let model_row = row.model_row.and_then(|r| record.rows.get(r));
            let model = model_row.and_then(|r| r.model.as_deref());
            let model_field = model_row
                .filter(|r| r.model.is_some())
                .and_then(|r| unit.tables[r.table].model.as_deref());
            match groups.iter_mut().find(|g| g.0 == model) {
                Some(group) => group.2.push(row),
                None => groups.push((model, model_field, vec![row])),
            }
        }
        if groups.is_empty() {
            groups.push((None, None, Vec::new()));
        }
        let sources = self.images.entry(image).or_default();
        for (model, model_field, rows) in groups {
            let found = sources
                .iter()
                .position(|s| s.unit == index && s.model.as_deref() == model);
            let source = match found {
                Some(i) => &mut sources[i],
                None if sources.len() < SOURCES_PER_IMAGE => {
                    sources.push(Source {
                        unit: index,
                        model: model.map(str::to_owned),
                        model_field: model_field.map(str::to_owned),
                        value: value.to_owned(),
                        records: 0,
                        tags: Vec::new(),
                        dropped: 0,
                        counts: BTreeMap::new(),
                    });
                    sources.last_mut().expect("just pushed")
                }
                None => continue,
            };
            source.records += 1;
            for row in rows {
                if unit.tables[row.table].count {
                    *source.counts.entry(row.table).or_default() += 1;
                }
                for tag in &row.tags {
                    source.add_tag(tag, row.score);
                }
            }
        }
    }

    /// The sources of each image, by image path: those with tags first, then in the plan's order.
    pub fn finish(
        self,
        plan: &LinkPlan,
        images: &ImageIndex,
    ) -> BTreeMap<String, Vec<LinkedSource>> {
        self.images
            .into_iter()
            .map(|(image, mut sources)| {
                // Tags first; each unit's models in the order the file gave them.
                sources.sort_by_key(|s| (s.tags.is_empty(), s.unit));
                let linked = sources.into_iter().map(|s| present(plan, s)).collect();
                (images.path(image).to_owned(), linked)
            })
            .collect()
    }
}

fn present(plan: &LinkPlan, mut source: Source) -> LinkedSource {
    let unit = &plan.units[source.unit];
    sort_tags(&mut source.tags);
    let more_tags = source.dropped + source.tags.len().saturating_sub(TAGS_PER_SOURCE) as u64;
    source.tags.truncate(TAGS_PER_SOURCE);
    let through = match &unit.role {
        Role::Linked { reference, .. } => {
            let reference = &plan.units[*reference];
            match &reference.role {
                Role::Reference {
                    path_field,
                    key_field: Some(key_field),
                } => Some(KeyOrigin {
                    file: reference.file.clone(),
                    table: reference.table.clone(),
                    key_field: key_field.clone(),
                    path_field: path_field.clone(),
                }),
                _ => None,
            }
        }
        Role::Reference { .. } => None,
    };
    LinkedSource {
        file: unit.file.clone(),
        table: unit.table.clone(),
        field: unit.link_field().to_owned(),
        value: source.value,
        through,
        model: source.model,
        model_field: source.model_field,
        records: source.records,
        tags: source
            .tags
            .into_iter()
            .map(|(name, score)| Tag { name, score })
            .collect(),
        more_tags,
        counts: source
            .counts
            .into_iter()
            .map(|(table, count)| Count {
                what: table_word(&unit.file, &unit.tables[table].table),
                table: unit.tables[table].table.clone(),
                count,
            })
            .collect(),
    }
}
