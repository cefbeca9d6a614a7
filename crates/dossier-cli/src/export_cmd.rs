//! `dossier summary` and `dossier fields`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use dossier_engine::classify::manifest::Manifest;
use dossier_engine::classify::{classify_with, Corrections, FieldLabel};
use dossier_engine::limits::human_bytes;
use dossier_engine::mask::{ExportNames, Mask};
use dossier_engine::summary::{field_rows, summarize, CategoryStatus, FieldRow, Summary};
use dossier_engine::{scan_export, ExportScan, ScanOptions};
use dossier_policy::PolicyPack;

use crate::text_table::render;
use crate::CliError;

/// An export read and labelled: what every export command starts from.
pub struct Opened<'p> {
    pub scan: ExportScan,
    pub labels: Vec<FieldLabel>,
    pub pack: &'p PolicyPack,
    /// Presenter mode (`--mask`): what the command prints goes through it.
    pub presenter: Option<Presenter>,
}

/// Presenter mode for one run: a new random key, and the export's names as it shows them.
pub struct Presenter {
    pub mask: Mask,
    pub names: ExportNames,
}

/// Reads the export and labels its fields, with the corrections of `manifests` over the rules;
/// with `mask`, for presenter mode. The manifests are checked and the mask made before the
/// export is read, so a typo in one fails fast.
pub fn open<'p>(
    export: &Path,
    manifests: &[PathBuf],
    pack: &'p PolicyPack,
    mask: bool,
) -> Result<Opened<'p>, CliError> {
    open_with(export, manifests, pack, mask, &ScanOptions::default())
}

/// `open`, scanning with `options` (a search asks for the index of values).
pub fn open_with<'p>(
    export: &Path,
    manifests: &[PathBuf],
    pack: &'p PolicyPack,
    mask: bool,
    options: &ScanOptions,
) -> Result<Opened<'p>, CliError> {
    let loaded: Vec<(Manifest, String)> = manifests
        .iter()
        .map(|path| {
            let manifest = Manifest::load(path, pack)?;
            Ok((manifest, format!("the manifest {}", path.display())))
        })
        .collect::<Result<_, CliError>>()?;
    let corrections: Vec<Corrections<'_>> = loaded
        .iter()
        .map(|(manifest, origin)| Corrections { manifest, origin })
        .collect();
    let mask = if mask { Some(Mask::new(pack)?) } else { None };
    let scan = scan_export(export, options, &mut ())?;
    let labels = classify_with(&scan, pack, &corrections);
    let presenter = mask.map(|mask| Presenter {
        names: mask.export_names(&scan),
        mask,
    });
    Ok(Opened {
        scan,
        labels,
        pack,
        presenter,
    })
}

/// A field's name for people: an image or other whole file has none.
pub fn display_field(field: &str) -> &str {
    if field.is_empty() {
        "(whole file)"
    } else {
        field
    }
}

pub fn json_line(out: &mut dyn Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)
}

/// The summary of `opened`, as presenter mode shows it when it is on.
pub fn shown_summary(opened: &Opened<'_>) -> Summary {
    let mut summary = summarize(&opened.scan, opened.pack, &opened.labels);
    if let Some(p) = &opened.presenter {
        p.mask.summary(&mut summary, &p.names);
    }
    summary
}

/// The field rows of `opened`, as presenter mode shows them when it is on.
pub fn shown_rows(opened: &Opened<'_>) -> Vec<FieldRow> {
    let mut rows = field_rows(&opened.scan, &opened.labels);
    if let Some(p) = &opened.presenter {
        p.mask.rows(&mut rows, &p.names);
    }
    rows
}

pub fn summary(opened: &Opened<'_>, json: bool, out: &mut dyn Write) -> Result<(), CliError> {
    let summary = shown_summary(opened);
    if json {
        return Ok(json_line(out, &summary)?);
    }
    writeln!(out, "{} — read against {}", summary.export, summary.policy)?;
    let f = &summary.files;
    writeln!(
        out,
        "{} files: {} read, {} partly read, {} failed, {} of kinds Dossier does not read\n",
        f.total, f.read, f.partial, f.failed, f.not_read
    )?;
    let rows: Vec<Vec<String>> = summary
        .categories
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                match c.status {
                    CategoryStatus::Found => "found".into(),
                    CategoryStatus::DisclosedNotFound => "disclosed, not found".into(),
                },
                c.records.to_string(),
                c.fields.to_string(),
                c.files.join(", "),
            ]
        })
        .collect();
    out.write_all(
        render(
            &["Category", "Status", "Records", "Fields", "Files"],
            &rows,
            &[48, 20, 9, 6, 40],
        )
        .as_bytes(),
    )?;
    if !summary.missing.is_empty() {
        writeln!(
            out,
            "\nDisclosed by the policy but not found in this export:"
        )?;
        for name in &summary.missing {
            writeln!(out, "  - {name}")?;
        }
    }
    if !summary.undisclosed.is_empty() {
        writeln!(out, "\nFound but not disclosed by the policy:")?;
        for u in &summary.undisclosed {
            writeln!(
                out,
                "  - {} : {} looks like {} ({})",
                u.file, u.field, u.kind, u.evidence
            )?;
        }
    }
    writeln!(out, "\nUnclassified fields: {}", summary.unclassified.len())?;
    for u in &summary.unclassified {
        let field = display_field(&u.field);
        writeln!(
            out,
            "  - {} : {} (e.g. {})",
            u.file,
            field,
            u.examples.join(", ")
        )?;
    }
    if !summary.not_read.is_empty() {
        writeln!(out, "\nFiles of kinds Dossier does not read:")?;
        for n in &summary.not_read {
            writeln!(out, "  - {} ({})", n.path, human_bytes(n.size))?;
        }
    }
    if !summary.problems.is_empty() {
        writeln!(out, "\nProblems ({}):", summary.problems.len())?;
        for p in &summary.problems {
            writeln!(out, "  - {}: {}", p.path, p.message)?;
        }
    }
    Ok(())
}

pub fn fields(opened: &Opened<'_>, json: bool, out: &mut dyn Write) -> Result<(), CliError> {
    let rows = shown_rows(opened);
    if json {
        return Ok(json_line(out, &rows)?);
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.file.clone(),
                display_field(&r.field).to_owned(),
                match (&r.category, &r.undisclosed) {
                    (Some(c), _) => c.clone(),
                    (None, Some(u)) => format!("not disclosed: {u}"),
                    (None, None) => "unclassified".into(),
                },
                format!("{:.2}", r.confidence),
                r.examples.join(" | "),
                r.evidence.clone(),
            ]
        })
        .collect();
    out.write_all(
        render(
            &["File", "Field", "Category", "Conf.", "Examples", "Evidence"],
            &table,
            &[36, 32, 30, 5, 40, 60],
        )
        .as_bytes(),
    )?;
    Ok(())
}
