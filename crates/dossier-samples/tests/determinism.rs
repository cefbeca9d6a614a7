//! Same seed and size give byte-identical output, in zip and folder form alike.

mod common;

use dossier_samples::{generate, SampleSize, SampleSpec};

#[test]
fn same_seed_gives_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let spec = SampleSpec::default();
    let (a, b) = (dir.path().join("a.zip"), dir.path().join("b.zip"));
    let truth_a = generate(&spec, &a).unwrap();
    let truth_b = generate(&spec, &b).unwrap();
    assert!(std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap());
    assert_eq!(truth_a.to_json().unwrap(), truth_b.to_json().unwrap());

    let other = generate(
        &SampleSpec {
            seed: spec.seed + 1,
            size: SampleSize::Small,
        },
        &dir.path().join("c.zip"),
    )
    .unwrap();
    assert_ne!(truth_a, other, "another seed must give another sample");
}

#[test]
fn entries_are_sorted_and_folder_output_matches_the_zip() {
    let dir = tempfile::tempdir().unwrap();
    let spec = SampleSpec::default();
    let zip = dir.path().join("sample.zip");
    let folder = dir.path().join("sample");
    let zip_truth = generate(&spec, &zip).unwrap();
    let folder_truth = generate(&spec, &folder).unwrap();
    assert_eq!(zip_truth, folder_truth);

    let entries = common::read_zip(&zip);
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted, "zip entries must be in sorted order");
    for (name, content) in &entries {
        let on_disk = std::fs::read(folder.join(name)).unwrap();
        assert!(&on_disk == content, "{name} differs between zip and folder");
    }
}

#[test]
fn a_non_empty_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stale.txt"), "x").unwrap();
    let error = generate(&SampleSpec::default(), dir.path()).unwrap_err();
    assert!(error.to_string().contains("not empty"), "{error}");
}
