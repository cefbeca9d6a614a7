//! What a scan returns.

use serde::Serialize;

use crate::formats::FileKind;
use crate::problem::Problem;
use crate::records::stats::TableStats;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Zip,
    Folder,
    File,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    Read,
    /// Read in part: see the file's problem.
    Partial,
    /// Not read because of a problem: see the file's problem.
    Failed,
    /// A kind of file Dossier does not read (video, PDF, ...): listed with its size.
    NotRead,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// `/`-separated path inside the export; files of nested zips are `outer.zip/inner.json`.
    pub path: String,
    /// Uncompressed size in bytes, as declared by the archive or the file system.
    pub size: u64,
    pub kind: FileKind,
    pub status: FileStatus,
    pub records: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExportScan {
    /// The export's file or folder name.
    pub name: String,
    pub source: SourceKind,
    pub files: Vec<FileReport>,
    pub tables: Vec<TableStats>,
    pub problems: Vec<Problem>,
    /// Uncompressed bytes read.
    pub bytes_read: u64,
    /// The export's own index (`dossier.json` at its root), when it has a valid one.
    pub manifest: Option<crate::classify::manifest::Manifest>,
    /// The index of values, when the scan was asked for one (`ScanOptions::index_values`).
    #[serde(skip)]
    pub values: crate::search::index::ValueIndex,
}
