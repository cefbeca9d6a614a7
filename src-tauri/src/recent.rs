//! The list of recently opened exports: paths only, never anything read from them.

use std::fs;
use std::path::PathBuf;
use std::sync::Mutex;

/// How many paths the start screen offers.
const MAX_RECENT: usize = 8;

/// A small JSON file holding the paths, newest first. A missing or damaged file means an empty
/// list: losing the history must never stop the app from starting.
pub struct RecentExports {
    file: Option<PathBuf>,
    paths: Mutex<Vec<String>>,
}

impl RecentExports {
    /// Loads the list from `file`; `None` keeps the list in memory only.
    pub fn load(file: Option<PathBuf>) -> Self {
        let paths = file
            .as_ref()
            .and_then(|file| fs::read(file).ok())
            .and_then(|bytes| serde_json::from_slice::<Vec<String>>(&bytes).ok())
            .map(|mut paths| {
                paths.truncate(MAX_RECENT);
                paths
            })
            .unwrap_or_default();
        Self {
            file,
            paths: Mutex::new(paths),
        }
    }

    pub fn list(&self) -> Vec<String> {
        self.lock().clone()
    }

    /// Moves `path` to the front and saves. A failed save only costs the history, so it is
    /// reported to the caller as a message, not as a failure of opening the export.
    pub fn remember(&self, path: &str) -> Result<(), String> {
        let snapshot = {
            let mut paths = self.lock();
            paths.retain(|p| p != path);
            paths.insert(0, path.to_owned());
            paths.truncate(MAX_RECENT);
            paths.clone()
        };
        let Some(file) = &self.file else {
            return Ok(());
        };
        if let Some(parent) = file.parent() {
            fs::create_dir_all(parent).map_err(|err| err.to_string())?;
        }
        let json = serde_json::to_vec_pretty(&snapshot).map_err(|err| err.to_string())?;
        fs::write(file, json).map_err(|err| err.to_string())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<String>> {
        // The list stays valid even if a holder panicked: every write replaces it whole.
        self.paths
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recent.json");
        let recent = RecentExports::load(Some(file.clone()));
        for i in 0..10 {
            recent.remember(&format!("/exports/{i}.zip")).unwrap();
        }
        recent.remember("/exports/5.zip").unwrap();
        let list = recent.list();
        assert_eq!(list.len(), MAX_RECENT);
        assert_eq!(list[0], "/exports/5.zip");
        assert_eq!(list[1], "/exports/9.zip");
        assert_eq!(list.iter().filter(|p| *p == "/exports/5.zip").count(), 1);

        let reloaded = RecentExports::load(Some(file));
        assert_eq!(reloaded.list(), list);
    }

    #[test]
    fn a_damaged_file_gives_an_empty_list() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recent.json");
        fs::write(&file, b"{not json").unwrap();
        assert!(RecentExports::load(Some(file)).list().is_empty());
    }
}
