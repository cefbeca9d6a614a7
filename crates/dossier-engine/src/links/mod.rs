//! Links the export's images to what its other files say about them: the tags and
//! predictions a model made, the faces it found. Nothing here knows any company's file or
//! field names: the links are planned from the scan's statistics (`plan`), from field names
//! and sampled values, then the files involved are read once each (`sink`), keeping per
//! image a few tags and counts (`collect`) and the evidence of each link.

mod collect;
mod fields;
mod plan;
mod resolve;
mod sink;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::atomic::Ordering;

use serde::Serialize;

pub use collect::TAGS_PER_SOURCE;
pub use fields::{ScoreField, TableRoles, TagField};
pub use plan::{plan_links, LinkPlan, Role, Unit};

use crate::error::OpenError;
use crate::export::locate::LocateError;
use crate::problem::{Problem, Severity};
use crate::scan::read_file::reread_file;
use crate::scan::{ExportScan, ScanOptions};
use collect::Collector;
use sink::{LinkSink, Record};

/// What the export's other files say about its images.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImageLinks {
    /// By image path: the sources that say something about it. Images nothing links to are
    /// absent.
    pub images: BTreeMap<String, Vec<LinkedSource>>,
    /// How the files were linked.
    pub plan: LinkPlan,
    /// Files that could not be read again, or only in part; what was read is used.
    pub problems: Vec<Problem>,
}

/// Records of one file (and one model) about one image.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkedSource {
    pub file: String,
    /// The table of the records ("" for the file's main one).
    pub table: String,
    /// The field whose value linked them: a path naming the image, or a key.
    pub field: String,
    /// That value, as the file has it.
    pub value: String,
    /// For a key: the file and field where the key stands beside the image's path.
    pub through: Option<KeyOrigin>,
    /// The model (or classifier) that made the tags, and the field naming it.
    pub model: Option<String>,
    pub model_field: Option<String>,
    /// Records linked.
    pub records: u64,
    /// The best-scored tags, at most [`TAGS_PER_SOURCE`].
    pub tags: Vec<Tag>,
    /// Tags not listed.
    pub more_tags: u64,
    /// Rows without tags, counted by table ("faces: 1").
    pub counts: Vec<Count>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyOrigin {
    pub file: String,
    pub table: String,
    pub key_field: String,
    pub path_field: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tag {
    pub name: String,
    /// Between 0 and 1, when the file gives one.
    pub score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    /// What the rows are called (`faces` for the table `faces[]`).
    pub what: String,
    pub table: String,
    pub count: u64,
}

/// Reads the files that link to `scan`'s images and gathers what they say about each one.
/// Fails only when the export itself cannot be opened again or `options.cancel` is set; a
/// file that cannot be read becomes a problem.
pub fn link_images(
    export: &Path,
    scan: &ExportScan,
    options: &ScanOptions,
) -> Result<ImageLinks, OpenError> {
    let images = plan::image_index(scan);
    let plan = plan::plan_with(scan, &images);
    let mut found = Collector::default();
    let mut problems = Vec::new();
    // Keys of each reference unit, to the images they stand for.
    let mut keys: HashMap<usize, HashMap<String, Vec<usize>>> = HashMap::new();

    // References first: linked units need their keys.
    for pass in [true, false] {
        let mut files: Vec<&str> = Vec::new();
        for unit in &plan.units {
            let reference = matches!(unit.role, Role::Reference { .. });
            if reference == pass && !files.contains(&unit.file.as_str()) {
                files.push(&unit.file);
            }
        }
        for file in files {
            if options.cancel.load(Ordering::Relaxed) {
                return Err(OpenError::Cancelled);
            }
            let units: Vec<usize> = (0..plan.units.len())
                .filter(|&i| {
                    let u = &plan.units[i];
                    u.file == file && matches!(u.role, Role::Reference { .. }) == pass
                })
                .collect();
            let mut on_record = |index: usize, unit: &Unit, record: Record| match &unit.role {
                Role::Reference { .. } => {
                    let Some((value, image)) = record
                        .links
                        .iter()
                        .find_map(|v| images.resolve(v).map(|i| (v, i)))
                    else {
                        return;
                    };
                    if let Some(key) = &record.key {
                        let linked = keys
                            .entry(index)
                            .or_default()
                            .entry(key.clone())
                            .or_default();
                        if !linked.contains(&image) {
                            linked.push(image);
                        }
                    }
                    if unit.has_content() {
                        found.add(image, index, unit, value, &record);
                    }
                }
                Role::Linked { reference, .. } => {
                    let Some(by_key) = keys.get(reference) else {
                        return;
                    };
                    for value in &record.links {
                        for &image in by_key.get(value).into_iter().flatten() {
                            found.add(image, index, unit, value, &record);
                        }
                    }
                }
            };
            let mut sink = LinkSink::new(&plan, &units, &mut on_record);
            let outcome = reread_file(export, file, options.limits, &options.cancel, &mut sink);
            sink.finish();
            let message = match outcome {
                Ok(read) => read.error,
                Err(LocateError::Open(e)) => return Err(e),
                Err(LocateError::Unreadable { reason, .. }) => Some(reason),
                Err(LocateError::NotInExport { .. }) => {
                    Some("it is no longer in the export".to_owned())
                }
            };
            if options.cancel.load(Ordering::Relaxed) {
                return Err(OpenError::Cancelled);
            }
            if let Some(message) = message {
                problems.push(Problem::new(
                    file,
                    Severity::Partial,
                    format!("{message}; what it says about the images may be incomplete"),
                ));
            }
        }
    }
    Ok(ImageLinks {
        images: found.finish(&plan, &images),
        plan,
        problems,
    })
}
