//! How the app was started: the export named on the command line, where the bundled sample
//! lives, where the recent list is kept. Resolved once the app is built, because some of it needs
//! the app's path resolver.

use std::path::PathBuf;
use tauri::{Manager, Runtime};

/// Name of the bundled sample inside the resource directory and inside a source checkout.
const SAMPLE_RELATIVE_PATH: &str = "samples/clarifai-sample.zip";

pub enum RecentStore {
    /// `recent-exports.json` in the platform's config directory for the app.
    AppConfigDir,
    /// Kept in memory only (tests, and a config directory that cannot be resolved).
    Memory,
}

pub enum SampleSource {
    /// Installed builds carry the sample as a resource; a source checkout has it in `samples/`.
    Bundled,
    Path(PathBuf),
}

pub struct AppOptions {
    /// Open this export as soon as the window shows.
    pub launch_path: Option<PathBuf>,
    pub sample: SampleSource,
    pub recent: RecentStore,
    /// Create the main window. Tests create their own webview instead.
    pub create_window: bool,
}

impl AppOptions {
    /// Options for the real app: the first command-line argument is the export to open.
    pub fn from_command_line() -> Self {
        Self {
            launch_path: std::env::args_os().nth(1).map(PathBuf::from),
            sample: SampleSource::Bundled,
            recent: RecentStore::AppConfigDir,
            create_window: true,
        }
    }
}

pub fn resolve_sample<R: Runtime>(app: &tauri::App<R>, source: &SampleSource) -> Option<PathBuf> {
    match source {
        SampleSource::Path(path) => Some(path.clone()),
        SampleSource::Bundled => {
            let installed = app
                .path()
                .resource_dir()
                .ok()
                .map(|dir| dir.join(SAMPLE_RELATIVE_PATH));
            let checkout = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
                .join(SAMPLE_RELATIVE_PATH);
            installed
                .into_iter()
                .chain(std::iter::once(checkout))
                .find(|path| path.is_file())
        }
    }
}

pub fn resolve_recent_file<R: Runtime>(
    app: &tauri::App<R>,
    store: &RecentStore,
) -> Option<PathBuf> {
    match store {
        RecentStore::AppConfigDir => app
            .path()
            .app_config_dir()
            .ok()
            .map(|dir| dir.join("recent-exports.json")),
        RecentStore::Memory => None,
    }
}
