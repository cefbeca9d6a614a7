//! The one error type every command returns.
//!
//! The webview receives it as `{ code, message }`: `code` is stable for the UI to branch on, and
//! `message` is a full sentence for a person, saying what went wrong and what to do next.

use dossier_engine::classify::manifest::ManifestError;
use dossier_engine::search::SearchError;
use dossier_engine::table::TableError;
use dossier_engine::{LocateError, OpenError};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::path::PathBuf;
use ts_rs::TS;

/// Stable identifiers of the error kinds the UI may branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    ExportNotFound,
    ExportUnreadable,
    ExportDamaged,
    ExportUnsupported,
    OpenCancelled,
    NoExportOpen,
    NotInExport,
    FileUnreadable,
    TableTooLarge,
    TableCancelled,
    SearchEmpty,
    SearchCancelled,
    UnknownCategory,
    NotAField,
    ManifestUnreadable,
    ManifestInvalid,
    ManifestUnknownCategories,
    ManifestMatchesNothing,
    NothingToSave,
    SaveInsideExport,
    SaveFailed,
    LetterUnavailable,
    NotADate,
    RecentNotSaved,
    HiddenInPresenterMode,
    NotOnThisSystem,
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
    #[error("“{}” could not be opened as a zip archive: {reason}. It may be damaged or only partly downloaded; download it again.", path.display())]
    ExportDamaged { path: PathBuf, reason: String },
    #[error("“{}” is not an export Dossier can open. Choose a .zip, a folder, or a .json, .jsonl, .csv, .tsv or .js file.", path.display())]
    ExportUnsupported { path: PathBuf },
    #[error("Opening was cancelled. Open the export again when you are ready.")]
    OpenCancelled,
    #[error("No export is open. Open one from the start screen first.")]
    NoExportOpen,
    #[error("“{file}” is not in this export any more. Open the export again; it may have changed on disk.")]
    NotInExport { file: String },
    #[error("“{file}” could not be read: {reason}.")]
    FileUnreadable { file: String, reason: String },
    /// The engine's sentence names the file and says what still works.
    #[error("{0}.")]
    TableTooLarge(String),
    #[error("Reading “{file}” was stopped because another table was asked for.")]
    TableCancelled { file: String },
    #[error("Type a value to look for, such as an e-mail address or a phone number.")]
    SearchEmpty,
    #[error("The search was stopped because a newer one was asked for.")]
    SearchCancelled,
    #[error("The policy has no category “{0}”. Choose one of the categories in the list.")]
    UnknownCategory(String),
    #[error("“{field}” is not a field of “{file}” in this export. Open the export again; it may have changed on disk.")]
    NotAField { file: String, field: String },
    /// A corrections file that cannot be used. Nothing of it is applied.
    #[error("{}", manifest_message(.0))]
    Manifest(ManifestError),
    #[error("{} in “{}” {} a file or field of this export: {} probably for another export. Nothing was changed.",
        if *.entries == 1 { "The one correction".to_owned() } else { format!("None of the {} corrections", .entries) },
        .path.display(),
        if *.entries == 1 { "names no" } else { "names" },
        if *.entries == 1 { "it is" } else { "they are" })]
    ManifestMatchesNothing { path: PathBuf, entries: usize },
    #[error("There are no corrections to save yet. Move a field to another category first.")]
    NothingToSave,
    #[error("Dossier never writes inside the export, and “{}” is inside “{}”. Choose a folder outside the export, such as your Documents folder.", path.display(), export.display())]
    SaveInsideExport { path: PathBuf, export: PathBuf },
    #[error("The {what} could not be saved to “{}”: {reason}. Choose a folder you may write to.", path.display())]
    SaveFailed {
        what: &'static str,
        path: PathBuf,
        reason: String,
    },
    /// The engine's sentence says why and what to choose instead.
    #[error("{0}")]
    LetterUnavailable(String),
    #[error("“{0}” is not a date. Choose the day you send the letter, such as 2026-12-02.")]
    NotADate(String),
    #[error("{0}. Check that you may write to that folder; until then the list shown may differ from the one on disk.")]
    RecentNotSaved(#[from] crate::recent::RecentError),
    #[error("{0} is off in presenter mode: it would show the export's data as it is. Turn presenter mode off (Ctrl+Shift+P) to use it.")]
    HiddenInPresenterMode(&'static str),
    #[error("{0} is not offered by this system; Windows and macOS offer it.")]
    NotOnThisSystem(&'static str),
    /// Another error whose message names the export's files, with those names masked.
    #[error("{message}")]
    Masked { code: ErrorCode, message: String },
    #[error("Something went wrong inside Dossier: {0}. Please try again.")]
    Internal(String),
}

impl CommandError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CommandError::ExportNotFound { .. } => ErrorCode::ExportNotFound,
            CommandError::ExportUnreadable { .. } => ErrorCode::ExportUnreadable,
            CommandError::ExportDamaged { .. } => ErrorCode::ExportDamaged,
            CommandError::ExportUnsupported { .. } => ErrorCode::ExportUnsupported,
            CommandError::OpenCancelled => ErrorCode::OpenCancelled,
            CommandError::NoExportOpen => ErrorCode::NoExportOpen,
            CommandError::NotInExport { .. } => ErrorCode::NotInExport,
            CommandError::FileUnreadable { .. } => ErrorCode::FileUnreadable,
            CommandError::TableTooLarge(_) => ErrorCode::TableTooLarge,
            CommandError::TableCancelled { .. } => ErrorCode::TableCancelled,
            CommandError::SearchEmpty => ErrorCode::SearchEmpty,
            CommandError::SearchCancelled => ErrorCode::SearchCancelled,
            CommandError::UnknownCategory(_) => ErrorCode::UnknownCategory,
            CommandError::NotAField { .. } => ErrorCode::NotAField,
            CommandError::Manifest(err) => match err {
                ManifestError::Unreadable { .. } => ErrorCode::ManifestUnreadable,
                ManifestError::Invalid { .. } => ErrorCode::ManifestInvalid,
                ManifestError::UnknownCategories { .. } => ErrorCode::ManifestUnknownCategories,
            },
            CommandError::ManifestMatchesNothing { .. } => ErrorCode::ManifestMatchesNothing,
            CommandError::NothingToSave => ErrorCode::NothingToSave,
            CommandError::SaveInsideExport { .. } => ErrorCode::SaveInsideExport,
            CommandError::SaveFailed { .. } => ErrorCode::SaveFailed,
            CommandError::LetterUnavailable(_) => ErrorCode::LetterUnavailable,
            CommandError::NotADate(_) => ErrorCode::NotADate,
            CommandError::RecentNotSaved(_) => ErrorCode::RecentNotSaved,
            CommandError::HiddenInPresenterMode(_) => ErrorCode::HiddenInPresenterMode,
            CommandError::NotOnThisSystem(_) => ErrorCode::NotOnThisSystem,
            CommandError::Masked { code, .. } => *code,
            CommandError::Internal(_) => ErrorCode::Internal,
        }
    }
}

/// The engine's reason, in a sentence that names the file and says what to do.
fn manifest_message(err: &ManifestError) -> String {
    match err {
        ManifestError::Unreadable { path, source } => format!(
            "Dossier could not read the corrections file “{}” ({source}). Check that it still exists and that you may read it; nothing was changed.",
            path.display()
        ),
        ManifestError::Invalid { path, message } => format!(
            "“{}” cannot be applied: {message}. Choose a file saved with “Save corrections…”, or one in the dossier.json format.",
            path.display()
        ),
        ManifestError::UnknownCategories { path, .. } => {
            let reason = err.to_string();
            let reason = reason
                .strip_prefix(&format!("{}: ", path.display()))
                .unwrap_or(&reason);
            format!("“{}” cannot be applied: {reason}.", path.display())
        }
    }
}

impl From<OpenError> for CommandError {
    fn from(err: OpenError) -> Self {
        match err {
            OpenError::NotFound { path } => CommandError::ExportNotFound { path },
            OpenError::Unreadable { path, source } => CommandError::ExportUnreadable {
                path,
                reason: source.to_string(),
            },
            OpenError::NotAZip { path, reason } => CommandError::ExportDamaged { path, reason },
            OpenError::UnsupportedFile { path } => CommandError::ExportUnsupported { path },
            OpenError::Cancelled => CommandError::OpenCancelled,
        }
    }
}

impl From<LocateError> for CommandError {
    fn from(err: LocateError) -> Self {
        match err {
            LocateError::Open(open) => open.into(),
            LocateError::NotInExport { file } => CommandError::NotInExport { file },
            LocateError::Unreadable { file, reason } => {
                CommandError::FileUnreadable { file, reason }
            }
        }
    }
}

impl From<TableError> for CommandError {
    fn from(err: TableError) -> Self {
        match err {
            TableError::Locate(locate) => locate.into(),
            too_large @ TableError::TooLarge { .. } => {
                CommandError::TableTooLarge(too_large.to_string())
            }
            TableError::Cancelled { file } => CommandError::TableCancelled { file },
        }
    }
}

impl From<SearchError> for CommandError {
    fn from(err: SearchError) -> Self {
        match err {
            // The command clamps the limit to at least one.
            SearchError::EmptyQuery | SearchError::ZeroLimit => CommandError::SearchEmpty,
            SearchError::Cancelled => CommandError::SearchCancelled,
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
