//! The ground truth: which category each field of the sample belongs to.
//!
//! Labelling principles, applied the same way in every file:
//! - a name, e-mail address, phone number, postal address or account/person identifier is
//!   Contact Data/Identifiers wherever it appears (also on an invoice or a card);
//! - other fields take the category of the record they describe the person in (a session's
//!   timestamp is Device/IP Information, an analytics event's timestamp is Web Analytics);
//! - opaque ids of the company's own records (an invoice number, an input id, a region id)
//!   and flags about the system rather than the person are `None`: not personal data by themselves.

use serde::{Deserialize, Serialize};

use crate::category::Category;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct GroundTruth {
    pub fields: Vec<TruthField>,
}

/// One field as the reader names it: `file` is the `/`-separated path inside the export,
/// `field` the key path or CSV column (`""` for a whole file such as an image).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TruthField {
    pub file: String,
    pub field: String,
    pub category: Option<String>,
}

impl GroundTruth {
    pub(crate) fn add_file(&mut self, file: &str, fields: &[(&str, Option<Category>)]) {
        self.fields
            .extend(fields.iter().map(|(field, category)| TruthField {
                file: file.to_owned(),
                field: (*field).to_owned(),
                category: category.map(|c| c.name().to_owned()),
            }));
    }

    /// Pretty JSON with a final newline, byte-stable for a given truth.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        Ok(text)
    }
}
