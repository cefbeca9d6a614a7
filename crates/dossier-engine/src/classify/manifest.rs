//! An export's own index: a `dossier.json` at its root that says which category each file or
//! field belongs to. Companies (or the people preparing an export) know their data better
//! than any heuristic, so manifest labels win over the rules and say so in their evidence.
//!
//! ```json
//! { "dossier_manifest": 1,
//!   "files":  [ { "path": "billing/", "category": "Payment Information" } ],
//!   "fields": [ { "file": "account/profile.json", "field": "email",
//!                 "category": "Contact Data/Identifiers" },
//!               { "file": "account/profile.json", "field": "theme", "category": null } ] }
//! ```
//! A `path` ending in `/` covers a folder; otherwise it names one file.
//!
//! The same format holds corrections made outside the export: a file given with `--manifest`,
//! or the corrections a person made in the app and saved. Those are checked strictly on load
//! (`Manifest::load`), because a typo there would silently change nothing.

use std::path::{Path, PathBuf};

use dossier_policy::PolicyPack;
use serde::{Deserialize, Serialize};

/// The manifest's file name, at the root of the export.
pub const MANIFEST_FILE: &str = "dossier.json";
/// A manifest larger than this is not an index but data; it is read as a normal file only.
pub(crate) const MAX_MANIFEST_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Format version; 1 is the only one.
    pub dossier_manifest: u32,
    #[serde(default)]
    pub files: Vec<ManifestFile>,
    #[serde(default)]
    pub fields: Vec<ManifestField>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    pub path: String,
    pub category: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ManifestField {
    pub file: String,
    pub field: String,
    pub category: Option<String>,
}

/// Why a manifest from outside the export could not be used. Nothing of it is applied then.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("{path}: cannot be read ({source}); check the path and that you may read it")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error(
        "{path}: {} {} of {policy}; use the policy's exact category names, or null for \"not personal data\"; nothing of this manifest was applied",
        .unknown.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", "),
        if .unknown.len() == 1 { "is not a category" } else { "are not categories" }
    )]
    UnknownCategories {
        path: PathBuf,
        policy: String,
        unknown: Vec<String>,
    },
}

impl ManifestError {
    /// A stable machine-readable code, for the desktop app's `{code, message}` errors.
    pub fn code(&self) -> &'static str {
        match self {
            ManifestError::Unreadable { .. } => "manifest_unreadable",
            ManifestError::Invalid { .. } => "manifest_invalid",
            ManifestError::UnknownCategories { .. } => "manifest_unknown_categories",
        }
    }
}

/// An empty manifest of the current format version, which `Manifest::load` reads back.
impl Default for Manifest {
    fn default() -> Self {
        Manifest {
            dossier_manifest: 1,
            files: Vec::new(),
            fields: Vec::new(),
        }
    }
}

impl Manifest {
    /// Reads a manifest from outside an export and checks every category it names against
    /// `pack`: a correction to a category the policy does not have is refused, whole.
    pub fn load(path: &Path, pack: &PolicyPack) -> Result<Manifest, ManifestError> {
        let bytes = std::fs::read(path).map_err(|source| ManifestError::Unreadable {
            path: path.to_owned(),
            source,
        })?;
        let manifest = Manifest::parse(&bytes).map_err(|message| ManifestError::Invalid {
            path: path.to_owned(),
            message: message.replace("its labels were not used", "nothing of it was applied"),
        })?;
        let mut unknown: Vec<String> = manifest
            .files
            .iter()
            .filter_map(|f| f.category.as_deref())
            .chain(manifest.fields.iter().filter_map(|f| f.category.as_deref()))
            .filter(|c| pack.category(c).is_none_or(|k| k.name != *c))
            .map(str::to_owned)
            .collect();
        unknown.sort();
        unknown.dedup();
        if !unknown.is_empty() {
            return Err(ManifestError::UnknownCategories {
                path: path.to_owned(),
                policy: format!("{} {}", pack.metadata().company, pack.metadata().title),
                unknown,
            });
        }
        Ok(manifest)
    }

    /// The manifest as the pretty JSON a person can read and edit, fields sorted.
    pub fn to_json(&self) -> String {
        let mut sorted = self.clone();
        sorted.files.sort_by(|a, b| a.path.cmp(&b.path));
        sorted
            .fields
            .sort_by(|a, b| (&a.file, &a.field).cmp(&(&b.file, &b.field)));
        let mut text = serde_json::to_string_pretty(&sorted).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Sets (or replaces) the label of one field.
    pub fn set_field(&mut self, file: &str, field: &str, category: Option<&str>) {
        self.fields
            .retain(|f| !(f.file == file && f.field == field));
        self.fields.push(ManifestField {
            file: file.to_owned(),
            field: field.to_owned(),
            category: category.map(str::to_owned),
        });
    }

    /// Forgets the label of one field; true when it had one.
    pub fn remove_field(&mut self, file: &str, field: &str) -> bool {
        let before = self.fields.len();
        self.fields
            .retain(|f| !(f.file == file && f.field == field));
        before != self.fields.len()
    }

    /// Parses a manifest, with a message fit for the problems list when it is not one.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Manifest, String> {
        let invalid = |e: String| {
            format!("it is not a valid Dossier manifest ({e}); its labels were not used")
        };
        // serde would also take a struct from a JSON array; a manifest is an object.
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| invalid(e.to_string()))?;
        if !value.is_object() {
            return Err(invalid("it is not a JSON object".into()));
        }
        let manifest: Manifest =
            serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
        if manifest.dossier_manifest != 1 {
            return Err(format!(
                "it is a Dossier manifest of version {}, which this version does not know; its labels were not used",
                manifest.dossier_manifest
            ));
        }
        Ok(manifest)
    }

    /// The manifest's label for a field, most specific first: the field, its file, the
    /// closest folder. `Some(None)` means the manifest says "not personal data".
    /// `origin` names the manifest in the evidence ("the export's manifest").
    pub(crate) fn label_for(
        &self,
        origin: &str,
        file: &str,
        field: &str,
    ) -> Option<(Option<&str>, String)> {
        if let Some(f) = self
            .fields
            .iter()
            .find(|f| f.file == file && f.field == field)
        {
            return Some((
                f.category.as_deref(),
                format!("{origin} labels the field `{field}`"),
            ));
        }
        self.files
            .iter()
            .filter(|f| f.path == file || (f.path.ends_with('/') && file.starts_with(&f.path)))
            .max_by_key(|f| f.path.len())
            .map(|f| {
                (
                    f.category.as_deref(),
                    format!("{origin} labels `{}`", f.path),
                )
            })
    }
}
