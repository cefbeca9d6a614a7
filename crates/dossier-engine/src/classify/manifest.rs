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

use serde::{Deserialize, Serialize};

/// The manifest's file name, at the root of the export.
pub const MANIFEST_FILE: &str = "dossier.json";
/// A manifest larger than this is not an index but data; it is read as a normal file only.
pub(crate) const MAX_MANIFEST_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
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

impl Manifest {
    /// Parses a manifest, with a message fit for the problems list when it is not one.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Manifest, String> {
        let manifest: Manifest = serde_json::from_slice(bytes).map_err(|e| {
            format!("it is not a valid Dossier manifest ({e}); its labels were not used")
        })?;
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
    pub(crate) fn label_for(&self, file: &str, field: &str) -> Option<(Option<&str>, String)> {
        if let Some(f) = self
            .fields
            .iter()
            .find(|f| f.file == file && f.field == field)
        {
            return Some((
                f.category.as_deref(),
                format!("the export's manifest labels the field `{field}`"),
            ));
        }
        self.files
            .iter()
            .filter(|f| f.path == file || (f.path.ends_with('/') && file.starts_with(&f.path)))
            .max_by_key(|f| f.path.len())
            .map(|f| {
                (
                    f.category.as_deref(),
                    format!("the export's manifest labels `{}`", f.path),
                )
            })
    }
}
