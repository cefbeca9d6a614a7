//! `dossier-sample`: writes a deterministic Clarifai-style sample export and its ground truth.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use dossier_samples::{default_truth_path, generate, SampleSize, SampleSpec, DEFAULT_SEED};

/// Write a deterministic Clarifai-style sample export (zip or folder) and its ground truth.
#[derive(Parser)]
#[command(name = "dossier-sample", version)]
struct Args {
    /// Output: a path ending in .zip writes a zip; anything else a new or empty folder.
    #[arg(long)]
    out: PathBuf,
    /// `small` (about 1 MB, the bundled sample) or a target zip size such as 20MB, 200MB, 1GB.
    #[arg(long, default_value = "small", value_parser = parse_size)]
    size: SampleSize,
    /// Seed of the random streams; the same seed and size always give the same bytes.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// Where to write the ground truth JSON (default: beside the output, NAME.truth.json).
    #[arg(long)]
    truth: Option<PathBuf>,
}

fn parse_size(text: &str) -> Result<SampleSize, String> {
    text.parse()
        .map_err(|e: dossier_samples::SampleError| e.to_string())
}

fn main() -> ExitCode {
    let args = Args::parse();
    let spec = SampleSpec {
        seed: args.seed,
        size: args.size,
    };
    let truth_path = args.truth.unwrap_or_else(|| default_truth_path(&args.out));
    let result = generate(&spec, &args.out).and_then(|truth| {
        let json = truth.to_json()?;
        std::fs::write(&truth_path, json).map_err(|source| {
            dossier_samples::SampleError::Write {
                path: truth_path.clone(),
                source,
            }
        })?;
        Ok(truth.fields.len())
    });
    match result {
        Ok(fields) => {
            println!(
                "wrote {} ({}, seed {}) and {} ({fields} fields)",
                args.out.display(),
                spec.size,
                spec.seed,
                truth_path.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("dossier-sample: {error}");
            ExitCode::FAILURE
        }
    }
}
