//! The shapes that cross the IPC boundary. TypeScript declarations for them are generated from
//! these Rust types into `ui/src/ipc/generated.ts` (see the `bindings` test), never written twice.

use serde::Serialize;
use ts_rs::TS;

/// What kind of thing the user opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    Zip,
    Folder,
    File,
}

/// An export that was found and can be read.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExportInfo {
    /// The path exactly as the user gave it, shown in the title and in recent exports.
    pub path: String,
    /// The last component of the path, for headings.
    pub name: String,
    pub kind: ExportKind,
    /// Size on disk in bytes: the file's size, or the sum of the files in a folder.
    #[ts(type = "number")]
    pub size_bytes: u64,
}

/// Where the start screen can offer to open something without a dialog.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StartInfo {
    /// The export named on the command line, opened at once when present.
    pub launch_path: Option<String>,
    /// The bundled sample export, when this build ships one.
    pub sample_path: Option<String>,
    /// Recently opened exports, newest first (paths only, never content).
    pub recent: Vec<String>,
}
