//! The list of recently opened exports: paths only, never anything read from them. The person
//! can turn it off; then no path is written, and the list on disk is emptied.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// How many paths the start screen offers.
const MAX_RECENT: usize = 8;

/// The list could not be written: remembering or forgetting did not reach the disk.
#[derive(Debug, thiserror::Error)]
#[error("Dossier could not update its list of recent exports in “{}”: {source}", file.display())]
pub struct RecentError {
    pub file: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// What the file holds. Before the setting existed the file was a bare array of paths.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Stored {
    Settings { remember: bool, paths: Vec<String> },
    Paths(Vec<String>),
}

struct Recent {
    remember: bool,
    paths: Vec<String>,
}

/// A small JSON file holding the setting and the paths, newest first. A missing or damaged file
/// means an empty list that is remembered: losing the history must never stop the app from
/// starting.
pub struct RecentExports {
    file: Option<PathBuf>,
    state: Mutex<Recent>,
}

impl RecentExports {
    /// Loads the list from `file`; `None` keeps the list in memory only.
    pub fn load(file: Option<PathBuf>) -> Self {
        let stored = file
            .as_ref()
            .and_then(|file| fs::read(file).ok())
            .and_then(|bytes| serde_json::from_slice::<Stored>(&bytes).ok());
        let (remember, mut paths) = match stored {
            Some(Stored::Settings { remember, paths }) => (remember, paths),
            Some(Stored::Paths(paths)) => (true, paths),
            None => (true, Vec::new()),
        };
        // A list written by hand while remembering was off is not shown either.
        if !remember {
            paths.clear();
        }
        paths.truncate(MAX_RECENT);
        Self {
            file,
            state: Mutex::new(Recent { remember, paths }),
        }
    }

    pub fn list(&self) -> Vec<String> {
        self.lock().paths.clone()
    }

    pub fn remembers(&self) -> bool {
        self.lock().remember
    }

    /// Moves `path` to the front and saves; does nothing at all while remembering is off.
    /// A failed save only costs the history, so the caller reports it and goes on.
    pub fn remember(&self, path: &str) -> Result<(), RecentError> {
        let mut state = self.lock();
        if !state.remember {
            return Ok(());
        }
        state.paths.retain(|p| p != path);
        state.paths.insert(0, path.to_owned());
        state.paths.truncate(MAX_RECENT);
        self.save(&state)
    }

    /// Turns remembering on or off. Turning it off forgets the list too: "don't remember" that
    /// kept the paths already on disk would remember.
    pub fn set_remember(&self, remember: bool) -> Result<(), RecentError> {
        let mut state = self.lock();
        state.remember = remember;
        if !remember {
            state.paths.clear();
        }
        self.save(&state)
    }

    /// Forgets every path, on disk too.
    pub fn clear(&self) -> Result<(), RecentError> {
        let mut state = self.lock();
        state.paths.clear();
        self.save(&state)
    }

    fn save(&self, state: &Recent) -> Result<(), RecentError> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let stored = Stored::Settings {
            remember: state.remember,
            paths: state.paths.clone(),
        };
        let json = serde_json::to_vec_pretty(&stored).expect("a list of strings serializes");
        write(file, &json).map_err(|source| RecentError {
            file: file.clone(),
            source,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Recent> {
        // The list stays valid even if a holder panicked: every write replaces it whole.
        self.state
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

fn write(file: &Path, json: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = file.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(file, json)
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
        assert!(reloaded.remembers());
    }

    #[test]
    fn a_damaged_file_gives_an_empty_list() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recent.json");
        fs::write(&file, b"{not json").unwrap();
        assert!(RecentExports::load(Some(file)).list().is_empty());
    }

    #[test]
    fn the_list_of_earlier_versions_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recent.json");
        fs::write(&file, br#"["/exports/a.zip", "/exports/b"]"#).unwrap();
        let recent = RecentExports::load(Some(file));
        assert_eq!(recent.list(), ["/exports/a.zip", "/exports/b"]);
        assert!(recent.remembers());
    }

    #[test]
    fn turned_off_it_forgets_the_list_and_writes_no_path_again() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recent.json");
        let recent = RecentExports::load(Some(file.clone()));
        recent.remember("/exports/kept-before.zip").unwrap();
        recent.set_remember(false).unwrap();
        recent.remember("/exports/secret-name.zip").unwrap();
        assert!(recent.list().is_empty());
        let on_disk = fs::read_to_string(&file).unwrap();
        assert!(!on_disk.contains("/exports/"), "{on_disk}");

        let reloaded = RecentExports::load(Some(file));
        assert!(!reloaded.remembers());
        reloaded.remember("/exports/after-restart.zip").unwrap();
        assert!(reloaded.list().is_empty());

        reloaded.set_remember(true).unwrap();
        reloaded.remember("/exports/again.zip").unwrap();
        assert_eq!(reloaded.list(), ["/exports/again.zip"]);
    }

    #[test]
    fn clearing_empties_the_file_and_keeps_remembering() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recent.json");
        let recent = RecentExports::load(Some(file.clone()));
        recent.remember("/exports/a.zip").unwrap();
        recent.clear().unwrap();
        assert!(recent.list().is_empty());
        assert!(!fs::read_to_string(&file).unwrap().contains("a.zip"));
        recent.remember("/exports/b.zip").unwrap();
        assert_eq!(RecentExports::load(Some(file)).list(), ["/exports/b.zip"]);
    }

    #[test]
    fn a_list_that_cannot_be_written_says_where() {
        let dir = tempfile::tempdir().unwrap();
        // A file where the folder should be.
        fs::write(dir.path().join("config"), b"").unwrap();
        let recent = RecentExports::load(Some(dir.path().join("config/recent.json")));
        let err = recent.clear().unwrap_err();
        assert!(err.to_string().contains("config/recent.json"), "{err}");
    }
}
