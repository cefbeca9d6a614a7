//! The `dossier` binary end to end: the command-line contract of the brief, on the third-party
//! corpora and on odd inputs.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;

use common::dossier;

fn json_of(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The third-party corpora kept in the repository (`tests/corpora/`, with their licences).
fn corpus(name: &str) -> PathBuf {
    manifest_dir().join("../../tests/corpora").join(name)
}

/// Packs every file of `dir` into a zip at `to`, names relative to `dir`.
fn zip_folder(dir: &Path, to: &Path) {
    let mut zip = zip::ZipWriter::new(fs::File::create(to).unwrap());
    let mut files: Vec<PathBuf> = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                pending.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    for f in files {
        let name = f
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(&fs::read(&f).unwrap()).unwrap();
    }
    zip.finish().unwrap();
}

#[test]
fn json_test_suite_in_one_zip_reads_y_files_and_names_every_n_file() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("suite.zip");
    zip_folder(&corpus("json-test-suite/test_parsing"), &zip);
    let out = dossier(&["summary", zip.to_str().unwrap(), "--json"]);
    let summary = json_of(&out);
    let problems: Vec<&str> = summary["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["severity"] != "note")
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    let names: Vec<String> = fs::read_dir(corpus("json-test-suite/test_parsing"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut n_files = 0;
    for name in &names {
        if name.starts_with("n_") {
            n_files += 1;
            assert!(
                problems.contains(&name.as_str()),
                "{name} should be a problem"
            );
        }
        if name.starts_with("y_") {
            assert!(!problems.contains(&name.as_str()), "{name} should be read");
        }
    }
    assert!(n_files > 100);
    let fields = json_of(&dossier(&["fields", zip.to_str().unwrap(), "--json"]));
    let read_files: std::collections::HashSet<&str> = fields
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    for name in names.iter().filter(|n| n.starts_with("y_")) {
        let text = fs::read(corpus("json-test-suite/test_parsing").join(name)).unwrap();
        let value: Value = serde_json::from_slice(&text).unwrap();
        let empty = value.as_array().is_some_and(Vec::is_empty)
            || value.as_object().is_some_and(|o| o.is_empty());
        assert!(
            empty || read_files.contains(name.as_str()),
            "{name} has no field"
        );
    }
}

#[test]
fn a_folder_and_its_zip_give_the_same_summary() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export");
    fs::create_dir_all(export.join("account")).unwrap();
    fs::write(
        export.join("account/profile.json"),
        r#"{"name": "Zoë", "email": "zoe@example.com", "geo": {"lat": 52.5}}"#,
    )
    .unwrap();
    fs::write(
        export.join("logins.jsonl"),
        "{\"ip\": \"192.0.2.1\"}\n{\"ip\": \"2001:db8::1\"}\n",
    )
    .unwrap();
    fs::write(export.join("invoices.csv"), "invoice,amount\nINV-1,12.50\n").unwrap();
    fs::write(export.join("broken.json"), "{\"a\": ").unwrap();
    fs::write(export.join("notes.pdf"), b"%PDF-1.4").unwrap();
    let zip = dir.path().join("export.zip");
    zip_folder(&export, &zip);
    let mut from_folder = json_of(&dossier(&["summary", export.to_str().unwrap(), "--json"]));
    let mut from_zip = json_of(&dossier(&["summary", zip.to_str().unwrap(), "--json"]));
    from_folder["export"] = Value::Null;
    from_zip["export"] = Value::Null;
    assert_eq!(from_folder, from_zip);
    let fields_folder = json_of(&dossier(&["fields", export.to_str().unwrap(), "--json"]));
    let fields_zip = json_of(&dossier(&["fields", zip.to_str().unwrap(), "--json"]));
    assert_eq!(fields_folder, fields_zip);
    assert_eq!(from_zip["problems"][0]["path"], "broken.json");
    assert_eq!(from_zip["not_read"][0]["path"], "notes.pdf");
}

#[test]
fn summary_json_has_the_contract_keys() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("one.csv");
    fs::write(&file, "email,city\nzoe@example.com,Malmö\n").unwrap();
    let summary = json_of(&dossier(&["summary", file.to_str().unwrap(), "--json"]));
    let categories = summary["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 10);
    for c in categories {
        assert!(
            c["name"].is_string()
                && c["records"].is_u64()
                && c["fields"].is_u64()
                && c["files"].is_array()
        );
    }
    assert!(
        summary["unclassified"].is_array()
            && summary["missing"].is_array()
            && summary["problems"].is_array()
    );
    let fields = json_of(&dossier(&["fields", file.to_str().unwrap(), "--json"]));
    let row = &fields[0];
    for key in [
        "file",
        "field",
        "category",
        "confidence",
        "evidence",
        "examples",
    ] {
        assert!(row.get(key).is_some(), "missing {key}");
    }
    assert_eq!(row["examples"][0], "zoe@example.com");
}

#[test]
fn unreadable_exports_exit_non_zero_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("fake.zip");
    fs::write(&fake, "not a zip").unwrap();
    let video = dir.path().join("clip.mp4");
    fs::write(&video, "x").unwrap();
    for path in [dir.path().join("missing.zip"), fake, video] {
        let out = dossier(&["summary", path.to_str().unwrap()]);
        assert!(!out.status.success());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("dossier: "), "{stderr}");
        assert!(!stderr.contains("panicked"));
    }
}

#[test]
fn human_output_lists_categories_and_problems() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    fs::write(&file, "[{\"a\": 1}, ").unwrap();
    let out = dossier(&["summary", file.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Contact Data/Identifiers"));
    assert!(
        text.contains("broken.json: it ends in the middle of the JSON"),
        "{text}"
    );
}

/// A small export whose `theme` field no rule labels and whose `page` field the rules call Web
/// Analytics.
fn export_to_correct(dir: &Path) -> PathBuf {
    let file = dir.join("prefs.csv");
    fs::write(
        &file,
        "email,theme,page\nzoe@example.com,dark,/home\nli@example.org,light,/pricing\n",
    )
    .unwrap();
    file
}

fn category_of(fields: &Value, field: &str) -> Value {
    fields
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["field"] == field)
        .unwrap_or_else(|| panic!("no field {field}"))["category"]
        .clone()
}

#[test]
fn manifest_corrections_apply_over_the_rules_and_bad_ones_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let export = export_to_correct(dir.path());
    let export = export.to_str().unwrap();
    let before = json_of(&dossier(&["fields", export, "--json"]));
    assert_eq!(category_of(&before, "page"), "Web Analytics");
    assert_eq!(category_of(&before, "theme"), Value::Null);

    let manifest = dir.path().join("fixes.json");
    fs::write(
        &manifest,
        r#"{"dossier_manifest": 1, "fields": [
            {"file": "prefs.csv", "field": "theme", "category": "Device/IP Information"},
            {"file": "prefs.csv", "field": "page", "category": null}]}"#,
    )
    .unwrap();
    let m = manifest.to_str().unwrap();
    let after = json_of(&dossier(&["fields", export, "--json", "--manifest", m]));
    assert_eq!(category_of(&after, "theme"), "Device/IP Information");
    assert_eq!(category_of(&after, "page"), Value::Null);
    let theme = after
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["field"] == "theme")
        .unwrap();
    assert_eq!(theme["confidence"], 1.0);
    assert!(theme["evidence"].as_str().unwrap().contains("fixes.json"));
    let summary = json_of(&dossier(&["summary", export, "--json", "--manifest", m]));
    assert!(summary["missing"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "Web Analytics"));

    for (text, says) in [
        (
            r#"{"dossier_manifest": 1, "fields": [{"file": "prefs.csv", "field": "theme", "category": "Preferences"}]}"#,
            "\"Preferences\" is not a category of Clarifai",
        ),
        (r#"{"dossier_manifest": 2}"#, "version 2"),
        (r#"[{"file": "prefs.csv"}]"#, "not a valid Dossier manifest"),
        ("{\"dossier_manifest\": 1, ", "not a valid Dossier manifest"),
    ] {
        fs::write(&manifest, text).unwrap();
        let out = dossier(&["summary", export, "--manifest", m]);
        assert!(!out.status.success(), "{text} was accepted");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(says), "{text}: {stderr}");
        assert!(stderr.contains("fixes.json"), "{stderr}");
    }
}

#[test]
fn eval_scores_labels_against_a_truth_file_with_every_miss() {
    let dir = tempfile::tempdir().unwrap();
    let export = export_to_correct(dir.path());
    let truth = dir.path().join("truth.json");
    // email right, page wrong (the truth says not personal data), theme missed, one key absent.
    fs::write(
        &truth,
        r#"{"prefs.csv::email": "Contact Data/Identifiers",
            "prefs.csv::page": null,
            "prefs.csv::theme": "Device/IP Information",
            "prefs.csv::colour": null}"#,
    )
    .unwrap();
    let args = ["eval", export.to_str().unwrap(), truth.to_str().unwrap()];
    let result = json_of(&dossier(&[&args[..], &["--json"]].concat()));
    assert_eq!(result["fields"], 4);
    assert_eq!(result["overall"]["correct"], 1);
    assert_eq!(result["overall"]["labelled"], 2);
    assert_eq!(result["overall"]["expected"], 2);
    assert_eq!(result["overall"]["precision"], 0.5);
    assert_eq!(result["overall"]["recall"], 0.5);
    let misses: Vec<&str> = result["misses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        misses,
        ["page", "theme"],
        "an absent field the truth calls null is no miss"
    );
    assert_eq!(result["not_in_export"][0], "prefs.csv::colour");
    let banded: u64 = result["calibration"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["labels"].as_u64().unwrap())
        .sum();
    assert_eq!(banded, 2, "every label given falls in one band");

    let text = String::from_utf8(dossier(&args).stdout).unwrap();
    assert!(
        text.contains("precision 0.500 (1/2), recall 0.500 (1/2)"),
        "{text}"
    );
    assert!(
        text.contains("prefs.csv : page — expected not personal data, got Web Analytics"),
        "{text}"
    );

    for (text, says) in [
        (r#"{"prefs.csv email": null}"#, "has no \"::\""),
        ("{}", "labels no field"),
        (r#"{"prefs.csv::email": 3}"#, "not a category name or null"),
    ] {
        fs::write(&truth, text).unwrap();
        let out = dossier(&args);
        assert!(!out.status.success(), "{text} was accepted");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(says), "{text}: {stderr}");
    }
}

/// The crate's folder, read when the test runs: a path baked in at compile time would point at
/// the checkout that built the binary, which a shared build cache may not be this one.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .expect("cargo sets CARGO_MANIFEST_DIR when it runs tests")
        .into()
}

#[test]
fn letter_writes_a_request_from_the_gaps_and_refuses_an_unknown_law() {
    let sample = manifest_dir().join("../../samples/clarifai-sample.zip");
    let sample = sample.to_str().unwrap();
    let out = dossier(&[
        "letter",
        sample,
        "--law",
        "ccpa",
        "--name",
        "Ines Okafor",
        "--email",
        "ines@example.com",
        "--date",
        "2026-12-02",
        "--json",
    ]);
    let letter = json_of(&out);
    assert_eq!(letter["law"], "ccpa");
    assert_eq!(letter["email"], "privacy@clarifai.com");
    assert_eq!(letter["date"], "2026-12-02");
    assert_eq!(letter["deadline"], "2027-01-16");
    assert_eq!(letter["sender_email"], "ines@example.com");
    let kinds: Vec<&str> = letter["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"opening"));
    assert_eq!(kinds.last(), Some(&"closing"));
    // The sample holds a broken file on purpose: it is asked for again.
    assert!(kinds.contains(&"unreadable"), "{kinds:?}");

    let text = dossier(&["letter", sample, "--date", "2026-01-31"]);
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("To: Clarifai, Inc., Privacy team <privacy@clarifai.com>\n"));
    assert!(text.contains("by 28 February 2026"), "{text}");

    for (args, message) in [
        (
            vec!["letter", sample, "--law", "lgpd"],
            "choose one of: gdpr, ccpa",
        ),
        (
            vec!["letter", sample, "--date", "2026-02-30"],
            "is not a date",
        ),
    ] {
        let out = dossier(&args);
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn report_writes_one_html_file_outside_the_export_and_refuses_inside_it() {
    let sample = manifest_dir().join("../../samples/clarifai-sample.zip");
    let sample = sample.to_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let written = dossier(&["report", sample, "--out", out.to_str().unwrap()]);
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && !html.contains("<script"));
    // The same bytes on standard output, and on every run.
    assert_eq!(dossier(&["report", sample]).stdout, html.as_bytes());

    let with_values = dossier(&[
        "report",
        sample,
        "--include-values",
        "Contact Data/Identifiers",
    ]);
    assert!(String::from_utf8(with_values.stdout)
        .unwrap()
        .contains("Contains personal data"));

    let folder = manifest_dir().join("../../tests/exports/spotify/export");
    let inside = folder.join("report.html");
    for (args, message) in [
        (
            vec![
                "report",
                folder.to_str().unwrap(),
                "--out",
                inside.to_str().unwrap(),
            ],
            "is inside the export",
        ),
        (
            vec!["report", sample, "--include-values", "horoscope"],
            "is not a category",
        ),
    ] {
        let out = dossier(&args);
        assert!(!out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(message),
            "{args:?}"
        );
    }
    assert!(!inside.exists());
}
