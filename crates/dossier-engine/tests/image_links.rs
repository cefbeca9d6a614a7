//! Images linked to the tags and predictions other files hold about them: the bundled sample,
//! an export with other names and shapes, one where nothing links, one with a broken file.

mod support;

use std::path::Path;
use std::sync::atomic::Ordering;

use dossier_engine::links::Role;
use dossier_engine::{link_images, ImageLinks, LinkedSource, OpenError, ScanOptions};
use support::*;

/// An image file: only its name matters to links (its bytes are read by the scan, not here).
const PNG: &[u8] = b"\x89PNG not decoded";

fn links_of(export: &Path) -> ImageLinks {
    link_images(export, &scan(export), &ScanOptions::default()).unwrap()
}

fn source<'a>(links: &'a ImageLinks, image: &str, file: &str) -> Vec<&'a LinkedSource> {
    links.images.get(image).map_or_else(Vec::new, |sources| {
        sources.iter().filter(|s| s.file == file).collect()
    })
}

fn tag_names(source: &LinkedSource) -> Vec<&str> {
    source.tags.iter().map(|t| t.name.as_str()).collect()
}

#[test]
fn the_sample_links_predictions_and_faces_through_the_inputs() {
    let sample = manifest_dir().join("../../samples/clarifai-sample.zip");
    let links = links_of(&sample);
    assert!(links.problems.is_empty(), "{:?}", links.problems);

    let reference = &links.plan.units[0];
    assert_eq!(reference.file, "inputs/inputs.json");
    assert_eq!(
        reference.role,
        Role::Reference {
            path_field: "file".into(),
            key_field: Some("id".into())
        }
    );
    let linked: Vec<(&str, &str)> = links.plan.units[1..]
        .iter()
        .map(|u| (u.file.as_str(), u.link_field()))
        .collect();
    assert_eq!(
        linked,
        [
            ("models/face_detections.json", "input_id"),
            ("models/predictions.json", "input_id")
        ]
    );

    let image = "inputs/images/img_00001.jpg";
    let predictions = source(&links, image, "models/predictions.json");
    let recognition = predictions
        .iter()
        .find(|s| s.model.as_deref() == Some("general-image-recognition"))
        .expect("the recognition model's concepts");
    assert_eq!(&tag_names(recognition)[..3], ["sky", "dog", "water"]);
    assert_eq!(recognition.tags[0].score, Some(0.995821));
    assert_eq!(recognition.tags.len(), 10);
    assert_eq!(recognition.field, "input_id");
    assert_eq!(recognition.value, "dfa1003910d11e47d9e175140e681f95");
    assert_eq!(
        recognition.model_field.as_deref(),
        Some("outputs[].model.id")
    );
    let through = recognition.through.as_ref().unwrap();
    assert_eq!(
        (through.file.as_str(), through.key_field.as_str()),
        ("inputs/inputs.json", "id")
    );

    let detection = predictions
        .iter()
        .find(|s| s.model.as_deref() == Some("general-image-detection"))
        .expect("the detection model's regions");
    assert_eq!(
        tag_names(detection),
        ["car", "bottle"],
        "the best score of each"
    );

    let faces = source(&links, image, "models/face_detections.json");
    assert_eq!(faces.len(), 1);
    assert!(faces[0].tags.is_empty());
    assert_eq!(faces[0].counts.len(), 1, "faces, not their landmarks");
    assert_eq!(
        (faces[0].counts[0].what.as_str(), faces[0].counts[0].count),
        ("faces", 1)
    );

    // Every image with an input record gets its predictions.
    let with_predictions = links
        .images
        .values()
        .filter(|s| s.iter().any(|s| s.file == "models/predictions.json"))
        .count();
    assert_eq!(with_predictions, 120);
}

#[test]
fn other_names_and_shapes_link_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    write_temp(&dir, "export/photos/p1.jpg", PNG);
    write_temp(&dir, "export/photos/p2.png", PNG);
    write_temp(&dir, "export/photos/p3.png", PNG);
    write_temp(
        &dir,
        "export/media.csv",
        b"media_id,path,taken\nm1,photos/p1.jpg,2023-01-01\nm2,photos/p2.png,2023-01-02\nm3,photos/p3.png,2023-01-03\n",
    );
    write_temp(
        &dir,
        "export/labels.jsonl",
        br#"{"mediaId":"m1","labels":[{"label":"cat","confidence":80},{"label":"sofa","confidence":35}]}
{"mediaId":"m2","labels":[{"label":"beach","confidence":99}]}
{"mediaId":"m1","labels":[{"label":"cat","confidence":90}]}
"#,
    );
    // An album that names its photos itself, with tags as a list.
    write_temp(
        &dir,
        "export/albums/album.json",
        br#"{"title": "Summer", "photos": [{"uri": "p3.png", "tags": ["sun", "sea"]}]}"#,
    );
    let links = links_of(&dir.path().join("export"));
    assert!(links.problems.is_empty(), "{:?}", links.problems);

    let p1 = source(&links, "photos/p1.jpg", "labels.jsonl");
    assert_eq!(p1.len(), 1);
    assert_eq!(tag_names(p1[0]), ["cat", "sofa"]);
    assert_eq!(
        p1[0].tags[0].score,
        Some(0.9),
        "the higher of two scores, out of 100"
    );
    assert_eq!(p1[0].records, 2);
    assert_eq!(p1[0].field, "mediaId");
    let p2 = source(&links, "photos/p2.png", "labels.jsonl");
    assert_eq!(tag_names(p2[0]), ["beach"]);

    let p3 = source(&links, "photos/p3.png", "albums/album.json");
    assert_eq!(p3.len(), 1);
    assert_eq!(p3[0].table, "photos[]");
    assert_eq!(p3[0].field, "photos[].uri");
    assert_eq!(tag_names(p3[0]), ["sea", "sun"]);
    assert_eq!(p3[0].tags[0].score, None);
    assert!(source(&links, "photos/p3.png", "labels.jsonl").is_empty());
}

#[test]
fn an_export_where_nothing_links_has_no_tags_and_no_problems() {
    let dir = tempfile::tempdir().unwrap();
    write_temp(&dir, "export/photos/a.png", PNG);
    write_temp(
        &dir,
        "export/profile.json",
        br#"{"id": "u1", "name": "Renee", "avatar": "https://example.com/me.jpg"}"#,
    );
    write_temp(&dir, "export/tags.csv", b"id,name,score\nt1,cat,0.5\n");
    let links = links_of(&dir.path().join("export"));
    assert!(links.images.is_empty(), "{:?}", links.images);
    assert!(links.plan.units.is_empty());
    assert!(links.problems.is_empty());

    let empty = tempfile::tempdir().unwrap();
    write_temp(&empty, "export/only.json", br#"[{"a": 1}]"#);
    assert_eq!(
        links_of(&empty.path().join("export")),
        ImageLinks::default()
    );
}

#[test]
fn a_broken_linking_file_is_a_problem_and_the_rest_still_links() {
    let dir = tempfile::tempdir().unwrap();
    for i in 1..=3 {
        write_temp(&dir, &format!("export/images/{i}.png"), PNG);
    }
    let inputs: Vec<String> = (1..=3)
        .map(|i| format!(r#"{{"id": "input-000{i}", "file": "images/{i}.png"}}"#))
        .collect();
    write_temp(
        &dir,
        "export/inputs.json",
        format!("[{}]", inputs.join(",")).as_bytes(),
    );
    write_temp(
        &dir,
        "export/predictions.json",
        br#"[{"input_id": "input-0001", "concepts": [{"name": "tree", "value": 0.7}]},
            {"input_id": "input-0002", "concepts": [{"name": "road", "value": 0.6}]},
            {"input_id": "input-0003", "concepts": [{"name": "ca"#,
    );
    write_temp(
        &dir,
        "export/faces.json",
        br#"[{"input_id": "input-0003", "faces": [{"box": [1, 2]}, {"box": [3, 4]}]}]"#,
    );
    let links = links_of(&dir.path().join("export"));

    assert_eq!(links.problems.len(), 1, "{:?}", links.problems);
    assert_eq!(links.problems[0].path, "predictions.json");
    assert!(
        links.problems[0].message.contains("may be incomplete"),
        "{}",
        links.problems[0].message
    );
    assert_eq!(
        tag_names(source(&links, "images/1.png", "predictions.json")[0]),
        ["tree"]
    );
    assert_eq!(
        tag_names(source(&links, "images/2.png", "predictions.json")[0]),
        ["road"]
    );
    let faces = source(&links, "images/3.png", "faces.json");
    assert_eq!(faces[0].counts[0].count, 2);
}

#[test]
fn a_cancelled_link_stops() {
    let sample = manifest_dir().join("../../samples/clarifai-sample.zip");
    let scan = scan(&sample);
    let options = ScanOptions::default();
    options.cancel.store(true, Ordering::Relaxed);
    assert!(matches!(
        link_images(&sample, &scan, &options),
        Err(OpenError::Cancelled)
    ));
}
