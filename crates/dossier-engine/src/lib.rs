//! Dossier's engine: opens a personal-data export (a zip, a folder or a single file) safely
//! and read-only, turns its files into tables, and reports what it could not read.
//!
//! The engine has no user interface and no Tauri dependency: the `dossier` command-line tool
//! and the desktop app are thin layers over it.

pub mod classify;
mod decode;
pub mod error;
pub mod evaluate;
pub mod export;
pub mod formats;
mod joined;
pub mod letter;
pub mod limits;
pub mod links;
pub mod mask;
pub mod problem;
pub mod records;
pub mod report;
pub mod scan;
pub mod search;
pub mod summary;
pub mod table;

pub use error::OpenError;
pub use export::locate::LocateError;
pub use formats::FileKind;
pub use limits::Limits;
pub use links::{link_images, plan_links, ImageLinks, LinkedSource};
pub use problem::{Problem, Severity};
pub use records::stats::{FieldStats, TableStats};
pub use records::value::ValueKind;
pub use scan::{
    read_file_bytes, read_file_rows, read_table_page, scan_export, ExportScan, FileReport,
    FileStatus, ScanObserver, ScanOptions, ScanProgress, SourceKind, TablePage,
};
