//! The file formats Dossier reads, chosen by name and checked by content.

pub(crate) mod csv_table;
pub(crate) mod image;
pub(crate) mod js_wrapped;
pub(crate) mod json;
pub(crate) mod json_lines;

use serde::Serialize;

/// How a file inside an export is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Json,
    JsonLines,
    Csv,
    Tsv,
    /// JSON wrapped in a JavaScript assignment (X/Twitter archives).
    JsWrapped,
    Image,
    /// A zip inside the export, read as a folder.
    Zip,
    /// Anything else: listed with its size, not read.
    Other,
}

impl FileKind {
    pub fn of(path: &str) -> FileKind {
        let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
        let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
        match ext {
            "json" | "geojson" => FileKind::Json,
            "jsonl" | "ndjson" => FileKind::JsonLines,
            "csv" => FileKind::Csv,
            "tsv" | "tab" => FileKind::Tsv,
            "js" => FileKind::JsWrapped,
            "jpg" | "jpeg" | "png" | "gif" | "webp" => FileKind::Image,
            "zip" => FileKind::Zip,
            _ => FileKind::Other,
        }
    }
}
