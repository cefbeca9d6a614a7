//! Where the app may write a file the user asked it to save: anywhere they choose, except inside
//! the export, which Dossier opens read-only and never changes.

use crate::error::{CommandError, CommandResult};
use std::path::{Path, PathBuf};

/// `target` with its folder resolved, unless it is inside the export (or is the export).
pub(crate) fn outside_export(
    target: &Path,
    export: &Path,
    what: &'static str,
) -> CommandResult<PathBuf> {
    let failed = |reason: String| CommandError::SaveFailed {
        what,
        path: target.to_owned(),
        reason,
    };
    let name = target
        .file_name()
        .ok_or_else(|| failed("it does not name a file".to_owned()))?;
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let folder = folder
        .canonicalize()
        .map_err(|err| failed(format!("its folder cannot be used ({err})")))?;
    let resolved = folder.join(name);
    let export = export.canonicalize().unwrap_or_else(|_| export.to_owned());
    let inside = if export.is_dir() {
        resolved.starts_with(&export)
    } else {
        resolved == export
    };
    if inside {
        return Err(CommandError::SaveInsideExport {
            path: target.to_owned(),
            export,
        });
    }
    Ok(resolved)
}
