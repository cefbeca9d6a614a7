//! The columns of a table as its records reveal them: a field gets the next position the first
//! time it is met, so rows can be aligned to one list of columns.

use std::collections::HashMap;

#[derive(Debug, Default)]
pub(crate) struct Columns {
    names: Vec<String>,
    positions: HashMap<String, usize>,
}

impl Columns {
    /// The position of `field`, adding it at the end when new.
    pub fn position(&mut self, field: &str) -> usize {
        if let Some(&at) = self.positions.get(field) {
            return at;
        }
        self.names.push(field.to_owned());
        self.positions
            .insert(field.to_owned(), self.names.len() - 1);
        self.names.len() - 1
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn into_names(self) -> Vec<String> {
        self.names
    }
}
