use crate::error::{CommandError, CommandResult};
use crate::ipc::export::FieldView;
use crate::ipc::policy::PolicyHit;
use crate::ipc::search::{
    CategoryHit, SearchResults, ValueFieldView, ValueHitView, ValueResults, ValueSearchProgress,
};
use crate::state::AppState;
use crate::values::Shown;
use dossier_engine::search::{SearchObserver, SearchRequest, TextMatch, ValueHit};
use dossier_engine::ScanOptions;
use tauri::ipc::Channel;
use tauri::State;

use super::blocking;

/// Results shown per group in the search box.
const PER_GROUP: usize = 8;

/// Most value hits one call returns: the search box shows the first few, the rest are a
/// narrower query away. The read stops there, so a one-letter query ends at once.
const MAX_VALUE_HITS: u32 = 5_000;

/// Hits sent together at most while a search runs: fewer messages, and the first ones still
/// come at once.
const HITS_PER_MESSAGE: usize = 50;

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
    // Names are matched as they are shown: in presenter mode, a real name typed in would
    // otherwise find the masked one and tell what it stands for.
    let (fields, files) = match state.session.current() {
        Ok(export) => {
            let shown = state.values.of(&export);
            let labels = export.labels();
            let fields = labels
                .rows
                .iter()
                .filter(|r| matches(&shown.field(&r.field)))
                .take(PER_GROUP)
                .map(|r| FieldView::new(r, &labels, &shown))
                .collect();
            let files = export
                .scan
                .files
                .iter()
                .map(|f| shown.path(&f.path))
                .filter(|path| matches(path))
                .take(PER_GROUP)
                .collect();
            (fields, files)
        }
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
    run_value_search(&state, query, whole_word, limit, None).await
}

/// The same search, also sending the hits on `on_progress` as they are found, with the files
/// searched so far: for the results page, which fills in while the search runs.
#[tauri::command]
pub async fn search_values_live(
    query: String,
    whole_word: bool,
    limit: u32,
    on_progress: Channel<ValueSearchProgress>,
    state: State<'_, AppState>,
) -> CommandResult<ValueResults> {
    run_value_search(&state, query, whole_word, limit, Some(on_progress)).await
}

async fn run_value_search(
    state: &AppState,
    query: String,
    whole_word: bool,
    limit: u32,
    on_progress: Option<Channel<ValueSearchProgress>>,
) -> CommandResult<ValueResults> {
    let export = state.session.current()?;
    // A search matches the real values: which places it finds would tell what they are.
    let shown = state.values.of(&export);
    shown.refuse("Searching the values")?;
    let cancel = state.session.begin_value_search();
    let running = cancel.clone();
    let request = SearchRequest {
        query,
        mode: if whole_word {
            TextMatch::WholeWord
        } else {
            TextMatch::Substring
        },
        limit: limit.clamp(1, MAX_VALUE_HITS) as usize,
    };
    let found = blocking(move || {
        let options = ScanOptions {
            cancel,
            ..ScanOptions::default()
        };
        let labels = export.labels();
        let mut sender = on_progress.map(|channel| ProgressSender {
            channel,
            shown: shown.clone(),
            pending: Vec::new(),
            done: 0,
            total: 0,
        });
        let observer: &mut dyn SearchObserver = match &mut sender {
            Some(sender) => sender,
            None => &mut (),
        };
        let found = dossier_engine::search::search_values(
            &export.path,
            &export.scan,
            &labels.rows,
            &request,
            &options,
            observer,
        )
        .map_err(CommandError::from)?;
        Ok(ValueResults::new(found, &shown))
    })
    .await;
    state.session.end_value_search(&running);
    found
}

/// The fields of the open export that may hold `query`, from the index of values built when
/// the export was opened: answered at once, before a search reads anything. Null when the
/// index cannot tell (a query of one or two letters).
#[tauri::command]
pub fn value_fields(
    query: String,
    state: State<'_, AppState>,
) -> CommandResult<Option<Vec<ValueFieldView>>> {
    let export = state.session.current()?;
    let shown = state.values.of(&export);
    shown.refuse("Searching the values")?;
    let labels = export.labels();
    let places = dossier_engine::search::fields_that_may_hold(&export.scan, &labels.rows, &query);
    Ok(places.map(|places| {
        places
            .iter()
            .map(|place| ValueFieldView::new(place, &shown))
            .collect()
    }))
}

/// Stops the search of the values in progress. Returns false when none was running.
#[tauri::command]
pub fn cancel_value_search(state: State<'_, AppState>) -> bool {
    state.session.cancel_value_search()
}

/// Sends a search's hits to the window in small batches as they are found.
struct ProgressSender {
    channel: Channel<ValueSearchProgress>,
    shown: Shown,
    pending: Vec<ValueHitView>,
    /// Files searched and to search, as last told.
    done: u64,
    total: u64,
}

impl ProgressSender {
    fn send(&mut self) {
        // A closed window drops the channel; the search still ends or is cancelled.
        let _ = self.channel.send(ValueSearchProgress {
            hits: std::mem::take(&mut self.pending),
            files_done: self.done,
            files_total: self.total,
        });
    }
}

impl SearchObserver for ProgressSender {
    fn hit(&mut self, hit: &ValueHit) {
        self.pending.push(ValueHitView::new(hit, &self.shown));
        if self.pending.len() >= HITS_PER_MESSAGE {
            self.send();
        }
    }

    fn file_searched(&mut self, done: u64, total: u64) {
        (self.done, self.total) = (done, total);
        // Every file with hits, and every tenth without, so that progress moves on.
        if !self.pending.is_empty() || done == total || done.is_multiple_of(10) {
            self.send();
        }
    }
}
