//! `dossier report`: one self-contained HTML file, value-free unless asked.

use std::io::Write;
use std::path::Path;

use dossier_engine::report::{export_identity, write_report, ReportRequest};

use crate::export_cmd::{shown_rows, shown_summary, Opened};
use crate::CliError;

/// Writes the report to `out_file`, or to `out` when there is none. A file inside the export
/// is refused: Dossier never changes an export.
pub fn report(
    opened: &Opened<'_>,
    export: &Path,
    request: &ReportRequest,
    out_file: Option<&Path>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let summary = shown_summary(opened);
    let rows = shown_rows(opened);
    let mut identity = export_identity(export)?;
    if let Some(p) = &opened.presenter {
        identity.name = p.names.path(&identity.name);
    }
    let html = write_report(&summary, &rows, opened.pack, &identity, request)?;
    match out_file {
        None => out.write_all(html.as_bytes())?,
        Some(path) => {
            if inside(path, export) {
                return Err(CliError::InsideExport(path.to_owned()));
            }
            std::fs::write(path, html)?;
        }
    }
    Ok(())
}

/// Whether `path` is the export or a file inside its folder.
fn inside(path: &Path, export: &Path) -> bool {
    let export = export.canonicalize().unwrap_or_else(|_| export.to_owned());
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(folder) = folder.canonicalize() else {
        return false;
    };
    let resolved = folder.join(path.file_name().unwrap_or_default());
    resolved == export || export.is_dir() && resolved.starts_with(&export)
}
