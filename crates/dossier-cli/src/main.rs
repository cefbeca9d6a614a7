//! `dossier`: reads a personal-data export and reports it by the categories of the company's
//! privacy policy. A thin layer over `dossier-engine`; see the brief's command-line contract.

mod check_cmd;
mod eval_cmd;
mod export_cmd;
mod letter_cmd;
mod policy_cmd;
mod report_cmd;
mod search_cmd;
mod text_table;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dossier_policy::{CalendarDate, PolicyPack};

#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    about = "Read a personal-data export by the categories of a privacy policy"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What every command that reads an export takes.
#[derive(clap::Args)]
struct ExportArgs {
    /// A .zip, a folder, or a single .json/.jsonl/.csv/.tsv/.js file.
    export: PathBuf,
    /// A policy pack (.toml) to use instead of the built-in Clarifai policy.
    #[arg(long)]
    pack: Option<PathBuf>,
    /// Corrections in the dossier.json manifest format, applied over the rules (repeatable;
    /// a later file wins).
    #[arg(long, value_name = "FILE")]
    manifest: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Every policy category with its records, fields and files; what is missing; the problems.
    Summary {
        #[command(flatten)]
        args: ExportArgs,
        #[arg(long)]
        json: bool,
        /// Presenter mode: print stand-ins instead of the export's values and of names that
        /// may carry them (a random key per run; the same value gets the same stand-in).
        #[arg(long)]
        mask: bool,
    },
    /// One row per field: its category, confidence, evidence and example values.
    Fields {
        #[command(flatten)]
        args: ExportArgs,
        #[arg(long)]
        json: bool,
        /// Presenter mode: print stand-ins instead of the export's values and of names that
        /// may carry them (a random key per run; the same value gets the same stand-in).
        #[arg(long)]
        mask: bool,
    },
    /// Every place a value occurs: file, field, record number, value and category. Ignores
    /// case; an e-mail matches whatever its case, a phone number whatever its punctuation or
    /// country prefix, an IP address only whole.
    Search {
        #[command(flatten)]
        args: ExportArgs,
        /// The value to look for: an e-mail address, a phone number, an IP address, any text.
        query: String,
        /// Most places to list; the search stops there.
        #[arg(long, default_value_t = search_cmd::DEFAULT_LIMIT, value_parser = clap::value_parser!(u64).range(1..))]
        limit: u64,
        /// Match the query only as whole words ("cat" does not find "concatenate").
        #[arg(long)]
        whole_word: bool,
        #[arg(long)]
        json: bool,
        /// Presenter mode: print stand-ins instead of the export's values and of names that
        /// may carry them (a random key per run; the same value gets the same stand-in).
        #[arg(long)]
        mask: bool,
    },
    /// Precision and recall of the classification against a ground-truth file, with every miss.
    Eval {
        #[command(flatten)]
        args: ExportArgs,
        /// JSON mapping "path/in/export::field" to a category name or null.
        truth: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// A follow-up access request from what the export lacks, addressed with the policy's
    /// contact details; printed to edit and send yourself.
    Letter {
        #[command(flatten)]
        args: ExportArgs,
        /// The law to write under (the pack's laws: gdpr, ccpa).
        #[arg(long, default_value = "gdpr")]
        law: String,
        /// Your name, to sign the letter.
        #[arg(long)]
        name: Option<String>,
        /// The e-mail address of your account, so the company can find it.
        #[arg(long)]
        email: Option<String>,
        /// The day you send it, from which the deadline counts (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = CalendarDate::parse)]
        date: Option<CalendarDate>,
        #[arg(long)]
        json: bool,
    },
    /// One self-contained HTML report (no script, no remote resource) of the categories,
    /// fields, gaps and problems; value-free unless --include-values is given.
    Report {
        #[command(flatten)]
        args: ExportArgs,
        /// Write the report to FILE (outside the export) instead of the standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Add up to three example values per field of this category (name or id; repeatable).
        #[arg(long, value_name = "CATEGORY")]
        include_values: Vec<String>,
        /// Presenter mode: print stand-ins instead of the export's values and of names that
        /// may carry them (a random key per run; the same value gets the same stand-in).
        #[arg(long)]
        mask: bool,
    },
    /// The annotated policy; `dossier policy search QUERY` searches it.
    Policy {
        #[command(subcommand)]
        action: Option<PolicyAction>,
        #[arg(long, global = true)]
        json: bool,
        #[arg(long, global = true)]
        pack: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum PolicyAction {
    /// Ranked sections matching QUERY (words, prefixes, "quoted phrases").
    Search { query: String },
    /// Check a pack for its maintainer: every rule, and notes whose sources were last checked
    /// more than a year ago (warnings; the exit status stays 0).
    Check {
        /// Check as of this day instead of today (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = CalendarDate::parse)]
        today: Option<CalendarDate>,
    },
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Open(#[from] dossier_engine::OpenError),
    #[error(transparent)]
    Pack(#[from] dossier_policy::PackError),
    #[error(transparent)]
    Manifest(#[from] dossier_engine::classify::manifest::ManifestError),
    #[error(transparent)]
    Truth(#[from] dossier_engine::evaluate::TruthError),
    #[error(transparent)]
    Search(#[from] dossier_engine::search::SearchError),
    #[error(transparent)]
    Letter(#[from] dossier_engine::letter::LetterError),
    #[error(transparent)]
    Report(#[from] dossier_engine::report::ReportError),
    #[error(transparent)]
    Mask(#[from] dossier_engine::mask::MaskError),
    #[error("{} is inside the export, and Dossier never writes there; choose a file outside it", .0.display())]
    InsideExport(PathBuf),
    #[error("could not write the output: {0}")]
    Output(#[from] std::io::Error),
}

/// The built-in Clarifai pack, or the pack at `path`, kept in `slot`.
fn pack_from<'a>(
    path: Option<&PathBuf>,
    slot: &'a mut Option<PolicyPack>,
) -> Result<&'a PolicyPack, CliError> {
    Ok(match path {
        Some(p) => slot.insert(PolicyPack::load(p)?),
        None => PolicyPack::clarifai(),
    })
}

fn run(cli: Cli) -> Result<(), CliError> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut loaded = None;
    match cli.command {
        Command::Summary { args, json, mask } => {
            let pack = pack_from(args.pack.as_ref(), &mut loaded)?;
            export_cmd::summary(
                &export_cmd::open(&args.export, &args.manifest, pack, mask)?,
                json,
                &mut out,
            )?
        }
        Command::Fields { args, json, mask } => {
            let pack = pack_from(args.pack.as_ref(), &mut loaded)?;
            export_cmd::fields(
                &export_cmd::open(&args.export, &args.manifest, pack, mask)?,
                json,
                &mut out,
            )?
        }
        Command::Search {
            args,
            query,
            limit,
            whole_word,
            json,
            mask,
        } => {
            let request = dossier_engine::search::SearchRequest {
                query,
                mode: if whole_word {
                    dossier_engine::search::TextMatch::WholeWord
                } else {
                    dossier_engine::search::TextMatch::Substring
                },
                limit: usize::try_from(limit).unwrap_or(usize::MAX),
            };
            // An empty query fails before the export is read.
            if request.query.trim().is_empty() {
                return Err(dossier_engine::search::SearchError::EmptyQuery.into());
            }
            let pack = pack_from(args.pack.as_ref(), &mut loaded)?;
            // The scan indexes the values, so that the search reads again only the files
            // that may hold the query.
            let options = dossier_engine::ScanOptions {
                index_values: true,
                ..Default::default()
            };
            let opened = export_cmd::open_with(&args.export, &args.manifest, pack, mask, &options)?;
            search_cmd::search(&opened, &args.export, &request, json, &mut out)?
        }
        Command::Eval { args, truth, json } => {
            let pack = pack_from(args.pack.as_ref(), &mut loaded)?;
            let truth = dossier_engine::evaluate::load_truth(&truth)?;
            let opened = export_cmd::open(&args.export, &args.manifest, pack, false)?;
            eval_cmd::eval(&opened, &truth, json, &mut out)?
        }
        Command::Letter {
            args,
            law,
            name,
            email,
            date,
            json,
        } => {
            let pack = pack_from(args.pack.as_ref(), &mut loaded)?;
            let request = dossier_engine::letter::LetterRequest {
                law,
                name,
                email,
                date: date.unwrap_or_else(CalendarDate::today),
            };
            let opened = export_cmd::open(&args.export, &args.manifest, pack, false)?;
            letter_cmd::letter(&opened, &request, json, &mut out)?
        }
        Command::Report {
            args,
            out: out_file,
            include_values,
            mask,
        } => {
            let pack = pack_from(args.pack.as_ref(), &mut loaded)?;
            let request = dossier_engine::report::ReportRequest { include_values };
            // A category that does not exist fails before the export is read.
            request.categories(pack)?;
            let opened = export_cmd::open(&args.export, &args.manifest, pack, mask)?;
            report_cmd::report(
                &opened,
                &args.export,
                &request,
                out_file.as_deref(),
                &mut out,
            )?
        }
        Command::Policy { action, json, pack } => {
            let pack = pack_from(pack.as_ref(), &mut loaded)?;
            match action {
                None => policy_cmd::print_policy(pack, json, &mut out)?,
                Some(PolicyAction::Search { query }) => {
                    policy_cmd::print_search(pack, &query, json, &mut out)?
                }
                Some(PolicyAction::Check { today }) => check_cmd::print_check(
                    pack,
                    today.unwrap_or_else(CalendarDate::today),
                    json,
                    &mut out,
                )?,
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn main() -> ExitCode {
    // A bug must never greet a user with a backtrace: one line, and a non-zero exit.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("dossier: internal error{place}; please report it with the command you ran");
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`dossier fields x | head`) is not an error worth a message.
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: {e}");
            ExitCode::FAILURE
        }
    }
}
