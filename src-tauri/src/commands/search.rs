use crate::error::{CommandError, CommandResult};
use crate::ipc::export::FieldView;
use crate::ipc::policy::PolicyHit;
use crate::ipc::search::{CategoryHit, SearchResults, ValueResults};
use crate::state::AppState;
use dossier_engine::search::{SearchRequest, TextMatch};
use dossier_engine::ScanOptions;
use tauri::State;

use super::blocking;

/// Results shown per group in the search box.
const PER_GROUP: usize = 8;

/// Most value hits one call returns: the search box shows the first few, the rest are a
/// narrower query away. The read stops there, so a one-letter query ends at once.
const MAX_VALUE_HITS: u32 = 500;

/// One search over the policy, its categories, and the open export's fields and file names.
/// Without an open export only the policy and the categories are searched.
#[tauri::command]
pub fn search(query: String, state: State<'_, AppState>) -> SearchResults {
    let needle = query.trim().to_lowercase();
    let matches = |text: &str| !needle.is_empty() && text.to_lowercase().contains(&needle);
    let pack = state.policy;
    let categories = pack
        .categories()
        .iter()
        .filter(|c| matches(&c.name) || matches(&c.summary))
        .take(PER_GROUP)
        .map(|c| CategoryHit {
            id: c.id.clone(),
            name: c.name.clone(),
        })
        .collect();
    let policy = pack
        .search(&query, PER_GROUP)
        .iter()
        .map(PolicyHit::from)
        .collect();
    let (fields, files) = match state.session.current() {
        Ok(export) => (
            {
                let labels = export.labels();
                labels
                    .rows
                    .iter()
                    .filter(|r| matches(&r.field))
                    .take(PER_GROUP)
                    .map(|r| FieldView::new(r, &labels, &state.values))
                    .collect()
            },
            export
                .scan
                .files
                .iter()
                .filter(|f| matches(&f.path))
                .take(PER_GROUP)
                .map(|f| f.path.clone())
                .collect(),
        ),
        Err(_) => (Vec::new(), Vec::new()),
    };
    SearchResults {
        query,
        categories,
        policy,
        fields,
        files,
    }
}

/// Every place a value of the open export holds `query` (ignoring case; e-mails whatever their
/// case, phone numbers whatever their punctuation, IP addresses whole), up to `limit` hits.
/// The export is read again, file by file, off the window's thread; a newer search cancels
/// this one, so typing in the search box never queues up reads.
#[tauri::command]
pub async fn search_values(
    query: String,
    whole_word: bool,
    limit: u32,
    state: State<'_, AppState>,
) -> CommandResult<ValueResults> {
    let export = state.session.current()?;
    let cancel = state.session.begin_value_search();
    let values = state.values;
    let request = SearchRequest {
        query,
        mode: if whole_word {
            TextMatch::WholeWord
        } else {
            TextMatch::Substring
        },
        limit: limit.clamp(1, MAX_VALUE_HITS) as usize,
    };
    blocking(move || {
        let options = ScanOptions {
            cancel,
            ..ScanOptions::default()
        };
        let labels = export.labels();
        let found = dossier_engine::search::search_values(
            &export.path,
            &export.scan,
            &labels.rows,
            &request,
            &options,
            &mut |_| {},
        )
        .map_err(CommandError::from)?;
        Ok(ValueResults::new(found, &values))
    })
    .await
}
