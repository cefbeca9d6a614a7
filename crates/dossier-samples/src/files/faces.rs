//! `models/face_detections.json`: faces found in uploaded photos, with landmarks and
//! 128-dimensional face embeddings: "Biometric Data", everything about a face included.

use serde::Serialize;

use super::inputs::Input;
use super::predictions::BoundingBox;
use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, Biometric};
use crate::error::SampleError;
use crate::json::{round, ArrayWriter};
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PATH: &str = "models/face_detections.json";

const FIELDS: &[(&str, Option<Category>)] = &[
    ("input_id", None),
    ("faces[].face_id", None),
    ("faces[].bounding_box.top_row", Some(Biometric)),
    ("faces[].bounding_box.left_col", Some(Biometric)),
    ("faces[].bounding_box.bottom_row", Some(Biometric)),
    ("faces[].bounding_box.right_col", Some(Biometric)),
    ("faces[].landmarks[].type", Some(Biometric)),
    ("faces[].landmarks[].x", Some(Biometric)),
    ("faces[].landmarks[].y", Some(Biometric)),
    ("faces[].embedding", Some(Biometric)),
    ("faces[].confidence", Some(Biometric)),
];

const LANDMARKS: &[&str] = &[
    "left_eye",
    "right_eye",
    "nose_tip",
    "mouth_left",
    "mouth_right",
];
const EMBEDDING_DIMENSIONS: usize = 128;

#[derive(Serialize)]
struct Landmark {
    #[serde(rename = "type")]
    kind: &'static str,
    x: f64,
    y: f64,
}

#[derive(Serialize)]
struct Face {
    face_id: String,
    bounding_box: BoundingBox,
    landmarks: Vec<Landmark>,
    embedding: Vec<f64>,
    confidence: f64,
}

#[derive(Serialize)]
struct Detection<'a> {
    input_id: &'a str,
    faces: Vec<Face>,
}

fn normalized(mut vector: Vec<f64>) -> Vec<f64> {
    let norm = vector.iter().map(|v| v * v).sum::<f64>().sqrt();
    for value in &mut vector {
        *value = round(*value / norm, 6);
    }
    vector
}

/// The same person's faces embed close together: the holder's identity vector plus noise,
/// or a stranger's random vector.
fn embedding(rng: &mut Rng, holder: &[f64]) -> Vec<f64> {
    let raw = if rng.chance(0.7) {
        holder.iter().map(|v| v + 0.15 * rng.normal()).collect()
    } else {
        (0..EMBEDDING_DIMENSIONS).map(|_| rng.normal()).collect()
    };
    normalized(raw)
}

fn landmarks(rng: &mut Rng, face: &BoundingBox) -> Vec<Landmark> {
    let (height, width) = (
        face.bottom_row - face.top_row,
        face.right_col - face.left_col,
    );
    // Typical positions inside the face box: eyes high, nose centred, mouth corners low.
    let layout = [
        (0.3, 0.38),
        (0.7, 0.38),
        (0.5, 0.58),
        (0.35, 0.78),
        (0.65, 0.78),
    ];
    LANDMARKS
        .iter()
        .zip(layout)
        .map(|(&kind, (fx, fy))| Landmark {
            kind,
            x: round(face.left_col + width * (fx + 0.03 * rng.normal()), 6),
            y: round(face.top_row + height * (fy + 0.03 * rng.normal()), 6),
        })
        .collect()
}

pub(super) fn write(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut identity = Rng::derive(ctx.seed, "holder-face", 0);
    let holder: Vec<f64> = (0..EMBEDDING_DIMENSIONS)
        .map(|_| identity.normal())
        .collect();
    archive.file(PATH, Method::Deflate, |out| {
        let mut array = ArrayWriter::start(out)?;
        for index in 0..ctx.plan.inputs {
            let input = Input::derive(ctx, index);
            if input.faces == 0 {
                continue;
            }
            let mut rng = Rng::derive(ctx.seed, PATH, index);
            let faces = (0..input.faces)
                .map(|_| {
                    let bounding_box = BoundingBox::random(&mut rng);
                    Face {
                        face_id: rng.hex(32),
                        landmarks: landmarks(&mut rng, &bounding_box),
                        bounding_box,
                        embedding: embedding(&mut rng, &holder),
                        confidence: round(0.9 + rng.unit() * 0.0999, 4),
                    }
                })
                .collect();
            array.element(&Detection {
                input_id: &input.id,
                faces,
            })?;
        }
        array.finish()
    })?;
    truth.add_file(PATH, FIELDS);
    Ok(())
}
