//! What other files of the export say about its images (tags, predictions, counted rows), with
//! the file and field that linked each to the image.

use super::export::ProblemView;
use crate::values::Shown;
use dossier_engine::{ImageLinks, LinkedSource};
use serde::Serialize;
use ts_rs::TS;

/// The linked tags of the images asked for.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImageLinksView {
    /// One entry per image asked for that other files say something about.
    pub images: Vec<ImageTags>,
    /// Files that could only be read in part while linking: what they say may be incomplete.
    pub problems: Vec<ProblemView>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ImageTags {
    pub file: String,
    pub sources: Vec<TagSource>,
}

/// Records of one file (and one model) about one image.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TagSource {
    /// The file the records are in.
    pub file: String,
    /// The field whose value linked them to the image (a key such as `input_id`, or a path).
    pub field: String,
    /// That value.
    pub value: String,
    /// When the value is a key: the file where that key stands beside the image's path.
    pub through: Option<KeyThrough>,
    /// The model that made the tags, as the file names it.
    pub model: Option<String>,
    #[ts(type = "number")]
    pub records: u64,
    /// Best score first.
    pub tags: Vec<TagView>,
    /// Tags not listed.
    #[ts(type = "number")]
    pub more_tags: u64,
    /// Rows without tags, counted (`faces`: 1).
    pub counts: Vec<CountView>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct KeyThrough {
    pub file: String,
    /// The field holding the key there (`id`).
    pub key_field: String,
    /// The field holding the image's path there (`file`).
    pub path_field: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct TagView {
    pub name: String,
    /// The score as a percentage ("94%"), when the file gives one.
    pub score: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct CountView {
    pub what: String,
    #[ts(type = "number")]
    pub count: u64,
}

impl ImageLinksView {
    /// `files` are real paths.
    pub fn new(links: &ImageLinks, files: &[String], shown: &Shown) -> Self {
        ImageLinksView {
            images: files
                .iter()
                .filter_map(|file| {
                    let sources = links.images.get(file)?;
                    Some(ImageTags {
                        file: shown.path(file),
                        sources: sources.iter().map(|s| TagSource::new(s, shown)).collect(),
                    })
                })
                .collect(),
            problems: links
                .problems
                .iter()
                .map(|p| ProblemView::new(p, shown))
                .collect(),
        }
    }
}

impl TagSource {
    fn new(source: &LinkedSource, shown: &Shown) -> Self {
        TagSource {
            file: shown.path(&source.file),
            field: shown.field(&source.field),
            value: shown.value(&source.value, &source.field),
            through: source.through.as_ref().map(|t| KeyThrough {
                file: shown.path(&t.file),
                key_field: shown.field(&t.key_field),
                path_field: shown.field(&t.path_field),
            }),
            model: source.model.as_deref().map(|m| shown.value(m, "model")),
            records: source.records,
            tags: source
                .tags
                .iter()
                .map(|t| TagView {
                    name: shown.value(&t.name, "tag"),
                    // A model's confidence says nothing of the person.
                    score: t.score.map(percent),
                })
                .collect(),
            more_tags: source.more_tags,
            counts: source
                .counts
                .iter()
                .map(|c| CountView {
                    what: shown.field(&c.what),
                    count: c.count,
                })
                .collect(),
        }
    }
}

/// A score between 0 and 1 as a percentage: whole numbers, with a decimal where rounding would
/// make it look certain (99.6%, not 100%) or absent (0.4%, not 0%).
fn percent(score: f64) -> String {
    let p = score * 100.0;
    if (p > 0.0 && p < 0.5) || (99.5..100.0).contains(&p) {
        format!("{p:.1}%")
    } else {
        format!("{p:.0}%")
    }
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages() {
        assert_eq!(percent(0.995821), "99.6%");
        assert_eq!(percent(0.943947), "94%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(0.003), "0.3%");
    }
}
