//! The one road every value read from an export takes to the webview, and presenter mode.
//!
//! View types never copy an export's text or names directly: a command takes a [`Shown`] for
//! the open export once (so one answer is never half masked) and asks it for each value, path,
//! field name and sentence; the `dossier://` protocol hands an image's bytes to
//! [`Shown::image`]. With presenter mode on, these are the engine's stand-ins
//! (`dossier_engine::mask`), made here in Rust, so a masked value or picture never reaches the
//! webview at all (hiding it with CSS would leave it in the DOM).
//!
//! Paths and field names are also how the webview names what it wants next. In presenter mode
//! it only knows the masked ones, and sends them back: commands turn them into the real ones
//! with [`Shown::real_path`] and [`Shown::real_field`] before looking anything up.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use dossier_engine::mask::{ExportNames, Mask};
use dossier_policy::PolicyPack;

use crate::error::{CommandError, CommandResult};
use crate::session::LoadedExport;

/// Whether presenter mode is on, and its mask: made the first time it is turned on, with a key
/// that lasts as long as the app runs (the same value keeps its stand-in all session) and is
/// never written anywhere.
#[derive(Debug, Clone, Default)]
pub struct Values {
    inner: Arc<Presenter>,
}

#[derive(Debug, Default)]
struct Presenter {
    on: AtomicBool,
    mask: OnceLock<Arc<Mask>>,
}

impl Values {
    /// Turns presenter mode on or off; returns whether it is on.
    pub fn set_presenter(&self, on: bool, pack: &PolicyPack) -> CommandResult<bool> {
        if on && self.inner.mask.get().is_none() {
            let mask = Mask::new(pack).map_err(|e| CommandError::Internal(e.to_string()))?;
            // Two callers at once: the first mask made stays, the other is dropped unused.
            let _ = self.inner.mask.set(Arc::new(mask));
        }
        self.inner.on.store(on, Ordering::SeqCst);
        Ok(on)
    }

    pub fn presenter(&self) -> bool {
        self.inner.on.load(Ordering::SeqCst)
    }

    /// The mask, while presenter mode is on.
    pub fn mask(&self) -> Option<Arc<Mask>> {
        self.presenter()
            .then(|| self.inner.mask.get().cloned())
            .flatten()
    }

    /// How `export`'s data is shown now.
    pub fn of(&self, export: &LoadedExport) -> Shown {
        match self.mask() {
            Some(mask) => Shown::Masked {
                names: export.masked_names(&mask),
                mask,
            },
            None => Shown::Plain,
        }
    }
}

/// How one answer shows an export's data: as it is, or masked.
#[derive(Debug, Clone)]
pub enum Shown {
    Plain,
    Masked {
        mask: Arc<Mask>,
        names: Arc<ExportNames>,
    },
}

impl Shown {
    pub fn is_masked(&self) -> bool {
        matches!(self, Shown::Masked { .. })
    }

    /// One value (a cell, an example) of the key path or column `field`.
    pub fn value(&self, raw: &str, field: &str) -> String {
        match self {
            Shown::Plain => raw.to_owned(),
            Shown::Masked { mask, .. } => mask.value(raw, field),
        }
    }

    /// One of the examples Dossier gives of `field` (see `Mask::example`: a whole file's
    /// description stays).
    pub fn example(&self, raw: &str, field: &str) -> String {
        match self {
            Shown::Plain => raw.to_owned(),
            Shown::Masked { mask, .. } => mask.example(raw, field),
        }
    }

    pub fn examples(&self, raw: &[String], field: &str) -> Vec<String> {
        raw.iter().map(|text| self.example(text, field)).collect()
    }

    /// A path inside the export, or the export's own name.
    pub fn path(&self, real: &str) -> String {
        match self {
            Shown::Plain => real.to_owned(),
            Shown::Masked { names, .. } => names.path(real),
        }
    }

    /// A table's or a field's key path, or a column.
    pub fn field(&self, real: &str) -> String {
        match self {
            Shown::Plain => real.to_owned(),
            Shown::Masked { names, .. } => names.field(real),
        }
    }

    /// A sentence that may quote the export's names (evidence, a problem, a letter).
    pub fn sentence(&self, text: &str) -> String {
        match self {
            Shown::Plain => text.to_owned(),
            Shown::Masked { names, .. } => names.sentence(text),
        }
    }

    /// The real path of one the webview sent. A name this export does not show is kept: looking
    /// it up fails as any unknown file does.
    pub fn real_path(&self, sent: String) -> String {
        match self {
            Shown::Masked { names, .. } => names.real_path(&sent).map_or(sent, str::to_owned),
            Shown::Plain => sent,
        }
    }

    /// The real table or field of one the webview sent.
    pub fn real_field(&self, sent: String) -> String {
        match self {
            Shown::Masked { names, .. } => names.real_field(&sent).map_or(sent, str::to_owned),
            Shown::Plain => sent,
        }
    }

    /// The bytes of one image of the export as the webview may see them, with their type: a
    /// PNG mosaic when masked, never the original.
    pub fn image(&self, bytes: Vec<u8>, mime: &'static str) -> (Vec<u8>, &'static str) {
        match self {
            Shown::Plain => (bytes, mime),
            Shown::Masked { mask, .. } => (mask.image(&bytes), "image/png"),
        }
    }

    /// Refuses what would show the export's data as it is (`what`, "The text view").
    pub fn refuse(&self, what: &'static str) -> CommandResult<()> {
        match self {
            Shown::Masked { .. } => Err(CommandError::HiddenInPresenterMode(what)),
            Shown::Plain => Ok(()),
        }
    }

    /// `err` with the export's names in its message masked.
    pub fn error(&self, err: CommandError) -> CommandError {
        match self {
            Shown::Plain => err,
            Shown::Masked { .. } => CommandError::Masked {
                code: err.code(),
                message: self.sentence(&err.to_string()),
            },
        }
    }
}
