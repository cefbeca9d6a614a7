//! Running the `dossier` binary, for every test file of the CLI.

// Each test file compiles this module on its own and uses only some of it.
#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `dossier` with `args`, whatever its exit status.
pub fn dossier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .output()
        .unwrap()
}

/// The standard output of a run that must succeed; its standard error when it does not.
pub fn stdout_of(args: &[&str]) -> Vec<u8> {
    let out = dossier(args);
    assert!(
        out.status.success(),
        "dossier {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}
