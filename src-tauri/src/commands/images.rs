use super::blocking;
use crate::error::CommandResult;
use crate::ipc::images::ImageLinksView;
use crate::state::AppState;
use tauri::State;

/// What other files of the open export say about `files` (image paths): tags and predictions,
/// counted rows, and how each was linked. The first call reads the files that link to images;
/// later calls reuse what it found.
#[tauri::command]
pub async fn image_links(
    files: Vec<String>,
    state: State<'_, AppState>,
) -> CommandResult<ImageLinksView> {
    let export = state.session.current()?;
    let shown = state.values.of(&export);
    let files: Vec<String> = files.into_iter().map(|f| shown.real_path(f)).collect();
    blocking(move || {
        let links = export.image_links()?;
        Ok(ImageLinksView::new(&links, &files, &shown))
    })
    .await
}
