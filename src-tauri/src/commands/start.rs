use crate::error::CommandError;
use crate::error::CommandResult;
use crate::handoff::Handoff;
use crate::ipc::start::{AboutInfo, OpenRequest, StartInfo};
use crate::state::AppState;
use tauri::{AppHandle, Runtime, State, WebviewWindow};

/// Whether the system keeps a window out of screenshots and screen sharing when asked: Windows
/// and macOS do; on Linux neither X11 nor Wayland offers it to an app.
const CAN_HIDE_FROM_CAPTURE: bool = cfg!(any(target_os = "windows", target_os = "macos"));

/// Everything the start screen shows: the command-line export, the sample, the recent list.
#[tauri::command]
pub fn start_info(state: State<'_, AppState>) -> StartInfo {
    let display = |path: &std::path::PathBuf| path.display().to_string();
    let presenter = state.values.presenter();
    StartInfo {
        launch_path: state.launch_path.as_ref().map(display),
        launch_manifest: state.launch_manifest.as_ref().map(display),
        sample_path: state.sample_path.as_ref().map(display),
        recent: if presenter {
            Vec::new()
        } else {
            state.recent.list()
        },
        remember_recent: state.recent.remembers(),
        presenter,
        can_hide_from_capture: CAN_HIDE_FROM_CAPTURE,
    }
}

/// Turns the recent exports list on or off; off also forgets it. Returns the list as it now is.
#[tauri::command]
pub fn set_remember_recent(
    remember: bool,
    state: State<'_, AppState>,
) -> CommandResult<Vec<String>> {
    state.recent.set_remember(remember)?;
    Ok(if state.values.presenter() {
        Vec::new()
    } else {
        state.recent.list()
    })
}

/// Forgets every recently opened export.
#[tauri::command]
pub fn clear_recent(state: State<'_, AppState>) -> CommandResult<()> {
    Ok(state.recent.clear()?)
}

/// Exports handed over before the UI listened for them (a second launch, or files the OS opened
/// with the app on macOS), oldest first. Later ones arrive as the `open-export` event.
#[tauri::command]
pub fn handed_over(handoff: State<'_, Handoff>) -> Vec<OpenRequest> {
    handoff.take_for_ui()
}

/// The app's version and the policy pack, for "About Dossier".
#[tauri::command]
pub fn about<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> AboutInfo {
    let policy = state.policy.metadata();
    AboutInfo {
        version: app.package_info().version.to_string(),
        policy_company: policy.company.clone(),
        policy_title: policy.title.clone(),
        policy_effective_date: policy.effective_date.clone(),
    }
}

/// Keeps the window out of screenshots and screen sharing, or lets it back in (Tauri's content
/// protection), where the system offers it. Off until the user turns it on; never stored.
#[tauri::command]
pub fn hide_from_capture<R: Runtime>(on: bool, window: WebviewWindow<R>) -> CommandResult<bool> {
    if !CAN_HIDE_FROM_CAPTURE {
        return Err(CommandError::NotOnThisSystem(
            "Hiding the window from screen capture",
        ));
    }
    window
        .set_content_protected(on)
        .map_err(|err| CommandError::Internal(err.to_string()))?;
    Ok(on)
}
