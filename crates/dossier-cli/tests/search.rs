//! `dossier search EXPORT QUERY`: every place a value occurs, on the bundled sample and on a
//! small export holding the same person's details written in many ways and formats.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;

use common::dossier;

fn search(export: &Path, query: &str, extra: &[&str]) -> Value {
    let mut args = vec!["search", export.to_str().unwrap(), query, "--json"];
    args.extend_from_slice(extra);
    let out = dossier(&args);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (file, field, row, value) of every hit.
fn places(found: &Value) -> Vec<(String, String, u64, String)> {
    found["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["file"].as_str().unwrap().to_owned(),
                h["field"].as_str().unwrap().to_owned(),
                h["row"].as_u64().unwrap(),
                h["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn sample() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap())
        .join("../../samples/clarifai-sample.zip")
}

/// One person's details in nested JSON, CSV (one value across a quoted newline), JSON Lines,
/// an X archive's `window.YTD` file, and a JSON file cut short.
fn export(dir: &Path) -> PathBuf {
    let root = dir.join("export");
    fs::create_dir_all(root.join("data")).unwrap();
    fs::write(
        root.join("profile.json"),
        r#"{"user": {"name": "Ada Lovelace", "contact": {"email": "Ada.Lovelace@Example.com", "phone": "+1 (555) 010-0199"}}}"#,
    )
    .unwrap();
    fs::write(
        root.join("contacts.csv"),
        "name,phone,address\nAda,555-010-0199,\"12 Old Street\nLondon\"\nBob,555 010 0200,3 New Road\n",
    )
    .unwrap();
    fs::write(
        root.join("logins.jsonl"),
        "{\"ip\": \"10.0.0.12\", \"note\": \"concatenate\"}\n{\"ip\": \"10.0.0.1\", \"note\": \"a cat\"}\n",
    )
    .unwrap();
    fs::write(
        root.join("data/tweet.js"),
        r#"window.YTD.tweet.part0 = [{"tweet": {"full_text": "call me on 555.010.0199 or write to ADA.LOVELACE@example.com"}}]"#,
    )
    .unwrap();
    fs::write(
        root.join("broken.json"),
        r#"[{"email": "ada.lovelace@example.com"}, {"email": "#,
    )
    .unwrap();
    root
}

#[test]
fn an_email_is_found_whatever_its_case_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let found = search(&export(dir.path()), "ada.lovelace@EXAMPLE.COM", &[]);
    let files: Vec<String> = places(&found).into_iter().map(|p| p.0).collect();
    assert_eq!(files, ["broken.json", "data/tweet.js", "profile.json"]);
    let hit = &found["hits"][2];
    assert_eq!(hit["field"], "user.contact.email");
    assert_eq!(hit["row"], 1);
    assert_eq!(hit["value"], "Ada.Lovelace@Example.com");
    assert_eq!(hit["category"], "Contact Data/Identifiers");
    assert_eq!(found["complete"], true);
    // The file cut short was still searched up to its break, and its problem is listed.
    assert!(found["problems"][0]["path"] == "broken.json");
}

#[test]
fn a_phone_number_is_found_written_three_ways() {
    let dir = tempfile::tempdir().unwrap();
    let found = search(&export(dir.path()), "+1 (555) 010-0199", &[]);
    let values: Vec<String> = places(&found).into_iter().map(|p| p.3).collect();
    assert_eq!(
        values,
        [
            "555-010-0199",
            "call me on 555.010.0199 or write to ADA.LOVELACE@example.com",
            "+1 (555) 010-0199"
        ]
    );
}

#[test]
fn an_ip_address_matches_only_whole() {
    let dir = tempfile::tempdir().unwrap();
    let found = search(&export(dir.path()), "10.0.0.1", &[]);
    assert_eq!(
        places(&found),
        [("logins.jsonl".into(), "ip".into(), 2, "10.0.0.1".into())]
    );
    let found = search(&export(dir.path()), "10.0.0.12", &[]);
    assert_eq!(places(&found)[0].2, 1);
}

#[test]
fn whole_word_matching_skips_words_that_only_contain_the_query() {
    let dir = tempfile::tempdir().unwrap();
    let root = export(dir.path());
    assert_eq!(places(&search(&root, "cat", &[])).len(), 2);
    let found = search(&root, "cat", &["--whole-word"]);
    assert_eq!(
        places(&found),
        [("logins.jsonl".into(), "note".into(), 2, "a cat".into())]
    );
}

#[test]
fn a_value_across_a_quoted_newline_is_one_value() {
    let dir = tempfile::tempdir().unwrap();
    let found = search(&export(dir.path()), "street\nlondon", &[]);
    assert_eq!(
        places(&found),
        [(
            "contacts.csv".into(),
            "address".into(),
            1,
            "12 Old Street\nLondon".into()
        )]
    );
}

#[test]
fn the_limit_bounds_a_one_character_query() {
    let dir = tempfile::tempdir().unwrap();
    let found = search(&export(dir.path()), "a", &["--limit", "3"]);
    assert_eq!(found["hits"].as_array().unwrap().len(), 3);
    assert_eq!(found["complete"], false);
    let out = dossier(&["search", sample().to_str().unwrap(), "e", "--limit", "2"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("there may be more (raise --limit)"), "{text}");
}

#[test]
fn a_query_that_matches_nothing_says_so_and_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let root = export(dir.path());
    let found = search(&root, "no such value anywhere", &[]);
    assert_eq!(found["hits"].as_array().unwrap().len(), 0);
    let out = dossier(&["search", root.to_str().unwrap(), "zzzz"]);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("Nothing in this export matches \"zzzz\""));
}

#[test]
fn the_sample_finds_its_owner_by_email_and_phone() {
    let found = search(&sample(), "Renee.Lefevre@Example.COM", &[]);
    let hits = found["hits"].as_array().unwrap();
    assert!(hits.len() > 2);
    assert!(hits
        .iter()
        .all(|h| h["category"] == "Contact Data/Identifiers"));
    assert!(hits
        .iter()
        .any(|h| h["file"] == "account/profile.json" && h["field"] == "email" && h["row"] == 1));
    // The profile's +44 20 7946 0608, asked for as a national number.
    let found = search(&sample(), "020 7946 0608", &[]);
    assert!(places(&found)
        .iter()
        .any(|p| p.0 == "account/profile.json" && p.1 == "phone"));
}

#[test]
fn bad_arguments_exit_non_zero_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let root = export(dir.path());
    for args in [
        vec!["search", root.to_str().unwrap(), "  "],
        vec!["search", "/no/such/export.zip", "ada"],
    ] {
        let out = dossier(&args);
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("dossier: "), "{stderr}");
    }
    // clap's own usage message explains a bad limit.
    let out = dossier(&["search", root.to_str().unwrap(), "ada", "--limit", "0"]);
    assert!(!out.status.success());
    assert!(!String::from_utf8(out.stderr).unwrap().contains("panicked"));
}
