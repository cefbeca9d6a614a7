//! The committed sample (`samples/` at the repository root) is exactly what the code makes,
//! so the bundled export always has the code that produced it.

use dossier_samples::{generate, SampleSpec};

const REGENERATE: &str = "regenerate with: cargo run -p dossier-samples --bin dossier-sample -- \
     --out samples/clarifai-sample.zip --truth samples/clarifai-sample.truth.json";

#[test]
fn committed_sample_is_up_to_date() {
    let samples = manifest_dir().join("../../samples");
    let committed_zip = std::fs::read(samples.join("clarifai-sample.zip"))
        .unwrap_or_else(|e| panic!("samples/clarifai-sample.zip: {e}; {REGENERATE}"));
    let committed_truth = std::fs::read_to_string(samples.join("clarifai-sample.truth.json"))
        .unwrap_or_else(|e| panic!("samples/clarifai-sample.truth.json: {e}; {REGENERATE}"));

    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("clarifai-sample.zip");
    let truth = generate(&SampleSpec::default(), &fresh).unwrap();
    assert!(
        std::fs::read(&fresh).unwrap() == committed_zip,
        "samples/clarifai-sample.zip is stale; {REGENERATE}"
    );
    assert!(
        truth.to_json().unwrap() == committed_truth,
        "samples/clarifai-sample.truth.json is stale; {REGENERATE}"
    );
}

/// The crate's folder, read when the test runs: a path baked in at compile time would point at
/// the checkout that built the binary, which a shared build cache may not be this one.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .expect("cargo sets CARGO_MANIFEST_DIR when it runs tests")
        .into()
}
