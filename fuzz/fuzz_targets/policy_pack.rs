//! Policy pack loading and validation: a pack is a TOML file that a user may be handed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = dossier_policy::PolicyPack::from_toml_str(text);
});
