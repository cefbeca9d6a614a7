//! A whole zip export: the central directory, local-header recovery when the directory is
//! damaged, entry names, nested zips, and every entry streamed through the scan guard and read
//! by its format. The scan works on a path, so each input is written to one scratch file.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use dossier_engine::{scan_export, Limits, ScanOptions};
use libfuzzer_sys::fuzz_target;

/// One file per fuzzing process, in memory-backed /dev/shm where there is one.
fn scratch() -> &'static PathBuf {
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

fuzz_target!(|data: &[u8]| {
    // Lower limits than the app's, so that a bomb trips them within the per-input timeout.
    let options = ScanOptions {
        limits: Limits {
            max_total_bytes: 256 << 20,
            max_record_bytes: 16 << 20,
            max_nested_zip_in_memory: 16 << 20,
            ..Limits::default()
        },
        ..ScanOptions::default()
    };
    std::fs::write(scratch(), data).expect("scratch file");
    let _ = scan_export(scratch(), &options, &mut ());
});
