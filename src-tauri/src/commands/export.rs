use super::blocking;
use crate::error::{CommandError, CommandResult};
use crate::ipc::export::{OpenProgress, Overview};
use crate::session::{Labels, LoadedExport};
use crate::state::AppState;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::State;

/// Reads the export at `path` (a .zip, a folder, or a single data file), sending progress on
/// `on_progress`, and returns its overview. Opening another export cancels this one.
#[tauri::command]
pub async fn open_export(
    path: String,
    on_progress: Channel<OpenProgress>,
    state: State<'_, AppState>,
) -> CommandResult<Overview> {
    let cancel = state.session.begin_open();
    let pack = state.policy;
    let target = PathBuf::from(&path);
    let scan_cancel = cancel.clone();
    let values = state.values.clone();
    let loaded = blocking(move || {
        LoadedExport::open(&target, pack, scan_cancel, &mut |progress| {
            // Presenter mode may be turned on while the export is read: asked at every message.
            let shown = progress.shown_with(values.mask().as_deref());
            // A closed window drops the channel; the scan itself still completes or is cancelled.
            let _ = on_progress.send(shown);
        })
    })
    .await
    .map_err(|err| match &state.values.mask() {
        // The message names the export by its path; presenter mode shows its masked name.
        Some(mask) => CommandError::Masked {
            code: err.code(),
            message: err
                .to_string()
                .replace(&path, &mask.path(&export_name(&path))),
        },
        None => err,
    })?;
    let export = state.session.finish_open(&cancel, loaded)?;
    if let Err(reason) = state.recent.remember(&path) {
        eprintln!("dossier: {reason}");
    }
    Ok(overview_of(&export, &export.labels(), &state))
}

/// Stops the opening in progress. Returns false when nothing was being opened.
#[tauri::command]
pub fn cancel_open(state: State<'_, AppState>) -> bool {
    state.session.cancel_open()
}

/// The overview of the open export.
#[tauri::command]
pub fn overview(state: State<'_, AppState>) -> CommandResult<Overview> {
    let export = state.session.current()?;
    Ok(overview_of(&export, &export.labels(), &state))
}

pub(crate) fn overview_of(export: &LoadedExport, labels: &Labels, state: &AppState) -> Overview {
    Overview::new(
        &export.path.display().to_string(),
        export.scan.source,
        labels,
        export.corrections_state(labels),
        state.policy,
        &state.values.of(export),
    )
}

/// The last part of an export's path, as the scan names the export.
fn export_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}

/// Turns presenter mode on or off (see `values.rs`); returns whether it is on. The webview
/// fetches what it shows again afterwards. The open export's masked names (a keyed hash of every
/// path and field) are made here, off the window's thread, not by the first view that asks.
#[tauri::command]
pub async fn set_presenter_mode(on: bool, state: State<'_, AppState>) -> CommandResult<bool> {
    let on = state.values.set_presenter(on, state.policy)?;
    if let (Some(mask), Ok(export)) = (state.values.mask(), state.session.current()) {
        blocking(move || {
            export.masked_names(&mask);
            Ok(())
        })
        .await?;
    }
    Ok(on)
}
