//! X/Twitter's `window.YTD.<name>.part0 = [...]` files: the assignment is stripped
//! and the JSON after it streamed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dossier_engine::read_file_rows("tweets.js", data);
});
