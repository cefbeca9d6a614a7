use serde::Serialize;
use ts_rs::TS;

/// Where the start screen can offer to open something without a dialog.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StartInfo {
    /// The export named on the command line, opened at once when present.
    pub launch_path: Option<String>,
    /// Corrections named on the command line, applied once the launch export is open.
    pub launch_manifest: Option<String>,
    /// The bundled sample export, when this build ships one.
    pub sample_path: Option<String>,
    /// Recently opened exports, newest first (paths only, never content).
    pub recent: Vec<String>,
    /// Whether opened exports are remembered at all; off, nothing about them is written.
    pub remember_recent: bool,
    /// Whether presenter mode is on: then `recent` is empty, since the names of a person's
    /// exports are theirs too.
    pub presenter: bool,
    /// Whether the system can keep the window out of screen capture (Windows, macOS).
    pub can_hide_from_capture: bool,
}

/// An export handed to the running window after it started: named by a second launch of the app
/// (`dossier-app PATH` while Dossier runs) or, on macOS, opened with the app from the Finder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OpenRequest {
    /// Absolute path of the export.
    pub path: String,
    /// Corrections to apply once it is open (`--manifest FILE` on the second launch).
    pub manifest: Option<String>,
}

/// What "About Dossier" shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AboutInfo {
    /// The app's version from its Tauri config (the workspace version in Cargo.toml).
    pub version: String,
    /// The company whose privacy policy exports are read against.
    pub policy_company: String,
    /// That policy's own title.
    pub policy_title: String,
    /// The date the policy took effect, `YYYY-MM-DD`.
    pub policy_effective_date: String,
}
