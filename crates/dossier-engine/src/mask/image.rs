//! Pictures in presenter mode: a coarse mosaic of the picture, made here from its pixels, so
//! that a face or a document in it cannot be made out, while a person can still tell a photo
//! from a screenshot. What cannot be decoded becomes a plain grey tile: the original bytes are
//! never handed on, whatever happens.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, ImageReader, Limits, Rgb, RgbImage};

use super::Mask;

/// Cells along the picture's longer side.
const CELLS: u32 = 12;
/// Longer side of the mosaic sent, in pixels: enough for a thumbnail or a detail view.
const SHOWN_SIDE: u32 = 480;
/// Largest picture decoded, and memory its decoding may take: an export's images are
/// untrusted, and a small file can claim enormous dimensions.
const MAX_SIDE: u32 = 20_000;
const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;
/// The tile of what could not be decoded.
const GREY: Rgb<u8> = Rgb([160, 160, 160]);

impl Mask {
    /// A PNG mosaic of the picture in `bytes` (JPEG, PNG, GIF or WebP).
    pub fn image(&self, bytes: &[u8]) -> Vec<u8> {
        let mosaic = decode(bytes).map_or_else(
            || DynamicImage::ImageRgb8(RgbImage::from_pixel(CELLS, CELLS, GREY)),
            |picture| {
                let (w, h) = (picture.width().max(1), picture.height().max(1));
                let scale = |side: u32, of: u32| (side * of / w.max(h)).max(1);
                let cells =
                    picture.resize_exact(scale(w, CELLS), scale(h, CELLS), FilterType::Triangle);
                cells.resize_exact(
                    scale(w, SHOWN_SIDE),
                    scale(h, SHOWN_SIDE),
                    FilterType::Nearest,
                )
            },
        );
        let mut png = Cursor::new(Vec::new());
        // Encoding a small RGB image in memory does not fail; should it, nothing is shown.
        match mosaic.write_to(&mut png, ImageFormat::Png) {
            Ok(()) => png.into_inner(),
            Err(_) => Vec::new(),
        }
    }
}

fn decode(bytes: &[u8]) -> Option<DynamicImage> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    reader.decode().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_policy::PolicyPack;

    /// A 40×20 PNG with a gradient, and a text chunk holding `text` before its end.
    fn png_with_text(text: &str) -> Vec<u8> {
        let picture = RgbImage::from_fn(40, 20, |x, y| Rgb([(x * 6) as u8, (y * 12) as u8, 90]));
        let mut png = Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(picture)
            .write_to(&mut png, ImageFormat::Png)
            .unwrap();
        let png = png.into_inner();
        let data = [b"Comment\0".as_slice(), text.as_bytes()].concat();
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        let typed = [b"tEXt".as_slice(), &data].concat();
        chunk.extend_from_slice(&typed);
        chunk.extend_from_slice(&crc32fast::hash(&typed).to_be_bytes());
        let end = png.len() - 12;
        [&png[..end], &chunk, &png[end..]].concat()
    }

    #[test]
    fn a_picture_becomes_a_mosaic_without_any_of_its_bytes() {
        let mask = Mask::with_key(PolicyPack::clarifai(), [5; 32]);
        let original = png_with_text("canary-in-the-file");
        let masked = mask.image(&original);
        let shown = image::load_from_memory(&masked).unwrap();
        // The same shape, drawn from 12 cells across.
        assert_eq!((shown.width(), shown.height()), (480, 240));
        let rgb = shown.to_rgb8();
        assert_eq!(
            rgb.get_pixel(0, 0),
            rgb.get_pixel(39, 39),
            "one cell is one colour"
        );
        let text = String::from_utf8_lossy(&masked);
        assert!(!text.contains("canary"), "the text chunk was passed on");
    }

    #[test]
    fn what_cannot_be_decoded_is_a_grey_tile_never_the_bytes() {
        let mask = Mask::with_key(PolicyPack::clarifai(), [5; 32]);
        let bytes = b"\x89PNG\r\n\x1a\n not really a picture, canary".to_vec();
        let masked = mask.image(&bytes);
        assert!(!String::from_utf8_lossy(&masked).contains("canary"));
        let tile = image::load_from_memory(&masked).unwrap().to_rgb8();
        assert_eq!((tile.width(), tile.height()), (CELLS, CELLS));
        assert!(tile.pixels().all(|p| *p == GREY));
    }
}
