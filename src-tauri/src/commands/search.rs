use crate::ipc::export::FieldView;
use crate::ipc::policy::PolicyHit;
use crate::ipc::search::{CategoryHit, SearchResults};
use crate::state::AppState;
use tauri::State;

/// Results shown per group in the search box.
const PER_GROUP: usize = 8;

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
