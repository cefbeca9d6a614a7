//! The uploaded images decode: JPEG markers, EXIF GPS equal to the metadata's position, PNG
//! signature and dimensions.

mod common;

use std::collections::BTreeMap;

use dossier_samples::{generate, SampleSpec};
use exif::{In, Tag, Value};

fn degrees(field: &exif::Field) -> f64 {
    match &field.value {
        Value::Rational(parts) if parts.len() == 3 => {
            parts[0].to_f64() + parts[1].to_f64() / 60.0 + parts[2].to_f64() / 3600.0
        }
        other => panic!("unexpected GPS value {other:?}"),
    }
}

fn signed(exif: &exif::Exif, value: Tag, reference: Tag, negative: &str) -> f64 {
    let magnitude = degrees(exif.get_field(value, In::PRIMARY).unwrap());
    let hemisphere = exif
        .get_field(reference, In::PRIMARY)
        .unwrap()
        .display_value()
        .to_string();
    if hemisphere == negative {
        -magnitude
    } else {
        magnitude
    }
}

#[test]
fn images_decode_and_carry_the_recorded_gps() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("s.zip");
    generate(&SampleSpec::default(), &zip).unwrap();
    let entries: BTreeMap<String, Vec<u8>> = common::read_zip(&zip).into_iter().collect();

    let metadata: Vec<serde_json::Value> =
        serde_json::from_slice(&entries["inputs/inputs.json"]).unwrap();
    let (mut jpegs, mut pngs) = (0, 0);
    for record in &metadata {
        let file = record["file"].as_str().unwrap();
        let bytes = &entries[file];
        if file.ends_with(".jpg") {
            jpegs += 1;
            assert_eq!(
                &bytes[..4],
                &[0xff, 0xd8, 0xff, 0xe1],
                "{file}: SOI then APP1"
            );
            assert_eq!(&bytes[bytes.len() - 2..], &[0xff, 0xd9], "{file}: EOI");
            let exif = exif::Reader::new()
                .read_from_container(&mut std::io::Cursor::new(bytes))
                .unwrap();
            let lat = signed(&exif, Tag::GPSLatitude, Tag::GPSLatitudeRef, "S");
            let lng = signed(&exif, Tag::GPSLongitude, Tag::GPSLongitudeRef, "W");
            assert!(
                (lat - record["geo"]["lat"].as_f64().unwrap()).abs() < 1e-7,
                "{file}"
            );
            assert!(
                (lng - record["geo"]["lng"].as_f64().unwrap()).abs() < 1e-7,
                "{file}"
            );
        } else {
            pngs += 1;
            assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{file}: signature");
            assert_eq!(&bytes[12..16], b"IHDR");
            let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
            let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
            assert_eq!((width, height), (64, 48), "{file}");
            assert!(
                record.get("geo").is_none(),
                "{file}: graphics have no position"
            );
        }
    }
    assert!(jpegs > 0 && pngs > 0);
}
