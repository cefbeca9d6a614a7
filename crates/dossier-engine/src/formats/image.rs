//! Images: format and dimensions from the header, EXIF (camera, time, GPS position) from
//! the metadata segment. Only the start of the file is read; pixels are never decoded.

use std::io::{self, Read};

use exif::{In, Tag, Value};

use crate::records::sink::RecordSink;
use crate::records::value::infer;

/// EXIF sits in the first segments of a JPEG; PNG and WebP keep it in a chunk that writers
/// put before the pixel data in practice.
const HEAD_BYTES: u64 = 1024 * 1024;

/// Tags that are structure, not information about the picture.
const STRUCTURAL_TAGS: [Tag; 8] = [
    Tag::ExifIFDPointer,
    Tag::GPSInfoIFDPointer,
    Tag::InteropIFDPointer,
    Tag::GPSVersionID,
    Tag::GPSLatitudeRef,
    Tag::GPSLongitudeRef,
    Tag::JPEGInterchangeFormat,
    Tag::JPEGInterchangeFormatLength,
];

#[derive(Debug, thiserror::Error)]
pub(crate) enum ImageError {
    #[error("it is named as an image but is not one Dossier recognises ({0})")]
    Unrecognised(String),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Emits one record for the image: field "" describes the picture, `exif.<Tag>` its metadata.
pub(crate) fn read_image<R: Read>(reader: R, sink: &mut dyn RecordSink) -> Result<(), ImageError> {
    let mut head = Vec::new();
    reader.take(HEAD_BYTES).read_to_end(&mut head)?;
    let format =
        imagesize::image_type(&head).map_err(|e| ImageError::Unrecognised(e.to_string()))?;
    let size = imagesize::blob_size(&head).map_err(|e| ImageError::Unrecognised(e.to_string()))?;
    sink.start_record("");
    let name = format!("{format:?}").to_uppercase();
    let description = format!("{name} image, {}×{} pixels", size.width, size.height);
    sink.cell(
        "",
        "",
        &description,
        crate::records::value::ValueKind::String,
    );

    let Ok(exif) = exif::Reader::new().read_from_container(&mut io::Cursor::new(&head)) else {
        return Ok(());
    };
    for field in exif.fields().filter(|f| f.ifd_num == In::PRIMARY) {
        if STRUCTURAL_TAGS.contains(&field.tag) {
            continue;
        }
        let text = match field.tag {
            Tag::GPSLatitude => gps_decimal(&exif, Tag::GPSLatitude, Tag::GPSLatitudeRef, "S"),
            Tag::GPSLongitude => gps_decimal(&exif, Tag::GPSLongitude, Tag::GPSLongitudeRef, "W"),
            _ => None,
        }
        .unwrap_or_else(|| {
            field
                .display_value()
                .to_string()
                .trim_matches('"')
                .to_owned()
        });
        sink.cell("", &format!("exif.{}", field.tag), &text, infer(&text));
    }
    Ok(())
}

/// Degrees, minutes and seconds with their N/S or E/W reference as signed decimal degrees.
fn gps_decimal(exif: &exif::Exif, tag: Tag, reference: Tag, negative: &str) -> Option<String> {
    let Value::Rational(parts) = &exif.get_field(tag, In::PRIMARY)?.value else {
        return None;
    };
    let mut degrees = 0.0;
    for (part, scale) in parts.iter().zip([1.0, 60.0, 3600.0]) {
        degrees += part.to_f64() / scale;
    }
    let sign = exif
        .get_field(reference, In::PRIMARY)
        .map(|f| f.display_value().to_string())
        .filter(|r| r.contains(negative))
        .map_or(1.0, |_| -1.0);
    Some(format!("{:.6}", sign * degrees))
}
