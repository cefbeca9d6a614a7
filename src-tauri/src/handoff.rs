//! Exports handed to the app once it runs: a second launch (`dossier-app PATH` from a shell or a
//! file manager's "Open with") reaches the running app through the single-instance plugin, and
//! on macOS the OS hands files over as `RunEvent::Opened`. Both end in [`hand_over`]: the running
//! window opens the export and comes to the front.
//!
//! A request can arrive before the UI listens (macOS sends the files that started the app before
//! the window exists), so requests are kept until the UI asks for them with `handed_over`; after
//! that they are sent as the [`OPEN_EVENT`] event.

use crate::ipc::start::OpenRequest;
use crate::launch::parse_arguments;
use crate::MAIN_WINDOW;
use std::path::Path;
use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The event that tells the window to open an export (payload: [`OpenRequest`]).
pub const OPEN_EVENT: &str = "open-export";

/// Requests waiting for the UI, and whether the UI listens yet.
#[derive(Default)]
pub struct Handoff {
    inner: Mutex<Waiting>,
}

#[derive(Default)]
struct Waiting {
    ui_listens: bool,
    requests: Vec<OpenRequest>,
}

impl Handoff {
    /// Keeps `request` for the UI, or returns it when the UI already listens for [`OPEN_EVENT`].
    fn keep_or_pass(&self, request: OpenRequest) -> Option<OpenRequest> {
        let mut waiting = self.lock();
        if waiting.ui_listens {
            Some(request)
        } else {
            waiting.requests.push(request);
            None
        }
    }

    /// What arrived before the UI listened, oldest first; from now on requests are sent as events.
    pub fn take_for_ui(&self) -> Vec<OpenRequest> {
        let mut waiting = self.lock();
        waiting.ui_listens = true;
        std::mem::take(&mut waiting.requests)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Waiting> {
        // A panic while holding the lock leaves a plain list behind: still usable.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The export named by a second launch: its arguments (`argv[0]` first, as the single-instance
/// plugin passes them) with relative paths resolved against that launch's working directory.
/// `None` when it named no export (the running window is then only brought to the front).
pub fn from_second_launch(argv: &[String], cwd: &str) -> Option<OpenRequest> {
    let (export, manifest) = parse_arguments(argv.iter().skip(1).map(Into::into));
    let absolute = |path: std::path::PathBuf| Path::new(cwd).join(path).display().to_string();
    export.map(|path| OpenRequest {
        path: absolute(path),
        manifest: manifest.map(absolute),
    })
}

/// Opens `request` in the running window (or keeps it until the UI is ready) and focuses the
/// window. `None` only focuses.
pub fn hand_over<R: Runtime>(app: &AppHandle<R>, request: Option<OpenRequest>) {
    if let Some(request) = request {
        let pass = match app.try_state::<Handoff>() {
            Some(handoff) => handoff.keep_or_pass(request),
            None => Some(request),
        };
        if let Some(request) = pass {
            if let Err(err) = app.emit(OPEN_EVENT, &request) {
                eprintln!(
                    "dossier: could not hand {} to the window: {err}",
                    request.path
                );
            }
        }
    }
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        // Best effort: a window manager may refuse focus; the export opens all the same.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Files the OS opens with the app on macOS (double-click, "Open with", dropped on the Dock icon),
/// possibly before the window exists. Other systems start a second instance instead.
pub fn on_run_event<R: Runtime>(app: &AppHandle<R>, event: &tauri::RunEvent) {
    #[cfg(target_os = "macos")]
    if let tauri::RunEvent::Opened { urls } = event {
        for path in urls.iter().filter_map(|url| url.to_file_path().ok()) {
            let request = OpenRequest {
                path: path.display().to_string(),
                manifest: None,
            };
            hand_over(app, Some(request));
        }
    }
    #[cfg(not(target_os = "macos"))]
    let _ = (app, event);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(args: &[&str]) -> Vec<String> {
        args.iter().map(|arg| arg.to_string()).collect()
    }

    #[test]
    fn a_second_launch_names_its_export_relative_to_its_own_folder() {
        let request = from_second_launch(
            &argv(&["dossier-app", "other.zip", "--manifest", "fixes.json"]),
            "/home/someone/Downloads",
        );
        assert_eq!(
            request,
            Some(OpenRequest {
                path: "/home/someone/Downloads/other.zip".into(),
                manifest: Some("/home/someone/Downloads/fixes.json".into()),
            })
        );
        let absolute = from_second_launch(&argv(&["dossier-app", "/tmp/x.zip"]), "/home");
        assert_eq!(absolute.unwrap().path, "/tmp/x.zip");
        assert_eq!(from_second_launch(&argv(&["dossier-app"]), "/home"), None);
    }

    #[test]
    fn requests_wait_for_the_ui_and_are_sent_once_it_listens() {
        let handoff = Handoff::default();
        let request = |path: &str| OpenRequest {
            path: path.into(),
            manifest: None,
        };
        assert_eq!(handoff.keep_or_pass(request("/a.zip")), None);
        assert_eq!(handoff.keep_or_pass(request("/b.zip")), None);
        assert_eq!(
            handoff.take_for_ui(),
            vec![request("/a.zip"), request("/b.zip")]
        );
        assert_eq!(
            handoff.keep_or_pass(request("/c.zip")),
            Some(request("/c.zip"))
        );
        assert_eq!(handoff.take_for_ui(), vec![]);
    }
}
