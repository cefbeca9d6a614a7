//! `dossier letter`: a follow-up access request from the export's gaps.

use std::io::Write;

use dossier_engine::letter::{write_letter, LetterRequest};
use dossier_engine::summary::summarize;

use crate::export_cmd::{json_line, Opened};
use crate::CliError;

pub fn letter(
    opened: &Opened<'_>,
    request: &LetterRequest,
    json: bool,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let summary = summarize(&opened.scan, opened.pack, &opened.labels);
    let letter = write_letter(&summary, opened.pack, request)?;
    if json {
        return Ok(json_line(out, &letter)?);
    }
    Ok(out.write_all(letter.to_plain_text().as_bytes())?)
}
