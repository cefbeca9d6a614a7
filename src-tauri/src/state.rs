//! What the shell keeps between commands.

use crate::recent::RecentExports;
use crate::session::Session;
use crate::values::Values;
use dossier_policy::PolicyPack;
use std::path::PathBuf;

pub struct AppState {
    pub launch_path: Option<PathBuf>,
    pub launch_manifest: Option<PathBuf>,
    pub sample_path: Option<PathBuf>,
    pub recent: RecentExports,
    pub session: Session,
    /// The policy exports are read against. Clarifai's is the one Dossier ships.
    pub policy: &'static PolicyPack,
    pub values: Values,
}
