//! A follow-up access request built from what an export lacks: the categories the policy
//! discloses but the export does not hold, the personal data it holds that the policy does not
//! disclose, the files that could not be read, and the questions the policy's own gaps raise.
//!
//! The wording, the deadline and the address come from the pack (`[letter]`), so they change
//! with the pack, not the code. A letter names categories, kinds of data, file paths and counts;
//! it never quotes a value from the export. Dossier writes the letter; the person sends it.

mod plain_text;

use dossier_policy::{CalendarDate, Deadline, LawTemplate, LetterTemplates, PolicyPack};
use serde::Serialize;

use crate::problem::Severity;
use crate::summary::Summary;

/// Who writes, under which law, and when.
#[derive(Debug, Clone)]
pub struct LetterRequest {
    /// The id of one of the pack's laws (`gdpr`, `ccpa`).
    pub law: String,
    pub name: Option<String>,
    /// The address the person's account uses, so that the company can find it.
    pub email: Option<String>,
    /// The day the letter is sent; the deadline counts from it.
    pub date: CalendarDate,
}

/// A letter ready to read, edit, copy or save.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Letter {
    /// The id of the law it is written under.
    pub law: String,
    pub recipient: String,
    pub greeting: String,
    pub email: String,
    /// The sender's name and the e-mail address of their account, as they gave them.
    pub sender_name: Option<String>,
    pub sender_email: Option<String>,
    pub subject: String,
    pub date: CalendarDate,
    /// The last day to answer, if the company receives the letter on `date`.
    pub deadline: CalendarDate,
    pub paragraphs: Vec<Paragraph>,
    /// What the letter is and is not (not legal advice).
    pub note: String,
}

/// One paragraph: its text and, for the paragraphs of findings, what it lists.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    pub text: String,
    pub items: Vec<String>,
}

/// Why a paragraph is in the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    Opening,
    /// Categories the policy discloses and the export lacks.
    Missing,
    /// Personal data the export holds of kinds the policy does not disclose.
    Undisclosed,
    /// Files of the export that could not be read.
    Unreadable,
    /// A question the policy's own text raises.
    PolicyQuestion,
    Closing,
}

/// Why no letter can be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    #[error("the policy pack has no [letter] section, so Dossier does not know where to write or what to cite; use a pack that has one (see policies/README.md)")]
    NoTemplates,
    #[error("there is no law `{law}` in the policy pack; choose one of: {known}")]
    UnknownLaw { law: String, known: String },
}

/// The ids of the laws the pack can write letters under, in its order.
pub fn laws(pack: &PolicyPack) -> Vec<&str> {
    pack.letter()
        .map(|l| l.laws.iter().map(|law| law.id.as_str()).collect())
        .unwrap_or_default()
}

/// Writes the letter that `summary`'s findings call for.
pub fn write_letter(
    summary: &Summary,
    pack: &PolicyPack,
    request: &LetterRequest,
) -> Result<Letter, LetterError> {
    let templates = pack.letter().ok_or(LetterError::NoTemplates)?;
    let law = templates
        .law(&request.law)
        .ok_or_else(|| LetterError::UnknownLaw {
            law: request.law.clone(),
            known: laws(pack).join(", "),
        })?;
    let deadline = match law.deadline {
        Deadline::Months(n) => request.date.plus_months(n),
        Deadline::Days(n) => request.date.plus_days(n),
    };
    let meta = pack.metadata();
    // A validated pack's effective date is a date; its text stands in if it ever were not.
    let effective = CalendarDate::parse(&meta.effective_date)
        .map_or_else(|_| meta.effective_date.clone(), CalendarDate::long_form);
    let fill = |text: &str| {
        text.replace("{company}", &meta.company)
            .replace("{policy}", &format!("{} of {effective}", meta.title))
            .replace("{date}", &request.date.long_form())
            .replace("{deadline}", &deadline.long_form())
    };
    let paragraph = |kind, text: &str, items: Vec<String>| Paragraph {
        kind,
        text: fill(text),
        items,
    };

    let mut paragraphs = vec![paragraph(ParagraphKind::Opening, &law.opening, Vec::new())];
    for (kind, text, items) in findings(summary, law) {
        if !items.is_empty() {
            paragraphs.push(paragraph(kind, text, items));
        }
    }
    paragraphs.extend(
        questions(templates, &law.id).map(|q| paragraph(ParagraphKind::PolicyQuestion, q, vec![])),
    );
    paragraphs.push(paragraph(ParagraphKind::Closing, &law.closing, Vec::new()));
    Ok(Letter {
        law: law.id.clone(),
        recipient: templates.recipient.clone(),
        greeting: templates.greeting.clone(),
        email: templates.email.clone(),
        sender_name: request.name.clone(),
        sender_email: request.email.clone(),
        subject: fill(&law.subject),
        date: request.date,
        deadline,
        paragraphs,
        note: fill(&templates.note),
    })
}

/// The paragraphs of findings, each with what it lists (possibly nothing).
fn findings<'a>(
    summary: &Summary,
    law: &'a LawTemplate,
) -> [(ParagraphKind, &'a str, Vec<String>); 3] {
    [
        (
            ParagraphKind::Missing,
            &law.missing,
            summary.missing.clone(),
        ),
        (
            ParagraphKind::Undisclosed,
            &law.undisclosed,
            undisclosed_kinds(summary),
        ),
        (
            ParagraphKind::Unreadable,
            &law.unreadable,
            unreadable_files(summary),
        ),
    ]
}

/// Each kind of undisclosed personal data with the fields that hold it, by name only.
fn undisclosed_kinds(summary: &Summary) -> Vec<String> {
    let mut kinds: Vec<(&str, Vec<String>)> = Vec::new();
    for field in &summary.undisclosed {
        let place = format!("{}: {}", field.file, field.field);
        match kinds.iter_mut().find(|k| k.0 == field.kind) {
            Some(kind) => kind.1.push(place),
            None => kinds.push((&field.kind, vec![place])),
        }
    }
    kinds
        .into_iter()
        .map(|(kind, places)| format!("{kind} (in {})", places.join("; ")))
        .collect()
}

/// The files nothing or only part of which could be read, once each.
fn unreadable_files(summary: &Summary) -> Vec<String> {
    let mut files: Vec<String> = Vec::new();
    for problem in &summary.problems {
        let unread = matches!(problem.severity, Severity::NotRead | Severity::Partial);
        if unread && !files.contains(&problem.path) {
            files.push(problem.path.clone());
        }
    }
    files
}

fn questions<'a>(templates: &'a LetterTemplates, law: &'a str) -> impl Iterator<Item = &'a str> {
    templates
        .questions
        .iter()
        .filter(move |q| q.laws.iter().any(|l| l == law))
        .map(|q| q.text.as_str())
}
