//! What the shell keeps between commands.

use crate::recent::RecentExports;
use std::path::PathBuf;

pub struct AppState {
    pub launch_path: Option<PathBuf>,
    pub sample_path: Option<PathBuf>,
    pub recent: RecentExports,
}
