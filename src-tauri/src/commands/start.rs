use crate::ipc::start::StartInfo;
use crate::state::AppState;
use tauri::State;

/// Everything the start screen shows: the command-line export, the sample, the recent list.
#[tauri::command]
pub fn start_info(state: State<'_, AppState>) -> StartInfo {
    let display = |path: &std::path::PathBuf| path.display().to_string();
    StartInfo {
        launch_path: state.launch_path.as_ref().map(display),
        launch_manifest: state.launch_manifest.as_ref().map(display),
        sample_path: state.sample_path.as_ref().map(display),
        recent: state.recent.list(),
    }
}
