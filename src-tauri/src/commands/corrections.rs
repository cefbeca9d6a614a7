//! The user's corrections: moving fields to another category (or to "not personal data"),
//! undoing that, and saving or applying corrections as a manifest file outside the export.
//! Every change labels the kept scan again; the export itself is not read again.

use super::blocking;
use super::export::overview_of;
use super::save_target::outside_export;
use crate::error::{CommandError, CommandResult};
use crate::ipc::corrections::{CorrectionsState, CorrectionsUpdate, FieldKey};
use crate::ipc::export::{FieldView, FileEntry};
use crate::session::{Labels, LoadedExport};
use crate::state::AppState;
use dossier_engine::classify::manifest::Manifest;
use std::path::{Path, PathBuf};
use tauri::State;

/// Moves `fields` to `category` (a policy category's exact name), or to "not personal data"
/// when it is null.
#[tauri::command]
pub async fn correct_fields(
    fields: Vec<FieldKey>,
    category: Option<String>,
    state: State<'_, AppState>,
) -> CommandResult<CorrectionsUpdate> {
    if let Some(name) = &category {
        if !state.policy.categories().iter().any(|c| c.name == *name) {
            return Err(CommandError::UnknownCategory(name.clone()));
        }
    }
    change_fields(fields, &state, move |corrections, key| {
        corrections.set_field(&key.file, &key.field, category.as_deref());
    })
    .await
}

/// Takes back the user's corrections of `fields`: the rules' labels apply again.
#[tauri::command]
pub async fn undo_corrections(
    fields: Vec<FieldKey>,
    state: State<'_, AppState>,
) -> CommandResult<CorrectionsUpdate> {
    change_fields(fields, &state, |corrections, key| {
        corrections.remove_field(&key.file, &key.field);
    })
    .await
}

/// Applies `change` to the corrections for each of `fields` (all of which must be fields of the
/// export), labels the export again, and says what changed.
async fn change_fields(
    fields: Vec<FieldKey>,
    state: &AppState,
    change: impl Fn(&mut Manifest, &FieldKey) + Send + 'static,
) -> CommandResult<CorrectionsUpdate> {
    let export = state.session.current()?;
    let pack = state.policy;
    let shown = state.values.of(&export);
    let fields: Vec<FieldKey> = fields
        .into_iter()
        .map(|k| FieldKey {
            file: shown.real_path(k.file),
            field: shown.real_field(k.field),
        })
        .collect();
    check_fields(&export, &fields).map_err(|e| shown.error(e))?;
    let (working, keys) = (export.clone(), fields.clone());
    let labels = blocking(move || {
        working.relabel(pack, |corrections| {
            for key in &keys {
                change(corrections, key);
            }
            Ok(())
        })
    })
    .await?;
    Ok(update(&export, &labels, &fields, None, state))
}

/// Applies the corrections in the manifest file at `path` over the current ones. A file that
/// is not a valid manifest, names a category the policy lacks, or names nothing of this export
/// changes nothing and says why.
#[tauri::command]
pub async fn apply_corrections(
    path: String,
    state: State<'_, AppState>,
) -> CommandResult<CorrectionsUpdate> {
    let export = state.session.current()?;
    let pack = state.policy;
    let working = export.clone();
    let (labels, message) = blocking(move || {
        let source = PathBuf::from(&path);
        let loaded = Manifest::load(&source, pack).map_err(CommandError::Manifest)?;
        let entries = loaded.fields.len() + loaded.files.len();
        let matching = working.matching(&loaded);
        if matching == 0 {
            return Err(CommandError::ManifestMatchesNothing {
                path: source,
                entries,
            });
        }
        let mut had_none = false;
        let labels = working.relabel(pack, |corrections| {
            had_none = corrections.fields.is_empty() && corrections.files.is_empty();
            merge(corrections, &loaded);
            Ok(())
        })?;
        if had_none {
            working.remember_file(source.clone(), labels.corrections.clone());
        }
        Ok((labels, applied_message(&source, entries, matching)))
    })
    .await?;
    Ok(update(&export, &labels, &[], Some(message), &state))
}

/// Writes the corrections, as a manifest in the `dossier.json` format, to `path`: a place the
/// user chose, never inside the export.
#[tauri::command]
pub async fn save_corrections(
    path: String,
    state: State<'_, AppState>,
) -> CommandResult<CorrectionsState> {
    let export = state.session.current()?;
    let labels = export.labels();
    if labels.corrections.fields.is_empty() && labels.corrections.files.is_empty() {
        return Err(CommandError::NothingToSave);
    }
    let target = PathBuf::from(&path);
    let working = export.clone();
    let written = labels.corrections.clone();
    blocking(move || {
        let target = outside_export(&target, &working.path, "corrections")?;
        std::fs::write(&target, written.to_json()).map_err(|err| CommandError::SaveFailed {
            what: "corrections",
            path: target.clone(),
            reason: err.to_string(),
        })?;
        working.remember_file(target, written);
        Ok(())
    })
    .await?;
    Ok(export.corrections_state(&labels))
}

/// Fails on the first field that is not in the export.
fn check_fields(export: &LoadedExport, fields: &[FieldKey]) -> CommandResult<()> {
    let labels = export.labels();
    match fields
        .iter()
        .find(|k| !export.rows_of(&labels, &k.file).any(|r| r.field == k.field))
    {
        Some(missing) => Err(CommandError::NotAField {
            file: missing.file.clone(),
            field: missing.field.clone(),
        }),
        None => Ok(()),
    }
}

/// `loaded`'s entries replace the current ones for the same field, file or folder.
fn merge(corrections: &mut Manifest, loaded: &Manifest) {
    for file in &loaded.files {
        corrections.files.retain(|f| f.path != file.path);
        corrections.files.push(file.clone());
    }
    for field in &loaded.fields {
        corrections.set_field(&field.file, &field.field, field.category.as_deref());
    }
}

fn applied_message(source: &Path, entries: usize, matching: usize) -> String {
    let name = source.file_name().map_or_else(
        || source.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let plural = |n: usize| if n == 1 { "correction" } else { "corrections" };
    if matching == entries {
        format!("Applied {entries} {} from “{name}”.", plural(entries))
    } else {
        let other = entries - matching;
        format!(
            "Applied {matching} of the {entries} corrections from “{name}”; {other} {} files or fields this export does not have.",
            if other == 1 { "names" } else { "name" }
        )
    }
}

/// What the UI needs after a change: the overview, the fields asked about and their files.
fn update(
    export: &LoadedExport,
    labels: &Labels,
    fields: &[FieldKey],
    message: Option<String>,
    state: &AppState,
) -> CorrectionsUpdate {
    let shown = state.values.of(export);
    let mut files: Vec<&str> = Vec::new();
    for key in fields {
        if !files.contains(&key.file.as_str()) {
            files.push(&key.file);
        }
    }
    CorrectionsUpdate {
        overview: overview_of(export, labels, state),
        fields: fields
            .iter()
            .flat_map(|k| {
                export
                    .rows_of(labels, &k.file)
                    .filter(move |r| r.field == k.field)
            })
            .map(|r| FieldView::new(r, labels, &shown))
            .collect(),
        files: files
            .into_iter()
            .filter_map(|f| export.file(f).ok())
            .map(|f| FileEntry::new(f, export.rows_of(labels, &f.path), &shown))
            .collect(),
        message,
    }
}
