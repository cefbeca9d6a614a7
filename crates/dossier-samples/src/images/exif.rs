//! A standard EXIF APP1 segment (Exif 2.32 / TIFF 6.0, little-endian) carrying camera make and
//! model, a capture time and a GPS position: nothing else, so the ground truth lists exactly
//! the tags a reader finds.

use crate::category::Category;

/// The fields a reader reports for the tags written, by kamadak-exif's names. GPSVersionID
/// and the N/S, E/W reference tags are written for conformance but are structural: readers
/// fold the references into signed `GPSLatitude`/`GPSLongitude` values and list none of them.
pub(crate) const TAGS: &[(&str, Option<Category>)] = &[
    ("exif.Make", Some(Category::Geolocation)),
    ("exif.Model", Some(Category::Geolocation)),
    ("exif.DateTime", Some(Category::Geolocation)),
    ("exif.GPSLatitude", Some(Category::Geolocation)),
    ("exif.GPSLongitude", Some(Category::Geolocation)),
];

pub(crate) struct ExifInfo<'a> {
    pub(crate) make: &'a str,
    pub(crate) model: &'a str,
    /// `YYYY:MM:DD HH:MM:SS`
    pub(crate) datetime: &'a str,
    /// Millionths of a degree, north and east positive.
    pub(crate) lat_e6: i64,
    pub(crate) lng_e6: i64,
}

const BYTE: u16 = 1;
const ASCII: u16 = 2;
const LONG: u16 = 4;
const RATIONAL: u16 = 5;

struct Entry {
    tag: u16,
    kind: u16,
    count: u32,
    data: Vec<u8>,
}

fn ascii(tag: u16, text: &str) -> Entry {
    let mut data = text.as_bytes().to_vec();
    data.push(0);
    Entry {
        tag,
        kind: ASCII,
        count: data.len() as u32,
        data,
    }
}

/// Degrees, minutes and seconds as three exact rationals (seconds in millionths).
fn dms(e6: i64) -> Entry {
    let abs = e6.unsigned_abs();
    let degrees = abs / 1_000_000;
    let minutes_e6 = abs % 1_000_000 * 60;
    let minutes = minutes_e6 / 1_000_000;
    let seconds_e6 = minutes_e6 % 1_000_000 * 60;
    let mut data = Vec::with_capacity(24);
    for (num, den) in [(degrees, 1), (minutes, 1), (seconds_e6, 1_000_000)] {
        data.extend_from_slice(&(num as u32).to_le_bytes());
        data.extend_from_slice(&(den as u32).to_le_bytes());
    }
    Entry {
        tag: 0,
        kind: RATIONAL,
        count: 3,
        data,
    }
}

fn padded(len: usize) -> usize {
    len + len % 2
}

fn ifd_len(entries: &[Entry]) -> usize {
    let out_of_line: usize = entries
        .iter()
        .filter(|e| e.data.len() > 4)
        .map(|e| padded(e.data.len()))
        .sum();
    2 + 12 * entries.len() + 4 + out_of_line
}

/// Appends an IFD (entries sorted by tag, as TIFF requires) and its out-of-line values;
/// offsets count from the start of `tiff`.
fn write_ifd(tiff: &mut Vec<u8>, entries: &[Entry]) {
    let start = tiff.len();
    let mut data_offset = start + 2 + 12 * entries.len() + 4;
    let mut data = Vec::new();
    tiff.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    for entry in entries {
        tiff.extend_from_slice(&entry.tag.to_le_bytes());
        tiff.extend_from_slice(&entry.kind.to_le_bytes());
        tiff.extend_from_slice(&entry.count.to_le_bytes());
        if entry.data.len() <= 4 {
            let mut inline = [0u8; 4];
            inline[..entry.data.len()].copy_from_slice(&entry.data);
            tiff.extend_from_slice(&inline);
        } else {
            tiff.extend_from_slice(&(data_offset as u32).to_le_bytes());
            data.extend_from_slice(&entry.data);
            if entry.data.len() % 2 == 1 {
                data.push(0);
            }
            data_offset += padded(entry.data.len());
        }
    }
    tiff.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    tiff.extend_from_slice(&data);
}

/// The complete APP1 segment, marker included, ready to follow the JPEG SOI marker.
pub(crate) fn app1_segment(info: &ExifInfo<'_>) -> Vec<u8> {
    let hemisphere = |value: i64, positive: &str, negative: &str| {
        if value < 0 {
            negative.to_owned()
        } else {
            positive.to_owned()
        }
    };
    let mut latitude = dms(info.lat_e6);
    latitude.tag = 0x0002;
    let mut longitude = dms(info.lng_e6);
    longitude.tag = 0x0004;
    let gps = [
        Entry {
            tag: 0x0000,
            kind: BYTE,
            count: 4,
            data: vec![2, 3, 0, 0],
        },
        ascii(0x0001, &hemisphere(info.lat_e6, "N", "S")),
        latitude,
        ascii(0x0003, &hemisphere(info.lng_e6, "E", "W")),
        longitude,
    ];
    let mut ifd0 = vec![
        ascii(0x010f, info.make),
        ascii(0x0110, info.model),
        ascii(0x0132, info.datetime),
        Entry {
            tag: 0x8825,
            kind: LONG,
            count: 1,
            data: vec![0; 4],
        },
    ];
    // The GPS IFD follows IFD0 and its values directly; the TIFF header is 8 bytes.
    let gps_offset = (8 + ifd_len(&ifd0)) as u32;
    ifd0[3].data = gps_offset.to_le_bytes().to_vec();

    let mut tiff = b"II\x2a\x00\x08\x00\x00\x00".to_vec();
    write_ifd(&mut tiff, &ifd0);
    write_ifd(&mut tiff, &gps);

    let mut segment = vec![0xff, 0xe1];
    let length = (2 + 6 + tiff.len()) as u16;
    segment.extend_from_slice(&length.to_be_bytes());
    segment.extend_from_slice(b"Exif\0\0");
    segment.extend_from_slice(&tiff);
    segment
}
