//! CSV: delimiter sniffing, preamble and header detection, encodings, ragged rows.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dossier_engine::read_file_rows("data.csv", data);
});
