//! A JSON document, streamed: top-level arrays and objects one record at a time, the
//! recursion limit, UTF-16 and Latin-1 detection, and the flattening into tables.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dossier_engine::read_file_rows("data.json", data);
});
