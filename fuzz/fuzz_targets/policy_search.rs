//! The policy search: query parsing (quotes, words, synonyms, stems) and ranking over the
//! built-in Clarifai pack.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|query: &str| {
    let _ = dossier_policy::PolicyPack::clarifai().search(query, 20);
});
