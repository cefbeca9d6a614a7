//! The one error type every command returns.
//!
//! The webview receives it as `{ code, message }`: `code` is stable for the UI to branch on, and
//! `message` is a full sentence for a person, saying what went wrong and what to do next.

use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::path::PathBuf;
use ts_rs::TS;

/// Stable identifiers of the error kinds the UI may branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    ExportNotFound,
    ExportUnreadable,
    ExportUnsupported,
    Internal,
}

/// What the webview receives when a command fails.
#[derive(Debug, serde::Serialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("Dossier could not find “{}”. Check that the file or folder still exists and choose it again.", path.display())]
    ExportNotFound { path: PathBuf },
    #[error("Dossier could not read “{}”: {reason}. Check that you are allowed to read it.", path.display())]
    ExportUnreadable { path: PathBuf, reason: String },
    #[error("“{}” is not an export Dossier can open. Choose a .zip, a folder, or a .json, .jsonl, .csv, .tsv or .js file.", path.display())]
    ExportUnsupported { path: PathBuf },
    #[error("Something went wrong inside Dossier: {0}. Please try again.")]
    Internal(String),
}

impl CommandError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CommandError::ExportNotFound { .. } => ErrorCode::ExportNotFound,
            CommandError::ExportUnreadable { .. } => ErrorCode::ExportUnreadable,
            CommandError::ExportUnsupported { .. } => ErrorCode::ExportUnsupported,
            CommandError::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.to_string(),
        }
    }
}

impl Serialize for CommandError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ErrorPayload", 2)?;
        s.serialize_field("code", &self.code())?;
        s.serialize_field("message", &self.to_string())?;
        s.end()
    }
}

pub type CommandResult<T> = Result<T, CommandError>;
