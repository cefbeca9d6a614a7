//! Real, decodable images for the "uploaded inputs" folder.

pub(crate) mod canvas;
pub(crate) mod exif;
pub(crate) mod jpeg;
pub(crate) mod png;
