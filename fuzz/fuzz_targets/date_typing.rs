//! Value typing, dates and times above all: every cell and JSON string of an export goes
//! through it.
#![no_main]

use dossier_engine::records::value::infer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = infer(text);
});
