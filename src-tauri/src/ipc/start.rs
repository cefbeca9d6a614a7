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
}
