//! Uploaded inputs: the images in `inputs/images/` and their metadata in `inputs/inputs.json`.
//!
//! Each input is derived from the seed and its index alone, so the images, the metadata, the
//! predictions and the face detections agree without keeping any input in memory.

use serde::Serialize;

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, Geolocation, OtherVisual};
use crate::clock;
use crate::error::SampleError;
use crate::images::canvas::Canvas;
use crate::images::exif::{self, ExifInfo};
use crate::images::{jpeg, png};
use crate::json::ArrayWriter;
use crate::rng::Rng;
use crate::truth::GroundTruth;

const METADATA: &str = "inputs/inputs.json";

/// The input id is the platform's record id; the rest describes the upload.
const METADATA_FIELDS: &[(&str, Option<Category>)] = &[
    ("id", None),
    ("file", Some(OtherVisual)),
    ("url", Some(OtherVisual)),
    ("created_at", Some(Geolocation)),
    ("geo.lat", Some(Geolocation)),
    ("geo.lng", Some(Geolocation)),
    ("metadata.original_filename", Some(Geolocation)),
    ("metadata.upload_source", Some(Geolocation)),
];

/// (EXIF Make, EXIF Model)
const CAMERAS: &[(&str, &str)] = &[
    ("Apple", "iPhone 13"),
    ("Google", "Pixel 7"),
    ("samsung", "SM-S911B"),
    ("FUJIFILM", "X-T30"),
];

const UPLOAD_SOURCES: &[&str] = &["web_portal", "ios_app", "api"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A camera photo with EXIF (make, model, time, GPS).
    Photo,
    /// A screenshot or graphic: PNG, no metadata, no position.
    Graphic,
}

pub(super) struct Input {
    pub(super) id: String,
    pub(super) kind: Kind,
    /// Path inside the export.
    pub(super) file: String,
    pub(super) created_at: i64,
    pub(super) taken_at: i64,
    pub(super) camera: (&'static str, &'static str),
    pub(super) lat_e6: i64,
    pub(super) lng_e6: i64,
    /// Faces visible in the picture; each gets a detection record.
    pub(super) faces: u64,
}

impl Input {
    /// Input `index`; index 0 is always a photo with a face and index 1 always a graphic, so
    /// every sample, however small, has EXIF GPS, a PNG and biometric data.
    pub(super) fn derive(ctx: &Ctx, index: u64) -> Input {
        let mut rng = Rng::derive(ctx.seed, "input", index);
        let kind = match index {
            0 => Kind::Photo,
            1 => Kind::Graphic,
            _ if rng.chance(0.25) => Kind::Graphic,
            _ => Kind::Photo,
        };
        let faces = match (index, kind) {
            (0, _) => rng.range(1, 2),
            (_, Kind::Photo) if rng.chance(0.35) => rng.range(1, 2),
            _ => 0,
        };
        let extension = match kind {
            Kind::Photo => "jpg",
            Kind::Graphic => "png",
        };
        // Uploads spread over the account's life in index order; photos were taken shortly before.
        let span = (clock::EXPORT_TIME - clock::ACCOUNT_START - 86_400) as u64;
        let slot = span / ctx.plan.inputs.max(1);
        let created_at =
            clock::ACCOUNT_START + (index * slot + rng.below(slot.max(1))) as i64 + 86_400;
        let taken_at = created_at - rng.range(60, 86_400) as i64;
        // Mostly around home (within ~10 km), sometimes far away.
        let city = &ctx.person.city;
        let (base_lat, base_lng, spread) = if rng.chance(0.85) {
            (city.lat_e6, city.lng_e6, 90_000)
        } else {
            (city.lat_e6 + 2_500_000, city.lng_e6 - 3_000_000, 800_000)
        };
        let jitter = |rng: &mut Rng| rng.below(2 * spread + 1) as i64 - spread as i64;
        Input {
            id: rng.hex(32),
            kind,
            file: format!("inputs/images/img_{:05}.{extension}", index + 1),
            created_at,
            taken_at,
            camera: rng.pick(CAMERAS),
            lat_e6: base_lat + jitter(&mut rng),
            lng_e6: base_lng + jitter(&mut rng),
            faces,
        }
    }

    fn encode(&self, ctx: &Ctx, index: u64) -> Result<Vec<u8>, SampleError> {
        let mut rng = Rng::derive(ctx.seed, "pixels", index);
        let plan = &ctx.plan;
        let image_error = |message: String| SampleError::Image {
            path: self.file.clone(),
            message,
        };
        match self.kind {
            Kind::Photo => {
                // Grain scales with the picture so bigger photos weigh what real ones do.
                let grain = if plan.photo_width > 100 { 48 } else { 6 };
                let canvas = Canvas::painted(&mut rng, plan.photo_width, plan.photo_height, grain);
                let app1 = exif::app1_segment(&ExifInfo {
                    make: self.camera.0,
                    model: self.camera.1,
                    datetime: &clock::exif_datetime(self.taken_at),
                    lat_e6: self.lat_e6,
                    lng_e6: self.lng_e6,
                });
                jpeg::encode(&canvas, 92, &app1).map_err(image_error)
            }
            Kind::Graphic => {
                let canvas = Canvas::painted(&mut rng, plan.photo_width, plan.photo_height, 0);
                png::encode(&canvas).map_err(|e| image_error(e.to_string()))
            }
        }
    }
}

pub(super) fn write_images(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    for index in 0..ctx.plan.inputs {
        let input = Input::derive(ctx, index);
        let bytes = input.encode(ctx, index)?;
        archive.file(&input.file, Method::Store, |out| out.write_all(&bytes))?;
        truth.add_file(&input.file, &[("", Some(OtherVisual))]);
        if input.kind == Kind::Photo {
            truth.add_file(&input.file, exif::TAGS);
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct Geo {
    lat: f64,
    lng: f64,
}

#[derive(Serialize)]
struct UploadMetadata {
    original_filename: String,
    upload_source: &'static str,
}

#[derive(Serialize)]
struct InputRecord<'a> {
    id: &'a str,
    file: &'a str,
    url: String,
    created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    geo: Option<Geo>,
    metadata: UploadMetadata,
}

pub(super) fn write_metadata(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    archive.file(METADATA, Method::Deflate, |out| {
        let mut array = ArrayWriter::start(out)?;
        for index in 0..ctx.plan.inputs {
            let input = Input::derive(ctx, index);
            let mut rng = Rng::derive(ctx.seed, METADATA, index);
            let (geo, original_filename) = match input.kind {
                Kind::Photo => (
                    Some(Geo {
                        lat: input.lat_e6 as f64 / 1e6,
                        lng: input.lng_e6 as f64 / 1e6,
                    }),
                    format!("IMG_{:04}.JPG", rng.range(1000, 9999)),
                ),
                Kind::Graphic => (
                    None,
                    format!("Screenshot {}.png", clock::sql_datetime(input.taken_at)),
                ),
            };
            let extension = input.file.rsplit('.').next().unwrap_or_default();
            array.element(&InputRecord {
                id: &input.id,
                file: &input.file,
                url: format!(
                    "https://data.example.com/{}/inputs/{}.{extension}",
                    ctx.person.user_id, input.id
                ),
                created_at: clock::rfc3339(input.created_at),
                geo,
                metadata: UploadMetadata {
                    original_filename,
                    upload_source: rng.pick(UPLOAD_SOURCES),
                },
            })?;
        }
        array.finish()
    })?;
    truth.add_file(METADATA, METADATA_FIELDS);
    Ok(())
}
