use crate::error::{CommandError, CommandResult};
use crate::export_source;
use crate::ipc::ExportInfo;
use crate::state::AppState;
use std::path::PathBuf;
use tauri::State;

/// Opens the export at `path` (a .zip, a folder, or a single data file).
#[tauri::command]
pub async fn open_export(path: String, state: State<'_, AppState>) -> CommandResult<ExportInfo> {
    let target = PathBuf::from(&path);
    // Walking a large folder touches the disk; keep it off the thread that drives the window.
    let info = tauri::async_runtime::spawn_blocking(move || export_source::inspect(&target))
        .await
        .map_err(|err| CommandError::Internal(err.to_string()))??;
    if let Err(reason) = state.recent.remember(&info.path) {
        eprintln!("dossier: could not save the recent exports list: {reason}");
    }
    Ok(info)
}
