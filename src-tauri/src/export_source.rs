//! Checks that a path names something Dossier can open, before any reading starts.

use crate::error::{CommandError, CommandResult};
use crate::ipc::{ExportInfo, ExportKind};
use std::fs;
use std::path::Path;

/// File extensions Dossier opens as a single-file export (case-insensitive).
const SINGLE_FILE_EXTENSIONS: &[&str] = &["json", "jsonl", "ndjson", "csv", "tsv", "js", "txt"];

pub fn inspect(path: &Path) -> CommandResult<ExportInfo> {
    let metadata = fs::metadata(path).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => CommandError::ExportNotFound {
            path: path.to_owned(),
        },
        _ => CommandError::ExportUnreadable {
            path: path.to_owned(),
            reason: err.to_string(),
        },
    })?;

    let (kind, size_bytes) = if metadata.is_dir() {
        (ExportKind::Folder, folder_size(path)?)
    } else if has_extension(path, &["zip"]) {
        (ExportKind::Zip, metadata.len())
    } else if has_extension(path, SINGLE_FILE_EXTENSIONS) {
        (ExportKind::File, metadata.len())
    } else {
        return Err(CommandError::ExportUnsupported {
            path: path.to_owned(),
        });
    };

    // Opening for reading is the honest test of permission; metadata alone does not prove it.
    if kind != ExportKind::Folder {
        fs::File::open(path).map_err(|err| CommandError::ExportUnreadable {
            path: path.to_owned(),
            reason: err.to_string(),
        })?;
    }

    Ok(ExportInfo {
        path: path.display().to_string(),
        name: path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string()),
        kind,
        size_bytes,
    })
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| extensions.iter().any(|e| e.eq_ignore_ascii_case(ext)))
}

/// Sums regular files without following symlinks, so a link loop cannot hang the app.
fn folder_size(path: &Path) -> CommandResult<u64> {
    let unreadable = |err: std::io::Error| CommandError::ExportUnreadable {
        path: path.to_owned(),
        reason: err.to_string(),
    };
    let mut total = 0u64;
    let mut pending = vec![path.to_owned()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).map_err(unreadable)? {
            let entry = entry.map_err(unreadable)?;
            let file_type = entry.file_type().map_err(unreadable)?;
            if file_type.is_dir() {
                pending.push(entry.path());
            } else if file_type.is_file() {
                total += entry.metadata().map_err(unreadable)?.len();
            }
        }
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_path_is_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let err = inspect(&dir.path().join("nope.zip")).unwrap_err();
        assert!(matches!(err, CommandError::ExportNotFound { .. }));
        assert!(err.to_string().contains("nope.zip"));
    }

    #[test]
    fn an_unknown_extension_is_unsupported() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("report.pdf");
        fs::write(&file, b"%PDF").unwrap();
        assert!(matches!(
            inspect(&file).unwrap_err(),
            CommandError::ExportUnsupported { .. }
        ));
    }

    #[test]
    fn a_folder_reports_the_size_of_its_files() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("inner")).unwrap();
        fs::write(dir.path().join("a.json"), b"[1,2]").unwrap();
        fs::write(dir.path().join("inner/b.csv"), b"x\n1\n").unwrap();
        let info = inspect(dir.path()).unwrap();
        assert_eq!(info.kind, ExportKind::Folder);
        assert_eq!(info.size_bytes, 9);
    }

    #[test]
    fn a_zip_is_recognised_by_its_extension_in_any_case() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("Export.ZIP");
        fs::write(&file, b"PK\x05\x06").unwrap();
        let info = inspect(&file).unwrap();
        assert_eq!(info.kind, ExportKind::Zip);
        assert_eq!(info.name, "Export.ZIP");
    }
}
