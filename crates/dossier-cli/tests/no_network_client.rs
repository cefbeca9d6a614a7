//! Dossier makes no network requests, and part of the proof is what it is built from: no HTTP,
//! WebSocket or TLS client crate may enter the dependency tree of the desktop app or the CLI
//! (normal and build dependencies, on each desktop platform the release workflow builds). The
//! graph comes from `cargo metadata`, as Cargo.lock resolves it; a crate added anywhere
//! below the two shows up here. (Tauri itself depends on `reqwest` on Android and iOS only, which
//! Dossier is not built for.)

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::process::Command;

use serde_json::Value;

/// The platforms the release workflow builds installers for.
const DESKTOPS: [&str; 4] = [
    "x86_64-unknown-linux-gnu",
    "x86_64-pc-windows-msvc",
    "aarch64-apple-darwin",
    "x86_64-apple-darwin",
];

/// Crates whose job is to talk to other machines.
const CLIENTS: [&str; 16] = [
    "reqwest",
    "ureq",
    "hyper",
    "hyper-util",
    "isahc",
    "curl",
    "attohttpc",
    "surf",
    "minreq",
    "ehttp",
    "awc",
    "h2",
    "tungstenite",
    "tokio-tungstenite",
    "native-tls",
    "rustls",
];

/// Names of every crate that `roots` depend on, directly or not, other than as dev-dependencies.
fn dependencies(metadata: &Value, roots: &[&str]) -> BTreeSet<String> {
    let names: HashMap<&str, &str> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let nodes: HashMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let mut queue: VecDeque<&str> = names
        .iter()
        .filter(|(_, name)| roots.contains(name))
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(queue.len(), roots.len(), "{roots:?} are workspace members");
    let mut seen: BTreeSet<&str> = queue.iter().copied().collect();
    while let Some(id) = queue.pop_front() {
        for dep in nodes[id]["deps"].as_array().unwrap() {
            let used = dep["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"].as_str() != Some("dev"));
            let dep_id = dep["pkg"].as_str().unwrap();
            if used && seen.insert(dep_id) {
                queue.push_back(dep_id);
            }
        }
    }
    seen.iter().map(|id| names[id].to_owned()).collect()
}

fn clients_among(crates: &BTreeSet<String>) -> Vec<&'static str> {
    CLIENTS
        .into_iter()
        .filter(|c| crates.contains(*c))
        .collect()
}

#[test]
fn no_network_client_is_built_into_the_app_or_the_cli() {
    for platform in DESKTOPS {
        let out = Command::new(env!("CARGO"))
            .args(["metadata", "--format-version", "1", "--locked"])
            .args(["--filter-platform", platform])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "cargo metadata: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let metadata: Value = serde_json::from_slice(&out.stdout).unwrap();
        let crates = dependencies(&metadata, &["dossier-app", "dossier-cli"]);
        // The graph is the real one: the app's own framework is in it.
        assert!(
            crates.contains("tauri") && crates.contains("zip"),
            "{crates:?}"
        );
        let found = clients_among(&crates);
        assert!(
            found.is_empty(),
            "network client crates in the app's or the CLI's dependencies on {platform}: \
             {found:?}; Dossier must make no network requests (`cargo tree -i <crate> --target \
             {platform}` shows what pulls one in)"
        );
    }
}

#[test]
fn a_client_crate_would_be_caught() {
    let crates: BTreeSet<String> = ["serde", "reqwest", "tauri"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(clients_among(&crates), ["reqwest"]);
}
