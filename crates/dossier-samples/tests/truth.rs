//! The ground truth lists exactly the fields in the files, and covers all ten categories.

mod common;

use std::collections::BTreeSet;

use dossier_samples::{generate, Category, SampleSpec};

#[test]
fn truth_lists_exactly_the_fields_present() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("sample.zip");
    let truth = generate(&SampleSpec::default(), &zip).unwrap();

    let listed: Vec<(String, String)> = truth
        .fields
        .iter()
        .map(|f| (f.file.clone(), f.field.clone()))
        .collect();
    let unique: BTreeSet<(String, String)> = listed.iter().cloned().collect();
    assert_eq!(unique.len(), listed.len(), "duplicate truth entries");

    let mut derived = BTreeSet::new();
    for (name, bytes) in common::read_zip(&zip) {
        let fields = if name == "logs/broken_export.json" {
            assert!(
                serde_json::from_slice::<serde_json::Value>(&bytes).is_err(),
                "the broken file must stay broken"
            );
            common::json_fields(&salvage(&bytes))
        } else if name.ends_with(".json") {
            common::json_fields(&serde_json::from_slice(&bytes).unwrap())
        } else if name.ends_with(".jsonl") {
            let text = std::str::from_utf8(&bytes).unwrap();
            text.lines()
                .flat_map(|line| common::json_fields(&serde_json::from_str(line).unwrap()))
                .collect()
        } else if name.ends_with(".csv") {
            common::csv_fields(&bytes)
        } else if name.ends_with(".jpg") {
            let mut fields = common::exif_fields(&bytes);
            fields.insert(String::new());
            fields
        } else if name.ends_with(".png") {
            BTreeSet::from([String::new()])
        } else {
            panic!("unexpected file {name}");
        };
        derived.extend(fields.into_iter().map(|field| (name.clone(), field)));
    }

    let missing: Vec<_> = derived.difference(&unique).collect();
    let extra: Vec<_> = unique.difference(&derived).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "fields in files but not in truth: {missing:?}\nfields in truth but not in files: {extra:?}"
    );
}

/// What a salvaging reader recovers from the truncated log: everything up to the last
/// complete entry, with the envelope closed.
fn salvage(bytes: &[u8]) -> serde_json::Value {
    let text = std::str::from_utf8(bytes).unwrap();
    let last_complete = text
        .rfind("},\n")
        .expect("a complete entry before the break");
    let repaired = format!("{}}}\n  ]\n}}", &text[..last_complete]);
    serde_json::from_str(&repaired).unwrap()
}

#[test]
fn every_category_is_present_with_exact_names() {
    let dir = tempfile::tempdir().unwrap();
    let truth = generate(&SampleSpec::default(), &dir.path().join("s.zip")).unwrap();
    let names: BTreeSet<&str> = truth
        .fields
        .iter()
        .filter_map(|f| f.category.as_deref())
        .collect();
    let expected: BTreeSet<&str> = Category::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(names, expected);
    assert!(truth.fields.iter().any(|f| f.category.is_none()));
}

#[test]
fn latin1_csv_is_not_utf8_and_has_its_names() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("s.zip");
    generate(&SampleSpec::default(), &zip).unwrap();
    let entries = common::read_zip(&zip);
    let (_, bytes) = entries
        .iter()
        .find(|(n, _)| n == "careers/application.csv")
        .unwrap();
    assert!(std::str::from_utf8(bytes).is_err());
    assert!(bytes.iter().any(|&b| b >= 0xa0), "needs Latin-1 letters");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"));
}

#[test]
fn truth_json_has_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    let truth = generate(&SampleSpec::default(), &dir.path().join("s.zip")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&truth.to_json().unwrap()).unwrap();
    let first = &value["fields"][0];
    assert!(first["file"].is_string() && first["field"].is_string());
    assert!(first.get("category").is_some());
}
