//! Turning a file's bytes into UTF-8 text, and repairing text that was encoded twice.

pub(crate) mod mojibake;
pub(crate) mod text;
