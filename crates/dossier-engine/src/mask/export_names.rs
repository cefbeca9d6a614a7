//! One export's names as presenter mode shows them, both ways: a view is given masked names
//! and names a file or a field back by them, so the shell needs the real name a masked one
//! stands for. Two real names that happen to mask alike get told apart by a suffix (`~2`), so
//! that a masked name always stands for one file.

use std::collections::HashMap;

use super::names::renames;
use super::{Mask, Renames};
use crate::scan::ExportScan;

/// The masked name of each file, table and field of one export, and back.
#[derive(Debug)]
pub struct ExportNames {
    paths: TwoWay,
    fields: TwoWay,
    renames: Renames,
}

#[derive(Debug, Default)]
struct TwoWay {
    shown: HashMap<String, String>,
    real: HashMap<String, String>,
}

impl TwoWay {
    /// Each real name with how it is shown.
    fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.shown
            .iter()
            .map(|(real, shown)| (real.as_str(), shown.as_str()))
    }

    /// Adds `real` as `mask` shows it, once however often the export repeats the name.
    fn add(&mut self, real: &str, mask: impl FnOnce(&str) -> String) {
        if self.shown.contains_key(real) {
            return;
        }
        let masked = mask(real);
        let mut shown = masked.clone();
        let mut n = 1;
        while self.real.contains_key(&shown) {
            n += 1;
            shown = format!("{masked}~{n}");
        }
        self.real.insert(shown.clone(), real.to_owned());
        self.shown.insert(real.to_owned(), shown);
    }
}

impl Mask {
    /// The names of every file (and the export itself), table and field of `scan`.
    pub fn export_names(&self, scan: &ExportScan) -> ExportNames {
        let mut paths = TwoWay::default();
        for path in scan
            .files
            .iter()
            .map(|f| f.path.as_str())
            .chain([scan.name.as_str()])
        {
            paths.add(path, |p| self.path(p));
        }
        let mut fields = TwoWay::default();
        for table in &scan.tables {
            fields.add(&table.table, |f| self.field(f));
            for field in &table.fields {
                fields.add(&field.name, |f| self.field(f));
            }
        }
        let renames = renames(paths.pairs(), fields.pairs());
        ExportNames {
            paths,
            fields,
            renames,
        }
    }
}

impl ExportNames {
    /// How a path of the export is shown.
    pub fn path(&self, real: &str) -> String {
        self.paths
            .shown
            .get(real)
            .cloned()
            .unwrap_or_else(|| self.renames.apply(real))
    }

    /// How a table's or a field's key path is shown.
    pub fn field(&self, real: &str) -> String {
        self.fields
            .shown
            .get(real)
            .cloned()
            .unwrap_or_else(|| self.renames.apply(real))
    }

    /// A sentence (evidence, a problem) with the names it quotes masked.
    pub fn sentence(&self, text: &str) -> String {
        self.renames.apply(text)
    }

    /// The real path a shown one stands for; `None` for a name this export does not show.
    pub fn real_path(&self, shown: &str) -> Option<&str> {
        self.paths.real.get(shown).map(String::as_str)
    }

    /// The real table or field a shown one stands for.
    pub fn real_field(&self, shown: &str) -> Option<&str> {
        self.fields.real.get(shown).map(String::as_str)
    }
}
