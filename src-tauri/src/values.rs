//! The one road every value read from an export takes to the webview.
//!
//! View types never copy an export's text directly: they ask `Values::show`. Today it passes the
//! text through unchanged; a screen-share mode replaces it with a mask here, in Rust, so a masked
//! value never reaches the webview at all (hiding it with CSS would leave it in the DOM).

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
}
