//! Baseline JPEG encoding with an EXIF segment placed directly after SOI.

use jpeg_encoder::{ColorType, Encoder};

use super::canvas::Canvas;

/// Encodes `canvas` and inserts `app1` (a complete APP1 segment) after the SOI marker, where
/// the EXIF standard puts it.
pub(crate) fn encode(canvas: &Canvas, quality: u8, app1: &[u8]) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    let (width, height) = (
        u16::try_from(canvas.width).map_err(|e| e.to_string())?,
        u16::try_from(canvas.height).map_err(|e| e.to_string())?,
    );
    Encoder::new(&mut body, quality)
        .encode(&canvas.pixels, width, height, ColorType::Rgb)
        .map_err(|e| e.to_string())?;
    let mut jpeg = Vec::with_capacity(body.len() + app1.len());
    jpeg.extend_from_slice(&body[..2]); // SOI
    jpeg.extend_from_slice(app1);
    jpeg.extend_from_slice(&body[2..]);
    Ok(jpeg)
}
