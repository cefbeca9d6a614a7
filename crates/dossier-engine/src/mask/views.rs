//! Presenter mode over what the engine hands out: a summary, field rows, search hits, a
//! report's identity. Each is masked whole, so a caller (the CLI, the desktop shell) masks a
//! view with one call and cannot forget a part of it.

use super::{Mask, Renames};
use crate::report::ExportIdentity;
use crate::scan::ExportScan;
use crate::search::ValueSearch;
use crate::summary::{FieldRow, Summary};
use crate::Problem;

impl Mask {
    /// The names of `scan`'s files and fields to replace in its sentences.
    pub fn renames_for(&self, scan: &ExportScan) -> Renames {
        let fields = scan
            .tables
            .iter()
            .flat_map(|t| t.fields.iter().map(|f| f.name.as_str()));
        self.renames(
            scan.files
                .iter()
                .map(|f| f.path.as_str())
                .chain([scan.name.as_str()]),
            fields,
        )
    }

    pub fn summary(&self, summary: &mut Summary, renames: &Renames) {
        summary.export = self.path(&summary.export);
        for category in &mut summary.categories {
            for file in &mut category.files {
                *file = self.path(file);
            }
            if let Some((first, last)) = &mut category.date_range {
                *first = self.value(first, "");
                *last = self.value(last, "");
            }
        }
        for u in &mut summary.unclassified {
            for example in &mut u.examples {
                *example = self.value(example, &u.field);
            }
            u.file = self.path(&u.file);
            u.field = self.field(&u.field);
        }
        for u in &mut summary.undisclosed {
            u.file = self.path(&u.file);
            u.field = self.field(&u.field);
            u.evidence = renames.apply(&u.evidence);
        }
        for n in &mut summary.not_read {
            n.path = self.path(&n.path);
        }
        self.problems(&mut summary.problems, renames);
    }

    pub fn rows(&self, rows: &mut [FieldRow], renames: &Renames) {
        for row in rows {
            for example in &mut row.examples {
                *example = self.value(example, &row.field);
            }
            row.file = self.path(&row.file);
            row.table = self.field(&row.table);
            row.field = self.field(&row.field);
            row.evidence = renames.apply(&row.evidence);
        }
    }

    /// Hits of a search: the query too, which a person may have typed from a customer's data.
    pub fn search(&self, found: &mut ValueSearch, renames: &Renames) {
        found.query = self.value(&found.query, "");
        for hit in &mut found.hits {
            hit.value = self.value(&hit.value, &hit.field);
            hit.file = self.path(&hit.file);
            hit.table = self.field(&hit.table);
            hit.field = self.field(&hit.field);
        }
        self.problems(&mut found.problems, renames);
    }

    pub fn identity(&self, identity: &mut ExportIdentity) {
        identity.name = self.path(&identity.name);
    }

    fn problems(&self, problems: &mut [Problem], renames: &Renames) {
        for p in problems {
            p.path = self.path(&p.path);
            p.message = renames.apply(&p.message);
        }
    }
}
