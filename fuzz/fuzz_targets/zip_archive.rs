//! A whole zip export: the central directory, local-header recovery when the directory is
//! damaged, entry names, nested zips, and every entry streamed through the scan guard and read
//! by its format.
#![no_main]

use dossier_engine::{scan_export, Limits, ScanOptions};
use dossier_fuzz::scratch_zip;
use libfuzzer_sys::fuzz_target;

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
    std::fs::write(scratch_zip(), data).expect("scratch file");
    let _ = scan_export(scratch_zip(), &options, &mut ());
});
