//! `models/predictions.json`: what the platform's models predicted about each uploaded input
//! (concepts with confidences, detected regions): "Predictions and Tags".

use serde::Serialize;

use super::inputs::{Input, Kind};
use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, PredictionsTags};
use crate::clock;
use crate::error::SampleError;
use crate::json::{round, ArrayWriter};
use crate::rng::Rng;
use crate::truth::GroundTruth;

const PATH: &str = "models/predictions.json";

/// Input, output and region ids are the platform's record ids; the model and its version are the
/// company's, bookkeeping of the service (docs/labelling.md, `null`).
const FIELDS: &[(&str, Option<Category>)] = &[
    ("input_id", None),
    ("outputs[].id", None),
    ("outputs[].model.id", None),
    ("outputs[].model.version_id", None),
    ("outputs[].created_at", Some(PredictionsTags)),
    ("outputs[].data.concepts[].id", Some(PredictionsTags)),
    ("outputs[].data.concepts[].name", Some(PredictionsTags)),
    ("outputs[].data.concepts[].value", Some(PredictionsTags)),
    ("outputs[].data.regions[].id", None),
    (
        "outputs[].data.regions[].region_info.bounding_box.top_row",
        Some(PredictionsTags),
    ),
    (
        "outputs[].data.regions[].region_info.bounding_box.left_col",
        Some(PredictionsTags),
    ),
    (
        "outputs[].data.regions[].region_info.bounding_box.bottom_row",
        Some(PredictionsTags),
    ),
    (
        "outputs[].data.regions[].region_info.bounding_box.right_col",
        Some(PredictionsTags),
    ),
    (
        "outputs[].data.regions[].data.concepts[].id",
        Some(PredictionsTags),
    ),
    (
        "outputs[].data.regions[].data.concepts[].name",
        Some(PredictionsTags),
    ),
    (
        "outputs[].data.regions[].data.concepts[].value",
        Some(PredictionsTags),
    ),
];

const CLASSIFIER: &str = "general-image-recognition";
const DETECTOR: &str = "general-image-detection";

const CONCEPTS: &[&str] = &[
    "people",
    "portrait",
    "outdoors",
    "city",
    "street",
    "nature",
    "no person",
    "food",
    "coffee",
    "dog",
    "cat",
    "architecture",
    "travel",
    "indoors",
    "technology",
    "car",
    "tree",
    "sky",
    "water",
    "shelf",
    "product",
    "text",
    "illustration",
];

const OBJECTS: &[&str] = &["person", "dog", "car", "bottle", "cup", "bicycle", "chair"];

/// Stable Clarifai-style concept id for a concept name, the same in every sample.
fn concept_id(name: &str) -> String {
    format!("ai_{}", Rng::derive(0, name, 0).base62(8))
}

/// Stable 32-hex version id of a model.
fn version_id(model: &str) -> String {
    Rng::derive(0, model, 1).hex(32)
}

#[derive(Serialize)]
pub(super) struct BoundingBox {
    pub(super) top_row: f64,
    pub(super) left_col: f64,
    pub(super) bottom_row: f64,
    pub(super) right_col: f64,
}

impl BoundingBox {
    /// A box inside the unit square, coordinates rounded as the API returns them.
    pub(super) fn random(rng: &mut Rng) -> BoundingBox {
        let top = rng.unit() * 0.6;
        let left = rng.unit() * 0.6;
        BoundingBox {
            top_row: round(top, 6),
            left_col: round(left, 6),
            bottom_row: round(top + 0.1 + rng.unit() * 0.3, 6),
            right_col: round(left + 0.1 + rng.unit() * 0.3, 6),
        }
    }
}

#[derive(Serialize)]
struct Concept {
    id: String,
    name: &'static str,
    value: f64,
}

#[derive(Serialize)]
struct Model {
    id: &'static str,
    version_id: String,
}

#[derive(Serialize)]
struct RegionInfo {
    bounding_box: BoundingBox,
}

#[derive(Serialize)]
struct RegionData {
    concepts: Vec<Concept>,
}

#[derive(Serialize)]
struct Region {
    id: String,
    region_info: RegionInfo,
    data: RegionData,
}

#[derive(Serialize)]
struct OutputData {
    #[serde(skip_serializing_if = "Option::is_none")]
    concepts: Option<Vec<Concept>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    regions: Option<Vec<Region>>,
}

#[derive(Serialize)]
struct Output {
    id: String,
    model: Model,
    created_at: String,
    data: OutputData,
}

#[derive(Serialize)]
struct Prediction<'a> {
    input_id: &'a str,
    outputs: Vec<Output>,
}

/// `count` distinct concepts from `pool` with confidences in descending order.
fn concepts(rng: &mut Rng, pool: &[&'static str], count: usize) -> Vec<Concept> {
    let mut names: Vec<&'static str> = pool.to_vec();
    for i in (1..names.len()).rev() {
        names.swap(i, rng.below(i as u64 + 1) as usize);
    }
    let mut value = 0.999 - rng.unit() * 0.05;
    names
        .into_iter()
        .take(count)
        .map(|name| {
            let concept = Concept {
                id: concept_id(name),
                name,
                value: round(value, 6),
            };
            value *= 0.8 + rng.unit() * 0.15;
            concept
        })
        .collect()
}

fn output(rng: &mut Rng, model: &'static str, at: i64, data: OutputData) -> Output {
    Output {
        id: rng.hex(32),
        model: Model {
            id: model,
            version_id: version_id(model),
        },
        created_at: clock::rfc3339(at),
        data,
    }
}

pub(super) fn write(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    archive.file(PATH, Method::Deflate, |out| {
        let mut array = ArrayWriter::start(out)?;
        for index in 0..ctx.plan.inputs {
            let input = Input::derive(ctx, index);
            let mut rng = Rng::derive(ctx.seed, PATH, index);
            let predicted_at = input.created_at + rng.range(1, 30) as i64;
            let count = rng.range(5, 10) as usize;
            let tags = OutputData {
                concepts: Some(concepts(&mut rng, CONCEPTS, count)),
                regions: None,
            };
            let mut outputs = vec![output(&mut rng, CLASSIFIER, predicted_at, tags)];
            // Only photos go through the object detector.
            if input.kind == Kind::Photo {
                let regions = (0..rng.range(1, 3))
                    .map(|_| Region {
                        id: rng.hex(32),
                        region_info: RegionInfo {
                            bounding_box: BoundingBox::random(&mut rng),
                        },
                        data: RegionData {
                            concepts: concepts(&mut rng, OBJECTS, 1),
                        },
                    })
                    .collect();
                let detections = OutputData {
                    concepts: None,
                    regions: Some(regions),
                };
                outputs.push(output(&mut rng, DETECTOR, predicted_at, detections));
            }
            array.element(&Prediction {
                input_id: &input.id,
                outputs,
            })?;
        }
        array.finish()
    })?;
    truth.add_file(PATH, FIELDS);
    Ok(())
}
