//! What a pack says about writing to the company: where requests go, and for each law the
//! paragraphs of a follow-up access request, its deadline, and the questions the policy's own
//! gaps raise. The engine fills these in from an export's findings (`dossier letter`); keeping
//! them here means a new company or a change in the law needs a pack edit, not code.

use serde::{Deserialize, Serialize};

/// The `[letter]` table of a pack.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LetterTemplates {
    /// Who the letter is addressed to, e.g. "Clarifai, Inc., Privacy team".
    pub recipient: String,
    /// The letter's first line, e.g. "Dear Clarifai privacy team,".
    pub greeting: String,
    /// The address the policy gives for privacy requests.
    pub email: String,
    /// The section of the policy that gives that address.
    pub section: String,
    /// Said once under every letter: what the letter is and is not.
    pub note: String,
    pub laws: Vec<LawTemplate>,
    /// Questions raised by the policy's own gaps, asked in every letter under their laws.
    #[serde(default)]
    pub questions: Vec<PolicyQuestion>,
}

/// The paragraphs of a letter under one law. Templates may use the placeholders of
/// [`PLACEHOLDERS`]; a paragraph for a kind of finding is left out when the export has none.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LawTemplate {
    /// Lowercase id used on the command line: `gdpr`, `ccpa`.
    pub id: String,
    /// The law's name as the reader knows it.
    pub name: String,
    pub subject: String,
    /// How long the company has to answer, from the day it receives the letter.
    pub deadline: Deadline,
    pub opening: String,
    /// Followed by the categories the policy discloses and the export lacks.
    pub missing: String,
    /// Followed by the kinds of personal data found that the policy does not disclose.
    pub undisclosed: String,
    /// Followed by the files of the export that could not be read.
    pub unreadable: String,
    pub closing: String,
}

/// A question the policy's text raises whatever the export holds, under the laws it cites.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyQuestion {
    /// Ids of the [`LawTemplate`]s whose letters ask it.
    pub laws: Vec<String>,
    /// The section of the policy it is about.
    pub section: String,
    pub text: String,
}

/// A time to answer: whole calendar months or days, written `"1 month"` or `"45 days"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(try_from = "String", into = "String")]
pub enum Deadline {
    Months(u32),
    Days(u32),
}

/// Placeholders a letter template may use, and what they stand for.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("{company}", "the company, as the pack's metadata names it"),
    ("{policy}", "the policy's title and the day it took effect"),
    ("{date}", "the day the letter is sent"),
    ("{deadline}", "the last day to answer, counted from {date}"),
];

/// A deadline that is not `N month(s)` or `N day(s)`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a time to answer; write it as \"1 month\" or \"45 days\"")]
pub struct NotADeadline(pub String);

impl TryFrom<String> for Deadline {
    type Error = NotADeadline;

    fn try_from(text: String) -> Result<Deadline, NotADeadline> {
        let fail = || NotADeadline(text.clone());
        let (count, unit) = text.trim().split_once(' ').ok_or_else(fail)?;
        let count: u32 = count.parse().map_err(|_| fail())?;
        match unit.trim() {
            "month" | "months" if count > 0 => Ok(Deadline::Months(count)),
            "day" | "days" if count > 0 => Ok(Deadline::Days(count)),
            _ => Err(fail()),
        }
    }
}

impl From<Deadline> for String {
    fn from(deadline: Deadline) -> String {
        deadline.to_string()
    }
}

impl std::fmt::Display for Deadline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Deadline::Months(1) => f.write_str("1 month"),
            Deadline::Months(n) => write!(f, "{n} months"),
            Deadline::Days(1) => f.write_str("1 day"),
            Deadline::Days(n) => write!(f, "{n} days"),
        }
    }
}

impl LetterTemplates {
    /// The template of the law with this id.
    pub fn law(&self, id: &str) -> Option<&LawTemplate> {
        self.laws.iter().find(|l| l.id == id)
    }

    /// Every template text with where it is, for checks: (place, text).
    pub(crate) fn texts(&self) -> Vec<(String, &str)> {
        let mut texts = vec![
            ("letter.greeting".to_owned(), self.greeting.as_str()),
            ("letter.note".to_owned(), self.note.as_str()),
        ];
        for law in &self.laws {
            let place = format!("letter.laws `{}`", law.id);
            for (key, text) in [
                ("subject", &law.subject),
                ("opening", &law.opening),
                ("missing", &law.missing),
                ("undisclosed", &law.undisclosed),
                ("unreadable", &law.unreadable),
                ("closing", &law.closing),
            ] {
                texts.push((format!("{place} {key}"), text.as_str()));
            }
        }
        for (i, question) in self.questions.iter().enumerate() {
            texts.push((
                format!("letter.questions {}", i + 1),
                question.text.as_str(),
            ));
        }
        texts
    }
}

/// The placeholders of `text` that [`PLACEHOLDERS`] does not know.
pub(crate) fn unknown_placeholders(text: &str) -> Vec<String> {
    let mut unknown = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let placeholder = &rest[start..=start + len];
        if !PLACEHOLDERS.iter().any(|(p, _)| *p == placeholder) {
            unknown.push(placeholder.to_owned());
        }
        rest = &rest[start + len + 1..];
    }
    unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_are_months_or_days() {
        assert_eq!(
            Deadline::try_from("1 month".to_owned()),
            Ok(Deadline::Months(1))
        );
        assert_eq!(
            Deadline::try_from("45 days".to_owned()),
            Ok(Deadline::Days(45))
        );
        for bad in ["", "month", "0 days", "a month", "3 weeks", "-1 days"] {
            assert!(Deadline::try_from(bad.to_owned()).is_err(), "{bad}");
        }
        assert_eq!(Deadline::Days(45).to_string(), "45 days");
    }

    #[test]
    fn only_known_placeholders_pass() {
        assert!(unknown_placeholders("by {deadline}, {company}").is_empty());
        assert_eq!(unknown_placeholders("Dear {name}"), vec!["{name}"]);
    }
}
