//! Where a note's statement of law or fact comes from, and whether someone has read that source
//! recently enough to trust the note.
//!
//! A note that states the law is only as good as the day it was last checked: laws are amended,
//! courts rule, regulators are renamed. So each source-bearing note carries the date its sources
//! were last read, and a pack check warns once that date is more than a year old.

use serde::{Deserialize, Serialize};

use crate::date::CalendarDate;
use crate::error::Warning;
use crate::pack::PolicyPack;

/// One place where the reader can check a note: a short citation and the official text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A short citation as a lawyer would write it, e.g. "GDPR Art. 15(1)(c)" or
    /// "Cal. Civ. Code §1798.130(a)(2)". Shown as the text of the link.
    pub cite: String,
    /// The official text, on the web, over https: EUR-Lex, legislation.gov.uk, leginfo, a
    /// court's or regulator's own site.
    pub url: String,
}

/// How long a check of the sources is trusted before a pack check asks for another.
const TRUSTED_FOR_YEARS: i32 = 1;

/// True for an `https://` address with a host and no spaces or control characters. The app
/// hands these to the system browser, so nothing else (no `file:`, no `javascript:`) may pass.
pub(crate) fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.contains('@')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl PolicyPack {
    /// Notes whose sources were last checked more than a year before `today`, in pack order.
    /// `today` is an argument so that the answer does not depend on when it is asked; callers
    /// pass [`CalendarDate::today`].
    pub fn source_warnings(&self, today: CalendarDate) -> Vec<Warning> {
        self.annotations
            .iter()
            .enumerate()
            .filter_map(|(i, annotation)| {
                // Validation has already refused a `checked` that is not a date.
                let checked = CalendarDate::parse(annotation.checked.as_deref()?).ok()?;
                (checked.plus_years(TRUSTED_FOR_YEARS) < today).then(|| Warning::StaleSources {
                    index: i + 1,
                    section: annotation.section.clone(),
                    checked,
                    today,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_addresses_with_a_host_are_links() {
        assert!(is_https_url(
            "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
        ));
        assert!(is_https_url(
            "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.105"
        ));
        for bad in [
            "http://eur-lex.europa.eu/",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "https:///path",
            "https://user@example.com/",
            "https://example.com/a b",
            "eur-lex.europa.eu",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
    }
}
