//! Deterministic generator of Clarifai-style data-portability exports, with the ground truth
//! (field → policy category) that the classifier is measured against.
//!
//! Same seed and size give byte-identical output: fixed timestamps, entries in sorted order,
//! one seeded random stream per record, no hash-map iteration anywhere. Large sizes stream to
//! disk record by record, so memory stays flat apart from the ground truth itself.

mod archive;
pub mod canary;
mod category;
mod clock;
mod error;
mod files;
mod images;
mod json;
mod latin1;
mod net;
mod people;
mod rng;
mod spec;
mod truth;

use std::path::Path;

pub use category::Category;
pub use error::SampleError;
pub use spec::{SampleSize, SampleSpec, DEFAULT_SEED, MAX_BYTES, MIN_BYTES};
pub use truth::{GroundTruth, TruthField};

/// Writes the sample export to `out` (a `.zip` file, or else a new or empty folder) and
/// returns its ground truth.
pub fn generate(spec: &SampleSpec, out: &Path) -> Result<GroundTruth, SampleError> {
    let ctx = files::Ctx {
        seed: spec.seed,
        plan: spec::Plan::for_size(spec.size),
        person: people::Person::account_holder(spec.seed),
    };
    let mut archive = archive::Archive::create(out)?;
    let mut truth = GroundTruth::default();
    files::write_all(&ctx, &mut archive, &mut truth)?;
    archive.finish()?;
    Ok(truth)
}

/// Where the ground truth goes by default: beside `out`, `NAME.truth.json` for `NAME.zip`
/// or a folder `NAME`.
pub fn default_truth_path(out: &Path) -> std::path::PathBuf {
    let is_zip = out
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("zip"));
    let stem = if is_zip {
        out.file_stem()
    } else {
        out.file_name()
    };
    let mut name = stem.unwrap_or_default().to_os_string();
    name.push(".truth.json");
    out.with_file_name(name)
}
