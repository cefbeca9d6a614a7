//! Ends the app through its normal exit when the system asks it to stop (SIGTERM at logout or
//! shutdown, SIGHUP when its terminal closes, SIGINT for Ctrl+C), so that what runs on exit,
//! removing the webview's private folder (`webview_storage`), runs then too. Linux only: that
//! folder exists only there.

use tauri::{AppHandle, Runtime};

/// The signals' numbers, the same on every Linux architecture.
const SIGHUP: i32 = 1;
const SIGINT: i32 = 2;
const SIGTERM: i32 = 15;

/// Installs the handlers on the main loop (the closures run on the main thread).
pub fn exit_cleanly_on_signals<R: Runtime>(app: &AppHandle<R>) {
    for signal in [SIGHUP, SIGINT, SIGTERM] {
        let app = app.clone();
        glib::unix_signal_add_once(signal, move || app.exit(0));
    }
}
