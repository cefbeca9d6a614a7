//! `--mask` (presenter mode) on every command that prints an export's data: an export seeded
//! with canary values (in values, keys, file and folder names, a problem) shows none of them,
//! in text or JSON, while the same commands without `--mask` show them all.

use std::fs;
use std::path::{Path, PathBuf};

use dossier_samples::canary::{canaries_in, write_canary_export, CANARY_VALUES};

mod common;

use common::stdout_of;

fn seeded(dir: &Path) -> PathBuf {
    let root = dir.join("export");
    write_canary_export(&root).unwrap();
    root
}

/// The standard output of a command that must succeed.
fn run(args: &[&str]) -> String {
    String::from_utf8(stdout_of(args)).unwrap()
}

/// What each printing command writes for `export`, with `extra` flags, text and JSON.
fn outputs(export: &Path, dir: &Path, extra: &[&str]) -> Vec<(String, String)> {
    let export = export.to_str().unwrap();
    let report = dir.join(format!("report{}.html", extra.len()));
    let report_path = report.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["summary", export],
        vec!["summary", export, "--json"],
        vec!["fields", export],
        vec!["fields", export, "--json"],
        vec!["search", export, "zqcanaryc"],
        vec!["search", export, "ZQCANARY", "--json"],
        vec!["search", export, "555 010 4242", "--json"],
        vec![
            "report",
            export,
            "--include-values",
            "Contact Data/Identifiers",
            "--include-values",
            "Device/IP Information",
            "--out",
            report_path,
        ],
    ];
    commands
        .into_iter()
        .map(|mut args| {
            args.extend_from_slice(extra);
            let mut printed = run(&args);
            if args[0] == "report" {
                printed = fs::read_to_string(&report).unwrap();
            }
            (args.join(" "), printed)
        })
        .collect()
}

#[test]
fn masked_output_holds_no_canary_and_unmasked_output_holds_them() {
    let dir = tempfile::tempdir().unwrap();
    let export = seeded(dir.path());
    for (command, printed) in outputs(&export, dir.path(), &[]) {
        assert!(
            !canaries_in(&printed).is_empty(),
            "`{command}` shows no canary even unmasked: the test would prove nothing"
        );
    }
    let unmasked_fields = run(&["fields", export.to_str().unwrap()]);
    for raw in CANARY_VALUES.iter().filter(|r| !r.contains("010")) {
        assert!(
            unmasked_fields.contains(raw),
            "{raw} not in the fields output"
        );
    }
    for (command, printed) in outputs(&export, dir.path(), &["--mask"]) {
        assert_eq!(
            canaries_in(&printed),
            Vec::<&str>::new(),
            "`{command}` leaks:\n{printed}"
        );
    }
}

#[test]
fn masked_output_keeps_the_shape_of_each_value_and_the_export_structure() {
    let dir = tempfile::tempdir().unwrap();
    let export = seeded(dir.path());
    let printed = run(&["fields", export.to_str().unwrap(), "--mask", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&printed).unwrap();
    let example = |file: &str, field: &str| -> String {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["file"] == file && r["field"] == field)
            .unwrap_or_else(|| panic!("no row {file}::{field} in {printed}"))["examples"][0]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let email = example("profile.json", "email");
    assert!(
        email.starts_with("person-") && email.ends_with("@example.invalid"),
        "{email}"
    );
    assert!(example("profile.json", "phone").starts_with("+44 7700 900"));
    let ip = example("profile.json", "last_login_ip");
    assert!(
        ["192.0.2.", "198.51.100.", "203.0.113."]
            .iter()
            .any(|net| ip.starts_with(net)),
        "{ip}"
    );
    assert_eq!(example("profile.json", "location.lat"), "40.7");
    assert_eq!(example("profile.json", "location.lng"), "-74.0");
    assert_eq!(example("profile.json", "date_of_birth"), "1982-06");
    assert_eq!(example("profile.json", "bio"), "[text, 9 characters]");
    // Structure the pack's words describe stays readable; a folder named after a person does
    // not. The same name gets the same stand-in wherever it is.
    let message = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["field"] == "messages[].sender_name")
        .unwrap()["file"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        message.starts_with("messages/inbox/folder-") && message.ends_with("/message_1.json"),
        "{message}"
    );
    let sender = example(&message, "messages[].sender_name");
    assert!(sender.starts_with("Person "), "{sender}");
    assert_eq!(example(&message, "participants[].name"), sender);
}
