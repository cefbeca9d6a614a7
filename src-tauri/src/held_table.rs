//! The one table of the open export held in memory for the records grid, so that sorting,
//! filtering and deep pages answer at once. Only the table last asked for is kept: a second
//! table replaces the first, and the memory goes with the export when another one opens.

use dossier_engine::table::{
    load_table, Selection, TableError, TableQuery, TableStore, DEFAULT_TABLE_BUDGET,
};
use dossier_engine::ScanOptions;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::session::lock;

/// A file and one of its tables ("" for the main one).
pub type TableKey = (String, String);

struct Held {
    key: TableKey,
    store: Arc<TableStore>,
    /// The last query's rows: paging through one view must not sort again for each page.
    last: Option<(TableQuery, Arc<Selection>)>,
}

pub struct HeldTable {
    /// Memory one held table may take.
    budget: u64,
    held: Mutex<Option<Held>>,
    /// The table being loaded and its cancel switch; loading another one cancels it.
    loading: Mutex<Option<(TableKey, Arc<AtomicBool>)>>,
    /// One load at a time: two loads of a big table would hold it twice.
    load_turn: Mutex<()>,
}

/// Sets the memory a held table may take, in MB, for a machine with little memory to spare (and
/// for tests of a table over the budget).
pub const BUDGET_VARIABLE: &str = "DOSSIER_TABLE_MEMORY_MB";

impl Default for HeldTable {
    fn default() -> Self {
        let budget = std::env::var(BUDGET_VARIABLE)
            .ok()
            .and_then(|mb| mb.trim().parse::<u64>().ok())
            .filter(|&mb| mb > 0)
            .map_or(DEFAULT_TABLE_BUDGET, |mb| mb * 1024 * 1024);
        HeldTable {
            budget,
            held: Mutex::default(),
            loading: Mutex::default(),
            load_turn: Mutex::default(),
        }
    }
}

impl HeldTable {
    /// The table if it is held, without loading it.
    pub fn get(&self, key: &TableKey) -> Option<Arc<TableStore>> {
        lock(&self.held)
            .as_ref()
            .filter(|h| &h.key == key)
            .map(|h| h.store.clone())
    }

    /// The held table for `key`, loading it first (blocking) when needed.
    pub fn load(&self, export: &Path, key: &TableKey) -> Result<Arc<TableStore>, TableError> {
        if let Some(store) = self.get(key) {
            return Ok(store);
        }
        let cancel = Arc::new(AtomicBool::new(false));
        if let Some((other, previous)) = lock(&self.loading).replace((key.clone(), cancel.clone()))
        {
            if &other != key {
                previous.store(true, Ordering::Relaxed);
            }
        }
        let _turn = lock(&self.load_turn);
        // Another request may have loaded it while this one waited for its turn.
        if let Some(store) = self.get(key) {
            return Ok(store);
        }
        // Free the previous table before reading the next, so two never sit in memory at once.
        *lock(&self.held) = None;
        let options = ScanOptions {
            cancel,
            ..ScanOptions::default()
        };
        let store = Arc::new(load_table(export, &key.0, &key.1, self.budget, &options)?);
        *lock(&self.held) = Some(Held {
            key: key.clone(),
            store: store.clone(),
            last: None,
        });
        Ok(store)
    }

    /// Stops a load in progress: its export has been replaced.
    pub fn cancel(&self) {
        if let Some((_, loading)) = lock(&self.loading).take() {
            loading.store(true, Ordering::Relaxed);
        }
    }

    /// The rows of `store` that `query` selects, remembered for the next page of the same view.
    pub fn select(&self, store: &Arc<TableStore>, query: &TableQuery) -> Arc<Selection> {
        let remembered = lock(&self.held).as_ref().and_then(|h| {
            let (last_query, selection) = h.last.as_ref()?;
            (Arc::ptr_eq(&h.store, store) && last_query == query).then(|| selection.clone())
        });
        if let Some(selection) = remembered {
            return selection;
        }
        let selection = Arc::new(store.select(query));
        if let Some(held) = lock(&self.held)
            .as_mut()
            .filter(|h| Arc::ptr_eq(&h.store, store))
        {
            held.last = Some((query.clone(), selection.clone()));
        }
        selection
    }
}
