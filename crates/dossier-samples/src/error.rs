//! Errors of the generator, each worded so the caller knows what to change.

use std::io;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SampleError {
    #[error("cannot write {path}: {source} (check that the folder exists and is writable, and that the disk has room)")]
    Write { path: PathBuf, source: io::Error },

    #[error("output folder {0} is not empty: choose a new or empty folder so no stale files end up in the sample")]
    OutputNotEmpty(PathBuf),

    #[error("unknown size {0:?}: use `small` or a byte size such as `20MB`, `200MB` or `1GB`")]
    InvalidSize(String),

    #[error(
        "size {requested} bytes is out of range: choose between {min} and {max} bytes (or `small`)"
    )]
    SizeOutOfRange { requested: u64, min: u64, max: u64 },

    #[error("the zip would exceed the 4 GiB / 65,535-entry limits of a zip without Zip64: choose a smaller size")]
    ZipLimit,

    #[error("cannot encode image {path}: {message}")]
    Image { path: String, message: String },

    #[error("{path} must be written as Latin-1 but contains {ch:?}, which Latin-1 cannot encode: pick Latin-1 names for that file")]
    NotLatin1 { path: String, ch: char },

    #[error("cannot serialize the ground truth: {0}")]
    Truth(#[from] serde_json::Error),
}
