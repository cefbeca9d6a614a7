//! Where the webview keeps its own data (HTTP cache, local storage, cookies, HSTS list): nowhere
//! that outlives the app, so that nothing derived from an export stays on disk.
//!
//! Windows and macOS use the webview's incognito mode (WebView2's InPrivate profile, WebKit's
//! non-persistent data store). On Linux, wry's incognito mode gives WebKitGTK an ephemeral
//! context that refuses automation, so WebDriver (the end-to-end tests) could not drive the app
//! that users run. There each run gets a private folder under `$XDG_RUNTIME_DIR` (a tmpfs, in
//! memory, owned by the user and cleared at logout), removed when the app ends; a folder left by a
//! run that was killed is removed by the next start.

use tauri::{Runtime, WebviewWindowBuilder};

/// The webview storage of this run of the app.
pub struct WebviewStorage {
    #[cfg(target_os = "linux")]
    dir: Option<std::path::PathBuf>,
}

impl WebviewStorage {
    /// Prepares the storage: on Linux, creates this run's private folder.
    pub fn for_this_run() -> Self {
        #[cfg(target_os = "linux")]
        {
            let dir = private_folder::create();
            if let Err(err) = &dir {
                // The window still opens, with WebKit's default (persistent) storage.
                eprintln!("dossier: no private folder for the webview's data: {err}");
            }
            Self { dir: dir.ok() }
        }
        #[cfg(not(target_os = "linux"))]
        Self {}
    }

    /// Points the window's webview at this storage.
    pub fn apply<'a, R: Runtime, M: tauri::Manager<R>>(
        &self,
        window: WebviewWindowBuilder<'a, R, M>,
    ) -> WebviewWindowBuilder<'a, R, M> {
        #[cfg(target_os = "linux")]
        match &self.dir {
            Some(dir) => window.data_directory(dir.clone()),
            None => window,
        }
        #[cfg(not(target_os = "linux"))]
        window.incognito(true)
    }

    /// Removes what the webview stored (called when the app ends).
    pub fn remove(&self) {
        #[cfg(target_os = "linux")]
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

#[cfg(target_os = "linux")]
mod private_folder {
    use std::fs::{self, DirBuilder};
    use std::io;
    use std::os::unix::fs::DirBuilderExt;
    use std::path::{Path, PathBuf};
    use std::time::{SystemTime, UNIX_EPOCH};

    const PREFIX: &str = "dossier-webview-";

    /// Creates `dossier-webview-PID-NANOS` (mode 0700) in `$XDG_RUNTIME_DIR`, or in the temporary
    /// folder where that is not set, after removing the folders of runs that have ended.
    pub fn create() -> io::Result<PathBuf> {
        let parent = std::env::var_os("XDG_RUNTIME_DIR")
            .map(PathBuf::from)
            .filter(|dir| dir.is_dir())
            .unwrap_or_else(std::env::temp_dir);
        remove_ended_runs(&parent);
        loop {
            let nanos = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |t| t.subsec_nanos());
            let dir = parent.join(format!("{PREFIX}{}-{nanos}", std::process::id()));
            // A new folder, never one that exists already (someone else's, in a shared /tmp).
            match DirBuilder::new().mode(0o700).create(&dir) {
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
                result => return result.map(|()| dir),
            }
        }
    }

    /// Removes the private folders whose run is no longer a live process (it was killed).
    fn remove_ended_runs(parent: &Path) {
        let Ok(entries) = fs::read_dir(parent) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(pid) = name
                .to_str()
                .and_then(|name| name.strip_prefix(PREFIX))
                .and_then(|rest| rest.split('-').next())
                .and_then(|pid| pid.parse::<u32>().ok())
            else {
                continue;
            };
            // Another user's folder in a shared /tmp is not ours to remove, and the sticky bit
            // of /tmp refuses it anyway.
            if !Path::new(&format!("/proc/{pid}")).exists() {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
}
