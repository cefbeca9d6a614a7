//! Images: the header (size, format) and EXIF (camera, time, GPS).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dossier_engine::read_file_rows("photo.jpg", data);
});
