//! The one road every value read from an export takes to the webview.
//!
//! View types never copy an export's text directly: they ask `Values::show`, and the `dossier://`
//! protocol hands an image's bytes to `Values::show_image`. Today both pass the data through
//! unchanged; a screen-share mode replaces it with a mask here, in Rust, so a masked value or
//! picture never reaches the webview at all (hiding it with CSS would leave it in the DOM).
//!
//! Not routed here: the export's structure (file paths, table and field names, and the problem
//! messages that quote them). The webview sends paths back to name the file it wants, so they
//! are identifiers as well as text; masking them would mean giving files opaque ids in the IPC
//! types and resolving them in `LoadedExport::file`, the one place commands look a file up.

#[derive(Debug, Default, Clone, Copy)]
pub struct Values;

impl Values {
    /// The text of one value (a cell, an example) as the webview may see it.
    pub fn show(&self, raw: &str) -> String {
        raw.to_owned()
    }

    pub fn show_all(&self, raw: &[String]) -> Vec<String> {
        raw.iter().map(|text| self.show(text)).collect()
    }

    /// The bytes of one image of the export as the webview may see them (a mask would return a
    /// placeholder picture of the same type).
    pub fn show_image(&self, bytes: Vec<u8>) -> Vec<u8> {
        bytes
    }
}
