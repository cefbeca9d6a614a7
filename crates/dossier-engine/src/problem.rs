//! Problems met while reading an export: one per file (or archive) that could not be read
//! completely. A problem never stops the rest of the export from opening.

use serde::Serialize;

/// How much of the file the problem cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The file was read, but something about it deserves a note (an encoding guess, a repair).
    Note,
    /// Part of the file was read; the rest was not.
    Partial,
    /// Nothing from the file was read.
    NotRead,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file's path inside the export (`/`-separated), or the export's name for the whole.
    pub path: String,
    /// A plain sentence: what is wrong and, where it helps, what to do.
    pub message: String,
    pub severity: Severity,
}

impl Problem {
    pub fn new(path: impl Into<String>, severity: Severity, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
            severity,
        }
    }
}
