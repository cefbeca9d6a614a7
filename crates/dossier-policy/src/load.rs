//! Reading a pack: from the file embedded for Clarifai, from a path, or from a string.
//! Every route goes through the same normalization and validation.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::error::PackError;
use crate::letter::LetterTemplates;
use crate::pack::{Block, PolicyPack};
use crate::text::normalize_whitespace;
use crate::validate::validate;

const CLARIFAI_FILE: &str = "clarifai-2021-10-13.toml";
const CLARIFAI_TOML: &str = include_str!("../../../policies/clarifai-2021-10-13.toml");

impl PolicyPack {
    /// Clarifai's Privacy Policy (effective 13 October 2021), built into the binary and parsed
    /// once.
    pub fn clarifai() -> &'static PolicyPack {
        static PACK: OnceLock<PolicyPack> = OnceLock::new();
        PACK.get_or_init(|| {
            // The embedded file is checked by this crate's tests, so failing here is a build
            // defect, not bad input.
            parse(CLARIFAI_TOML, CLARIFAI_FILE)
                .unwrap_or_else(|e| panic!("the built-in Clarifai pack is broken: {e}"))
        })
    }

    /// Loads another company's pack from a TOML file.
    pub fn load(path: impl AsRef<Path>) -> Result<PolicyPack, PackError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| PackError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        parse(&text, &path.display().to_string())
    }

    /// Parses a pack from TOML text, e.g. one the user pasted or an app received.
    pub fn from_toml_str(text: &str) -> Result<PolicyPack, PackError> {
        parse(text, "(TOML text)")
    }
}

fn parse(text: &str, origin: &str) -> Result<PolicyPack, PackError> {
    let mut pack: PolicyPack = toml::from_str(text).map_err(|source| PackError::Syntax {
        origin: origin.to_owned(),
        source: Box::new(source),
    })?;
    normalize(&mut pack);
    let problems = validate(&pack);
    if problems.is_empty() {
        Ok(pack)
    } else {
        Err(PackError::Invalid {
            origin: origin.to_owned(),
            problems,
        })
    }
}

/// Collapses whitespace in every text field, so that quotes match however the author wrapped
/// lines, and fills in each section's derived `text` and `depth`.
fn normalize(pack: &mut PolicyPack) {
    let m = &mut pack.metadata;
    for field in [
        &mut m.company,
        &mut m.title,
        &mut m.effective_date,
        &mut m.source,
    ] {
        *field = normalize_whitespace(field);
    }
    pack.disclaimer = normalize_whitespace(&pack.disclaimer);
    for group in &mut pack.synonyms {
        for word in group.iter_mut() {
            *word = normalize_whitespace(word);
        }
    }

    let mut depths: HashMap<String, usize> = HashMap::new();
    for section in &mut pack.sections {
        section.id = normalize_whitespace(&section.id);
        section.title = normalize_whitespace(&section.title);
        for block in &mut section.blocks {
            normalize_block(block);
        }
        section.text = section
            .blocks
            .iter()
            .map(Block::to_plain_text)
            .collect::<Vec<_>>()
            .join("\n");
        section.depth = section
            .parent
            .as_ref()
            .and_then(|p| depths.get(p))
            .map_or(0, |d| d + 1);
        depths.insert(section.id.clone(), section.depth);
    }

    for category in &mut pack.categories {
        for field in [
            &mut category.id,
            &mut category.name,
            &mut category.summary,
            &mut category.explanation,
        ] {
            *field = normalize_whitespace(field);
        }
    }
    if let Some(letter) = &mut pack.letter {
        normalize_letter(letter);
    }
    for annotation in &mut pack.annotations {
        annotation.quote = normalize_whitespace(&annotation.quote);
        annotation.note = normalize_whitespace(&annotation.note);
        for source in &mut annotation.sources {
            source.cite = normalize_whitespace(&source.cite);
            source.url = source.url.trim().to_owned();
        }
        if let Some(checked) = &mut annotation.checked {
            *checked = checked.trim().to_owned();
        }
    }
}

fn normalize_block(block: &mut Block) {
    match block {
        Block::Paragraph { text } | Block::Item { text, .. } => *text = normalize_whitespace(text),
        Block::Table { header, rows } => {
            for cell in header.iter_mut().chain(rows.iter_mut().flatten()) {
                *cell = normalize_whitespace(cell);
            }
        }
    }
}

fn normalize_letter(letter: &mut LetterTemplates) {
    for field in [
        &mut letter.recipient,
        &mut letter.greeting,
        &mut letter.email,
        &mut letter.section,
        &mut letter.note,
    ] {
        *field = normalize_whitespace(field);
    }
    for law in &mut letter.laws {
        for field in [
            &mut law.id,
            &mut law.name,
            &mut law.subject,
            &mut law.opening,
            &mut law.missing,
            &mut law.undisclosed,
            &mut law.unreadable,
            &mut law.closing,
        ] {
            *field = normalize_whitespace(field);
        }
    }
    for question in &mut letter.questions {
        question.section = normalize_whitespace(&question.section);
        question.text = normalize_whitespace(&question.text);
    }
}
