//! Classification quality: on the bundled sample against the generator's ground truth, and
//! on exports shaped like other companies' (other naming styles, other languages, traps).
//! The figures are printed (`cargo test -- --nocapture` shows them) and asserted.

mod support;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use dossier_engine::classify::classify;
use dossier_engine::summary::{field_rows, summarize, CategoryStatus};
use dossier_policy::PolicyPack;
use support::{sample, sample_without, scan, write_temp};

#[derive(Default, Debug)]
struct Tally {
    true_pos: u32,
    false_pos: u32,
    false_neg: u32,
}

impl Tally {
    fn precision(&self) -> f64 {
        f64::from(self.true_pos) / f64::from((self.true_pos + self.false_pos).max(1))
    }
    fn recall(&self) -> f64 {
        f64::from(self.true_pos) / f64::from((self.true_pos + self.false_neg).max(1))
    }
}

/// Per-category and overall tallies of predicted against expected categories.
fn tally(pairs: &[(Option<String>, Option<String>)]) -> (BTreeMap<String, Tally>, Tally) {
    let mut per: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    for (predicted, expected) in pairs {
        if predicted == expected {
            if let Some(c) = expected {
                per.entry(c.clone()).or_default().true_pos += 1;
                all.true_pos += 1;
            }
            continue;
        }
        if let Some(p) = predicted {
            per.entry(p.clone()).or_default().false_pos += 1;
            all.false_pos += 1;
        }
        if let Some(e) = expected {
            per.entry(e.clone()).or_default().false_neg += 1;
            all.false_neg += 1;
        }
    }
    (per, all)
}

#[test]
fn the_bundled_sample_matches_its_ground_truth() {
    let truth_text = std::fs::read_to_string(sample().with_extension("truth.json")).unwrap();
    let truth: serde_json::Value = serde_json::from_str(&truth_text).unwrap();
    let expected: HashMap<(String, String), Option<String>> = truth["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let key = (
                f["file"].as_str().unwrap().to_owned(),
                f["field"].as_str().unwrap().to_owned(),
            );
            (key, f["category"].as_str().map(str::to_owned))
        })
        .collect();
    let scan = scan(&sample());
    let pack = PolicyPack::clarifai();
    let rows = field_rows(&scan, &classify(&scan, pack));
    let damaged: Vec<&str> = scan
        .problems
        .iter()
        .filter(|p| p.severity != dossier_engine::Severity::Note)
        .map(|p| p.path.as_str())
        .collect();
    let mut pairs = Vec::new();
    let mut wrong = Vec::new();
    for row in &rows {
        match expected.get(&(row.file.clone(), row.field.clone())) {
            Some(category) => {
                if row.category != *category {
                    wrong.push(format!(
                        "{}::{} expected {category:?}, got {:?} ({})",
                        row.file, row.field, row.category, row.evidence
                    ));
                }
                pairs.push((row.category.clone(), category.clone()));
            }
            None => assert!(
                damaged.contains(&row.file.as_str()),
                "no ground truth for {}:{}",
                row.file,
                row.field
            ),
        }
    }
    assert!(
        pairs.len() > 500,
        "the sample has {} labelled fields",
        pairs.len()
    );
    let (per, all) = tally(&pairs);
    println!("bundled sample: {} fields", pairs.len());
    for (category, t) in &per {
        println!(
            "  {category:50} precision {:.3} recall {:.3}",
            t.precision(),
            t.recall()
        );
    }
    println!(
        "  overall precision {:.3} recall {:.3}",
        all.precision(),
        all.recall()
    );
    assert_eq!(per.len(), 10, "all ten categories are in the sample");
    // The sample stays at 1.00: every field as its generator labels it.
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// An export in other companies' styles: each field with the category a careful reader
/// would give it (None for the traps).
/// A field of a test export and the category it should get.
type Expected = (&'static str, &'static str, Option<&'static str>);

fn other_companies() -> (tempfile::TempDir, PathBuf, Vec<Expected>) {
    const CONTACT: Option<&str> = Some("Contact Data/Identifiers");
    const DEVICE: Option<&str> = Some("Device/IP Information");
    const GEO: Option<&str> = Some("Geolocation and other metadata");
    const PAYMENT: Option<&str> = Some("Payment Information");
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("export");
    std::fs::create_dir_all(&root).unwrap();
    let users = "EmailAddress,e_mail,E-Mail-Adresse,Telefonnummer,Adresse,courriel,téléphone,Nachname,prénom,contact\n\
        zoe@example.com,zoe@example.org,zoe@example.net,+49 30 901820,Beispielweg 12,zoe@example.com,+33 1 09 75 83 51,Ågren,Zoë,jose@example.com\n\
        jose@example.com,jose@example.org,jose@example.net,+49 30 901821,Rue Exemple 3,jose@example.com,+33 1 09 75 83 52,Núñez,José,zoe@example.com\n";
    std::fs::write(root.join("users.csv"), users).unwrap();
    // Names that hold a rule's word inside another word, or beside words that change it, in a
    // file that says nothing of what its records are: no rule may fire on them.
    let traps = "trackName,passportPhotoRequired,statementPeriod,ipsum,member_since\n\
        Blue in Green,true,2024-01,lorem ipsum dolor,2019-04-01\n\
        So What,false,2024-02,sit amet,2020-05-02\n";
    std::fs::write(root.join("sheet1.csv"), traps).unwrap();
    let events = r#"[
      {"userCreationIp": "192.0.2.10", "ip_addr": "2001:db8::10", "userAgent": "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/123.0", "udid": "6D92078A-8246-4BA4-AE5B-76104861E7DC", "geo": {"lat": 52.52, "lng": 13.40}, "loc": {"latitudeE7": 525200000, "longitudeE7": 134000000}},
      {"userCreationIp": "198.51.100.4", "ip_addr": "2001:db8::11", "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15", "udid": "1E2DFA89-496A-47FD-9941-DF1FC4E6484A", "geo": {"lat": 48.85, "lng": 2.35}, "loc": {"latitudeE7": 488500000, "longitudeE7": 23500000}}
    ]"#;
    std::fs::write(root.join("device_events.json"), events).unwrap();
    let billing = "cc_last4,cc_brand,statement_total\n4242,visa,12.00\n1111,mastercard,30.00\n";
    std::fs::write(root.join("billing.csv"), billing).unwrap();
    let expected = vec![
        ("users.csv", "EmailAddress", CONTACT),
        ("users.csv", "e_mail", CONTACT),
        ("users.csv", "E-Mail-Adresse", CONTACT),
        ("users.csv", "Telefonnummer", CONTACT),
        ("users.csv", "Adresse", CONTACT),
        ("users.csv", "courriel", CONTACT),
        ("users.csv", "téléphone", CONTACT),
        ("users.csv", "Nachname", CONTACT),
        ("users.csv", "prénom", CONTACT),
        ("users.csv", "contact", CONTACT),
        ("sheet1.csv", "trackName", None),
        ("sheet1.csv", "passportPhotoRequired", None),
        ("sheet1.csv", "statementPeriod", None),
        ("sheet1.csv", "ipsum", None),
        ("sheet1.csv", "member_since", None),
        ("device_events.json", "userCreationIp", DEVICE),
        ("device_events.json", "ip_addr", DEVICE),
        ("device_events.json", "userAgent", DEVICE),
        ("device_events.json", "udid", DEVICE),
        ("device_events.json", "geo.lat", GEO),
        ("device_events.json", "geo.lng", GEO),
        ("device_events.json", "loc.latitudeE7", GEO),
        ("device_events.json", "loc.longitudeE7", GEO),
        ("billing.csv", "cc_last4", PAYMENT),
        ("billing.csv", "cc_brand", PAYMENT),
        ("billing.csv", "statement_total", PAYMENT),
    ];
    (dir, root, expected)
}

#[test]
fn classification_generalises_to_other_naming_styles() {
    let (_dir, root, expected) = other_companies();
    let scan = scan(&root);
    let rows = field_rows(&scan, &classify(&scan, PolicyPack::clarifai()));
    let mut pairs = Vec::new();
    for (file, field, category) in &expected {
        let row = rows
            .iter()
            .find(|r| r.file == *file && r.field == *field)
            .unwrap_or_else(|| panic!("{file}:{field} was not read"));
        if row.category.as_deref() != *category {
            println!(
                "  miss: {file}:{field} is {:?}, expected {category:?} ({})",
                row.category, row.evidence
            );
        }
        pairs.push((row.category.clone(), category.map(str::to_owned)));
    }
    let (_, all) = tally(&pairs);
    println!(
        "other naming styles: {} fields, precision {:.3} recall {:.3}",
        pairs.len(),
        all.precision(),
        all.recall()
    );
    assert!(all.precision() >= 0.9, "precision {:.3}", all.precision());
    assert!(all.recall() >= 0.85, "recall {:.3}", all.recall());
}

#[test]
fn the_sample_summary_finds_all_ten_and_a_removed_category_is_missing() {
    let pack = PolicyPack::clarifai();
    let full = scan(&sample());
    let summary = summarize(&full, pack, &classify(&full, pack));
    assert!(summary
        .categories
        .iter()
        .all(|c| c.status == CategoryStatus::Found && c.records > 0 && c.fields > 0));
    assert!(summary.missing.is_empty());
    assert!(
        !summary.unclassified.is_empty(),
        "unclassified fields are listed"
    );
    // 90 JPEGs carry the same few EXIF fields: one series of files, counted once each.
    let geolocation = summary
        .categories
        .iter()
        .find(|c| c.id == "geolocation-and-other-metadata")
        .unwrap();
    assert!(
        geolocation.files.len() > 90 && geolocation.fields < 30,
        "{} fields in {} files",
        geolocation.fields,
        geolocation.files.len()
    );

    // The same export without its face detections: Biometric Data is disclosed, not found.
    let dir = sample_without(&["models/face_detections.json"]);
    let partial = scan(dir.path());
    let summary = summarize(&partial, pack, &classify(&partial, pack));
    assert_eq!(summary.missing, ["Biometric Data"]);
}

#[test]
fn undisclosed_personal_data_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = support::write_temp(
        &dir,
        "ids.csv",
        b"passport_number,email\nX1234567,zoe@example.com\n",
    );
    let pack = PolicyPack::clarifai();
    let scan = scan(&path);
    let summary = summarize(&scan, pack, &classify(&scan, pack));
    assert_eq!(summary.undisclosed.len(), 1);
    assert_eq!(summary.undisclosed[0].field, "passport_number");
    assert_eq!(summary.undisclosed[0].kind, "Government identifiers");
}

#[test]
fn manifest_labels_win_over_the_rules_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("billing")).unwrap();
    std::fs::write(
        root.join("profile.csv"),
        "email,favourite_colour\nzoe@example.com,green\n",
    )
    .unwrap();
    std::fs::write(root.join("billing/x.csv"), "ref,when\nA1,2024-05-01\n").unwrap();
    let manifest = r#"{"dossier_manifest": 1,
        "files": [{"path": "billing/", "category": "Payment Information"}],
        "fields": [{"file": "profile.csv", "field": "email", "category": null},
                   {"file": "profile.csv", "field": "favourite_colour", "category": "Inferences, Predictions and Tags Generated by Us"}]}"#;
    std::fs::write(root.join("dossier.json"), manifest).unwrap();
    let scan = scan(root);
    assert!(scan.manifest.is_some());
    let rows = field_rows(&scan, &classify(&scan, PolicyPack::clarifai()));
    let row = |file: &str, field: &str| {
        rows.iter()
            .find(|r| r.file == file && r.field == field)
            .unwrap()
            .clone()
    };
    let email = row("profile.csv", "email");
    assert_eq!(
        email.category, None,
        "the manifest says it is not personal data"
    );
    assert!(email.evidence.contains("manifest"));
    assert_eq!(
        row("profile.csv", "favourite_colour").category.as_deref(),
        Some("Inferences, Predictions and Tags Generated by Us")
    );
    assert_eq!(
        row("billing/x.csv", "when").category.as_deref(),
        Some("Payment Information")
    );
    assert_eq!(row("billing/x.csv", "when").confidence, 1.0);
    assert!(rows
        .iter()
        .filter(|r| r.file == "dossier.json")
        .all(|r| r.category.is_none()));
}

#[test]
fn a_broken_manifest_is_a_problem_and_the_rules_apply() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dossier.json"),
        r#"{"dossier_manifest": 1, "files": "oops"}"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("a.csv"), "email\nzoe@example.com\n").unwrap();
    let scan = scan(dir.path());
    assert!(scan.manifest.is_none());
    assert!(support::problem_for(&scan, "dossier.json")
        .unwrap()
        .contains("not a valid Dossier manifest"));
    let rows = field_rows(&scan, &classify(&scan, PolicyPack::clarifai()));
    assert_eq!(
        rows.iter()
            .find(|r| r.field == "email")
            .unwrap()
            .category
            .as_deref(),
        Some("Contact Data/Identifiers")
    );
}

/// The structural rules, each on the smallest export that needs it: bookkeeping is an object a
/// field sits in, not a heading over records; an array's name does not make its fields images;
/// a time of 0 is a placeholder; a face model's regions are biometric, and in a workflow's
/// outputs from a face model and a general one, only the regions are.
#[test]
fn structure_decides_what_names_alone_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("export");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(
        root.join("activity.json"),
        r#"{"status": {"code": 10000, "description": "Ok"},
            "Status": {"Status List": [
              {"IDFA": "6D92078A-8246-4BA4-AE5B-76104861E7DC"},
              {"IDFA": "1E2DFA89-496A-47FD-9941-DF1FC4E6484A"}]},
            "Post": {"VideoList": [
              {"Title": "first ride", "AllowComments": "yes"},
              {"Title": "second ride", "AllowComments": "no"}]},
            "profile": [{"Email": {"value": "zoe@example.com", "timestamp": 0}},
                        {"Email": {"value": "jo@example.org", "timestamp": 0}}]}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("outputs.json"),
        r#"{"outputs": [
          {"model": {"id": "face-detection"}, "data": {"regions": [
            {"region_info": {"bounding_box": {"top_row": 0.1, "left_col": 0.2}}},
            {"region_info": {"bounding_box": {"top_row": 0.3, "left_col": 0.4}}}]}},
          {"model": {"id": "face-detection"}, "data": {"regions": [
            {"region_info": {"bounding_box": {"top_row": 0.5, "left_col": 0.6}}}]}}]}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("workflow.json"),
        r#"{"results": [{"outputs": [
          {"model": {"id": "general-image-recognition"}, "data": {"concepts": [
            {"id": "ai_1", "name": "wedding", "value": 0.99},
            {"id": "ai_2", "name": "people", "value": 0.95}]}},
          {"model": {"id": "face-detection"}, "data": {"regions": [
            {"region_info": {"bounding_box": {"top_row": 0.1, "left_col": 0.2}}},
            {"region_info": {"bounding_box": {"top_row": 0.3, "left_col": 0.4}}}]}}]}]}"#,
    )
    .unwrap();
    // Saved under the REST API's own paths: a folder named `users` does not make the concepts
    // of an annotation the company's labels of a person.
    write_temp(
        &dir,
        "export/v2/users/ana/apps/fotos/annotations.json",
        br#"{"annotations": [
          {"id": "a1", "data": {"concepts": [{"id": "dog", "name": "dog", "value": 1}]}},
          {"id": "a2", "data": {"concepts": [{"id": "cat", "name": "cat", "value": 1}]}}]}"#,
    );
    let scan = scan(&root);
    let rows = field_rows(&scan, &classify(&scan, PolicyPack::clarifai()));
    let category = |field: &str| {
        let row = rows
            .iter()
            .find(|r| r.field == field)
            .unwrap_or_else(|| panic!("{field} was not read"));
        (row.category.clone(), row.evidence.clone())
    };
    let label = category("annotations[].data.concepts[].name");
    assert_eq!(
        label.0.as_deref(),
        Some("Predictions and Tags"),
        "{label:?}"
    );
    let face_box = category("results[].outputs[].data.regions[].region_info.bounding_box.top_row");
    assert_eq!(
        face_box.0.as_deref(),
        Some("Biometric Data"),
        "{face_box:?}"
    );
    let concept = category("results[].outputs[].data.concepts[].name");
    assert_eq!(
        concept.0.as_deref(),
        Some("Predictions and Tags"),
        "{concept:?}"
    );
    assert_eq!(
        category("status.code").0,
        None,
        "{:?}",
        category("status.code")
    );
    assert_eq!(
        category("Status.Status List[].IDFA").0.as_deref(),
        Some("Device/IP Information"),
        "{:?}",
        category("Status.Status List[].IDFA")
    );
    assert_ne!(
        category("Post.VideoList[].AllowComments").0.as_deref(),
        Some("Other Visual Information"),
        "{:?}",
        category("Post.VideoList[].AllowComments")
    );
    let placeholder = category("profile[].Email.timestamp");
    assert_eq!(placeholder.0, None, "{placeholder:?}");
    assert!(placeholder.1.contains("always 0"), "{placeholder:?}");
    let region = category("outputs[].data.regions[].region_info.bounding_box.top_row");
    assert_eq!(region.0.as_deref(), Some("Biometric Data"), "{region:?}");
    assert!(region.1.contains("`face`"), "{region:?}");
    assert_eq!(category("outputs[].model.id").0, None);
}

/// What a record holds says what it is when its file's name does not; a record's own random
/// id, an API's own address and an empty field under a telling heading are not personal data.
#[test]
fn records_ids_and_empty_fields() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("export");
    std::fs::create_dir_all(root.join("general")).unwrap();
    // A Slack day file: named by its date, in a folder named after the channel.
    std::fs::write(
        root.join("general/2024-03-11.json"),
        r#"[{"user": "U01AB2CD3EF", "text": "standup moved to 10", "ts": "1710151200.000100"},
            {"user": "U04GH5IJ6KL", "text": "thanks!", "ts": "1710151260.000200"}]"#,
    )
    .unwrap();
    std::fs::write(
        root.join("annotations.json"),
        r#"{"annotations": [
            {"id": "9f1c2b7e4d3a4c5b8e6f7a8b9c0d1e2f", "user_id": "ines_okl",
             "data": {"concepts": [{"id": "ai_786Zr311", "name": "dog", "value": 1}]}},
            {"id": "0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5", "user_id": "ines_okl",
             "data": {"concepts": [{"id": "ai_8S2Vq3cR", "name": "cat", "value": 1}]}}]}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("charges.json"),
        r#"{"object": "list", "url": "/v1/charges", "has_more": false, "data": [
            {"id": "ch_3MmlLrLkdIwHu7ix0snN0B15", "amount": 1099, "currency": "usd",
             "failure_code": null, "billing_details": {"name": null}}]}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("login_activity.json"),
        r#"{"logins": [
            {"string_map_data": {"IP Address": {"href": "", "value": "203.0.113.7"}}},
            {"string_map_data": {"IP Address": {"href": "", "value": "198.51.100.20"}}}],
           "profile": {"maiden_name": "", "email": "ines@example.com"}}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("user.json"),
        r#"{"user": {"id": "ines_okl", "first_name": "Ines", "email": "ines@example.com"}}"#,
    )
    .unwrap();
    // Outputs of the person's own model, and of one of the company's public models.
    for (file, owner) in [
        ("outputs.json", "ines_okl"),
        ("public-outputs.json", "clarifai"),
    ] {
        let outputs = format!(
            r#"{{"outputs": [{{"model": {{"id": "m1", "user_id": "{owner}"}}, "input": {{"id": "a1b2c3d4"}}}},
                            {{"model": {{"id": "m1", "user_id": "{owner}"}}, "input": {{"id": "e5f6a7b8"}}}}]}}"#
        );
        std::fs::write(root.join(file), outputs).unwrap();
    }
    let scan = scan(&root);
    let rows = field_rows(&scan, &classify(&scan, PolicyPack::clarifai()));
    // Checks a field's category and that its evidence says `why`.
    let expect = |file: &str, field: &str, category: Option<&str>, why: &str| {
        let row = rows
            .iter()
            .find(|r| r.file == file && r.field == field)
            .unwrap_or_else(|| panic!("{file}::{field} was not read"));
        assert_eq!(
            row.category.as_deref(),
            category,
            "{file}::{field}: {}",
            row.evidence
        );
        assert!(
            row.evidence.contains(why),
            "{file}::{field}: {}",
            row.evidence
        );
    };
    let social = Some("Social Network Data");
    let contact = Some("Contact Data/Identifiers");
    expect("general/2024-03-11.json", "ts", social, "`text` and `user`");
    expect("annotations.json", "annotations[].id", None, "");
    let concept_id = "annotations[].data.concepts[].id";
    expect(
        "annotations.json",
        concept_id,
        Some("Predictions and Tags"),
        "",
    );
    expect("charges.json", "url", None, "API");
    let href = "logins[].string_map_data.IP Address.href";
    expect("login_activity.json", href, None, "");
    let own_model = "outputs[].model.user_id";
    expect("outputs.json", own_model, contact, "account holder's id");
    expect("public-outputs.json", own_model, None, "");
    expect("login_activity.json", "profile.maiden_name", contact, "");
}

/// People named by the list they are in (`users.json`, `people[]`), a page's `first_id` that
/// repeats one of them, and the name of a thing (an app) inside a person's record, which is the
/// thing's and not the person's.
#[test]
fn people_lists_paging_ids_and_names_of_things() {
    let rows = classified(&[
        (
            "users.json",
            r#"{"object": "list", "first_id": "user-Mauk2mImGkxO", "last_id": "user-Q7pLx0RsT2bN",
                "data": [
                {"id": "user-Mauk2mImGkxO", "name": "Ines Okafor", "email": "ines@example.com"},
                {"id": "user-Q7pLx0RsT2bN", "name": "Tom Berg", "email": "tom@example.com"}]}"#,
        ),
        (
            "tasks.json",
            r#"{"data": [
                {"gid": "1203345600011122", "people": [{"gid": "1203345600022233"}]},
                {"gid": "1203345600011123", "people": [{"gid": "1203345600022234"}]}]}"#,
        ),
        (
            "collaborations.json",
            r#"{"collaborations": [
                {"app_owner": {"first_name": "Ines", "email": "ines@example.com"},
                 "app": {"id": "kiln-log", "name": "Kiln log"}, "role": "editor"},
                {"app_owner": {"first_name": "Tom", "email": "tom@example.com"},
                 "app": {"id": "family", "name": "Family archive"}, "role": "viewer"}]}"#,
        ),
    ]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            ("users.json", "data[].id", contact),
            ("tasks.json", "data[].people[].gid", contact),
            ("users.json", "first_id", None),
            ("users.json", "last_id", None),
            ("collaborations.json", "collaborations[].app.name", None),
            (
                "collaborations.json",
                "collaborations[].app_owner.first_name",
                contact,
            ),
        ],
    );
    assert!(row(&rows, "users.json", "first_id")
        .evidence
        .contains("bookkeeping"));
}

/// The `metadata` of an event is the event's; the `metadata` of an uploaded image is metadata
/// of that content.
#[test]
fn metadata_belongs_to_its_record() {
    let rows = classified(&[
        (
            "events.json",
            r#"{"events": [
                {"event_name": "model-trained", "created_at": 1718623905,
                 "metadata": {"duration_seconds": 42, "template": "classifier"}},
                {"event_name": "app-created", "created_at": 1718627505,
                 "metadata": {"duration_seconds": 3, "template": "blank"}}]}"#,
        ),
        (
            "inputs.json",
            r#"{"inputs": [
                {"id": "a1b2c3", "data": {"image": {"url": "https://samples.example/hive-1.jpg"},
                 "metadata": {"hive": "north", "taken_by": "drone"}}},
                {"id": "d4e5f6", "data": {"image": {"url": "https://samples.example/hive-2.jpg"},
                 "metadata": {"hive": "south", "taken_by": "phone"}}}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "events.json",
                "events[].metadata.duration_seconds",
                Some("Web Analytics"),
            ),
            (
                "events.json",
                "events[].metadata.template",
                Some("Web Analytics"),
            ),
            (
                "inputs.json",
                "inputs[].data.metadata.hive",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// What a processor counts on a person's profile (sessions, models trained) measures use; how
/// they signed up names a linked account; a picture's size in a message is metadata of the
/// picture; a mail's Message-ID is no address; an order's own number and a catalog price's own
/// lifecycle are bookkeeping, while what the price costs is what the person pays; an order's
/// `state` holding a status is the order's, its address's `state` a region.
#[test]
fn counters_sign_up_methods_sizes_and_message_ids() {
    let rows = classified(&[
        (
            "contact.json",
            r#"{"email": "ines@example.com", "name": "Ines Okafor", "session_count": 41,
                "custom_attributes": {"models_trained_30d": 3, "signup_method": "github"}}"#,
        ),
        (
            "messages.json",
            r#"{"messages": [
                {"from": "Ines Okafor", "text": "the plan, photographed",
                 "date": "2024-06-01T10:00:00Z", "photo": "photos/plan.jpg",
                 "width": 1280, "height": 960},
                {"from": "Tom Berg", "text": "thanks", "date": "2024-06-01T10:05:00Z",
                 "photo": "photos/reply.jpg", "width": 800, "height": 600}]}"#,
        ),
        (
            "events.json",
            r#"{"items": [
                {"event": "delivered", "recipient": "ines@example.com",
                 "message": {"headers": {"message-id": "20240912060003.8d41c7a2@mg.example.com"}}},
                {"event": "opened", "recipient": "ines@example.com",
                 "message": {"headers": {"message-id": "20240603081522.71b0e4c9@mg.example.com"}}}]}"#,
        ),
        (
            "orders.json",
            r#"{"orders": [{"order_number": 1001, "total_price": "19.00", "currency": "EUR",
                            "state": "COMPLETED", "shipping_address": {"state": "QC"}},
                           {"order_number": 1002, "total_price": "7.50", "currency": "EUR",
                            "state": "OPEN", "shipping_address": {"state": "ON"}}]}"#,
        ),
        (
            "subscriptions.json",
            r#"{"data": [{"id": "sub_1", "status": "active", "items": {"data": [
                {"id": "si_1", "price": {"id": "price_1", "active": true, "created": 1700000000,
                 "product": "prod_Pq1", "unit_amount": 2900, "currency": "usd",
                 "recurring": {"interval": "month"}}}]}},
                {"id": "sub_2", "status": "canceled", "items": {"data": [
                {"id": "si_2", "price": {"id": "price_2", "active": false, "created": 1690000000,
                 "product": "prod_Pq2", "unit_amount": 900, "currency": "usd",
                 "recurring": {"interval": "year"}}}]}}]}"#,
        ),
    ]);
    let price = "data[].items.data[].price";
    assert_categories(
        &rows,
        &[
            ("contact.json", "session_count", Some("Web Analytics")),
            (
                "contact.json",
                "custom_attributes.models_trained_30d",
                Some("Web Analytics"),
            ),
            (
                "contact.json",
                "custom_attributes.signup_method",
                Some("Social Network Data"),
            ),
            (
                "messages.json",
                "messages[].width",
                Some("Geolocation and other metadata"),
            ),
            (
                "messages.json",
                "messages[].text",
                Some("Social Network Data"),
            ),
            ("events.json", "items[].message.headers.message-id", None),
            ("orders.json", "orders[].order_number", None),
            ("orders.json", "orders[].state", Some("Payment Information")),
            (
                "orders.json",
                "orders[].shipping_address.state",
                Some("Contact Data/Identifiers"),
            ),
            ("subscriptions.json", &format!("{price}.created"), None),
            ("subscriptions.json", &format!("{price}.product"), None),
            (
                "subscriptions.json",
                &format!("{price}.unit_amount"),
                Some("Payment Information"),
            ),
        ],
    );
}

/// In a record about messages the ids of people are the social network, except the person's
/// own id, which the profile gives.
#[test]
fn the_persons_own_id_in_messages_stays_theirs() {
    let rows = classified(&[
        (
            "user.json",
            r#"{"id": "41873205", "full_name": "Ines Okafor", "email": "ines@example.com"}"#,
        ),
        (
            "messages.json",
            r#"{"messages": [
                {"user_id": "41873205", "text": "see you at ten", "sent_at": "2024-06-01T10:00:00Z",
                 "reply_to_user_id": "77310422"},
                {"user_id": "41873205", "text": "on my way", "sent_at": "2024-06-01T10:05:00Z",
                 "reply_to_user_id": "77310423"}]}"#,
        ),
    ]);
    let own = row(&rows, "messages.json", "messages[].user_id");
    assert_eq!(
        own.category.as_deref(),
        Some("Contact Data/Identifiers"),
        "{}",
        own.evidence
    );
    assert!(
        own.evidence.contains("account holder's id"),
        "{}",
        own.evidence
    );
    let other = row(&rows, "messages.json", "messages[].reply_to_user_id");
    assert_eq!(
        other.category.as_deref(),
        Some("Social Network Data"),
        "{}",
        other.evidence
    );
}

/// What records say about themselves: a `type` repeating the record's name or a format's class
/// is not data; a journey is where the person moved; a file nobody named after its records
/// takes its folder's name; an image object in a profile is an image; a frame's own id is not a
/// device's; an API response's envelope is not data, a lead's id is the person's; a comment on
/// a support ticket is correspondence with the company; a search history with the places it was
/// made from is a search history; a `Name` among visited locations is a place's.
#[test]
fn records_named_by_their_fields_folders_and_objects() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("export");
    std::fs::create_dir_all(root.join("Music Activity")).unwrap();
    std::fs::write(
        root.join("issue_comments_000001.json"),
        r#"[{"type": "issue_comment", "user": "https://example.com/u/ines", "body": "LGTM", "created_at": "2024-01-02T10:00:00Z"},
            {"type": "issue_comment", "user": "https://example.com/u/bram", "body": "thanks", "created_at": "2024-01-03T10:00:00Z"}]"#,
    )
    .unwrap();
    std::fs::write(
        root.join("places.geojson.json"),
        r#"{"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [4.89, 52.37]}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.12, 52.09]}}]}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("workouts.csv"),
        "Workout Date,Distance,Moving Time,Average Cadence,Training Load\n\
         2024-01-02,10.04,3240,82,41\n2024-01-05,12.31,1980,79,55\n",
    )
    .unwrap();
    std::fs::write(
        root.join("Music Activity/Library Tracks.json"),
        r#"[{"Title": "Sample Song", "Artist": "The Example Band", "Skip Count": 2, "Genre": "Pop"},
            {"Title": "Other Song", "Artist": "The Example Band", "Skip Count": 0, "Genre": "Rock"}]"#,
    )
    .unwrap();
    std::fs::write(
        root.join("user.json"),
        r#"{"user": {"name": "Ines Okafor", "email": "ines@example.com", "phone": "+31 20 555 0100",
                     "photo": {"content_url": "https://example.com/photos/ines.png", "width": 80, "height": 80}}}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("video-outputs.json"),
        r#"{"outputs": [{"data": {"frames": [
            {"id": "6D92078A-8246-4BA4-AE5B-76104861E7DC", "frame_info": {"time": 1000}},
            {"id": "1E2DFA89-496A-47FD-9941-DF1FC4E6484A", "frame_info": {"time": 2000}}]}}]}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("leads.json"),
        r#"{"requestId": "e42b#14272d07d78", "success": true, "result": [
            {"id": 318581, "email": "ines@example.com", "firstName": "Ines"},
            {"id": 318582, "email": "bram@example.org", "firstName": "Bram"}]}"#,
    )
    .unwrap();
    std::fs::write(
        root.join("SearchRequestsAndQuery.csv"),
        "DateTime,DeviceId,AccuracyRadius,Latitude,Longitude,Time,Title,Url,SearchTerms\n\
         3/2/2024 7:38:52 PM +00:00,g:6755399441055744,1200,59.3293,18.0686,3/2/2024 7:39:20 PM +00:00,Kayak club,https://kayak.example.org/,sea kayak courses\n\
         2/28/2024 8:01:10 AM +00:00,g:6755399441055744,65,59.3340,18.0632,2/28/2024 8:01:30 AM +00:00,Pharmacy,https://pharmacy.example.com/,pharmacy open late\n",
    )
    .unwrap();
    std::fs::write(
        root.join("UserVisitLocations.csv"),
        "DateTime,Latitude,Longitude,Name\n\
         3/2/2024 10:05:00 AM +00:00,59.3238,18.0749,Example Ferry Terminal\n\
         3/3/2024 07:15:00 AM +00:00,59.3326,18.0649,Morning run\n",
    )
    .unwrap();
    let profile = |cid: &str, link: &str| {
        format!(
            r#"{{"uri": "at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.actor.profile/self", "cid": "{cid}",
                "value": {{"$type": "app.bsky.actor.profile", "displayName": "Ines",
                          "avatar": {{"$type": "blob", "ref": {{"$link": "{link}"}}, "mimeType": "image/jpeg", "size": 5120}}}}}}"#
        )
    };
    std::fs::write(
        root.join("app.bsky.actor.profile.json"),
        format!(
            r#"{{"records": [{}, {}]}}"#,
            profile(
                "bafyreigk3d7s2qv5xk4nyl6hwm2ro3bfcz7teajx4pq5uvd2ilsw6mhbte",
                "bafkreihwsnuregceqh263vgdathcprnbvatyat6h6mu7ipjhhodcdbyhoy"
            ),
            profile(
                "bafyreibn7xw4ue3kq2ycj6plr5tvo2zhmsd4gaf7wi3xqle5nuyk2bdtpa",
                "bafkreiabm3ge5k7qsmyb7xdcgyhbqmnhf5w2zsuvbzy3uwccdr2guzkqfi"
            )
        ),
    )
    .unwrap();
    std::fs::create_dir_all(root.join("tickets")).unwrap();
    std::fs::write(
        root.join("tickets/4127_comments.json"),
        r#"{"comments": [
            {"author_id": 3701, "body": "The export is missing my images", "created_at": "2024-01-02T10:00:00Z"},
            {"author_id": 9910, "body": "We are looking into it", "created_at": "2024-01-03T10:00:00Z"}]}"#,
    )
    .unwrap();
    let scan = scan(&root);
    let rows = field_rows(&scan, &classify(&scan, PolicyPack::clarifai()));
    let category = |file: &str, field: &str| {
        let row = rows
            .iter()
            .find(|r| r.file == file && r.field == field)
            .unwrap_or_else(|| panic!("{file}::{field} was not read"));
        (row.category.clone(), row.evidence.clone())
    };
    let geo = Some("Geolocation and other metadata");
    for (file, field, expected) in [
        ("issue_comments_000001.json", "type", None),
        (
            "issue_comments_000001.json",
            "body",
            Some("Social Network Data"),
        ),
        ("places.geojson.json", "type", None),
        ("places.geojson.json", "features[].geometry.type", None),
        ("workouts.csv", "Average Cadence", geo),
        ("workouts.csv", "Training Load", geo),
        (
            "Music Activity/Library Tracks.json",
            "Genre",
            Some("Web Analytics"),
        ),
        ("user.json", "user.photo.width", geo),
        (
            "user.json",
            "user.photo.content_url",
            Some("Other Visual Information"),
        ),
        ("video-outputs.json", "outputs[].data.frames[].id", None),
        ("leads.json", "success", None),
        ("app.bsky.actor.profile.json", "records[].cid", None),
        ("app.bsky.actor.profile.json", "records[].value.$type", None),
        (
            "app.bsky.actor.profile.json",
            "records[].value.avatar.ref.$link",
            Some("Other Visual Information"),
        ),
        ("SearchRequestsAndQuery.csv", "Title", Some("Web Analytics")),
        ("UserVisitLocations.csv", "Name", geo),
        (
            "tickets/4127_comments.json",
            "comments[].body",
            Some("Contact Data/Identifiers"),
        ),
        (
            "tickets/4127_comments.json",
            "comments[].created_at",
            Some("Contact Data/Identifiers"),
        ),
        (
            "leads.json",
            "result[].id",
            Some("Contact Data/Identifiers"),
        ),
    ] {
        let (got, why) = category(file, field);
        assert_eq!(got.as_deref(), expected, "{file}::{field}: {why}");
    }
}

/// The classified field rows of an export folder holding `files` (path, contents).
fn classify_files(files: &[(&str, &str)]) -> Vec<dossier_engine::summary::FieldRow> {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("export");
    for (path, contents) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
    let scan = scan(&root);
    field_rows(&scan, &classify(&scan, PolicyPack::clarifai()))
}

/// The category of `file::field` among `rows`.
fn category_in(
    rows: &[dossier_engine::summary::FieldRow],
    file: &str,
    field: &str,
) -> Option<String> {
    rows.iter()
        .find(|r| r.file == file && r.field == field)
        .unwrap_or_else(|| panic!("{file}::{field} was not read"))
        .category
        .clone()
}

/// Classes of failure the exports written in December 2026 showed: a record's circumstances (the
/// device a search came from) do not make it a device record; hashes named as pictures are
/// image references while other hashes are ids; list envelopes, HAL links and an API's self
/// links are the format's; degree-marked coordinates are coordinates; a conversation assigned to
/// staff with a priority is a support case; a name ending in `Info` or `Received` is named by
/// the word before.
#[test]
fn circumstances_references_and_envelopes() {
    let rows = classify_files(&[
        (
            "Retail.Search-Data/Retail.Search-Data.Customer-Engagement.csv",
            "Keywords,First Search Time (GMT),Device Model,Operating System Name,User Agent Info Family,Customer IP,Query Abandoned (Y/N)\n\
             moka 6 tazze,2023-03-04 09:12:44,Pixel 6,Android,Smartphone,198.51.100.7,0\n\
             borraccia termica,2023-05-18 21:40:07,Generic Desktop,Windows,Desktop,203.0.113.9,1\n",
        ),
        (
            "user.json",
            r#"{"username": "loomfall", "email": "loom@example.com",
                "avatar_hash": "c4e1f0a9b8d7c6e5f4a3b2c1d0e9f8a7",
                "payments": [{"amount": 999, "currency": "usd",
                              "payment_intent": "pi_3MtwBwLkdIwHu7ix28a3tqPa"},
                             {"amount": 499, "currency": "usd",
                              "payment_intent": "pi_3MtwCxLkdIwHu7ix0aQ3tqPb"}]}"#,
        ),
        (
            "contact.json",
            r#"{"type": "contact", "email": "dalia@example.com", "name": "Dalia Holm",
                "tags": {"type": "list", "url": "/contacts/65f1c2a9e4b0d31a7c2e9b14/tags",
                         "data": [{"type": "tag", "id": "7123841", "url": "/tags/7123841"}]},
                "_links": [{"rel": "self", "href": "https://us1.api.example.com/3.0/lists/1/members/2", "method": "GET"},
                           {"rel": "parent", "href": "https://us1.api.example.com/3.0/lists/1/members", "method": "GET"}]}"#,
        ),
        (
            "Timeline.json",
            r#"{"semanticSegments": [
                {"startTime": "2024-06-01T08:00:00.000-07:00", "timelinePath": [{"point": "45.5121734°, -122.6498213°", "time": "2024-06-01T08:41:00.000-07:00"}]},
                {"startTime": "2024-06-02T08:00:00.000-07:00", "timelinePath": [{"point": "45.5190412°, -122.6611180°", "time": "2024-06-02T08:41:00.000-07:00"}]}]}"#,
        ),
        (
            "conversations/1479000128834.json",
            r#"{"type": "conversation", "created_at": 1709890000, "state": "closed", "priority": "not_priority",
                "admin_assignee_id": 5830117,
                "source": {"body": "<p>My workflow keeps failing</p>", "author": {"type": "user", "name": "Dalia Holm", "email": "dalia@example.com"}}}"#,
        ),
        (
            "Endorsement_Received_Info.csv",
            "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status\n\
             2024/01/12 10:00:00 UTC,Data Engineering,Juho,Invented,ACCEPTED\n\
             2023/11/02 08:30:00 UTC,Python,Leena,Examplesson,ACCEPTED\n",
        ),
    ]);
    let category = |file: &str, field: &str| category_in(&rows, file, field);
    let search = "Retail.Search-Data/Retail.Search-Data.Customer-Engagement.csv";
    let analytics = Some("Web Analytics".to_owned());
    assert_eq!(category(search, "Keywords"), analytics);
    assert_eq!(category(search, "First Search Time (GMT)"), analytics);
    assert_eq!(
        category(search, "Customer IP"),
        Some("Device/IP Information".to_owned())
    );
    assert_eq!(
        category("user.json", "avatar_hash"),
        Some("Other Visual Information".to_owned())
    );
    assert_eq!(category("user.json", "payments[].payment_intent"), None);
    for field in [
        "tags.type",
        "tags.url",
        "tags.data[].url",
        "_links[].href",
        "_links[].rel",
    ] {
        assert_eq!(category("contact.json", field), None, "{field}");
    }
    let places = Some("Geolocation and other metadata".to_owned());
    let point = "semanticSegments[].timelinePath[].point";
    assert_eq!(category("Timeline.json", point), places);
    assert_eq!(
        category("Timeline.json", "semanticSegments[].startTime"),
        places
    );
    let case = "conversations/1479000128834.json";
    let contact = Some("Contact Data/Identifiers".to_owned());
    assert_eq!(category(case, "source.body"), contact);
    assert_eq!(category(case, "source.author.name"), contact);
    let endorsements = "Endorsement_Received_Info.csv";
    let social = Some("Social Network Data".to_owned());
    assert_eq!(category(endorsements, "Endorsement Date"), social);
    assert_eq!(category(endorsements, "Endorser First Name"), social);
}

/// A count at the top of a response that is the length of its list is the response's, not
/// data, as is its paging; a count of something named is data. An address at the company's own domain is the
/// company's.
#[test]
fn a_responses_count_of_its_list_and_the_companys_addresses_are_not_data() {
    let rows = classify_files(&[
        (
            "notes.json",
            r#"{"total": 2, "results": [
                {"id": "901", "properties": {"hs_note_body": "Discovery call", "hs_timestamp": "2025-02-19T16:02:41Z"}},
                {"id": "902", "properties": {"hs_note_body": "Follow-up", "hs_timestamp": "2025-03-27T08:31:09Z"}}]}"#,
        ),
        (
            "member.json",
            r#"{"email_address": "dalia@example.com", "tags_count": 2,
                "tags": [{"id": 1, "name": "API user"}, {"id": 2, "name": "Webinar"}]}"#,
        ),
        (
            "Data & Privacy Request History.csv",
            "Request ID,Request Date,Request Type,Apple ID Number\n\
             7F3A,2024-03-02,Obtain a copy of your data,20417736582\n\
             9C1B,2024-06-11,Correct your data,20417736582\n",
        ),
        (
            "conversations.json",
            r#"{"_embedded": {"conversations": [{"id": 1, "subject": "Refund"}, {"id": 2, "subject": "Invoice"}]},
                "page": {"size": 25, "totalElements": 2, "totalPages": 1, "number": 1}}"#,
        ),
        (
            "organizations.json",
            r#"{"organizations": [{"id": "org_1", "name": "Kiln Works"}, {"id": "org_2", "name": "Loomfall"}],
                "start": 0, "limit": 50, "total": 2}"#,
        ),
        (
            "sms.json",
            r#"{"messages": [{"body": "Your code is 4821"}, {"body": "Your code is 1177"}],
                "page": 0, "page_size": 50, "next_page_uri": null,
                "payments": {"pageInfo": {"hasNextPage": false, "endCursor": "Y3Vyc29yOjE="}}}"#,
        ),
        (
            "messages.json",
            r#"{"messages": [
                {"from_email": "billing@clarifai.com", "to_email": "dalia@example.com", "subject": "Your receipt"},
                {"from_email": "news@mail.clarifai.com", "to_email": "dalia@example.com", "subject": "Digest"}]}"#,
        ),
    ]);
    let category = |file: &str, field: &str| category_in(&rows, file, field);
    assert_eq!(category("notes.json", "total"), None);
    let total = rows
        .iter()
        .find(|r| r.file == "notes.json" && r.field == "total");
    assert!(total.unwrap().evidence.contains("results[]"));
    assert_ne!(category("member.json", "tags_count"), None);
    // A response's paging, as an object of its own or beside a paging field.
    for field in ["page.size", "page.totalElements", "page.number"] {
        assert_eq!(category("conversations.json", field), None, "{field}");
    }
    for field in [
        "page",
        "payments.pageInfo.hasNextPage",
        "payments.pageInfo.endCursor",
    ] {
        assert_eq!(category("sms.json", field), None, "{field}");
    }
    for field in ["start", "limit", "total"] {
        assert_eq!(category("organizations.json", field), None, "{field}");
    }
    assert_eq!(category("messages.json", "messages[].from_email"), None);
    // The rows of a table file are records, not a response's envelope.
    let request = "Data & Privacy Request History.csv";
    let date = rows
        .iter()
        .find(|r| r.file == request && r.field == "Request Date");
    assert!(!date.unwrap().evidence.contains("envelope"), "{date:?}");
    assert_eq!(
        category("messages.json", "messages[].to_email"),
        Some("Contact Data/Identifiers".to_owned())
    );
}

/// A thread of a support conversation (Help Scout's) is correspondence with the company, known
/// by its assignee, a member of staff whose details are bookkeeping, and its customer. The time
/// zone halves of a PHP `DateTime` are the format's; the date is its record's.
#[test]
fn support_threads_and_php_dates() {
    let rows = classify_files(&[
        (
            "conversations/2871903366/threads.json",
            r#"{"_embedded": {"threads": [
                {"id": 1, "type": "message", "body": "The duplicate charge has been refunded.",
                 "customer": {"id": 418207735, "first": "Teodora", "email": "teodora@example.org"},
                 "createdBy": {"id": 731045, "first": "Jelena", "email": "jelena.m@clarifai.com"},
                 "assignedTo": {"id": 731045, "first": "Jelena", "email": "jelena.m@clarifai.com"},
                 "createdAt": "2025-02-07T10:41:09Z"},
                {"id": 2, "type": "customer", "body": "I was charged twice in January.",
                 "customer": {"id": 418207735, "first": "Teodora", "email": "teodora@example.org"},
                 "createdBy": {"id": 418207735, "first": "Teodora", "email": "teodora@example.org"},
                 "assignedTo": {"id": 731045, "first": "Jelena", "email": "jelena.m@clarifai.com"},
                 "createdAt": "2025-02-06T08:12:44Z"}]}}"#,
        ),
        (
            "transactions.json",
            r#"[{"id": "k2x9", "amount": "96.00", "currencyIsoCode": "EUR",
                 "creditCardDetails": {"cardType": "Visa", "last4": "4242"},
                 "createdAt": {"date": "2024-11-08 19:22:05.000000", "timezone_type": 3, "timezone": "UTC"}},
                {"id": "k2y1", "amount": "12.00", "currencyIsoCode": "EUR",
                 "creditCardDetails": {"cardType": "Visa", "last4": "4242"},
                 "createdAt": {"date": "2024-10-03 22:47:19.000000", "timezone_type": 3, "timezone": "UTC"}}]"#,
        ),
    ]);
    let category = |file: &str, field: &str| category_in(&rows, file, field);
    let threads = "conversations/2871903366/threads.json";
    let contact = Some("Contact Data/Identifiers".to_owned());
    assert_eq!(category(threads, "_embedded.threads[].body"), contact);
    assert_eq!(category(threads, "_embedded.threads[].createdAt"), contact);
    let payment = Some("Payment Information".to_owned());
    assert_eq!(category("transactions.json", "createdAt.date"), payment);
    assert_eq!(category("transactions.json", "createdAt.timezone"), None);
    assert_eq!(
        category("transactions.json", "createdAt.timezone_type"),
        None
    );
}

/// A CRM's tasks, meetings and calls with the person (HubSpot's engagements, a Salesforce Task)
/// and the text messages a company's SMS service sent them (Twilio's) are correspondence with the
/// company, whatever their file is called.
#[test]
fn crm_activities_and_sms_are_correspondence() {
    let rows = classify_files(&[
        (
            "engagements.json",
            r#"{"results": [
                {"id": "501", "properties": {"hs_task_subject": "Send the DPA", "hs_task_priority": "HIGH",
                 "hs_task_status": "COMPLETED", "hs_timestamp": "2025-02-19T16:02:41Z"}},
                {"id": "502", "properties": {"hs_task_subject": "Renewal call", "hs_task_priority": "LOW",
                 "hs_task_status": "NOT_STARTED", "hs_timestamp": "2025-03-27T08:31:09Z"}}]}"#,
        ),
        (
            "messages.json",
            r#"{"messages": [
                {"sid": "SM1", "body": "Your Clarifai code is 482113", "from": "+15550100", "to": "+15550199",
                 "num_segments": "1", "num_media": "0", "date_sent": "Thu, 14 Mar 2024 10:02:11 +0000"},
                {"sid": "SM2", "body": "Your Clarifai code is 119057", "from": "+15550100", "to": "+15550199",
                 "num_segments": "1", "num_media": "0", "date_sent": "Fri, 15 Mar 2024 08:40:51 +0000"}]}"#,
        ),
        (
            "query-Task.csv",
            "Id,Subject,WhoId,Status,ActivityDate,CallDurationInSeconds\n\
             00T1,Call about the invoice,003A1,Completed,2025-01-14,312\n\
             00T2,Follow-up e-mail,003A1,Open,2025-01-20,\n",
        ),
    ]);
    let category = |file: &str, field: &str| category_in(&rows, file, field);
    let contact = Some("Contact Data/Identifiers".to_owned());
    for field in [
        "results[].properties.hs_task_subject",
        "results[].properties.hs_task_status",
        "results[].properties.hs_timestamp",
    ] {
        assert_eq!(category("engagements.json", field), contact, "{field}");
    }
    for field in ["messages[].body", "messages[].date_sent"] {
        assert_eq!(category("messages.json", field), contact, "{field}");
    }
    for field in ["Subject", "Status", "ActivityDate", "CallDurationInSeconds"] {
        assert_eq!(category("query-Task.csv", field), contact, "{field}");
    }
}

/// The last word of a field's name is its head: `PageBrowser` is a browser, `PageDevice` a
/// device, though `page` alone would make them page views.
#[test]
fn the_last_word_of_a_name_decides() {
    let rows = classify_files(&[(
        "visits.csv",
        "PageUrl,PageTitle,PageReferrer,EventType,PageBrowser,PageDevice\n\
         https://clarifai.example/explore,Explore,https://search.example/,click,Firefox,Desktop\n\
         https://clarifai.example/models,Models,https://clarifai.example/,view,Chrome,Mobile\n",
    )]);
    let category = |field: &str| category_in(&rows, "visits.csv", field);
    let device = Some("Device/IP Information".to_owned());
    assert_eq!(category("PageBrowser"), device);
    assert_eq!(category("PageDevice"), device);
}

/// How the company set up a payment page (Stripe Checkout: what to collect, which methods to
/// offer, where to return) is its configuration; what the person paid is payment information.
#[test]
fn a_payment_pages_setup_is_the_companys() {
    let rows = classify_files(&[(
        "checkout_sessions.json",
        r#"{"object": "list", "has_more": false, "data": [
            {"id": "cs_1", "object": "checkout.session", "amount_total": 9600, "currency": "eur",
             "allow_promotion_codes": true, "billing_address_collection": "required",
             "payment_method_types": ["card"], "success_url": "https://clarifai.com/settings/billing",
             "phone_number_collection": {"enabled": false},
             "customer_details": {"email": "teodora@example.org", "name": "Teodora Vukić"}},
            {"id": "cs_2", "object": "checkout.session", "amount_total": 1200, "currency": "eur",
             "allow_promotion_codes": false, "billing_address_collection": "auto",
             "payment_method_types": ["card", "link"], "success_url": "https://clarifai.com/settings/billing",
             "phone_number_collection": {"enabled": true},
             "customer_details": {"email": "teodora@example.org", "name": "Teodora Vukić"}}]}"#,
    )]);
    let category = |field: &str| category_in(&rows, "checkout_sessions.json", field);
    for field in [
        "data[].allow_promotion_codes",
        "data[].billing_address_collection",
        "data[].payment_method_types",
        "data[].success_url",
        "data[].phone_number_collection.enabled",
    ] {
        assert_eq!(category(field), None, "{field}");
    }
    assert_eq!(
        category("data[].amount_total"),
        Some("Payment Information".to_owned())
    );
    assert_eq!(
        category("data[].customer_details.email"),
        Some("Contact Data/Identifiers".to_owned())
    );
}

/// A picture's size and name are metadata of it; a yes/no flag of how the service handles the
/// file (`inline`, `deleted`) is not.
#[test]
fn a_files_flags_are_not_its_metadata() {
    let rows = classify_files(&[(
        "attachments.json",
        r#"{"attachments": [
            {"id": 1, "file_name": "scan-01.jpg", "content_url": "https://files.example.com/scan-01.jpg",
             "size": 48211, "width": 1280, "inline": false, "deleted": false},
            {"id": 2, "file_name": "scan-02.jpg", "content_url": "https://files.example.com/scan-02.jpg",
             "size": 51807, "width": 1280, "inline": true, "deleted": false}]}"#,
    )]);
    let category = |field: &str| category_in(&rows, "attachments.json", field);
    let metadata = Some("Geolocation and other metadata".to_owned());
    assert_eq!(category("attachments[].size"), metadata);
    assert_eq!(category("attachments[].inline"), None);
    assert_eq!(category("attachments[].deleted"), None);
}

/// A chat completion of a language model (Clarifai's OpenAI-compatible endpoint) is a model's
/// output, its token counts included; not a chat between people, nor an access token.
#[test]
fn a_language_models_answer_is_its_output() {
    let rows = classify_files(&[(
        "chat-completions.json",
        r#"[{"id": "chatcmpl-1", "object": "chat.completion", "created": 1741000000,
             "choices": [{"index": 0, "finish_reason": "stop",
                          "message": {"role": "assistant", "content": "Show notes: the harbour in 1962."}}],
             "usage": {"prompt_tokens": 812, "completion_tokens": 164, "total_tokens": 976},
             "system_fingerprint": null},
            {"id": "chatcmpl-2", "object": "chat.completion", "created": 1741000100,
             "choices": [{"index": 0, "finish_reason": "length",
                          "message": {"role": "assistant", "content": "Episode 4 covers the ferry."}}],
             "usage": {"prompt_tokens": 640, "completion_tokens": 512, "total_tokens": 1152},
             "system_fingerprint": null}]"#,
    )]);
    let category = |field: &str| category_in(&rows, "chat-completions.json", field);
    let predictions = Some("Predictions and Tags".to_owned());
    assert_eq!(category("choices[].message.content"), predictions);
    assert_eq!(category("choices[].finish_reason"), predictions);
    assert_eq!(category("usage.prompt_tokens"), predictions);
    assert_eq!(category("usage.total_tokens"), predictions);
}

/// Classes of failure the third round of exports showed (3 December 2026): a `type` that names
/// its own object or a class of account, HAL links in lists, WooCommerce's `meta_data[]{id,
/// key, value}` slots, Coinbase's `resource` and `resource_path`, the company's mailbox at a
/// help desk, a logo, what a record's fields hold together against how many lean elsewhere, and
/// lists keyed by record ids.
#[test]
fn types_links_slots_mailboxes_and_lists_keyed_by_ids() {
    let rows = classify_files(&[
        (
            "conversations/1479.json",
            r#"{"type": "conversation", "id": "1479", "priority": "not_priority",
                "admin_assignee_id": 814, "customer_id": "c-77",
                "source": {"author": {"type": "admin", "name": "Vera"}, "body": "Hello"},
                "statistics": {"type": "conversation_statistics", "count_reopens": 0},
                "support_email": "support@clarifai-help.freshdesk.example"}"#,
        ),
        (
            "orders.json",
            r#"[{"id": 2417, "total": "31.50", "customer_ip_address": "203.0.113.4",
                 "meta_data": [{"id": 9, "key": "_wc_order_attribution_source", "value": "typein"}],
                 "line_items": [{"name": "Merino", "price": 12.5, "product_id": 88,
                                 "image": {"src": "https://shop.example/uploads/merino.png"}}],
                 "store": {"name": "Atelier", "logo_url": "https://shop.example/img/atelier.png"},
                 "_links": {"self": [{"href": "https://shop.example/wp-json/wc/v3/orders/2417"}]}}]"#,
        ),
        (
            "transactions.json",
            r#"{"data": [{"id": "e23f8a51-7c09-5b4d-b6e1-a0d94c27f385", "type": "send",
                          "amount": {"amount": "-0.01", "currency": "BTC"},
                          "resource": "transaction",
                          "resource_path": "/v2/accounts/8d41c6a2/transactions/e23f8a51"}]}"#,
        ),
        (
            "activities.json",
            r#"{"data": [{"subject": "Intro call", "due_date": "2024-05-02", "done": true,
                          "location_lat": 59.91, "location_lng": 10.75,
                          "location_locality": "Oslo", "location_country": "Norway",
                          "location_route": "Karl Johans gate", "location_postal_code": "0154"}]}"#,
        ),
        (
            "user_data.json",
            r#"{"Shop": {"OrderHistories": {
                  "577204418903316529": {"order_date": "2024-05-01", "total_price": "12.00"},
                  "577204418903316530": {"order_date": "2024-06-01", "total_price": "3.50"}}}}"#,
        ),
    ]);
    let category = |file: &str, field: &str| category_in(&rows, file, field);
    let payment = Some("Payment Information".to_owned());
    let contact = Some("Contact Data/Identifiers".to_owned());
    for field in ["source.author.type", "statistics.type", "support_email"] {
        assert_eq!(category("conversations/1479.json", field), None, "{field}");
    }
    assert_eq!(category("orders.json", "_links.self[].href"), None);
    assert_eq!(category("orders.json", "meta_data[].key"), None);
    assert_ne!(
        category("orders.json", "store.logo_url"),
        Some("Other Visual Information".to_owned())
    );
    // A product's picture is still an image reference: only a logo is named as no picture.
    assert_eq!(
        category("orders.json", "line_items[].image.src"),
        Some("Other Visual Information".to_owned())
    );
    assert_eq!(category("orders.json", "line_items[].product_id"), payment);
    assert_eq!(category("transactions.json", "data[].resource"), None);
    assert_eq!(category("transactions.json", "data[].resource_path"), None);
    // Six address fields of the meeting place do not make a sales call a place.
    assert_eq!(category("activities.json", "data[].done"), contact);
    // Each order keyed by its id is a record of one list, not a field of its own.
    assert_eq!(
        category("user_data.json", "Shop.OrderHistories[].total_price"),
        payment
    );
    assert!(rows.iter().all(|r| !r.field.contains("577204418903316529")));
}

/// The rows Dossier gives an export made of `files` (path inside the export, contents).
fn classified(files: &[(&str, &str)]) -> Vec<dossier_engine::summary::FieldRow> {
    let dir = tempfile::tempdir().unwrap();
    for (path, contents) in files {
        write_temp(&dir, &format!("export/{path}"), contents.as_bytes());
    }
    let scan = scan(&dir.path().join("export"));
    field_rows(&scan, &classify(&scan, PolicyPack::clarifai()))
}

/// Asserts the category of each `(file, field, category)` among `rows`, showing the evidence
/// of a field that has another.
fn assert_categories(
    rows: &[dossier_engine::summary::FieldRow],
    expected: &[(&str, &str, Option<&str>)],
) {
    for &(file, field, want) in expected {
        let r = row(rows, file, field);
        assert_eq!(
            r.category.as_deref(),
            want,
            "{file}::{field}: {}",
            r.evidence
        );
    }
}

/// The row of `file::field` among `rows`.
fn row<'r>(
    rows: &'r [dossier_engine::summary::FieldRow],
    file: &str,
    field: &str,
) -> &'r dossier_engine::summary::FieldRow {
    rows.iter()
        .find(|r| r.file == file && r.field == field)
        .unwrap_or_else(|| panic!("{file}::{field} was not read"))
}

/// A lead's rating, status and conversion are the company's judgement of the person; its name,
/// e-mail and dates stay contact data, and the same words outside a lead are not recast.
#[test]
fn a_lead_is_judged_by_the_company() {
    let lead = "sobjects-Lead-00Q5g00000Kt7RwEAJ.json";
    let rows = classified(&[
        (
            lead,
            r#"{"attributes": {"type": "Lead"}, "Name": "Ada Quinn",
                "Email": "ada.quinn@example.com", "Company": "Example Ltd", "Rating": "Hot",
                "Status": "Working - Contacted", "IsConverted": false,
                "CreatedDate": "2025-02-01T10:00:00.000+0000"}"#,
        ),
        (
            "contact.json",
            r#"{"name": "Ada Quinn", "email": "ada.quinn@example.com", "status": "active",
                "company": "Example Ltd", "created": "2025-02-01T10:00:00Z"}"#,
        ),
    ]);
    let category = |file: &str, field: &str| row(&rows, file, field).category.clone();
    let judged = Some("Inferences, Predictions and Tags Generated by Us".to_owned());
    assert_eq!(category(lead, "Rating"), judged);
    assert_eq!(category(lead, "Status"), judged);
    assert_eq!(category(lead, "IsConverted"), judged);
    let contact = Some("Contact Data/Identifiers".to_owned());
    assert_eq!(category(lead, "Email"), contact);
    assert_eq!(category(lead, "CreatedDate"), contact);
    assert_ne!(category("contact.json", "status"), judged);
}

/// What a record is about recasts what its fields' names say, not what their values are: in a
/// file of messages the sender's name is the social network's, the sender's e-mail address
/// stays contact data.
#[test]
fn values_keep_their_kind_whatever_the_record_is_about() {
    let rows = classified(&[(
        "messages.json",
        r#"[{"text": "see you at practice", "sender_name": "Ada Quinn", "sender": "ada@example.com"},
            {"text": "bring the ball", "sender_name": "Bo Lind", "sender": "bo.lind@example.org"}]"#,
    )]);
    let category = |field: &str| row(&rows, "messages.json", field).category.as_deref();
    assert_eq!(category("sender_name"), Some("Social Network Data"));
    assert_eq!(category("sender"), Some("Contact Data/Identifiers"));
}

/// A query result nested in a record (Salesforce's related lists) carries its own paging: the
/// `done` beside `totalSize` is the response's, the related records are data.
#[test]
fn paging_nested_in_a_record_is_the_responses() {
    let file = "query-Contact.json";
    let rows = classified(&[(
        file,
        r#"{"totalSize": 1, "done": true, "records": [
            {"attributes": {"type": "Contact"}, "Email": "ada@example.com",
             "ActivityHistories": {"totalSize": 2, "done": true, "records": [
                {"Subject": "Call about renewal", "ActivityDate": "2025-03-01"},
                {"Subject": "Sent the quote", "ActivityDate": "2025-03-04"}]}}]}"#,
    )]);
    let done = row(&rows, file, "records[].ActivityHistories.done");
    assert_eq!(done.category, None, "{:?}", done.evidence);
    assert!(done.evidence.contains("paging"), "{:?}", done.evidence);
    assert_eq!(
        row(&rows, file, "records[].Email").category.as_deref(),
        Some("Contact Data/Identifiers")
    );
}

/// The place a person gives on their own account is where they live, and its language goes with
/// their time zone; a consent is a setting of their account; a processor's account for its
/// customer names them; the dates of an uploaded input inside a search hit are metadata of the
/// picture; who may reach the person on a network is a setting of theirs there, while the notes
/// beside a list of comments are not, and the `user` section of a file of sections is the
/// account's profile; when they put a video on a playlist measures their use.
#[test]
fn account_places_consents_settings_and_an_inputs_dates() {
    let rows = classified(&[
        (
            "playlists/Watch later-videos.csv",
            "Video ID,Playlist Video Creation Timestamp\n\
             k3Jd9Qp_x1A,2023-10-01T11:14:27+00:00\n\
             Zp4Lm7Rt2Wc,2024-03-02T21:48:55+00:00\n",
        ),
        (
            "sync.json",
            r#"{"sync_token": "a8f0", "full_sync": true,
                "user": {"email": "ines@example.com", "lang": "pt", "daily_goal": 5,
                         "date_format": 0, "start_page": "inbox", "auto_reminder": 30,
                         "theme_id": "11", "sort_order": 1, "days_off": [6, 7],
                         "next_week": 1, "start_day": 1, "time_format": 0},
                "items": [{"content": "buy bread", "priority": 1},
                          {"content": "call Tom", "priority": 4}]}"#,
        ),
        (
            "user_data_tiktok.json",
            r#"{"Profile And Settings": {"Settings": {"SettingsMap": {
                    "Who Can Send Me Message": "Friends", "Private Account": "Disabled",
                    "App Language": "Français (Canada)"}}},
                "Comment": {"Comments": {"App": "1233", "CommentsList": [
                    {"date": "2024-05-01 10:00:00", "comment": "so good"},
                    {"date": "2024-05-02 11:00:00", "comment": "again!"}]}}}"#,
        ),
        (
            "user.json",
            r#"{"id": "41873205", "username": "ines_o", "location": "Porto, Portugal", "language": "pt",
                "marketing_consent": {"consent_updated_at": "2024-02-01T09:00:00Z",
                                      "state": "subscribed"},
                "user_sessions": [{"client_info": {"location": "Lisbon, Portugal", "os": "Linux"}},
                                  {"client_info": {"location": "Braga, Portugal", "os": "Android"}}]}"#,
        ),
        (
            "invoices.json",
            r#"{"data": [{"id": "in_1", "customer": "cus_RtB7xq4LmW2nZe", "customer_account": null,
                          "amount_due": 2900},
                         {"id": "in_2", "customer": "cus_RtB7xq4LmW2nZe", "customer_account": null,
                          "amount_due": 900}]}"#,
        ),
        (
            "search-results.json",
            r#"{"hits": [
                {"score": 0.96, "input": {"id": "8b0d5e2f", "created_at": "2024-09-01T19:24:05Z",
                  "data": {"image": {"url": "https://data.example.com/inputs/image/8b0d5e2f.jpg"},
                           "geo": {"geo_point": {"latitude": 67.21, "longitude": 14.63}}}}}]}"#,
        ),
    ]);
    // The record around it would give a consent's date the same category: the rule must say so.
    let consent = row(&rows, "user.json", "marketing_consent.consent_updated_at");
    assert!(
        consent.evidence.contains("name word `consent`"),
        "{}",
        consent.evidence
    );
    let settings = "Profile And Settings.Settings.SettingsMap";
    assert_categories(
        &rows,
        &[
            (
                "playlists/Watch later-videos.csv",
                "Playlist Video Creation Timestamp",
                Some("Web Analytics"),
            ),
            ("user.json", "location", Some("Contact Data/Identifiers")),
            (
                "sync.json",
                "user.lang",
                Some("Geolocation and other metadata"),
            ),
            (
                "sync.json",
                "user.daily_goal",
                Some("Contact Data/Identifiers"),
            ),
            (
                "user.json",
                "language",
                Some("Geolocation and other metadata"),
            ),
            (
                "user_data_tiktok.json",
                &format!("{settings}.Who Can Send Me Message"),
                Some("Social Network Data"),
            ),
            (
                "user_data_tiktok.json",
                &format!("{settings}.Private Account"),
                Some("Social Network Data"),
            ),
            // `language` alone would be about an app; `app language` is about the settings map.
            (
                "user_data_tiktok.json",
                &format!("{settings}.App Language"),
                Some("Geolocation and other metadata"),
            ),
            ("user_data_tiktok.json", "Comment.Comments.App", None),
            (
                "user.json",
                "user_sessions[].client_info.location",
                Some("Geolocation and other metadata"),
            ),
            (
                "invoices.json",
                "data[].customer_account",
                Some("Contact Data/Identifiers"),
            ),
            (
                "search-results.json",
                "hits[].input.created_at",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// The teammate who answered a conversation is among its authors with the person, but an id
/// under a staff role (`teammate`, `admin_assignee_id`) is the teammate's, not the person's.
#[test]
fn staff_ids_in_a_conversation_are_not_the_persons() {
    let rows = classified(&[
        (
            "events-summary.json",
            r#"{"user_id": "isolvang", "events": [{"name": "opened", "count": 3}]}"#,
        ),
        (
            "conversations/215469318402917.json",
            r#"{"id": "215469318402917", "admin_assignee_id": 8140601,
                "conversation_rating": {"rating": 5, "teammate": {"type": "admin", "id": "8140601"}},
                "conversation_parts": {"conversation_parts": [
                    {"body": "Hello, my export is missing photos", "created_at": 1714521600,
                     "author": {"type": "user", "id": "isolvang"}},
                    {"body": "Let me check that for you", "created_at": 1714525200,
                     "author": {"type": "admin", "id": "8140601"}}]}}"#,
        ),
    ]);
    let file = "conversations/215469318402917.json";
    for field in ["admin_assignee_id", "conversation_rating.teammate.id"] {
        let r = row(&rows, file, field);
        assert_eq!(r.category, None, "{file}::{field}: {}", r.evidence);
    }
}

/// The signed-in person's own history, as an API names it (`user/me/history`), is what they
/// played: usage, even when no field says so by itself.
#[test]
fn a_persons_own_play_history_is_usage() {
    let rows = classified(&[(
        "user-me-history.json",
        r#"{"data": [
            {"id": 2871640515, "title": "Goémon", "duration": 218, "timestamp": 1749562813,
             "link": "https://www.deezer.com/track/2871640515"},
            {"id": 2871640516, "title": "Marées basses", "duration": 241, "timestamp": 1749563113,
             "link": "https://www.deezer.com/track/2871640516"}], "total": 2}"#,
    )]);
    for field in ["data[].title", "data[].duration"] {
        let r = row(&rows, "user-me-history.json", field);
        assert_eq!(
            r.category.as_deref(),
            Some("Web Analytics"),
            "{field}: {}",
            r.evidence
        );
    }
}

/// A model's probabilities for the person's gender and age band, and a CRM's scores of the
/// person, are the company's inference; the CRM's note of their Facebook id is the network's.
#[test]
fn a_models_guess_of_gender_and_age_is_an_inference() {
    let rows = classified(&[
        (
            "Activity/modeling/events-2024-00000-of-00001.json",
            r#"{"event_type": "predicted_demographics", "prob_male": 0.19, "prob_female": 0.77,
                "prob_18_24": 0.55, "prob_25_34": 0.32, "day_pt": "2024-03-04 00:00:00 UTC"}"#,
        ),
        (
            "contacts-4127-scoreValues.json",
            r#"{"scoreValues": [{"score": "2", "scoreValue": "35", "cdate": "2024-05-01T10:00:00Z"},
                                {"score": "3", "scoreValue": "12", "cdate": "2024-06-01T10:00:00Z"}]}"#,
        ),
        (
            "contacts-4127-contactData.json",
            r#"{"contactDatum": {"fb_id": "100004837261945", "tw_id": "1457723401",
                                 "first_visit": "2024-01-02T08:00:00Z"}}"#,
        ),
    ]);
    let file = "Activity/modeling/events-2024-00000-of-00001.json";
    let inference = Some("Inferences, Predictions and Tags Generated by Us");
    let social = Some("Social Network Data");
    assert_categories(
        &rows,
        &[
            (file, "prob_male", inference),
            (file, "prob_female", inference),
            (file, "prob_18_24", inference),
            (
                "contacts-4127-scoreValues.json",
                "scoreValues[].scoreValue",
                inference,
            ),
            (
                "contacts-4127-contactData.json",
                "contactDatum.fb_id",
                social,
            ),
            (
                "contacts-4127-contactData.json",
                "contactDatum.tw_id",
                social,
            ),
        ],
    );
}

/// The staff member who owns or last changed a CRM's record of the person is the company's, not
/// the person, wherever the record names them (an object with its id, or beside its `OwnerId`);
/// the owner of the person's own project, with the person's id, is still the person.
#[test]
fn the_staff_who_handle_a_record_are_not_the_person() {
    let rows = classified(&[
        (
            "Contacts/4876876000001203001.json",
            r#"{"data": [{"id": "4876876000001203001", "First_Name": "Renée", "Last_Name": "Okonkwo",
                "Email": "renee@example.org",
                "Owner": {"name": "Dariusz Wenzel", "id": "4876876000000227011", "email": "dariusz@example.com"},
                "Modified_By": {"name": "Aiyana Brightwater", "id": "4876876000000227046",
                                "email": "aiyana@example.com"}}]}"#,
        ),
        (
            "query-Contact.json",
            r#"{"records": [{"Id": "0035g00000Xy1AAAA", "Name": "Renée Okonkwo", "OwnerId": "0055g00000Gh4TnAAJ",
                "Owner": {"Name": "Priya Raman", "Email": "priya@example.com"}}]}"#,
        ),
        (
            "user.json",
            r#"{"user": {"id": "u-7731-okonkwo", "name": "Renée Okonkwo", "email": "renee@example.org"}}"#,
        ),
        (
            "projects.json",
            r#"{"data": [{"name": "Kitchen", "owner": {"id": "u-7731-okonkwo", "name": "Renée Okonkwo"}}]}"#,
        ),
    ]);
    let zoho = "Contacts/4876876000001203001.json";
    assert_categories(
        &rows,
        &[
            (zoho, "data[].Owner.name", None),
            (zoho, "data[].Owner.email", None),
            (zoho, "data[].Modified_By.name", None),
            (zoho, "data[].Modified_By.email", None),
            ("query-Contact.json", "records[].Owner.Name", None),
            (zoho, "data[].Email", Some("Contact Data/Identifiers")),
            (
                "projects.json",
                "data[].owner.name",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// How far one of the service's jobs got (Clarifai's input uploads count what they processed and
/// what failed) describes the job, not the person or their images.
#[test]
fn a_jobs_progress_is_the_services() {
    let rows = classified(&[(
        "inputs-add-jobs.json",
        r#"{"inputs_add_jobs": [{"id": "job-7f2c", "call_back_url": "",
            "progress": {"success_count": 118, "failed_count": 2},
            "created_at": "2024-06-02T09:14:11Z",
            "extraction_jobs": [{"url": "https://example.com/trailcam-june.zip",
                "progress": {"image_inputs_count": 118, "video_inputs_count": 0}}]}]}"#,
    )]);
    let file = "inputs-add-jobs.json";
    assert_categories(
        &rows,
        &[
            (file, "inputs_add_jobs[].progress.success_count", None),
            (file, "inputs_add_jobs[].progress.failed_count", None),
            (
                file,
                "inputs_add_jobs[].extraction_jobs[].progress.image_inputs_count",
                None,
            ),
        ],
    );
}

/// A search's hits hold a score beside the input each found: the hits have no category of their
/// own, but the `input` in each is an image, and its dates are metadata of it.
#[test]
fn an_input_inside_a_search_hit_keeps_its_metadata() {
    let rows = classified(&[(
        "search-results.json",
        r#"{"hits": [
            {"score": 0.9631, "input": {"id": "8b0d5e2f", "created_at": "2024-09-01T19:24:05Z",
             "data": {"image": {"url": "https://data.clarifai.com/orig/users/u1/apps/a1/inputs/image/8b0d5e2f"},
                      "geo": {"geo_point": {"longitude": 14.6298, "latitude": 67.2117}}}}},
            {"score": 0.8114, "input": {"id": "0c4d2e1a", "created_at": "2024-09-02T06:02:41Z",
             "data": {"image": {"url": "https://data.clarifai.com/orig/users/u1/apps/a1/inputs/image/0c4d2e1a"},
                      "geo": {"geo_point": {"longitude": 14.6301, "latitude": 67.2120}}}}}]}"#,
    )]);
    assert_categories(
        &rows,
        &[(
            "search-results.json",
            "hits[].input.created_at",
            Some("Geolocation and other metadata"),
        )],
    );
}

/// A processor's profile of the person names them by the company's own id for them
/// (`external_id`): it identifies what the record's own id would, a user; a calendar event's
/// external id still only numbers the event.
#[test]
fn an_external_id_identifies_its_record() {
    let rows = classified(&[
        (
            "users-export-ids.json",
            r#"{"users": [{"external_id": "kwhitford", "braze_id": "5f3c2a91d4e8b7001c6a9e42",
                "first_name": "Kezia", "email": "kezia@example.org"}]}"#,
        ),
        (
            "scheduled_events.json",
            r#"{"collection": [{"name": "Demo", "calendar_event": {"kind": "google",
                "external_id": "k1s6d9pb3xw0hq8fm2ry4ot7ja"}}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "users-export-ids.json",
                "users[].external_id",
                Some("Contact Data/Identifiers"),
            ),
            (
                "scheduled_events.json",
                "collection[].calendar_event.external_id",
                None,
            ),
        ],
    );
}

/// A workflow the person built names them as its owner, even inside the service's own objects;
/// the public models it runs are their publishers' (`clarifai`).
#[test]
fn the_owner_of_a_persons_own_workflow_is_the_person() {
    let rows = classified(&[(
        "resultados/natal.json",
        r#"{"workflow": {"id": "familia-rostos", "userId": "bea_santacruz", "appId": "album",
              "nodes": [{"id": "detect", "model": {"id": "face-detection", "userId": "clarifai"}}]},
            "results": [{"outputs": [{"id": "o1", "model": {"id": "face-detection", "userId": "clarifai",
              "modelVersion": {"id": "fe995da8cb73490f8556416ecf3cea2b", "userId": "clarifai"}}}]}]}"#,
    )]);
    let file = "resultados/natal.json";
    assert_categories(
        &rows,
        &[
            (file, "workflow.userId", Some("Contact Data/Identifiers")),
            (file, "workflow.nodes[].model.userId", None),
            (file, "results[].outputs[].model.userId", None),
            (file, "results[].outputs[].model.modelVersion.userId", None),
        ],
    );
}

/// A section of many settings beside a list of its own (TikTok's `SettingsMap` with its
/// `ScreenTime[]`) is still a section of settings, not notes about the list.
#[test]
fn settings_beside_a_list_are_still_settings() {
    let rows = classified(&[(
        "user_data_tiktok.json",
        r#"{"Profile And Settings": {"Settings": {"SettingsMap": {
              "Private Account": "Enabled", "Who Can Post Comments": "Friends",
              "Filter Comments": "Off", "Allow DownLoad": "Off", "Personalized Ads": "Off",
              "ScreenTime": [{"DailyScreenTimeLimit": "60 minutes"}]}}}}"#,
    )]);
    let file = "user_data_tiktok.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "Profile And Settings.Settings.SettingsMap.Private Account",
                Some("Social Network Data"),
            ),
            (
                file,
                "Profile And Settings.Settings.SettingsMap.Who Can Post Comments",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// "Health" alone names the state of things that are not a person (a customer account's health
/// score, a transaction's health): only a person's diagnosis or medication is health data the
/// policy does not disclose.
#[test]
fn only_a_persons_health_is_undisclosed_health_data() {
    let rows = classified(&[
        (
            "companies/150009117342.json",
            r#"{"id": 150009117342, "name": "Lumenkraft", "health_score": "At risk"}"#,
        ),
        (
            "transactions.json",
            r#"{"data": [{"id": "tx-1", "amount": {"amount": "12.00", "currency": "EUR"},
                "details": {"title": "Bought Bitcoin", "health": "positive"}}]}"#,
        ),
        (
            "visits.csv",
            "date,diagnosis,medication\n2024-01-02,sprained ankle,ibuprofen\n",
        ),
    ]);
    let undisclosed = |file: &str, field: &str| row(&rows, file, field).undisclosed.clone();
    assert_eq!(
        undisclosed("companies/150009117342.json", "health_score"),
        None
    );
    assert_eq!(
        undisclosed("transactions.json", "data[].details.health"),
        None
    );
    for field in ["diagnosis", "medication"] {
        assert_eq!(
            undisclosed("visits.csv", field).as_deref(),
            Some("Health data"),
            "{field}"
        );
    }
}

/// The id of a time zone, a locale or a language names the person's time zone or language, as
/// `timezone` does; the id of a device's type or of a browser names their device.
#[test]
fn the_id_of_a_time_zone_or_a_device_type_names_it() {
    let rows = classified(&[
        (
            "users.csv",
            "external_id,timezone_id,locale_id,created_at\n\
             nkreyes,America/Denver,1,2024-11-04T16:13:40Z\n\
             jdoe,Europe/Oslo,8,2024-11-05T10:00:00Z\n",
        ),
        (
            "Customer-Engagement.csv",
            "Device Type ID,UniqueBrowserId,Search Query\n\
             A1EXDEVTYPE7Q,262-4418307,garden hose\n\
             A2GFL5ZMWNE0PX,259-5092174,rain barrel\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "users.csv",
                "timezone_id",
                Some("Geolocation and other metadata"),
            ),
            (
                "users.csv",
                "locale_id",
                Some("Geolocation and other metadata"),
            ),
            (
                "Customer-Engagement.csv",
                "Device Type ID",
                Some("Device/IP Information"),
            ),
            (
                "Customer-Engagement.csv",
                "UniqueBrowserId",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// A file that says what it holds says it better than its folder: Instagram's
/// `media/posts_1.json` holds the person's posts, each with its pictures, not pictures.
#[test]
fn a_files_own_name_outweighs_its_folders() {
    let rows = classified(&[(
        "your_instagram_activity/media/posts_1.json",
        r#"[{"media": [{"uri": "media/posts/202406/4481_n.jpg", "creation_timestamp": 1718446212,
              "title": ""}],
             "title": "Balaton in one day, two flats and a langos", "creation_timestamp": 1718446212},
            {"media": [{"uri": "media/posts/202407/5523_n.jpg", "creation_timestamp": 1720011000,
              "title": ""}],
             "title": "Sunday sourdough, 78% hydration", "creation_timestamp": 1720011000}]"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "your_instagram_activity/media/posts_1.json",
                "title",
                Some("Social Network Data"),
            ),
            (
                "your_instagram_activity/media/posts_1.json",
                "media[].uri",
                Some("Other Visual Information"),
            ),
        ],
    );
}

/// Where a card payment was made is a place the person was, not their postal address; the
/// region of a postal address is not where a connection came from.
#[test]
fn a_merchants_address_is_a_place_and_an_addresss_region_no_login_region() {
    let rows = classified(&[
        (
            "statement.json",
            r#"{"transactions": [
                {"amount": {"value": -4.5, "currency": "EUR"}, "date": "2025-02-03T08:10:00Z",
                 "details": {"type": "CARD", "merchant": {"name": "Koffie Oost", "city": "UTRECHT",
                   "country": "NL", "postCode": "3581"}}},
                {"amount": {"value": -12.0, "currency": "EUR"}, "date": "2025-02-05T12:00:00Z",
                 "details": {"type": "CARD", "merchant": {"name": "Piac Bisztro", "city": "BUDAPEST",
                   "country": "HU", "postCode": "1051"}}}]}"#,
        ),
        (
            "contacts.json",
            r#"{"value": [{"displayName": "Ines Varga", "emailAddresses": [{"address": "ines@example.org"}],
                "homeAddress": {"street": "Lange Nieuwstraat 4", "city": "Utrecht",
                  "countryOrRegion": "Netherlands", "postalCode": "3512 PH"}}]}"#,
        ),
    ]);
    let category = |file: &str, field: &str| {
        rows.iter()
            .find(|r| r.file == file && r.field == field)
            .unwrap_or_else(|| panic!("{file}::{field} is listed"))
            .category
            .clone()
    };
    assert_eq!(
        category("statement.json", "transactions[].details.merchant.city").as_deref(),
        Some("Geolocation and other metadata")
    );
    assert_ne!(
        category("contacts.json", "value[].homeAddress.countryOrRegion").as_deref(),
        Some("Geolocation and other metadata")
    );
}

/// How well the person's model does on its test set is the model's figures, not the person's
/// data; an invoice's own number is like its id.
#[test]
fn a_models_evaluation_and_an_invoices_number_are_not_personal_data() {
    let rows = classified(&[
        (
            "eval/conf-0.5_iou-0.5_area-all/concepts_summary.csv",
            "concept,Total Labeled,True Positives,False Positives,False Negatives,Recall,Precision,F1,Average Precision\n\
             cat,40,36,3,4,0.9,0.92,0.91,0.88\n\
             dog,35,30,6,5,0.857,0.833,0.845,0.81\n",
        ),
        (
            "Receipts_v2.csv",
            "Invoice Number,Date,Amount,Currency,Payment Method\n\
             INV-FI-0004418823,2024-05-01,29.99,EUR,Visa ending 4242\n",
        ),
    ]);
    let file = "eval/conf-0.5_iou-0.5_area-all/concepts_summary.csv";
    let mut expected: Vec<(&str, &str, Option<&str>)> = [
        "Total Labeled",
        "True Positives",
        "False Positives",
        "False Negatives",
        "Recall",
        "Precision",
        "F1",
        "Average Precision",
    ]
    .into_iter()
    .map(|field| (file, field, None))
    .collect();
    expected.push(("Receipts_v2.csv", "Invoice Number", None));
    expected.push(("Receipts_v2.csv", "Amount", Some("Payment Information")));
    assert_categories(&rows, &expected);
}

/// The topics Meta concluded the person is into are its inferences, whatever the Meta format's
/// placeholders beside them hold.
#[test]
fn the_topics_meta_recommends_are_its_inferences() {
    let rows = classified(&[(
        "preferences/your_topics/recommended_topics.json",
        r#"{"topics_your_topics": [
            {"string_map_data": {"Name": {"href": "", "value": "Pottery", "timestamp": 0}}},
            {"string_map_data": {"Name": {"href": "", "value": "Cycling", "timestamp": 0}}}]}"#,
    )]);
    assert_categories(
        &rows,
        &[(
            "preferences/your_topics/recommended_topics.json",
            "topics_your_topics[].string_map_data.Name.value",
            Some("Inferences, Predictions and Tags Generated by Us"),
        )],
    );
}

/// A customer's tax ids identify them, as their name does; a tax id among a payment's billing
/// details stays with the payment, as the labelling guide says of billing details.
#[test]
fn a_customers_tax_ids_identify_them() {
    let rows = classified(&[(
        "customer.json",
        r#"{"id": "cus_RLq8ZtWv3nYeKa", "email": "ines@example.org",
            "tax_ids": {"object": "list", "data": [
              {"id": "txi_1QLw2kLz2eR8Kp", "type": "ca_gst_hst", "value": "123456789RT0001", "country": "CA"},
              {"id": "txi_1QLw2kLz2eR8Kq", "type": "ca_qst", "value": "1234567890TQ0001", "country": "CA"}]},
            "invoice_settings": {"default_payment_method": "pm_1QLw"}}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "customer.json",
                "tax_ids.data[].value",
                Some("Contact Data/Identifiers"),
            ),
            (
                "customer.json",
                "tax_ids.data[].type",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The people a photo library recognised by their faces in a picture are its grouping of
/// faces, not the person's contacts.
#[test]
fn the_people_recognised_in_a_photo_are_biometric() {
    let file =
        "Takeout/Google Photos/Photos from 2024/IMG_20240612_101500.jpg.supplemental-metadata.json";
    let rows = classified(&[(
        file,
        r#"{"title": "IMG_20240612_101500.jpg", "description": "",
            "photoTakenTime": {"timestamp": "1718187300", "formatted": "12 Jun 2024, 10:15:00 UTC"},
            "geoData": {"latitude": 47.64, "longitude": 13.78, "altitude": 712.0},
            "people": [{"name": "Lena Obermaier"}, {"name": "Jonas Prettenthaler"}]}"#,
    )]);
    assert_categories(&rows, &[(file, "people[].name", Some("Biometric Data"))]);
}

/// How the company set up its sales (a CRM's pipeline and its stages, sent along with a deal)
/// is not the person's data, though the deal's value is what they pay.
#[test]
fn a_crms_sales_pipeline_is_the_companys() {
    let rows = classified(&[(
        "persons-3187-deals.json",
        r#"{"success": true, "data": [{"id": 41, "title": "Vision pilot", "value": 18000,
              "currency": "EUR", "stage_id": 3}],
            "related_objects": {
              "stage": {"3": {"id": 3, "name": "Proposal made", "deal_probability": 60,
                 "add_time": "2022-05-04 09:12:40", "pipeline_name": "Enterprise sales"}},
              "pipeline": {"1": {"id": 1, "name": "Enterprise sales", "url_title": "enterprise-sales",
                 "add_time": "2022-05-04 09:10:02"}}}}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "persons-3187-deals.json",
                "related_objects.stage.3.name",
                None,
            ),
            (
                "persons-3187-deals.json",
                "related_objects.pipeline.1.name",
                None,
            ),
            (
                "persons-3187-deals.json",
                "data[].value",
                Some("Payment Information"),
            ),
        ],
    );
}

/// Which workspace a message belongs to (Slack's `team`) is the company's, not the person's.
#[test]
fn a_messages_workspace_is_the_companys() {
    let rows = classified(&[(
        "general/2024-03-11.json",
        r#"[{"type": "message", "user": "U05PLM2R8QX", "text": "Morning all, review at 10",
             "ts": "1710147600.000100", "team": "T05PLK4JQ2M", "user_team": "T05PLK4JQ2M",
             "source_team": "T05PLK4JQ2M", "user_profile": {"real_name": "Ines Varga", "team": "T05PLK4JQ2M"}},
            {"type": "message", "user": "U05PLN7K2ZA", "text": "See you there",
             "ts": "1710147700.000200", "team": "T05PLK4JQ2M", "user_team": "T05PLK4JQ2M",
             "source_team": "T05PLK4JQ2M", "user_profile": {"real_name": "Bram de Vries", "team": "T05PLK4JQ2M"}}]"#,
    )]);
    assert_categories(
        &rows,
        &[
            ("general/2024-03-11.json", "team", None),
            ("general/2024-03-11.json", "source_team", None),
            (
                "general/2024-03-11.json",
                "text",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// Where on the service's screens an ad was shown is how the person used it, and the office a
/// person works in is their work contact detail: neither is a place they were.
#[test]
fn a_screens_location_and_an_office_are_not_places_visited() {
    let rows = classified(&[
        (
            "data/ad-impressions.json",
            r#"[{"impressions": [{"displayLocation": "TimelineHome", "impressionTime": "2024-03-11 09:12:44",
                 "advertiserInfo": {"advertiserName": "Example Outdoor"}},
                {"displayLocation": "SearchTweets", "impressionTime": "2024-03-12 19:02:11",
                 "advertiserInfo": {"advertiserName": "Fjord Ferries"}}]}]"#,
        ),
        (
            "me.json",
            r#"{"displayName": "Ines Varga", "mail": "ines@example.com", "officeLocation": "GOT Lindholmen 4.12",
                "jobTitle": "Engineer"}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "data/ad-impressions.json",
                "impressions[].displayLocation",
                Some("Web Analytics"),
            ),
            (
                "me.json",
                "officeLocation",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// Microsoft Graph's version key of an item and Exchange's position of a mail in its thread are
/// the service's, like an `etag`; the mail's subject and sender are the person's.
#[test]
fn graphs_change_keys_are_bookkeeping() {
    let rows = classified(&[(
        "messages.json",
        r#"{"value": [{"id": "AAMkAGI2TAAA=", "changeKey": "CQAAABYAAAC4o0sT", "subject": "Ferry times",
             "conversationIndex": "AQHaeQ7lq2FZ", "from": {"emailAddress": {"name": "Ines Varga", "address": "ines@example.com"}},
             "body": {"contentType": "text", "content": "Is the 9:40 still running?"}},
            {"id": "AAMkAGI2TBBB=", "changeKey": "CQAAABYAAAC4o0sU", "subject": "Re: Ferry times",
             "conversationIndex": "AQHaeQ7lq2FZAAB", "from": {"emailAddress": {"name": "Bram de Vries", "address": "bram@example.com"}},
             "body": {"contentType": "text", "content": "Yes, every day."}}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            ("messages.json", "value[].changeKey", None),
            ("messages.json", "value[].conversationIndex", None),
            (
                "messages.json",
                "value[].from.emailAddress.address",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The client an analytics event came from (Segment's `context.app`, `context.library`,
/// `context.network`) and the mail client a message was opened in (Mailgun's `client-info`)
/// are the person's device, inside records of how they used the service.
#[test]
fn an_events_client_context_is_device_information() {
    let rows = classified(&[(
        "events.json",
        r#"{"data": [{"type": "track", "event": "Model Trained", "timestamp": "2024-03-11T09:12:44Z",
             "context": {"app": {"name": "Orchard", "build": "412"}, "library": {"name": "analytics-ios"},
                         "network": {"wifi": true}, "os": {"name": "iOS"}},
             "properties": {"model_id": "blossom-detector"}},
            {"type": "track", "event": "Model Used", "timestamp": "2024-03-12T19:02:11Z",
             "context": {"app": {"name": "Orchard", "build": "413"}, "library": {"name": "analytics-ios"},
                         "network": {"wifi": false}, "os": {"name": "iOS"}},
             "properties": {"model_id": "blossom-detector"}}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "events.json",
                "data[].context.app.build",
                Some("Device/IP Information"),
            ),
            (
                "events.json",
                "data[].context.library.name",
                Some("Device/IP Information"),
            ),
            (
                "events.json",
                "data[].context.network.wifi",
                Some("Device/IP Information"),
            ),
            ("events.json", "data[].event", Some("Web Analytics")),
        ],
    );
}

/// The visits a CRM's site tracking counts on a contact (Zoho's `First_Visited_URL`,
/// `Days_Visited`) measure how the person used the site, beside their contact details.
#[test]
fn a_contacts_site_visits_are_web_analytics() {
    let rows = classified(&[(
        "Contacts/4876876000001203001.json",
        r#"{"data": [{"id": "4876876000001203001", "First_Name": "Renee", "Last_Name": "Okonkwo",
             "Email": "renee@example.com", "First_Visited_URL": "https://example.com/pricing",
             "Days_Visited": 4, "Last_Visited_Time": "2024-03-11T09:12:44+01:00",
             "Average_Time_Spent_Minutes": 3.5}]}"#,
    )]);
    let file = "Contacts/4876876000001203001.json";
    assert_categories(
        &rows,
        &[
            (file, "data[].First_Visited_URL", Some("Web Analytics")),
            (file, "data[].Days_Visited", Some("Web Analytics")),
            (
                file,
                "data[].Average_Time_Spent_Minutes",
                Some("Web Analytics"),
            ),
            (file, "data[].Email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// What a patron pledges to a creator (Patreon's member) is payment information, not their
/// contact details, though it sits in their member record.
#[test]
fn a_patrons_pledge_is_payment_information() {
    let rows = classified(&[(
        "member.json",
        r#"{"data": {"id": "83620417", "type": "member", "attributes": {"full_name": "Renee Okonkwo",
             "email": "renee@example.com", "patron_status": "active_patron", "pledge_cadence": 1,
             "lifetime_support_cents": 4500, "is_free_trial": false,
             "pledge_relationship_start": "2023-05-01T10:00:00+00:00"}}}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "member.json",
                "data.attributes.patron_status",
                Some("Payment Information"),
            ),
            (
                "member.json",
                "data.attributes.lifetime_support_cents",
                Some("Payment Information"),
            ),
            (
                "member.json",
                "data.attributes.email",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// An amount that went to or came from someone is a payment, whatever its file is called
/// (Starling's feed items, under `feed/account/<id>/category/<id>.json`).
#[test]
fn an_amount_with_a_counterparty_is_a_payment() {
    let rows = classified(&[(
        "feed/account/b4a68a06/category/5b13099f.json",
        r#"{"feedItems": [{"feedItemUid": "6b37a775-3505-4068-ad66-27273b0e4de0",
             "amount": {"currency": "GBP", "minorUnits": 4260}, "direction": "OUT",
             "counterPartyName": "Lindenrise Bakehouse", "counterPartyType": "MERCHANT",
             "status": "SETTLED", "reference": "LINDENRISE BAKEHOUS"},
            {"feedItemUid": "7c48b886-4616-5179-be77-38384c1f5ef1",
             "amount": {"currency": "GBP", "minorUnits": 120000}, "direction": "IN",
             "counterPartyName": "Harbour Lights Ltd", "counterPartyType": "PAYEE",
             "status": "SETTLED", "reference": "SALARY MARCH"}]}"#,
    )]);
    let file = "feed/account/b4a68a06/category/5b13099f.json";
    assert_categories(
        &rows,
        &[
            (file, "feedItems[].direction", Some("Payment Information")),
            (
                file,
                "feedItems[].counterPartyName",
                Some("Payment Information"),
            ),
            (file, "feedItems[].reference", Some("Payment Information")),
            (file, "feedItems[].feedItemUid", None),
        ],
    );
}

/// What a session replay tool counts of a recorded visit (keys pressed, mouse moves, idle
/// time) measures how the person used the site.
#[test]
fn a_session_replays_counts_are_web_analytics() {
    let rows = classified(&[(
        "session_recordings.json",
        r#"{"results": [{"id": "0191e6a4-2f0c-7d8e-a5b1-93c2f7e4d610", "recording_duration": 1374,
             "inactive_seconds": 763, "keypress_count": 214, "mouse_activity_count": 1462},
            {"id": "0191e6a4-2f0c-7d8e-a5b1-93c2f7e4d611", "recording_duration": 98,
             "inactive_seconds": 12, "keypress_count": 3, "mouse_activity_count": 88}]}"#,
    )]);
    let file = "session_recordings.json";
    assert_categories(
        &rows,
        &[
            (file, "results[].keypress_count", Some("Web Analytics")),
            (
                file,
                "results[].mouse_activity_count",
                Some("Web Analytics"),
            ),
            (file, "results[].inactive_seconds", Some("Web Analytics")),
            (file, "results[].id", None),
        ],
    );
}

/// The names a person gave a board's labels are tags they made (Trello's `labelNames`).
#[test]
fn a_boards_label_names_are_tags() {
    let rows = classified(&[(
        "board.json",
        r#"{"id": "5921d68069b2a1b60de1b8f2", "name": "Harbour lights install plan",
            "labelNames": {"green": "Ready", "red": "Blocked", "blue": "Needs parts"}}"#,
    )]);
    assert_categories(
        &rows,
        &[("board.json", "labelNames.red", Some("Predictions and Tags"))],
    );
}

/// What Java's XML binding writes around a value (QuickBooks' `LineEx.any[]`) is the format's.
#[test]
fn java_xml_bindings_wrapping_is_the_formats() {
    let rows = classified(&[(
        "query-Payment.json",
        r#"{"QueryResponse": {"Payment": [{"Id": "203", "TotalAmt": 1250.0,
             "Line": [{"Amount": 1250.0, "LineEx": {"any": [{"name": "{http://schema.intuit.com/finance/v3}NameValue",
               "declaredType": "com.intuit.schema.finance.v3.NameValue", "scope": "javax.xml.bind.JAXBElement$GlobalScope",
               "value": {"Name": "txnId", "Value": "203"}, "nil": false, "globalScope": true, "typeSubstituted": false}]}}]}]}}"#,
    )]);
    let file = "query-Payment.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "QueryResponse.Payment[].Line[].LineEx.any[].declaredType",
                None,
            ),
            (
                file,
                "QueryResponse.Payment[].Line[].LineEx.any[].typeSubstituted",
                None,
            ),
            (
                file,
                "QueryResponse.Payment[].TotalAmt",
                Some("Payment Information"),
            ),
        ],
    );
}

/// A dataset export's boxes around labelled objects (Open Images' `*-annotations-bbox.csv`, as
/// the Clarifai SDK writes it) are the labels; the format's flags of a box are its own.
#[test]
fn a_dataset_exports_boxes_are_labels() {
    let rows = classified(&[(
        "open_images/annotations/default-annotations-bbox.csv",
        "ImageID,Source,LabelName,Confidence,XMin,XMax,YMin,YMax,IsOccluded,IsTruncated,IsGroupOf,IsDepiction,IsInside\n\
         inspecciones-2024-b71d44e0,,apicultora,1,0.215,0.8117,0.0,0.9325,-1,-1,-1,-1,-1\n\
         inspecciones-2024-c82e55f1,,colmena,1,0.1,0.5,0.2,0.6,-1,-1,-1,-1,-1\n",
    )]);
    let file = "open_images/annotations/default-annotations-bbox.csv";
    assert_categories(
        &rows,
        &[
            (file, "LabelName", Some("Predictions and Tags")),
            (file, "XMin", Some("Predictions and Tags")),
            (file, "IsOccluded", None),
            (file, "ImageID", None),
        ],
    );
}

/// The data centre region a compute cluster runs in is the cloud's, not where the person is;
/// a sign-in's region still is.
#[test]
fn a_compute_clusters_region_is_the_clouds() {
    let rows = classified(&[
        (
            "compute-clusters.json",
            r#"{"compute_clusters": [{"id": "cc-gpu-east", "cloud_provider": {"id": "aws"}, "region": "us-east-1"},
                {"id": "cc-gpu-west", "cloud_provider": {"id": "aws"}, "region": "us-west-2"}]}"#,
        ),
        (
            "logins.json",
            r#"[{"ip": "203.0.113.7", "region": "Catalonia", "time": "2024-03-11T09:12:44Z"},
                {"ip": "203.0.113.9", "region": "Aragon", "time": "2024-03-12T19:02:11Z"}]"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            ("compute-clusters.json", "compute_clusters[].region", None),
            (
                "logins.json",
                "region",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// The name inside an object that points at a person (Pipedrive's `person_id: {name}`,
/// QuickBooks' `CustomerRef: {name}`) is that person's name, even in a deal or an invoice.
#[test]
fn a_name_in_a_reference_to_a_person_is_contact_data() {
    let rows = classified(&[(
        "deals.json",
        r#"{"data": [{"id": 31, "title": "Vision pilot", "value": 12000, "currency": "EUR",
             "person_id": {"value": 3187, "name": "Marisol Quinones"}, "status": "open"},
            {"id": 32, "title": "Inspection add-on", "value": 4000, "currency": "EUR",
             "person_id": {"value": 3187, "name": "Marisol Quinones"}, "status": "won"}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "deals.json",
                "data[].person_id.name",
                Some("Contact Data/Identifiers"),
            ),
            ("deals.json", "data[].value", Some("Payment Information")),
        ],
    );
}

/// A meeting in the person's calendar (Microsoft Graph's events) is a calendar event, though
/// its file is only called `events.json`.
#[test]
fn a_calendar_meeting_is_social_whatever_its_file_is_called() {
    let rows = classified(&[(
        "events.json",
        r#"{"value": [{"id": "AAMkAGI2TG93AAA=", "subject": "Ferry schedule review",
             "start": {"dateTime": "2024-03-11T09:00:00.0000000", "timeZone": "UTC"},
             "end": {"dateTime": "2024-03-11T09:30:00.0000000", "timeZone": "UTC"},
             "isAllDay": false, "organizer": {"emailAddress": {"name": "Ines Varga", "address": "ines@example.com"}}},
            {"id": "AAMkAGI2TG94AAA=", "subject": "Dock inspection",
             "start": {"dateTime": "2024-03-12T13:00:00.0000000", "timeZone": "UTC"},
             "end": {"dateTime": "2024-03-12T14:00:00.0000000", "timeZone": "UTC"},
             "isAllDay": true, "organizer": {"emailAddress": {"name": "Bram de Vries", "address": "bram@example.com"}}}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "events.json",
                "value[].subject",
                Some("Social Network Data"),
            ),
            (
                "events.json",
                "value[].isAllDay",
                Some("Social Network Data"),
            ),
            ("events.json", "value[].start.timeZone", None),
            (
                "events.json",
                "value[].organizer.emailAddress.address",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// An API's answer about the signed-in person under another name than `me` (Patreon's
/// `identity.json`) holds the person's own id.
#[test]
fn an_identity_answer_holds_the_persons_id() {
    let rows = classified(&[(
        "identity.json",
        r#"{"data": {"id": "83620417", "attributes": {"full_name": "Ines Varga",
            "email": "ines@example.com", "created": "2021-04-02T10:00:00+00:00"}},
            "links": {"self": "https://www.patreon.com/api/oauth2/v2/user/83620417"}}"#,
    )]);
    assert_categories(
        &rows,
        &[("identity.json", "data.id", Some("Contact Data/Identifiers"))],
    );
}

/// A bank account the person holds (Plaid's `accounts[]`: a masked number with its kind) is
/// payment information in every detail, while a ledger's contact with an account number and
/// balances is not a bank account.
#[test]
fn a_bank_account_is_payment_information() {
    let rows = classified(&[(
        "accounts_get.json",
        r#"{"accounts": [{"account_id": "DDKybJjsgiBT99kyXVtvvwFZ", "mask": "4821", "name": "Everyday Checking",
             "official_name": "Saguaro FCU Everyday Checking", "type": "depository", "subtype": "checking",
             "holder_category": "personal"},
            {"account_id": "EELzcKktjhCU00lzYWuwwxGA", "mask": "7730", "name": "Rainy Day Savings",
             "official_name": "Saguaro FCU Savings", "type": "depository", "subtype": "savings",
             "holder_category": "personal"}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "accounts_get.json",
                "accounts[].mask",
                Some("Payment Information"),
            ),
            (
                "accounts_get.json",
                "accounts[].official_name",
                Some("Payment Information"),
            ),
            (
                "accounts_get.json",
                "accounts[].holder_category",
                Some("Payment Information"),
            ),
        ],
    );
}

/// A help desk's satisfaction survey of the person (Gorgias's `satisfaction-surveys.json`) is
/// part of their correspondence with the company, as its satisfaction ratings are.
#[test]
fn a_satisfaction_survey_is_contact_data() {
    let rows = classified(&[(
        "satisfaction-surveys.json",
        r#"{"data": [{"id": 88201, "score": 5, "body_text": "Quick answer, parcel came the same day.",
             "sent_datetime": "2025-01-16T11:15:40+00:00", "scored_datetime": "2025-01-17T02:11:58+00:00"},
            {"id": 88202, "score": 3, "body_text": "Took a while.",
             "sent_datetime": "2025-02-02T10:00:00+00:00", "scored_datetime": "2025-02-03T08:30:00+00:00"}]}"#,
    )]);
    let file = "satisfaction-surveys.json";
    assert_categories(
        &rows,
        &[
            (file, "data[].score", Some("Contact Data/Identifiers")),
            (file, "data[].body_text", Some("Contact Data/Identifiers")),
            (file, "data[].id", None),
        ],
    );
}

/// A CRM's person saved as an API response (Pipedrive's `persons/{id}`): the envelope's
/// `success` is the response's, the person's `name` is theirs though the file names people in
/// the plural, and the details of the record inside `data` take its category as they would
/// without the envelope.
#[test]
fn a_record_wrapped_in_a_response_envelope_is_read_as_the_record() {
    let rows = classified(&[(
        "persons-3187.json",
        r#"{"success": true, "data": {"id": 3187, "name": "Marisol Whitfield",
            "first_name": "Marisol", "last_name": "Whitfield",
            "email": [{"label": "work", "value": "m.whitfield@example.com", "primary": true}],
            "phone": [{"label": "work", "value": "+1 503 555 0142", "primary": true}],
            "birthday": "1988-04-12", "job_title": "Head of Imaging",
            "postal_address": "2215 SE Division St, Portland, OR 97202",
            "postal_address_locality": "Portland", "postal_address_country": "United States",
            "notes_count": 2, "first_char": "m", "marketing_status": "subscribed",
            "add_time": "2024-10-02 19:11:45"}}"#,
    )]);
    let file = "persons-3187.json";
    assert_categories(
        &rows,
        &[
            (file, "success", None),
            (file, "data.name", Some("Contact Data/Identifiers")),
            (
                file,
                "data.marketing_status",
                Some("Contact Data/Identifiers"),
            ),
            (file, "data.notes_count", Some("Contact Data/Identifiers")),
            (file, "data.add_time", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The keys of a `metadata` map are whatever its writer chose: a Clarifai text input whose
/// metadata says where the text came `from` is not a message, and its dates are the input's.
#[test]
fn keys_of_a_metadata_map_do_not_make_a_record_a_message() {
    let rows = classified(&[(
        "post-inputs-text.json",
        r#"{"status": {"code": 10000, "description": "Ok"},
            "inputs": [{"id": "txt-1", "data": {"text": {"raw": "Ferry timetable, summer"},
              "metadata": {"source": "scan", "from": "harbour office", "year": 2021}},
              "created_at": "2024-05-02T10:11:12.123Z", "modified_at": "2024-05-02T10:11:13.001Z"},
             {"id": "txt-2", "data": {"text": {"raw": "Menu of the week"},
              "metadata": {"source": "photo", "from": "canteen", "year": 2022}},
              "created_at": "2024-05-03T09:00:00.000Z", "modified_at": "2024-05-03T09:00:01.000Z"}]}"#,
    )]);
    let file = "post-inputs-text.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "inputs[].data.metadata.from",
                Some("Geolocation and other metadata"),
            ),
            (
                file,
                "inputs[].created_at",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// Beside a count of its list, a response's paging and ordering (Peloton's `workouts` page:
/// `total`, `page_count`, `show_next`, `sort_by`) are the response's, not the person's.
#[test]
fn paging_and_ordering_beside_a_counted_list_are_the_responses() {
    let rows = classified(&[(
        "workouts.json",
        r#"{"data": [{"id": "a1", "created_at": 1715440403, "fitness_discipline": "cycling", "total_work": 301245.5},
                     {"id": "b2", "created_at": 1715354003, "fitness_discipline": "running", "total_work": 0}],
            "limit": 2, "page": 0, "total": 307, "count": 2, "page_count": 154,
            "show_previous": false, "show_next": true, "sort_by": "-created_at,-pk"}"#,
    )]);
    let file = "workouts.json";
    assert_categories(
        &rows,
        &[
            (file, "total", None),
            (file, "page_count", None),
            (file, "show_next", None),
            (file, "sort_by", None),
        ],
    );
}

/// PostHog's `persons` are people: their records are contact data, though most of their fields
/// are where and on what they used the product. A map that holds a record's fields (PostHog's
/// `properties`, JSON:API's `attributes`) says nothing of what a `name` in it is about: the
/// record does.
#[test]
fn a_list_of_persons_is_about_people_whatever_map_holds_their_fields() {
    let rows = classified(&[
        (
            "persons.json",
            r#"{"next": null, "results": [{"id": 4101, "uuid": "0190a3c2-7d1e-7c4a-9f6b-3e2d1c0b9a87",
            "properties": {"name": "Renee Lefevre", "$os": "Mac OS X", "$browser": "Safari",
              "$device_type": "Desktop", "$geoip_city_name": "Lyon", "$geoip_country_name": "France",
              "$geoip_latitude": 45.75, "$current_url": "https://app.example.com/home",
              "$referrer": "https://www.example.org/"}, "created_at": "2024-06-01T10:00:00Z"},
           {"id": 4102, "uuid": "0190a3c2-7d1e-7c4a-9f6b-3e2d1c0b9a88",
            "properties": {"name": "Sam Okafor", "$os": "Windows", "$browser": "Firefox",
              "$device_type": "Desktop", "$geoip_city_name": "Leeds", "$geoip_country_name": "United Kingdom",
              "$geoip_latitude": 53.8, "$current_url": "https://app.example.com/settings",
              "$referrer": "$direct"}, "created_at": "2024-06-02T10:00:00Z"}]}"#,
        ),
        (
            "people.json",
            r#"[{"id": 7, "role": "Engineering lead", "created_at": "2024-06-01T10:00:00Z",
                 "properties": {"$os": "Mac OS X", "$browser": "Safari"}},
                {"id": 8, "role": "Founder", "created_at": "2024-06-02T10:00:00Z",
                 "properties": {"$os": "Windows", "$browser": "Edge"}}]"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "persons.json",
                "results[].properties.name",
                Some("Contact Data/Identifiers"),
            ),
            ("people.json", "role", Some("Contact Data/Identifiers")),
            (
                "people.json",
                "created_at",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// Whether the request that saved a response worked (`success`, Slack's `ok`) is the
/// response's, whatever the records beside it are.
#[test]
fn a_responses_outcome_is_not_data() {
    let rows = classified(&[(
        "persons-3187-deals.json",
        r#"{"success": true, "data": [{"id": 51, "title": "Imaging pilot", "value": 4800, "currency": "USD",
              "status": "won", "won_time": "2025-02-11 15:02:11"},
             {"id": 52, "title": "Renewal", "value": 5200, "currency": "USD",
              "status": "open", "won_time": null}]}"#,
    )]);
    assert_categories(&rows, &[("persons-3187-deals.json", "success", None)]);
}

/// A crash report's stack trace is the program's code: its files, functions and line numbers
/// are no one's personal data, whatever the event around it is.
#[test]
fn a_stack_trace_is_the_programs() {
    let rows = classified(&[(
        "events/5c1f0a9e7d2b4c8a9e3f6b1d0a7c4e22.json",
        r#"{"eventID": "5c1f0a9e7d2b4c8a9e3f6b1d0a7c4e22", "dateCreated": "2025-03-02T09:12:44Z",
            "user": {"email": "renee@example.com", "ip_address": "203.0.113.7"},
            "entries": [{"type": "exception", "data": {"values": [{"type": "TypeError",
              "value": "x is undefined", "stacktrace": {"hasSystemFrames": false, "frames": [
                {"filename": "app/checkout.js", "function": "submit", "lineNo": 88, "colNo": 14, "inApp": true},
                {"filename": "vendor/react.js", "function": "dispatch", "lineNo": 2012, "colNo": 3, "inApp": false}]}}]}}]}"#,
    )]);
    let file = "events/5c1f0a9e7d2b4c8a9e3f6b1d0a7c4e22.json";
    let frames = "entries[].data.values[].stacktrace.frames[]";
    assert_categories(
        &rows,
        &[
            (file, &format!("{frames}.filename"), None),
            (file, &format!("{frames}.function"), None),
            (file, &format!("{frames}.lineNo"), None),
            (file, "user.email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// A Clarifai annotation's `annotation_info` is a free-form map: a `comment` in it beside the
/// annotator's `userId` does not make the annotation a message, so the annotator's name stays
/// their contact data.
#[test]
fn a_comment_in_an_annotations_info_does_not_make_it_a_message() {
    let rows = classified(&[(
        "list_annotations_by_workers.json",
        r#"{"status": {"code": 10000, "description": "Ok"}, "annotations": [
            {"id": "5c2e8a1f", "inputId": "hytta-001", "userId": "tor-haugland",
             "data": {"concepts": [{"id": "mormor", "name": "Mormor Astrid", "value": 1.0}]},
             "annotationInfo": {"comment": "Mormor i den blå stolen"},
             "worker": {"user": {"id": "tor-haugland", "firstName": "Tor", "lastName": "Haugland"}}},
            {"id": "6d3f9b2a", "inputId": "hytta-002", "userId": "tor-haugland",
             "data": {"concepts": [{"id": "morfar", "name": "Morfar Nils", "value": 1.0}]},
             "annotationInfo": {"comment": "Ved brygga"},
             "worker": {"user": {"id": "tor-haugland", "firstName": "Tor", "lastName": "Haugland"}}}]}"#,
    )]);
    let file = "list_annotations_by_workers.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "annotations[].worker.user.firstName",
                Some("Contact Data/Identifiers"),
            ),
            (
                file,
                "annotations[].userId",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A screen name is a user name: the person's own is their contact data (an account's details,
/// the names they changed from and to), another's in a post they wrote is social network data.
#[test]
fn a_screen_name_is_a_user_name() {
    let rows = classified(&[
        (
            "data/screen-name-change.js",
            r#"window.YTD.screen_name_change.part0 = [{"screenNameChange": {"accountId": "1450763712",
                "screenNameChange": {"changedAt": "2022-03-11T08:01:44.000Z", "changedFrom": "renee_old",
                "changedTo": "renee_lefevre"}}}]"#,
        ),
        (
            "data/tweets.js",
            r#"window.YTD.tweets.part0 = [{"tweet": {"id_str": "1760000000000000001",
                "full_text": "@harbourlights see you at 8", "in_reply_to_screen_name": "harbourlights",
                "entities": {"user_mentions": [{"screen_name": "harbourlights", "name": "Harbour Lights",
                  "id_str": "99887766"}]}}},
              {"tweet": {"id_str": "1760000000000000002", "full_text": "@ferrytimes thanks",
                "in_reply_to_screen_name": "ferrytimes",
                "entities": {"user_mentions": [{"screen_name": "ferrytimes", "name": "Ferry Times",
                  "id_str": "11223344"}]}}}]"#,
        ),
        (
            "Account Details.csv",
            "Apple ID Number,Screen Name,Country\n4410937,Renee L.,FR\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "data/screen-name-change.js",
                "screenNameChange.screenNameChange.changedTo",
                Some("Contact Data/Identifiers"),
            ),
            (
                "Account Details.csv",
                "Screen Name",
                Some("Contact Data/Identifiers"),
            ),
            (
                "data/tweets.js",
                "tweet.entities.user_mentions[].screen_name",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// Counts of a language model's tokens by kind (OpenAI's usage `input_cached_text_tokens`) are
/// how much the service was used, not access tokens; and who may see or stitch a person's videos
/// (TikTok's settings) is how they share them on the network, not a picture.
#[test]
fn token_counts_and_video_settings_are_not_what_their_words_name() {
    let rows = classified(&[
        (
            "organization/usage/completions.json",
            r#"{"object": "page", "data": [{"object": "bucket", "start_time": 1730419200, "end_time": 1730505600,
                "results": [{"object": "organization.usage.completions.result", "input_tokens": 1200,
                  "output_tokens": 300, "input_cached_text_tokens": 640, "output_image_tokens": 0,
                  "num_model_requests": 12, "model": "gpt-4o-mini"}]}], "has_more": false}"#,
        ),
        (
            "user_data_tiktok.json",
            r#"{"Profile And Settings": {"Settings": {"SettingsMap": {"Who Can Stitch with your videos": "Friends",
                "Who Can View Videos I Liked": "Myself", "Who Can Send You Direct Messages": "Friends",
                "Allow Others to Find Me": "Enabled"}}}}"#,
        ),
    ]);
    let usage = "organization/usage/completions.json";
    let settings = "Profile And Settings.Settings.SettingsMap";
    assert_categories(
        &rows,
        &[
            (
                usage,
                "data[].results[].input_cached_text_tokens",
                Some("Web Analytics"),
            ),
            (
                usage,
                "data[].results[].output_image_tokens",
                Some("Web Analytics"),
            ),
            (
                "user_data_tiktok.json",
                &format!("{settings}.Who Can View Videos I Liked"),
                Some("Social Network Data"),
            ),
        ],
    );
}

/// An expiry is a card's only on a card: when a Slack status or a shared file's link expires
/// says nothing of a payment.
#[test]
fn an_expiry_is_payment_information_only_on_a_card() {
    let rows = classified(&[
        (
            "users.json",
            r#"[{"id": "U01AB2CD3EF", "profile": {"real_name": "Renee Lefevre", "status_text": "On a ferry",
                 "status_expiration": 1741000000}},
                {"id": "U04GH5IJ6KL", "profile": {"real_name": "Sam Okafor", "status_text": "",
                 "status_expiration": 0}}]"#,
        ),
        (
            "payment_methods.json",
            r#"{"data": [{"id": "pm_1", "card": {"brand": "visa", "last4": "4242", "expiry": "12/27"}}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "users.json",
                "profile.status_expiration",
                Some("Contact Data/Identifiers"),
            ),
            (
                "payment_methods.json",
                "data[].card.expiry",
                Some("Payment Information"),
            ),
        ],
    );
}

/// A Clarifai labeling order sets up the work of the company's labelers: its name, times and
/// strategies are the service's, not an order the person paid; the concepts it asks for stay
/// the person's tags.
#[test]
fn a_clarifai_label_order_is_not_a_payment() {
    let rows = classified(&[(
        "label-orders.json",
        r#"{"status": {"code": 10000, "description": "Ok"}, "label_orders": [
            {"id": "lo-1", "name": "Hive frames, spring", "status": {"code": 25000},
             "desired_fulfill_time": "2024-05-20T00:00:00Z", "created_at": "2024-05-01T09:00:00Z",
             "task": {"id": "t-1", "type": "CONCEPTS_CLASSIFICATION", "name": "Hive frames",
               "worker": {"strategy": "FULL", "type": "WORKER_ALL"}, "review": {"strategy": "NONE"},
               "user_id": "hedgerow_bees", "concepts": [{"concept": {"id": "queen", "name": "queen"}}]}},
            {"id": "lo-2", "name": "Hive frames, summer", "status": {"code": 25000},
             "desired_fulfill_time": "2024-07-20T00:00:00Z", "created_at": "2024-07-01T09:00:00Z",
             "task": {"id": "t-2", "type": "CONCEPTS_CLASSIFICATION", "name": "Hive frames 2",
               "worker": {"strategy": "PARTITIONED", "type": "WORKER_ALL"}, "review": {"strategy": "MANUAL"},
               "user_id": "hedgerow_bees", "concepts": [{"concept": {"id": "drone", "name": "drone"}}]}}]}"#,
    )]);
    let file = "label-orders.json";
    assert_categories(
        &rows,
        &[
            (file, "label_orders[].name", None),
            (file, "label_orders[].desired_fulfill_time", None),
            (file, "label_orders[].task.worker.strategy", None),
            (
                file,
                "label_orders[].task.concepts[].concept.name",
                Some("Predictions and Tags"),
            ),
        ],
    );
}

/// Who made a record is the person where it is their own id (Clarifai's `models[].creator`, a
/// bulk operation's `created_by`), and stays the service's where it is someone else's.
#[test]
fn the_maker_of_a_record_is_the_person_when_it_is_their_id() {
    let rows = classified(&[
        (
            "user.json",
            r#"{"user": {"id": "ines_okl", "first_name": "Ines", "last_name": "Okafor-Lind",
                "email": "ines@example.com"}}"#,
        ),
        (
            "models.json",
            r#"{"status": {"code": 10000}, "models": [
                {"id": "moth-wings", "name": "moth wings", "creator": "ines_okl", "user_id": "ines_okl"},
                {"id": "moth-night", "name": "moths at night", "creator": "ines_okl", "user_id": "ines_okl"}]}"#,
        ),
        (
            "bulk-operations.json",
            r#"{"bulk_operation": [{"id": "bo-1", "created_by": "ines_okl"},
                                   {"id": "bo-2", "created_by": "ines_okl"}]}"#,
        ),
        (
            "contacts.json",
            r#"{"contacts": [{"id": "4127", "email": "sam@example.org", "created_by": "staff_0042"},
                             {"id": "4128", "email": "kim@example.org", "created_by": "staff_0042"}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "models.json",
                "models[].creator",
                Some("Contact Data/Identifiers"),
            ),
            (
                "bulk-operations.json",
                "bulk_operation[].created_by",
                Some("Contact Data/Identifiers"),
            ),
            ("contacts.json", "contacts[].created_by", None),
        ],
    );
}

/// What nearly every value of a field is (IP addresses, e-mail addresses) outweighs a word that
/// only the keys around it say: the field's own evidence over its context.
#[test]
fn what_the_values_are_outweighs_the_words_of_the_keys_around_them() {
    let rows = classified(&[
        (
            "team_log/get_events.json",
            r#"{"events": [{"timestamp": "2025-01-10T08:00:00Z",
                 "origin": {"geo_location": {"city": "Bergen", "ip_address": "198.51.100.23"}}},
                {"timestamp": "2025-01-11T08:00:00Z",
                 "origin": {"geo_location": {"city": "Oslo", "ip_address": "203.0.113.9"}}}]}"#,
        ),
        (
            "query-Invoice.json",
            r#"{"QueryResponse": {"Invoice": [{"Id": "130", "TotalAmt": 240.0,
                 "BillEmail": {"Address": "renee@example.com"}},
                {"Id": "131", "TotalAmt": 96.5, "BillEmail": {"Address": "renee.l@example.org"}}]}}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "team_log/get_events.json",
                "events[].origin.geo_location.ip_address",
                Some("Device/IP Information"),
            ),
            (
                "query-Invoice.json",
                "QueryResponse.Invoice[].BillEmail.Address",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A handle is a user name: the person's own (a Bluesky account's `handle`, a passkey's
/// `user_handle`) is their contact data; their handles on the networks linked to the account,
/// and on another network named as such (a CRM's `twitterhandle`), are social network data.
#[test]
fn a_handle_is_a_user_name() {
    let rows = classified(&[
        (
            "describeRepo.json",
            r#"{"handle": "renske.example.com", "did": "did:plc:4x7q2m9fkd3lzv8ntw6yhb5c",
                "handleIsCorrect": true, "collections": ["app.bsky.feed.post", "app.bsky.graph.follow"]}"#,
        ),
        (
            "social/linked_accounts.json",
            r#"[{"network": "mastodon", "handle": "@renske@social.example", "linkedAt": "2023-02-01T10:00:00Z"},
                {"network": "github", "handle": "renske-vb", "linkedAt": "2023-05-11T08:30:00Z"}]"#,
        ),
        (
            "contact.json",
            r#"{"properties": {"firstname": "Renske", "email": "renske@example.com",
                "twitterhandle": "renske_vb"}}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "describeRepo.json",
                "handle",
                Some("Contact Data/Identifiers"),
            ),
            (
                "social/linked_accounts.json",
                "handle",
                Some("Social Network Data"),
            ),
            (
                "contact.json",
                "properties.twitterhandle",
                Some("Social Network Data"),
            ),
        ],
    );
}

#[test]
fn a_networks_net_a_phones_ad_id_and_a_positions_accuracy() {
    let rows = classified(&[
        (
            "users/profile.json",
            r#"{"first_ip": {"ip": "203.0.113.9", "net_blocks": [
                {"cidr": "203.0.113.0/24", "net_name": "EXAMPLE-NET", "description": "Example ISP"}]}}"#,
        ),
        (
            "statement.csv",
            "Date,Gross,Fee,Net\n2024-03-01,10.00,-0.59,9.41\n2024-03-04,25.00,-1.03,23.97\n",
        ),
        (
            "devices/user.json",
            r#"[{"id": "a7d3e9f2-41c8-4b6a-9e05-c2f8d1b7a364", "model": "Pixel 7",
                 "idfa": "c41b7e0d-9a2f-4e63-b8d5-07f3a6e2c9b1", "latitude": 51.47385,
                 "longitude": -0.09218, "alt": 38.4, "hacc": 14.7, "vacc": 3.0},
                {"id": "0e6b2f48-d17a-4c35-b9e1-8a4c7d0f2b96", "model": "Pixel 5",
                 "idfa": "5d9e0a3c-2b7f-41e8-a6c4-f19b8e2d7053", "latitude": 51.46172,
                 "longitude": -0.11524, "alt": 22.1, "hacc": 31.2, "vacc": 4.0}]"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "users/profile.json",
                "first_ip.net_blocks[].net_name",
                Some("Device/IP Information"),
            ),
            ("statement.csv", "Net", Some("Payment Information")),
            ("devices/user.json", "idfa", Some("Device/IP Information")),
            (
                "devices/user.json",
                "hacc",
                Some("Geolocation and other metadata"),
            ),
            (
                "devices/user.json",
                "vacc",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

#[test]
fn a_card_is_a_card_however_many_address_fields_it_carries() {
    let card = |digits: &str, brand: &str| {
        format!(
            r#"{{"four_digits": "{digits}", "exp_month": "8", "exp_year": "2027",
                "name": "Ottilie Brandsma", "address_line_1": "27 Cobbler's Row",
                "address_line_2": "Harbourside", "address_zip": "BS1 6QX",
                "address_country": "GB", "address_city": "Bristol", "address_state": "England",
                "brand": "{brand}", "funding": "credit", "default": true}}"#
        )
    };
    let file = format!(
        r#"{{"cards": [{}, {}]}}"#,
        card("4242", "Visa"),
        card("4444", "MasterCard")
    );
    // A person's account that holds a card is not a card.
    let account = r#"{"code": "dmk-2291", "email": "dariela@example.com", "first_name": "Dariela",
        "last_name": "Montanez", "state": "active", "created_at": "2023-01-09T15:02:11Z",
        "billing_info": {"first_name": "Dariela", "last_name": "Montanez",
            "payment_method": {"card_type": "Visa", "last_four": "4242", "exp_month": 8,
                "exp_year": 2027}}}"#;
    let rows = classified(&[("credit-cards.json", &file), ("account.json", account)]);
    assert_categories(
        &rows,
        &[
            (
                "account.json",
                "created_at",
                Some("Contact Data/Identifiers"),
            ),
            (
                "credit-cards.json",
                "cards[].brand",
                Some("Payment Information"),
            ),
            (
                "credit-cards.json",
                "cards[].funding",
                Some("Payment Information"),
            ),
            (
                "credit-cards.json",
                "cards[].default",
                Some("Payment Information"),
            ),
            (
                "credit-cards.json",
                "cards[].address_city",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

#[test]
fn sign_in_events_are_device_data_whatever_their_file_is_called() {
    let event = |kind: &str, at: u64, ip: &str| {
        format!(
            r#"{{"time": {at}, "type": "{kind}", "realmId": "a3f6d0c2-7b41-4e9a-b8d5-2c6e9f104b37",
                "clientId": "member-portal", "userId": "5b9e2c71-0d3f-4a8e-9c61-7f2b4d8e3a10",
                "sessionId": "e4b1a7d9-3c52-4f08-96aa-0d7c1e5b8f23", "ipAddress": "{ip}",
                "details": {{"auth_method": "openid-connect", "remember_me": "true"}}}}"#
        )
    };
    let file = format!(
        "[{}, {}, {}]",
        event("LOGIN", 1_747_901_512_390, "203.0.113.47"),
        event("CODE_TO_TOKEN", 1_747_901_534_871, "203.0.113.47"),
        event("LOGOUT", 1_747_901_535_206, "198.51.100.23")
    );
    let rows = classified(&[
        ("events.json", &file),
        (
            "analytics/events.json",
            r#"[{"time": 1747901512390, "type": "page_view", "page": "/pricing", "sessionId": "s-1"},
                {"time": 1747901534871, "type": "click", "page": "/signup", "sessionId": "s-1"}]"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            ("events.json", "time", Some("Device/IP Information")),
            (
                "events.json",
                "details.auth_method",
                Some("Device/IP Information"),
            ),
            ("analytics/events.json", "time", Some("Web Analytics")),
            ("analytics/events.json", "page", Some("Web Analytics")),
        ],
    );
}

#[test]
fn a_response_that_says_it_worked_in_words_is_an_envelope() {
    let rows = classified(&[
        (
            "drafts.json",
            r#"{"result": "success", "msg": "", "drafts": [
                {"id": 17, "type": "stream", "to": [9], "topic": "walks", "content": "Draft one",
                 "timestamp": 1747314402},
                {"id": 18, "type": "private", "to": [1742], "topic": "", "content": "Draft two",
                 "timestamp": 1747314502}]}"#,
        ),
        (
            "users_me.json",
            r#"{"result": "success", "msg": "", "email": "noor@example.com", "full_name": "Noor H",
                "user_id": 1742, "is_admin": false, "date_joined": "2023-04-02T10:00:00Z"}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            ("drafts.json", "result", None),
            ("drafts.json", "msg", None),
            ("users_me.json", "result", None),
            ("users_me.json", "email", Some("Contact Data/Identifiers")),
            (
                "users_me.json",
                "is_admin",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

#[test]
fn a_lists_next_token_pages_it_and_a_file_of_ips_is_device_data() {
    let rows = classified(&[
        (
            "workouts.json",
            r#"{"records": [{"id": 1043, "start": "2025-06-02T06:10:00Z", "sport_name": "running",
                  "distance_meter": 5012.4},
                 {"id": 1044, "start": "2025-06-04T06:05:00Z", "sport_name": "cycling",
                  "distance_meter": 20110.0}],
                "next_token": "MTIzOjEyMzEyMw"}"#,
        ),
        (
            "ip_history.csv",
            "profile_id, timestamp, ip\n418027563, 2024-01-03 09:12:44 UTC, 203.0.113.7\n418027563, 2024-01-05 21:40:02 UTC, 198.51.100.23\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            ("workouts.json", "next_token", None),
            ("ip_history.csv", "timestamp", Some("Device/IP Information")),
        ],
    );
}

#[test]
fn a_responses_meta_is_bookkeeping_but_a_records_meta_is_its_own() {
    let rows = classified(&[
        (
            "posts.json",
            r#"{"meta": {"status": 200, "msg": "OK"}, "response": {"posts": [
                {"id": 1, "summary": "Harbour at dusk", "timestamp": 1715000000},
                {"id": 2, "summary": "Fog again", "timestamp": 1715100000}]}}"#,
        ),
        (
            "conversations.json",
            r#"{"error": false, "reason": "resolved", "data": [
                {"session_id": "session_4f0c2a9e", "state": "resolved",
                 "meta": {"nickname": "Lotte", "email": "lotte@example.com", "ip": "203.0.113.18",
                          "device": {"system": {"useragent": "Mozilla/5.0 (X11; Linux x86_64)"}}}},
                {"session_id": "session_7b1d9c02", "state": "pending",
                 "meta": {"nickname": "Lotte", "email": "lotte@example.com", "ip": "198.51.100.4",
                          "device": {"system": {"useragent": "Mozilla/5.0 (X11; Linux x86_64)"}}}}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            ("posts.json", "meta.msg", None),
            (
                "conversations.json",
                "data[].meta.email",
                Some("Contact Data/Identifiers"),
            ),
            (
                "conversations.json",
                "data[].meta.ip",
                Some("Device/IP Information"),
            ),
        ],
    );
}

#[test]
fn a_list_of_visits_is_web_analytics() {
    let rows = classified(&[(
        "exported_data_subjects.json",
        r#"{"log_visit": [
            {"idvisit": 41, "visit_first_action_time": "2025-02-03 09:12:40",
             "visit_total_actions": 7, "visit_total_time": 412, "visit_goal_converted": 1},
            {"idvisit": 52, "visit_first_action_time": "2025-02-09 18:01:05",
             "visit_total_actions": 3, "visit_total_time": 95, "visit_goal_converted": 0}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "exported_data_subjects.json",
                "log_visit[].visit_total_actions",
                Some("Web Analytics"),
            ),
            (
                "exported_data_subjects.json",
                "log_visit[].visit_first_action_time",
                Some("Web Analytics"),
            ),
        ],
    );
}

#[test]
fn an_odata_formatted_value_is_its_propertys_and_other_annotations_are_the_services() {
    let rows = classified(&[(
        "emails.json",
        r#"{"@odata.context": "https://org.example.com/api/data/v9.2/$metadata#emails", "value": [
            {"activityid": "5a1c2e3f-0b4d-4e6f-8a9b-1c2d3e4f5a6b", "subject": "Your quote",
             "senderemailaddress": "tamsin@example.com",
             "lastopenedtime": "2025-03-02T10:00:00Z",
             "lastopenedtime@OData.Community.Display.V1.FormattedValue": "02/03/2025 10:00",
             "_ownerid_value": "8f2e4a6c-1b3d-4e5f-9a7b-2c4d6e8f0a1b",
             "_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "systemuser"},
            {"activityid": "6b2d3f4a-1c5e-4f7a-9b0c-2d3e4f5a6b7c", "subject": "Follow-up",
             "senderemailaddress": "tamsin@example.com",
             "lastopenedtime": "2025-03-04T08:30:00Z",
             "lastopenedtime@OData.Community.Display.V1.FormattedValue": "04/03/2025 08:30",
             "_ownerid_value": "8f2e4a6c-1b3d-4e5f-9a7b-2c4d6e8f0a1b",
             "_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "systemuser"}]}"#,
    )]);
    let of = |field: &str| {
        rows.iter()
            .find(|r| r.field == field)
            .unwrap_or_else(|| panic!("{field} is read"))
    };
    let time = of("value[].lastopenedtime");
    let text = of("value[].lastopenedtime@OData.Community.Display.V1.FormattedValue");
    assert!(time.category.is_some(), "{}", time.evidence);
    assert_eq!(text.category, time.category, "{}", text.evidence);
    assert_eq!(
        of("value[]._ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname").category,
        None
    );
}

#[test]
fn a_sales_prospect_is_a_person_and_a_profile_data_section_their_profile() {
    let rows = classified(&[
        (
            "prospect.json",
            r#"{"data": {"type": "prospect", "id": 88301,
                "attributes": {"name": "Rosalind Osei", "occupation": "Agronomist",
                    "workPhones": ["+14025550162"], "mobilePhones": ["+14025550137"]}}}"#,
        ),
        (
            "data.json",
            r#"{"Profile Data": {"Headline": "Weekend hiker", "Personal": {"Profession": "Nurse",
                    "Religion": "None"}},
                "Account Data": {"Registration Date": "2019-04-02", "Log Entries": [
                    {"date": "2024-01-02", "event": "LOGIN"}]},
                "Visits": [{"Date": "2024-02-03", "Profile": {"ID": 7}}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "prospect.json",
                "data.attributes.name",
                Some("Contact Data/Identifiers"),
            ),
            (
                "prospect.json",
                "data.attributes.workPhones",
                Some("Contact Data/Identifiers"),
            ),
            ("prospect.json", "data.id", Some("Contact Data/Identifiers")),
            (
                "data.json",
                "Profile Data.Personal.Profession",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

#[test]
fn a_cost_a_tip_and_an_order_value_are_payments_and_a_follow_list_is_friends() {
    let rows = classified(&[
        (
            "deliveries.json",
            r#"[{"external_delivery_id": "D-1042", "order_value": 3150, "tip": 500,
                 "dropoff_instructions": "Ring twice", "total_cost": "31.50"},
                {"external_delivery_id": "D-1043", "order_value": 2280, "tip": 300,
                 "dropoff_instructions": "Leave at door", "total_cost": "22.80"}]"#,
        ),
        (
            "messages.json",
            r#"[{"from": "Ada", "body": "See you at six", "createdDateTime": "2025-01-02T10:00:00Z",
                 "policyTip": {"generalText": "This message may hold a card number."}},
                {"from": "Theo", "body": "Running late", "createdDateTime": "2025-01-02T10:05:00Z",
                 "policyTip": {"generalText": "This message may hold a card number."}}]"#,
        ),
        (
            "people.json",
            r#"{"people": [
                {"xuid": "2533274816203419", "gamertag": "Quillfeather", "isFollowingCaller": true,
                 "isFollowedByCaller": true, "realName": "Ada Brennan", "presenceState": "Online"},
                {"xuid": "2533274900117734", "gamertag": "MossyKettle", "isFollowingCaller": false,
                 "isFollowedByCaller": true, "realName": "Theo Ndiaye", "presenceState": "Offline"}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "deliveries.json",
                "order_value",
                Some("Payment Information"),
            ),
            ("deliveries.json", "tip", Some("Payment Information")),
            ("deliveries.json", "total_cost", Some("Payment Information")),
            (
                "people.json",
                "people[].realName",
                Some("Social Network Data"),
            ),
            (
                "people.json",
                "people[].gamertag",
                Some("Social Network Data"),
            ),
        ],
    );
    let hint = rows
        .iter()
        .find(|r| r.field == "policyTip.generalText")
        .expect("read");
    assert_ne!(
        hint.category.as_deref(),
        Some("Payment Information"),
        "{}",
        hint.evidence
    );
}

#[test]
fn a_face_trackers_version_is_the_softwares() {
    let rows = classified(&[(
        "personal_information/device_information/camera_information.json",
        r#"{"devices_camera": [{"string_map_data": {
            "Device ID": {"value": "android-6f1c2e9a4b7d3c05"},
            "Face Tracker Version": {"value": "14"},
            "Supported SDK Versions": {"value": "73.0,74.0,75.0"}}}]}"#,
    )]);
    let version = rows
        .iter()
        .find(|r| r.field.ends_with("Face Tracker Version.value"))
        .expect("read");
    assert_ne!(
        version.category.as_deref(),
        Some("Biometric Data"),
        "{}",
        version.evidence
    );
}

#[test]
fn an_empty_alt_and_a_user_info_section_are_not_a_place_or_a_profile() {
    let rows = classified(&[
        (
            "users.json",
            r#"[{"id": "U01", "profile": {"real_name": "Ada Brennan", "fields": {
                    "Xf06B7C8D9E": {"value": "Bristol office", "alt": ""}}}},
                {"id": "U02", "profile": {"real_name": "Theo Ndiaye", "fields": {
                    "Xf06B7C8D9E": {"value": "Leeds office", "alt": ""}}}}]"#,
        ),
        (
            "export_20240207.json",
            r#"{"pseudo_user_id": "1697418220.1707229641", "stream_id": "7012345678",
                "user_info": {"last_active_timestamp_micros": 1707229641378250,
                    "user_first_touch_timestamp_micros": 1652520681734028},
                "device": {"operating_system": "Android", "category": "mobile"}}"#,
        ),
    ]);
    let of = |file: &str, field: &str| {
        rows.iter()
            .find(|r| r.file == file && r.field == field)
            .unwrap_or_else(|| panic!("{file}::{field} is read"))
    };
    let alt = of("users.json", "profile.fields.Xf06B7C8D9E.alt");
    assert_ne!(
        alt.category.as_deref(),
        Some("Geolocation and other metadata"),
        "{}",
        alt.evidence
    );
    let active = of(
        "export_20240207.json",
        "user_info.last_active_timestamp_micros",
    );
    assert_ne!(
        active.category.as_deref(),
        Some("Contact Data/Identifiers"),
        "{}",
        active.evidence
    );
}

#[test]
fn the_events_a_person_answered_on_a_social_network_are_gatherings() {
    let rows = classified(&[(
        "your_facebook_activity/events/your_event_responses.json",
        r#"{"event_responses_v2": {"events_joined": [
                {"name": "Apiary open day", "start_timestamp": 1719576000, "end_timestamp": 1719590400},
                {"name": "Honey market", "start_timestamp": 1720180800, "end_timestamp": 1720195200}],
            "events_declined": [
                {"name": "Swarm workshop", "start_timestamp": 1721390400, "end_timestamp": 1721404800}]}}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "your_facebook_activity/events/your_event_responses.json",
                "event_responses_v2.events_joined[].name",
                Some("Social Network Data"),
            ),
            (
                "your_facebook_activity/events/your_event_responses.json",
                "event_responses_v2.events_declined[].start_timestamp",
                Some("Social Network Data"),
            ),
        ],
    );
}

#[test]
fn what_a_person_agreed_to_stays_theirs_in_a_sign_in() {
    let rows = classified(&[(
        "login.json",
        r#"{"session_token": "", "v2_user_id": "ottilie_bk", "email": "ottilie@example.com",
            "date_gdpr_consent": "2019-08-02T10:11:12Z", "date_tos_consent": "2019-08-02T10:11:12Z",
            "date_marketing_consent": "2019-08-02T10:11:12Z", "country": "GB"}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "login.json",
                "date_gdpr_consent",
                Some("Contact Data/Identifiers"),
            ),
            (
                "login.json",
                "date_tos_consent",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

#[test]
fn the_campaign_that_reached_the_person_is_how_they_used_the_service() {
    let rows = classified(&[(
        "events.json",
        r#"{"events": [
                {"campaignId": 184220, "eventName": "emailOpen", "createdAt": "2024-03-01T09:00:00Z"},
                {"campaignId": 184221, "eventName": "emailClick", "createdAt": "2024-03-02T09:00:00Z"}]}"#,
    )]);
    assert_categories(
        &rows,
        &[("events.json", "events[].campaignId", Some("Web Analytics"))],
    );
}

#[test]
fn a_history_of_something_is_a_list_of_that_thing() {
    let rows = classified(&[(
        "Digital.PrimeVideo.Watchlist/Digital.PrimeVideo.WatchlistHistory.csv",
        "listId,itemAddedDate,catalogTitle\n\
         WATCHLIST,09/14/2024 21:47,The Lighthouse Keepers - Season 1\n\
         WATCHLIST,09/15/2024 08:02,Harbour Lights\n",
    )]);
    assert_categories(
        &rows,
        &[(
            "Digital.PrimeVideo.Watchlist/Digital.PrimeVideo.WatchlistHistory.csv",
            "catalogTitle",
            Some("Web Analytics"),
        )],
    );
}

#[test]
fn what_a_person_asked_and_answered_in_a_community_is_social() {
    let rows = classified(&[(
        "AppleCare Support/Apple Support Communities Replies.csv",
        "Reply Content,Creation Time GMT,Helpful,URL\n\
         Try resetting the network settings first.,2024-05-02 10:11:12,Yes,https://discussions.example.com/thread/2541\n\
         A restore fixed it for me.,2024-06-12 08:01:02,No,https://discussions.example.com/thread/2602\n",
    )]);
    assert_categories(
        &rows,
        &[(
            "AppleCare Support/Apple Support Communities Replies.csv",
            "Reply Content",
            Some("Social Network Data"),
        )],
    );
}

#[test]
fn the_advertiser_behind_an_ad_and_what_it_credits_are_what_the_person_saw() {
    let rows = classified(&[
        (
            "data/ad-impressions.js",
            r#"window.YTD.ad_impressions.part0 = [{"ad": {"adsUserData": {"adImpressions": {"impressions": [
                {"advertiserInfo": {"advertiserName": "Harbour Lights", "screenName": "@harbourlights"},
                 "impressionTime": "2024-03-01 09:00:00"}]}}}}]"#,
        ),
        (
            "data/ad-mobile-conversions-attributed.js",
            r#"window.YTD.ad_mobile_conversions_attributed.part0 = [{"ad": {"adsUserData": {
                "attributedMobileAppConversions": {"conversions": [
                {"attributedConversionType": "MobileAppInstall", "applicationName": "Tide Tables",
                 "conversionValue": "0", "conversionTime": "2024-03-02 10:00:00"}]}}}}]"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "data/ad-impressions.js",
                "ad.adsUserData.adImpressions.impressions[].advertiserInfo.screenName",
                Some("Web Analytics"),
            ),
            (
                "data/ad-mobile-conversions-attributed.js",
                "ad.adsUserData.attributedMobileAppConversions.conversions[].conversionTime",
                Some("Web Analytics"),
            ),
        ],
    );
}

#[test]
fn the_build_of_the_app_that_sent_an_event_is_device_data() {
    let rows = classified(&[(
        "activity/reporting/events.json",
        "{\"event_type\": \"app_opened\", \"client_build_number\": \"160212\", \"release_channel\": \"stable\", \"timestamp\": \"2022-11-03T14:22:51Z\"}\n\
         {\"event_type\": \"app_opened\", \"client_build_number\": \"160409\", \"release_channel\": \"stable\", \"timestamp\": \"2022-11-04T09:02:11Z\"}\n",
    )]);
    assert_categories(
        &rows,
        &[
            (
                "activity/reporting/events.json",
                "client_build_number",
                Some("Device/IP Information"),
            ),
            (
                "activity/reporting/events.json",
                "release_channel",
                Some("Device/IP Information"),
            ),
        ],
    );
}

#[test]
fn the_servers_a_person_joined_are_their_social_network() {
    let rows = classified(&[(
        "Servers/index.json",
        r#"{"1087650000000000800": "Tide Pool Watchers", "1169000000000000801": "Harbour Lights"}"#,
    )]);
    assert_categories(
        &rows,
        &[(
            "Servers/index.json",
            "1087650000000000800",
            Some("Social Network Data"),
        )],
    );
}

#[test]
fn an_annotations_own_id_numbers_the_record_not_a_label() {
    let rows = classified(&[(
        "annotations/instances_default.json",
        r#"{"annotations": [
            {"id": 1, "image_id": 1, "category_id": 2, "bbox": [10, 20, 30, 40]},
            {"id": 2, "image_id": 1, "category_id": 1, "bbox": [50, 60, 10, 10]}],
           "concepts": [{"id": "heron", "name": "heron"}, {"id": "gull", "name": "gull"}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "annotations/instances_default.json",
                "annotations[].id",
                None,
            ),
            (
                "annotations/instances_default.json",
                "concepts[].id",
                Some("Predictions and Tags"),
            ),
        ],
    );
}

#[test]
fn accounts_the_person_restricted_or_turned_down_are_their_network() {
    let rows = classified(&[(
        "connections/followers_and_following/restricted_profiles.json",
        r#"{"relationships_restricted_users": [
            {"title": "", "media_list_data": [], "string_list_data": [
                {"href": "https://www.instagram.com/kumsal.deniz", "value": "kumsal.deniz", "timestamp": 1718000000}]}]}"#,
    )]);
    assert_categories(
        &rows,
        &[(
            "connections/followers_and_following/restricted_profiles.json",
            "relationships_restricted_users[].string_list_data[].value",
            Some("Social Network Data"),
        )],
    );
}

#[test]
fn googles_access_log_is_device_data_and_its_gaia_id_the_account() {
    let file = "Takeout/Access Log Activity/Activities - A list of Google services accessed by.csv";
    let rows = classified(&[(
        file,
        "Gaia ID,Activity Timestamp,IP Address,Activity Type,Product Name\n\
         417305982164,2024-12-02 19:12:44 UTC,2001:db8:7c02:1f00::4e,Non User Initiated,Gmail\n\
         417305982164,2024-12-03 08:01:02 UTC,203.0.113.9,User Initiated,Chrome Sync\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Product Name", Some("Device/IP Information")),
            (file, "Gaia ID", Some("Contact Data/Identifiers")),
        ],
    );
}

#[test]
fn the_headers_of_archived_messages_are_messages() {
    let rows = classified(&[(
        "messages_archive_headers.csv",
        "id,permalink,thread_id,date,ip,from,to\n\
         2k9q1x,https://www.reddit.com/message/messages/2k9q1x,,2024-05-02 10:11:12 UTC,,curlew_and_crake,marsh_tit\n\
         2k9q2y,https://www.reddit.com/message/messages/2k9q2y,,2024-06-12 08:01:02 UTC,,marsh_tit,curlew_and_crake\n",
    )]);
    assert_categories(
        &rows,
        &[(
            "messages_archive_headers.csv",
            "date",
            Some("Social Network Data"),
        )],
    );
}

#[test]
fn the_sales_team_that_keeps_a_persons_crm_record_is_not_the_person() {
    let rows = classified(&[
        (
            "contact.json",
            r#"{"contact": {"id": 70012345, "first_name": "Marguerite", "last_name": "Adebayo",
                "email": "marguerite@example.com", "owner_id": 31000412, "creater_id": 31000412},
               "users": [{"id": 31000412, "display_name": "Tobias Wren",
                          "email": "tobias.wren@example.org", "mobile_number": "+1 555 0100"}]}"#,
        ),
        (
            "activities.json",
            r#"{"data": [{"id": "acti_1", "user_id": 31000412, "user_name": "Tobias Wren",
                          "note": "Called about the pilot."},
                         {"id": "acti_2", "user_id": 31000412, "user_name": "Tobias Wren",
                          "note": "Sent the proposal."}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "contact.json",
                "contact.email",
                Some("Contact Data/Identifiers"),
            ),
            ("contact.json", "contact.owner_id", None),
            ("contact.json", "users[].display_name", None),
            ("contact.json", "users[].email", None),
            ("activities.json", "data[].user_id", None),
            ("activities.json", "data[].user_name", None),
        ],
    );
}

#[test]
fn a_json_api_resources_type_names_it_as_a_file_name_would() {
    let rows = classified(&[(
        "customer.json",
        r#"{"data": {"type": "customers", "id": "2250119",
                     "attributes": {"name": "Revathi Anand", "email": "revathi@example.com"}},
            "included": [
              {"type": "orders", "id": "4102",
               "attributes": {"total_formatted": "$120.00", "refunded": false, "created_at": "2024-03-01T09:00:00Z"}},
              {"type": "orders", "id": "4199",
               "attributes": {"total_formatted": "$60.00", "refunded": true, "created_at": "2024-06-01T09:00:00Z"}}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "customer.json",
                "included[].attributes.refunded",
                Some("Payment Information"),
            ),
            (
                "customer.json",
                "data.attributes.email",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

#[test]
fn a_music_librarys_songs_are_what_the_person_kept_even_beside_uploads() {
    let file =
        "Takeout/YouTube and YouTube Music/music (library and uploads)/music library songs.csv";
    let rows = classified(&[(
        file,
        "Video ID,Song Title,Album Title,Artist Name 1\n\
         dQw4w9WgXcQ,Harbour Lights,Tide Tables,Marlen Oduya\n\
         kJQP7kiw5Fk,Curlew,Tide Tables,Marlen Oduya\n",
    )]);
    assert_categories(&rows, &[(file, "Song Title", Some("Web Analytics"))]);
}

#[test]
fn the_live_broadcasts_a_person_gave_are_social_and_those_watched_analytics() {
    let rows = classified(&[(
        "user_data_tiktok.json",
        r#"{"TikTok Live": {
            "Go Live History": {"GoLiveList": [
                {"RoomTitle": "Pouring candles", "LiveStartTime": "2025-03-01 18:00:00", "TotalView": "212"},
                {"RoomTitle": "Wick trimming", "LiveStartTime": "2025-03-08 18:00:00", "TotalView": "140"}]},
            "Watch Live History": {"WatchLiveMap": [
                {"WatchTime": "2025-03-02 20:11:00", "Link": "https://www.tiktokv.com/share/live/7340000000000000001"},
                {"WatchTime": "2025-03-04 21:02:00", "Link": "https://www.tiktokv.com/share/live/7340000000000000002"}]}}}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "user_data_tiktok.json",
                "TikTok Live.Go Live History.GoLiveList[].RoomTitle",
                Some("Social Network Data"),
            ),
            (
                "user_data_tiktok.json",
                "TikTok Live.Watch Live History.WatchLiveMap[].Link",
                Some("Web Analytics"),
            ),
        ],
    );
}

#[test]
fn a_responses_own_success_code_is_not_data() {
    let rows = classified(&[(
        "user.json",
        r#"{"code": 0, "user": {"id": 88410232, "login": "bronwen_ash", "email": "bronwen@example.com"}}"#,
    )]);
    assert_categories(
        &rows,
        &[
            ("user.json", "code", None),
            ("user.json", "user.email", Some("Contact Data/Identifiers")),
        ],
    );
}

#[test]
fn a_chat_with_the_companys_support_is_correspondence_not_a_social_chat() {
    let rows = classified(&[(
        "support_chats.csv",
        "Created At,Channel,Sender,Message\n\
         2024-05-02 10:11:12,in_app,customer,My order arrived cold.\n\
         2024-05-02 10:12:40,in_app,agent,Sorry to hear that: here is a credit.\n",
    )]);
    assert_categories(
        &rows,
        &[(
            "support_chats.csv",
            "Message",
            Some("Contact Data/Identifiers"),
        )],
    );
}

#[test]
fn the_media_market_an_analytics_tool_places_the_person_in_is_geolocation() {
    let rows = classified(&[(
        "useractivity.json",
        r#"{"userData": {"user_id": "ncastellanos", "dma": "Seattle-Tacoma, WA", "platform": "iOS"},
            "events": [{"event_type": "Photo Scanned", "dma": "Seattle-Tacoma, WA", "event_time": "2024-09-10 08:01:02"},
                       {"event_type": "Photo Scanned", "dma": "Seattle-Tacoma, WA", "event_time": "2024-09-11 08:01:02"}]}"#,
    )]);
    assert_categories(
        &rows,
        &[(
            "useractivity.json",
            "events[].dma",
            Some("Geolocation and other metadata"),
        )],
    );
}

#[test]
fn a_keep_notes_colour_pins_and_times_are_metadata_of_what_the_person_wrote() {
    let rows = classified(&[(
        "Takeout/Keep/Boiler service.json",
        r#"{"color": "YELLOW", "isTrashed": false, "isPinned": true, "isArchived": false,
            "userEditedTimestampUsec": 1739264093118000, "createdTimestampUsec": 1739264000000000,
            "title": "Boiler service", "textContent": "Call on Tuesday."}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "Takeout/Keep/Boiler service.json",
                "isPinned",
                Some("Geolocation and other metadata"),
            ),
            (
                "Takeout/Keep/Boiler service.json",
                "userEditedTimestampUsec",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

#[test]
fn the_mail_and_notification_choices_a_person_made_are_account_settings() {
    let file = "CustomerCommunicationExperience.Preferences/CustomerCommunicationExperience.Preferences.csv";
    let rows = classified(&[(
        file,
        "Marketplace,NotificationTopic,NotificationCommunicationChannel,Action,ActionTimestamp\n\
         Amazon.co.uk,Deals,EMAIL,Unsubscription,2024-03-01T09:00:00Z\n\
         Amazon.co.uk,Shipment updates,PUSH,Subscription,2024-03-02T09:00:00Z\n",
    )]);
    assert_categories(
        &rows,
        &[(file, "NotificationTopic", Some("Contact Data/Identifiers"))],
    );
}

#[test]
fn the_settings_of_a_location_history_are_the_persons_choices_not_places() {
    let file = "Takeout/Location History (Timeline)/Settings.json";
    let rows = classified(&[
        (
            file,
            r#"{"createdTime": "2016-03-02T10:11:12Z", "modifiedTime": "2024-05-01T08:00:00Z",
                "historyEnabled": true, "retentionWindowDays": 540, "legalCountryCode": "de",
                "deviceSettings": [{"deviceTag": 1234567, "reportingEnabled": true,
                                    "devicePrettyName": "Pixel 7"}]}"#,
        ),
        (
            "Takeout/Location History (Timeline)/Records.json",
            r#"{"locations": [{"latitudeE7": 522034561, "longitudeE7": 133984521, "accuracy": 12,
                               "timestamp": "2024-05-01T08:00:00Z"}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (file, "historyEnabled", Some("Contact Data/Identifiers")),
            (
                file,
                "retentionWindowDays",
                Some("Contact Data/Identifiers"),
            ),
            (
                "Takeout/Location History (Timeline)/Records.json",
                "locations[].latitudeE7",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

#[test]
fn the_log_of_changes_to_a_sign_in_is_device_data() {
    let rows = classified(&[(
        "json/account_history.json",
        r#"{"Password Change": [{"Date": "2024-02-11 09:12:40 UTC"}, {"Date": "2023-07-02 18:01:02 UTC"}],
            "Email Change": [{"Date": "2022-05-03 10:00:00 UTC", "Email Address": "saoirse@example.com"}]}"#,
    )]);
    assert_categories(
        &rows,
        &[(
            "json/account_history.json",
            "Password Change[].Date",
            Some("Device/IP Information"),
        )],
    );
}

/// A detector whose every region shows a `face` is a face model, whatever its file or model is
/// called; a general detector's regions of dogs and cars stay predictions.
#[test]
fn regions_that_only_show_faces_are_biometric() {
    let region = |concept: &str| {
        format!(
            r#"{{"region_info": {{"bounding_box": {{"top_row": 0.31, "left_col": 0.2, "bottom_row": 0.44, "right_col": 0.3}}}},
                "data": {{"concepts": [{{"id": "{concept}", "name": "{concept}", "value": 0.98}}]}}}}"#
        )
    };
    let output = |a: &str, b: &str| {
        format!(
            r#"{{"status": {{"code": "SUCCESS"}}, "outputs": [{{"data": {{"parts": [{{"id": "return", "data": {{"regions": [{}, {}]}}}}]}}}}]}}"#,
            region(a),
            region(b)
        )
    };
    let rows = classified(&[
        ("predict_ansikten.json", &output("face", "face")),
        ("predict_gatan.json", &output("dog", "car")),
    ]);
    let top = "outputs[].data.parts[].data.regions[].region_info.bounding_box.top_row";
    let name = "outputs[].data.parts[].data.regions[].data.concepts[].name";
    assert_categories(
        &rows,
        &[
            ("predict_ansikten.json", top, Some("Biometric Data")),
            ("predict_ansikten.json", name, Some("Biometric Data")),
            ("predict_gatan.json", top, Some("Predictions and Tags")),
            ("predict_gatan.json", name, Some("Predictions and Tags")),
        ],
    );
}

/// How often and how lately the person used an emoji or a command (Discord's `frecency`
/// settings) measures their use of the service, even inside their account file.
#[test]
fn how_often_an_emoji_was_used_is_analytics() {
    let rows = classified(&[(
        "Account/user.json",
        r#"{"id": "703519846221905931", "username": "kalinda", "email": "k@example.com",
            "settings": {"frecency": {"emojiFrecency": {"emojis": {"sob": {
                "totalUses": 41, "recentUses": ["1733390000000", "1733391000000"], "frecency": 120}}}}}}"#,
    )]);
    let emoji = "settings.frecency.emojiFrecency.emojis.sob";
    assert_categories(
        &rows,
        &[
            (
                "Account/user.json",
                &format!("{emoji}.totalUses"),
                Some("Web Analytics"),
            ),
            (
                "Account/user.json",
                &format!("{emoji}.recentUses"),
                Some("Web Analytics"),
            ),
            (
                "Account/user.json",
                &format!("{emoji}.frecency"),
                Some("Web Analytics"),
            ),
            (
                "Account/user.json",
                "email",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A CRM's opportunity is a deal the company hopes to sell the person, like HubSpot's deals:
/// its name, stage and dates are payment information, however Salesforce calls the file.
#[test]
fn a_crm_opportunity_is_a_deal() {
    let rows = classified(&[(
        "query-Opportunity.json",
        r#"{"totalSize": 2, "done": true, "records": [
            {"attributes": {"type": "Opportunity", "url": "/services/data/v62.0/sobjects/Opportunity/0065g00000AbCdEAAZ"},
             "Id": "0065g00000AbCdEAAZ", "Name": "Inspection cameras, line 2", "StageName": "Closed Won",
             "Amount": 48000.0, "CloseDate": "2025-03-28", "IsWon": true, "IsClosed": true},
            {"attributes": {"type": "Opportunity", "url": "/services/data/v62.0/sobjects/Opportunity/0065g00000AbCdFAAZ"},
             "Id": "0065g00000AbCdFAAZ", "Name": "Glaze defect model", "StageName": "Negotiation",
             "Amount": 12500.0, "CloseDate": "2025-09-30", "IsWon": false, "IsClosed": false}]}"#,
    )]);
    let file = "query-Opportunity.json";
    assert_categories(
        &rows,
        &[
            (file, "records[].Name", Some("Payment Information")),
            (file, "records[].StageName", Some("Payment Information")),
            (file, "records[].CloseDate", Some("Payment Information")),
            (file, "records[].Amount", Some("Payment Information")),
            (file, "records[].Id", None),
        ],
    );
}

/// A marketing tool's `predictive_analytics` are its sums and predictions of the person's
/// orders, not analytics of their use; and the billing and shipping addresses of an order that
/// an analytics event reports are the person's addresses, not where they connected from.
#[test]
fn a_marketing_tools_order_sums_and_event_addresses() {
    let rows = classified(&[
        (
            "profile.json",
            r#"{"data": {"type": "profile", "id": "01JZ8Q2M4N", "attributes": {
                "email": "ines@example.com",
                "predictive_analytics": {"historic_clv": 412.5, "predicted_clv": 230.0,
                    "total_clv": 642.5, "historic_number_of_orders": 7,
                    "average_days_between_orders": 41}}}}"#,
        ),
        (
            "events.json",
            r#"{"data": [{"type": "event", "id": "5Y3kQ", "attributes": {"datetime": "2025-07-02T10:14:00+00:00",
                "event_properties": {"$value": 58.9, "BillingAddress": {"City": "Porto", "Zip": "4050-123"},
                "ShippingAddress": {"City": "Braga", "Zip": "4700-321"}}}},
              {"type": "event", "id": "5Y3kR", "attributes": {"datetime": "2025-07-03T08:01:00+00:00",
                "event_properties": {"$value": 12.0}}}]}"#,
        ),
    ]);
    let predictive = "data.attributes.predictive_analytics";
    let event = "data[].attributes.event_properties";
    assert_categories(
        &rows,
        &[
            (
                "profile.json",
                &format!("{predictive}.historic_clv"),
                Some("Payment Information"),
            ),
            (
                "profile.json",
                &format!("{predictive}.historic_number_of_orders"),
                Some("Payment Information"),
            ),
            (
                "profile.json",
                &format!("{predictive}.total_clv"),
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (
                "events.json",
                &format!("{event}.BillingAddress.City"),
                Some("Contact Data/Identifiers"),
            ),
            (
                "events.json",
                &format!("{event}.ShippingAddress.Zip"),
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The addresses the person typed into the browser's bar are part of their browsing history.
#[test]
fn typed_urls_are_browsing_history() {
    let rows = classified(&[(
        "Takeout/Chrome/History.json",
        r#"{"Typed Url": [
            {"url": "https://www.example.org/woodturning", "title": "Woodturning club", "hidden": false, "visits": 4},
            {"url": "https://shop.example.com/gouges", "title": "Gouges", "hidden": false, "visits": 2}]}"#,
    )]);
    let file = "Takeout/Chrome/History.json";
    assert_categories(
        &rows,
        &[
            (file, "Typed Url[].url", Some("Web Analytics")),
            (file, "Typed Url[].title", Some("Web Analytics")),
        ],
    );
}

/// The groups the person visited are items of their use of the service; the kind of entry
/// Meta's 2025 files name (`ent_name`) is the format's.
#[test]
fn groups_visited_and_metas_entry_kind() {
    let rows = classified(&[(
        "logged_information/your_interactions_on_facebook/groups_you_ve_visited.json",
        r#"[{"timestamp": 1741249302, "media": [], "label_values": [
                {"ent_field_name": "name", "label": "Name", "value": "Akureyri knitting circle"}],
             "fbid": "514207739912845", "ent_name": "GroupVisit"},
            {"timestamp": 1741078815, "media": [], "label_values": [
                {"ent_field_name": "name", "label": "Name", "value": "North Iceland hikers"}],
             "fbid": "366190842275519", "ent_name": "GroupVisit"}]"#,
    )]);
    let file = "logged_information/your_interactions_on_facebook/groups_you_ve_visited.json";
    assert_categories(
        &rows,
        &[
            (file, "label_values[].value", Some("Web Analytics")),
            (file, "timestamp", Some("Web Analytics")),
            (file, "ent_name", None),
        ],
    );
}

/// The posts the person liked or reacted to are items of their use of the service, unlike the
/// reactions others leave on the person's own posts.
#[test]
fn the_posts_a_person_reacted_to_are_their_history() {
    let rows = classified(&[(
        "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json",
        r#"[{"timestamp": 1717000000, "title": "Gorkem Sahin likes Ayse's post.",
             "data": [{"reaction": {"reaction": "LIKE", "actor": "Gorkem Sahin"}}]},
            {"timestamp": 1717100000, "title": "Gorkem Sahin reacted to Emre's photo.",
             "data": [{"reaction": {"reaction": "LOVE", "actor": "Gorkem Sahin"}}]}]"#,
    )]);
    let file = "your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json";
    assert_categories(
        &rows,
        &[
            (file, "timestamp", Some("Web Analytics")),
            (file, "title", Some("Web Analytics")),
            (file, "data[].reaction.reaction", Some("Web Analytics")),
        ],
    );
}

/// Facebook's file of everything the person posted is named after the kinds of post it holds;
/// its records are posts, some with a photo, not pictures.
#[test]
fn facebooks_posts_check_ins_photos_and_videos_are_posts() {
    let rows = classified(&[(
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        r#"[{"timestamp": 1717000000, "title": "Gorkem Sahin updated his status.",
             "data": [{"post": "Sunset over the Bosphorus", "update_timestamp": 1717000100}],
             "attachments": [{"data": [{"media": {"uri": "your_facebook_activity/posts/media/a.jpg",
                "creation_timestamp": 1717000000}}]}]},
            {"timestamp": 1717200000, "title": "Gorkem Sahin shared a link.",
             "data": [{"post": "Worth a read", "update_timestamp": 1717200100}]}]"#,
    )]);
    let file = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json";
    assert_categories(
        &rows,
        &[
            (file, "timestamp", Some("Social Network Data")),
            (file, "data[].post", Some("Social Network Data")),
            (
                file,
                "attachments[].data[].media.uri",
                Some("Other Visual Information"),
            ),
        ],
    );
}

/// An app's technical log of what the person did in it (Spotify's), one file per kind of event,
/// records their use of the service.
#[test]
fn an_apps_technical_log_records_use() {
    let rows = classified(&[(
        "Spotify Technical Log Information/AddToPlaylist.json",
        r#"[{"timestamp_utc": "2025-03-02T18:04:11.120Z", "context_time": 1740938651, "message_playlist_uri": "spotify:playlist:4cOdK2wGLETKBW3PvgPWqT", "message_new_playlist": false},
            {"timestamp_utc": "2025-03-05T07:40:09.008Z", "context_time": 1741160409, "message_playlist_uri": "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", "message_new_playlist": true}]"#,
    )]);
    let file = "Spotify Technical Log Information/AddToPlaylist.json";
    assert_categories(
        &rows,
        &[
            (file, "timestamp_utc", Some("Web Analytics")),
            (file, "message_playlist_uri", Some("Web Analytics")),
        ],
    );
}

/// The person's ratings of sellers are public reviews, as a marketplace publishes them.
#[test]
fn seller_feedback_is_a_public_review() {
    let rows = classified(&[(
        "Retail.Seller-Feedback.1/Retail.Seller-Feedback.csv",
        "OrderId,Marketplace,FeedbackDate,FeedbackText,FeedbackRating\n\
         702-4418203-6637105,amazon.ca,07/14/2024 16:22,Well packed and early,5\n\
         702-9051736-2284519,amazon.ca,02/03/2025 11:48,Lid arrived cracked,3\n",
    )]);
    let file = "Retail.Seller-Feedback.1/Retail.Seller-Feedback.csv";
    assert_categories(
        &rows,
        &[
            (file, "FeedbackText", Some("Social Network Data")),
            (file, "FeedbackRating", Some("Social Network Data")),
        ],
    );
}

/// The program a subscriber reads mail with is their device's software, how often they open a
/// sender's mail is their use of it, and a container image a pipeline runs is no picture.
#[test]
fn mail_client_open_rate_and_container_images() {
    let rows = classified(&[
        (
            "member.json",
            r#"{"id": "1f0c9b3e7a", "email_address": "priyanka@example.com", "email_client": "Apple Mail",
                "stats": {"avg_open_rate": 0.42, "avg_click_rate": 0.08}}"#,
        ),
        (
            "list-pipeline-step-versions.json",
            r#"{"pipeline_step_versions": [
                {"id": "v1", "build_info": {"docker_image_name": "detect-animals", "docker_image_digest": "sha256:9f2c1e"}},
                {"id": "v2", "build_info": {"docker_image_name": "detect-animals", "docker_image_digest": "sha256:41aa07"}}]}"#,
        ),
    ]);
    let build = "pipeline_step_versions[].build_info";
    assert_categories(
        &rows,
        &[
            ("member.json", "email_client", Some("Device/IP Information")),
            ("member.json", "stats.avg_open_rate", Some("Web Analytics")),
            (
                "list-pipeline-step-versions.json",
                &format!("{build}.docker_image_name"),
                None,
            ),
        ],
    );
}

/// An id named after something other than a device (a track, a shared message) is that thing's,
/// however much its random hex looks like a device's; one named for a device is the device's.
#[test]
fn random_ids_named_for_other_things_are_not_devices() {
    let rows = classified(&[(
        "annotations.json",
        r#"{"annotations": [
            {"track_id": "1d6e4b8a90c3f257", "device_id": "8f14e45fceea167a", "concept": "kayak"},
            {"track_id": "77c0e2b9a5f1d348", "device_id": "8f14e45fceea167a", "concept": "paddle"}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            ("annotations.json", "annotations[].track_id", None),
            (
                "annotations.json",
                "annotations[].device_id",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// How Clarifai builds and runs a person's model (its container, the compute it asks for) is
/// the service's, not an inference; the colours a colour model found in a picture are its
/// predictions.
#[test]
fn a_models_build_and_compute_and_a_colour_models_output() {
    let rows = classified(&[
        (
            "list-model-versions.json",
            r#"{"model_versions": [
                {"id": "6f0d2a9c", "build_info": {"docker_image_tag": "6f0d2a9c", "platform": "linux/amd64"},
                 "inference_compute_info": {"cpu_limit": "2", "num_accelerators": 1, "accelerator_type": ["NVIDIA-L4"]}},
                {"id": "3b1e7c40", "build_info": {"docker_image_tag": "3b1e7c40", "platform": "linux/amd64"},
                 "inference_compute_info": {"cpu_limit": "1", "num_accelerators": 0, "accelerator_type": []}}]}"#,
        ),
        (
            "color-2016-07-18.json",
            r##"{"status_code": "OK", "results": [{"docid": 1, "colors": [
                {"w3c": {"hex": "#2f4f4f", "name": "DarkSlateGray"}, "hex": "#2d4c4e", "density": 0.41},
                {"w3c": {"hex": "#f5deb3", "name": "Wheat"}, "hex": "#f2dcb0", "density": 0.22}]}]}"##,
        ),
    ]);
    let version = "model_versions[]";
    assert_categories(
        &rows,
        &[
            (
                "list-model-versions.json",
                &format!("{version}.inference_compute_info.cpu_limit"),
                None,
            ),
            (
                "list-model-versions.json",
                &format!("{version}.build_info.platform"),
                None,
            ),
            (
                "color-2016-07-18.json",
                "results[].colors[].w3c.name",
                Some("Predictions and Tags"),
            ),
            (
                "color-2016-07-18.json",
                "results[].colors[].density",
                Some("Predictions and Tags"),
            ),
        ],
    );
}

/// What other apps and sites told Meta the person did there is their activity elsewhere, not
/// the social network, though its key names Facebook.
#[test]
fn activity_off_facebook_is_use_not_the_social_network() {
    let rows = classified(&[(
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
        r#"{"off_facebook_activity_v2": [
            {"name": "Nordic Rail", "events": [{"id": 381204, "type": "PURCHASE", "timestamp": 1730000000}]},
            {"name": "Hiking Maps", "events": [{"id": 992311, "type": "ACTIVATE_APP", "timestamp": 1730100000}]}]}"#,
    )]);
    let file = "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "off_facebook_activity_v2[].name",
                Some("Web Analytics"),
            ),
            (
                file,
                "off_facebook_activity_v2[].events[].type",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// The person as a payment processor knows them (a payer id) is their identifier, and where a
/// payment dispute stands is no address's state.
#[test]
fn a_payer_id_and_a_dispute_state() {
    let rows = classified(&[(
        "customer/disputes.json",
        r#"{"items": [
            {"dispute_id": "PP-R-QTF-10218847", "dispute_state": "RESOLVED", "payer_id": "7QZC3M2KXG8YA", "dispute_amount": {"currency_code": "USD", "value": "49.00"}},
            {"dispute_id": "PP-R-QTF-10218912", "dispute_state": "REQUIRED_ACTION", "payer_id": "7QZC3M2KXG8YA", "dispute_amount": {"currency_code": "USD", "value": "12.50"}}]}"#,
    )]);
    let file = "customer/disputes.json";
    assert_categories(
        &rows,
        &[
            (file, "items[].payer_id", Some("Contact Data/Identifiers")),
            (file, "items[].dispute_state", Some("Payment Information")),
        ],
    );
}

/// What an advertiser targeted the person by is the company's conclusion about them, the kind
/// of criterion is the format's, and the app a tweet was posted from is the person's device's.
#[test]
fn ad_targeting_and_a_tweets_source() {
    let rows = classified(&[
        (
            "data/ad-impressions.js",
            r#"window.YTD.ad_impressions.part0 = [{"ad": {"adsUserData": {"adImpressions": {"impressions": [
                {"deviceInfo": {"osType": "Ios"}, "impressionTime": "2025-02-01 10:00:00",
                 "matchedTargetingCriteria": [{"targetingType": "Interests", "targetingValue": "Birdwatching"},
                                              {"targetingType": "Age", "targetingValue": "35 to 54"}]},
                {"deviceInfo": {"osType": "Ios"}, "impressionTime": "2025-02-02 11:00:00",
                 "matchedTargetingCriteria": [{"targetingType": "Locations", "targetingValue": "Tucson"}]}]}}}}]"#,
        ),
        (
            "data/tweets.js",
            r#"window.YTD.tweets.part0 = [
                {"tweet": {"id_str": "1", "full_text": "Vermilion flycatcher at the pond", "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for iPhone</a>", "created_at": "Sat Feb 01 10:00:00 +0000 2025"}},
                {"tweet": {"id_str": "2", "full_text": "Glaze test kiln day", "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for iPhone</a>", "created_at": "Sun Feb 02 10:00:00 +0000 2025"}}]"#,
        ),
    ]);
    let criteria = "ad.adsUserData.adImpressions.impressions[].matchedTargetingCriteria[]";
    assert_categories(
        &rows,
        &[
            (
                "data/ad-impressions.js",
                &format!("{criteria}.targetingValue"),
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (
                "data/ad-impressions.js",
                &format!("{criteria}.targetingType"),
                None,
            ),
            (
                "data/tweets.js",
                "tweet.source",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// What a person did within an analytics tool's session (page views, events, goals) is their
/// use of the site, not a sign-in, though it sits in a list of sessions.
#[test]
fn activities_within_an_analytics_session_are_use() {
    let rows = classified(&[(
        "userActivity.search_response.json",
        r#"{"sessions": [
            {"sessionId": "1584236498", "deviceCategory": "desktop", "platform": "Windows", "sessionDate": "2019-03-14",
             "activities": [
                {"activityTime": "2019-03-14T10:02:11.231Z", "activityType": "EVENT", "source": "google", "medium": "organic",
                 "event": {"eventCategory": "Video", "eventAction": "play", "eventLabel": "Glazing basics", "eventCount": "1"}},
                {"activityTime": "2019-03-14T10:01:02.004Z", "activityType": "EVENT", "source": "google", "medium": "organic",
                 "event": {"eventCategory": "Video", "eventAction": "pause", "eventLabel": "Glazing basics", "eventCount": "1"}}]},
            {"sessionId": "1584299012", "deviceCategory": "mobile", "platform": "iOS", "sessionDate": "2019-03-15",
             "activities": [
                {"activityTime": "2019-03-15T08:12:40.118Z", "activityType": "EVENT", "source": "(direct)", "medium": "(none)",
                 "event": {"eventCategory": "Shop", "eventAction": "add_to_cart", "eventLabel": "Kiln gloves", "eventCount": "1"}}]}]}"#,
    )]);
    let file = "userActivity.search_response.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "sessions[].activities[].event.eventAction",
                Some("Web Analytics"),
            ),
            (
                file,
                "sessions[].activities[].event.eventLabel",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// An identity provider's log of the person's sign-ins is device data, though its name ends in
/// "events"; the hits a site's tag sent to Google Analytics measure their use of the site.
#[test]
fn sign_in_events_and_analytics_hits() {
    let rows = classified(&[
        (
            "admin-list-user-auth-events.json",
            r#"{"AuthEvents": [
                {"EventId": "b1", "EventType": "SignIn", "CreationDate": "2025-05-02T08:14:03Z", "EventResponse": "Pass",
                 "EventContextData": {"IpAddress": "203.0.113.40", "DeviceName": "Chrome 136, Windows 11"}},
                {"EventId": "b2", "EventType": "PasswordChange", "CreationDate": "2025-05-03T21:40:55Z", "EventResponse": "Pass",
                 "EventContextData": {"IpAddress": "203.0.113.40", "DeviceName": "Chrome 136, Windows 11"}}]}"#,
        ),
        (
            "gtag/g_collect_hits_2025-03-14.json",
            r#"[{"en": "page_view", "dl": "https://shop.example.com/kilns", "dt": "Kilns", "sid": "1741950000", "cid": "1287304551.1741949900"},
                {"en": "add_to_cart", "dl": "https://shop.example.com/kilns/k2", "dt": "K2 kiln", "sid": "1741950000", "cid": "1287304551.1741949900"}]"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "admin-list-user-auth-events.json",
                "AuthEvents[].EventContextData.DeviceName",
                Some("Device/IP Information"),
            ),
            (
                "admin-list-user-auth-events.json",
                "AuthEvents[].CreationDate",
                Some("Device/IP Information"),
            ),
            (
                "gtag/g_collect_hits_2025-03-14.json",
                "dl",
                Some("Web Analytics"),
            ),
            (
                "gtag/g_collect_hits_2025-03-14.json",
                "en",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// The person's answers to others' stories (polls, quizzes, sliders) are part of the social
/// network, like replies.
#[test]
fn answers_to_others_stories_are_social() {
    let rows = classified(&[(
        "your_instagram_activity/story_interactions/polls.json",
        r#"{"story_activities_polls": [
            {"title": "lena.rysuje", "string_list_data": [{"value": "Yes", "timestamp": 1712000000}]},
            {"title": "kuba.design", "string_list_data": [{"value": "Option 2", "timestamp": 1712100000}]}]}"#,
    )]);
    let file = "your_instagram_activity/story_interactions/polls.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "story_activities_polls[].title",
                Some("Social Network Data"),
            ),
            (
                file,
                "story_activities_polls[].string_list_data[].timestamp",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// Events an analytics API reports about a contact (an event type and when it occurred) measure
/// the person's use, though the file is named after the contact.
#[test]
fn analytics_events_about_a_contact_are_use() {
    let rows = classified(&[(
        "events/contact-318004471.json",
        r#"{"results": [
            {"objectType": "CONTACT", "objectId": "318004471", "eventType": "e_visited_page", "occurredAt": "2025-06-02T14:11:09.512Z",
             "id": "9a1c", "properties": {"hs_url": "https://www.example.com/pricing", "hs_title": "Pricing"}},
            {"objectType": "CONTACT", "objectId": "318004471", "eventType": "e_visited_page", "occurredAt": "2025-06-03T09:40:51.100Z",
             "id": "9a1d", "properties": {"hs_url": "https://www.example.com/docs", "hs_title": "Docs"}}]}"#,
    )]);
    let file = "events/contact-318004471.json";
    assert_categories(
        &rows,
        &[
            (file, "results[].occurredAt", Some("Web Analytics")),
            (file, "results[].properties.hs_title", Some("Web Analytics")),
        ],
    );
}

/// A ticket's face value is its printed price, not a face.
#[test]
fn a_tickets_face_value_is_no_face() {
    let rows = classified(&[(
        "Passes/3388000000022190331.fsb-77120394.json",
        r#"{"id": "3388000000022190331.fsb-77120394", "ticketNumber": "FSB-77120394",
            "faceValue": {"micros": "650000000", "currencyCode": "NOK"},
            "seatInfo": {"seat": {"defaultValue": {"language": "nb", "value": "14"}}}}"#,
    )]);
    let row = rows
        .iter()
        .find(|r| r.field == "faceValue.micros")
        .expect("faceValue.micros was read");
    assert_ne!(
        row.category.as_deref(),
        Some("Biometric Data"),
        "{}",
        row.evidence
    );
}

/// The app a copy of the person's app went to is no travel destination.
#[test]
fn a_copys_destination_app_is_no_place() {
    let rows = classified(&[(
        "list-app-duplications.json",
        r#"{"status": {"code": "SUCCESS"}, "app_duplications": [
            {"id": "d1", "destination_app": {"id": "camtraps-2024", "name": "Camera traps 2024"}},
            {"id": "d2", "destination_app": {"id": "camtraps-archive", "name": "Camera traps archive"}}]}"#,
    )]);
    let row = rows
        .iter()
        .find(|r| r.field == "app_duplications[].destination_app.name")
        .expect("the destination app's name was read");
    assert_ne!(
        row.category.as_deref(),
        Some("Geolocation and other metadata"),
        "{}",
        row.evidence
    );
}

/// How a search ranks its hits is the service's method, not what the person searched for.
#[test]
fn a_searchs_algorithm_is_the_services() {
    let rows = classified(&[(
        "post-inputs-searches.json",
        r#"{"status": {"code": 10000}, "searches": [
            {"id": "s1", "algorithm": "nearest_neighbor", "query": {"ranks": [{"annotation": {"data": {"concepts": [{"name": "kayak", "value": 1}]}}}]}},
            {"id": "s2", "algorithm": "nearest_neighbor", "query": {"ranks": [{"annotation": {"data": {"concepts": [{"name": "paddle", "value": 1}]}}}]}}]}"#,
    )]);
    assert_categories(
        &rows,
        &[("post-inputs-searches.json", "searches[].algorithm", None)],
    );
}

/// The languages an app picked and detected on the person's device are the device's.
#[test]
fn an_apps_chosen_and_detected_locales_are_the_devices() {
    let rows = classified(&[(
        "Activity/tns/events-2025-00000-of-00001.json",
        "{\"event_type\": \"session_start\", \"chosen_locale\": \"fi\", \"detected_locale\": \"fi-FI\", \"os\": \"Windows\"}\n\
         {\"event_type\": \"add_reaction\", \"chosen_locale\": \"fi\", \"detected_locale\": \"fi-FI\", \"os\": \"Android\"}\n",
    )]);
    let file = "Activity/tns/events-2025-00000-of-00001.json";
    assert_categories(
        &rows,
        &[
            (file, "chosen_locale", Some("Device/IP Information")),
            (file, "detected_locale", Some("Device/IP Information")),
        ],
    );
}

/// The generic details of what a person did within an analytics session (when, from which
/// source) take the activities' category, not a sign-in's: the words that keep a switch rule off
/// a path keep it off the records there too.
#[test]
fn the_details_of_an_analytics_sessions_activities_are_use() {
    let rows = classified(&[(
        "userActivity.search_response.json",
        r#"{"sessions": [
            {"sessionId": "1584236498", "deviceCategory": "desktop", "platform": "Windows", "sessionDate": "2019-03-14",
             "activities": [
                {"activityTime": "2019-03-14T10:02:11.231Z", "activityType": "PAGEVIEW", "source": "google", "medium": "organic", "campaign": "spring", "keyword": "kiln",
                 "event": {"eventCategory": "Video", "eventAction": "play"}, "hostname": "shop.example.com", "pageview": {"pagePath": "/kilns", "pageTitle": "Kilns"}},
                {"activityTime": "2019-03-14T10:03:40.004Z", "activityType": "PAGEVIEW", "source": "google", "medium": "organic", "campaign": "spring", "keyword": "kiln",
                 "event": {"eventCategory": "Video", "eventAction": "play"}, "hostname": "shop.example.com", "pageview": {"pagePath": "/kilns/k2", "pageTitle": "K2 kiln"}}]},
            {"sessionId": "1584299012", "deviceCategory": "mobile", "platform": "iOS", "sessionDate": "2019-03-15",
             "activities": [
                {"activityTime": "2019-03-15T08:12:40.118Z", "activityType": "PAGEVIEW", "source": "(direct)", "medium": "(none)", "campaign": "(not set)", "keyword": "(not set)",
                 "event": {"eventCategory": "Shop", "eventAction": "view"}, "hostname": "shop.example.com", "pageview": {"pagePath": "/", "pageTitle": "Home"}}]}]}"#,
    )]);
    let file = "userActivity.search_response.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "sessions[].activities[].activityTime",
                Some("Web Analytics"),
            ),
            (
                file,
                "sessions[].activities[].hostname",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// A webhook event carries the object it is about: a customer's address there is the person's,
/// not where a connection came from.
#[test]
fn an_address_in_a_webhook_events_object_stays_the_persons() {
    let rows = classified(&[(
        "events_customer_updated.json",
        r#"{"object": "list", "has_more": false, "data": [
            {"id": "evt_1", "object": "event", "type": "customer.updated", "created": 1751000000,
             "data": {"object": {"id": "cus_R1", "object": "customer", "email": "saoirse@example.com",
                "address": {"line1": "14 Lagan Walk", "city": "Belfast", "postal_code": "BT1 3AA", "country": "GB"}}}},
            {"id": "evt_2", "object": "event", "type": "customer.updated", "created": 1751100000,
             "data": {"object": {"id": "cus_R1", "object": "customer", "email": "saoirse@example.com",
                "address": {"line1": "2 Queen's Quay", "city": "Belfast", "postal_code": "BT3 9DT", "country": "GB"}}}}]}"#,
    )]);
    let object = "data[].data.object.address";
    assert_categories(
        &rows,
        &[
            (
                "events_customer_updated.json",
                &format!("{object}.city"),
                Some("Contact Data/Identifiers"),
            ),
            (
                "events_customer_updated.json",
                &format!("{object}.postal_code"),
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The values a webhook event's object had before are the same person's details, and how many
/// of its deliveries are still due is the processor's bookkeeping.
#[test]
fn a_webhook_events_previous_attributes_and_pending_deliveries() {
    let rows = classified(&[(
        "events_customer_updated.json",
        r#"{"object": "list", "data": [
            {"id": "evt_1", "object": "event", "type": "customer.updated", "pending_webhooks": 0,
             "data": {"object": {"id": "cus_R1", "object": "customer", "address": {"line1": "14 Lagan Walk", "city": "Belfast"}},
                      "previous_attributes": {"address": {"line1": "3 Linen Quarter", "city": "Belfast"}}}},
            {"id": "evt_2", "object": "event", "type": "customer.updated", "pending_webhooks": 1,
             "data": {"object": {"id": "cus_R1", "object": "customer", "address": {"line1": "2 Queen's Quay", "city": "Belfast"}},
                      "previous_attributes": {"address": {"line1": "14 Lagan Walk", "city": "Belfast"}}}}]}"#,
    )]);
    let file = "events_customer_updated.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "data[].data.previous_attributes.address.line1",
                Some("Contact Data/Identifiers"),
            ),
            (file, "data[].pending_webhooks", None),
        ],
    );
}

/// An e-mail tool's tracking extract: the subscriber's key is their id, where an open came
/// from is where they were, and the date they unsubscribed is their choice about being mailed.
#[test]
fn a_marketing_tracking_extracts_subscriber_key_open_location_and_unsubscribe() {
    let rows = classified(&[
        (
            "Opens.csv",
            "ClientID,SendID,SubscriberKey,EmailAddress,EventDate,EventType,IsUnique,City,Country,MetroCode\n\
             7281934,81234,0038c00002XkQ1AAK,r.halvorsen@example.com,3/4/2025 9:12:44 AM,Open,True,Minneapolis,US,613\n\
             7281934,81301,0038c00002XkQ1AAK,r.halvorsen@example.com,3/9/2025 7:02:10 PM,Open,False,St Paul,US,613\n",
        ),
        (
            "Subscribers.csv",
            "ClientID,SubscriberKey,EmailAddress,Status,DateJoined,DateUnsubscribed\n\
             7281934,0038c00002XkQ1AAK,r.halvorsen@example.com,Active,1/12/2023 8:00:00 AM,\n\
             7281934,r.old@example.org,r.old@example.org,Unsubscribed,5/2/2019 8:00:00 AM,2/1/2024 10:00:00 AM\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "Opens.csv",
                "SubscriberKey",
                Some("Contact Data/Identifiers"),
            ),
            ("Opens.csv", "City", Some("Geolocation and other metadata")),
            (
                "Opens.csv",
                "MetroCode",
                Some("Geolocation and other metadata"),
            ),
            (
                "Subscribers.csv",
                "DateUnsubscribed",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The header naming a report's columns and its row count (Google Analytics' Reporting API
/// v4) are the report's layout, even in a report grouped by place.
#[test]
fn an_analytics_reports_column_header_and_row_count_are_layout() {
    let rows = classified(&[(
        "batchGet_geo.json",
        r#"{"reports": [{"columnHeader": {"dimensions": ["ga:country", "ga:city"],
              "metricHeader": {"metricHeaderEntries": [{"name": "ga:sessions", "type": "INTEGER"}]}},
            "data": {"rows": [{"dimensions": ["Denmark", "Aarhus"], "metrics": [{"values": ["2"]}]},
                              {"dimensions": ["Denmark", "Odense"], "metrics": [{"values": ["1"]}]}],
                     "rowCount": 2, "isDataGolden": true}}]}"#,
    )]);
    let file = "batchGet_geo.json";
    assert_categories(
        &rows,
        &[
            (file, "reports[].columnHeader.dimensions", None),
            (file, "reports[].data.rowCount", None),
        ],
    );
}

/// A help desk's measures of how fast its staff answered a ticket are its own; the person's
/// answers to its satisfaction survey are what they told the company.
#[test]
fn a_tickets_metric_set_is_the_help_desks_and_survey_answers_are_the_persons() {
    let rows = classified(&[
        (
            "tickets_requested.json",
            r#"{"tickets": [{"id": 5291, "subject": "Invoice shows the wrong address", "requester_id": 40218836120741,
                "metric_set": {"id": 9101, "replies": 2, "reply_time_in_minutes": {"calendar": 14, "business": 14}, "assigned_at": "2025-03-04T09:12:00Z"}},
               {"id": 5310, "subject": "Cannot download my data", "requester_id": 40218836120741,
                "metric_set": {"id": 9188, "replies": 1, "reply_time_in_minutes": {"calendar": 95, "business": 40}, "assigned_at": "2025-03-09T15:40:00Z"}}]}"#,
        ),
        (
            "survey_responses.json",
            r#"{"survey_responses": [{"id": "01JQ", "responder_id": 40218836120741, "expires_at": "2025-04-04T09:00:00Z",
                "answers": [{"type": "rating_scale", "rating": 2, "rating_category": "bad", "created_at": "2025-03-05T10:00:00Z"}]},
               {"id": "01JR", "responder_id": 40218836120741, "expires_at": "2025-04-10T09:00:00Z",
                "answers": [{"type": "rating_scale", "rating": 5, "rating_category": "good", "created_at": "2025-03-11T10:00:00Z"}]}]}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "tickets_requested.json",
                "tickets[].metric_set.reply_time_in_minutes.calendar",
                None,
            ),
            (
                "tickets_requested.json",
                "tickets[].metric_set.assigned_at",
                None,
            ),
            (
                "survey_responses.json",
                "survey_responses[].answers[].rating",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A search of the audit log is the log of the person's actions, and the identity providers a
/// key signs in through are part of how the person signs in.
#[test]
fn an_audit_log_search_and_a_keys_identity_providers_are_sign_in_records() {
    let rows = classified(&[
        (
            "audit-log-searches-saltmarsh.json",
            r#"{"status": {"code": 10000, "description": "Ok"},
                "entries": [{"timestamp": "2025-05-02T09:14:03Z", "operation": 702, "success": true, "source_ip": "203.0.113.58"},
                            {"timestamp": "2025-05-03T11:40:10Z", "operation": 401, "success": false, "source_ip": "2001:db8::17"}]}"#,
        ),
        (
            "get-key.json",
            r#"{"key": {"id": "k1", "type": "personal_access_token", "authorized_idp_ids": ["okta-saltmarsh", "google-workspace"],
                "scopes": ["Predict"], "created_at": "2025-01-02T10:00:00Z"}}"#,
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "audit-log-searches-saltmarsh.json",
                "entries[].operation",
                Some("Device/IP Information"),
            ),
            (
                "get-key.json",
                "key.authorized_idp_ids",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// An identity check's session is not a sign-in: what it read off the person's document is
/// their details, and a card network's fraud warning is about a payment.
#[test]
fn an_identity_verification_session_holds_the_persons_details() {
    let rows = classified(&[
        (
            "identity/verification_sessions.json",
            r#"{"object": "list", "has_more": false, "url": "/v1/identity/verification_sessions", "data": [
                {"id": "vs_1", "object": "identity.verification_session", "status": "verified", "type": "document", "created": 1746090000,
                 "verified_outputs": {"first_name": "Mireille", "last_name": "Osei-Brandt", "sex": "female",
                    "dob": {"day": 14, "month": 3, "year": 1988},
                    "address": {"line1": "4100 Speedway", "city": "Austin", "state": "TX", "postal_code": "78751", "country": "US"}}},
                {"id": "vs_2", "object": "identity.verification_session", "status": "canceled", "type": "document", "created": 1746190000,
                 "verified_outputs": null}]}"#,
        ),
        (
            "radar/early_fraud_warnings.json",
            r#"{"object": "list", "data": [{"id": "issfr_1", "object": "radar.early_fraud_warning", "actionable": true, "charge": "ch_1", "created": 1746090000, "fraud_type": "unauthorized_use_of_card"},
                {"id": "issfr_2", "object": "radar.early_fraud_warning", "actionable": false, "charge": "ch_2", "created": 1746190000, "fraud_type": "card_never_received"}]}"#,
        ),
    ]);
    let sessions = "identity/verification_sessions.json";
    assert_categories(
        &rows,
        &[
            (
                sessions,
                "data[].verified_outputs.address.city",
                Some("Contact Data/Identifiers"),
            ),
            (
                sessions,
                "data[].verified_outputs.dob.year",
                Some("Contact Data/Identifiers"),
            ),
            (sessions, "data[].status", Some("Contact Data/Identifiers")),
            (
                "radar/early_fraud_warnings.json",
                "data[].fraud_type",
                Some("Payment Information"),
            ),
        ],
    );
}

/// What a mobile analytics SDK reports of the phone an event came from is device information.
#[test]
fn a_mobile_sdks_phone_properties_are_device_information() {
    let rows = classified(&[(
        "export-2025-06-05_2025-06-06.jsonl",
        "{\"event\": \"Upload Started\", \"properties\": {\"time\": 1749110400123, \"distinct_id\": \"u-4821\", \"$manufacturer\": \"Google\", \"$bluetooth_enabled\": true, \"$has_nfc\": true, \"$screen_dpi\": 420 }}\n\
         {\"event\": \"Upload Finished\", \"properties\": {\"time\": 1749110460456, \"distinct_id\": \"u-4821\", \"$manufacturer\": \"Google\", \"$bluetooth_enabled\": false, \"$has_nfc\": true, \"$screen_dpi\": 420 }}\n",
    )]);
    let file = "export-2025-06-05_2025-06-06.jsonl";
    assert_categories(
        &rows,
        &[
            (
                file,
                "properties.$manufacturer",
                Some("Device/IP Information"),
            ),
            (file, "properties.$has_nfc", Some("Device/IP Information")),
            (
                file,
                "properties.$screen_dpi",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// A CRM's contacts exported as CSV under their property labels (HubSpot): the tracking of the
/// person's visits and e-mails is analytics, its funnel stages are its conclusions, and where
/// their IP address placed them is not their address.
#[test]
fn a_crm_csv_export_under_property_labels() {
    let rows = classified(&[(
        "hubspot-crm-exports-all-contacts-2025-11-04.csv",
        "Record ID,First Name,Last Name,Email,IP City,IP Country,Number of Pageviews,Latest Source,Marketing emails opened,Became a Lead Date,Likelihood to close\n\
         51273,Tamsin,Okoro-Lindqvist,tamsin@example.com,Leeds,United Kingdom,14,Organic Search,6,2024-02-11 09:14,0.31\n\
         51288,Tamsin,Okoro,t.okoro@example.org,York,United Kingdom,3,Direct Traffic,0,2023-08-02 16:40,0.05\n",
    )]);
    let file = "hubspot-crm-exports-all-contacts-2025-11-04.csv";
    assert_categories(
        &rows,
        &[
            (file, "IP City", Some("Geolocation and other metadata")),
            (file, "Number of Pageviews", Some("Web Analytics")),
            (file, "Latest Source", Some("Web Analytics")),
            (file, "Marketing emails opened", Some("Web Analytics")),
            (
                file,
                "Became a Lead Date",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (file, "Email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// An analytics tool's user table (GA4's export to BigQuery): when the person was active and
/// how long they engaged is use, what it predicts they will spend is its conclusion, the
/// audiences it put them in are its conclusions, and the phone's ad-tracking limit is the
/// device's.
#[test]
fn an_analytics_tools_user_table() {
    let rows = classified(&[(
        "pseudonymous_users_20250403.json",
        "{\"pseudo_user_id\": \"1894302211.1741698000\", \"user_info\": {\"last_active_timestamp_micros\": 1743670800000000, \"user_first_touch_timestamp_micros\": 1741698000000000}, \"user_ltv\": {\"engagement_time_millis\": 512000, \"sessions\": 9}, \"predictions\": {\"revenue_28d_in_usd\": 12.5, \"purchase_score_7d\": 0.21}, \"privacy_info\": {\"is_limited_ad_tracking\": \"false\"}, \"audiences\": [{\"id\": 5511, \"name\": \"Purchasers\"}]}\n\
         {\"pseudo_user_id\": \"7731900542.1742900000\", \"user_info\": {\"last_active_timestamp_micros\": 1743757200000000, \"user_first_touch_timestamp_micros\": 1742900000000000}, \"user_ltv\": {\"engagement_time_millis\": 80000, \"sessions\": 2}, \"predictions\": {\"revenue_28d_in_usd\": 0.0, \"purchase_score_7d\": 0.02}, \"privacy_info\": {\"is_limited_ad_tracking\": \"true\"}, \"audiences\": [{\"id\": 5512, \"name\": \"Engaged users\"}]}\n",
    )]);
    let file = "pseudonymous_users_20250403.json";
    let inference = Some("Inferences, Predictions and Tags Generated by Us");
    assert_categories(
        &rows,
        &[
            (file, "pseudo_user_id", Some("Web Analytics")),
            (
                file,
                "user_info.last_active_timestamp_micros",
                Some("Web Analytics"),
            ),
            (
                file,
                "user_ltv.engagement_time_millis",
                Some("Web Analytics"),
            ),
            (file, "predictions.revenue_28d_in_usd", inference),
            (file, "audiences[].id", inference),
            (
                file,
                "privacy_info.is_limited_ad_tracking",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// A change to the person's subscription to a mailing list's topics (Amazon SES's subscription
/// event) is their consent to mail, not a paid plan.
#[test]
fn a_mailing_list_subscription_event_is_consent_not_a_plan() {
    let rows = classified(&[(
        "ses-events.json",
        "{\"eventType\": \"Subscription\", \"mail\": {\"timestamp\": \"2025-04-22T16:05:17.000Z\", \"messageId\": \"m1\"}, \"subscription\": {\"contactList\": \"CommunityNews\", \"timestamp\": \"2025-04-22T16:05:17.000Z\", \"source\": \"UnsubscribeHeader\", \"newTopicPreferences\": {\"unsubscribeAll\": true, \"topicSubscriptionStatus\": [{\"topicName\": \"events\", \"subscriptionStatus\": \"OptOut\"}]}}}\n\
         {\"eventType\": \"Subscription\", \"mail\": {\"timestamp\": \"2025-05-02T10:00:00.000Z\", \"messageId\": \"m2\"}, \"subscription\": {\"contactList\": \"CommunityNews\", \"timestamp\": \"2025-05-02T10:00:00.000Z\", \"source\": \"SubscriptionPage\", \"newTopicPreferences\": {\"unsubscribeAll\": false, \"topicSubscriptionStatus\": [{\"topicName\": \"events\", \"subscriptionStatus\": \"OptIn\"}]}}}\n",
    )]);
    let file = "ses-events.json";
    assert_categories(
        &rows,
        &[
            (
                file,
                "subscription.contactList",
                Some("Contact Data/Identifiers"),
            ),
            (
                file,
                "subscription.newTopicPreferences.unsubscribeAll",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A marketing tool's prospect (Pardot): its score and grade are the tool's judgement of the
/// person, and the campaign parameters of their first visit are analytics.
#[test]
fn a_prospects_score_grade_and_campaign_parameters() {
    let rows = classified(&[(
        "prospects.json",
        r#"{"nextPageToken": null, "values": [
            {"id": 7001, "email": "r.okonjo@example.com", "firstName": "Rosalind", "score": 84, "grade": "A-", "sourceParameter": "google", "mediumParameter": "cpc", "termParameter": "image recognition api"},
            {"id": 7002, "email": "rosalind@example.org", "firstName": "Rosalind", "score": 12, "grade": "C", "sourceParameter": "newsletter", "mediumParameter": "email", "termParameter": null}]}"#,
    )]);
    let file = "prospects.json";
    let judgement = Some("Inferences, Predictions and Tags Generated by Us");
    assert_categories(
        &rows,
        &[
            (file, "values[].score", judgement),
            (file, "values[].grade", judgement),
            (file, "values[].sourceParameter", Some("Web Analytics")),
            (file, "values[].email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The region an audit log places a sign-in's connection in is where the person was.
#[test]
fn an_audit_logs_region_codes_are_places() {
    let rows = classified(&[(
        "login.json",
        r#"{"kind": "admin#reports#activities", "items": [
            {"id": {"time": "2025-03-02T08:14:09.311Z", "applicationName": "login"}, "ipAddress": "203.0.113.24", "networkInfo": {"regionCode": "NO", "subdivisionCode": "NO-03"}, "events": [{"type": "login", "name": "login_success"}]},
            {"id": {"time": "2025-03-05T19:40:51.007Z", "applicationName": "login"}, "ipAddress": "198.51.100.23", "networkInfo": {"regionCode": "SE", "subdivisionCode": "SE-AB"}, "events": [{"type": "login", "name": "login_success"}]}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "login.json",
                "items[].networkInfo.regionCode",
                Some("Geolocation and other metadata"),
            ),
            (
                "login.json",
                "items[].networkInfo.subdivisionCode",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A sales call logged with its direction and outcome is correspondence with the company, not
/// a call on a social network.
#[test]
fn a_sales_call_with_direction_and_outcome_is_correspondence() {
    let rows = classified(&[(
        "calls.json",
        r#"{"data": [
            {"type": "call", "id": 31, "attributes": {"direction": "outbound", "outcome": "Answered", "note": "Asked about on-prem pricing", "answeredAt": "2025-02-03T15:04:00Z", "state": "completed"}},
            {"type": "call", "id": 32, "attributes": {"direction": "inbound", "outcome": "No Answer", "note": "Left a voicemail", "answeredAt": null, "state": "no_answer"}}]}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (
                "calls.json",
                "data[].attributes.note",
                Some("Contact Data/Identifiers"),
            ),
            (
                "calls.json",
                "data[].attributes.outcome",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The versions of a CRM's IP-derived city on a contact's profile are where the person
/// connected from, like the property itself.
#[test]
fn the_versions_of_an_ip_derived_place_on_a_profile_are_places() {
    let rows = classified(&[(
        "contact/vid/5820114/profile.json",
        r#"{"vid": 5820114, "properties": {
            "firstname": {"value": "Teodora", "versions": [{"value": "Teodora", "source-type": "FORM", "timestamp": 1712300000000}]},
            "ip_city": {"value": "Bergen", "versions": [{"value": "Bergen", "source-type": "ANALYTICS", "timestamp": 1712300000000}, {"value": "Oslo", "source-type": "ANALYTICS", "timestamp": 1702300000000}]}}}"#,
    )]);
    assert_categories(
        &rows,
        &[(
            "contact/vid/5820114/profile.json",
            "properties.ip_city.versions[].value",
            Some("Geolocation and other metadata"),
        )],
    );
}

/// A hit of Google Analytics' Measurement Protocol (a tracking id beside a client id) is the
/// person's use of the site, its short parameters with it.
#[test]
fn a_measurement_protocol_hit_is_usage() {
    let rows = classified(&[(
        "mp-hits-2020-06-16.jsonl",
        "{\"v\": \"1\", \"tid\": \"UA-48215730-1\", \"cid\": \"1283746519.1589212345\", \"t\": \"pageview\", \"dl\": \"https://shop.example.com/mugs\", \"dt\": \"Mugs\"}\n\
         {\"v\": \"1\", \"tid\": \"UA-48215730-1\", \"cid\": \"1283746519.1589212345\", \"t\": \"event\", \"ec\": \"video\", \"ea\": \"play\", \"dl\": \"https://shop.example.com/glazes\", \"dt\": \"Glazes\"}\n",
    )]);
    let file = "mp-hits-2020-06-16.jsonl";
    assert_categories(
        &rows,
        &[
            (file, "dt", Some("Web Analytics")),
            (file, "ea", Some("Web Analytics")),
        ],
    );
}

/// An activity Marketo logged on a lead is the person's use of the company's pages and mails,
/// whatever its file is called, unless the file's name says what else the activities are
/// (score changes are the company's judgement of the person).
#[test]
fn a_marketo_activity_is_usage_unless_its_file_says_otherwise() {
    let activity = |id: u32, date: &str, value: &str| {
        format!(
            "{{\"id\": {id}, \"marketoGUID\": \"{id}\", \"leadId\": 4817293, \"activityDate\": \"{date}\", \
             \"activityTypeId\": 1, \"primaryAttributeValueId\": 62, \"primaryAttributeValue\": \"{value}\"}}"
        )
    };
    let page = |records: &[String]| {
        format!(
            "{{\"requestId\": \"9a4c#18d9f07e019\", \"success\": true, \"result\": [{}]}}",
            records.join(", ")
        )
    };
    let visits = page(&[
        activity(812300051, "2024-01-30T19:43:52Z", "pricing.html"),
        activity(812300052, "2024-02-06T14:22:08Z", "docs/quick-start.html"),
    ]);
    let scores = page(&[
        activity(812300054, "2024-01-30T19:43:53Z", "Lead Score"),
        activity(812300055, "2024-02-06T14:22:09Z", "Lead Score"),
    ]);
    let rows = classified(&[
        ("activities.json", visits.as_str()),
        ("score-changes.json", scores.as_str()),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "activities.json",
                "result[].activityDate",
                Some("Web Analytics"),
            ),
            (
                "activities.json",
                "result[].primaryAttributeValue",
                Some("Web Analytics"),
            ),
            (
                "score-changes.json",
                "result[].activityDate",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
        ],
    );
}

/// Protobuf's JavaScript `toObject()` (the Clarifai Node.js client) names every repeated field
/// `<name>List`: the ids in `conceptsList[]` are the concepts themselves, as in `concepts[]`.
#[test]
fn a_concept_id_in_a_to_object_list_is_the_label() {
    let rows = classified(&[(
        "listInputs.json",
        "{\"inputsList\": [\
           {\"id\": \"f3b1c2d4e5\", \"data\": {\"conceptsList\": [\
             {\"id\": \"choir\", \"name\": \"choir\", \"value\": 1, \"appId\": \"korkonsert\"},\
             {\"id\": \"organ\", \"name\": \"organ\", \"value\": 1, \"appId\": \"korkonsert\"}]}},\
           {\"id\": \"a9c8b7d6e5\", \"data\": {\"conceptsList\": [\
             {\"id\": \"soloist\", \"name\": \"soloist\", \"value\": 1, \"appId\": \"korkonsert\"}]}}]}",
    )]);
    assert_categories(
        &rows,
        &[(
            "listInputs.json",
            "inputsList[].data.conceptsList[].id",
            Some("Predictions and Tags"),
        )],
    );
}

/// A community server's moderation log (Discord's `audit-log.json`: an action done to a target)
/// is what happened in a social space, not the person's sign-ins, whatever its file is called.
#[test]
fn a_servers_moderation_log_is_social() {
    let rows = classified(&[(
        "Servers/1087650000000000800/audit-log.json",
        "[{\"id\": \"1161000000000000001\", \"user_id\": \"864209753186420975\", \"target_id\": \"1150987654321098702\", \
           \"action_type\": 10, \"changes\": [{\"key\": \"name\", \"new_value\": \"raid-planning\"}]},\
          {\"id\": \"1161000000000000002\", \"user_id\": \"864209753186420975\", \"target_id\": \"912345678012345601\", \
           \"action_type\": 22, \"reason\": \"spam in #general\"}]",
    )]);
    let file = "Servers/1087650000000000800/audit-log.json";
    assert_categories(
        &rows,
        &[
            (file, "action_type", Some("Social Network Data")),
            (file, "reason", Some("Social Network Data")),
        ],
    );
}

/// Which of the company's servers received an analytics event is its infrastructure.
#[test]
fn the_server_that_received_an_event_is_not_the_persons() {
    let rows = classified(&[(
        "activity/analytics/events-2023-00000-of-00001.json",
        "{\"event_type\": \"app_opened\", \"freight_hostname\": \"freight-canary-3-prd-us-east1-b\", \"os\": \"Windows\", \"timestamp\": \"2023-04-02T18:22:05.412Z\"}\n\
         {\"event_type\": \"channel_opened\", \"freight_hostname\": \"freight-canary-1-prd-us-east1-c\", \"os\": \"Windows\", \"timestamp\": \"2023-04-02T18:23:11.007Z\"}\n",
    )]);
    assert_categories(
        &rows,
        &[(
            "activity/analytics/events-2023-00000-of-00001.json",
            "freight_hostname",
            None,
        )],
    );
}

/// A file named for the API call that fetched it (`disputes-search-customer-wairimu.json`:
/// disputes found by customer) holds what its name says before the call, not the query after
/// it; a search history is still a search history.
#[test]
fn a_search_calls_query_does_not_name_its_records() {
    let disputes = "braintree/disputes-search-customer-wairimu.json";
    let searches = "takeout/search-history.json";
    let dispute = |id: &str, status: &str| {
        format!(
            "{{\"amountDisputed\": \"49.00\", \"amountWon\": \"49.00\", \"caseNumber\": \
               \"CB250612\", \"createdAt\": \"2025-06-12T07:02:41.000Z\", \"currencyIsoCode\": \
               \"USD\", \"id\": \"{id}\", \"kind\": \"chargeback\", \"merchantAccountId\": \
               \"clarifai_usd\", \"originalDisputeId\": null, \"processorComments\": null, \
               \"reason\": \"product_unsatisfactory\", \"reasonCode\": \"13.3\", \
               \"reasonDescription\": \"Not as Described\", \"receivedDate\": \"2025-06-11\", \
               \"referenceNumber\": \"123456\", \"replyByDate\": \"2025-06-30\", \"status\": \
               \"{status}\", \"updatedAt\": \"2025-07-21T16:44:30.000Z\"}}"
        )
    };
    let rows = classified(&[
        (
            disputes,
            &format!(
                "[{}, {}]",
                dispute("8yk4mcyhvq3r2wjn", "won"),
                dispute("3wq8z1x6ptd7", "open")
            ),
        ),
        (
            searches,
            "[{\"query\": \"ferry times kirkwall\", \"time\": \"2025-05-01T09:12:00Z\"}, \
               {\"query\": \"kelp drying racks\", \"time\": \"2025-05-02T18:40:00Z\"}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (disputes, "reason", Some("Payment Information")),
            (disputes, "receivedDate", Some("Payment Information")),
            (searches, "query", Some("Web Analytics")),
            (searches, "time", Some("Web Analytics")),
        ],
    );
}

/// The person's TweetDeck columns are how they set up their account on the network; the search
/// a column runs stays a search.
#[test]
fn tweetdeck_columns_are_the_accounts_setup_and_their_queries_searches() {
    let deck = "data/tweetdeck.js";
    let rows = classified(&[(
        deck,
        "window.YTD.tweetdeck.part0 = [{\"deck\": {\"title\": \"Ski jumping\", \"columns\": \
           [{\"pathname\": \"/home\", \"title\": \"Home\"}, {\"pathname\": \"/search\", \"title\": \
           \"Lahti hill\", \"query\": \"lahti ski jump\"}, {\"pathname\": \"/notifications\", \
           \"title\": \"Notifications\"}]}}]",
    )]);
    assert_categories(
        &rows,
        &[
            (deck, "deck.columns[].pathname", Some("Social Network Data")),
            (deck, "deck.columns[].title", Some("Social Network Data")),
            (deck, "deck.columns[].query", Some("Web Analytics")),
        ],
    );
}

/// A lead's deals nested in it (Close's `opportunities[]`) are deals: their references to the
/// lead and its contact (`lead_name`, `contact_id`) say whose they are, not what they are.
#[test]
fn a_leads_nested_deals_are_deals_whatever_they_refer_to() {
    let lead = "close/lead.json";
    let deal = |id: &str, value: u32| {
        format!(
            "{{\"id\": \"{id}\", \"lead_id\": \"lead_8fQm\", \"lead_name\": \"Qilak Sled Works\", \
               \"contact_id\": \"cont_2Lk9\", \"contact_name\": \"Aputsiaq Kleist\", \
               \"status_type\": \"active\", \"value\": {value}, \"value_period\": \"one_time\", \
               \"value_currency\": \"DKK\", \"confidence\": 60, \"date_won\": null}}"
        )
    };
    let rows = classified(&[(
        lead,
        &format!(
            "{{\"id\": \"lead_8fQm\", \"display_name\": \"Qilak Sled Works\", \
               \"contacts\": [{{\"id\": \"cont_2Lk9\", \"name\": \"Aputsiaq Kleist\", \
               \"emails\": [{{\"email\": \"aputsiaq@example.gl\", \"type\": \"office\"}}]}}], \
               \"opportunities\": [{}, {}]}}",
            deal("oppo_1", 480000),
            deal("oppo_2", 125000)
        ),
    )]);
    assert_categories(
        &rows,
        &[
            (lead, "opportunities[].value", Some("Payment Information")),
            (
                lead,
                "opportunities[].confidence",
                Some("Payment Information"),
            ),
            (
                lead,
                "opportunities[].lead_name",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A processor's checks of a bank account or a card before it is charged are payment
/// information, not a sign-in's verification.
#[test]
fn bank_account_verifications_are_payment_information() {
    let checks = "braintree/us_bank_account_verifications.json";
    let check = |id: &str, status: &str| {
        format!(
            "{{\"id\": \"{id}\", \"status\": \"{status}\", \"verification_method\": \
               \"network_check\", \"created_at\": \"2025-04-02T10:11:12Z\", \
               \"processor_response_code\": \"1000\", \"processor_response_text\": \"Approved\", \
               \"us_bank_account\": {{\"last_4\": \"6789\", \"routing_number\": \"011000015\", \
               \"account_type\": \"checking\"}}}}"
        )
    };
    let rows = classified(&[(
        checks,
        &format!(
            "[{}, {}]",
            check("v1", "verified"),
            check("v2", "processor_declined")
        ),
    )]);
    assert_categories(
        &rows,
        &[
            (checks, "status", Some("Payment Information")),
            (checks, "verification_method", Some("Payment Information")),
            (checks, "created_at", Some("Payment Information")),
        ],
    );
}
