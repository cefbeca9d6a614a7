//! What the zip targets share: the engine reads exports from a path, so each input is written
//! to one scratch file per fuzzing process.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The scratch file of this process, in memory-backed /dev/shm where there is one.
/// `scripts/fuzz.sh` removes `dossier-fuzz-*.zip` after each target.
pub fn scratch_zip() -> &'static Path {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let shm = PathBuf::from("/dev/shm");
        let dir = if shm.is_dir() {
            shm
        } else {
            std::env::temp_dir()
        };
        dir.join(format!("dossier-fuzz-{}.zip", std::process::id()))
    })
}
