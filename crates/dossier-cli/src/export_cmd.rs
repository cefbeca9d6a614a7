//! `dossier summary` and `dossier fields`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use dossier_engine::classify::manifest::Manifest;
use dossier_engine::classify::{classify_with, Corrections, FieldLabel};
use dossier_engine::limits::human_bytes;
use dossier_engine::mask::Mask;
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
}

/// Reads the export and labels its fields, with the corrections of `manifests` over the rules.
/// The manifests are checked before the export is read, so a typo in one fails fast.
pub fn open<'p>(
    export: &Path,
    manifests: &[PathBuf],
    pack: &'p PolicyPack,
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
    let scan = scan_export(export, &ScanOptions::default(), &mut ())?;
    let labels = classify_with(&scan, pack, &corrections);
    Ok(Opened { scan, labels, pack })
}

/// Presenter mode's mask when `on`: a new random key for this run.
pub fn presenter(pack: &PolicyPack, on: bool) -> Result<Option<Mask>, CliError> {
    Ok(if on { Some(Mask::new(pack)?) } else { None })
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

/// The summary of `opened`, masked when `mask` is given.
pub fn masked_summary(opened: &Opened<'_>, mask: Option<&Mask>) -> Summary {
    let mut summary = summarize(&opened.scan, opened.pack, &opened.labels);
    if let Some(mask) = mask {
        mask.summary(&mut summary, &mask.export_names(&opened.scan));
    }
    summary
}

/// The field rows of `opened`, masked when `mask` is given.
pub fn masked_rows(opened: &Opened<'_>, mask: Option<&Mask>) -> Vec<FieldRow> {
    let mut rows = field_rows(&opened.scan, &opened.labels);
    if let Some(mask) = mask {
        mask.rows(&mut rows, &mask.export_names(&opened.scan));
    }
    rows
}

pub fn summary(
    opened: &Opened<'_>,
    json: bool,
    mask: Option<&Mask>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let summary = masked_summary(opened, mask);
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

pub fn fields(
    opened: &Opened<'_>,
    json: bool,
    mask: Option<&Mask>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let rows = masked_rows(opened, mask);
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
