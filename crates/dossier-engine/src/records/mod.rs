//! The record model: typed values, flattening nested JSON into tables, and the per-field
//! statistics a scan keeps instead of the rows themselves.

pub(crate) mod columns;
pub(crate) mod datetime;
pub(crate) mod flatten;
pub(crate) mod ids;
pub(crate) mod same_text;
pub mod sink;
pub mod stats;
pub mod tokens;
pub(crate) mod trim;
pub mod value;
