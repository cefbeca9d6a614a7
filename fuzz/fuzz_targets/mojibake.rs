//! The mojibake repair (Meta's UTF-8 written as `\u00XX` escapes), reached the way an export
//! reaches it: as a JSON key and string value, read through the public reader.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut record = serde_json::Map::new();
    record.insert(text.to_owned(), serde_json::Value::String(text.to_owned()));
    let doc = serde_json::Value::Array(vec![serde_json::Value::Object(record)]);
    let bytes = serde_json::to_vec(&doc).expect("a JSON value serialises");
    let _ = dossier_engine::read_file_rows("messages.json", bytes.as_slice());
});
