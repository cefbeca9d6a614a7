//! Presenter mode over what the engine hands out: a summary, field rows, search hits. Each is
//! masked whole, so a caller (the CLI, the desktop shell) masks a view with one call and cannot
//! forget a part of it. A report's identity is only its name: `ExportNames::path`.

use super::{ExportNames, Mask};
use crate::search::ValueSearch;
use crate::summary::{FieldRow, Summary};
use crate::Problem;

impl Mask {
    pub fn summary(&self, summary: &mut Summary, names: &ExportNames) {
        summary.export = names.path(&summary.export);
        for category in &mut summary.categories {
            for file in &mut category.files {
                *file = names.path(file);
            }
            if let Some((first, last)) = &mut category.date_range {
                *first = self.value(first, "");
                *last = self.value(last, "");
            }
        }
        for u in &mut summary.unclassified {
            for example in &mut u.examples {
                *example = self.example(example, &u.field);
            }
            u.file = names.path(&u.file);
            u.field = names.field(&u.field);
        }
        for u in &mut summary.undisclosed {
            u.file = names.path(&u.file);
            u.field = names.field(&u.field);
            u.evidence = names.sentence(&u.evidence);
        }
        for n in &mut summary.not_read {
            n.path = names.path(&n.path);
        }
        self.problems(&mut summary.problems, names);
    }

    pub fn rows(&self, rows: &mut [FieldRow], names: &ExportNames) {
        for row in rows {
            for example in &mut row.examples {
                *example = self.example(example, &row.field);
            }
            row.file = names.path(&row.file);
            row.table = names.field(&row.table);
            row.field = names.field(&row.field);
            row.evidence = names.sentence(&row.evidence);
        }
    }

    /// Hits of a search: the query too, which a person may have typed from a customer's data.
    pub fn search(&self, found: &mut ValueSearch, names: &ExportNames) {
        found.query = self.value(&found.query, "");
        for hit in &mut found.hits {
            hit.value = self.value(&hit.value, &hit.field);
            hit.file = names.path(&hit.file);
            hit.table = names.field(&hit.table);
            hit.field = names.field(&hit.field);
        }
        self.problems(&mut found.problems, names);
    }

    fn problems(&self, problems: &mut [Problem], names: &ExportNames) {
        for p in problems {
            p.path = names.path(&p.path);
            p.message = names.sentence(&p.message);
        }
    }
}
