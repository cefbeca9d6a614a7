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
    /// Then apply the corrections in this manifest file (`--manifest FILE`, as in the CLI).
    pub launch_manifest: Option<PathBuf>,
    pub sample: SampleSource,
    pub recent: RecentStore,
    /// Create the main window. Tests create their own webview instead.
    pub create_window: bool,
    /// Hand a second launch's export to this app and end it (`tauri-plugin-single-instance`).
    /// Off in tests, which start many apps in one process.
    pub single_instance: bool,
}

impl AppOptions {
    /// Options for the real app: `dossier-app [EXPORT] [--manifest FILE]`.
    pub fn from_command_line() -> Self {
        let (launch_path, launch_manifest) = parse_arguments(std::env::args_os().skip(1));
        Self {
            launch_path,
            launch_manifest,
            sample: SampleSource::Bundled,
            recent: RecentStore::AppConfigDir,
            create_window: true,
            single_instance: true,
        }
    }
}

/// The export (the first argument that is not an option) and the `--manifest` file.
pub(crate) fn parse_arguments(
    args: impl Iterator<Item = std::ffi::OsString>,
) -> (Option<PathBuf>, Option<PathBuf>) {
    let (mut export, mut manifest) = (None, None);
    let mut args = args;
    while let Some(arg) = args.next() {
        if arg == "--manifest" {
            manifest = args.next().map(PathBuf::from);
        } else if export.is_none() {
            export = Some(PathBuf::from(arg));
        }
    }
    (export, manifest)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_and_a_manifest_come_from_the_command_line_in_any_order() {
        let parse = |args: &[&str]| parse_arguments(args.iter().map(Into::into));
        let both = (
            Some(PathBuf::from("export.zip")),
            Some(PathBuf::from("fixes.json")),
        );
        assert_eq!(parse(&["export.zip", "--manifest", "fixes.json"]), both);
        assert_eq!(parse(&["--manifest", "fixes.json", "export.zip"]), both);
        assert_eq!(parse(&["export.zip"]), (Some("export.zip".into()), None));
        assert_eq!(parse(&[]), (None, None));
    }
}
