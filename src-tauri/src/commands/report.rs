//! The shareable report of the open export (the user's corrections included), saved only where
//! the user asks, outside the export.

use super::blocking;
use super::save_target::outside_export;
use crate::error::{CommandError, CommandResult};
use crate::state::AppState;
use dossier_engine::report::{export_identity, write_report, ReportError, ReportRequest};
use std::borrow::Cow;
use std::path::PathBuf;
use tauri::State;

/// Writes the report to `path`; `include_values` names the categories whose example values it
/// may show (none: a value-free report). Resolves to where it was written.
#[tauri::command]
pub async fn save_report(
    path: String,
    include_values: Vec<String>,
    state: State<'_, AppState>,
) -> CommandResult<String> {
    let export = state.session.current()?;
    let pack = state.policy;
    let mask = state.values.mask();
    blocking(move || {
        let target = outside_export(&PathBuf::from(&path), &export.path, "report")?;
        let failed = |reason: String| CommandError::SaveFailed {
            what: "report",
            path: target.clone(),
            reason,
        };
        let mut identity = export_identity(&export.path).map_err(|err| failed(err.to_string()))?;
        let labels = export.labels();
        let (mut summary, mut rows) = (Cow::Borrowed(&labels.summary), Cow::Borrowed(&labels.rows));
        // In presenter mode the report is masked as the screen is: it may be shared the same way.
        if let Some(mask) = &mask {
            let names = export.masked_names(mask);
            mask.summary(summary.to_mut(), &names);
            mask.rows(rows.to_mut(), &names);
            identity.name = names.path(&identity.name);
        }
        let html = write_report(
            &summary,
            &rows,
            pack,
            &identity,
            &ReportRequest { include_values },
        )
        .map_err(|ReportError::UnknownCategory(name)| CommandError::UnknownCategory(name))?;
        std::fs::write(&target, html).map_err(|err| failed(err.to_string()))?;
        Ok(target.display().to_string())
    })
    .await
}
