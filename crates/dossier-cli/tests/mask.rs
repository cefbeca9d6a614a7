//! `--mask` (presenter mode) on every command that prints an export's data: an export seeded
//! with canary values (in values, keys, file and folder names, a problem) shows none of them,
//! in text or JSON, while the same commands without `--mask` show them all.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::stdout_of;

/// Every canary holds this, whatever its case; the raw values below are canaries too.
const CANARY: &str = "zqcanary";
const RAW: &[&str] = &[
    "81.2.69.160",
    "998877665544",
    "0104242",
    "010-4242",
    "40.712776",
    "74.005974",
    "1982-06-14",
];

fn seeded(dir: &Path) -> PathBuf {
    let root = dir.join("export");
    let inbox = root.join("messages/inbox/zqcanarya_4821");
    fs::create_dir_all(&inbox).unwrap();
    fs::create_dir_all(root.join("zqcanaryg")).unwrap();
    fs::write(
        inbox.join("message_1.json"),
        r#"{"participants": [{"name": "Zqcanaryb Person"}],
            "messages": [{"sender_name": "Zqcanaryb Person", "content": "call me zqcanaryc tonight",
                          "timestamp_ms": 1700000000000}]}"#,
    )
    .unwrap();
    fs::write(
        root.join("profile.json"),
        r#"{"email": "Zqcanaryd@Example.com", "phone": "+1 (555) 010-4242",
            "date_of_birth": "1982-06-14", "last_login_ip": "81.2.69.160",
            "location": {"lat": 40.712776, "lng": -74.005974},
            "account_number": "998877665544", "bio": "zqcanaryf",
            "contacts": {"zqcanarye@example.com": {"added": "2021-03-04"}}}"#,
    )
    .unwrap();
    fs::write(
        root.join("zqcanaryg/zqcanaryh.csv"),
        "name,zqcanaryi_column,city\nZqcanaryj Smith,zqcanaryk,Zqcanaryl\n",
    )
    .unwrap();
    fs::write(root.join("zqcanarym.json"), r#"{"note": "zqcanaryn"#).unwrap();
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

fn leaks(printed: &str) -> Vec<&'static str> {
    let lower = printed.to_lowercase();
    let mut found: Vec<&str> = RAW
        .iter()
        .copied()
        .filter(|r| printed.contains(r))
        .collect();
    if lower.contains(CANARY) {
        found.push(CANARY);
    }
    found
}

#[test]
fn masked_output_holds_no_canary_and_unmasked_output_holds_them() {
    let dir = tempfile::tempdir().unwrap();
    let export = seeded(dir.path());
    for (command, printed) in outputs(&export, dir.path(), &[]) {
        assert!(
            !leaks(&printed).is_empty(),
            "`{command}` shows no canary even unmasked: the test would prove nothing"
        );
    }
    let unmasked_fields = run(&["fields", export.to_str().unwrap()]);
    for raw in RAW.iter().filter(|r| !r.contains("010")) {
        assert!(
            unmasked_fields.contains(raw),
            "{raw} not in the fields output"
        );
    }
    for (command, printed) in outputs(&export, dir.path(), &["--mask"]) {
        assert_eq!(
            leaks(&printed),
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
