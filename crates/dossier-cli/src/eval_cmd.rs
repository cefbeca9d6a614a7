//! `dossier eval`: the classification against a ground-truth file.

use std::io::Write;

use dossier_engine::evaluate::{evaluate, Expected, Tally, CONFIDENT};
use dossier_engine::summary::field_rows;

use crate::export_cmd::{display_field, json_line, Opened};
use crate::text_table::render;
use crate::CliError;

pub fn eval(
    opened: &Opened<'_>,
    truth: &[Expected],
    json: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let result = evaluate(&field_rows(&opened.scan, &opened.labels), truth);
    if json {
        return Ok(json_line(out, &result)?);
    }
    let o = &result.overall;
    writeln!(
        out,
        "{} fields in the truth file ({} with a category, {} not personal data)",
        result.fields,
        o.expected,
        result.fields - o.expected
    )?;
    writeln!(out, "overall: {}\n", tally_text(o))?;
    let rows: Vec<Vec<String>> = result
        .categories
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                format!("{:.3}", c.tally.precision),
                format!("{}/{}", c.tally.correct, c.tally.labelled),
                format!("{:.3}", c.tally.recall),
                format!("{}/{}", c.tally.correct, c.tally.expected),
            ]
        })
        .collect();
    out.write_all(
        render(
            &["Category", "Precision", "", "Recall", ""],
            &rows,
            &[48, 9, 9, 6, 9],
        )
        .as_bytes(),
    )?;
    writeln!(out, "\nCalibration (labels given, by confidence):")?;
    let bands: Vec<Vec<String>> = result
        .calibration
        .iter()
        .filter(|b| b.labels > 0)
        .map(|b| {
            vec![
                format!("{:.1}–{:.1}", b.from, b.to),
                b.labels.to_string(),
                b.correct.to_string(),
                b.accuracy
                    .map_or_else(String::new, |a| format!("{:.0}%", a * 100.0)),
            ]
        })
        .collect();
    out.write_all(
        render(
            &["Confidence", "Labels", "Right", "Right %"],
            &bands,
            &[10, 6, 6, 7],
        )
        .as_bytes(),
    )?;
    if let Some(a) = result.confident_accuracy {
        writeln!(
            out,
            "labels with confidence ≥ {CONFIDENT}: {:.1}% right",
            a * 100.0
        )?;
    }
    writeln!(out, "\nMisses ({}):", result.misses.len())?;
    for m in &result.misses {
        writeln!(
            out,
            "  - {} : {} — expected {}, got {} ({:.2}): {}",
            m.file,
            display_field(&m.field),
            m.expected.as_deref().unwrap_or("not personal data"),
            m.got.as_deref().unwrap_or("unclassified"),
            m.confidence,
            m.evidence
        )?;
    }
    if !result.not_in_export.is_empty() {
        writeln!(
            out,
            "\nIn the truth file but not in the export ({}), counted as unlabelled:",
            result.not_in_export.len()
        )?;
        for key in &result.not_in_export {
            writeln!(out, "  - {key}")?;
        }
    }
    if !result.not_in_truth.is_empty() {
        writeln!(
            out,
            "\nIn the export but not in the truth file ({}), not scored:",
            result.not_in_truth.len()
        )?;
        for key in &result.not_in_truth {
            writeln!(out, "  - {key}")?;
        }
    }
    Ok(())
}

fn tally_text(t: &Tally) -> String {
    format!(
        "precision {:.3} ({}/{}), recall {:.3} ({}/{})",
        t.precision, t.correct, t.labelled, t.recall, t.correct, t.expected
    )
}
