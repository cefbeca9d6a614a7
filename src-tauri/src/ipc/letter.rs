//! The follow-up request: what the user fills in, and the letter the engine writes from the
//! open export's findings. The letter names categories, kinds of data and file paths, never a
//! value of the export; in presenter mode its file paths are masked.

use dossier_engine::letter::Letter;
use dossier_policy::PolicyPack;

use crate::values::Shown;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the user chose: the law, how to sign, and the day the letter is sent.
#[derive(Debug, Clone, Deserialize, Serialize, TS)]
pub struct LetterForm {
    /// The id of one of the pack's laws (`gdpr`, `ccpa`).
    pub law: String,
    pub name: Option<String>,
    pub email: Option<String>,
    /// `YYYY-MM-DD`; empty for today.
    pub date: String,
}

/// A law the letter can be written under.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LawOption {
    pub id: String,
    pub name: String,
}

/// The letter, as text to edit, with what the form and the heading show.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LetterView {
    pub laws: Vec<LawOption>,
    pub law: String,
    /// Where to send it: the address the policy gives.
    pub email: String,
    pub subject: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The last day to answer, written out (`2 January 2027`).
    pub deadline: String,
    /// How many paragraphs come from this export's findings (missing categories, undisclosed
    /// data, unreadable files), beside the questions every letter asks.
    #[ts(type = "number")]
    pub findings: u64,
    pub text: String,
}

impl LetterView {
    pub fn new(letter: &Letter, pack: &PolicyPack, shown: &Shown) -> Self {
        use dossier_engine::letter::ParagraphKind::{Missing, Undisclosed, Unreadable};
        LetterView {
            laws: pack
                .letter()
                .map(|l| {
                    l.laws
                        .iter()
                        .map(|law| LawOption {
                            id: law.id.clone(),
                            name: law.name.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            law: letter.law.clone(),
            email: letter.email.clone(),
            subject: letter.subject.clone(),
            date: letter.date.to_string(),
            deadline: letter.deadline.long_form(),
            findings: letter
                .paragraphs
                .iter()
                .filter(|p| matches!(p.kind, Missing | Undisclosed | Unreadable))
                .count() as u64,
            text: shown.sentence(&letter.to_plain_text()),
        }
    }
}
