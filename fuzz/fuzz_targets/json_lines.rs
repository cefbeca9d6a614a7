//! JSON Lines: one record per line, bad lines counted rather than fatal.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dossier_engine::read_file_rows("data.jsonl", data);
});
