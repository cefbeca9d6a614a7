//! `dossier search EXPORT QUERY`: every place a value occurs in the export.

use std::io::Write;

use dossier_engine::search::{search_values, SearchRequest, TextMatch, ValueSearch};
use dossier_engine::summary::field_rows;
use dossier_engine::ScanOptions;

use crate::export_cmd::{display_field, json_line, Opened};
use crate::text_table::render;
use crate::CliError;

/// Hits printed when `--limit` is not given: enough for a person to read, and a one-letter
/// query still ends quickly.
pub const DEFAULT_LIMIT: u64 = 200;

pub fn search(
    opened: &Opened<'_>,
    export: &std::path::Path,
    request: &SearchRequest,
    json: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let rows = field_rows(&opened.scan, &opened.labels);
    let mut found = search_values(
        export,
        &opened.scan,
        &rows,
        request,
        &ScanOptions::default(),
        &mut (),
    )?;
    // The search matches the real values (the person typed the query); only what is printed
    // is masked.
    if let Some(p) = &opened.presenter {
        p.mask.search(&mut found, &p.names);
    }
    if json {
        return Ok(json_line(out, &found)?);
    }
    print_text(&found, request, out)
}

fn print_text(
    found: &ValueSearch,
    request: &SearchRequest,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let how = match request.mode {
        TextMatch::Substring => "",
        TextMatch::WholeWord => " as a whole word",
    };
    if found.hits.is_empty() {
        writeln!(
            out,
            "Nothing in this export matches \"{}\"{how} ({} files searched).",
            found.query, found.files_searched
        )?;
    } else {
        let rows: Vec<Vec<String>> = found
            .hits
            .iter()
            .map(|h| {
                vec![
                    h.file.clone(),
                    display_field(&h.field).to_owned(),
                    h.row.to_string(),
                    h.value.clone(),
                    h.category.clone().unwrap_or_else(|| "unclassified".into()),
                ]
            })
            .collect();
        out.write_all(
            render(
                &["File", "Field", "Record", "Value", "Category"],
                &rows,
                &[40, 32, 8, 48, 40],
            )
            .as_bytes(),
        )?;
        if found.complete {
            writeln!(
                out,
                "\n{} place(s) match \"{}\"{how}.",
                found.hits.len(),
                found.query
            )?;
        } else {
            writeln!(
                out,
                "\nThe first {} places that match \"{}\"{how}; there may be more (raise --limit).",
                found.hits.len(),
                found.query
            )?;
        }
    }
    if !found.problems.is_empty() {
        writeln!(
            out,
            "\nNot searched, or only in part ({}):",
            found.problems.len()
        )?;
        for p in &found.problems {
            writeln!(out, "  - {}: {}", p.path, p.message)?;
        }
    }
    Ok(())
}
