//! The follow-up request: written from the open export's findings (the user's corrections
//! included), and saved, only where the user asks, outside the export.

use super::blocking;
use super::save_target::outside_export;
use crate::error::{CommandError, CommandResult};
use crate::ipc::letter::{LetterForm, LetterView};
use crate::state::AppState;
use dossier_engine::letter::{write_letter as write, LetterRequest};
use dossier_policy::CalendarDate;
use std::path::PathBuf;
use tauri::State;

/// The letter the open export's gaps call for, under the law and with the signature chosen.
#[tauri::command]
pub fn write_letter(form: LetterForm, state: State<'_, AppState>) -> CommandResult<LetterView> {
    let export = state.session.current()?;
    let date = match form.date.trim() {
        "" => CalendarDate::today(),
        text => CalendarDate::parse(text).map_err(|_| CommandError::NotADate(text.to_owned()))?,
    };
    let blank_as_none =
        |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let request = LetterRequest {
        law: form.law,
        name: blank_as_none(form.name),
        email: blank_as_none(form.email),
        date,
    };
    let letter = write(&export.labels().summary, state.policy, &request)
        .map_err(|err| CommandError::LetterUnavailable(err.to_string()))?;
    Ok(LetterView::new(
        &letter,
        state.policy,
        &state.values.of(&export),
    ))
}

/// Writes `text` (the letter as the user edited it) to `path`, a place the user chose, never
/// inside the export.
#[tauri::command]
pub async fn save_letter(
    path: String,
    text: String,
    state: State<'_, AppState>,
) -> CommandResult<String> {
    let export = state.session.current()?;
    blocking(move || {
        let target = outside_export(&PathBuf::from(&path), &export.path, "letter")?;
        std::fs::write(&target, text).map_err(|err| CommandError::SaveFailed {
            what: "letter",
            path: target.clone(),
            reason: err.to_string(),
        })?;
        Ok(target.display().to_string())
    })
    .await
}
