use crate::ipc::policy::{PolicyDocument, PolicyHit};
use crate::state::AppState;
use tauri::State;

/// Hits returned for one policy search.
const POLICY_HITS: usize = 20;

/// The annotated policy.
#[tauri::command]
pub fn policy(state: State<'_, AppState>) -> PolicyDocument {
    PolicyDocument::new(state.policy)
}

/// Policy sections matching `query`, best first.
#[tauri::command]
pub fn policy_search(query: String, state: State<'_, AppState>) -> Vec<PolicyHit> {
    state
        .policy
        .search(&query, POLICY_HITS)
        .iter()
        .map(PolicyHit::from)
        .collect()
}
