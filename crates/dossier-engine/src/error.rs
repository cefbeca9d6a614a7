//! Errors that stop an export from opening at all. Problems with single files inside an
//! export are not errors: they are listed as `Problem`s and the rest still opens.

use std::io;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("{path}: no such file or folder; check the path")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot be read ({source}); check that you have permission to read it")]
    Unreadable { path: PathBuf, source: io::Error },
    #[error("{path}: {reason}; if it is a zip, it may be damaged or only partly downloaded")]
    NotAZip { path: PathBuf, reason: String },
    #[error("{path}: Dossier opens .zip archives, folders and .json, .jsonl, .csv, .tsv or .js files, not this kind of file")]
    UnsupportedFile { path: PathBuf },
    #[error("opening was cancelled")]
    Cancelled,
}

impl OpenError {
    /// A stable machine-readable code, for the desktop app's `{code, message}` errors.
    pub fn code(&self) -> &'static str {
        match self {
            OpenError::NotFound { .. } => "not_found",
            OpenError::Unreadable { .. } => "unreadable",
            OpenError::NotAZip { .. } => "not_a_zip",
            OpenError::UnsupportedFile { .. } => "unsupported_file",
            OpenError::Cancelled => "cancelled",
        }
    }
}
