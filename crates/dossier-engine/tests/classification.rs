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

/// A file named for the API call that fetched its records (`feedback_submissions-search.json`)
/// holds those records, not the person's searches.
#[test]
fn a_search_endpoints_results_are_not_search_history() {
    let rows = classified(&[(
        "feedback_submissions-search.json",
        "{\"total\": 2, \"results\": [\
           {\"id\": \"9012\", \"properties\": {\"hs_content\": \"Great onboarding\", \"hs_createdate\": \"2026-01-12T10:00:00Z\"}},\
           {\"id\": \"9013\", \"properties\": {\"hs_content\": \"Slow support reply\", \"hs_createdate\": \"2026-02-02T09:30:00Z\"}}]}",
    )]);
    let searches: Vec<String> = rows
        .iter()
        .filter(|r| r.category.as_deref() == Some("Web Analytics"))
        .map(|r| format!("{}: {}", r.field, r.evidence))
        .collect();
    assert!(searches.is_empty(), "{searches:?}");
}

/// An e-mail the company sent, counted by its opens and clicks, is the person's use of its mails.
#[test]
fn a_sent_mail_with_opens_and_clicks_is_usage() {
    let rows = classified(&[(
        "messages.json",
        "[{\"ts\": 1718000000, \"subject\": \"Your invoice\", \"email\": \"ana@example.com\", \"opens\": 2, \"clicks\": 1, \"state\": \"sent\"},\
          {\"ts\": 1718500000, \"subject\": \"Welcome\", \"email\": \"ana@example.com\", \"opens\": 0, \"clicks\": 0, \"state\": \"sent\"}]",
    )]);
    assert_categories(
        &rows,
        &[
            ("messages.json", "ts", Some("Web Analytics")),
            ("messages.json", "subject", Some("Web Analytics")),
        ],
    );
}

/// Pokes are nudges between friends; entitlements and beneficiaries belong to paid plans.
#[test]
fn pokes_are_social_and_entitlements_are_paid_for() {
    let rows = classified(&[
        (
            "your_facebook_activity/other_activity/pokes.json",
            "{\"pokes_v2\": [{\"poker\": \"Anna Kov\\u00c3\\u00a1cs\", \"pokee\": \"Zs\\u00c3\\u00b3fia\", \"rank\": 1, \"timestamp\": 1712345678},\
              {\"poker\": \"Zs\\u00c3\\u00b3fia\", \"pokee\": \"Bence\", \"rank\": 0, \"timestamp\": 1712349999}]}",
        ),
        (
            "AmazonGames/AmazonGames.AmazonGamesApp.Entitlements.csv",
            "ProductTitle,ProductType,Publisher,State\nRiver Kayak Rush,GAME,Example Games,ENTITLED\nLantern Keep,GAME,Example Studio,ENTITLED\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "your_facebook_activity/other_activity/pokes.json",
                "pokes_v2[].timestamp",
                Some("Social Network Data"),
            ),
            (
                "AmazonGames/AmazonGames.AmazonGamesApp.Entitlements.csv",
                "ProductTitle",
                Some("Payment Information"),
            ),
        ],
    );
}

/// An export file's envelope (how many records it holds, the schema it was written from) is
/// the export's own bookkeeping, even in a folder about billing.
#[test]
fn an_export_files_record_count_is_bookkeeping() {
    let rows = classified(&[(
        "Account/user_data_exports/discord_billing/payment_sources.json",
        "{\"section\": \"payment_sources\", \"record_count\": 1, \"metadata\": {\"schema_name\": \"discord_billing\"},\
          \"records\": [{\"id\": \"1287340019923445760\", \"brand\": \"visa\", \"last_4\": \"4242\", \"expires_month\": 3, \"expires_year\": 2028}]}",
    )]);
    let file = "Account/user_data_exports/discord_billing/payment_sources.json";
    assert_categories(
        &rows,
        &[
            (file, "record_count", None),
            (file, "metadata.schema_name", None),
        ],
    );
}

/// The events of a chat conversation (a message, a member added, a call ended) are the
/// conversation, not a measure of how the person used the service.
#[test]
fn a_conversations_events_are_the_conversation() {
    let rows = classified(&[(
        "Takeout/Hangouts/Hangouts.json",
        "{\"conversations\": [{\"conversation\": {\"conversation_id\": {\"id\": \"UgwA1\"}}, \"events\": [\
           {\"event_id\": \"7-H0Z1\", \"timestamp\": \"1650000000000000\", \"event_type\": \"REGULAR_CHAT_MESSAGE\",\
            \"chat_message\": {\"message_content\": {\"segment\": [{\"type\": \"TEXT\", \"text\": \"See you at the market\"}]}}},\
           {\"event_id\": \"7-H0Z2\", \"timestamp\": \"1650000600000000\", \"event_type\": \"HANGOUT_EVENT\",\
            \"hangout_event\": {\"event_type\": \"END_HANGOUT\", \"hangout_duration_secs\": \"312\"}}]}]}",
    )]);
    assert_categories(
        &rows,
        &[(
            "Takeout/Hangouts/Hangouts.json",
            "conversations[].events[].timestamp",
            Some("Social Network Data"),
        )],
    );
}

/// How far the person's own posts reached (Instagram's past insights) measures their use, and
/// the songs they saved are part of their library: neither is a conclusion about them.
#[test]
fn instagram_insights_and_saved_music_are_usage() {
    let rows = classified(&[
        (
            "logged_information/past_instagram_insights/profiles_reached.json",
            "{\"organic_insights_reach\": [{\"media_map_data\": {}, \"string_map_data\": {\
               \"Accounts Reached\": {\"href\": \"\", \"value\": \"1.204\", \"timestamp\": 0},\
               \"Date Range\": {\"href\": \"\", \"value\": \"Jan 1 - Jan 30\", \"timestamp\": 0}}}]}",
        ),
        (
            "your_instagram_activity/saved/saved_music.json",
            "{\"saved_saved_music\": [{\"title\": \"\", \"string_map_data\": {\
               \"Song Name\": {\"value\": \"Aguas de Mar\\u00c3\\u00a7o\"}, \"Artist Name\": {\"value\": \"Elis\"},\
               \"Created At\": {\"timestamp\": 1712345678}}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "logged_information/past_instagram_insights/profiles_reached.json",
                "organic_insights_reach[].string_map_data.Accounts Reached.value",
                Some("Web Analytics"),
            ),
            (
                "your_instagram_activity/saved/saved_music.json",
                "saved_saved_music[].string_map_data.Song Name.value",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// A mailing list's id of its subscriber (the hash of their address) identifies the person.
#[test]
fn a_subscribers_email_id_identifies_them() {
    let rows = classified(&[(
        "reports-open-details.json",
        "{\"members\": [{\"campaign_id\": \"42694e9e57\", \"list_id\": \"57afe96172\",\
           \"email_id\": \"62eeb292278cc15f5817cb78f7790b08\", \"email_address\": \"ngozi@example.net\",\
           \"opens_count\": 2, \"opens\": [{\"timestamp\": \"2026-03-02T08:14:00+00:00\"}]}]}",
    )]);
    assert_categories(
        &rows,
        &[(
            "reports-open-details.json",
            "members[].email_id",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// A help desk's phone call with its direction and how it ended is correspondence with the
/// company.
#[test]
fn a_help_desks_phone_call_is_correspondence() {
    let rows = classified(&[(
        "incremental-calls.json",
        "{\"calls\": [\
           {\"id\": 360812, \"direction\": \"inbound\", \"completion_status\": \"completed\", \"talk_time\": 412, \"wait_time\": 35, \"created_at\": \"2026-03-04T09:12:00Z\"},\
           {\"id\": 360818, \"direction\": \"outbound\", \"completion_status\": \"completed\", \"talk_time\": 128, \"wait_time\": 0, \"created_at\": \"2026-03-04T11:40:00Z\"}],\
          \"next_page\": \"https://example.zendesk.com/api/v2/channels/voice/stats/incremental/calls.json?start_time=1709550000\", \"count\": 2}",
    )]);
    assert_categories(
        &rows,
        &[(
            "incremental-calls.json",
            "calls[].talk_time",
            Some("Contact Data/Identifiers"),
        )],
    );
    // Intercom's call says how it ended in other words, in a folder of calls.
    let rows = classified(&[(
        "calls/88104.json",
        "{\"type\": \"call\", \"id\": \"88104\", \"state\": \"completed\", \"direction\": \"inbound\",\
          \"ended_reason\": \"completed\", \"created_at\": 1741600000, \"answered_at\": 1741600012}",
    )]);
    assert_categories(
        &rows,
        &[(
            "calls/88104.json",
            "answered_at",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// A model's output saved as a bare list (the Clarifai Node.js SDK's `predictByBytes` result) is
/// a prediction, whatever the person named the file.
#[test]
fn a_bare_list_of_model_outputs_is_predictions() {
    let rows = classified(&[(
        "havnesnak-intro-ep14.json",
        "[{\"id\": \"9e4b1c7a2f0d4e83b6a5d1c0f7e29b48\", \"status\": {\"code\": 10000, \"description\": \"Ok\"},\
           \"createdAt\": {\"seconds\": 1776884621, \"nanos\": 682115407},\
           \"model\": {\"id\": \"speech-synthesis\", \"userId\": \"eleven-labs\", \"appId\": \"audio-generation\"},\
           \"input\": {\"id\": \"b71c\", \"data\": {\"text\": {\"raw\": \"Velkommen til Havnesnak\"}}},\
           \"data\": {\"audio\": {\"base64\": \"UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=\"}}}]",
    )]);
    assert_categories(
        &rows,
        &[(
            "havnesnak-intro-ep14.json",
            "data.audio.base64",
            Some("Predictions and Tags"),
        )],
    );
}

/// A mailing list's merge tags for the subscriber's names are their names, even in a report of
/// their opens.
#[test]
fn merge_tag_names_are_contact_data() {
    let rows = classified(&[(
        "reports-sent-to.json",
        "{\"sent_to\": [{\"email_address\": \"ngozi@example.net\", \"status\": \"sent\", \"open_count\": 2,\
           \"last_open\": \"2026-03-02T08:14:00+00:00\", \"merge_fields\": {\"FNAME\": \"Ngozi\", \"LNAME\": \"Halvorsen-Abara\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[(
            "reports-sent-to.json",
            "sent_to[].merge_fields.FNAME",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// A field of ids named in words (Apple's `Device Identifier`) is about what the words before
/// `identifier` name.
#[test]
fn an_identifier_named_in_words_names_its_subject() {
    let rows = classified(&[(
        "iTunes Match Re-download History.csv",
        "Activity Date,Device Identifier\n2026-01-04T10:12:00Z,9f2c1e07b2a84d6e95c0d41a7be26f18\n2026-02-11T18:40:00Z,3f9c1e07b2a84d6e95c0d41a7be26f19\n",
    )]);
    assert_categories(
        &rows,
        &[(
            "iTunes Match Re-download History.csv",
            "Device Identifier",
            Some("Device/IP Information"),
        )],
    );
}

/// How much of its API quota the company spent on a report is the company's, not the person's.
#[test]
fn a_reports_api_quota_is_bookkeeping() {
    let rows = classified(&[(
        "data-api/runRealtimeReport.json",
        "{\"dimensionHeaders\": [{\"name\": \"minutesAgo\"}], \"metricHeaders\": [{\"name\": \"eventCount\", \"type\": \"TYPE_INTEGER\"}],\
          \"rows\": [{\"dimensionValues\": [{\"value\": \"03\"}], \"metricValues\": [{\"value\": \"4\"}]}], \"rowCount\": 1,\
          \"propertyQuota\": {\"tokensPerDay\": {\"consumed\": 1, \"remaining\": 199999}}, \"kind\": \"analyticsData#runRealtimeReport\"}",
    )]);
    assert_categories(
        &rows,
        &[(
            "data-api/runRealtimeReport.json",
            "propertyQuota.tokensPerDay.consumed",
            None,
        )],
    );
}

/// The equipment the person's activities were recorded with is metadata of those activities.
#[test]
fn activity_gear_is_activity_metadata() {
    let rows = classified(&[(
        "DI_CONNECT/DI-Connect-Fitness/runner@example.org_gear.json",
        "[{\"gearPk\": 48211, \"gearMakeName\": \"Example Running Co\", \"gearModelName\": \"Trail 4\",\
           \"displayName\": \"Blue trail shoes\", \"dateBegin\": \"2025-01-04T00:00:00.0\", \"maximumMeters\": 800000.0},\
          {\"gearPk\": 48212, \"gearMakeName\": \"Example Bikes\", \"gearModelName\": \"Gravel 2\",\
           \"displayName\": \"Gravel bike\", \"dateBegin\": \"2024-05-01T00:00:00.0\", \"maximumMeters\": 0.0}]",
    )]);
    assert_categories(
        &rows,
        &[(
            "DI_CONNECT/DI-Connect-Fitness/runner@example.org_gear.json",
            "gearModelName",
            Some("Geolocation and other metadata"),
        )],
    );
}

/// A primary key named after the person's profile (Garmin's `userProfilePK`) identifies them.
#[test]
fn a_profiles_primary_key_identifies_the_person() {
    let rows = classified(&[(
        "DI_CONNECT/DI-Connect-User/UserGoal_2025-01-12_2025-04-22.json",
        "[{\"userProfilePk\": 84127359, \"userGoalType\": \"STEPS\", \"goalValue\": 9000},\
          {\"userProfilePk\": 84127359, \"userGoalType\": \"FLOORS_CLIMBED\", \"goalValue\": 10}]",
    )]);
    assert_categories(
        &rows,
        &[(
            "DI_CONNECT/DI-Connect-User/UserGoal_2025-01-12_2025-04-22.json",
            "userProfilePk",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// Takeout's My Activity keeps its meaning under German and Dutch names.
#[test]
fn my_activity_in_german_and_dutch_is_usage() {
    let record = "[{\"header\": \"Google Suche\", \"title\": \"Gesucht nach: Fahrradladen Leipzig\",\
        \"titleUrl\": \"https://www.google.com/search?q=Fahrradladen+Leipzig\", \"time\": \"2025-09-14T08:12:44.123Z\",\
        \"products\": [\"Suche\"], \"activityControls\": [\"Web- & App-Aktivitäten\"]}]";
    let rows = classified(&[
        (
            "Takeout/Meine Aktivitäten/Google Suche/MeineAktivitäten.json",
            record,
        ),
        ("Takeout/Mijn activiteit/Zoeken/Mijnactiviteit.json", record),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "Takeout/Meine Aktivitäten/Google Suche/MeineAktivitäten.json",
                "title",
                Some("Web Analytics"),
            ),
            (
                "Takeout/Mijn activiteit/Zoeken/Mijnactiviteit.json",
                "time",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// Letters the company sent the person or got from them, logged in its CRM, are correspondence.
#[test]
fn postal_mail_logged_in_a_crm_is_correspondence() {
    let rows = classified(&[(
        "postal_mail-batch-read.json",
        "{\"status\": \"COMPLETE\", \"results\": [\
           {\"id\": \"71001\", \"properties\": {\"hs_timestamp\": \"2026-02-03T10:00:00Z\", \"hs_postal_mail_body\": \"Thank-you card after the demo\"}},\
           {\"id\": \"71002\", \"properties\": {\"hs_timestamp\": \"2026-02-20T09:30:00Z\", \"hs_postal_mail_body\": \"Signed contract received\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[(
            "postal_mail-batch-read.json",
            "results[].properties.hs_timestamp",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// A profile's offset from UTC says where in the world the person is, like its time zone.
#[test]
fn an_offset_from_utc_is_a_place() {
    let rows = classified(&[(
        "combined-find.json",
        "{\"person\": {\"email\": \"ingrid@example.com\", \"timeZone\": \"Europe/Oslo\", \"utcOffset\": 1},\
          \"company\": {\"name\": \"Nordlys Vision AS\", \"utcOffset\": 1}}",
    )]);
    assert_categories(
        &rows,
        &[(
            "combined-find.json",
            "person.utcOffset",
            Some("Geolocation and other metadata"),
        )],
    );
}

/// A list of e-mail addresses is e-mail addresses: each item is checked, not the list's text.
#[test]
fn a_list_of_email_addresses_is_contact_data() {
    let rows = classified(&[(
        "Takeout/Mail/User Settings/Blocked Addresses.json",
        "{\"addresses\": [\"deals@promo.example.net\", \"kieran@example.org\", \"no-reply@prize.example.com\"]}",
    )]);
    assert_categories(
        &rows,
        &[(
            "Takeout/Mail/User Settings/Blocked Addresses.json",
            "addresses",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// An app's own telemetry event is usage however many device and place fields come with it:
/// its duration and reason take the event's category.
#[test]
fn a_telemetry_event_with_its_device_is_usage() {
    let line = |event: &str, day: &str| {
        format!(
            "{{\"event_type\": \"{event}\", \"ip\": \"203.0.113.148\", \"browser\": \"Discord Client\", \
              \"os\": \"Windows\", \"os_version\": \"10.0.22631\", \"client_version\": \"1.0.9187\", \
              \"isp\": \"Example Telecom\", \"chosen_locale\": \"nl\", \"detected_locale\": \"nl-NL\", \
              \"city\": \"Utrecht\", \"country_code\": \"NL\", \"region_code\": \"UT\", \"time_zone\": \"Europe/Amsterdam\", \
              \"client_send_timestamp\": \"{day}T20:01:02.117Z\", \"client_track_timestamp\": \"{day}T20:01:01.950Z\", \
              \"day\": \"{day}\", \"duration\": \"5400000\", \"reason\": \"user_requested\"}}\n"
        )
    };
    let events = line("voice_disconnect", "2025-11-03") + &line("voice_disconnect", "2025-11-05");
    let rows = classified(&[(
        "Activity/analytics/events-2025-00000-of-00001.json",
        &events,
    )]);
    let file = "Activity/analytics/events-2025-00000-of-00001.json";
    assert_categories(
        &rows,
        &[
            (file, "duration", Some("Web Analytics")),
            (file, "reason", Some("Web Analytics")),
            (file, "ip", Some("Device/IP Information")),
        ],
    );
}

/// A file named only for the API call that fetched it (a saved audit-log search) holds what its
/// folder names: the entries' operations are the account's audit log, not search history.
#[test]
fn a_file_named_for_its_api_call_is_what_its_folder_names() {
    let entry = |op: u32, ip: &str| {
        format!(
            "{{\"timestamp\": \"2026-01-14T09:12:44.120Z\", \"user\": {{\"id\": \"oonagh_fs\"}}, \
              \"operation\": {{\"type\": {op}, \"description\": \"Application created\"}}, \
              \"targets\": [{{\"app\": {{\"id\": \"moor-cams\"}}}}], \"details\": \"Create app\", \
              \"success\": true, \"req_id\": \"webportal-1f2e3d\", \"source_ip\": \"{ip}\"}}"
        )
    };
    let body = format!(
        "{{\"status\": {{\"code\": 10000}}, \"entries\": [{}, {}]}}",
        entry(600, "198.51.100.23"),
        entry(400, "203.0.113.140")
    );
    let file = "audit_log/search-2026-q1.response.json";
    let rows = classified(&[(file, &body)]);
    assert_categories(
        &rows,
        &[
            (file, "entries[].details", Some("Device/IP Information")),
            (file, "entries[].success", Some("Device/IP Information")),
        ],
    );
}

/// An entry of a Google activity history is usage whatever language its file is named in.
#[test]
fn a_google_activity_entry_is_usage_in_any_language() {
    let entry = |title: &str, time: &str| {
        format!(
            "{{\"header\": \"YouTube\", \"title\": \"{title} bekeken\", \
              \"titleUrl\": \"https://www.youtube.com/watch?v=Qm7x2Lk9TzA\", \
              \"subtitles\": [{{\"name\": \"Bakkerij Noord\", \"url\": \"https://www.youtube.com/channel/UCm5Tz9Kq2Wv6Lr8Nb3Xh1Dp\"}}], \
              \"time\": \"{time}\", \"products\": [\"YouTube\"], \"activityControls\": [\"YouTube-kijkgeschiedenis\"]}}"
        )
    };
    let body = format!(
        "[{}, {}]",
        entry("Zuurdesem voeden", "2025-10-02T19:04:11.201Z"),
        entry("Fietsband plakken", "2025-10-04T08:15:40.030Z")
    );
    let file = "Takeout/YouTube en YouTube Music/geschiedenis/kijkgeschiedenis.json";
    let rows = classified(&[(file, &body)]);
    assert_categories(
        &rows,
        &[
            (file, "title", Some("Web Analytics")),
            (file, "time", Some("Web Analytics")),
        ],
    );
}

/// YouTube's Takeout names its comments and subscriptions in the account's language.
#[test]
fn youtube_comments_and_subscriptions_in_german() {
    let rows = classified(&[
        (
            "Takeout/YouTube und YouTube Music/Kommentare/Kommentare.csv",
            "Kommentar-ID,Kommentartext\r\nUgzK1,\"{\"\"text\"\":\"\"Danke fürs Zeigen!\"\"}\"\r\nUgzK2,\"{\"\"text\"\":\"\"Sehr schön\"\"}\"\r\n",
        ),
        (
            "Takeout/YouTube und YouTube Music/Abos/Abos.csv",
            "Kanal-ID,Kanal-URL,Kanaltitel\r\nUCa1,http://www.youtube.com/channel/UCa1,Imkerei Nordhessen\r\nUCb2,http://www.youtube.com/channel/UCb2,Chorwerk Kassel\r\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "Takeout/YouTube und YouTube Music/Kommentare/Kommentare.csv",
                "Kommentartext",
                Some("Social Network Data"),
            ),
            (
                "Takeout/YouTube und YouTube Music/Abos/Abos.csv",
                "Kanaltitel",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A message told apart by which way it went is correspondence with the company, whatever the
/// lists of recipients inside it look like.
#[test]
fn a_message_with_its_direction_is_correspondence() {
    let message = |id: &str, direction: &str, subject: &str| {
        format!(
            "{{\"type\": \"message\", \"id\": \"{id}\", \"attributes\": {{\"channel\": \"email\", \
              \"direction\": \"{direction}\", \"preview\": \"Thanks, that fixed it.\", \"subject\": \"{subject}\", \
              \"meta\": {{\"to\": [{{\"email\": \"support@example.com\", \"name\": \"Support\"}}], \
              \"from\": \"tomasz.wz@example.org\"}}, \"sentAt\": \"2026-03-27T08:14:40.000Z\"}}}}"
        )
    };
    let body = format!(
        "{{\"data\": [{}, {}]}}",
        message("m1", "in", "429 errors on predict calls"),
        message("m2", "out", "Re: 429 errors on predict calls")
    );
    let rows = classified(&[("messages.json", &body)]);
    assert_categories(
        &rows,
        &[
            (
                "messages.json",
                "data[].attributes.subject",
                Some("Contact Data/Identifiers"),
            ),
            (
                "messages.json",
                "data[].attributes.sentAt",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The demographics model reads faces: its concepts, each face's apparent age and gender, are
/// biometric like a face detector's.
#[test]
fn a_demographics_models_concepts_are_biometric() {
    let region = |age: &str, gender: &str| {
        format!(
            "{{\"id\": \"r1\", \"region_info\": {{\"bounding_box\": {{\"top_row\": 0.21, \"left_col\": 0.33, \"bottom_row\": 0.52, \"right_col\": 0.58}}}}, \
              \"data\": {{\"concepts\": [{{\"id\": \"ai_1\", \"name\": \"{age}\", \"value\": 0.61, \"vocab_id\": \"age_appearance\", \"app_id\": \"main\"}}, \
              {{\"id\": \"ai_2\", \"name\": \"{gender}\", \"value\": 0.93, \"vocab_id\": \"gender_appearance\", \"app_id\": \"main\"}}]}}}}"
        )
    };
    let body = format!(
        "{{\"status\": {{\"code\": 10000}}, \"outputs\": [{{\"id\": \"o1\", \"created_at\": \"2020-06-14T10:02:11.512Z\", \
          \"model\": {{\"id\": \"c0c0ac362b03416da06ab3fa36fb58e3\", \"name\": \"demographics\"}}, \
          \"input\": {{\"id\": \"i1\", \"data\": {{\"image\": {{\"url\": \"https://photos.example.net/a.jpg\"}}}}}}, \
          \"data\": {{\"regions\": [{}, {}]}}}}]}}",
        region("24", "feminine"),
        region("53", "masculine")
    );
    let file = "demographics-graduation-2020-06-14.json";
    let rows = classified(&[(file, &body)]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "outputs[].data.regions[].data.concepts[].name",
                Some("Biometric Data"),
            ),
            (
                file,
                "outputs[].data.regions[].region_info.bounding_box.top_row",
                Some("Biometric Data"),
            ),
        ],
    );
}

/// The notes a person wrote on others' posts on X are what they posted on a social network.
#[test]
fn notes_written_on_x_are_social_network_data() {
    let rows = classified(&[(
        "data/community-note.js",
        "window.YTD.community_note.part0 = [\
           {\"communityNote\": {\"noteId\": \"1790000000000000001\", \"userId\": \"1634829105526497280\", \
             \"createdAt\": \"2025-04-02T18:21:07.000Z\", \"summary\": \"The photo is from 2019, not this week.\", \
             \"classification\": \"MISINFORMED_OR_POTENTIALLY_MISLEADING\", \"tweetId\": \"1775000000000000002\"}},\
           {\"communityNote\": {\"noteId\": \"1790000000000000003\", \"userId\": \"1634829105526497280\", \
             \"createdAt\": \"2025-05-11T07:45:30.000Z\", \"summary\": \"Correct as posted.\", \
             \"classification\": \"NOT_MISLEADING\", \"tweetId\": \"1775000000000000004\"}}]",
    )]);
    assert_categories(
        &rows,
        &[
            (
                "data/community-note.js",
                "communityNote.summary",
                Some("Social Network Data"),
            ),
            (
                "data/community-note.js",
                "communityNote.createdAt",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// The events of a paid plan are its billing history, not the person's use of the service.
#[test]
fn a_subscriptions_events_are_payment_information() {
    let rows = classified(&[(
        "subscription_events.json",
        "[{\"event\": {\"id\": 4410021, \"key\": \"renewal_success\", \"message\": \"Successful renewal for Growth Plan\", \"created_at\": \"2026-02-01T09:00:12-05:00\"}},\
          {\"event\": {\"id\": 4410022, \"key\": \"statement_settled\", \"message\": \"Statement settled\", \"created_at\": \"2026-03-01T09:00:40-05:00\"}}]",
    )]);
    assert_categories(
        &rows,
        &[
            (
                "subscription_events.json",
                "event.message",
                Some("Payment Information"),
            ),
            (
                "subscription_events.json",
                "event.created_at",
                Some("Payment Information"),
            ),
        ],
    );
}

/// The metadata of the input that a face model's output repeats is the photo's metadata, not a
/// face: the nearest words of its path (`data.metadata`) say so, across keys.
#[test]
fn an_inputs_metadata_inside_a_face_output_is_metadata() {
    let output = |id: &str, camera: &str| {
        format!(
            "{{\"id\": \"{id}\", \"created_at\": \"2026-06-20T14:02:11.512Z\", \
              \"model\": {{\"id\": \"face-detection\", \"name\": \"face-detection\"}}, \
              \"input\": {{\"id\": \"in-{id}\", \"data\": {{\"image\": {{\"url\": \"https://photos.example.org/{id}.jpg\"}}, \
                \"metadata\": {{\"camera\": \"{camera}\", \"evenement\": \"zomerfeest\"}}}}}}, \
              \"data\": {{\"regions\": [{{\"id\": \"r-{id}\", \"region_info\": {{\"bounding_box\": {{\"top_row\": 0.2, \"left_col\": 0.3, \"bottom_row\": 0.5, \"right_col\": 0.6}}}}, \"value\": 0.99}}]}}}}"
        )
    };
    let body = format!(
        "{{\"status\": {{\"code\": 10000}}, \"outputs\": [{}, {}]}}",
        output("o1", "Fujifilm X-T30"),
        output("o2", "Pixel 7")
    );
    let file = "model_predict_face-detection_zomerfeest-2026.json";
    let rows = classified(&[(file, &body)]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "outputs[].input.data.metadata.camera",
                Some("Geolocation and other metadata"),
            ),
            (
                file,
                "outputs[].data.regions[].region_info.bounding_box.top_row",
                Some("Biometric Data"),
            ),
        ],
    );
}

/// An operation with the address it came from is an entry of the account's audit log,
/// whatever the search that fetched it was named after.
#[test]
fn an_operation_with_its_source_address_is_an_audit_entry() {
    let entry = |op: u32, ip: &str| {
        format!(
            "{{\"timestamp\": \"2026-02-03T10:11:12.000Z\", \"user\": {{\"id\": \"noku_fh\"}}, \
              \"operation\": {{\"type\": {op}, \"description\": \"Organization invitation created\"}}, \
              \"targets\": [{{\"user\": {{\"id\": \"tane_w\"}}}}], \"details\": \"Invited a member\", \
              \"success\": true, \"source_ip\": \"{ip}\"}}"
        )
    };
    let body = format!(
        "{{\"entries\": [{}, {}]}}",
        entry(103, "203.0.113.84"),
        entry(104, "198.51.100.23")
    );
    let file = "audit_log/kereru-coastal-invitations-2026.response.json";
    let rows = classified(&[(file, &body)]);
    assert_categories(
        &rows,
        &[
            (file, "entries[].details", Some("Device/IP Information")),
            (file, "entries[].timestamp", Some("Device/IP Information")),
        ],
    );
}

/// A metrics query's time series of the person's own calls is their use of the service.
#[test]
fn a_metrics_time_series_is_usage() {
    let rows = classified(&[(
        "metrics-model-calls.json",
        "{\"status\": {\"code\": 10000}, \"data\": {\"matrix_data\": {\"series\": [\
           {\"labels\": [{\"name\": \"METRIC_LABEL_MODEL_ID\", \"value\": \"receipt-parser\"}], \
            \"value\": [{\"timestamp\": \"2026-05-04T00:00:00Z\", \"value\": 1423}, {\"timestamp\": \"2026-05-05T00:00:00Z\", \"value\": 1688}]}]}}}",
    )]);
    assert_categories(
        &rows,
        &[(
            "metrics-model-calls.json",
            "data.matrix_data.series[].value[].value",
            Some("Web Analytics"),
        )],
    );
}

/// The reputation other members gave the person on a marketplace is social network data.
#[test]
fn a_marketplace_reputation_is_social_network_data() {
    let rows = classified(&[(
        "trading/GetUser.json",
        "{\"Ack\": \"Success\", \"User\": {\"UserID\": \"desertfinch_mq\", \"Email\": \"mq@example.net\", \
          \"FeedbackScore\": 212, \"PositiveFeedbackPercent\": 99.5, \"UniqueNegativeFeedbackCount\": 1}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                "trading/GetUser.json",
                "User.FeedbackScore",
                Some("Social Network Data"),
            ),
            (
                "trading/GetUser.json",
                "User.PositiveFeedbackPercent",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// The `user_id` of a public model's concepts and of the model itself names the service's own
/// account, not the person who ran it.
#[test]
fn the_services_own_account_is_not_the_person() {
    let output = |id: &str, concept: &str| {
        format!(
            "{{\"id\": \"{id}\", \"created_at\": \"2026-03-02T10:00:00Z\", \
              \"model\": {{\"id\": \"general-image-recognition\", \"user_id\": \"clarifai\", \"app_id\": \"main\", \
                \"model_version\": {{\"id\": \"aa7f35c01e0642fda5cf400f543e7c40\", \"user_id\": \"clarifai\"}}}}, \
              \"input\": {{\"id\": \"in-{id}\", \"data\": {{\"image\": {{\"url\": \"https://photos.example.org/{id}.jpg\"}}}}}}, \
              \"data\": {{\"concepts\": [{{\"id\": \"ai_x1\", \"name\": \"{concept}\", \"value\": 0.98, \"app_id\": \"main\", \"user_id\": \"clarifai\"}}]}}}}"
        )
    };
    let body = format!(
        "{{\"status\": {{\"code\": 10000}}, \"outputs\": [{}, {}]}}",
        output("o1", "bicycle"),
        output("o2", "wheel")
    );
    let file = "post-model-outputs-general-image-recognition.json";
    let rows = classified(&[(file, &body)]);
    assert_categories(
        &rows,
        &[
            (file, "outputs[].data.concepts[].user_id", None),
            (file, "outputs[].model.user_id", None),
            (
                file,
                "outputs[].data.concepts[].name",
                Some("Predictions and Tags"),
            ),
        ],
    );
}

/// The post a reply answers is part of the conversation on the social network, and how a
/// picture's sizes were made (`resize`) describes the picture.
#[test]
fn a_replys_post_and_a_pictures_sizes() {
    let tweet = |id: &str, reply_to: &str| {
        format!(
            "{{\"tweet\": {{\"id_str\": \"{id}\", \"full_text\": \"@atelier_bois merci !\", \
              \"created_at\": \"Tue Mar 03 09:12:44 +0000 2026\", \
              \"in_reply_to_status_id\": \"{reply_to}\", \"in_reply_to_status_id_str\": \"{reply_to}\", \
              \"entities\": {{\"media\": [{{\"media_url_https\": \"https://pbs.twimg.com/media/Fx{id}.jpg\", \
                \"sizes\": {{\"large\": {{\"w\": \"1536\", \"h\": \"2048\", \"resize\": \"fit\"}}}}}}]}}}}}}"
        )
    };
    let body = format!(
        "window.YTD.tweets.part0 = [{}, {}]",
        tweet("1896000000000000001", "1895990000000000002"),
        tweet("1896000000000000003", "1895990000000000004")
    );
    let rows = classified(&[("data/tweets.js", &body)]);
    assert_categories(
        &rows,
        &[
            (
                "data/tweets.js",
                "tweet.in_reply_to_status_id",
                Some("Social Network Data"),
            ),
            (
                "data/tweets.js",
                "tweet.entities.media[].sizes.large.resize",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A message's attachments are pictures and videos, however many addresses one cell holds.
#[test]
fn attachments_listed_in_one_cell_are_visual() {
    let rows = classified(&[(
        "Messages/c1073997708319562034/messages.csv",
        "ID,Timestamp,Contents,Attachments\n\
         1340030282198036784,2025-02-14 18:02:11,proov,https://cdn.discordapp.com/attachments/1073/1340/proov.mp4 https://cdn.discordapp.com/attachments/1073/1341/poster.png\n\
         1342243818733983058,2025-02-20 09:45:03,,https://cdn.discordapp.com/attachments/1073/1342/kannel.mov https://cdn.discordapp.com/attachments/1073/1343/torupill.mp4\n",
    )]);
    assert_categories(
        &rows,
        &[(
            "Messages/c1073997708319562034/messages.csv",
            "Attachments",
            Some("Other Visual Information"),
        )],
    );
}

/// Whether a customer is behind with a payment is payment information, and the locales a
/// processor keeps for them are where and how they live, like a profile's locale.
#[test]
fn a_customers_delinquency_and_locales() {
    let rows = classified(&[(
        "customer.json",
        "{\"id\": \"cus_U1rT6bWk9MzQ4e\", \"object\": \"customer\", \"email\": \"bronwyn@example.net\", \
          \"name\": \"Bronwyn Tui\", \"phone\": \"+61491570156\", \"delinquent\": false, \
          \"preferred_locales\": [\"en\", \"mi\"], \"balance\": 0, \"currency\": \"aud\"}",
    )]);
    assert_categories(
        &rows,
        &[
            ("customer.json", "delinquent", Some("Payment Information")),
            (
                "customer.json",
                "preferred_locales",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A profile's other and former names are the person's names; when a phone recorded a location
/// is that location's metadata, not the phone's.
#[test]
fn other_names_and_a_locations_device_time() {
    let rows = classified(&[
        (
            "personal_information/profile_information/profile_information.json",
            "{\"profile_v2\": {\"name\": {\"full_name\": \"R\\u00c5\\u00abta \\u00c5\\u00bdemaityt\\u00c4\\u0097\"}, \
              \"other_names\": [{\"name\": \"R\\u00c5\\u00abt\\u00c4\\u0097\", \"type\": \"Nickname\", \"timestamp\": 1612345678}], \
              \"previous_names\": [{\"name\": \"Ruta Zemaityte\", \"timestamp\": 1512345678}]}}",
        ),
        (
            "Takeout/Location History/Records.json",
            "{\"locations\": [{\"latitudeE7\": 408121234, \"longitudeE7\": 229512345, \"accuracy\": 12, \
               \"deviceTag\": -1622093344, \"timestamp\": \"2023-09-04T06:41:18.221Z\", \"deviceTimestamp\": \"2023-09-04T06:41:17.998Z\"}, \
              {\"latitudeE7\": 406321234, \"longitudeE7\": 229412345, \"accuracy\": 9, \
               \"deviceTag\": -1622093344, \"timestamp\": \"2023-09-04T07:12:40.113Z\", \"deviceTimestamp\": \"2023-09-04T07:12:39.870Z\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "personal_information/profile_information/profile_information.json",
                "profile_v2.other_names[].name",
                Some("Contact Data/Identifiers"),
            ),
            (
                "Takeout/Location History/Records.json",
                "locations[].deviceTimestamp",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// In Reddit's lists of votes, a bare id is the post voted on: part of the person's use.
#[test]
fn a_votes_id_is_the_post_voted_on() {
    let rows = classified(&[(
        "post_votes.csv",
        "id,permalink,direction\r\n1b8x9k2,https://www.reddit.com/r/Astronomy/comments/1b8x9k2/,up\r\n\
         1c2yq7m,https://www.reddit.com/r/chile/comments/1c2yq7m/,down\r\n",
    )]);
    assert_categories(&rows, &[("post_votes.csv", "id", Some("Web Analytics"))]);
}

/// A list of models names them in the plural: their display names are the models', not a
/// person's, as a single `model`'s are.
#[test]
fn a_display_name_in_a_list_of_models_is_not_a_person() {
    let rows = classified(&[(
        "models.json",
        "{\"models\": [{\"id\": \"lichen-form\", \"name\": \"lichen-form\", \"display_name\": \"Lichen form\", \
           \"created_at\": \"2020-09-14T08:51:30.662048Z\", \"user_id\": \"mirela\", \"app_id\": \"scans\"}, \
          {\"id\": \"moss-cover\", \"name\": \"moss-cover\", \"display_name\": \"Moss cover\", \
           \"created_at\": \"2021-02-01T10:00:00.000000Z\", \"user_id\": \"mirela\", \"app_id\": \"scans\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            ("models.json", "models[].display_name", None),
            ("models.json", "models[].name", None),
        ],
    );
}

/// The kind of network a call went over is the device's connection, known by its values; a
/// crypto address's `network` (a chain) is not. Snapchat's chat sessions are the person's
/// chats, and what they shared off the app is part of their use of it.
#[test]
fn a_calls_network_is_the_devices_connection_and_chat_sessions_are_chats() {
    let rows = classified(&[
        (
            "json/talk_history.json",
            "{\"Outgoing Calls\": [{\"Recipient\": \"renata.gz\", \"Network\": \"WIFI\", \
               \"Date & Time\": \"2022-03-04 18:22:10 UTC\", \"Length (sec)\": 312}, \
              {\"Recipient\": \"lu.mendez\", \"Network\": \"CELLULAR\", \
               \"Date & Time\": \"2022-05-11 09:02:44 UTC\", \"Length (sec)\": 40}], \
             \"Chat Sessions\": [{\"Date & Time\": \"2022-04-01 20:00:01 UTC\", \"Length (sec)\": 610, \
               \"People in Chat\": 3, \"People available\": 5}, \
              {\"Date & Time\": \"2022-04-09 21:14:40 UTC\", \"Length (sec)\": 95, \
               \"People in Chat\": 2, \"People available\": 2}]}",
        ),
        (
            "json/user_profile.json",
            "{\"App Profile\": {\"Country\": \"MX\", \"In-app Language\": \"es\"}, \
             \"Off-Platform Sharing\": [{\"Date\": \"2022-06-01 10:11:12 UTC\", \"Media Type\": \"IMAGE\", \
               \"Share Destination\": \"Instagram\", \"Shared URL\": \"https://www.snapchat.com/add/x\"}]}",
        ),
        (
            "addresses.json",
            "{\"data\": [{\"id\": \"a1\", \"address\": \"0x52908400098527886E0F7030069857D2E4169EE7\", \
               \"network\": \"ethereum\"}, {\"id\": \"a2\", \
               \"address\": \"0x8617E340B3D01FA5F11F306F4090FD50E238070D\", \"network\": \"ethereum\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "json/talk_history.json",
                "Outgoing Calls[].Network",
                Some("Device/IP Information"),
            ),
            (
                "json/talk_history.json",
                "Chat Sessions[].People in Chat",
                Some("Social Network Data"),
            ),
            (
                "json/user_profile.json",
                "App Profile.In-app Language",
                Some("Geolocation and other metadata"),
            ),
            (
                "json/user_profile.json",
                "Off-Platform Sharing[].Media Type",
                Some("Web Analytics"),
            ),
        ],
    );
    let network = row(&rows, "addresses.json", "data[].network");
    assert_ne!(network.category.as_deref(), Some("Device/IP Information"));
}

/// A city, region and country in a record of viewings say where it was watched, as its device
/// says how: they do not outvote the file's name, which says the records are viewings.
#[test]
fn where_a_viewing_happened_does_not_outvote_what_it_is() {
    let rows = classified(&[(
        "Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv",
        "Playback Hour,Operating System,Browser,Delivery Type,City,Country,ISP,State,Content Quality Entitled,Entitlement Type,Video Type,Audio Language,Title\r\n\
         10/14/2019 20:00:00,Windows 10,Chrome 77.0.3865.120,streaming,rennes,fr,ExampleNet,BRE,HD,PRIME_SUBSCRIPTION,Feature,fr-fr,La Marée basse\r\n\
         10/15/2019 21:00:00,Android,Prime Video App,streaming,nantes,fr,ExampleNet,PDL,SD,PRIME_SUBSCRIPTION,Episode,fr-fr,Les Gardiens - Saison 1\r\n",
    )]);
    let file = "Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv";
    assert_categories(
        &rows,
        &[
            (file, "Title", Some("Web Analytics")),
            (file, "Playback Hour", Some("Web Analytics")),
            (file, "City", Some("Geolocation and other metadata")),
        ],
    );
}

/// How the person answered the company's marketing mail (opened, clicked) is part of their use
/// of its services, as an e-mail tool's opens and clicks are.
#[test]
fn responses_to_marketing_mail_are_use_of_the_service() {
    let file = "Marketing communications/Marketing Communications Response.csv";
    let rows = classified(&[(
        file,
        "Apple ID Reference Number,Communication Name,Response Type,Response Time,Application Name,Operating System\r\n\
         20583317946,CA_EN_Fitness_NewYear_Offer_2024,open,2024-01-02 15:08:44,Mail,iOS 17.2\r\n\
         20583317946,CA_EN_iCloud_Storage_2024,click,2024-03-11 08:41:02,Gmail,Android 14\r\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Response Type", Some("Web Analytics")),
            (file, "Response Time", Some("Web Analytics")),
            (file, "Communication Name", Some("Web Analytics")),
        ],
    );
}

/// The person's tax id identifies them, also among a payment's billing details; a tax
/// transaction's own id only numbers the record.
#[test]
fn a_tax_id_in_billing_details_is_the_persons() {
    let rows = classified(&[
        (
            "payment_methods.json",
            "{\"object\": \"list\", \"data\": [{\"id\": \"pm_1Sn\", \"object\": \"payment_method\", \
               \"billing_details\": {\"name\": \"Wren Kapoor\", \"tax_id\": \"US-41-2298340\"}, \
               \"card\": {\"brand\": \"mastercard\", \"last4\": \"4444\"}}, \
              {\"id\": \"pm_1So\", \"object\": \"payment_method\", \
               \"billing_details\": {\"name\": \"Wren Kapoor\", \"tax_id\": \"US-41-2298340\"}, \
               \"card\": {\"brand\": \"visa\", \"last4\": \"4242\"}}], \"has_more\": false}",
        ),
        (
            "tax/transactions/tax_1TM8qRC3vYk7Hn2PzB5xLw9D.json",
            "{\"id\": \"tax_1TM8qRC3vYk7Hn2PzB5xLw9D\", \"object\": \"tax.transaction\", \
              \"currency\": \"usd\", \"reference\": \"order_8812\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "payment_methods.json",
                "data[].billing_details.tax_id",
                Some("Contact Data/Identifiers"),
            ),
            (
                "tax/transactions/tax_1TM8qRC3vYk7Hn2PzB5xLw9D.json",
                "id",
                None,
            ),
        ],
    );
}

/// A custom status's text among an account's settings is a choice, not a message: the account
/// beside it stays the person's. The settings of an account whose export lists the person's
/// friends are settings of a social account; those of a plain account's export are not.
#[test]
fn settings_of_a_social_account_are_social_and_not_a_message() {
    let user = "{\"id\": \"490240851860104135\", \"username\": \"kofi_stargazer\", \
        \"email\": \"kofi.l@example.net\", \"verified\": true, \
        \"settings\": {\"theme\": \"dark\", \"developer_mode\": false, \
          \"custom_status\": {\"text\": \"clear skies tonight\", \"emoji_name\": \"🔭\"}}, \
        \"relationships\": [{\"id\": \"412093847561029384\", \"type\": 1, \
          \"user\": {\"id\": \"412093847561029384\", \"username\": \"nebulanaut\"}}, \
          {\"id\": \"398120475610293847\", \"type\": 1, \
          \"user\": {\"id\": \"398120475610293847\", \"username\": \"orbitfox\"}}]}";
    let plain = "{\"id\": \"u_88213\", \"username\": \"ines.k\", \"email\": \"ines@example.org\", \
        \"settings\": {\"theme\": \"dark\", \"developer_mode\": false}}";
    let rows = classified(&[("account/user.json", user)]);
    assert_categories(
        &rows,
        &[
            (
                "account/user.json",
                "username",
                Some("Contact Data/Identifiers"),
            ),
            (
                "account/user.json",
                "settings.theme",
                Some("Social Network Data"),
            ),
        ],
    );
    let rows = classified(&[("profile/account.json", plain)]);
    let plain_theme = row(&rows, "profile/account.json", "settings.theme");
    assert_ne!(plain_theme.category.as_deref(), Some("Social Network Data"));
}

/// Takeout in Spanish names its activity and its YouTube histories in Spanish.
#[test]
fn takeout_activity_in_spanish_is_use_of_the_service() {
    let file =
        "Takeout/YouTube y YouTube\u{a0}Music/historial de videos/historial de reproducciones.json";
    let rows = classified(&[(
        file,
        "[{\"header\": \"YouTube\", \"title\": \"Has visto Ensayo a la llama\", \
           \"titleUrl\": \"https://www.youtube.com/watch?v=Qw3rTy7uIoP\", \
           \"subtitles\": [{\"name\": \"Química en casa\", \"url\": \"https://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL\"}], \
           \"time\": \"2025-09-12T22:14:05.118Z\", \"products\": [\"YouTube\"]}, \
          {\"header\": \"YouTube\", \"title\": \"Has visto Cómo centrar una rueda\", \
           \"titleUrl\": \"https://www.youtube.com/watch?v=Zx9cVb8nM7a\", \
           \"time\": \"2025-09-13T14:02:51.006Z\", \"products\": [\"YouTube\"]}]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "title", Some("Web Analytics")),
            (file, "time", Some("Web Analytics")),
        ],
    );
}

/// A bank account the person linked to pay from is payment information, not a social
/// connection, though Stripe files it under `financial_connections/`.
#[test]
fn a_linked_bank_account_is_payment_information() {
    let file = "financial_connections/accounts/fca_1SnQ2RHk8cRt3WzAb7TqVm4N.json";
    let rows = classified(&[(
        file,
        "{\"id\": \"fca_1SnQ2RHk8cRt3WzAb7TqVm4N\", \"object\": \"financial_connections.account\", \
          \"category\": \"cash\", \"subcategory\": \"checking\", \"created\": 1767225600, \
          \"display_name\": \"Joint Checking\", \"institution_name\": \"Prairie Example Bank\", \
          \"last4\": \"6789\", \"status\": \"active\", \
          \"balance\": {\"as_of\": 1767312000, \"current\": {\"usd\": 184210}, \"type\": \"cash\"}}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "institution_name", Some("Payment Information")),
            (file, "subcategory", Some("Payment Information")),
        ],
    );
}

/// Takeout in Brazilian Portuguese: its activity and histories are use, its comments are
/// posts, and an id named first (`ID do comentário`) is still a record's id.
#[test]
fn takeout_in_portuguese_names_its_histories_and_ids() {
    let history = "Takeout/YouTube e YouTube Music/histórico/histórico-de-visualização.json";
    let comments = "Takeout/YouTube e YouTube Music/comentários/comentários.csv";
    let rows = classified(&[
        (
            history,
            "[{\"header\": \"YouTube\", \"title\": \"Assistiu a Travessia para Soure\", \
               \"titleUrl\": \"https://www.youtube.com/watch?v=Hb7cQ2mZx1k\", \
               \"time\": \"2025-10-10T21:14:05.118Z\", \"products\": [\"YouTube\"]}, \
              {\"header\": \"YouTube\", \"title\": \"Assistiu a Círio de Nazaré ao vivo\", \
               \"titleUrl\": \"https://www.youtube.com/watch?v=Pq4rSt8uVw2\", \
               \"time\": \"2025-10-12T09:02:51.006Z\", \"products\": [\"YouTube\"]}]",
        ),
        (
            comments,
            "ID do comentário,ID do vídeo,Texto do comentário\n\
             UgxKq2mZ7rT4wLp9XbN4AaABAg,Hb7cQ2mZx1k,Que travessia linda!\n\
             UgyPq8nW3sV6tRm2YcM1AaABAg,Pq4rSt8uVw2,Feliz Círio a todos\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (history, "title", Some("Web Analytics")),
            (comments, "Texto do comentário", Some("Social Network Data")),
            (comments, "ID do comentário", None),
        ],
    );
}

/// A profile picture's address is a picture of the person whatever it is called
/// (Instagram's `profile_pic_url`, Zoom's `pic_url`).
#[test]
fn a_profile_pic_url_is_a_picture() {
    let rows = classified(&[(
        "profile.json",
        "{\"username\": \"siobhan.fiddles\", \"name\": \"Siobhán MacIsaac\", \
          \"email\": \"siobhan.m@example.org\", \
          \"profile_pic_url\": \"https://zoom.example/p/v2/8f2c41d0e7b94a6c/3e1a-4c77\"}",
    )]);
    assert_categories(
        &rows,
        &[(
            "profile.json",
            "profile_pic_url",
            Some("Other Visual Information"),
        )],
    );
}

/// Snapchat's saved media are fetched from their download links (pictures of the person's
/// own), its spotlights are posts, and the home and work places it inferred are places.
#[test]
fn snapchat_download_links_spotlights_and_inferred_places() {
    let rows = classified(&[
        (
            "json/memories_history.json",
            "{\"Saved Media\": [{\"Date\": \"2024-05-02 18:11:09 UTC\", \"Media Type\": \"Image\", \
               \"Download Link\": \"https://app.snapchat.com/dmd/memories?uid=7f2c&sid=A1B2&mid=C3D4&ts=1714673469\"}, \
              {\"Date\": \"2024-06-14 07:40:51 UTC\", \"Media Type\": \"Video\", \
               \"Download Link\": \"https://app.snapchat.com/dmd/memories?uid=7f2c&sid=E5F6&mid=G7H8&ts=1718350851\"}]}",
        ),
        (
            "json/snap_pro.json",
            "{\"Spotlights\": [{\"Date\": \"2024-07-01 12:00:00 UTC\", \"Media Type\": \"VIDEO\", \
               \"Download URL\": \"https://cf-st.sc-cdn.example/d/abc123\"}, \
              {\"Date\": \"2024-08-09 19:30:00 UTC\", \"Media Type\": \"VIDEO\", \
               \"Download URL\": \"https://cf-st.sc-cdn.example/d/def456\"}]}",
        ),
        (
            "json/location_history.json",
            "{\"Home & Work\": {\"inferredWork\": \"Irbid, University district\", \
               \"userProvidedHome\": \"\", \"userProvidedWork\": \"\", \"inferredHome\": \"Amman, Jabal Amman\"}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "json/memories_history.json",
                "Saved Media[].Download Link",
                Some("Other Visual Information"),
            ),
            (
                "json/snap_pro.json",
                "Spotlights[].Date",
                Some("Social Network Data"),
            ),
            (
                "json/location_history.json",
                "Home & Work.inferredHome",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A video call is a call, not a picture; what the app showed the person is their use of it.
#[test]
fn a_video_call_is_not_a_picture_and_seen_content_is_use() {
    let rows = classified(&[
        (
            "messages.json",
            "[{\"participants\": [\"siobhan.fiddles\", \"mabou.ceilidh\"], \"conversation\": [\
               {\"sender\": \"mabou.ceilidh\", \"created_at\": \"2020-08-01T21:04:11.226158+00:00\", \"video_call_action\": \"Video chat started\"}, \
               {\"sender\": \"siobhan.fiddles\", \"created_at\": \"2020-08-01T21:40:52.018334+00:00\", \"video_call_action\": \"Video chat ended\"}]}]",
        ),
        (
            "seen_content.json",
            "{\"chaining_seen\": [{\"username\": \"capebreton.tunes\", \"timestamp\": \"2020-09-02T14:11:05+00:00\"}, \
               {\"username\": \"inverness.fiddle\", \"timestamp\": \"2020-09-03T09:40:17+00:00\"}]}",
        ),
    ]);
    let call = row(&rows, "messages.json", "conversation[].video_call_action");
    assert_ne!(call.category.as_deref(), Some("Other Visual Information"));
    assert_categories(
        &rows,
        &[(
            "seen_content.json",
            "chaining_seen[].timestamp",
            Some("Web Analytics"),
        )],
    );
}

/// Takeout's YouTube history in Italian and a German Discord package's message index name
/// themselves in their language.
#[test]
fn italian_takeout_history_and_german_discord_messages() {
    let history = "Takeout/YouTube e YouTube Music/cronologia/cronologia visualizzazioni.json";
    let rows = classified(&[
        (
            history,
            "[{\"header\": \"YouTube\", \"title\": \"Hai guardato Pane di Altamura in casa\", \
               \"titleUrl\": \"https://www.youtube.com/watch?v=Lm3nB7vC2xQ\", \
               \"time\": \"2023-10-13T18:22:05.118Z\", \"products\": [\"YouTube\"]}, \
              {\"header\": \"YouTube\", \"title\": \"Hai guardato I Sassi di Matera\", \
               \"titleUrl\": \"https://www.youtube.com/watch?v=Rt5yU8iO1pA\", \
               \"time\": \"2023-10-15T09:02:51.006Z\", \"products\": [\"YouTube\"]}]",
        ),
        (
            "Nachrichten/index.json",
            "{\"949705353725517282\": \"Modellbahn-Stammtisch in Spurweite N\", \
              \"909441322976265473\": \"Direktnachricht mit elbe.dampf\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (history, "title", Some("Web Analytics")),
            (
                "Nachrichten/index.json",
                "949705353725517282",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// Meta names a list of searches by what was searched (`searches_user[]`): the records are
/// searches, whatever language their keys are in.
#[test]
fn searches_of_users_are_searches() {
    let file = "recent_searches/account_searches.json";
    let rows = classified(&[(
        file,
        "{\"searches_user\": [{\"title\": \"\", \"media_map_data\": {}, \"string_map_data\": {\
           \"Recherche\": {\"href\": \"\", \"value\": \"rucher.du.semnoz\", \"timestamp\": 0}, \
           \"Heure\": {\"href\": \"\", \"value\": \"\", \"timestamp\": 1651234567}}}, \
          {\"title\": \"\", \"media_map_data\": {}, \"string_map_data\": {\
           \"Recherche\": {\"href\": \"\", \"value\": \"miel.des.aravis\", \"timestamp\": 0}, \
           \"Heure\": {\"href\": \"\", \"value\": \"\", \"timestamp\": 1651334567}}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "searches_user[].string_map_data.Recherche.value",
                Some("Web Analytics"),
            ),
            (
                file,
                "searches_user[].string_map_data.Heure.timestamp",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// A YouTube channel id is the person's account on YouTube, in their channel file and beside
/// their comments; among their subscriptions it is a channel they follow.
#[test]
fn a_youtube_channel_id_is_an_account() {
    let channel = "Takeout/YouTube and YouTube Music/channels/channel.csv";
    let comments = "Takeout/YouTube and YouTube Music/comments/comments.csv";
    let subscriptions = "Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv";
    let rows = classified(&[
        (
            channel,
            "Channel ID,Channel Title (Original),Channel Visibility\n\
             UCk7FwR2mZp9TqX4vLn0sB3e,Zosia i ukulele,Public\n",
        ),
        (
            comments,
            "Comment ID,Channel ID,Comment Create Timestamp,Price,Video ID,Comment Text\n\
             Ugw1,UCk7FwR2mZp9TqX4vLn0sB3e,2025-03-02T18:11:09+00:00,,r7Kq2mWxZ0c,Dzięki!\n\
             Ugw2,UCk7FwR2mZp9TqX4vLn0sB3e,2025-03-09T08:40:51+00:00,,Xc4wN7tRb2Q,Super akordy\n",
        ),
        (
            subscriptions,
            "Channel Id,Channel Url,Channel Title\n\
             UCp4XcV9TnQ2wLr8bJd1sKfA,http://www.youtube.com/channel/UCp4XcV9TnQ2wLr8bJd1sKfA,Ukulele Underground\n\
             UCz5Lp8Wq2Rk7Tn1Vb4Xm9Hd,http://www.youtube.com/channel/UCz5Lp8Wq2Rk7Tn1Vb4Xm9Hd,Akordy na luzie\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (channel, "Channel ID", Some("Contact Data/Identifiers")),
            (comments, "Channel ID", Some("Contact Data/Identifiers")),
            (subscriptions, "Channel Id", Some("Social Network Data")),
        ],
    );
}

/// At a payment processor the shop's name for the person (Adyen's `shopperReference`) is their
/// id there; the processor's own reference to a payment is the payment's number.
#[test]
fn a_shopper_reference_is_the_person_and_a_psp_reference_a_record() {
    let file = "checkout/payments.json";
    let rows = classified(&[(
        file,
        "[{\"pspReference\": \"QB6R2W9HXTKM4C82\", \"merchantReference\": \"order-58213-1\", \
           \"resultCode\": \"Authorised\", \"amount\": {\"currency\": \"EUR\", \"value\": 8400}, \
           \"shopperReference\": \"ptc-klant-58213\"}, \
          {\"pspReference\": \"ZP7N2K4WQ9TC3H82\", \"merchantReference\": \"order-58213-2\", \
           \"resultCode\": \"Authorised\", \"amount\": {\"currency\": \"EUR\", \"value\": 2150}, \
           \"shopperReference\": \"ptc-klant-58213\"}]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "shopperReference", Some("Contact Data/Identifiers")),
            (file, "pspReference", None),
            (file, "merchantReference", None),
        ],
    );
}

/// Spotify's daily listening summaries are the person's use, the stars they gave podcasts are
/// like reviews, and its description of their taste is the company's conclusion.
#[test]
fn spotify_sound_capsule_ratings_and_taste_profile() {
    let rows = classified(&[
        (
            "Spotify Account Data/YourSoundCapsule.json",
            "{\"stats\": [{\"date\": \"2025-03-01\", \"streamCount\": 41, \"secondsPlayed\": 8820}], \
              \"highlights\": [{\"highlightType\": \"ON_REPEAT\", \"date\": \"2025-03-01\", \
               \"onRepeatHighlight\": {\"entity\": {\"uri\": \"spotify:track:4kQv9mZrT2xLw8pNc4YbHd\", \"name\": \"Drava\"}, \"streamCount\": 9}}, \
               {\"highlightType\": \"ON_REPEAT\", \"date\": \"2025-03-02\", \
               \"onRepeatHighlight\": {\"entity\": {\"uri\": \"spotify:track:0pLx5hGd8yQz3uTk9WrNbe\", \"name\": \"Pohorje\"}, \"streamCount\": 6}}]}",
        ),
        (
            "Spotify Account Data/PodcastInteractivityRatedShow.json",
            "{\"ratedShows\": [{\"showName\": \"Zgodbe iz Maribora\", \"rating\": 5, \"ratedAt\": \"2025-02-11T19:22:05Z\"}, \
              {\"showName\": \"Kuhinja brez meja\", \"rating\": 3, \"ratedAt\": \"2025-02-20T08:12:40Z\"}]}",
        ),
        (
            "Spotify Account Data/TasteProfile.json",
            "{\"tasteProfile\": {\"artistUris\": [\"spotify:artist:3kQv9mZrT2xLw8pNc4YbHd\"], \
              \"musicalIdentity\": \"Late-night folk with a soft spot for brass\", \
              \"contentRhythms\": \"Podcasts on weekday mornings, music after dark\"}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "Spotify Account Data/YourSoundCapsule.json",
                "highlights[].onRepeatHighlight.streamCount",
                Some("Web Analytics"),
            ),
            (
                "Spotify Account Data/PodcastInteractivityRatedShow.json",
                "ratedShows[].rating",
                Some("Social Network Data"),
            ),
            (
                "Spotify Account Data/TasteProfile.json",
                "tasteProfile.musicalIdentity",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
        ],
    );
}

/// A call's written transcript is correspondence with the company, like the call; where a
/// page of the answer sits among the others is the API's bookkeeping.
#[test]
fn a_call_transcript_is_correspondence() {
    let file = "transcripts/7316044082.json";
    let rows = classified(&[(
        file,
        "{\"id\": \"7316044082\", \"createdAt\": \"2025-11-03T15:42:10.118Z\", \
          \"transcriptUtterances\": [\
            {\"id\": \"1\", \"startTimeMillis\": 0, \"endTimeMillis\": 5200, \"text\": \"Thanks for taking the call.\"}, \
            {\"id\": \"2\", \"startTimeMillis\": 5400, \"endTimeMillis\": 12900, \"text\": \"Happy to, we count salmon lice on camera.\"}], \
          \"records\": {\"currentPageNumber\": 1, \"totalRecords\": 1}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "transcriptUtterances[].text",
                Some("Contact Data/Identifiers"),
            ),
            (file, "records.currentPageNumber", None),
        ],
    );
}

/// The Marketplace listings the person looked at are a history of their use.
#[test]
fn marketplace_listing_history_is_use() {
    let file = "your_facebook_activity/facebook_marketplace/your_marketplace_listing_history.json";
    let rows = classified(&[(
        file,
        "[{\"timestamp\": 1704112200, \"label_values\": [\
            {\"label\": \"Title\", \"value\": \"Vintage armchair, needs new fabric\"}, \
            {\"label\": \"Time first viewed\", \"timestamp_value\": 1704112200}]}, \
          {\"timestamp\": 1704998400, \"label_values\": [\
            {\"label\": \"Title\", \"value\": \"Oak footstool\"}, \
            {\"label\": \"Time first viewed\", \"timestamp_value\": 1704998400}]}]",
    )]);
    assert_categories(
        &rows,
        &[(file, "label_values[].value", Some("Web Analytics"))],
    );
}

/// The accounts the person stopped following are part of their social graph, and their scores
/// in an app's games are their use of it.
#[test]
fn unfollowed_profiles_and_game_scores() {
    let unfollowed = "connections/followers_and_following/recently_unfollowed_profiles.json";
    let games = "json/snap_games_and_minis.json";
    let rows = classified(&[
        (
            unfollowed,
            "{\"relationships_unfollowed_users\": [\
               {\"title\": \"\", \"media_list_data\": [], \"string_list_data\": [\
                 {\"href\": \"https://www.instagram.com/jama.tours\", \"value\": \"jama.tours\", \"timestamp\": 1730112000}]}, \
               {\"title\": \"\", \"media_list_data\": [], \"string_list_data\": [\
                 {\"href\": \"https://www.instagram.com/kras.hikes\", \"value\": \"kras.hikes\", \"timestamp\": 1731408000}]}]}",
        ),
        (
            games,
            "{\"Game Scores\": [{\"Game\": \"Zombie Rescue Squad\", \"Leaderboard\": \"Weekly\", \
               \"Best Score\": \"48210\", \"Best Score Achievement Time\": \"2022-09-11 08:14:02 UTC\"}, \
              {\"Game\": \"Bitmoji Paint\", \"Leaderboard\": \"All time\", \
               \"Best Score\": 0, \"Best Score Achievement Time\": \"2022-10-02 19:40:51 UTC\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                unfollowed,
                "relationships_unfollowed_users[].string_list_data[].value",
                Some("Social Network Data"),
            ),
            (
                games,
                "Game Scores[].Best Score Achievement Time",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// The add-ons installed in the person's browser are software on their device, whatever the
/// file holding them is called.
#[test]
fn browser_extensions_are_device_software() {
    let file = "Takeout/Chrome/Extensions.json";
    let rows = classified(&[(
        file,
        "{\"Extensions\": [\
           {\"name\": \"Wortfinder\", \"id\": \"ekhamlgnbojcfpdiklmhaeofnjbgpdck\", \"version\": \"4.2.3\", \
            \"enabled\": true, \"incognito_enabled\": false, \"remote_install\": false, \"disable_reasons\": []}, \
           {\"name\": \"Dark Reader\", \"id\": \"eimadpbcbfnmbkopoojfekhnkhdbieeh\", \"version\": \"4.9.96\", \
            \"enabled\": false, \"incognito_enabled\": false, \"remote_install\": false, \"disable_reasons\": [1]}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Extensions[].name", Some("Device/IP Information")),
            (file, "Extensions[].version", Some("Device/IP Information")),
            (file, "Extensions[].enabled", Some("Device/IP Information")),
        ],
    );
}

/// A year in review counts the person's listening (their use of the service) and places them
/// among other listeners (the company's conclusions about them).
#[test]
fn year_in_review_counts_and_conclusions() {
    let file = "Spotify Account Data/Wrapped2025.json";
    let rows = classified(&[(
        file,
        "{\"party\": {\"totalNumListeningMinutes\": 28914, \"streakNumListeningDays\": 64, \
           \"numArtistsDiscovered\": 118, \"percentSadTracks\": 9.6, \"absoluteChaosRankingScore\": 0.37}, \
          \"listeningAge\": {\"listeningAge\": 52, \"decadePhase\": \"late\"}, \
          \"clubs\": {\"userClub\": \"Night Owl Club\", \"percentInClub\": 7.4}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "party.totalNumListeningMinutes",
                Some("Web Analytics"),
            ),
            (file, "party.numArtistsDiscovered", Some("Web Analytics")),
            (
                file,
                "party.percentSadTracks",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (
                file,
                "listeningAge.listeningAge",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (
                file,
                "clubs.userClub",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
        ],
    );
}

/// What the person asked and answered on a shop's product pages are their posts, and the region
/// the shop placed them in, with when, is where they were.
#[test]
fn shop_questions_and_assigned_region() {
    let questions = "Retail.CustomerQuestionsAndAnswers.QuestionsPosted.csv";
    let region = "Retail.RegionAuthority.2/Retail.RegionAuthority.2.csv";
    let rows = classified(&[
        (
            questions,
            "SubmitDate,Text,HelpfulVotes,AnswerCount\n\
             2024-03-02T10:11:12Z,Does it fit a Bechstein upright?,3,2\n\
             2024-05-09T08:01:00Z,Is the felt replaceable?,0,1\n",
        ),
        (
            region,
            "City,Postal Code,State or Province,Country Code,Timestamp\n\
             Leipzig,04277,Sachsen,DE,2023-11-02T09:00:00Z\n\
             Leipzig,04155,Sachsen,DE,2024-02-14T17:30:00Z\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (questions, "Text", Some("Social Network Data")),
            (questions, "SubmitDate", Some("Social Network Data")),
            (region, "City", Some("Geolocation and other metadata")),
            (
                region,
                "Postal Code",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// Whatever the person called a key of the metadata they attached to an image is metadata of
/// that image, even a word that names an address or a person elsewhere.
#[test]
fn content_metadata_keys_named_like_addresses() {
    let file = "list-inputs.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": 10000, \"description\": \"Ok\"}, \"inputs\": [\
           {\"id\": \"mural-01\", \"data\": {\"image\": {\"url\": \"https://samples.example.org/m1.jpg\"}, \
            \"metadata\": {\"street\": \"Rua dos Remédios\", \"tide_state\": \"ebb\", \"camera\": \"X-T4\", \"owner_name\": \"Joaquim Serrão\"}}}, \
           {\"id\": \"mural-02\", \"data\": {\"image\": {\"url\": \"https://samples.example.org/m2.jpg\"}, \
            \"metadata\": {\"street\": \"Beco do Carneiro\", \"tide_state\": \"flood\", \"camera\": \"X-T4\", \"owner_name\": \"Rita Amaral\"}}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "inputs[].data.metadata.street",
                Some("Geolocation and other metadata"),
            ),
            (
                file,
                "inputs[].data.metadata.tide_state",
                Some("Geolocation and other metadata"),
            ),
            (
                file,
                "inputs[].data.metadata.owner_name",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A CRM's predicted score of a contact is the company's conclusion, whatever its property is
/// called (HubSpot's `hs_predictivecontactscore_v2` runs the words together).
#[test]
fn crm_predictive_contact_score() {
    let file = "contact.json";
    let rows = classified(&[(
        file,
        "{\"id\": \"148203377901\", \"properties\": {\"email\": \"ndapewa@example.com\", \
           \"firstname\": \"Ndapewa\", \"hs_predictivecontactscore_v2\": \"31.4\"}}",
    )]);
    assert_categories(
        &rows,
        &[(
            file,
            "properties.hs_predictivecontactscore_v2",
            Some("Inferences, Predictions and Tags Generated by Us"),
        )],
    );
}

/// In a short-video app's export: the videos the person kept as favourites are their use of the
/// app, the phone's status list is their device, and another network's account shown on their
/// profile is a linked account.
#[test]
fn short_video_favourites_status_and_linked_platforms() {
    let file = "user_data_tiktok.json";
    let rows = classified(&[(
        file,
        "{\"Activity\": {\
           \"Favorite Videos\": {\"FavoriteVideoList\": [\
             {\"Date\": \"2023-08-02 10:11:12\", \"Link\": \"https://www.tiktokv.com/share/video/7262/\"}, \
             {\"Date\": \"2023-08-05 18:01:02\", \"Link\": \"https://www.tiktokv.com/share/video/7263/\"}]}, \
           \"Status\": {\"Status List\": [\
             {\"Resolution\": \"1080*2400\", \"App Version\": \"30.8.4\", \"IDFV\": \"5F1A6C2E-0B7D-4E9A-9C3B-7A2D1E4F6B80\"}, \
             {\"Resolution\": \"1170*2532\", \"App Version\": \"31.0.2\", \"IDFV\": \"8C3E2A1F-4D6B-4F0E-8A7C-1B9D3E5F7A20\"}]}}, \
          \"Profile\": {\"Profile Information\": {\"ProfileMap\": {\"PlatformInfo\": [\
             {\"Platform\": \"Instagram\", \"Name\": \"weng.dives\", \"Profile Photo\": \"https://p16.example.com/a.jpeg\", \"Description\": \"reef days\"}, \
             {\"Platform\": \"YouTube\", \"Name\": \"Weng Dives Cebu\", \"Profile Photo\": \"https://p16.example.com/b.jpeg\", \"Description\": \"\"}]}}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "Activity.Favorite Videos.FavoriteVideoList[].Link",
                Some("Web Analytics"),
            ),
            (
                file,
                "Activity.Status.Status List[].Resolution",
                Some("Device/IP Information"),
            ),
            (
                file,
                "Activity.Status.Status List[].IDFV",
                Some("Device/IP Information"),
            ),
            (
                file,
                "Profile.Profile Information.ProfileMap.PlatformInfo[].Name",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A platform that is a social network names an account the person linked; one that is an
/// operating system stays the device's.
#[test]
fn platform_named_by_a_social_network() {
    let file = "profile.json";
    let rows = classified(&[(
        file,
        "{\"linked\": [{\"platform\": \"Instagram\", \"since\": \"2021-04-02\"}, \
                       {\"platform\": \"YouTube\", \"since\": \"2022-01-19\"}], \
          \"installs\": [{\"platform\": \"Android\", \"app_version\": \"30.8.4\"}, \
                         {\"platform\": \"iOS\", \"app_version\": \"31.0.2\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "linked[].platform", Some("Social Network Data")),
            (file, "installs[].platform", Some("Device/IP Information")),
        ],
    );
}

/// A French Takeout names its location history `Historique des positions`: a place visit there
/// is where the person was, not the place of a job; its YouTube subscriptions, with French
/// headers, are channels the person follows.
#[test]
fn french_takeout_positions_and_subscriptions() {
    let month = "Takeout/Historique des positions (Timeline)/Semantic Location History/2024/2024_OCTOBER.json";
    let subscriptions = "Takeout/YouTube et YouTube Music/abonnements/abonnements.csv";
    let rows = classified(&[
        (
            month,
            "{\"timelineObjects\": [\
               {\"placeVisit\": {\"location\": {\"latitudeE7\": 472137840, \"longitudeE7\": -15526010, \
                 \"address\": \"7 Rue de l'Abbaye, 44100 Nantes, France\", \"name\": \"Atelier\"}, \
                 \"duration\": {\"startTimestamp\": \"2024-10-07T17:58:03Z\", \"endTimestamp\": \"2024-10-08T06:12:47Z\"}, \
                 \"placeConfidence\": \"HIGH_CONFIDENCE\"}}, \
               {\"placeVisit\": {\"location\": {\"latitudeE7\": 472180110, \"longitudeE7\": -15612300, \
                 \"address\": \"2 Rue Fouré, 44000 Nantes, France\", \"name\": \"Lutherie\"}, \
                 \"duration\": {\"startTimestamp\": \"2024-10-08T06:31:05Z\", \"endTimestamp\": \"2024-10-08T12:02:11Z\"}, \
                 \"placeConfidence\": \"MEDIUM_CONFIDENCE\"}}]}",
        ),
        (
            subscriptions,
            "ID des chaînes,URL des chaînes,Titres des chaînes\n\
             UC5fWq2ZsTn8yLb3kRe9XaPc,http://www.youtube.com/channel/UC5fWq2ZsTn8yLb3kRe9XaPc,Atelier Violons\n\
             UCq8Lm2Zr4Tn6Vb1Xc3Yd5Wa,http://www.youtube.com/channel/UCq8Lm2Zr4Tn6Vb1Xc3Yd5Wa,Vernis et bois\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                month,
                "timelineObjects[].placeVisit.location.address",
                Some("Geolocation and other metadata"),
            ),
            (
                month,
                "timelineObjects[].placeVisit.duration.startTimestamp",
                Some("Geolocation and other metadata"),
            ),
            (
                subscriptions,
                "Titres des chaînes",
                Some("Social Network Data"),
            ),
            (
                subscriptions,
                "URL des chaînes",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A CRM's own export of a contact, in English or with German headers: its score and stage are
/// its conclusions, its pageviews and sources the person's visits, when it last got in touch
/// their correspondence.
#[test]
fn crm_csv_export_in_english_and_german() {
    let english = "hubspot-crm-exports-all-profile.csv";
    let german = "hubspot-crm-exports-dsgvo-auskunft.csv";
    let rows = classified(&[
        (
            english,
            "First Name,Email,HubSpot Score,Last Contacted\n\
             Ndapewa,ndapewa@example.com,31,2026-01-28 14:06\n",
        ),
        (
            german,
            "Vorname,E-Mail,Firmenname,Lifecycle-Phase,Anzahl der Seitenaufrufe,Ursprüngliche Quelle,Zuletzt kontaktiert\n\
             Leopoldine,leopoldine@example.com,Orgelbau Hörmann e.U.,Kunde,37,Organische Suche,2026-01-28 14:06\n",
        ),
    ]);
    let inference = Some("Inferences, Predictions and Tags Generated by Us");
    assert_categories(
        &rows,
        &[
            (english, "HubSpot Score", inference),
            (english, "Last Contacted", Some("Contact Data/Identifiers")),
            (german, "Firmenname", Some("Contact Data/Identifiers")),
            (german, "Lifecycle-Phase", inference),
            (german, "Anzahl der Seitenaufrufe", Some("Web Analytics")),
            (german, "Ursprüngliche Quelle", Some("Web Analytics")),
            (
                german,
                "Zuletzt kontaktiert",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A hashtag the person searched for is an item of their search history, a server's member
/// total is a count rather than money, and an event of their two-factor sign-in secures their
/// account.
#[test]
fn searched_hashtags_size_totals_and_two_factor_events() {
    let searches = "recent_searches/tag_searches.json";
    let events = "Activity/analytics/events-2025-00000-of-00001.json";
    let history = "json/account_history.json";
    let rows = classified(&[
        (
            searches,
            "{\"searches_hashtag\": [\
               {\"string_map_data\": {\"Search\": {\"value\": \"latteart\"}, \"Time\": {\"timestamp\": 1659726131}}}, \
               {\"string_map_data\": {\"Search\": {\"value\": \"tampere\"}, \"Time\": {\"timestamp\": 1659812531}}}]}",
        ),
        (
            events,
            "{\"event_type\": \"guild_viewed\", \"guild_size_total\": 38, \"timestamp\": \"2025-04-12T18:02:11.402Z\"}\n\
             {\"event_type\": \"channel_opened\", \"guild_size_total\": 41, \"timestamp\": \"2025-04-13T07:15:40.118Z\"}\n",
        ),
        (
            history,
            "{\"Two-Factor Authentication\": [\
               {\"Date\": \"2023-02-11 09:12:40 UTC\", \"Event\": \"Authentication App enabled\"}, \
               {\"Date\": \"2023-06-30 17:01:05 UTC\", \"Event\": \"SMS verification disabled\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                searches,
                "searches_hashtag[].string_map_data.Search.value",
                Some("Web Analytics"),
            ),
            (events, "guild_size_total", Some("Web Analytics")),
            (
                history,
                "Two-Factor Authentication[].Event",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// What a help desk lets its staff do, written on a customer's user record too, is the desk's
/// permissions, not the customer's data; their name and e-mail stay theirs.
#[test]
fn help_desk_staff_permissions_on_a_customer() {
    let file = "user.json";
    let rows = classified(&[(
        file,
        "{\"user\": {\"id\": 41873320117905, \"name\": \"Ilke Moerman\", \"email\": \"ilke@example.com\", \
           \"moderator\": false, \"restricted_agent\": true, \"ticket_restriction\": \"requested\", \
           \"only_private_comments\": false, \"report_csv\": false, \"shared_agent\": false}}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "user.email", Some("Contact Data/Identifiers")),
            (file, "user.restricted_agent", None),
            (file, "user.ticket_restriction", None),
            (file, "user.moderator", None),
        ],
    );
}

/// The model of the hardware an app ran on is the person's device, even among the columns of a
/// log of their clicks.
#[test]
fn hardware_model_in_a_click_log() {
    let file = "Apple Music Activity/Apple Music Click Activity.csv";
    let rows = classified(&[(
        file,
        "Event Date Time,Page Type,Target Type,Hardware Model,Subscription State\n\
         2025-03-02T08:11:12Z,Album,button,\"iPhone15,4\",Subscribed\n\
         2025-03-02T08:12:40Z,Search,link,\"iPad13,16\",Subscribed\n",
    )]);
    assert_categories(
        &rows,
        &[(file, "Hardware Model", Some("Device/IP Information"))],
    );
}

/// A section of the person's professional profile, with when it started and finished, is what
/// they typed about themselves, whatever the file is called.
#[test]
fn profile_sections_with_start_and_finish() {
    let file = "Projects.csv";
    let rows = classified(&[(
        file,
        "Title,Description,Url,Started On,Finished On\n\
         Sado pilot ladder audit,Checked 40 ladders,https://example.org/ladders,Mar 2021,Sep 2021\n\
         Night berthing drills,Trained two cadets,,Jan 2023,Jun 2023\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Title", Some("Contact Data/Identifiers")),
            (file, "Started On", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The status a paid plan goes through, with its date, is the plan's; the status of a mailing
/// list subscription is the person's choice about being contacted.
#[test]
fn paid_plan_status_and_mailing_status() {
    let plans = "Digital.Subscriptions/Subscriptions.csv";
    let mailing = "member.json";
    let rows = classified(&[
        (
            plans,
            "SubscriptionPlanId,SubscriptionStatus,SubscriptionStatusDate,NextBillAmount,BaseCurrencyCode\n\
             plan-audible-premium,Active,2025-02-04,7.99,GBP\n\
             plan-kindle-unlimited,Cancelled,2024-11-18,0,GBP\n",
        ),
        (
            mailing,
            "{\"email_address\": \"helina@example.org\", \"subscription_status\": \"subscribed\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (plans, "SubscriptionStatus", Some("Payment Information")),
            (plans, "SubscriptionStatusDate", Some("Payment Information")),
            (
                mailing,
                "subscription_status",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The address a connection shared with the person on a professional network is part of that
/// connection; an address in a list of contacts stays contact data.
#[test]
fn connection_email_addresses() {
    let connections = "Connections.csv";
    let contacts = "Contacts.csv";
    let rows = classified(&[
        (
            connections,
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
             Rui,Salgueiro,https://www.linkedin.com/in/rui-salgueiro,rui@example.org,Porto de Setúbal,Pilot,02 Mar 2021\n\
             Inês,Marques,https://www.linkedin.com/in/ines-marques,ines@example.net,APSS,Engineer,19 Jun 2022\n",
        ),
        (
            contacts,
            "FirstName,LastName,Emails\nRui,Salgueiro,rui@example.org\nInês,Marques,ines@example.net\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (connections, "Email Address", Some("Social Network Data")),
            (contacts, "Emails", Some("Contact Data/Identifiers")),
        ],
    );
}

/// A payment download written in Dutch or German is a payment download: its money columns, its
/// day-first dates and its address columns are read as their English names are.
#[test]
fn payment_download_in_dutch_and_german() {
    let dutch = "Download.CSV";
    let german = "paypal-de.csv";
    let rows = classified(&[
        (
            dutch,
            "\"Datum\",\"Tijd\",\"Valuta\",\"Bruto\",\"Kosten\",\"Net\",\"Saldo\",\"Adresregel 1\",\"Plaats\",\"Land\"\n\
             \"09-01-2026\",\"10:14:32\",\"EUR\",\"64,90\",\"-2,29\",\"62,61\",\"812,40\",\"Steenstraat 12\",\"Brugge\",\"België\"\n\
             \"16-01-2026\",\"08:02:11\",\"EUR\",\"-145,00\",\"0,00\",\"-145,00\",\"667,40\",\"Markt 3\",\"Gent\",\"België\"\n",
        ),
        (
            german,
            "\"Datum\",\"Uhrzeit\",\"Zeitzone\",\"Name\",\"Typ\",\"Status\",\"Währung\",\"Brutto\",\"Gebühr\",\"Netto\",\"Guthaben\"\n\
             \"12.09.2026\",\"10:00:00\",\"CEST\",\"Zalando SE\",\"PayPal Express-Zahlung\",\"Abgeschlossen\",\"EUR\",\"-49,95\",\"0,00\",\"-49,95\",\"0,00\"\n\
             \"13.09.2026\",\"11:30:00\",\"CEST\",\"Max Muster\",\"Allgemeine Zahlung\",\"Abgeschlossen\",\"EUR\",\"12,50\",\"-0,55\",\"11,95\",\"11,95\"\n",
        ),
    ]);
    let payment = Some("Payment Information");
    assert_categories(
        &rows,
        &[
            (dutch, "Datum", payment),
            (dutch, "Bruto", payment),
            (dutch, "Saldo", payment),
            (dutch, "Adresregel 1", Some("Contact Data/Identifiers")),
            (dutch, "Plaats", Some("Contact Data/Identifiers")),
            (german, "Brutto", payment),
            (german, "Währung", payment),
            (german, "Typ", payment),
        ],
    );
}

/// The product pages the person looked at in a shop are their use of it: the price shown there
/// is what they saw, not what they paid.
#[test]
fn product_pages_viewed_with_prices() {
    let file = "Additional Data/Request All Your Data.Detail Page Glance View Impressions/Request All Your Data.Detail Page Glance View Impressions.csv";
    let rows = classified(&[(
        file,
        "ASIN,creation_date,product_name,website_list_price,website_list_price_currency_code\n\
         B0CJ5K2QZ1,2025-03-02T08:11:12Z,Sable liner brush no. 2,14.99,GBP\n\
         B09X7L3M8D,2025-03-04T19:40:02Z,23.75 carat gold leaf book,38.50,GBP\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "website_list_price", Some("Web Analytics")),
            (file, "creation_date", Some("Web Analytics")),
        ],
    );
}

/// The person's votes in a podcast's polls and their answers to its questions are what they
/// shared with the show and its listeners.
#[test]
fn podcast_poll_votes_and_answers() {
    let polls = "Spotify Account Data/PodcastInteractivityVotedPollOption.json";
    let answers = "Spotify Account Data/PodcastInteractivityQAndA.json";
    let rows = classified(&[
        (
            polls,
            "{\"votedPollOptionResponses\": [{\"option\": \"Feltoptagelser\", \"question\": \"Hvad skal næste afsnit handle om?\"}, \
               {\"option\": \"Ja\", \"question\": \"Lytter du i bilen?\"}]}",
        ),
        (
            answers,
            "{\"qAndAResponses\": [{\"text\": \"Tak for afsnittet!\", \"repliedAt\": \"2024-01-03T20:14:37.512Z\"}, \
               {\"text\": \"Mere om lyd, tak\", \"repliedAt\": \"2024-02-11T08:01:02.000Z\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                polls,
                "votedPollOptionResponses[].option",
                Some("Social Network Data"),
            ),
            (
                answers,
                "qAndAResponses[].repliedAt",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// The shop's picture of a product the person bought is no picture of theirs; their own profile
/// photo is.
#[test]
fn product_pictures_are_not_the_persons() {
    let file = "transactions.json";
    let rows = classified(&[(
        file,
        "{\"data\": [\
           {\"id\": \"txn_01\", \"customer\": {\"avatar_url\": \"https://cdn.example.com/u/anouk.jpg\"}, \
            \"details\": {\"line_items\": [{\"product\": {\"name\": \"Pro plan\", \"image_url\": \"https://cdn.example.com/p/pro.png\"}, \"totals\": {\"total\": \"2400\"}}]}}, \
           {\"id\": \"txn_02\", \"customer\": {\"avatar_url\": \"https://cdn.example.com/u/anouk.jpg\"}, \
            \"details\": {\"line_items\": [{\"product\": {\"name\": \"Seats\", \"image_url\": \"https://cdn.example.com/p/seats.png\"}, \"totals\": {\"total\": \"800\"}}]}}]}",
    )]);
    assert_categories(
        &rows,
        &[(
            file,
            "data[].customer.avatar_url",
            Some("Other Visual Information"),
        )],
    );
    let product = row(&rows, file, "data[].details.line_items[].product.image_url");
    assert_ne!(
        product.category.as_deref(),
        Some("Other Visual Information"),
        "{}",
        product.evidence
    );
}

/// A payment download written in French or Spanish is a payment download too.
#[test]
fn payment_download_in_french_and_spanish() {
    let french = "Download.CSV";
    let spanish = "V7QK3ZP9WMLT2-CSR-20260101000000-20260331235959.CSV";
    let rows = classified(&[
        (
            french,
            "\"Date\",\"Heure\",\"Fuseau horaire\",\"Type\",\"État\",\"Devise\",\"Avant commission\",\"Commission\",\"Net\",\"Solde\",\"Pays\"\n\
             \"02/10/2025\",\"09:14:02\",\"CEST\",\"Paiement d'abonnement\",\"Terminé\",\"EUR\",\"-23,99\",\"0,00\",\"-23,99\",\"0,00\",\"France\"\n\
             \"05/10/2025\",\"18:40:11\",\"CEST\",\"Paiement sur site marchand\",\"Terminé\",\"EUR\",\"45,00\",\"-1,83\",\"43,17\",\"43,17\",\"Belgique\"\n",
        ),
        (
            spanish,
            "\"Fecha\",\"Hora\",\"Zona horaria\",\"Descripción\",\"Divisa\",\"Bruto\",\"Comisión\",\"Neto\",\"Saldo\"\n\
             \"12/1/2026\",\"10:02:44\",\"Europe/Berlin\",\"Pago recibido\",\"EUR\",\"320,00\",\"-11,23\",\"308,77\",\"308,77\"\n\
             \"3/2/2026\",\"16:20:05\",\"Europe/Berlin\",\"Pago enviado\",\"EUR\",\"-60,00\",\"0,00\",\"-60,00\",\"248,77\"\n",
        ),
    ]);
    let payment = Some("Payment Information");
    assert_categories(
        &rows,
        &[
            (french, "Avant commission", payment),
            (french, "Devise", payment),
            (french, "Heure", payment),
            (french, "Pays", Some("Contact Data/Identifiers")),
            (spanish, "Comisión", payment),
            (spanish, "Fecha", payment),
            (spanish, "Divisa", payment),
        ],
    );
}

/// A Swedish Takeout's watch history is a watch history: the channel named under a video
/// watched there is part of the person's use of YouTube.
#[test]
fn swedish_takeout_watch_history() {
    let file = "Takeout/YouTube och YouTube Music/historik/visningshistorik.json";
    let rows = classified(&[(
        file,
        "[{\"header\": \"YouTube\", \"title\": \"Tittade på Barkborrar i granskog\", \
           \"titleUrl\": \"https://www.youtube.com/watch?v=aaa\", \
           \"subtitles\": [{\"name\": \"Skogsbruk idag\", \"url\": \"https://www.youtube.com/channel/UC1\"}], \
           \"time\": \"2024-09-17T19:02:11.000Z\", \"products\": [\"YouTube\"]}, \
          {\"header\": \"YouTube\", \"title\": \"Tittade på Relaskop för nybörjare\", \
           \"titleUrl\": \"https://www.youtube.com/watch?v=bbb\", \
           \"subtitles\": [{\"name\": \"Skogskunskap\", \"url\": \"https://www.youtube.com/channel/UC2\"}], \
           \"time\": \"2024-09-18T06:40:55.000Z\", \"products\": [\"YouTube\"]}]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "subtitles[].name", Some("Web Analytics")),
            (file, "time", Some("Web Analytics")),
        ],
    );
}

/// German Takeout: the watch history's file name, a playlist video's timestamp and an
/// activity's latitude bounds are read as their English names are.
#[test]
fn german_takeout_history_playlist_and_fit() {
    let history = "Takeout/YouTube und YouTube Music/Verlauf/Wiedergabeverlauf.json";
    let playlist = "Takeout/YouTube und YouTube Music/Playlists/Chorproben-Videos.csv";
    let fit = "Takeout/Fit/Tägliche Aktivitätswerte/2025-09-14.csv";
    let rows = classified(&[
        (
            history,
            "[{\"header\": \"YouTube\", \"title\": \"Angesehen: Bienen im Winter\", \
               \"subtitles\": [{\"name\": \"Imkerei am Dörnberg\", \"url\": \"https://www.youtube.com/channel/UCt4\"}], \
               \"time\": \"2025-09-14T18:02:11.000Z\"}, \
              {\"header\": \"YouTube\", \"title\": \"Angesehen: Honig schleudern\", \
               \"subtitles\": [{\"name\": \"Imkerschule\", \"url\": \"https://www.youtube.com/channel/UCx9\"}], \
               \"time\": \"2025-09-15T06:40:55.000Z\"}]",
        ),
        (
            playlist,
            "Video-ID,Zeitstempel bei Erstellung des Playlist-Videos\n\
             Ta2nF6cVw8E,2025-03-02T19:14:33+00:00\nKq3vT8mRw2Y,2025-03-09T08:01:12+00:00\n",
        ),
        (
            fit,
            "Beginn,Ende,Minimaler Breitengrad (Grad),Maximaler Längengrad (Grad)\n\
             07:15:00.000+02:00,07:30:00.000+02:00,51.33718,12.38325\n\
             07:30:00.000+02:00,07:45:00.000+02:00,51.33801,12.38411\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (history, "subtitles[].name", Some("Web Analytics")),
            (
                playlist,
                "Zeitstempel bei Erstellung des Playlist-Videos",
                Some("Web Analytics"),
            ),
            (
                fit,
                "Minimaler Breitengrad (Grad)",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A device's part number is written with dashes like a phone number but is the device's.
#[test]
fn part_numbers_are_not_phone_numbers() {
    let file = "IT_DEVICE_AND_CONTENT/devicesandcontent.json";
    let rows = classified(&[(
        file,
        "{\"deviceAndContentInfo\": [{\"Devices\": [\
           {\"productDisplayName\": \"fēnix 7\", \"partNumber\": \"010-02540-00\", \"serialNumber\": \"3391447621\", \"deviceId\": 3391447621}, \
           {\"productDisplayName\": \"HRM-Pro\", \"partNumber\": \"010-12955-00\", \"serialNumber\": \"3392018850\", \"deviceId\": 3392018850}]}]}",
    )]);
    assert_categories(
        &rows,
        &[(
            file,
            "deviceAndContentInfo[].Devices[].partNumber",
            Some("Device/IP Information"),
        )],
    );
}

/// What a fitness watch's maker concludes from the person's workouts and nights (a training
/// status, a workout's effect label, sleep scores) is the company's conclusion about them.
#[test]
fn fitness_watch_conclusions() {
    let sleep = "DI_CONNECT/DI-Connect-Wellness/2026-01-29_2026-04-28_60384217_sleepData.json";
    let status = "DI_CONNECT/DI-Connect-Metrics/TrainingHistory_20250302_20250610_84127359.json";
    let rows = classified(&[
        (
            sleep,
            "[{\"calendarDate\": \"2026-04-27\", \"sleepScores\": {\"overallScore\": 81, \"qualityScore\": 77, \"feedback\": \"POSITIVE_DEEP\"}}, \
              {\"calendarDate\": \"2026-04-28\", \"sleepScores\": {\"overallScore\": 64, \"qualityScore\": 58, \"feedback\": \"NEGATIVE_SHORT\"}}]",
        ),
        (
            status,
            "[{\"calendarDate\": \"2025-06-09\", \"trainingStatus\": 4, \"trainingStatusFeedbackPhrase\": \"PRODUCTIVE_1\"}, \
              {\"calendarDate\": \"2025-06-10\", \"trainingStatus\": 5, \"trainingStatusFeedbackPhrase\": \"PEAKING_1\"}]",
        ),
    ]);
    let inference = Some("Inferences, Predictions and Tags Generated by Us");
    assert_categories(
        &rows,
        &[
            (sleep, "sleepScores.overallScore", inference),
            (status, "trainingStatus", inference),
        ],
    );
}

/// A fitness app's gear (bikes, shoes, a bike's components) is equipment of the person's
/// activities, and its account preferences are settings of their account.
#[test]
fn fitness_gear_and_preferences() {
    let bikes = "bikes.csv";
    let components = "components.csv";
    let preferences = "general_preferences.csv";
    let rows = classified(&[
        (
            bikes,
            "Bike Name,Bike Brand,Bike Model,Bike Default Sport Types\n\
             Gravel Groc,Orbea,Terra H30,Ride\nCarretera,Canyon,Endurace CF 7,Ride\n",
        ),
        (
            components,
            "Bike Name,Component Type,Component Brand,Component Model\n\
             Carretera,chain,Shimano,CN-M8100\nGravel Groc,tires,Schwalbe,G-One Bite\n",
        ),
        (
            preferences,
            "Athlete Type,Chart Preference,Measurement Preference\ncyclist,power,meters\n",
        ),
    ]);
    let metadata = Some("Geolocation and other metadata");
    assert_categories(
        &rows,
        &[
            (bikes, "Bike Brand", metadata),
            (components, "Component Model", metadata),
            (
                preferences,
                "Chart Preference",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The kind of a chat channel (`DM`, `GUILD_TEXT`) is the service's vocabulary, not the
/// person's data; the channel's name in a server stays part of the person's social network.
#[test]
fn chat_channel_kinds_are_not_data() {
    let dm = "Messages/c1187451427095897204/channel.json";
    let server = "Messages/c1150987654321098702/channel.json";
    let rows = classified(&[
        (
            dm,
            "{\"id\": \"1187451427095897204\", \"type\": \"DM\", \"recipients\": [\"1048680694022827222\", \"721666543978439913\"]}",
        ),
        (
            server,
            "{\"id\": \"1150987654321098702\", \"type\": \"GUILD_TEXT\", \"name\": \"raid-planning\", \
              \"guild\": {\"id\": \"1087650000000000800\", \"name\": \"Loomfall Guild Hall\"}}",
        ),
    ]);
    assert_categories(&rows, &[(dm, "type", None), (server, "type", None)]);
}

/// Whether the person starred something of theirs is a bookmark of their use; which audiobook
/// chapter a listening row played is their use too, even in rows where it is empty.
#[test]
fn starred_things_and_audiobook_rows() {
    let apps = "list-apps.json";
    let history = "Spotify Extended Streaming History/Streaming_History_Audio_2024.json";
    let rows = classified(&[
        (
            apps,
            "{\"apps\": [{\"id\": \"paineis-lisboa\", \"is_starred\": true, \"star_count\": 1}, \
               {\"id\": \"azulejo-drafts\", \"is_starred\": false, \"star_count\": 0}]}",
        ),
        (
            history,
            "[{\"ts\": \"2024-05-01T07:02:11Z\", \"ms_played\": 182000, \"master_metadata_track_name\": \"Elvesang\", \
               \"audiobook_title\": null, \"audiobook_chapter_uri\": null}, \
              {\"ts\": \"2024-05-01T07:05:40Z\", \"ms_played\": 90000, \"master_metadata_track_name\": \"Sjøbris\", \
               \"audiobook_title\": null, \"audiobook_chapter_uri\": null}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (apps, "apps[].is_starred", Some("Web Analytics")),
            (history, "audiobook_title", Some("Web Analytics")),
        ],
    );
}

/// A video history's song columns are null in every row and no song file names them, yet they
/// are what the listening history would hold: the person's use.
#[test]
fn empty_song_columns_of_a_video_history() {
    let videos = "Spotify Extended Streaming History/Streaming_History_Video_2022-2025.json";
    let rows = classified(&[(
        videos,
        "[{\"ts\": \"2024-05-01T07:02:11Z\", \"ms_played\": 182000, \"master_metadata_track_name\": null, \
           \"master_metadata_album_artist_name\": null, \"spotify_track_uri\": null, \
           \"episode_name\": \"Fjord Weather Notes\"}, \
          {\"ts\": \"2024-05-02T07:05:40Z\", \"ms_played\": 90000, \"master_metadata_track_name\": null, \
           \"master_metadata_album_artist_name\": null, \"spotify_track_uri\": null, \
           \"episode_name\": \"Harbour Lights\"}]",
    )]);
    assert_categories(
        &rows,
        &[
            (videos, "master_metadata_track_name", Some("Web Analytics")),
            (
                videos,
                "master_metadata_album_artist_name",
                Some("Web Analytics"),
            ),
            (videos, "spotify_track_uri", Some("Web Analytics")),
        ],
    );
}

/// When a paid plan's trial starts and ends, and why the person cancelled it, are the plan's,
/// even when never set (an always-empty field says only what its name says); a catalog price's
/// default trial length is the company's offer.
#[test]
fn trial_dates_and_cancellation_details() {
    let file = "subscriptions.json";
    let stays = "orders-details-accommodations.json";
    let rows = classified(&[
        (
            file,
            "{\"object\": \"list\", \"data\": [\
               {\"id\": \"sub_1\", \"status\": \"canceled\", \"trial_start\": null, \"trial_end\": null, \
                \"items\": {\"data\": [{\"price\": {\"unit_amount\": 2400, \"recurring\": {\"interval\": \"month\", \"trial_period_days\": 14}}}]}}, \
               {\"id\": \"sub_2\", \"status\": \"active\", \"trial_start\": null, \"trial_end\": null, \
                \"items\": {\"data\": [{\"price\": {\"unit_amount\": 900, \"recurring\": {\"interval\": \"month\", \"trial_period_days\": null}}}]}}]}",
        ),
        (
            stays,
            "{\"data\": [{\"hotel_name\": \"Hotel Nord\", \"cancellation_details\": \"Free cancellation until 2 May\"}, \
               {\"hotel_name\": \"Casa Azul\", \"cancellation_details\": \"Non-refundable\"}]}",
        ),
    ]);
    let payment = Some("Payment Information");
    assert_categories(
        &rows,
        &[
            (file, "data[].trial_start", payment),
            (stays, "data[].cancellation_details", payment),
        ],
    );
    let offer = row(
        &rows,
        file,
        "data[].items.data[].price.recurring.trial_period_days",
    );
    assert!(
        !offer.evidence.contains("trial period"),
        "{}",
        offer.evidence
    );
}

/// What a smart device at the person's home is fitted with, as its daily summary lists it, is
/// the device.
#[test]
fn smart_device_capabilities() {
    let file = "Takeout/Nest/thermostats/01AC52240R7K/2024/12/2024-12-summary.json";
    let rows = classified(&[(
        file,
        "{\"2024-12-10\": {\"systemCapabilities\": {\"hasHeatPump\": false, \"hasFan\": true, \"hasHumidifier\": true}}, \
          \"2024-12-11\": {\"systemCapabilities\": {\"hasHeatPump\": false, \"hasFan\": true, \"hasHumidifier\": true}}}",
    )]);
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|r| r.field.ends_with("systemCapabilities.hasHeatPump"))
        .collect();
    assert!(!rows.is_empty(), "hasHeatPump was not read");
    for r in &rows {
        assert_eq!(
            r.category.as_deref(),
            Some("Device/IP Information"),
            "{}: {}",
            r.field,
            r.evidence
        );
    }
}

/// Who may see what the person shares is a setting of their social account; whether a point of
/// an annotation is visible is part of the annotation.
#[test]
fn sharing_visibility_settings() {
    let profile = "DI_CONNECT/DI-Connect-User/runner@example.net-social-profile.json";
    let annotations = "annotations.json";
    let rows = classified(&[
        (
            profile,
            "{\"id\": 83392011, \"profileId\": 83392011, \"fullName\": \"Randi Voldsund\", \
              \"userName\": \"runner@example.net\", \"location\": \"Tromsø, Norway\", \
              \"profileVisibility\": \"following\", \"activityMapVisibility\": \"private\"}",
        ),
        (
            annotations,
            "{\"annotations\": [{\"data\": {\"regions\": [{\"region_info\": {\"point\": {\"row\": 0.4, \"col\": 0.2, \"visibility\": \"VISIBLE\"}}}]}}, \
               {\"data\": {\"regions\": [{\"region_info\": {\"point\": {\"row\": 0.6, \"col\": 0.3, \"visibility\": \"OCCLUDED\"}}}]}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[(profile, "profileVisibility", Some("Social Network Data"))],
    );
    let point = row(
        &rows,
        annotations,
        "annotations[].data.regions[].region_info.point.visibility",
    );
    assert_ne!(
        point.category.as_deref(),
        Some("Social Network Data"),
        "{}",
        point.evidence
    );
}

/// An app's bot account is the app's, not a person's: its username is no contact data, while a
/// person's username beside it still is.
#[test]
fn a_bots_username_is_not_a_persons() {
    let app = "Account/applications/1257093328471294012/application.json";
    let user = "Account/user.json";
    let rows = classified(&[
        (
            app,
            "{\"id\": \"1257093328471294012\", \"name\": \"Tide Tables\", \
              \"description\": \"Posts the day's tides\", \"bot_public\": true, \
              \"bot\": {\"id\": \"1257093328471294013\", \"username\": \"Tide Tables\", \
              \"discriminator\": \"4821\", \"bot\": true}}",
        ),
        (
            user,
            "{\"id\": \"1066205813348945111\", \"username\": \"marisol.tides\", \
              \"email\": \"marisol@example.com\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (app, "bot.username", None),
            (app, "name", None),
            (user, "username", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The language the device's system is set to is the device's; the person's chosen locale on a
/// profile stays where they are.
#[test]
fn a_devices_system_locale_is_the_devices() {
    let events = "Activity/analytics/events-2025-00000-of-00001.json";
    let rows = classified(&[(
        events,
        "{\"event_type\": \"app_opened\", \"event_id\": \"AQEBsw2x1\", \"os\": \"Windows\", \
          \"system_locale\": \"en-GB\", \"timestamp\": \"\\\"2025-03-02T10:14:22.118Z\\\"\"}\n\
         {\"event_type\": \"channel_opened\", \"event_id\": \"AQEBsw2x2\", \"os\": \"Windows\", \
          \"system_locale\": \"en-GB\", \"timestamp\": \"\\\"2025-03-02T10:15:02.511Z\\\"\"}\n",
    )]);
    assert_categories(
        &rows,
        &[(events, "system_locale", Some("Device/IP Information"))],
    );
}

/// How the person tends to travel, worked out from their movements, is location data the
/// platform derived, not a profile of their interests.
#[test]
fn travel_mode_affinities_are_derived_location_data() {
    let timeline = "Timeline.json";
    let rows = classified(&[(
        timeline,
        "{\"userLocationProfile\": {\"frequentPlaces\": [{\"placeId\": \"ChIJu46S-ZZhLxMROG5lkwZ3D7k\", \
           \"placeLocation\": \"41.9°, 12.5°\", \"label\": \"HOME\"}], \
           \"persona\": {\"travelModeAffinities\": [{\"mode\": \"WALKING\", \"affinity\": 0.61}, \
             {\"mode\": \"IN_TRAM\", \"affinity\": 0.27}]}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                timeline,
                "userLocationProfile.persona.travelModeAffinities[].mode",
                Some("Geolocation and other metadata"),
            ),
            (
                timeline,
                "userLocationProfile.persona.travelModeAffinities[].affinity",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// The country a bank account or a card was issued in is the payment method's; the billing
/// address beside it is the person's address.
#[test]
fn a_payment_instruments_country_is_payment_information() {
    let methods = "payment_methods.json";
    let rows = classified(&[(
        methods,
        "{\"object\": \"list\", \"data\": [{\"id\": \"pm_1QxSepaPorto01\", \"object\": \"payment_method\", \
           \"billing_details\": {\"address\": {\"city\": \"Porto\", \"country\": \"PT\", \
             \"line1\": \"Rua das Flores 12\", \"postal_code\": \"4050-262\"}, \
             \"email\": \"ines@example.com\", \"name\": \"Inês Barros\"}, \
           \"sepa_debit\": {\"bank_code\": \"37040044\", \"branch_code\": \"\", \"country\": \"DE\", \
             \"fingerprint\": \"Xq3vTnB0aQ7LkWzR\", \"last4\": \"3000\"}, \"type\": \"sepa_debit\"}], \
         \"has_more\": false}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                methods,
                "data[].sepa_debit.country",
                Some("Payment Information"),
            ),
            (
                methods,
                "data[].billing_details.address.country",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// Links to an app maker's privacy policy and terms describe the app's maker, not the person
/// who connected the app.
#[test]
fn links_to_legal_documents_are_not_personal_data() {
    let apps = "data/connected-application.js";
    let rows = classified(&[(
        apps,
        "window.YTD.connected_application.part0 = [\n  {\n    \"connectedApplication\" : {\n      \
           \"organization\" : {\n        \"name\" : \"Threadkeeper Ltd\",\n        \
           \"url\" : \"https://threadkeeper.example\",\n        \
           \"privacyPolicyUrl\" : \"https://threadkeeper.example/privacy\",\n        \
           \"termsAndConditionsUrl\" : \"https://threadkeeper.example/terms\"\n      },\n      \
           \"name\" : \"Threadkeeper\",\n      \"description\" : \"Saves threads\",\n      \
           \"permissions\" : [\"read\"],\n      \"approvedAt\" : \"2024-02-11T09:12:44.000Z\",\n      \
           \"id\" : \"28114731\"\n    }\n  }\n]",
    )]);
    assert_categories(
        &rows,
        &[
            (
                apps,
                "connectedApplication.organization.privacyPolicyUrl",
                None,
            ),
            (
                apps,
                "connectedApplication.organization.termsAndConditionsUrl",
                None,
            ),
        ],
    );
}

/// A list of an attribute's past values is named after the attribute: each `value` in
/// HubSpot's `propertiesWithHistory.jobtitle[]` is a job title the person had.
#[test]
fn a_history_of_values_is_named_after_its_attribute() {
    let history = "contact-properties-history.json";
    let rows = classified(&[(
        history,
        "{\"id\": \"51877301\", \"properties\": {\"email\": \"aoife@example.com\", \"jobtitle\": \"Head of ML\"}, \
          \"propertiesWithHistory\": {\"jobtitle\": [\
            {\"value\": \"Head of ML\", \"timestamp\": \"2025-03-11T09:02:11.512Z\", \"sourceType\": \"CRM_UI\"}, \
            {\"value\": \"ML Engineer\", \"timestamp\": \"2023-06-01T12:40:09.101Z\", \"sourceType\": \"FORM\"}]}}",
    )]);
    assert_categories(
        &rows,
        &[(
            history,
            "propertiesWithHistory.jobtitle[].value",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// The values of a name/value list take the category their labels name; a list whose labels
/// name different categories is left to its values.
#[test]
fn name_value_lists_are_named_by_their_labels() {
    let hardware = "logged_information/other_logged_information/detected_hardware.json";
    let mixed = "your_facebook_activity/other/mixed_details.json";
    let rows = classified(&[
        (
            hardware,
            "[{\"media\": [], \"label_values\": [\
               {\"label\": \"First detected\", \"timestamp_value\": 1710612161}, \
               {\"label\": \"Manufacturer\", \"value\": \"Samsung\"}, \
               {\"label\": \"Model\", \"value\": \"SM-A356B\"}, \
               {\"label\": \"Operating system\", \"value\": \"Android 15\"}], \
               \"fbid\": \"100079254318806\"}]",
        ),
        (
            mixed,
            "[{\"media\": [], \"label_values\": [\
               {\"label\": \"Email\", \"value\": \"wren@example.com\"}, \
               {\"label\": \"IP address\", \"value\": \"203.0.113.7\"}, \
               {\"label\": \"Notes\", \"value\": \"kept for a year\"}]}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[(
            hardware,
            "label_values[].value",
            Some("Device/IP Information"),
        )],
    );
    let split = row(&rows, mixed, "label_values[].value");
    assert!(
        !split.evidence.contains("labels beside"),
        "{}",
        split.evidence
    );
}

/// The e-books a person bought or borrowed are what their purchases and plans entitle them to.
#[test]
fn books_owned_and_borrowed_are_payment_information() {
    let borrows = "Digital.Borrows.1/Digital.Borrows.1.csv";
    let rows = classified(&[(
        borrows,
        "ASIN,ProductName,LoanCreationDate,LoanStatus,LoanProgram,EndDate\n\
         B0BXW4NZ7R,The Slate Quarry Murders,2024-06-22T17:05:30Z,Returned,KindleUnlimited,2024-07-19T08:02:44Z\n\
         B0C1QF2M8D,Estuary Birds of Wales,2024-08-02T20:11:09Z,Active,KindleUnlimited,\n",
    )]);
    assert_categories(
        &rows,
        &[
            (borrows, "LoanCreationDate", Some("Payment Information")),
            (borrows, "LoanStatus", Some("Payment Information")),
        ],
    );
}

/// A status among the person's settings is the one they show to others, not the service's own
/// status: Discord's custom status is a setting of their social account.
#[test]
fn a_status_among_settings_is_the_persons() {
    let user = "Account/user.json";
    let rows = classified(&[(
        user,
        "{\"id\": \"1066205813348945111\", \"username\": \"noemie.curls\", \"email\": \"noemie@example.com\", \
          \"relationships\": [{\"id\": \"898030475674052300\", \"type\": 1, \"nickname\": null, \
            \"user\": {\"id\": \"898030475674052300\", \"username\": \"sweeper.jo\"}}], \
          \"settings\": {\"settings\": {\"status\": {\"status\": \"online\", \
            \"customStatus\": {\"text\": \"Skipping Tues league\", \"emojiName\": \"🥌\"}}}}}",
    )]);
    assert_categories(
        &rows,
        &[(
            user,
            "settings.settings.status.customStatus.text",
            Some("Social Network Data"),
        )],
    );
}

/// The sections of a friends file say whom they list, even when they are empty.
#[test]
fn empty_sections_of_a_friends_file_are_social() {
    let friends = "json/friends.json";
    let rows = classified(&[(
        friends,
        "{\"Friends\": [{\"Username\": \"ewan.mcr\", \"Display Name\": \"Ewan\", \
           \"Creation Timestamp\": \"2024-02-11 09:12:44 UTC\", \"Source\": \"Added by search\"}], \
          \"Blocked Users\": [], \"Hidden Friend Suggestions\": [], \"Ignored Snapchatters\": []}",
    )]);
    assert_categories(
        &rows,
        &[
            (friends, "Blocked Users", Some("Social Network Data")),
            (
                friends,
                "Hidden Friend Suggestions",
                Some("Social Network Data"),
            ),
            (friends, "Ignored Snapchatters", Some("Social Network Data")),
        ],
    );
}

/// Instant-messaging handles and a phone number's extension are ways to reach the person; a
/// page named among the metadata they attached to a picture is metadata of the picture.
#[test]
fn messenger_handles_extensions_and_metadata_pages() {
    let profile = "Profile.csv";
    let phones = "PhoneNumbers.csv";
    let inputs = "list-inputs.json";
    let rows = classified(&[
        (
            profile,
            "First Name,Last Name,Headline,Instant Messengers,Websites\n\
             Aroha,Tane,Fisheries ecologist,[SKYPE:aroha.t],[PERSONAL:https://aroha.example.org]\n",
        ),
        (
            phones,
            "Extension,Number,Type\n,+64 3 555 0142,Mobile\n12,+64 3 555 0177,Work\n",
        ),
        (
            inputs,
            "{\"status\": {\"code\": 10000}, \"inputs\": [{\"id\": \"dance-2026-01\", \"data\": {\
               \"image\": {\"url\": \"https://samples.example.com/dance-01.jpg\"}, \
               \"metadata\": {\"source_page\": \"https://hoysound.example.com/gallery/2026-01-24\"}}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                profile,
                "Instant Messengers",
                Some("Contact Data/Identifiers"),
            ),
            (phones, "Extension", Some("Contact Data/Identifiers")),
            (
                inputs,
                "inputs[].data.metadata.source_page",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A phone's location-reporting switch is a setting of the device; the posts a person saved
/// are items of their use; Spotify's taste-maker flag is its conclusion about them; the kind
/// of an identifier is the format's word.
#[test]
fn device_reporting_saved_posts_taste_makers_and_identifier_kinds() {
    let settings = "Takeout/Location History (Timeline)/Settings.json";
    let saved = "your_instagram_activity/saved/saved_posts.json";
    let identity = "Spotify Account Data/Identity.json";
    let identifiers = "Spotify Account Data/Identifiers.json";
    let rows = classified(&[
        (
            settings,
            "{\"createdTime\": \"2019-04-02T10:11:12.000Z\", \"deviceSettings\": [{\
               \"deviceTag\": 1283947112, \"reportingEnabled\": true, \"devicePrettyName\": \"Pixel 8a\", \
               \"platformType\": \"ANDROID\", \"deviceCreationTime\": \"2024-05-01T08:00:00.000Z\", \
               \"latestLocationReportingSettingChange\": {\"reportingEnabledModificationTime\": \"2024-05-01T08:02:11.000Z\"}, \
               \"androidOsLevel\": 34}]}",
        ),
        (
            saved,
            "{\"saved_saved_media\": [{\"title\": \"kiln.corner\", \"string_map_data\": {\"Saved on\": \
               {\"href\": \"https://www.instagram.com/p/C4x1example/\", \"timestamp\": 1711990234}}}, \
               {\"title\": \"glass.daily\", \"string_map_data\": {\"Saved on\": \
               {\"href\": \"https://www.instagram.com/p/C5y2example/\", \"timestamp\": 1712990234}}}]}",
        ),
        (
            identity,
            "{\"displayName\": \"Amina\", \"firstName\": \"Amina\", \"lastName\": \"Said\", \
              \"tasteMaker\": false, \"imageUrl\": \"https://i.scdn.co/image/ab67example\"}",
        ),
        (
            identifiers,
            "{\"identifierType\": \"email\", \"identifierValue\": \"amina@example.com\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                settings,
                "deviceSettings[].latestLocationReportingSettingChange.reportingEnabledModificationTime",
                Some("Device/IP Information"),
            ),
            (saved, "saved_saved_media[].title", Some("Web Analytics")),
            (
                identity,
                "tasteMaker",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (identifiers, "identifierType", None),
        ],
    );
}

/// Snapchat's profile and Bitmoji files name their sections for what they hold, even empty:
/// where the platform places the person, what it files them under, where they shared, their
/// searches, selfies and support cases; and a device token's last sighting is the device's.
#[test]
fn snapchat_profile_sections_and_device_token_sightings() {
    let profile = "json/user_profile.json";
    let bitmoji = "json/bitmoji.json";
    let token = "data/device-token.js";
    let rows = classified(&[
        (
            profile,
            "{\"App Profile\": {\"Country\": \"GB\", \"Creation Time\": \"2017-08-26 10:02:11 UTC\", \
               \"Account Creation Country\": \"GB\"}, \
              \"Geographic Information\": [], \
              \"Interest Categories\": [\"Arts & Culture\"], \"Content Categories\": [\"Crafting & DIY\"], \
              \"Off-Platform Sharing\": [{\"Date\": \"2026-01-02 10:00:00 UTC\", \"Share Destination\": \"Camera Roll\"}, \
                {\"Date\": \"2026-01-09 18:20:00 UTC\", \"Share Destination\": \"WhatsApp\"}]}",
        ),
        (
            bitmoji,
            "{\"Basic Information\": {\"Avatar Id\": \"a1b2c3\", \"Account Creation Date\": \"2018-01-02\"}, \
              \"Search History\": [], \"Selfies\": [], \"Support Cases\": []}",
        ),
        (
            token,
            "window.YTD.device_token.part0 = [{\"deviceToken\": {\"clientApplicationId\": \"258901\", \
               \"token\": \"cD3xExampleTokenValue\", \"createdAt\": \"2024-03-01T10:00:00.000Z\", \
               \"lastSeenAt\": \"2025-04-20T08:15:00.000Z\", \"clientApplicationName\": \"Twitter for Android\"}}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                profile,
                "Geographic Information",
                Some("Geolocation and other metadata"),
            ),
            (
                profile,
                "Content Categories",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (
                profile,
                "Off-Platform Sharing[].Share Destination",
                Some("Web Analytics"),
            ),
            (bitmoji, "Search History", Some("Web Analytics")),
            (bitmoji, "Selfies", Some("Other Visual Information")),
            (bitmoji, "Support Cases", Some("Contact Data/Identifiers")),
            (
                token,
                "deviceToken.lastSeenAt",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// A price's nickname names the price, not a person; a mailing tool's rating of the person's
/// engagement is its conclusion about them.
#[test]
fn price_nicknames_and_member_ratings() {
    let subscriptions = "stripe/subscriptions.json";
    let member = "mailchimp/member.json";
    let rows = classified(&[
        (
            subscriptions,
            "{\"object\": \"list\", \"data\": [{\"id\": \"sub_1QxExample\", \"object\": \"subscription\", \
               \"customer\": \"cus_RkExample\", \"status\": \"active\", \"items\": {\"object\": \"list\", \"data\": [{\
                 \"id\": \"si_RkExample\", \"price\": {\"id\": \"price_1QxExample\", \"nickname\": \"Community monthly\", \
                 \"unit_amount\": 3000, \"currency\": \"gbp\"}, \"quantity\": 1}]}}], \"has_more\": false}",
        ),
        (
            member,
            "{\"id\": \"8f1c9e2b3a\", \"email_address\": \"isla@example.com\", \"status\": \"subscribed\", \
              \"merge_fields\": {\"FNAME\": \"Isla\", \"LNAME\": \"Rendall\"}, \"member_rating\": 4, \
              \"last_changed\": \"2026-02-01T10:00:00+00:00\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                subscriptions,
                "data[].items.data[].price.nickname",
                Some("Payment Information"),
            ),
            (
                member,
                "member_rating",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
        ],
    );
}

/// The films and seasons a person bought or rented are purchases.
#[test]
fn purchases_and_rentals_are_payment_information() {
    let rentals = "Prime Video/Purchases/Purchases and Rentals.csv";
    let rows = classified(&[(
        rentals,
        "Title,Offer Type,Grant Time,Rental Expiry Time,Quality,Territory\n\
         \"Smokejumpers\",\"RENTAL\",2025-08-02 03:11:09 UTC,2025-08-04 03:11:09 UTC,\"HD\",\"US\"\n\
         \"Ridge Lines: Season 1\",\"PURCHASE\",2025-09-14 20:40:00 UTC,,\"UHD\",\"US\"\n",
    )]);
    assert_categories(
        &rows,
        &[
            (rentals, "Grant Time", Some("Payment Information")),
            (rentals, "Rental Expiry Time", Some("Payment Information")),
        ],
    );
}

/// The parts of an address-book entry are contact data even when every row leaves them
/// empty; a data vendor's key of a CRM record is not the person's id.
#[test]
fn address_book_parts_and_data_vendor_keys() {
    let group = "Takeout/Contacts/Fiddle students/Fiddle students.csv";
    let lead = "Lead.csv";
    let rows = classified(&[
        (
            group,
            "First Name,Last Name,Name Prefix,Name Suffix,File As,Organization Title,Organization Department,E-mail 1 - Value\n\
             Aoife,Kelly,,,,,,aoife@example.com\nRory,Walsh,,,,,,rory@example.org\n",
        ),
        (
            lead,
            "\"Id\",\"FirstName\",\"LastName\",\"Suffix\",\"Email\",\"JigsawContactId\"\n\
             \"00QJ8000007pX2aMAE\",\"Elowen\",\"Tregarthen\",\"\",\"elowen@example.com\",\"\"\n\
             \"00QJ8000007pX2bMAE\",\"Elowen\",\"Tregarthen\",\"\",\"elowen@example.org\",\"8812734\"\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (group, "Name Prefix", Some("Contact Data/Identifiers")),
            (group, "File As", Some("Contact Data/Identifiers")),
            (
                group,
                "Organization Department",
                Some("Contact Data/Identifiers"),
            ),
            (lead, "Suffix", Some("Contact Data/Identifiers")),
            (lead, "JigsawContactId", None),
        ],
    );
}

/// A notification setting about the person's videos is a setting of their social account, not
/// a picture.
#[test]
fn notification_settings_about_videos_are_no_pictures() {
    let data = "user_data_tiktok.json";
    let rows = classified(&[(
        data,
        "{\"Profile And Settings\": {\"Settings\": {\"SettingsMap\": {\
           \"Allow DownLoad\": \"On\", \"Who Can Send Messages To You\": \"Friends\", \
           \"Push Notification\": {\"New Likes on My Video\": \"Off\", \"New Comments on My Video\": \"Default\"}}}}, \
          \"Your Activity\": {\"Following\": {\"Following\": [{\"Date\": \"2025-03-01 10:00:00\", \"UserName\": \"picanteria.cook\"}]}}}",
    )]);
    let row = row(
        &rows,
        data,
        "Profile And Settings.Settings.SettingsMap.Push Notification.New Likes on My Video",
    );
    assert_ne!(
        row.category.as_deref(),
        Some("Other Visual Information"),
        "{}",
        row.evidence
    );
}

/// A record's links to other records (HubSpot's `associations`) say what those records are,
/// not what the record is: a deal linked to a contact is still a deal.
#[test]
fn links_to_other_records_do_not_name_a_record() {
    let deal = "crm/objects/2026-09/deals/58210937714.json";
    let rows = classified(&[(
        deal,
        "{\"id\": \"58210937714\", \"properties\": {\"amount\": \"4800\", \"deal_currency_code\": \"GBP\", \
           \"dealname\": \"Carrick Roads Marine Imaging - Professional annual\", \"dealstage\": \"closedwon\", \
           \"closedate\": \"2026-07-02T15:30:00Z\", \"hs_deal_stage_probability\": \"1\", \"pipeline\": \"default\"}, \
          \"createdAt\": \"2026-05-21T09:14:37.512Z\", \"updatedAt\": \"2026-07-02T15:31:48.907Z\", \"archived\": false, \
          \"associations\": {\
            \"contacts\": {\"results\": [{\"id\": \"204815530917\", \"type\": \"deal_to_contact\"}]}, \
            \"companies\": {\"results\": [{\"id\": \"18800371201\", \"type\": \"deal_to_company\"}]}, \
            \"tickets\": {\"results\": [{\"id\": \"39120558203\", \"type\": \"deal_to_ticket\"}]}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (deal, "properties.dealname", Some("Payment Information")),
            (deal, "properties.closedate", Some("Payment Information")),
        ],
    );
}

/// Facebook's log of logins and logouts is about the person's devices and sessions; the
/// e-mail addresses and numbers they confirmed are their contact details.
#[test]
fn facebook_logins_and_contact_verifications() {
    let logins = "security_and_login_information/logins_and_logouts.json";
    let verifications = "personal_information/email_address_verifications.json";
    let rows = classified(&[
        (
            logins,
            "{\"account_accesses_v2\": [\
               {\"action\": \"Login\", \"timestamp\": 1769670849, \"site\": \"www.facebook.com\", \"ip_address\": \"203.0.113.41\"}, \
               {\"action\": \"Logout\", \"timestamp\": 1769674449, \"site\": \"m.facebook.com\", \"ip_address\": \"203.0.113.41\"}]}",
        ),
        (
            verifications,
            "{\"contact_verifications_v2\": [\
               {\"contact\": \"tsvetelina@example.com\", \"contact_type\": 2, \"verification_time\": 1710612161}, \
               {\"contact\": \"tsvetelina@example.org\", \"contact_type\": 2, \"verification_time\": 1720612161}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                logins,
                "account_accesses_v2[].action",
                Some("Device/IP Information"),
            ),
            (
                verifications,
                "contact_verifications_v2[].verification_time",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The person's own Facebook id at the top of Meta's files is their identifier, whatever the
/// file is about: places, ad personalization or activity do not recast it.
#[test]
fn the_persons_fbid_is_their_identifier() {
    let places = "your_facebook_activity/other_activity/places_you_have_been_tagged_in.json";
    let consent = "ads_information/ads_personalization_consent.json";
    let rows = classified(&[
        (
            places,
            "[{\"media\": [], \"label_values\": [{\"label\": \"Place\", \"value\": \"Plovdiv Old Town\"}, \
               {\"label\": \"Tagged on\", \"timestamp_value\": 1711990234}], \"fbid\": \"100079254318806\"}]",
        ),
        (
            consent,
            "{\"media\": [], \"label_values\": [{\"ent_field_name\": \"consent_choice\", \"label\": \"Consent choice\", \
               \"value\": \"Allowed\"}], \"fbid\": \"100079254318806\", \"ent_name\": \"Ads personalization consent\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (places, "fbid", Some("Contact Data/Identifiers")),
            (consent, "fbid", Some("Contact Data/Identifiers")),
        ],
    );
}

/// Words of the names that several platforms' files share: the device a health row came from,
/// where a picture came from, the person's id in an app they connected, and their support
/// history.
#[test]
fn health_devices_picture_sources_app_scoped_ids_and_support_history() {
    let health = "com.samsung.shealth.tracker.pedometer_step_count.20250314091522.csv";
    let photo =
        "Takeout/Google Photos/Photos from 2025/IMG_20250402_101112.jpg.supplemental-metadata.json";
    let apps = "apps_and_websites_off_of_facebook/connected_apps_and_websites.json";
    let profile = "personal_information/personal_information/personal_information.json";
    let tiktok = "user_data_tiktok.json";
    let rows = classified(&[
        (
            health,
            "com.samsung.health.step_count\n\
             create_time,deviceuuid,count,start_time\n\
             2025-03-14 09:15:22.000,Wk3vT9pLq2Wm8ZcN,4210,2025-03-14 09:00:00.000\n\
             2025-03-14 10:15:22.000,Wk3vT9pLq2Wm8ZcN,1180,2025-03-14 10:00:00.000\n",
        ),
        (
            photo,
            "{\"title\": \"IMG_20250402_101112.jpg\", \"photoTakenTime\": {\"timestamp\": \"1743588672\"}, \
              \"googlePhotosOrigin\": {\"mobileUpload\": {\"deviceFolder\": {\"localFolderName\": \"Camera\"}, \
              \"deviceType\": \"ANDROID_PHONE\"}}}",
        ),
        (
            apps,
            "{\"installed_apps_v2\": [{\"name\": \"Spotify\", \"added_timestamp\": 1711990234, \
               \"user_app_scoped_id\": 1209934857763124, \"category\": \"active\"}]}",
        ),
        (
            profile,
            "{\"profile_user\": [{\"media_map_data\": {\"Profile Photo\": {\"uri\": \"media/profile/202504/photo.jpg\", \
               \"creation_timestamp\": 1743588672, \"cross_post_source\": {\"source_app\": \"FB\"}}}, \
               \"string_map_data\": {\"Username\": {\"href\": \"\", \"value\": \"icon.painter\", \"timestamp\": 0}}}]}",
        ),
        (
            tiktok,
            "{\"Profile\": {\"Profile Info\": {\"ProfileMap\": {\"userName\": \"picanteria.cook\"}}}, \
              \"Customer Support\": {\"Customer Support History\": {\"CustomerSupportHistories\": []}}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (health, "deviceuuid", Some("Device/IP Information")),
            (
                photo,
                "googlePhotosOrigin.mobileUpload.deviceFolder.localFolderName",
                Some("Geolocation and other metadata"),
            ),
            (
                apps,
                "installed_apps_v2[].user_app_scoped_id",
                Some("Social Network Data"),
            ),
            (
                profile,
                "profile_user[].media_map_data.Profile Photo.cross_post_source.source_app",
                Some("Geolocation and other metadata"),
            ),
            (
                tiktok,
                "Customer Support.Customer Support History.CustomerSupportHistories",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A Kindle reading session is time spent reading, not a sign-in; what the person said to a
/// voice assistant is their use of it.
#[test]
fn reading_sessions_and_voice_utterances_are_use() {
    let sessions = "Kindle.reading-insights-sessions_with_adjustments/Kindle.reading-insights-sessions_with_adjustments.csv";
    let alexa = "Additional Data/Alexa/Alexa/NLU/Intent-2-1.csv";
    let rows = classified(&[
        (
            sessions,
            "start_time,end_time,ASIN,product_name,total_reading_milliseconds\n\
             2025-05-14T22:10:05.400Z,2025-05-14T23:02:41Z,B0DJ4KQ8VT,Slack Tide,3142600.0\n\
             2025-05-15T21:00:00.000Z,2025-05-15T21:40:00Z,B0DJ4KQ8VT,Slack Tide,2400000.0\n",
        ),
        (
            alexa,
            "Utterance text,Utterance Creation Date,Currently Playing Song\n\
             alexa when is high tide in halifax,2025-11-03T10:41:07.512Z,Not Available\n\
             alexa play the shipping forecast,2025-11-04T07:02:11.101Z,Not Available\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (sessions, "start_time", Some("Web Analytics")),
            (alexa, "Utterance text", Some("Web Analytics")),
        ],
    );
}

/// The region an account is registered in places the person.
#[test]
fn an_accounts_region_is_geolocation() {
    let data = "user_data_tiktok.json";
    let rows = classified(&[(
        data,
        "{\"Profile And Settings\": {\"Profile Info\": {\"ProfileMap\": {\"userName\": \"aurora.sunniva\", \
           \"accountRegion\": \"NO\", \"bioDescription\": \"Northern lights guide\"}}}}",
    )]);
    assert_categories(
        &rows,
        &[(
            data,
            "Profile And Settings.Profile Info.ProfileMap.accountRegion",
            Some("Geolocation and other metadata"),
        )],
    );
}

/// The lists a person made or is on and the accounts they muted are part of their social
/// graph.
#[test]
fn lists_and_muted_accounts_are_social() {
    let lists = "data/lists-created.js";
    let mute = "data/mute.js";
    let rows = classified(&[
        (
            lists,
            "window.YTD.lists_created.part0 = [\n  {\n    \"userListInfo\" : {\n      \
               \"url\" : \"https://twitter.com/i/lists/1901234567890123456\"\n    }\n  },\n  {\n    \
               \"userListInfo\" : {\n      \"url\" : \"https://twitter.com/i/lists/1901234567890123457\"\n    }\n  }\n]",
        ),
        (
            mute,
            "window.YTD.mute.part0 = [\n  {\n    \"muting\" : {\n      \"accountId\" : \"1456789012345678901\",\n      \
               \"userLink\" : \"https://twitter.com/intent/user?user_id=1456789012345678901\"\n    }\n  }\n]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (lists, "userListInfo.url", Some("Social Network Data")),
            (mute, "muting.accountId", Some("Social Network Data")),
        ],
    );
}

/// The company's own registered name on an invoice is the seller, not the person.
#[test]
fn the_companys_name_on_an_invoice_is_not_the_persons() {
    let invoices = "stripe/invoices.json";
    let rows = classified(&[(
        invoices,
        "{\"object\": \"list\", \"data\": [{\"id\": \"in_1QxExample\", \"object\": \"invoice\", \
           \"account_name\": \"Clarifai, Inc.\", \"customer_name\": \"Isla Rendall-Okonjo\", \
           \"customer_email\": \"isla@example.com\", \"amount_due\": 3600, \"currency\": \"gbp\"}], \"has_more\": false}",
    )]);
    assert_categories(
        &rows,
        &[
            (invoices, "data[].account_name", None),
            (
                invoices,
                "data[].customer_name",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// GraphQL's `__typename` names a type of the API's schema, and a card network's answer to an
/// address check is no address.
#[test]
fn graphql_type_names_and_address_check_answers() {
    let search = "braintree/graphql/search-transactions.json";
    let rows = classified(&[(
        search,
        "{\"data\": {\"search\": {\"transactions\": {\"edges\": [{\"node\": {\"id\": \"dHJhbnNhY3Rpb25fMQ\", \
           \"amount\": {\"value\": \"49.00\", \"currencyCode\": \"USD\"}, \
           \"paymentMethodSnapshot\": {\"__typename\": \"CreditCardDetails\", \"last4\": \"4242\"}, \
           \"statusHistory\": [{\"__typename\": \"AuthorizedEvent\", \"status\": \"AUTHORIZED\", \
             \"processorResponse\": {\"avsPostalCodeResponse\": \"MATCHES\", \"avsStreetAddressResponse\": \"MATCHES\"}}]}}]}}}}",
    )]);
    let type_name = row(
        &rows,
        search,
        "data.search.transactions.edges[].node.paymentMethodSnapshot.__typename",
    );
    assert_eq!(type_name.category, None, "{}", type_name.evidence);
    let avs = row(
        &rows,
        search,
        "data.search.transactions.edges[].node.statusHistory[].processorResponse.avsPostalCodeResponse",
    );
    assert_ne!(
        avs.category.as_deref(),
        Some("Contact Data/Identifiers"),
        "{}",
        avs.evidence
    );
}

/// The metadata of a message describes the message, while a picture's metadata stays metadata
/// of the picture, in the same thread.
#[test]
fn a_messages_metadata_is_the_messages() {
    let thread = "your_facebook_activity/messages/inbox/giorgis_10163958217704452/message_1.json";
    let rows = classified(&[(
        thread,
        "{\"participants\": [{\"name\": \"Giorgis\"}, {\"name\": \"Elpida\"}], \"messages\": [\
           {\"sender_name\": \"Giorgis\", \"timestamp_ms\": 1770925217512, \"content\": \"See you Saturday\", \
            \"bumped_message_metadata\": {\"bumped_message\": \"Is mum asking about Anogeia?\", \"is_bumped\": true}}, \
           {\"sender_name\": \"Elpida\", \"timestamp_ms\": 1770925081000, \
            \"photos\": [{\"uri\": \"your_facebook_activity/messages/inbox/giorgis_10163958217704452/photos/1.jpg\", \
              \"creation_timestamp\": 1770925081, \"media_metadata\": {\"photo_metadata\": {\"exif_data\": [{\"taken_timestamp\": 1770920000}]}}}]}], \
         \"title\": \"Giorgis\", \"is_still_participant\": true, \"thread_path\": \"inbox/giorgis_10163958217704452\"}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                thread,
                "messages[].bumped_message_metadata.bumped_message",
                Some("Social Network Data"),
            ),
            (
                thread,
                "messages[].photos[].media_metadata.photo_metadata.exif_data[].taken_timestamp",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// The age a person's profile states is theirs (X writes it as a list of one); the age X worked
/// out is its inference, and the age of a deal in a CRM is the deal's.
#[test]
fn a_stated_age_is_the_persons_an_inferred_one_is_not() {
    let rows = classified(&[
        (
            "data/ageinfo.js",
            "window.YTD.ageinfo.part0 = [{\"ageMeta\": {\"ageInfo\": {\"age\": [\"52\"], \"birthDate\": \"1973-10-08\"}}}]",
        ),
        (
            "data/personalization.js",
            "window.YTD.personalization.part0 = [{\"p13nData\": {\"inferredAgeInfo\": {\"age\": [\"13-54\"], \"birthDate\": \"\"}}}]",
        ),
        (
            "deals.json",
            "{\"deals\": [{\"id\": 16000688412, \"name\": \"Enterprise annual\", \"amount\": \"96000.0\", \"age\": 41}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                "data/ageinfo.js",
                "ageMeta.ageInfo.age",
                Some("Contact Data/Identifiers"),
            ),
            (
                "data/personalization.js",
                "p13nData.inferredAgeInfo.age",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
        ],
    );
    assert_ne!(
        row(&rows, "deals.json", "deals[].age").category.as_deref(),
        Some("Contact Data/Identifiers")
    );
}

/// How often a video's annotation track keeps a frame, and after how long a deployment mails
/// its reminder, are settings of the service's objects: neither the track's content nor an
/// address.
#[test]
fn a_tracks_sample_rate_and_a_reminders_delay_are_settings() {
    let tracks = "list-annotation-tracks.json";
    let deployments = "list-deployments.json";
    let rows = classified(&[
        (
            tracks,
            "{\"status\": {\"code\": 10000}, \"annotation_tracks\": [{\"id\": \"trk-1\", \"input_id\": \"in-1\", \
              \"concept\": {\"id\": \"stone-red\", \"name\": \"stone-red\", \"value\": 1}, \"status\": {\"code\": 24150}, \
              \"start_frame_nr\": 0, \"end_frame_nr\": 40, \"sample_rate_ms\": 200, \"sample_rate_frame\": 5}]}",
        ),
        (
            deployments,
            "{\"deployments\": [{\"id\": \"deploy-1\", \"user_id\": \"catriona_rq\", \"email_reminder_after\": \"43200s\", \
              \"autoscale_config\": {\"min_replicas\": 1}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (tracks, "annotation_tracks[].sample_rate_ms", None),
            (tracks, "annotation_tracks[].sample_rate_frame", None),
            (deployments, "deployments[].email_reminder_after", None),
        ],
    );
}

/// The kind of ticket a help desk set up (Intercom's `ticket_type`, with its form's attributes)
/// is the desk's setup, not the person's; and a screenshot attached to a ticket about billing
/// keeps its size as the file's metadata.
#[test]
fn a_help_desks_ticket_type_is_its_setup() {
    let ticket = "intercom/tickets/4417.json";
    let rows = classified(&[(
        ticket,
        r#"{"type": "ticket", "id": "4417", "ticket_id": "612", "ticket_attributes": {"_default_title_": "Charged for 61 GPU node-hours while my d", "_default_description_": "Hello - my March invoice has a dedicated", "Deployment ID": "deploy-stone-tracker-rinkcam"}, "ticket_state": {"type": "ticket_state", "id": "8541", "category": "resolved", "internal_label": "Resolved", "external_label": "Resolved"}, "ticket_type": {"type": "ticket_type", "id": "61", "name": "Billing question", "description": "Questions about invoices, charges, refun", "icon": "card", "workspace_id": "k3v9xq2m", "archived": false, "created_at": 1719245871, "updated_at": 1740581327, "is_internal": false, "ticket_type_attributes": {"type": "list", "data": [{"type": "ticket_type_attribute", "id": "402", "workspace_id": "k3v9xq2m", "name": "_default_title_", "description": "", "data_type": "string", "input_options": null, "order": 0, "required_to_create": false, "required_to_create_for_contacts": true, "visible_on_create": true, "visible_to_contacts": true, "default": true, "ticket_type_id": 61, "archived": false, "created_at": 1719245871, "updated_at": 1740581327}]}, "category": "Customer"}, "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": "67b2e4c91f0a3d58e6c07a12", "external_id": "catriona_rq"}]}, "admin_assignee_id": 8123456, "team_assignee_id": 7340012, "created_at": 1772539512, "updated_at": 1772713866, "ticket_parts": {"type": "ticket_part.list", "ticket_parts": [{"type": "ticket_part", "id": "21730448", "part_type": "comment", "body": "<p>Screenshot of the usage page attached", "created_at": 1772539512, "updated_at": 1772539512, "author": {"id": "67b2e4c91f0a3d58e6c07a12", "type": "user", "name": "Catriona Rattray-Quaye", "email": "catriona.rq@example.org"}, "attachments": [{"type": "upload", "name": "usage-rinkcam-l4-weekend.png", "url": "https://downloads.intercomcdn.example/i/", "content_type": "image/png", "filesize": 184226, "width": 1440, "height": 812}], "redacted": false}], "total_count": 5}, "open": false, "linked_objects": {"type": "list", "data": [{"type": "conversation", "id": "215473300198452", "category": null}], "total_count": 1, "has_more": false}, "category": "Customer", "is_shared": true, "previous_ticket_state_id": "8539"}"#,
    )]);
    assert_categories(
        &rows,
        &[
            (ticket, "ticket_type.description", None),
            (ticket, "ticket_type.created_at", None),
            (ticket, "ticket_type.is_internal", None),
            (
                ticket,
                "ticket_parts.ticket_parts[].attachments[].width",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// How fast a book was read aloud is part of the listening, not the speed of a journey.
#[test]
fn a_narration_speed_is_part_of_the_listening() {
    let listening = "Audible.Listening/Audible.Listening.csv";
    let rows = classified(&[(
        listening,
        "\"DeviceType\",\"StartDate\",\"EndDate\",\"EventDuration\",\"Title\",\"Asin\",\"NarrationSpeed\",\"ListeningMode\"\n\
         \"Audible for Android\",\"12-SEP-2023\",\"12-SEP-2023\",\"1834000\",\"Le sette lanterne (Unabridged)\",\"B0EXAUD001\",\"1.25\",\n\
         \"Audible for Android\",\"13-SEP-2023\",\"13-SEP-2023\",\"2410000\",\"Le sette lanterne (Unabridged)\",\"B0EXAUD001\",\"1.5\",\n",
    )]);
    assert_categories(
        &rows,
        &[(listening, "NarrationSpeed", Some("Web Analytics"))],
    );
}

/// A CRM's meeting with the person (Zoho CRM's `Events` module: a title, who it concerns, when
/// it starts and ends) is correspondence with the company, not an analytics event, though its
/// folder is named `events`.
#[test]
fn a_crms_meeting_is_correspondence_not_an_analytics_event() {
    let events = "zoho/crm/v8/Events/search-Who_Id.json";
    let rows = classified(&[(
        events,
        "{\"data\": [{\"id\": \"6120335000001204017\", \"Event_Title\": \"Demo: spawn-extent segmentation\", \
          \"Start_DateTime\": \"2026-07-21T09:00:00-08:00\", \"End_DateTime\": \"2026-07-21T10:00:00-08:00\", \
          \"All_day\": false, \"Description\": \"Video call (link in the invite).\", \
          \"Check_In_City\": \"Sitka\", \"Check_In_Address\": \"412 Katlian Street, Sitka, AK 99835\", \
          \"Who_Id\": {\"name\": \"Kalinda Oyelaran-Brekke\", \"id\": \"6120335000000911001\"}, \
          \"What_Id\": {\"name\": \"Annual plan 2026-27\", \"id\": \"6120335000000933002\"}, \"$se_module\": \"Deals\", \
          \"Created_Time\": \"2026-07-14T10:38:50-08:00\", \"Modified_Time\": \"2026-07-14T10:41:22-08:00\"}], \
          \"info\": {\"per_page\": 200, \"count\": 1, \"page\": 1, \"more_records\": false}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                events,
                "data[].Start_DateTime",
                Some("Contact Data/Identifiers"),
            ),
            (
                events,
                "data[].Description",
                Some("Contact Data/Identifiers"),
            ),
            (
                events,
                "data[].Who_Id.name",
                Some("Contact Data/Identifiers"),
            ),
            (
                events,
                "data[].Event_Title",
                Some("Contact Data/Identifiers"),
            ),
            (
                events,
                "data[].Check_In_City",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// How a billing system collects from the person and the credits it holds for them are payment
/// information, in the customer record too, where the person's name and e-mail stay contact data.
#[test]
fn a_billing_customers_collection_settings_are_payment_information() {
    let customer = "chargebee/customers/169yQ3UeZp7Lm2Rk.json";
    let rows = classified(&[(
        customer,
        "{\"customer\": {\"id\": \"169yQ3UeZp7Lm2Rk\", \"first_name\": \"Eluned\", \"last_name\": \"Carrow-Adebayo\", \
          \"email\": \"eluned.ca@example.org\", \"auto_collection\": \"on\", \"net_term_days\": 0, \
          \"allow_direct_debit\": true, \"created_at\": 1744620682, \"taxability\": \"taxable\", \
          \"preferred_currency_code\": \"GBP\", \"promotional_credits\": 0, \"refundable_credits\": 0, \
          \"excess_payments\": 0, \"unbilled_charges\": 0, \"object\": \"customer\"}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                customer,
                "customer.auto_collection",
                Some("Payment Information"),
            ),
            (
                customer,
                "customer.allow_direct_debit",
                Some("Payment Information"),
            ),
            (customer, "customer.taxability", Some("Payment Information")),
            (
                customer,
                "customer.refundable_credits",
                Some("Payment Information"),
            ),
            (customer, "customer.email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// A CRM's forecast of a deal and its priority flag on a contact are the sales team's judgement
/// of the person; whether the record was checked against a data vendor is the CRM's upkeep.
#[test]
fn a_crms_forecast_is_its_inference_and_its_clean_status_its_upkeep() {
    let opportunities = "salesforce/query-Opportunity.json";
    let contact = "salesforce/sobjects/Contact/003Ro00000Mq8XkIAJ.json";
    let rows = classified(&[
        (
            opportunities,
            "{\"totalSize\": 1, \"done\": true, \"records\": [{\"attributes\": {\"type\": \"Opportunity\"}, \
              \"Id\": \"006Ro00000Ab1CdIAJ\", \"Name\": \"Annual plan\", \"StageName\": \"Proposal\", \
              \"Amount\": 2400.0, \"CloseDate\": \"2026-09-30\", \"ForecastCategory\": \"Pipeline\", \
              \"ForecastCategoryName\": \"Pipeline\", \"CurrencyIsoCode\": \"USD\"}]}",
        ),
        (
            contact,
            "{\"attributes\": {\"type\": \"Contact\"}, \"Id\": \"003Ro00000Mq8XkIAJ\", \"FirstName\": \"Rosalind\", \
              \"LastName\": \"Tupou-Haverkamp\", \"Email\": \"rosalind.th@example.org\", \"Phone\": \"(503) 555-0147\", \
              \"CleanStatus\": \"Pending\", \"IsPriorityRecord\": true}",
        ),
    ]);
    let inference = Some("Inferences, Predictions and Tags Generated by Us");
    assert_categories(
        &rows,
        &[
            (opportunities, "records[].ForecastCategory", inference),
            (opportunities, "records[].ForecastCategoryName", inference),
            (contact, "IsPriorityRecord", inference),
            (contact, "CleanStatus", None),
            (contact, "Email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// Where Snapchat placed the person when they searched (`lat … ± … meters, long …`) is a place
/// they were, read from its values, though the record is a search history whose searched places
/// are items of the history.
#[test]
fn where_a_search_was_made_is_a_place_the_person_was() {
    let searches = "json/search_history.json";
    let rows = classified(&[(
        searches,
        "[{\"Date and time\": \"2026-02-14 07:12:44 UTC\", \"Search Term\": \"gubalowka\", \
           \"Location\": \"lat 49.296 ± 35.33 meters, long 19.951 ± 35.33 meters\"}, \
          {\"Date and time\": \"2026-02-15 16:40:02 UTC\", \"Search Term\": \"kasprowy wierch\", \
           \"Location\": \"lat 49.232 ± 35.33 meters, long 19.982 ± 35.33 meters\"}]",
    )]);
    assert_categories(
        &rows,
        &[(searches, "Location", Some("Geolocation and other metadata"))],
    );
}

/// Zoho CRM writes its system fields on every record (who may change it, whether it is being
/// merged or approved, its lock): they are the CRM's, while the contact's own fields stay hers.
#[test]
fn a_crms_system_fields_are_its_own() {
    let contacts = "zoho/crm/v8/Contacts/search-email.json";
    let rows = classified(&[(
        contacts,
        "{\"data\": [{\"id\": \"6120335000000911001\", \"First_Name\": \"Kalinda\", \"Last_Name\": \"Oyelaran-Brekke\", \
          \"Email\": \"kalinda.ob@example.org\", \"Mobile\": \"+1 907-555-0162\", \"Mailing_City\": \"Sitka\", \
          \"$sharing_permission\": \"full_access\", \"$in_merge\": false, \"$approval_state\": \"approved\", \
          \"$locked_for_me\": false, \"Locked__s\": false, \"Record_Status__s\": \"Available\", \"$se_module\": \"Accounts\"}], \
          \"info\": {\"per_page\": 200, \"count\": 1, \"page\": 1, \"more_records\": false}}",
    )]);
    assert_categories(
        &rows,
        &[
            (contacts, "data[].$sharing_permission", None),
            (contacts, "data[].$in_merge", None),
            (contacts, "data[].$approval_state", None),
            (contacts, "data[].Locked__s", None),
            (contacts, "data[].Record_Status__s", None),
            (contacts, "data[].Email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// Whether an app's owner accepted the service's terms for it is a state of the app, not a
/// consent about the person's data.
#[test]
fn an_apps_legal_consent_status_is_the_apps() {
    let apps = "list-apps.json";
    let rows = classified(&[(
        apps,
        "{\"status\": {\"code\": 10000, \"description\": \"Ok\"}, \"apps\": [{\"id\": \"tea-grades\", \
          \"name\": \"tea-grades\", \"default_workflow_id\": \"General\", \"user_id\": \"anjali_sp\", \
          \"created_at\": \"2026-01-08T04:12:09.118402Z\", \"legal_consent_status\": 1, \"description\": \"Leaf grades\"}]}",
    )]);
    assert_categories(&rows, &[(apps, "apps[].legal_consent_status", None)]);
}

/// A CRM's figure for the size of the person's company is part of their work contact, not money
/// they paid; a user's job role is a detail of their contact, as a job title is.
#[test]
fn a_companys_annual_revenue_and_a_job_role_are_contact_details() {
    let lead = "salesforce/query-Lead.json";
    let annotations = "list-annotations.json";
    let rows = classified(&[
        (
            lead,
            "{\"totalSize\": 1, \"done\": true, \"records\": [{\"attributes\": {\"type\": \"Lead\"}, \"Id\": \"00Q5g00000Kt7RwEAJ\", \
              \"FirstName\": \"Rosalind\", \"LastName\": \"Tupou-Haverkamp\", \"Company\": \"Astoria Marine Counts\", \
              \"Email\": \"rosalind.th@example.org\", \"AnnualRevenue\": 410000.0, \"NumberOfEmployees\": 12}]}",
        ),
        (
            annotations,
            "{\"annotations\": [{\"id\": \"ann-1\", \"input_id\": \"in-1\", \"worker\": {\"user\": {\"id\": \"anjali_sp\", \
              \"first_name\": \"Anjali\", \"last_name\": \"Sivalingam-Perera\", \"job_role\": \"Field Quality Officer\"}}, \
              \"data\": {\"concepts\": [{\"id\": \"fine-plucking\", \"name\": \"fine-plucking\", \"value\": 1}]}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                lead,
                "records[].AnnualRevenue",
                Some("Contact Data/Identifiers"),
            ),
            (
                annotations,
                "annotations[].worker.user.job_role",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The internals of a serialized protocol buffer beside a photo's coordinates (old Google Photos
/// metadata) are the format's, while the coordinates are the photo's metadata.
#[test]
fn a_protocol_buffers_internals_beside_coordinates_are_the_formats() {
    let sidecar = "Takeout/Google Photos/2016-08-14/IMG_20160814_070541.jpg.json";
    let rows = classified(&[(
        sidecar,
        "{\"title\": \"IMG_20160814_070541.jpg\", \"geoInfo\": {\"latitude_\": 43.199452, \"longitude_\": 141.001786, \
          \"altitude_\": 0.0, \"optional_0_\": 7, \"isMutable\": true, \"cachedSize\": -1}}",
    )]);
    assert_categories(
        &rows,
        &[
            (sidecar, "geoInfo.cachedSize", None),
            (sidecar, "geoInfo.isMutable", None),
            (sidecar, "geoInfo.optional_0_", None),
            (
                sidecar,
                "geoInfo.latitude_",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// The serial number of an item bought is part of the order's row, not a device the person
/// connects from.
#[test]
fn an_items_serial_number_in_an_order_is_part_of_the_order() {
    let orders = "Your Amazon Orders/Order History.csv";
    let rows = classified(&[(
        orders,
        "\"Website\",\"Order ID\",\"Order Date\",\"Currency\",\"Unit Price\",\"Total Owed\",\"Product Name\",\"Item Serial Number\"\n\
         \"Amazon.nl\",\"402-7771234-1234567\",\"2026-01-12T10:14:02Z\",\"EUR\",\"129.99\",\"129.99\",\"Kindle Paperwhite\",\"G000 AB12 3456 7890\"\n\
         \"Amazon.nl\",\"402-7771234-7654321\",\"2026-02-02T18:40:51Z\",\"EUR\",\"12.50\",\"12.50\",\"USB-C cable\",\"Not Available\"\n",
    )]);
    assert_categories(
        &rows,
        &[(orders, "Item Serial Number", Some("Payment Information"))],
    );
}

/// In a dataset export's annotation file, a concept's id is its name in words: a tag, like the
/// name beside it. A record's id that is not a concept's (`{id, region_info}`) stays a record id.
#[test]
fn a_concepts_worded_id_is_a_tag() {
    let concepts = "leaf-standard-2026/valid/annotations/leaf-std-2026-e7305b2d.json";
    let regions = "leaf-standard-2026/valid/annotations/2f32a7b6a77f0fff59b2a015f029a3c7.json";
    let rows = classified(&[
        (
            concepts,
            "[{\"metadata\": {\"filename\": \"IMG_20260428_074551.jpg\"}}, \
              {\"id\": \"coarse-leaf\", \"name\": \"coarse leaf\", \"value\": 1.0, \"appId\": \"flush-grading\"}, \
              {\"id\": \"fine-plucking\", \"name\": \"fine plucking\", \"value\": 1.0, \"appId\": \"flush-grading\"}]",
        ),
        (
            regions,
            "[{\"id\": \"ann-region-1\", \"regionInfo\": {\"boundingBox\": {\"topRow\": 0.14, \"leftCol\": 0.29, \
              \"bottomRow\": 0.38, \"rightCol\": 0.47}}, \"data\": {\"concepts\": [{\"id\": \"fine-shoot\", \
              \"name\": \"fine shoot\", \"value\": 1.0}]}}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (concepts, "id", Some("Predictions and Tags")),
            (concepts, "name", Some("Predictions and Tags")),
            (regions, "id", None),
        ],
    );
}

/// The weather a journal entry or a run recorded is a detail of where and when it was, whatever
/// the record it sits in.
#[test]
fn the_weather_of_an_entry_is_a_detail_of_its_place() {
    let journal = "Journal.json";
    let rows = classified(&[(
        journal,
        "{\"metadata\": {\"version\": \"1.0\"}, \"entries\": [{\"uuid\": \"8F3C\", \
          \"creationDate\": \"2025-10-31T11:55:04Z\", \"starred\": false, \
          \"weather\": {\"conditionsDescription\": \"Partly Cloudy\", \"temperatureCelsius\": 13, \
          \"relativeHumidity\": 81, \"sunriseDate\": \"2025-10-31T09:57:02Z\", \
          \"weatherServiceName\": \"Apple Weather\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                journal,
                "entries[].weather.conditionsDescription",
                Some("Geolocation and other metadata"),
            ),
            (
                journal,
                "entries[].weather.temperatureCelsius",
                Some("Geolocation and other metadata"),
            ),
            (
                journal,
                "entries[].weather.sunriseDate",
                Some("Geolocation and other metadata"),
            ),
            (journal, "entries[].weather.weatherServiceName", None),
        ],
    );
}

/// A job title stays the person's work in a record of searches or events, where a city would be
/// where the record was made.
#[test]
fn a_job_title_in_an_audit_logs_search_is_work_not_a_place() {
    let log = "audit/post-audit-log-searches.json";
    let rows = classified(&[(
        log,
        "{\"entries\": [{\"id\": \"e1\", \"timestamp\": \"2026-04-02T08:14:11Z\", \
          \"operation\": \"PASSWORD_UPDATE\", \"source_ip\": \"203.0.113.9\", \
          \"user\": {\"id\": \"ratih_ka\", \"job_title\": \"Quality coordinator\", \
          \"job_role\": \"Other\", \"email\": \"ratih@example.com\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                log,
                "entries[].user.job_title",
                Some("Contact Data/Identifiers"),
            ),
            (
                log,
                "entries[].user.job_role",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The concepts a confusion matrix pairs are the tags a model was scored on.
#[test]
fn a_confusion_matrixs_concepts_are_tags() {
    let eval = "evaluations/eval_f0c6e2a8.json";
    let rows = classified(&[(
        eval,
        "{\"id\": \"eval-1\", \"eval_metrics\": {\"confusion_matrix\": {\"matrix\": [\
          {\"predicted\": \"religious-motif\", \"actual\": \"religious-motif\", \"value\": 14.0, \
           \"predicted_concept\": {\"id\": \"religious-motif\", \"name\": \"religious motif\"}}, \
          {\"predicted\": \"hunting-motif\", \"actual\": \"religious-motif\", \"value\": 2.0, \
           \"predicted_concept\": {\"id\": \"hunting-motif\", \"name\": \"hunting motif\"}}]}}}",
    )]);
    let matrix = "eval_metrics.confusion_matrix.matrix[]";
    assert_categories(
        &rows,
        &[
            (
                eval,
                &format!("{matrix}.predicted"),
                Some("Predictions and Tags"),
            ),
            (
                eval,
                &format!("{matrix}.actual"),
                Some("Predictions and Tags"),
            ),
            (
                eval,
                &format!("{matrix}.predicted_concept.name"),
                Some("Predictions and Tags"),
            ),
        ],
    );
}

/// A forum's export lists the person's posts in a file of their own: the settings of the account
/// in another file (Discourse's `user_option`, PeerTube's `notificationSettings`) are settings of
/// a social account.
#[test]
fn settings_of_an_account_whose_export_holds_its_posts_are_social() {
    let preferences = "preferences.json";
    let settings = "peertube/user-settings.json";
    let rows = classified(&[
        (
            "user_archive.csv",
            "topic_title,categories,is_pm,post_raw,like_count,reply_count,url,created_at\n\
             Rye starter stalls,Sourdough,false,My rye starter stopped rising,3,2,https://community.example.org/t/2231/4,2025-08-09 12:03:55 UTC\n",
        ),
        (
            preferences,
            "{\"user\": {\"id\": 4182, \"username\": \"teo_m\", \"email\": \"teo@example.com\", \
              \"user_option\": {\"enable_quoting\": true, \"digest_after_minutes\": 10080, \
              \"hide_presence\": true}}}",
        ),
        (
            settings,
            "{\"nsfwPolicy\": \"blur\", \"notificationSettings\": {\"newFollow\": 1, \
              \"commentMention\": 3}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                preferences,
                "user.username",
                Some("Contact Data/Identifiers"),
            ),
            (
                preferences,
                "user.user_option.enable_quoting",
                Some("Social Network Data"),
            ),
            (
                preferences,
                "user.user_option.hide_presence",
                Some("Social Network Data"),
            ),
            (
                settings,
                "notificationSettings.commentMention",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A field that names who made a record (`created_by`) is the company's bookkeeping when it holds
/// a bare name, but an e-mail address there is someone's contact data.
#[test]
fn who_made_a_record_by_their_e_mail_is_contact_data() {
    let export = "export-result.ndjson";
    let rows = classified(&[(
        export,
        "{\"data_row\": {\"id\": \"cm6r0k2p11c4d07ab9x3m5t7e\", \"row_data\": \"https://storage.example.org/IMG_3120.jpg\", \
          \"details\": {\"created_at\": \"2025-10-05T19:22:41.000+00:00\", \"created_by\": \"aoife.b@example.org\"}}}\n\
         {\"data_row\": {\"id\": \"cm6r0k2p11c4d07ab9x3m5t7f\", \"row_data\": \"https://storage.example.org/IMG_3121.jpg\", \
          \"details\": {\"created_at\": \"2025-10-05T19:23:02.000+00:00\", \"created_by\": \"dev.k@example.org\"}}}\n",
    )]);
    assert_categories(
        &rows,
        &[(
            export,
            "data_row.details.created_by",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// A text with the votes others gave it is a post on a social platform, its date and its votes
/// with it.
#[test]
fn a_text_with_its_votes_is_a_post() {
    let export = "lemmy_data_export.json";
    let rows = classified(&[(
        export,
        "{\"content\": [{\"id\": 2291847, \"name\": \"Tatra T3D retirement\", \
           \"body\": \"With the last T3D sets going, what happens to line 5?\", \
           \"published_at\": \"2026-02-02T19:40:08.227731Z\", \"score\": 58, \"upvotes\": 58, \
           \"downvotes\": 0}, \
          {\"id\": 2291901, \"name\": \"Night service on line 4\", \"body\": \"Sunday stays hourly.\", \
           \"published_at\": \"2026-02-03T08:12:44.109512Z\", \"score\": 12, \"upvotes\": 13, \
           \"downvotes\": 1}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (export, "content[].body", Some("Social Network Data")),
            (
                export,
                "content[].published_at",
                Some("Social Network Data"),
            ),
            (export, "content[].upvotes", Some("Social Network Data")),
        ],
    );
}

/// Episodes the person marked as watched, by show, season and number, are their viewing history;
/// the country beside them is where they watched from.
#[test]
fn watched_episodes_are_a_viewing_history() {
    let tracking = "tracking-prod-records.csv";
    let rows = classified(&[(
        tracking,
        "uuid,series_name,season_number,episode_number,watch_date,runtime,country\n\
         0d75e06a-d5a5-43c9-aab7-e190ec3f6423,The Cork Forest,1,2,1700431514,2940,PT\n\
         f7986e8e-68fe-475d-8b1c-2a9f0c3e5d71,The Cork Forest,1,3,1700518102,2880,PT\n",
    )]);
    assert_categories(
        &rows,
        &[
            (tracking, "series_name", Some("Web Analytics")),
            (tracking, "episode_number", Some("Web Analytics")),
            (tracking, "watch_date", Some("Web Analytics")),
            (tracking, "country", Some("Geolocation and other metadata")),
        ],
    );
}

/// A city, a country and a postcode in a file of the person's IP addresses are where the address
/// placed them, not a postal address: `city_name` names a city, not a person.
#[test]
fn a_city_in_a_file_of_ip_addresses_is_where_the_address_placed_them() {
    let ips = "ip_address.csv";
    let rows = classified(&[(
        ips,
        "ip,hits,country_code,country_name,city_name,zip_code,created_at\n\
         203.0.113.41,14,PT,Portugal,Porto,4000,2023-11-18 21:47:10\n\
         198.51.100.7,3,PT,Portugal,Braga,4700,2024-01-06 22:10:37\n",
    )]);
    assert_categories(
        &rows,
        &[
            (ips, "country_code", Some("Geolocation and other metadata")),
            (ips, "zip_code", Some("Geolocation and other metadata")),
            (ips, "city_name", Some("Geolocation and other metadata")),
            (ips, "country_name", Some("Geolocation and other metadata")),
        ],
    );
}

/// A log of the flights the person took is where and when they travelled, its arrival gate
/// included; what their ticket bought (its booking reference, its cabin) is a payment's.
#[test]
fn a_flight_log_is_where_the_person_travelled() {
    let log = "FlightyExport-2026-03-02.csv";
    let rows = classified(&[(
        log,
        "Date,Airline,Flight,From,To,Arr Terminal,Arr Gate,Take off (Actual),Seat,PNR,Cabin Class\n\
         2025-10-06,KLM,597,ACC,AMS,1,D6,2025-10-06T23:09,32A,Q7KD2M,Economy\n\
         2025-10-08,AFW,1927,AMS,GVA,3,A27,2025-10-08T10:06,14C,R3WN8P,Premium Economy\n",
    )]);
    assert_categories(
        &rows,
        &[
            (log, "From", Some("Geolocation and other metadata")),
            (log, "Arr Gate", Some("Geolocation and other metadata")),
            (
                log,
                "Take off (Actual)",
                Some("Geolocation and other metadata"),
            ),
            (log, "PNR", Some("Payment Information")),
            (log, "Cabin Class", Some("Payment Information")),
        ],
    );
}

/// A connected car's readings, file by file as its maker's API gives them, are the state of the
/// person's device.
#[test]
fn a_connected_cars_readings_are_its_devices() {
    let tyres = "connected-vehicle/tyres.json";
    let odometer = "connected-vehicle/odometer.json";
    let rows = classified(&[
        (
            tyres,
            "{\"data\": {\"frontLeft\": {\"value\": \"NO_WARNING\", \"timestamp\": \"2026-02-20T06:51:12.000Z\"}, \
              \"rearRight\": {\"value\": \"VERY_LOW_PRESSURE\", \"timestamp\": \"2026-02-20T06:51:12.000Z\"}}}",
        ),
        (
            odometer,
            "{\"data\": {\"odometer\": {\"value\": 48211, \"unit\": \"km\", \
              \"timestamp\": \"2026-02-20T06:51:12.000Z\"}}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (tyres, "data.frontLeft.value", Some("Device/IP Information")),
            (
                odometer,
                "data.odometer.value",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// A bank statement written in Ukrainian names its amounts, currency, cashback and balance in
/// Ukrainian: they are payments all the same.
#[test]
fn a_bank_statement_in_ukrainian_is_payment_information() {
    let statement = "report_08-03-26_21-40-05.csv";
    let rows = classified(&[(
        statement,
        "Дата i час операції,Деталі операції,Сума в валюті картки (UAH),Валюта,Сума кешбеку (UAH),Залишок після операції\n\
         02.03.2026 09:14:22,Сільпо,-312.40,UAH,3.12,18119.75\n\
         03.03.2026 18:02:51,Нова пошта,-95.00,UAH,0.95,18024.75\n",
    )]);
    assert_categories(
        &rows,
        &[
            (
                statement,
                "Сума в валюті картки (UAH)",
                Some("Payment Information"),
            ),
            (statement, "Валюта", Some("Payment Information")),
            (
                statement,
                "Залишок після операції",
                Some("Payment Information"),
            ),
        ],
    );
}

/// A route kept as series of points, speeds and altitudes, one file each, is where the person
/// went: a point is a latitude and longitude in brackets.
#[test]
fn a_routes_series_of_points_and_speeds_are_where_the_person_went() {
    let points = "track/0f2c94a6f18b5_points.json";
    let speeds = "track/0f2c94a6f18b5_speeds.json";
    let rows = classified(&[
        (
            points,
            "{\"points\": [\"[46.55472,15.64591]\", \"[46.53318,15.59843]\", \"[46.46124,15.07835]\"]}",
        ),
        (speeds, "{\"speeds\": [0.0, 18.0, 71.7, 32.9]}"),
    ]);
    assert_categories(
        &rows,
        &[
            (points, "points", Some("Geolocation and other metadata")),
            (speeds, "speeds", Some("Geolocation and other metadata")),
        ],
    );
}

/// A chat room's messages written as `msg` beside who sent them are messages between people;
/// the path to a response's next page is the API's.
#[test]
fn a_chat_rooms_msg_is_a_message_and_a_next_page_path_is_the_apis() {
    let room = "data/harvest-logistics.json";
    let orders = "api/v0/equity/history/orders.json";
    let rows = classified(&[
        (
            room,
            "{\"username\": \"akosua.mensah\", \"msg\": \"Extraction day is 7 February.\", \
              \"ts\": \"2026-01-29T19:05:33.870Z\"}\n\
             {\"username\": \"User_2\", \"msg\": \"I will bring the buckets.\", \
              \"ts\": \"2026-01-29T19:07:02.118Z\"}\n",
        ),
        (
            orders,
            "{\"items\": [{\"order\": {\"id\": 1, \"ticker\": \"VWCEd_EQ\", \"filledValue\": 104.2}}], \
              \"nextPagePath\": \"/api/v0/equity/history/orders?cursor=2\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (room, "msg", Some("Social Network Data")),
            (room, "ts", Some("Social Network Data")),
            (orders, "nextPagePath", None),
        ],
    );
}

/// A learning platform's export: the grades and the teacher's feedback are the school's judgement
/// of the person's work, and a forum post they may have written is a message between people.
#[test]
fn a_learners_grades_and_forum_posts() {
    let grades = "Ceramics _.402/Grades/data.json";
    let post = "Ceramics _.402/Forum _.410/Week 3 kiln load-118/data.json";
    let rows = classified(&[
        (
            grades,
            "{\"grades\": [{\"item\": \"Glaze test tile portfolio\", \"grade\": \"72.00000\", \
              \"feedback\": \"<p>Good range of celadon tests.</p>\", \
              \"timemodified\": \"Wednesday, 4 February 2026, 9:12 AM\"}]}",
        ),
        (
            post,
            "{\"subject\": \"Week 3 kiln load\", \"created\": \"Thursday, 15 January 2026, 5:02 PM\", \
              \"author_was_you\": \"No\", \"message\": \"<p>Bisque-fired pieces go on the top shelf.</p>\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                grades,
                "grades[].grade",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (
                grades,
                "grades[].feedback",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (post, "message", Some("Social Network Data")),
        ],
    );
}

/// What a saved search looks for (a concept, a place) is the person's search query, an item of
/// their use of the service; a place of an input the search found is still a place.
#[test]
fn a_saved_searchs_query_is_use_of_the_service() {
    let saved = "list-searches-hiti-survey-2026.json";
    let found = "post-searches-dry-spouts.json";
    let rows = classified(&[
        (
            saved,
            "{\"searches\": [{\"id\": \"dry-spouts-1k5\", \"name\": \"Dry spouts within 1.5 km\", \
              \"query\": {\"filters\": [{\"annotation\": {\"data\": {\
                \"geo\": {\"geo_point\": {\"longitude\": 85.3253, \"latitude\": 27.6727}, \
                          \"geo_limit\": {\"type\": \"withinKilometers\", \"value\": 1.5}}, \
                \"concepts\": [{\"id\": \"dry\", \"value\": 1}]}}}]}}]}",
        ),
        (
            found,
            "{\"hits\": [{\"score\": 0.93, \"input\": {\"id\": \"78c40ef1\", \"data\": {\
              \"geo\": {\"geo_point\": {\"longitude\": 85.3249, \"latitude\": 27.6731}}}}}]}",
        ),
    ]);
    let filter = "searches[].query.filters[].annotation.data";
    assert_categories(
        &rows,
        &[
            (
                saved,
                &format!("{filter}.geo.geo_point.latitude"),
                Some("Web Analytics"),
            ),
            (
                saved,
                &format!("{filter}.concepts[].id"),
                Some("Web Analytics"),
            ),
            (
                found,
                "hits[].input.data.geo.geo_point.latitude",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A book borrowed or read, by its ISBN beside its title and author, is an item of the person's
/// reading history.
#[test]
fn a_book_by_its_isbn_is_reading_history() {
    let loans = "libbytimeline-all-loans.csv";
    let rows = classified(&[(
        loans,
        "cover,title,author,publisher,isbn,timestamp,activity,details,library\n\
         https://img1.od-cdn.com/ImageType-100/2390-1/A1.jpg,Saltwater Reckoning,Perpetua Lindqvist-Nair,Tidewater Audio,9781555504802,\"February 27, 2026 01:48\",Borrowed, 21 days ,Assiniboine Crossing Public Library\n\
         https://img1.od-cdn.com/ImageType-100/2390-1/B2.jpg,The Lighthouse Keeper's Ledger,Orla Famuyiwa,Harbourline Press,9781555501122,\"March 3, 2026 22:10\",Returned,,Assiniboine Crossing Public Library\n",
    )]);
    assert_categories(
        &rows,
        &[
            (loans, "title", Some("Web Analytics")),
            (loans, "author", Some("Web Analytics")),
            (loans, "timestamp", Some("Web Analytics")),
        ],
    );
}

/// Salesforce's GraphQL answers hold each field as `{value, displayValue}` under
/// `data.uiapi.query`: the object is the field (its name says what it is, and a `Status` there
/// is the record's status, not the service's), and `query` is the API's operation, not a search.
#[test]
fn a_value_beside_its_shown_form_is_named_by_its_object() {
    let file = "graphql/ContactAccountDeals.json";
    let field = |name: &str, value: &str, shown: &str| {
        format!("\"{name}\": {{\"value\": {value}, \"displayValue\": {shown}}}")
    };
    let contact = [
        field("FirstName", "\"Paulina\"", "null"),
        field("Title", "\"Quality Assurance Lead\"", "null"),
        field("Email", "\"paulina@grain.example.com\"", "null"),
        field("Phone", "\"(306) 555-0142\"", "null"),
        field(
            "CreatedDate",
            "\"2025-11-03T17:22:41.000Z\"",
            "\"11/3/2025, 9:22 AM\"",
        ),
    ]
    .join(", ");
    let lead = [
        field("Company", "\"Thunder Creek Grain\"", "null"),
        field("Status", "\"Qualified\"", "\"Qualified\""),
        field("Rating", "\"Hot\"", "\"Hot\""),
    ]
    .join(", ");
    let rows = classified(&[(
        file,
        &format!(
            "{{\"data\": {{\"uiapi\": {{\"query\": {{\
               \"Contact\": {{\"edges\": [{{\"node\": {{\"Id\": \"003Mq00000Zr4TkIAJ\", {contact}}}}}]}}, \
               \"Lead\": {{\"edges\": [{{\"node\": {{\"Id\": \"00QMq00000Ab1CdEAF\", {lead}}}}}]}}}}}}}}}}"
        ),
    )]);
    let contact = "data.uiapi.query.Contact.edges[].node";
    let lead = "data.uiapi.query.Lead.edges[].node";
    assert_categories(
        &rows,
        &[
            (
                file,
                &format!("{contact}.FirstName.value"),
                Some("Contact Data/Identifiers"),
            ),
            (
                file,
                &format!("{contact}.Title.value"),
                Some("Contact Data/Identifiers"),
            ),
            (
                file,
                &format!("{contact}.CreatedDate.displayValue"),
                Some("Contact Data/Identifiers"),
            ),
            (
                file,
                &format!("{lead}.Status.value"),
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// What an item saved to a wish list costs, and how many were wished for, is a detail of
/// something the person kept for later, not a payment.
#[test]
fn a_wish_lists_items_are_not_payments() {
    let file = "Retail.CustomerProfile.Wishlist.1.1/Amazon.Lists.Wishlist.json";
    let rows = classified(&[(
        file,
        "[{\"Lista de deseos [Item 1]\": [{\"asin\": \"B0C1EXAMPL\", \
           \"amount\": {\"value\": 1299.0, \"currencyUnit\": \"MXN\"}, \"quantity\": 1, \
           \"fullyPurchased\": false, \"priority\": 0, \
           \"addedDate\": \"2025-08-14T19:02:11Z\"}]}]",
    )]);
    let item = "Lista de deseos [Item 1][]";
    assert_categories(
        &rows,
        &[
            (file, &format!("{item}.amount.value"), Some("Web Analytics")),
            (file, &format!("{item}.quantity"), Some("Web Analytics")),
            (
                file,
                &format!("{item}.fullyPurchased"),
                Some("Web Analytics"),
            ),
        ],
    );
}

/// A date written on a 12-hour clock is a date: the time a photo was taken, as Google Photos
/// writes it beside its timestamp, is metadata of the photo, not a picture.
#[test]
fn a_time_written_with_pm_is_a_date() {
    let sidecar = "Takeout/Google Photos/Rubavu 2025/IMG_0412.jpg.supplemental-metadata.json";
    let rows = classified(&[(
        sidecar,
        "{\"title\": \"IMG_0412.jpg\", \"imageViews\": \"3\", \
          \"creationTime\": {\"timestamp\": \"1761399100\", \"formatted\": \"Oct 25, 2025, 1:31:40 PM UTC\"}, \
          \"photoTakenTime\": {\"timestamp\": \"1761399012\", \"formatted\": \"Oct 25, 2025, 1:30:12\u{202f}PM UTC\"}, \
          \"geoData\": {\"latitude\": -1.6789, \"longitude\": 29.2601, \"altitude\": 0.0}}",
    )]);
    assert_categories(
        &rows,
        &[(
            sidecar,
            "photoTakenTime.formatted",
            Some("Geolocation and other metadata"),
        )],
    );
    let taken = row(&rows, sidecar, "photoTakenTime.formatted");
    assert_eq!(taken.kind, dossier_engine::ValueKind::DateTime);
}

/// The few characters Clarifai writes where an output echoes the bytes of its input
/// (`dHJ1ZQ==`, the word `true`) are a placeholder, while real bytes stay a picture.
#[test]
fn a_few_characters_of_base64_are_no_picture() {
    let echoed = "outputs-general-image-recognition.json";
    let sent = "inputs-with-bytes.json";
    let rows = classified(&[
        (
            echoed,
            "{\"outputs\": [{\"id\": \"4f1c\", \"input\": {\"id\": \"in-1\", \
              \"data\": {\"image\": {\"base64\": \"dHJ1ZQ==\"}}}}]}",
        ),
        (
            sent,
            "{\"inputs\": [{\"id\": \"in-2\", \"data\": {\"image\": {\"base64\": \
              \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\"}}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (echoed, "outputs[].input.data.image.base64", None),
            (
                sent,
                "inputs[].data.image.base64",
                Some("Other Visual Information"),
            ),
        ],
    );
}

/// An app's analytics log measures the person's use of it, though one kind of event in it is a
/// sign-in from a new place: its timestamps and the details of an invite stay Web Analytics.
#[test]
fn an_analytics_log_with_one_sign_in_is_still_analytics() {
    let events = "Activity/analytics/events-2026-00000-of-00001.json";
    let rows = classified(&[(
        events,
        "{\"event_type\":\"new_login_location\",\"event_id\":\"AQESFwv6NQXGJDPk=\",\"user_id\":\"710572677006166255\",\"ip\":\"203.0.113.7\",\"city\":\"Haifa\",\"timestamp\":\"\\\"2026-03-08T09:14:53.017Z\\\"\",\"client_send_timestamp\":\"null\"}\n\
         {\"event_type\":\"create_instant_invite\",\"event_id\":\"AQEn4o2/H/r/2XhY=\",\"user_id\":\"710572677006166255\",\"timestamp\":\"\\\"2026-11-20T18:02:27.540Z\\\"\",\"client_send_timestamp\":\"null\",\"code\":\"hfSynth7\",\"max_uses\":25,\"temporary\":false}\n\
         {\"event_type\":\"input_mute\",\"event_id\":\"AQEq9x1/K/a/7ZpQ=\",\"user_id\":\"710572677006166255\",\"timestamp\":\"\\\"2026-11-21T08:40:02.113Z\\\"\",\"client_send_timestamp\":\"null\"}\n\
         {\"event_type\":\"leave_guild\",\"event_id\":\"AQEz3k8/L/b/1YwR=\",\"user_id\":\"710572677006166255\",\"timestamp\":\"\\\"2026-11-22T19:05:44.901Z\\\"\",\"client_send_timestamp\":\"null\"}\n",
    )]);
    assert_categories(
        &rows,
        &[
            (events, "event_type", Some("Web Analytics")),
            (events, "timestamp", Some("Web Analytics")),
            (events, "max_uses", Some("Web Analytics")),
            (events, "ip", Some("Device/IP Information")),
        ],
    );
}

/// The date the person changed their e-mail address or phone number is a detail of that contact
/// detail, though the log that holds it is the account's history of sign-in changes.
#[test]
fn the_date_of_a_new_email_address_is_contact_data() {
    let history = "json/account_history.json";
    let rows = classified(&[(
        history,
        "{\"Email Change\": [{\"Date\": \"2025-06-02 08:14:09 UTC\", \"Email Address\": \"eleni.k@example.com\"}], \
          \"Mobile Number Change\": [{\"Date\": \"2025-06-03 10:00:41 UTC\", \"Mobile Number\": \"+30 555 0142\"}], \
          \"Password Change\": [{\"Date\": \"2025-07-14 21:40:11 UTC\"}], \
          \"Login History\": [{\"IP\": \"203.0.113.41\", \"Country\": \"GR\", \"Created\": \"2025-08-01 06:12:55 UTC\", \"Status\": \"success\", \"Device\": \"iPhone15,3\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                history,
                "Email Change[].Date",
                Some("Contact Data/Identifiers"),
            ),
            (
                history,
                "Mobile Number Change[].Date",
                Some("Contact Data/Identifiers"),
            ),
            (
                history,
                "Password Change[].Date",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// A review the person wrote of a place is something they posted, its date and rating with it;
/// the place it names stays a place.
#[test]
fn a_review_of_a_place_is_a_post() {
    let file = "user_data_tiktok.json";
    let rows = classified(&[(
        file,
        "{\"Location Review\": {\"Location Reviews\": {\"ReviewsList\": [{\
           \"Date\": \"2025-12-14 11:02:45\", \"PlaceName\": \"Khao Soi Mae Sai\", \"Rating\": \"5\", \
           \"ReviewText\": \"The broth is worth the queue\", \"Likes\": \"12\", \"Status\": \"Published\"}]}}}",
    )]);
    let review = "Location Review.Location Reviews.ReviewsList[]";
    assert_categories(
        &rows,
        &[
            (
                file,
                &format!("{review}.ReviewText"),
                Some("Social Network Data"),
            ),
            (file, &format!("{review}.Date"), Some("Social Network Data")),
            (
                file,
                &format!("{review}.PlaceName"),
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A `label` of Meta's `label_values[]` names a slot, even where the slot's values sit in a
/// nested list (`vec[]`): the values are the ad categories, the label only says `Name`.
#[test]
fn a_label_of_labelled_values_in_a_nested_list_is_a_slot() {
    let file = "ads_information/other_categories_used_to_reach_you.json";
    let rows = classified(&[(
        file,
        "{\"media\": [], \"label_values\": [{\"label\": \"Name\", \"vec\": [\
           {\"value\": \"Away from family\"}, {\"value\": \"Frequent international travelers\"}]}], \
          \"fbid\": \"100024318870952\"}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "label_values[].label", None),
            (
                file,
                "label_values[].vec[].value",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
        ],
    );
}

/// Meta's personal information heads its record with a `title` that names the section again
/// (`User Information`): no data. Whether the account is private, in the account's language, is
/// a setting of the social account.
#[test]
fn a_profiles_heading_is_no_data_and_its_privacy_is_social() {
    let file = "personal_information/personal_information/personal_information.json";
    let rows = classified(&[(
        file,
        "{\"profile_user\": [{\"title\": \"User Information\", \"media_map_data\": {}, \"string_map_data\": {\
           \"Email\": {\"href\": \"\", \"value\": \"lena.k@example.com\", \"timestamp\": 0}, \
           \"Name\": {\"href\": \"\", \"value\": \"Lena K\\u00c3\\u00b6hler\", \"timestamp\": 0}, \
           \"Privates Konto\": {\"href\": \"\", \"value\": \"False\", \"timestamp\": 0}}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "profile_user[].title", None),
            (
                file,
                "profile_user[].string_map_data.Privates Konto.value",
                Some("Social Network Data"),
            ),
            (
                file,
                "profile_user[].string_map_data.Email.value",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// Protobuf's JavaScript `toObject()` (Clarifai's Node.js client) writes every field of a
/// message, set or not: a field that only ever holds the default (`0`, `false`) was never set,
/// while the same names with values stay what they are.
#[test]
fn a_field_a_message_writes_only_as_its_default_holds_nothing() {
    let file = "listInputs-rodas-2026.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": 10000, \"description\": \"Ok\"}, \"inputsList\": [{\"id\": \"roda-01\", \
           \"data\": {\"image\": {\"url\": \"https://samples.example.com/roda-01.jpg\", \"allowDuplicateUrl\": false}, \
             \"conceptsList\": [{\"id\": \"berimbau\", \"name\": \"berimbau\", \"value\": 1}], \
             \"geo\": {\"geoPoint\": {\"latitude\": -12.9714, \"longitude\": -38.5014}}, \
             \"boolValue\": false, \"intValue\": 0, \"floatValue\": 0, \"regionsList\": [], \"embeddingsList\": []}}], \
         \"metadataList\": []}",
    )]);
    let data = "inputsList[].data";
    assert_categories(
        &rows,
        &[
            (file, &format!("{data}.boolValue"), None),
            (file, &format!("{data}.intValue"), None),
            (file, &format!("{data}.image.allowDuplicateUrl"), None),
            (
                file,
                &format!("{data}.conceptsList[].value"),
                Some("Predictions and Tags"),
            ),
            (
                file,
                &format!("{data}.geo.geoPoint.latitude"),
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// The mails a CRM logged between the company's staff and the person are correspondence with
/// the company, as a support ticket's comments are, not messages on a social network.
#[test]
fn a_crms_mails_with_the_person_are_correspondence() {
    let mails = "pipedrive/api/v1/persons/11842/mailMessages.json";
    let rows = classified(&[(
        mails,
        "{\"success\": true, \"data\": [{\"object\": \"mailMessage\", \"timestamp\": \"2026-03-02 17:40:11\", \"data\": {\
           \"id\": 90211, \"from\": [{\"id\": 5512, \"email_address\": \"dana.rep@company.example.com\", \"name\": \"Dana Rep\"}], \
           \"to\": [{\"id\": 5513, \"email_address\": \"hollis@trailcams.example.org\", \"name\": \"Hollis Kjellberg-Pruitt\", \"linked_person_name\": \"Hollis Kjellberg-Pruitt\"}], \
           \"subject\": \"Your camera-trap model quote\", \"snippet\": \"Thanks for the call this morning\", \
           \"message_time\": \"2026-03-02 17:40:05\", \"sent_flag\": 1}}]}",
    )]);
    let mail = "data[].data";
    assert_categories(
        &rows,
        &[
            (
                mails,
                &format!("{mail}.subject"),
                Some("Contact Data/Identifiers"),
            ),
            (
                mails,
                &format!("{mail}.snippet"),
                Some("Contact Data/Identifiers"),
            ),
            (
                mails,
                &format!("{mail}.to[].name"),
                Some("Contact Data/Identifiers"),
            ),
            (
                mails,
                &format!("{mail}.message_time"),
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The keys of the metadata a person attached to their inputs are their own labels: whatever
/// they name (an event, a phone, a fee, a team, a kind), each is metadata of the content. A
/// list's records' own `metadata` (Stripe's `data[].metadata`) is not an input's.
#[test]
fn the_keys_of_an_inputs_own_metadata_name_nothing_but_metadata() {
    let inputs = "list-inputs-bout-photos-2026.json";
    let subscriptions = "subscriptions.json";
    let rows = classified(&[
        (
            inputs,
            "{\"inputs\": [{\"id\": \"bout-07\", \"data\": {\
               \"image\": {\"url\": \"https://samples.example.com/bout-07.jpg\"}, \
               \"metadata\": {\"event\": \"Harbour Cup semi-final\", \"team\": \"Otepoti Rollers\", \
                 \"phone\": \"Pixel 8\", \"fee_paid\": true, \"kind\": \"jam\", \"invoice_no\": \"INV-0042\"}}}]}",
        ),
        (
            subscriptions,
            "{\"object\": \"list\", \"data\": [{\"id\": \"sub_1Q\", \"object\": \"subscription\", \
               \"customer\": \"cus_RtB7xq4LmW2nZe\", \"status\": \"active\", \
               \"metadata\": {\"clarifai_user_id\": \"mereana_kl\"}}]}",
        ),
    ]);
    let keys: Vec<String> = ["event", "team", "phone", "fee_paid", "kind", "invoice_no"]
        .iter()
        .map(|key| format!("inputs[].data.metadata.{key}"))
        .collect();
    let mut expected: Vec<(&str, &str, Option<&str>)> = keys
        .iter()
        .map(|key| (inputs, key.as_str(), Some("Geolocation and other metadata")))
        .collect();
    expected.push((
        subscriptions,
        "data[].metadata.clarifai_user_id",
        Some("Contact Data/Identifiers"),
    ));
    assert_categories(&rows, &expected);
}

/// A dataset's own `version` is a dataset version, which the service keeps: its dates and its
/// counts of inputs are the service's bookkeeping, as in a listing of dataset versions.
#[test]
fn a_datasets_own_version_is_a_dataset_version() {
    let file = "datasets/list-datasets.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": \"SUCCESS\"}, \"datasets\": [{\"id\": \"sweep-notes\", \
           \"createdAt\": \"2026-02-11T07:40:12Z\", \"appId\": \"voice-notes\", \"userId\": \"declan_pw\", \
           \"version\": {\"id\": \"a1b2c3\", \"createdAt\": \"2026-03-01T09:00:00Z\", \
             \"metrics\": {\"/\": {\"inputsCount\": \"3\", \"inputsWithGeoCount\": \"1\"}}, \
             \"requestOrigin\": \"MANUAL\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "datasets[].version.createdAt", None),
            (
                file,
                "datasets[].version.metrics./.inputsWithGeoCount",
                None,
            ),
            (file, "datasets[].userId", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The owner HubSpot's legacy contact profile names (`associated-owner`) is the company's
/// salesperson, not the person: their name is no contact data of the person's.
#[test]
fn a_contacts_associated_owner_is_the_companys_staff() {
    let file = "contacts/v1/contact/vid/172304958816/profile.json";
    let rows = classified(&[(
        file,
        "{\"vid\": 172304958816, \"canonical-vid\": 172304958816, \
          \"properties\": {\"firstname\": {\"value\": \"Aanya\"}, \"email\": {\"value\": \"aanya@lakeofthewoods.example.com\"}}, \
          \"associated-owner\": {\"first-name\": \"Morgan\", \"last-name\": \"Sales\", \
            \"email\": \"morgan.sales@company.example.com\", \"type\": \"PERSON\"}}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "associated-owner.first-name", None),
            (file, "associated-owner.last-name", None),
            (
                file,
                "properties.firstname.value",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The person's chats with the company's customer service, in a file named for them, are
/// correspondence with the company: contact data.
#[test]
fn a_customer_service_history_is_correspondence() {
    let file = "Spotify Account Data/CustomerServiceHistoryAndSurveyData.json";
    let rows = classified(&[(
        file,
        "[{\"channel\": \"Chat\", \"messageDate\": \"2025-10-06T15:42:11Z\", \"messageSource\": \"Customer\", \
           \"subject\": \"Charged twice for Premium in October\", \
           \"message\": \"Hi there, my card shows two charges from Spotify on Oct 3.\"}]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "message", Some("Contact Data/Identifiers")),
            (file, "subject", Some("Contact Data/Identifiers")),
            (file, "messageDate", Some("Contact Data/Identifiers")),
        ],
    );
}

/// What follows `by` in a name says whose the records are, not what they are: Periscope's
/// comments made by the user are comments, not a user's profile.
#[test]
fn a_name_is_what_comes_before_by() {
    let file = "data/periscope-comments-made-by-user.js";
    let rows = classified(&[(
        file,
        "window.YTD.periscope_comments_made_by_user.part0 = \
         [{\"periscopeCommentsMadeByUser\": {\"broadcastId\": \"1mnxePqRwZaKJ\", \
           \"createdAt\": \"2026-07-03T18:25:49.117Z\", \
           \"text\": \"Which glue for the scarf joint?\"}}, \
          {\"periscopeCommentsMadeByUser\": {\"broadcastId\": \"1yoKMwLRZdpKQ\", \
           \"createdAt\": \"2026-07-04T09:02:11.530Z\", \
           \"text\": \"Lovely lines on that hull.\"}}]",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "periscopeCommentsMadeByUser.text",
                Some("Social Network Data"),
            ),
            (
                file,
                "periscopeCommentsMadeByUser.createdAt",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A post's caption, written in the title of its one picture, is what the person said on the
/// platform; the picture's own dates stay its metadata.
#[test]
fn a_caption_with_a_picture_is_what_was_said() {
    let file = "your_instagram_activity/media/posts_1.json";
    let rows = classified(&[(
        file,
        "[{\"media\": [{\"uri\": \"media/posts/202609/556019283_n.jpg\", \"creation_timestamp\": 1789406431, \
             \"title\": \"Reverse-gilded fascia for the brewery, three days of size and patience\"}]}, \
          {\"media\": [{\"uri\": \"media/posts/202606/521093847_n.jpg\", \"creation_timestamp\": 1780516092, \
             \"title\": \"New lettering on the narrowboat Wren before the spring cruise\"}]}, \
          {\"media\": [{\"uri\": \"media/posts/202605/510293847_n.jpg\", \"creation_timestamp\": 1779016092, \"title\": \"\"}, \
                     {\"uri\": \"media/posts/202605/510293848_n.jpg\", \"creation_timestamp\": 1779016092, \"title\": \"\"}], \
           \"title\": \"Two shop fronts in one week, both in 23 carat gold\", \"creation_timestamp\": 1779016095}]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "media[].title", Some("Social Network Data")),
            (file, "media[].uri", Some("Other Visual Information")),
            (
                file,
                "media[].creation_timestamp",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// A `state` after other words is a place only after an address's word: a mailing state is
/// where the person lives, a track's match state is where the import stands.
#[test]
fn a_state_is_a_place_only_in_an_address() {
    let contacts = "Contacts.csv";
    let tracks = "Apple Music Library Import Tracks.json";
    let rows = classified(&[
        (
            contacts,
            "First Name,Mailing Street,Mailing City,Mailing State,Verification State\n\
             Aanya,12 Harbour Row,Portland,OR,Verified\n\
             Bram,3 Quay St,Salem,WA,Unverified\n",
        ),
        (
            tracks,
            "[{\"Track Name\": \"Alma del Tomebamba\", \"Match State\": \"Matched\"}, \
              {\"Track Name\": \"Pasillo triste\", \"Match State\": \"Partially Matched\"}]",
        ),
    ]);
    assert_eq!(
        row(&rows, contacts, "Mailing State").category.as_deref(),
        Some("Contact Data/Identifiers")
    );
    for (file, field) in [(tracks, "Match State"), (contacts, "Verification State")] {
        let evidence = &row(&rows, file, field).evidence;
        assert!(!evidence.contains("`state`"), "{file}::{field}: {evidence}");
    }
}

/// An analytics event that carries a message's counters (`modifiers.content`) beside the
/// person's id is still an event of the analytics its folder names, not a message; where the
/// pipeline took it from is the pipeline's.
#[test]
fn an_analytics_event_is_not_a_message() {
    let file = "Activity/analytics/events-2025-00000-of-00001.json";
    let rows = classified(&[(
        file,
        "{\"event_type\": \"send_message\", \"event_source\": \"client\", \"user_id\": \"709332586227841845\", \
           \"channel_id\": \"827941900307688492\", \"modifiers\": {\"content\": \"1\"}, \
           \"os\": \"Windows\", \"timestamp\": \"2025-03-08T17:42:10.418Z\"}\n\
         {\"event_type\": \"guild_viewed\", \"event_source\": \"api\", \"user_id\": \"709332586227841845\", \
           \"guild_id\": \"827941051649669822\", \"os\": \"Windows\", \"timestamp\": \"2025-03-08T17:44:02.113Z\"}\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "event_type", Some("Web Analytics")),
            (file, "timestamp", Some("Web Analytics")),
            (file, "event_source", None),
        ],
    );
}

/// What an ActivityPub account sent out is its posts, though its folder names the protocol.
#[test]
fn an_outbox_holds_posts() {
    let file = "activity-pub/outbox.json";
    let rows = classified(&[(
        file,
        "{\"@context\": \"https://www.w3.org/ns/activitystreams\", \"type\": \"OrderedCollection\", \
          \"orderedItems\": [{\"type\": \"Create\", \"actor\": \"https://video.example.org/accounts/sigga\", \
            \"published\": \"2026-03-01T10:12:00Z\", \
            \"object\": {\"type\": \"Note\", \"content\": \"<p>Warp is on the loom at last</p>\", \
              \"attributedTo\": \"https://video.example.org/accounts/sigga\", \"published\": \"2026-03-01T10:12:00Z\"}}, \
           {\"type\": \"Create\", \"actor\": \"https://video.example.org/accounts/sigga\", \
            \"published\": \"2026-03-04T18:40:00Z\", \
            \"object\": {\"type\": \"Note\", \"content\": \"<p>Blue wool from the dye pot, drying</p>\", \
              \"attributedTo\": \"https://video.example.org/accounts/sigga\", \"published\": \"2026-03-04T18:40:00Z\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "orderedItems[].object.content",
                Some("Social Network Data"),
            ),
            (
                file,
                "orderedItems[].object.published",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A text and its author make a message where one of the records' names agrees, though
/// another names them otherwise: Facebook's 2020 `group_posts.activity_log_data[]` are posts
/// in groups, as their file says, not an activity log's use of the site.
#[test]
fn a_message_needs_only_one_name_to_agree() {
    let file = "groups/your_posts_and_comments_in_groups.json";
    let rows = classified(&[(
        file,
        "{\"group_posts\": {\"activity_log_data\": [\
           {\"timestamp\": 1591021200, \"title\": \"Ana posted in Luthiers of Porto.\", \
            \"data\": [{\"post\": \"New spruce top for the cavaquinho\"}]}, \
           {\"timestamp\": 1591107600, \"title\": \"Ana commented on Rui's post.\", \
            \"data\": [{\"comment\": {\"timestamp\": 1591107600, \"comment\": \"Try a thinner third coat\", \
              \"author\": \"Ana Braga\", \"group\": \"Luthiers of Porto\"}}]}]}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "group_posts.activity_log_data[].data[].post",
                Some("Social Network Data"),
            ),
            (
                file,
                "group_posts.activity_log_data[].timestamp",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A picture's address longer than an example shows (a CDN's path of ids) is still read to its
/// extension: the screenshots a person attached are visual information.
#[test]
fn a_long_address_of_a_picture_is_read_to_its_end() {
    let file = "tickets/4417.json";
    let url = |n: u32| {
        format!(
            "https://downloads.intercomcdn.example/i/o/k3v9xq2m/129441773{n}/\
             8c1e3f0a9d2b4e67a5c0d8f1b3e92a4{n}/usage-rinkcam-l4-weekend-{n}.png"
        )
    };
    assert!(url(1).chars().count() > 120);
    let rows = classified(&[(
        file,
        &format!("[{{\"url\": \"{}\"}}, {{\"url\": \"{}\"}}]", url(1), url(2)),
    )]);
    assert_categories(&rows, &[(file, "url", Some("Other Visual Information"))]);
}

/// A customer's `legacyId` (Braintree's, Shopify's `legacyResourceId`) is the customer's own id
/// as the older API wrote it: the person's id at the processor, as the customer's `id` is.
#[test]
fn a_legacy_id_is_the_records_own() {
    let file = "braintree/graphql/search-transactions.json";
    let rows = classified(&[(
        file,
        "{\"data\": {\"search\": {\"transactions\": {\"edges\": [\
           {\"node\": {\"id\": \"dHJhbnNhY3Rpb25fcThkMm03a2M\", \"amount\": {\"value\": \"12.00\", \"currencyCode\": \"EUR\"}, \
             \"customer\": {\"id\": \"Y3VzdG9tZXJfNDcyMDU4MTM\", \"legacyId\": \"47205813\", \"email\": \"saoirse@example.org\"}}}, \
           {\"node\": {\"id\": \"dHJhbnNhY3Rpb25fcThkMm03a2N\", \"amount\": {\"value\": \"8.50\", \"currencyCode\": \"EUR\"}, \
             \"customer\": {\"id\": \"Y3VzdG9tZXJfNDcyMDU4MTM\", \"legacyId\": \"47205813\", \"email\": \"saoirse@example.org\"}}}]}}}}",
    )]);
    assert_categories(
        &rows,
        &[(
            file,
            "data.search.transactions.edges[].node.customer.legacyId",
            Some("Contact Data/Identifiers"),
        )],
    );
    let shopify = "admin-api-2026-01-graphql/customer.json";
    let rows = classified(&[(
        shopify,
        "{\"data\": {\"customer\": {\"id\": \"gid://shopify/Customer/7811903452218\", \
           \"legacyResourceId\": \"7811903452218\", \"firstName\": \"Parveen\", \
           \"defaultEmailAddress\": {\"emailAddress\": \"parveen@example.org\"}}}}",
    )]);
    assert_categories(
        &rows,
        &[(
            shopify,
            "data.customer.legacyResourceId",
            Some("Contact Data/Identifiers"),
        )],
    );
}

/// The apps the person let use their X account are the software they use it from.
#[test]
fn xs_connected_applications_are_software() {
    let file = "data/connected-application.js";
    let rows = classified(&[(
        file,
        "window.YTD.connected_application.part0 = [\
          {\"connectedApplication\": {\"organization\": {\"name\": \"Twitter, Inc.\", \"url\": \"\"}, \
            \"name\": \"Twitter for Android\", \"description\": \"Twitter for Android\", \
            \"permissions\": [\"read\", \"write\"], \"approvedAt\": \"2024-05-19T03:22:49.000Z\", \"id\": \"258901\"}}, \
          {\"connectedApplication\": {\"organization\": {\"name\": \"Buffer\", \"url\": \"https://buffer.example.com\"}, \
            \"name\": \"Buffer\", \"description\": \"Schedule posts\", \
            \"permissions\": [\"read\"], \"approvedAt\": \"2025-01-02T10:00:00.000Z\", \"id\": \"49309\"}}]",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "connectedApplication.name",
                Some("Device/IP Information"),
            ),
            (
                file,
                "connectedApplication.approvedAt",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// Where the location beside an activity came from is the person's, but the page explaining it
/// is Google's.
#[test]
fn the_page_about_an_activitys_location_is_the_companys() {
    let file = "Takeout/My Activity/Search/MyActivity.json";
    let rows = classified(&[(
        file,
        "[{\"header\": \"Search\", \"title\": \"Searched for ferry times\", \
           \"time\": \"2025-11-04T08:12:44.120Z\", \"products\": [\"Search\"], \
           \"locationInfos\": [{\"name\": \"From your places (Home)\", \
             \"url\": \"https://www.google.com/maps/@?api=1&map_action=map&center=45.52,-73.58&zoom=12\", \
             \"source\": \"From your places (Home)\", \
             \"sourceUrl\": \"https://support.google.com/websearch/answer/1696589\"}]}, \
          {\"header\": \"Search\", \"title\": \"Searched for bakery near me\", \
           \"time\": \"2025-11-05T18:02:10.004Z\", \"products\": [\"Search\"], \
           \"locationInfos\": [{\"name\": \"From your device\", \
             \"url\": \"https://www.google.com/maps/@?api=1&map_action=map&center=45.53,-73.59&zoom=12\", \
             \"source\": \"From your device\", \
             \"sourceUrl\": \"https://www.google.com/maps/timeline\"}]}]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "locationInfos[].sourceUrl", None),
            (
                file,
                "locationInfos[].url",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// How a workflow's node overrides its model's output settings is the workflow's setup, not
/// the person's tags.
#[test]
fn a_nodes_output_override_is_setup() {
    let file = "list-workflows.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": 10000, \"description\": \"Ok\"}, \"workflows\": [{\"id\": \"barriletes\", \
           \"nodes\": [{\"id\": \"general\", \"model\": {\"id\": \"general-image-recognition\"}}, \
                      {\"id\": \"umbral\", \"model\": {\"id\": \"concept-thresholder\"}, \
                       \"output_info_override\": {\"params\": {\"concept_threshold_type\": \"GREATER_THAN\", \
                         \"max_concepts\": 3, \"min_value\": 0.8}}}]}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "workflows[].nodes[].output_info_override.params.max_concepts",
                None,
            ),
            (
                file,
                "workflows[].nodes[].output_info_override.params.concept_threshold_type",
                None,
            ),
        ],
    );
}

/// A rule's word nearest the field says what the rule finds there: the statuses inside a
/// person's subscription preferences are subscription statuses, which the rule that knows that
/// phrase reads as the person's choices, though it lists `subscription preferences` first.
#[test]
fn a_rules_nearest_word_speaks_for_it() {
    let file = "pri_0c2e9a41.json";
    let rows = classified(&[(
        file,
        "{\"hubspot_instance:subscription_preferences\": [{\"recipient\": \"orla@example.org\", \
           \"subscriptionStatuses\": [{\"id\": \"31870\", \"name\": \"Product updates\", \
             \"status\": \"SUBSCRIBED\", \"sourceOfStatus\": \"SUBSCRIPTION_STATUS\", \
             \"legalBasis\": \"CONSENT_WITH_NOTICE\"}]}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "hubspot_instance:subscription_preferences[].subscriptionStatuses[].status",
                Some("Contact Data/Identifiers"),
            ),
            (
                file,
                "hubspot_instance:subscription_preferences[].subscriptionStatuses[].legalBasis",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A video with its likes and who may see or answer it is a post the person published, in
/// TikTok's late-2024 `Video` section as in its older `Post` one.
#[test]
fn a_video_with_its_likes_and_audience_is_a_post() {
    let file = "user_data_tiktok.json";
    let rows = classified(&[(
        file,
        "{\"Video\": {\"Videos\": {\"VideoList\": [\
           {\"Date\": \"2024-11-02 09:14:31\", \"Link\": \"https://www.tiktokv.com/share/video/7432/\", \
            \"Likes\": \"118\", \"WhoCanView\": \"Everyone\", \"AllowComments\": \"Yes\", \"Sound\": \"original sound\"}, \
           {\"Date\": \"2024-11-20 18:40:02\", \"Link\": \"https://www.tiktokv.com/share/video/7440/\", \
            \"Likes\": \"37\", \"WhoCanView\": \"Friends\", \"AllowComments\": \"No\", \"Sound\": \"Batik Laweyan\"}]}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "Video.Videos.VideoList[].Date",
                Some("Social Network Data"),
            ),
            (
                file,
                "Video.Videos.VideoList[].WhoCanView",
                Some("Social Network Data"),
            ),
            (
                file,
                "Video.Videos.VideoList[].AllowComments",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// In a history of use, the id of what was used is an item of that history (the liked tweet of
/// a like), while the record's own id and the ids of other records stay no one's data.
#[test]
fn the_id_of_what_was_used_is_part_of_the_history() {
    let file = "data/like.js";
    let rows = classified(&[(
        file,
        "window.YTD.like.part0 = [\
          {\"like\": {\"tweetId\": \"2025513645636773971\", \"fullText\": \"Low tide at the slipway this morning\", \
            \"expandedUrl\": \"https://twitter.com/i/web/status/2025513645636773971\"}}, \
          {\"like\": {\"tweetId\": \"2016300185813721736\", \"fullText\": \"New oars, old boat\", \
            \"expandedUrl\": \"https://twitter.com/i/web/status/2016300185813721736\"}}]",
    )]);
    assert_categories(&rows, &[(file, "like.tweetId", Some("Web Analytics"))]);
    let file = "Activity/analytics/events-2025-00000-of-00001.json";
    let rows = classified(&[(
        file,
        "{\"event_type\": \"guild_viewed\", \"event_id\": \"AQEDUmu5cetira+UQ/B16vfKzZSXHeE=\", \
           \"guild_id\": \"827941051649669822\", \"os\": \"Windows\", \"timestamp\": \"2025-03-08T17:42:10.418Z\"}\n\
         {\"event_type\": \"guild_viewed\", \"event_id\": \"AQEDUmu5cetira+UQ/B16vfKzZSXHeF=\", \
           \"guild_id\": \"646620918477506812\", \"os\": \"Windows\", \"timestamp\": \"2025-03-09T09:02:55.001Z\"}\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "guild_id", Some("Web Analytics")),
            (file, "event_id", None),
        ],
    );
}

/// An event the person signed up to on LinkedIn, by its name, time and page, is their part in
/// the network, not an analytics event.
#[test]
fn an_event_the_person_joined_is_social() {
    let file = "Events.csv";
    let rows = classified(&[(
        file,
        "Event Name,Event Time,Status,External Url\n\
         Ceramics Days 2026 - Glaze Workshop,\"Apr 22, 2026 10:00 AM - Apr 24, 2026 05:00 PM\",APPROVED,https://events.example.org/ceramics-days\n\
         Kiln Safety Webinar,\"May 02, 2026 06:00 PM - May 02, 2026 07:00 PM\",APPROVED,https://events.example.org/kiln-safety\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Event Name", Some("Social Network Data")),
            (file, "Event Time", Some("Social Network Data")),
            (file, "External Url", Some("Social Network Data")),
        ],
    );
}

/// A card's last digits and expiry, spelled out as Zoho Billing writes them, are the card's.
#[test]
fn a_cards_spelled_out_digits_and_expiry_are_payment() {
    let file = "zoho-billing/customers/2350940000000184061/cards.json";
    let rows = classified(&[(
        file,
        "{\"code\": 0, \"message\": \"success\", \"cards\": [{\"card_id\": \"2350940000000184077\", \
           \"status\": \"active\", \"last_four_digits\": \"4242\", \"expiry_month\": 11, \"expiry_year\": 2028}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "cards[].last_four_digits",
                Some("Payment Information"),
            ),
            (file, "cards[].expiry_month", Some("Payment Information")),
        ],
    );
}

/// A post's attachments hold a picture or a place: the link of the place leads to the place,
/// though the picture makes the attachments visual.
#[test]
fn a_link_leads_to_the_object_it_sits_in() {
    let file = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json";
    let rows = classified(&[(
        file,
        "[{\"timestamp\": 1745830000, \"attachments\": [{\"data\": [\
            {\"media\": {\"uri\": \"your_facebook_activity/posts/media/Mobile_uploads/482913_n.jpg\", \
              \"creation_timestamp\": 1745829990, \"title\": \"Mobile uploads\"}}, \
            {\"place\": {\"name\": \"Kurmi Market\", \"coordinate\": {\"latitude\": 12.0011, \"longitude\": 8.5167}, \
              \"address\": \"Kurmi Market, Kano\", \"url\": \"https://www.facebook.com/kurmi.market.example\"}}]}]}, \
          {\"timestamp\": 1745930000, \"attachments\": [{\"data\": [\
            {\"media\": {\"uri\": \"your_facebook_activity/posts/media/Mobile_uploads/482914_n.jpg\", \
              \"creation_timestamp\": 1745929990, \"title\": \"Mobile uploads\"}}, \
            {\"place\": {\"name\": \"Dye pits\", \"coordinate\": {\"latitude\": 12.0022, \"longitude\": 8.5190}, \
              \"address\": \"Kofar Mata, Kano\", \"url\": \"https://www.facebook.com/kofar.mata.example\"}}]}]}]",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "attachments[].data[].place.url",
                Some("Geolocation and other metadata"),
            ),
            (
                file,
                "attachments[].data[].media.uri",
                Some("Other Visual Information"),
            ),
        ],
    );
}

/// A file a tool named for the customer it fetched charges for holds charges: the word before
/// the id that ends the name says whose, not what.
#[test]
fn a_file_named_for_its_filter_holds_what_comes_before_it() {
    let file = "stripe/v1/charges-customer-cus_SBq7LmW2xYt9Rk.json";
    let rows = classified(&[(
        file,
        "{\"object\": \"list\", \"has_more\": false, \"url\": \"/v1/charges\", \"data\": [\
            {\"id\": \"ch_3RHq1xLmW2xYt9Rk0abc\", \"object\": \"charge\", \"amount\": 4900, \
             \"currency\": \"gbp\", \"customer\": \"cus_SBq7LmW2xYt9Rk\", \"paid\": true, \
             \"status\": \"succeeded\", \"failure_code\": null, \
             \"billing_details\": {\"name\": \"Rosalind Quaye\", \"email\": \"rq@example.org\"}, \
             \"payment_method_details\": {\"type\": \"card\", \"card\": {\"brand\": \"visa\", \"last4\": \"4242\"}}}, \
            {\"id\": \"ch_3RHq1xLmW2xYt9Rk0abd\", \"object\": \"charge\", \"amount\": 1200, \
             \"currency\": \"gbp\", \"customer\": \"cus_SBq7LmW2xYt9Rk\", \"paid\": false, \
             \"status\": \"failed\", \"failure_code\": \"card_declined\", \
             \"billing_details\": {\"name\": \"Rosalind Quaye\", \"email\": \"rq@example.org\"}, \
             \"payment_method_details\": {\"type\": \"card\", \"card\": {\"brand\": \"visa\", \"last4\": \"4242\"}}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "data[].paid", Some("Payment Information")),
            (file, "data[].status", Some("Payment Information")),
            (file, "data[].failure_code", Some("Payment Information")),
        ],
    );
}

/// Whether the person pays, and the age band a service puts them in, say so in their names.
#[test]
fn paying_and_an_age_bucket_are_named_for_what_they_are() {
    let file = "amplitude/useractivity.json";
    let rows = classified(&[(
        file,
        "{\"userData\": {\"user_id\": \"ifeoma.dr\", \"paying\": true, \"country\": \"United Kingdom\"}, \
          \"events\": [{\"event_type\": \"survey_uploaded\", \"event_time\": \"2025-05-02 18:47:09.214000\", \
             \"paying\": true, \"device_family\": \"Android\"}]}",
    )]);
    let music =
        "Apple Media Services information/Apple Music Activity/Apple Music Play Activity.csv";
    let plays = classified(&[(
        music,
        "Event Type,Event Start Timestamp,Song Name,Age Bucket,Device Type\n\
         PLAY_END,2025-03-01T08:00:00Z,Imbizo,35-44,IPHONE\n\
         PLAY_START,2025-03-01T08:04:00Z,Umoya,35-44,IPHONE\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "userData.paying", Some("Payment Information")),
            (file, "events[].paying", Some("Payment Information")),
        ],
    );
    assert_categories(
        &plays,
        &[(
            music,
            "Age Bucket",
            Some("Inferences, Predictions and Tags Generated by Us"),
        )],
    );
}

/// The model id in a device's record is the phone's model, and an order's risks are a judgement
/// the shop made of the person.
#[test]
fn a_devices_model_and_an_orders_risks() {
    let account = "json/account.json";
    let risks = "admin/api/2025-07/orders/6520448839935/risks.json";
    let rows = classified(&[
        (
            account,
            "{\"Basic Information\": {\"Username\": \"sravya.k\", \"Name\": \"Sravya K\"}, \
              \"Device Information\": {\"Make\": \"OPPO\", \"Model ID\": \"CPH2613\", \
                 \"Model Name\": \"Reno12\", \"Language\": \"te\", \"OS Type\": \"ANDROID\"}}",
        ),
        (
            risks,
            "{\"risks\": [{\"id\": 284138680, \"order_id\": 6520448839935, \"score\": \"0.0\", \
               \"recommendation\": \"accept\", \"cause_cancel\": false, \
               \"message\": \"Billing address, card country and IP country all match\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                account,
                "Device Information.Model ID",
                Some("Device/IP Information"),
            ),
            (
                risks,
                "risks[].recommendation",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (
                risks,
                "risks[].message",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
        ],
    );
}

/// Protobuf's JavaScript `toObject()` writes every repeated field of a message, filled or not:
/// a list that is always empty is the form's default, not data (the concepts of a search hit
/// that has none).
#[test]
fn an_empty_list_a_message_always_writes_is_nothing() {
    let file = "searches/busqueda-pocho.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": 10000, \"description\": \"Ok\"}, \"hitsList\": [\
            {\"score\": 0.9137, \"input\": {\"id\": \"perro-01\", \"data\": {\
               \"image\": {\"url\": \"https://samples.example.org/perro-01.jpg\", \"hostedImageInfoMap\": []}, \
               \"conceptsList\": [], \"regionsList\": [], \"embeddingsList\": [], \
               \"metadata\": {\"refugio\": \"Malvín\"}}}}, \
            {\"score\": 0.8412, \"input\": {\"id\": \"perro-02\", \"data\": {\
               \"image\": {\"url\": \"https://samples.example.org/perro-02.jpg\", \"hostedImageInfoMap\": []}, \
               \"conceptsList\": [], \"regionsList\": [], \"embeddingsList\": [], \
               \"metadata\": {\"refugio\": \"Buceo\"}}}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "hitsList[].input.data.conceptsList", None),
            (file, "hitsList[].input.data.embeddingsList", None),
            (file, "hitsList[].input.data.image.hostedImageInfoMap", None),
            (
                file,
                "hitsList[].input.data.image.url",
                Some("Other Visual Information"),
            ),
        ],
    );
}

/// An IP address is the device's network address even in the record of a place, where the one
/// value a profile holds is too few for what the values are to outweigh the place.
#[test]
fn an_ip_address_in_a_place_is_the_devices() {
    let file = "klaviyo/profile.json";
    let rows = classified(&[(
        file,
        "{\"data\": {\"type\": \"profile\", \"id\": \"01HXQ4\", \"attributes\": {\
            \"email\": \"mika@example.org\", \"first_name\": \"Mika\", \
            \"location\": {\"city\": \"Thunder Bay\", \"country\": \"Canada\", \
               \"ip\": \"198.51.100.62\", \"latitude\": 48.38, \"longitude\": -89.25}}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "data.attributes.location.ip",
                Some("Device/IP Information"),
            ),
            (
                file,
                "data.attributes.location.latitude",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
}

/// Odoo names its contacts after its model: a `res.partner` with notes and a salesperson is the
/// person's contact record, not a message. (Its `name` is still read as a sender's: the switch
/// of a record's subject does not yet yield to the file's name as the record's vote does.)
#[test]
fn odoos_partner_is_a_contact() {
    let file = "odoo/res.partner.json";
    let rows = classified(&[(
        file,
        "[{\"id\": 4711, \"name\": \"Ffion Hartigan\", \"type\": \"contact\", \"email\": \"ffion@example.org\", \
           \"phone\": \"+44 7700 900123\", \"comment\": \"<p>Prefers e-mail.</p>\", \"user_id\": [9, \"Rhiannon Powell\"], \
           \"street\": \"3 Wyle Cop\", \"city\": \"Shrewsbury\"}, \
          {\"id\": 4712, \"name\": \"Ffion Hartigan (delivery)\", \"type\": \"delivery\", \"email\": false, \
           \"phone\": false, \"comment\": false, \"user_id\": [9, \"Rhiannon Powell\"], \
           \"street\": \"Unit 4, Severn Yard\", \"city\": \"Shrewsbury\"}]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "type", Some("Contact Data/Identifiers")),
            (file, "comment", Some("Contact Data/Identifiers")),
        ],
    );
}

/// How a model the person uploaded is called, and where its code came from, are the model's
/// build: its method signatures and git registry say nothing of anyone.
#[test]
fn a_models_method_signatures_are_its_build() {
    let file = "clarifai/list-model-versions-bulletin-writer.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": 10000}, \"model_versions\": [{\"id\": \"9f1c2a\", \
            \"created_at\": \"2026-07-01T08:00:00Z\", \
            \"metadata\": {\"git_registry\": {\"url\": \"https://github.com/radyo-example/bulletin-writer\", \"branch\": \"main\"}}, \
            \"method_signatures\": [{\"name\": \"predict\", \"method_type\": \"UNARY_UNARY\", \
               \"input_fields\": [{\"name\": \"prompt\", \"type\": \"STR\", \"description\": \"The bulletin's facts\", \
                  \"type_args\": [{\"name\": \"text\", \"type\": \"STR\"}]}], \
               \"output_fields\": [{\"name\": \"return\", \"type\": \"STR\"}]}]}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "model_versions[].metadata.git_registry.url", None),
            (
                file,
                "model_versions[].method_signatures[].input_fields[].name",
                None,
            ),
            (
                file,
                "model_versions[].method_signatures[].input_fields[].description",
                None,
            ),
        ],
    );
}

/// A service's notices to every user, and when the person read them, are how they used it; a
/// Lithuanian Takeout names YouTube's comments `komentarai`.
#[test]
fn announcements_are_use_and_komentarai_are_comments() {
    let notices = "announcements.csv";
    let comments = "Takeout/YouTube ir YouTube Music/komentarai/komentarai.csv";
    let rows = classified(&[
        (
            notices,
            "id,sent_at,read_at,from_id,from_username,subject,body,url\n\
             ann_1,2026-03-05 16:00:00 UTC,2026-03-06 04:12:39 UTC,t2_1wh0y,reddit,New languages,Posts can now be read in Kannada,https://www.reddit.com/r/reddit/comments/1abc/\n\
             ann_2,2026-04-11 16:00:00 UTC,,t2_1wh0y,reddit,Safety update,Two-factor sign-in is now easier,https://www.reddit.com/r/reddit/comments/1abd/\n",
        ),
        (
            comments,
            "Komentaro ID,Kanalo ID,Komentaro sukūrimo laiko žymė,Kaina,Vaizdo įrašo ID,Komentuoti tekstą\n\
             Ugx1,UCl8Qz4Wb1Ny6Jt3Vk9Ps2Hr,2025-09-14T07:52:36+00:00,0,Pq2Xr6Nd8Fw,\"{\"\"text\"\":\"\"Ačiū!\"\"}\"\n\
             Ugx2,UCl8Qz4Wb1Ny6Jt3Vk9Ps2Hr,2025-09-15T08:10:02+00:00,0,Pq2Xr6Nd8Fx,\"{\"\"text\"\":\"\"Puiku\"\"}\"\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (notices, "body", Some("Web Analytics")),
            (notices, "read_at", Some("Web Analytics")),
            (comments, "Komentuoti tekstą", Some("Social Network Data")),
        ],
    );
}

/// A timeline of what the person did in an app (Libby's books borrowed and returned) is their
/// use of it, not a location history.
#[test]
fn a_timeline_of_activities_is_use_not_places() {
    let file = "libbytimeline-activities.json";
    let rows = classified(&[(
        file,
        "{\"version\": 1, \"timeline\": [\
            {\"cover\": {\"contentType\": \"image/jpeg\", \"url\": \"https://img1.od-cdn.com/ImageType-100/2363-1/Img100.jpg\", \
               \"title\": \"Saltwater Reckoning\", \"color\": \"#1D2F45\", \"format\": \"audiobook\"}, \
             \"title\": {\"text\": \"Saltwater Reckoning\", \"url\": \"https://share.libbyapp.com/title/5240018\", \"titleId\": \"5240018\"}, \
             \"author\": \"Perpetua Lindqvist\", \"publisher\": \"Tidewater Audio\", \"isbn\": \"9781555504802\", \"timestamp\": 1772178480000, \
             \"activity\": \"Borrowed\", \"details\": \" 21 days \", \
             \"library\": {\"text\": \"Assiniboine Crossing Public Library\", \"key\": \"assiniboinecrossing\"}}, \
            {\"cover\": {\"contentType\": \"image/jpeg\", \"url\": \"https://img1.od-cdn.com/ImageType-100/2363-1/Img101.jpg\", \
               \"title\": \"Night Shift Notes\", \"color\": \"#2E1D45\", \"format\": \"ebook\"}, \
             \"title\": {\"text\": \"Night Shift Notes\", \"url\": \"https://share.libbyapp.com/title/5240019\", \"titleId\": \"5240019\"}, \
             \"author\": \"Odile Ferris\", \"publisher\": \"Prairie Press\", \"isbn\": \"9781555504819\", \"timestamp\": 1772264880000, \
             \"activity\": \"Returned\", \"details\": \"\", \
             \"library\": {\"text\": \"Assiniboine Crossing Public Library\", \"key\": \"assiniboinecrossing\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "timeline[].author", Some("Web Analytics")),
            (file, "timeline[].timestamp", Some("Web Analytics")),
        ],
    );
}

/// What the person did on Facebook Dating is their part in the network; the places they starred
/// in Google Maps are favourites in their own list, as the labelling guide keeps stars.
#[test]
fn dating_activity_and_saved_places() {
    let dating = "your_facebook_activity/dating/your_dating_activity.json";
    let saved = "Takeout/Saved/Favourite places.csv";
    let rows = classified(&[
        (
            dating,
            "{\"dating_your_activity_v2\": {\"liked_count\": 27, \"passed_count\": 164, \
               \"smiled_count\": 4, \"see_more_count\": 9, \"friendship_intro\": \"Off\", \
               \"revealed_crushes_sent_count\": 1, \"referred_friends_count\": 0}}",
        ),
        (
            saved,
            "Title,Note,URL,Tags,Comment\n\
             St Gildas Bell Tower,practice Tuesday 7.30,https://www.google.com/maps/place/St+Gildas+Bell+Tower,pub,\n\
             Example Bellfoundry Museum,open Sat only in winter,https://www.google.com/maps/place/Example+Bellfoundry,museum,\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                dating,
                "dating_your_activity_v2.liked_count",
                Some("Social Network Data"),
            ),
            (saved, "Title", Some("Web Analytics")),
            (saved, "URL", Some("Web Analytics")),
        ],
    );
}

/// A file named from the API path that fetched it (`/users/me/apps`) holds what the path names
/// after the account: the person's apps, not their profile.
#[test]
fn a_file_named_from_an_api_path_holds_what_follows_the_account() {
    let file = "clarifai-curl/users_me_apps.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": 10000, \"description\": \"Ok\"}, \"apps\": [\
            {\"id\": \"qajaq-frames\", \"name\": \"Qajaq frames\", \"default_language\": \"en\", \
             \"created_at\": \"2024-02-11T19:02:11Z\", \"description\": \"Frames, lashings and skins\", \
             \"user_id\": \"paninnguaq_la\"}, \
            {\"id\": \"skin-seams\", \"name\": \"Skin seams\", \"default_language\": \"kl\", \
             \"created_at\": \"2025-05-03T10:12:40Z\", \"description\": \"Seam checks\", \
             \"user_id\": \"paninnguaq_la\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "apps[].description", None),
            (file, "apps[].created_at", None),
        ],
    );
}

/// How others engaged with a professional account's content is part of its life on the network,
/// not the person's own use of the app.
#[test]
fn a_professional_accounts_content_interactions_are_social() {
    let file = "logged_information/past_instagram_insights/content_interactions.json";
    let entry = |label: &str, value: &str| {
        format!("\"{label}\": {{\"href\": \"\", \"value\": \"{value}\", \"timestamp\": 0}}")
    };
    let entries = [
        entry("Date Range", "Nov 8 - Feb 5"),
        entry("Content Interactions", "4,318"),
        entry("Post Interactions", "1,207"),
        entry("Post Likes", "1,066"),
        entry("Post Comments", "74"),
        entry("Post Saves", "67"),
        entry("Story Replies", "41"),
        entry("Accounts engaged", "1,932"),
    ]
    .join(", ");
    let content = format!(
        "{{\"organic_insights_interactions\": [{{\"title\": \"\", \"media_map_data\": {{}}, \
         \"string_map_data\": {{{entries}}}}}]}}"
    );
    let rows = classified(&[(file, &content)]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "organic_insights_interactions[].string_map_data.Date Range.value",
                Some("Social Network Data"),
            ),
            (
                file,
                "organic_insights_interactions[].string_map_data.Accounts engaged.value",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A folder's name has no extension: a repository unpacked into folders named by collection
/// (Bluesky's `app.bsky.feed.post/`) holds posts, each record a file named by its key.
#[test]
fn a_folder_named_with_dots_names_its_records() {
    let post = "repo/did:plc:3lylk3rvlbr66pn5hhzjx547/app.bsky.feed.post/3mlsijoj2e2xf.json";
    let rows = classified(&[(
        post,
        "{\"$type\": \"app.bsky.feed.post\", \"createdAt\": \"2026-05-14T09:21:33.512Z\", \
          \"langs\": [\"et\"], \"text\": \"Arhiivist leitud: 1969. aasta laulupeo proovi foto Tartust\"}",
    )]);
    assert_categories(
        &rows,
        &[
            (post, "text", Some("Social Network Data")),
            (post, "createdAt", Some("Social Network Data")),
        ],
    );
}

/// The billing address a card is registered to is an address, as the guide reads a billing
/// address.
#[test]
fn a_cards_billing_address_is_contact_data() {
    let file = "stripe/unified_customers.csv";
    let rows = classified(&[(
        file,
        "id,Email,Card ID,Card Brand,Card Last4,Card Address Line1,Card Address City,Card Address Zip,Card Address Country\n\
         cus_SK1,linnea@example.org,card_1Q,Visa,4242,Glasbruksgränd 7,Kalmar,392 34,SE\n\
         cus_SK2,anders@example.org,card_1R,Mastercard,4444,Storgatan 2,Växjö,352 30,SE\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Card Address Line1", Some("Contact Data/Identifiers")),
            (file, "Card Address Zip", Some("Contact Data/Identifiers")),
        ],
    );
}

/// Carts the person filled and left are what they were about to buy, as one cart is.
#[test]
fn carts_are_payment() {
    let file = "mailchimp/ecommerce-carts.json";
    let rows = classified(&[(
        file,
        "{\"store_id\": \"fieldshop\", \"total_items\": 1, \"carts\": [{\"id\": \"cart-8812\", \
            \"customer\": {\"id\": \"c-41\", \"email_address\": \"valeria@example.org\", \"opt_in_status\": true, \
               \"company\": \"Banco de Semillas\", \"first_name\": \"Valeria\", \"last_name\": \"Quispe\", \
               \"address\": {\"address1\": \"Calle Jordán 214\", \"city\": \"Cochabamba\", \"country\": \"Bolivia\"}}, \
            \"campaign_id\": \"e90b3d5c27\", \"checkout_url\": \"https://shop.example.com/es/carrito/recuperar/8812\", \
            \"currency_code\": \"BOB\", \"order_total\": 412.5, \"created_at\": \"2026-02-09T22:51:30+00:00\", \
            \"updated_at\": \"2026-02-09T23:04:12+00:00\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "carts[].checkout_url", Some("Payment Information")),
            (file, "carts[].created_at", Some("Payment Information")),
        ],
    );
}

/// A segment's own id in the list of segments the company put the person in is that membership;
/// a trip's segment is not.
#[test]
fn the_ids_of_a_persons_segments_are_inferences() {
    let user = "intercom/users/5e677f2b9c1d4a0012e8b3a6.json";
    let trip = "tripit/trip.json";
    let rows = classified(&[
        (
            user,
            "{\"type\": \"user\", \"id\": \"5e677f2b9c1d4a0012e8b3a6\", \"email\": \"zofia@example.org\", \
              \"name\": \"Zofia W\", \"segments\": {\"type\": \"segment.list\", \"segments\": [\
                 {\"type\": \"segment\", \"id\": \"5c1f0b7e6a3d2f001b7e4a91\"}, \
                 {\"type\": \"segment\", \"id\": \"5c1f0b7e6a3d2f001b7e4a92\"}]}}",
        ),
        (
            trip,
            "{\"AirObject\": [{\"Segment\": [{\"uuid\": \"3a8b52f7-5f20-9000-0001-00003a8b52f7\", \
               \"marketing_airline\": \"NZ\", \"start_city_name\": \"Dunedin\"}, \
              {\"uuid\": \"3a8b52f8-5f20-9000-0001-00003a8b52f8\", \
               \"marketing_airline\": \"NZ\", \"start_city_name\": \"Auckland\"}]}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                user,
                "segments.segments[].id",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (trip, "AirObject[].Segment[].uuid", None),
        ],
    );
}

/// What Instagram notes of the account's life on it (`profile_account_insights`) is social,
/// though the word `insights` alone is the company's inference.
#[test]
fn instagrams_profile_account_insights_are_social() {
    let file = "personal_information/personal_information/instagram_profile_information.json";
    let rows = classified(&[(
        file,
        "{\"profile_account_insights\": [{\"title\": \"\", \"media_map_data\": {}, \"string_map_data\": {\
            \"Contact Syncing\": {\"href\": \"\", \"value\": \"Off\", \"timestamp\": 0}, \
            \"Has Shared Live Video\": {\"href\": \"\", \"value\": \"False\", \"timestamp\": 0}, \
            \"First Story Time\": {\"href\": \"\", \"value\": \"\", \"timestamp\": 1621234567}, \
            \"Last Story Time\": {\"href\": \"\", \"value\": \"\", \"timestamp\": 1761234567}}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "profile_account_insights[].string_map_data.Contact Syncing.value",
                Some("Social Network Data"),
            ),
            (
                file,
                "profile_account_insights[].string_map_data.First Story Time.timestamp",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// What the person put in their cart over time is a history of their shopping, not a purchase.
#[test]
fn a_cart_history_is_use() {
    let file = "Your Amazon Orders/Cart History.csv";
    let rows = classified(&[(
        file,
        "ASIN,Add-on Item,Cart Domain,Cart List,Cart Source,Date Added to Cart,Gift Wrapped,One-Click Enabled,Order Quantity,Pantry Item,Prime Subscription,Product Name\n\
         B0B7RQ2KXN,No,Not Applicable,active,Retail,2026-02-11T22:40:18.316Z,No,Yes,1,No,No,\"Bar clamps, set of 4\"\n\
         B0C2MW8TQA,Yes,Not Applicable,active,Retail,2026-02-11T22:43:51.072Z,No,Yes,2,No,No,\"Wood glue, 1 L\"\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Product Name", Some("Web Analytics")),
            (file, "Date Added to Cart", Some("Web Analytics")),
        ],
    );
}

/// The mode X's assistant answered in is the service's setting, written as its enum.
#[test]
fn groks_mode_is_the_services() {
    let file = "data/grok-chat-item.js";
    let rows = classified(&[(
        file,
        "window.YTD.grok_chat_item.part0 = [{\"grokChatItem\": {\"chatId\": \"1996116108640419840\", \
            \"accountId\": \"1559283746\", \"createdAt\": \"2025-11-02T08:11:42.000Z\", \
            \"grokMode\": {\"value\": 1, \"name\": \"Normal\", \"originalName\": \"Normal\", \"annotations\": []}, \
            \"sender\": {\"value\": 0, \"name\": \"User\", \"originalName\": \"User\", \"annotations\": []}, \
            \"message\": \"What is the tilapia price in Kisumu this week?\"}}, \
          {\"grokChatItem\": {\"chatId\": \"1996116108640419840\", \
            \"accountId\": \"1559283746\", \"createdAt\": \"2025-11-02T08:11:49.000Z\", \
            \"grokMode\": {\"value\": 2, \"name\": \"Fun\", \"originalName\": \"Fun\", \"annotations\": []}, \
            \"sender\": {\"value\": 1, \"name\": \"Agent\", \"originalName\": \"Agent\", \"annotations\": []}, \
            \"message\": \"Prices at the Dunga beach market were about KSh 350 a kilo.\"}}]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "grokChatItem.grokMode.name", None),
            (file, "grokChatItem.grokMode.value", None),
        ],
    );
}

/// A CSV file has every column in every row: a column no row filled (`ATTACHMENTS` of messages
/// that had none) is still part of what the rows are, when their filled columns agree on it.
/// An id column left empty points nowhere, and a JSON key that is always null (an API's unset
/// option) keeps its own rules.
#[test]
fn an_empty_column_belongs_to_its_rows() {
    let csv = "messages.csv";
    let json = "messages.json";
    let rows = classified(&[
        (
            csv,
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,THREAD PARENT ID\n\
             2-ZWVkOTAyNTMtNzY0MS00ODE1,Blade repairs,Nalani Brennan-Kealoha,https://www.linkedin.com/in/nalani-bk,Tomoko Matsuda,https://www.linkedin.com/in/tomoko-m,2025-11-19 14:02:37 UTC,April slot,Would your crew have two weeks free in April?,INBOX,,\n\
             2-OGQyM2I4MTYtZDI1OS00MDI1,,Dario Pellegrino,https://www.linkedin.com/in/dariopellegrino,Nalani Brennan-Kealoha,https://www.linkedin.com/in/nalani-bk,2025-10-27 19:44:10 UTC,,Could we compare notes on coatings?,INBOX,,\n",
        ),
        (
            json,
            "[{\"from\": \"Nalani Brennan-Kealoha\", \"to\": \"Tomoko Matsuda\", \"sent_at\": \"2025-11-19T14:02:37Z\", \
               \"content\": \"Would your crew have two weeks free in April?\", \"attachments\": null}, \
              {\"from\": \"Dario Pellegrino\", \"to\": \"Nalani Brennan-Kealoha\", \"sent_at\": \"2025-10-27T19:44:10Z\", \
               \"content\": \"Could we compare notes on coatings?\", \"attachments\": null}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (csv, "CONTENT", Some("Social Network Data")),
            (csv, "ATTACHMENTS", Some("Social Network Data")),
            (csv, "THREAD PARENT ID", None),
            (json, "content", Some("Social Network Data")),
            (json, "attachments", None),
        ],
    );
}

/// A `login` written as text is the name a person signs in with (Twitch's `broadcaster_login`
/// of a channel they follow, Box's `created_by.login`): in a list of followed channels it is
/// one of them, not the device's. A sign-in's time and count stay the device's.
#[test]
fn a_login_name_is_a_user_name() {
    let follows = "channels_followed.json";
    let account = "account.json";
    let rows = classified(&[
        (
            follows,
            "{\"total\": 2, \"data\": [\
              {\"broadcaster_id\": \"71092938\", \"broadcaster_login\": \"mdinalacework\", \"broadcaster_name\": \"MdinaLaceWork\", \"followed_at\": \"2025-06-02T18:04:11Z\"}, \
              {\"broadcaster_id\": \"50328417\", \"broadcaster_login\": \"bobbin_hour\", \"broadcaster_name\": \"bobbin_hour\", \"followed_at\": \"2024-11-20T09:15:40Z\"}], \
              \"pagination\": {}}",
        ),
        (
            account,
            "{\"login\": \"gozolace_mt\", \"email\": \"marija.camilleri@example.com\", \
              \"last_login\": \"2025-11-03T07:41:19Z\", \"login_count\": 412}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (account, "login", Some("Contact Data/Identifiers")),
            (account, "last_login", Some("Device/IP Information")),
            (account, "login_count", Some("Device/IP Information")),
            (
                follows,
                "data[].broadcaster_login",
                Some("Social Network Data"),
            ),
            (follows, "data[].followed_at", Some("Social Network Data")),
        ],
    );
}

/// Pictures of a screen are pictures: a screenshot's capture date and size are its metadata.
/// A marketplace's checkout form is the order the buyer placed, and the carrier of its
/// shipment is a delivery company, not a phone network.
#[test]
fn screenshots_checkout_forms_and_parcel_carriers() {
    let shots = "mediahub/screenshots_search.json";
    let orders = "order/checkout-forms.json";
    let shipments = "order/shipments.json";
    let rows = classified(&[
        (
            shots,
            "{\"values\": [\
              {\"screenshotId\": \"4f1c2a9d-7e30-4b2e-94c0-bd3a11ed8e4b\", \"captureDate\": \"2025-10-02T19:41:07Z\", \
               \"resolutionWidth\": 3840, \"resolutionHeight\": 2160, \"titleName\": \"Forza Horizon 5\", \
               \"contentLocators\": [{\"locatorType\": \"Download\", \"uri\": \"https://screenshotscontent.example.net/4f1c2a9d.png\"}]}, \
              {\"screenshotId\": \"0c8d3e51-2b6a-4f7e-9a1d-5e2f7b9c4a60\", \"captureDate\": \"2025-10-05T21:02:44Z\", \
               \"resolutionWidth\": 1920, \"resolutionHeight\": 1080, \"titleName\": \"Sea of Thieves\", \
               \"contentLocators\": [{\"locatorType\": \"Download\", \"uri\": \"https://screenshotscontent.example.net/0c8d3e51.png\"}]}]}",
        ),
        (
            orders,
            "{\"checkoutForms\": [\
              {\"id\": \"7b2e94c0-bd3a-11ed-8e4b-5f1c2a9d7e30\", \"status\": \"READY_FOR_PROCESSING\", \
               \"updatedAt\": \"2026-03-14T10:22:41.118Z\", \"summary\": {\"totalToPay\": {\"amount\": \"349.00\", \"currency\": \"PLN\"}}}, \
              {\"id\": \"0a9c41e2-c1f4-11ed-9b2d-77aa03e51c88\", \"status\": \"CANCELLED\", \
               \"updatedAt\": \"2026-04-02T16:05:09.540Z\", \"summary\": {\"totalToPay\": {\"amount\": \"59.99\", \"currency\": \"PLN\"}}}]}",
        ),
        (
            shipments,
            "{\"shipments\": [\
              {\"id\": \"c2FsZXMtc2hpcG1lbnQtMQ\", \"waybill\": \"620394857120394857\", \"carrierId\": \"INPOST\", \"carrierName\": \"InPost\", \"createdAt\": \"2026-03-15T08:10:00.000Z\"}, \
              {\"id\": \"c2FsZXMtc2hpcG1lbnQtMg\", \"waybill\": \"00340434161094023415\", \"carrierId\": \"DPD\", \"carrierName\": \"DPD Polska\", \"createdAt\": \"2026-04-03T09:45:00.000Z\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                shots,
                "values[].captureDate",
                Some("Geolocation and other metadata"),
            ),
            (
                shots,
                "values[].resolutionWidth",
                Some("Geolocation and other metadata"),
            ),
            (
                orders,
                "checkoutForms[].status",
                Some("Payment Information"),
            ),
            (
                orders,
                "checkoutForms[].updatedAt",
                Some("Payment Information"),
            ),
        ],
    );
    // Alone, a list of shipments says nothing of whose they are; its carrier is at least not
    // a phone network.
    assert_categories(&rows, &[(shipments, "shipments[].carrierName", None)]);
}

/// Beside the data a response wraps or its count, an object of when its request ran is the
/// response's (Bitrix24's `time`), and a CRM's deal list (`crm.deal.list.json`) holds deals.
/// A record's own `time` (when a ride started and ended) is not a response's.
#[test]
fn a_responses_timing_is_bookkeeping() {
    let deals = "rest/crm.deal.list.json";
    let ride = "rides/ride.json";
    let rows = classified(&[
        (
            deals,
            "{\"result\": [\
              {\"ID\": \"2207\", \"TITLE\": \"Landhausküche Eiche hell\", \"STAGE_ID\": \"PREPARATION\", \"OPPORTUNITY\": \"18640.00\", \"CURRENCY_ID\": \"EUR\", \"DATE_CREATE\": \"2026-02-27T09:21:30+01:00\"}, \
              {\"ID\": \"2251\", \"TITLE\": \"Umzug Wasseranschluss\", \"STAGE_ID\": \"NEW\", \"OPPORTUNITY\": \"740.00\", \"CURRENCY_ID\": \"EUR\", \"DATE_CREATE\": \"2026-03-02T14:05:10+01:00\"}], \
              \"total\": 2, \
              \"time\": {\"start\": 1773908413.562093, \"finish\": 1773908413.704418, \"duration\": 0.14232492446899414, \
                         \"processing\": 0.05210113525390625, \"date_start\": \"2026-03-19T09:20:13+01:00\", \"date_finish\": \"2026-03-19T09:20:13+01:00\"}}",
        ),
        (
            ride,
            "{\"rider\": \"Jonas Reichenbach\", \"distance_km\": 41.2, \
              \"time\": {\"start\": \"2026-03-14T07:02:11+01:00\", \"end\": \"2026-03-14T08:51:40+01:00\"}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (deals, "result[].OPPORTUNITY", Some("Payment Information")),
            (deals, "result[].DATE_CREATE", Some("Payment Information")),
            (deals, "time.start", None),
            (deals, "time.date_finish", None),
        ],
    );
    let start = row(&rows, ride, "time.start");
    assert!(
        !start.evidence.contains("request that saved"),
        "{}",
        start.evidence
    );
}

/// The top of a batch job's response (HubSpot's `batch/read`: its `status`, `startedAt` and
/// `completedAt` beside `results`) says how the job ran, not what the deals are; an order's
/// `status` beside its own items and dates is the order's.
#[test]
fn a_batch_jobs_state_and_times_are_bookkeeping() {
    let deals = "crm/v3/objects/deals/batch/read.json";
    let order = "orders/order-1182.json";
    let rows = classified(&[
        (
            deals,
            "{\"status\": \"COMPLETE\", \"results\": [\
              {\"id\": \"18230911\", \"properties\": {\"amount\": \"1450.00\", \"dealname\": \"Survey boat charter\", \"dealstage\": \"closedwon\", \"closedate\": \"2026-03-02T10:00:00Z\"}}, \
              {\"id\": \"18230977\", \"properties\": {\"amount\": \"320.00\", \"dealname\": \"Drone batteries\", \"dealstage\": \"contractsent\", \"closedate\": \"2026-04-11T10:00:00Z\"}}], \
              \"startedAt\": \"2026-04-02T17:40:12.088Z\", \"completedAt\": \"2026-04-02T17:40:12.140Z\"}",
        ),
        (
            order,
            "{\"status\": \"completed\", \"total\": \"48.90\", \"currency\": \"GBP\", \"completedAt\": \"2026-05-01T12:00:00Z\", \
              \"billing_name\": \"Morag Lennox\", \"items\": [{\"sku\": \"KB-12\", \"price\": \"24.45\"}, {\"sku\": \"KB-14\", \"price\": \"24.45\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                deals,
                "results[].properties.amount",
                Some("Payment Information"),
            ),
            (deals, "status", None),
            (deals, "startedAt", None),
            (deals, "completedAt", None),
        ],
    );
    let status = row(&rows, order, "status");
    assert!(!status.evidence.contains("job"), "{}", status.evidence);
}

/// A batch the API read (HubSpot's `objects/notes/batch/read.json`) holds what its folder
/// names: notes logged with the person, correspondence like their e-mails.
#[test]
fn a_batch_of_notes_is_notes() {
    let notes = "crm/v3/objects/notes/batch/read.json";
    let rows = classified(&[(
        notes,
        "{\"status\": \"COMPLETE\", \"results\": [\
          {\"id\": \"71020331\", \"properties\": {\"hs_note_body\": \"Asked about a trout-counting model.\", \"hs_timestamp\": \"2025-04-02T09:00:00Z\"}, \"createdAt\": \"2025-04-02T09:01:10Z\"}, \
          {\"id\": \"71020388\", \"properties\": {\"hs_note_body\": \"Sent the pricing sheet.\", \"hs_timestamp\": \"2025-04-09T13:30:00Z\"}, \"createdAt\": \"2025-04-09T13:31:02Z\"}], \
          \"startedAt\": \"2025-06-01T10:00:00.001Z\", \"completedAt\": \"2025-06-01T10:00:00.042Z\"}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                notes,
                "results[].properties.hs_note_body",
                Some("Contact Data/Identifiers"),
            ),
            (
                notes,
                "results[].createdAt",
                Some("Contact Data/Identifiers"),
            ),
            (notes, "startedAt", None),
        ],
    );
}

/// The kind of link between two CRM records (HubSpot's `associationTypes[]`) is the CRM's
/// schema, not the deal or the company it links to.
#[test]
fn an_association_type_is_the_crms_schema() {
    let links = "crm/v4/objects/contacts/58120347716/associations/deals.json";
    let rows = classified(&[(
        links,
        "{\"results\": [\
          {\"toObjectId\": 18230911, \"associationTypes\": [{\"category\": \"HUBSPOT_DEFINED\", \"typeId\": 4, \"label\": null}]}, \
          {\"toObjectId\": 18230977, \"associationTypes\": [{\"category\": \"USER_DEFINED\", \"typeId\": 12, \"label\": \"Decision maker\"}]}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (links, "results[].associationTypes[].category", None),
            (links, "results[].associationTypes[].typeId", None),
        ],
    );
}

/// A support case the person opened, as a CRM's data export keeps it (Salesforce's `Case.csv`),
/// is correspondence with the company, like its e-mails.
#[test]
fn a_support_case_is_correspondence() {
    let cases = "Case.csv";
    let rows = classified(&[(
        cases,
        "Id,CaseNumber,Subject,Description,Status,Origin,Priority,CreatedDate,ClosedDate\n\
         5001x00000AbCdEAAV,00001027,Tray photos rejected,The upload fails on PNG files.,Closed,Web,Medium,2025-05-02T08:11:00.000Z,2025-05-03T10:00:00.000Z\n\
         5001x00000AbCdFAAV,00001031,Invoice address,Please change the billing address.,New,Email,Low,2025-06-12T14:20:00.000Z,\n",
    )]);
    assert_categories(
        &rows,
        &[
            (cases, "Subject", Some("Contact Data/Identifiers")),
            (cases, "Status", Some("Contact Data/Identifiers")),
            (cases, "CreatedDate", Some("Contact Data/Identifiers")),
        ],
    );
}

/// What a customer paid, got back and lost to disputes in all (Stripe's Dashboard
/// `customers.csv`) is payment information, in a list of customers as much as in a charge.
#[test]
fn a_customers_totals_are_payment_information() {
    let customers = "customers.csv";
    let rows = classified(&[(
        customers,
        "id,Description,Email,Name,Created (UTC),Total Spend,Payment Count,Refunded Volume,Dispute Losses\n\
         cus_HkQ2x,Leaded glass studio,aoife@example.ie,Aoife Kinsella,2020-03-02 10:11,420.00,3,35.00,0.00\n\
         cus_HkQ3y,,aoife.k@example.ie,Aoife Kinsella,2020-05-14 08:01,0.00,0,0.00,0.00\n",
    )]);
    assert_categories(
        &rows,
        &[
            (customers, "Total Spend", Some("Payment Information")),
            (customers, "Refunded Volume", Some("Payment Information")),
            (customers, "Dispute Losses", Some("Payment Information")),
            (customers, "Email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// An empty list in a section of a one-record export of many sections (TikTok's
/// `Donation.DonationList: null`) would hold what its section names; an empty field of a list
/// of records (a comment's `extra: ""`) is the records' format and says nothing.
#[test]
fn an_empty_list_holds_what_its_section_names() {
    let export = "data.json";
    let output = "outputs/face-detection.json";
    let rows = classified(&[
        (
        export,
        "{\"Your Activity\": {\"Donation\": {\"DonationList\": null}, \"Purchases\": {\"BuyGifts\": {\"BuyGifts\": null}}, \
            \"Most Recent Location Data\": {\"LocationData\": {\"GpsData\": \"32.0809, -81.0912\"}}}, \
          \"Ads and data\": {\"Ad Interests\": {\"AdInterestCategories\": \"Food & Drink | Travel\"}}, \
          \"Profile And Settings\": {\"Profile Info\": {\"ProfileMap\": {\"userName\": \"praline.maker\"}}}, \
          \"Comment\": {\"Comments\": {\"CommentsList\": [{\"date\": \"2025-01-02 10:15:00\", \"comment\": \"So good!\", \"extra\": \"\"}, \
                                                        {\"date\": \"2025-01-04 18:00:00\", \"comment\": \"Where is this?\", \"extra\": \"\"}]}}}",
        ),
        (
            output,
            "{\"id\": \"7f3a2b\", \"input\": {\"id\": \"naming-day-01\", \"data\": {\"image\": {\"url\": \"https://samples.example.com/naming-day-01.jpg\", \"decodedBytes\": \"\"}}}, \
              \"data\": {\"regionsList\": [{\"id\": \"r1\", \"regionInfo\": {\"boundingBox\": {\"topRow\": 0.1, \"leftCol\": 0.2, \"bottomRow\": 0.5, \"rightCol\": 0.6}}, \"value\": 0.99}, \
                                       {\"id\": \"r2\", \"regionInfo\": {\"boundingBox\": {\"topRow\": 0.2, \"leftCol\": 0.5, \"bottomRow\": 0.6, \"rightCol\": 0.9}}, \"value\": 0.97}]}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                export,
                "Your Activity.Donation.DonationList",
                Some("Payment Information"),
            ),
            (
                export,
                "Your Activity.Purchases.BuyGifts.BuyGifts",
                Some("Payment Information"),
            ),
            (export, "Comment.Comments.CommentsList[].extra", None),
            // Nothing was written in an output's image bytes: no metadata of the picture.
            (output, "input.data.image.decodedBytes", None),
        ],
    );
}

/// On a professional network, the company and job of a connection or a recommender are that
/// member's, part of the person's network; a saved job's company and title are the posting's,
/// kept like a bookmark; the person's own positions stay theirs.
#[test]
fn other_members_and_saved_jobs_companies_are_not_the_persons() {
    let connections = "Connections.csv";
    let given = "Recommendations_Given.csv";
    let saved = "Jobs/Saved Jobs.csv";
    let positions = "Positions.csv";
    let rows = classified(&[
        (
            connections,
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
             Rosa,Guzhñay,https://www.linkedin.com/in/rosa-g,,Paja Fina Export,Buyer,12 Mar 2024\n\
             Tomás,Quito,https://www.linkedin.com/in/tquito,,Andes Freight,Logistics Lead,02 Jan 2025\n",
        ),
        (
            given,
            "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n\
             Rosa,Guzhñay,Paja Fina Export,Buyer,Reliable and precise.,04/02/25,VISIBLE\n",
        ),
        (
            saved,
            "Saved Date,Job Url,Job Title,Company Name\n\
             5/2/25 10:11 AM,https://www.linkedin.com/jobs/view/4012345678,Export Coordinator,Tejidos del Austro\n\
             6/9/25 08:40 PM,https://www.linkedin.com/jobs/view/4019876543,Trade Analyst,Puerto Bolívar Co\n",
        ),
        (
            positions,
            "Company Name,Title,Description,Location,Started On,Finished On\n\
             Sombreros Cuenca,Export Coordinator,Shipping toquilla hats,Cuenca,Jan 2021,\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (connections, "Company", Some("Social Network Data")),
            (connections, "Position", Some("Social Network Data")),
            (given, "Job Title", Some("Social Network Data")),
            (saved, "Company Name", Some("Web Analytics")),
            (saved, "Job Title", Some("Web Analytics")),
            (positions, "Company Name", Some("Contact Data/Identifiers")),
        ],
    );
}

/// An empty `value` of a property in a CRM record's map of fields (HubSpot's v1
/// `properties.city.value: ""`) shows only its property's name, which says what it would hold;
/// an empty value under a label a format writes (Meta's `string_map_data`) says nothing.
#[test]
fn an_empty_property_value_is_named_by_its_property() {
    let batch = "contacts/v1/contact/emails/batch.json";
    let devices = "personal_information/device_information/devices.json";
    let rows = classified(&[
        (
            batch,
            "{\"4418027\": {\"vid\": 4418027, \"properties\": {\"city\": {\"value\": \"Lerwick\", \"versions\": []}, \"phone\": {\"value\": \"+44 1632 960418\", \"versions\": []}}}, \
              \"5902366\": {\"vid\": 5902366, \"properties\": {\"city\": {\"value\": \"\", \"versions\": []}, \"phone\": {\"value\": \"\", \"versions\": []}}}}",
        ),
        (
            devices,
            "{\"devices_devices\": [{\"string_map_data\": {\"User Agent\": {\"value\": \"Instagram 312.0 Android\"}, \"Last Login\": {\"value\": \"\"}}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                batch,
                "5902366.properties.city.value",
                Some("Contact Data/Identifiers"),
            ),
            (
                batch,
                "5902366.properties.phone.value",
                Some("Contact Data/Identifiers"),
            ),
            (
                devices,
                "devices_devices[].string_map_data.Last Login.value",
                None,
            ),
        ],
    );
}

/// The envelope a backup script writes around each response it saved (`{fetched_at, endpoint,
/// response}`) says when and where it fetched, not what the response holds.
#[test]
fn a_scripts_fetch_envelope_is_bookkeeping() {
    let log = "clarifai-log/users.jsonl";
    let rows = classified(&[(
        log,
        "{\"fetched_at\": \"2026-03-01T10:00:02Z\", \"endpoint\": \"/v2/users/me\", \"response\": {\"user\": {\"id\": \"lucia_vq\", \"email\": \"lucia@example.bo\", \"first_name\": \"Lucía\"}}}\n\
         {\"fetched_at\": \"2026-03-08T10:00:03Z\", \"endpoint\": \"/v2/users/me\", \"response\": {\"user\": {\"id\": \"lucia_vq\", \"email\": \"lucia@example.bo\", \"first_name\": \"Lucía\"}}}\n",
    )]);
    assert_categories(
        &rows,
        &[
            (log, "fetched_at", None),
            (log, "endpoint", None),
            (log, "response.user.email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// In Meta's `label_values[]`, a `title` heads a group of slots (`{title: "Close friends",
/// dict: [...]}`) as a `label` names one: the format's words, not the person's data.
#[test]
fn a_meta_groups_title_names_its_slots() {
    let audiences = "connections/friends/your_post_audiences.json";
    let rows = classified(&[(
        audiences,
        "[{\"timestamp\": 1733000000, \"label_values\": [\
           {\"label\": \"Default audience\", \"value\": \"Friends\"}, \
           {\"title\": \"Close friends\", \"dict\": [{\"label\": \"Name\", \"value\": \"Bruna Ferraro\"}, {\"label\": \"Name\", \"value\": \"Luca Mazza\"}]}, \
           {\"title\": \"Excluded friends\", \"dict\": [{\"label\": \"Name\", \"value\": \"Piero Conti\"}]}], \
          \"fbid\": \"100064\"}]",
    )]);
    assert_categories(&rows, &[(audiences, "label_values[].title", None)]);
}

/// The time zone a device is set to (Apple's `Device Time Zone`) is the device's setting; the
/// time zone of a place the person visited stays geolocation.
#[test]
fn a_devices_time_zone_is_its_setting() {
    let devices = "Apple ID Device Information.csv";
    let visits = "visits.json";
    let rows = classified(&[
        (
            devices,
            "Device Name,Device Model,Device OS Version,Device Time Zone,Device Last Heartbeat IP\n\
             Siti's iPhone,\"iPhone15,4\",iOS 18.1,Asia/Kuching,198.51.100.61\n\
             Siti's iPad,\"iPad13,18\",iPadOS 18.1,Asia/Kuching,198.51.100.61\n",
        ),
        (
            visits,
            "[{\"place\": \"Kuching Waterfront\", \"latitude\": 1.5587, \"longitude\": 110.3441, \"time_zone\": \"Asia/Kuching\"}, \
              {\"place\": \"Bako National Park\", \"latitude\": 1.7167, \"longitude\": 110.4667, \"time_zone\": \"Asia/Kuching\"}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (devices, "Device Time Zone", Some("Device/IP Information")),
            (visits, "time_zone", Some("Geolocation and other metadata")),
        ],
    );
}

/// The courses and causes a profile lists (LinkedIn's `Courses.csv`, `Causes You Care
/// About.csv`) are what the person says about themselves, as their certifications are.
#[test]
fn a_profiles_courses_and_causes_are_the_persons() {
    let courses = "Courses.csv";
    let causes = "Causes You Care About.csv";
    let rows = classified(&[
        (
            courses,
            "Name,Number\nGeodetic Datums and Map Projections,GEO-214\nGNSS Network Adjustment,\n",
        ),
        (
            causes,
            "Supported Cause\nenvironment\nscienceAndTechnology\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (courses, "Name", Some("Contact Data/Identifiers")),
            (courses, "Number", Some("Contact Data/Identifiers")),
            (causes, "Supported Cause", Some("Contact Data/Identifiers")),
        ],
    );
}

/// An HTTP entity tag is a cache's check on the record, not a tag anyone gave it, however its
/// key is cased (Salesforce UI API's `eTag`).
#[test]
fn an_entity_tag_is_bookkeeping() {
    let record = "ui-api/records/003Wk00000Lr4PqIAJ.json";
    let rows = classified(&[(
        record,
        "{\"apiName\": \"Contact\", \"eTag\": \"9f3b2d61c0a8e4f7b5d2a1c6e8f03b47\", \
          \"fields\": {\"Email\": {\"displayValue\": null, \"value\": \"solveig@example.no\"}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (record, "eTag", None),
            (
                record,
                "fields.Email.value",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A gift's recipient's contact details are how to reach a person by the column's own name,
/// though its file is an order history and Amazon writes `Not Available` when it has none.
#[test]
fn a_gift_recipients_contact_details_are_contact_data() {
    let orders = "Retail.OrderHistory.1/Retail.OrderHistory.1.csv";
    let rows = classified(&[(
        orders,
        "Order ID,Order Date,Unit Price,Currency,Gift Message,Gift Recipient Contact Details\n\
         112-0000001-0000001,2025-03-02T10:11:12Z,24.99,USD,Not Available,Not Available\n\
         112-0000001-0000002,2025-05-14T08:01:40Z,12.50,USD,Happy birthday!,jo.example@example.org\n",
    )]);
    assert_categories(
        &rows,
        &[
            (orders, "Unit Price", Some("Payment Information")),
            (
                orders,
                "Gift Recipient Contact Details",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The business name of a place the person reviewed (Google Maps' `Reviews.json`) names the
/// place, not a company the person works for; a customer's own business name is theirs.
#[test]
fn a_places_business_name_is_the_places() {
    let reviews = "Takeout/Maps (your places)/Reviews.json";
    let customer = "customers.json";
    let rows = classified(&[
        (
            reviews,
            "{\"type\": \"FeatureCollection\", \"features\": [\
              {\"geometry\": {\"coordinates\": [170.5046, -45.8742], \"type\": \"Point\"}, \
               \"properties\": {\"Google Maps URL\": \"http://maps.google.com/?cid=1234567890123456789\", \
                \"Location\": {\"Address\": \"12 Wharf St, Dunedin 9016, New Zealand\", \"Business Name\": \"Harbourside Chandlery\", \"Country Code\": \"NZ\"}, \
                \"Published\": \"2025-02-11T04:12:55.112Z\", \"Star Rating\": 5, \"Review Comment\": \"Good rope.\"}, \"type\": \"Feature\"}]}",
        ),
        (
            customer,
            "[{\"id\": \"cus_R2x\", \"email\": \"ana@example.org\", \"business_name\": \"Otago Ferry Works\"}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                reviews,
                "features[].properties.Location.Business Name",
                Some("Geolocation and other metadata"),
            ),
            (customer, "business_name", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The audiobooks of an Audible library were bought, taken with a credit or in a plan: the
/// library is what the person paid for, while a music library is what they listen to.
#[test]
fn an_audible_library_is_what_the_person_bought() {
    let audible = "Audible.Library/Audible.Library.csv";
    let music = "Spotify Account Data/YourLibrary.json";
    let rows = classified(&[
        (
            audible,
            "\"DateAdded\",\"Title\",\"Asin\",\"IsDownloaded\",\"Downloads\",\"OrderNumber\",\"OriginType\"\n\
             \"14-NOV-2023\",\"The Pipe Organ Handbook (Unabridged)\",\"B0CK7TZQ4M\",\"Y\",\"2\",\"D01-3318402-5529017\",\"Purchase\"\n\
             \"02-FEB-2025\",\"Winds of the Great Lakes (Unabridged)\",\"B0DMX2RV8L\",\"Y\",\"1\",,\"AYCE\"\n",
        ),
        (
            music,
            "{\"tracks\": [{\"artist\": \"Marisol Vega\", \"album\": \"Slow Tide\", \"track\": \"Harbour\", \"uri\": \"spotify:track:1a2b3c\"}, \
                          {\"artist\": \"The Linen Kites\", \"album\": \"North\", \"track\": \"Lights\", \"uri\": \"spotify:track:4d5e6f\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (audible, "Title", Some("Payment Information")),
            (audible, "DateAdded", Some("Payment Information")),
        ],
    );
    assert_ne!(
        category_in(&rows, music, "tracks[].track").as_deref(),
        Some("Payment Information")
    );
}

/// A `type` whose value names the key of its object that holds the details (Stripe's invoice
/// `parent.type: "subscription_details"`) is the schema's pointer, not payment information; a
/// payment method's `type: "card"` beside its `card` says how the person pays.
#[test]
fn a_type_naming_its_details_is_the_formats() {
    let invoices = "invoices.json";
    let methods = "payment_methods.json";
    let rows = classified(&[
        (
            invoices,
            "{\"object\": \"list\", \"data\": [\
              {\"id\": \"in_1QxR2b\", \"object\": \"invoice\", \"amount_paid\": 2900, \"currency\": \"eur\", \"status\": \"paid\", \
               \"parent\": {\"type\": \"subscription_details\", \"quote_details\": null, \
                            \"subscription_details\": {\"subscription\": \"sub_1QxQ9z\", \"metadata\": {}}}}, \
              {\"id\": \"in_1Qy7Tc\", \"object\": \"invoice\", \"amount_paid\": 2900, \"currency\": \"eur\", \"status\": \"paid\", \
               \"parent\": {\"type\": \"subscription_details\", \"quote_details\": null, \
                            \"subscription_details\": {\"subscription\": \"sub_1QxQ9z\", \"metadata\": {}}}}], \
              \"has_more\": false, \"url\": \"/v1/invoices\"}",
        ),
        (
            methods,
            "{\"object\": \"list\", \"data\": [\
              {\"id\": \"pm_1Qx\", \"object\": \"payment_method\", \"type\": \"card\", \"card\": {\"brand\": \"visa\", \"last4\": \"4242\", \"exp_month\": 8, \"exp_year\": 2028}}, \
              {\"id\": \"pm_1Qy\", \"object\": \"payment_method\", \"type\": \"card\", \"card\": {\"brand\": \"mastercard\", \"last4\": \"4444\", \"exp_month\": 3, \"exp_year\": 2029}}], \
              \"has_more\": false, \"url\": \"/v1/payment_methods\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (invoices, "data[].parent.type", None),
            (invoices, "data[].amount_paid", Some("Payment Information")),
            (methods, "data[].type", Some("Payment Information")),
        ],
    );
}

/// The id in a list of the posts a person saved or hid (Reddit's `saved_posts.csv`) is the
/// post, as it is in their votes: an item of their use.
#[test]
fn a_saved_posts_id_is_the_post() {
    let saved = "saved_posts.csv";
    let hidden = "hidden_posts.csv";
    let rows = classified(&[
        (
            saved,
            "id,permalink\n1f3k9qz,https://www.reddit.com/r/icesculpture/comments/1f3k9qz/\n1g7b2xw,https://www.reddit.com/r/Kiruna/comments/1g7b2xw/\n",
        ),
        (
            hidden,
            "id,permalink\n1d0v8ra,https://www.reddit.com/r/pics/comments/1d0v8ra/\n1e5m4tn,https://www.reddit.com/r/news/comments/1e5m4tn/\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (saved, "id", Some("Web Analytics")),
            (hidden, "id", Some("Web Analytics")),
        ],
    );
}

/// The segment a company puts its customer in (Audible's onboarding `Customer Segment`, an
/// identity provider's `app_metadata.customer_segment`) is its conclusion about the person.
#[test]
fn a_customer_segment_is_an_inference() {
    let file = "user.json";
    let rows = classified(&[(
        file,
        "{\"user_id\": \"auth0|64f1c2a9d7e30b2e94c0bd3a\", \"email\": \"maisie.kerr@example.org\", \
          \"app_metadata\": {\"customer_segment\": \"smb-growth\", \"plan\": \"community\"}}",
    )]);
    assert_categories(
        &rows,
        &[(
            file,
            "app_metadata.customer_segment",
            Some("Inferences, Predictions and Tags Generated by Us"),
        )],
    );
}

/// Goods sent back for a refund (eBay's Post-Order `return`) are part of what the person paid.
#[test]
fn a_return_is_payment() {
    let file = "post-order/return/5308841276.json";
    let rows = classified(&[(
        file,
        "{\"summary\": {\"returnId\": \"5308841276\", \"state\": \"ITEM_SHIPPED\", \
            \"creationInfo\": {\"reason\": \"ARRIVED_DAMAGED\", \"creationDate\": {\"value\": \"2025-10-02T14:11:07.000Z\"}}, \
            \"buyerTotalRefund\": {\"estimatedRefundAmount\": {\"value\": 84.5, \"currency\": \"USD\"}}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "summary.creationInfo.reason",
                Some("Payment Information"),
            ),
            (
                file,
                "summary.creationInfo.creationDate.value",
                Some("Payment Information"),
            ),
        ],
    );
}

/// Where Clarifai stores a text or a sound input (`data.text.url`, the `hosted` copy's parts) is
/// the service's link to it, and no picture, even when the link names an image file (the
/// placeholder its text outputs carry); an image input's hosted copy stays a picture.
#[test]
fn a_text_inputs_stored_copy_is_no_picture() {
    let file = "list-inputs.json";
    let rows = classified(&[(
        file,
        "{\"inputs\": [\
            {\"id\": \"a1\", \"data\": {\"text\": {\"raw\": \"Letter to the parish, 1911\", \
                \"url\": \"https://samples.clarifai.com/placeholder.gif\", \
                \"hosted\": {\"prefix\": \"https://data.clarifai.com\", \
                    \"suffix\": \"users/ana/apps/letters/inputs/text/7f5e81\", \"sizes\": [\"orig\"]}}}},\
            {\"id\": \"a2\", \"data\": {\"image\": {\"url\": \"https://files.example.org/p/1.jpg\", \
                \"hosted\": {\"prefix\": \"https://data.clarifai.com\", \
                    \"suffix\": \"users/ana/apps/letters/inputs/image/9c2d\", \"sizes\": [\"orig\", \"small\"]}}}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "inputs[].data.text.url", None),
            (file, "inputs[].data.text.hosted.prefix", None),
            (file, "inputs[].data.text.hosted.sizes", None),
            (
                file,
                "inputs[].data.image.url",
                Some("Other Visual Information"),
            ),
            (
                file,
                "inputs[].data.image.hosted.sizes",
                Some("Other Visual Information"),
            ),
        ],
    );
}

/// How and when a service worked out the person's age (Spotify's `assuredAgeMethod` and
/// `assuredAgeTimestamp`) goes with the age it worked out: its inference, even left empty.
#[test]
fn how_an_age_was_assured_is_an_inference() {
    let file = "Spotify Account Data/Userdata.json";
    let rows = classified(&[(
        file,
        "{\"username\": \"31kq7ubx2m\", \"email\": \"thandi.dlamini@example.org\", \
          \"birthdate\": \"1991-04-12\", \"assuredEstimatedAge\": null, \
          \"assuredAgeMethod\": null, \"assuredAgeTimestamp\": null}",
    )]);
    let inference = Some("Inferences, Predictions and Tags Generated by Us");
    assert_categories(
        &rows,
        &[
            (file, "assuredAgeMethod", inference),
            (file, "assuredAgeTimestamp", inference),
        ],
    );
}

/// The videos the person watched on Facebook Watch are what they watched, not their pictures.
#[test]
fn facebook_watch_videos_are_a_viewing_history() {
    let file = "facebook-ana-2025/preferences/preferences/video.json";
    let rows = classified(&[(
        file,
        "{\"watch_videos_v2\": [{\"video_title\": \"Hvalaskoðun við Snæfellsnes\", \
            \"user_action\": \"Watched\", \"action_time\": \"Mar 3, 2025 8:14:02 pm\", \
            \"feedback_collection\": \"Not interested\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "watch_videos_v2[].video_title", Some("Web Analytics")),
            (file, "watch_videos_v2[].action_time", Some("Web Analytics")),
        ],
    );
}

/// A place the person starred in Google Maps is an item of their list of favourites, its
/// address and coordinates included, not a place they were.
#[test]
fn a_saved_place_is_an_item_of_a_list() {
    let file = "Takeout/Maps (your places)/Saved Places.json";
    let rows = classified(&[(
        file,
        "{\"type\": \"FeatureCollection\", \"features\": [{\"geometry\": \
            {\"coordinates\": [-90.4290, 42.4167], \"type\": \"Point\"}, \
            \"properties\": {\"date\": \"2025-04-02T16:20:11Z\", \
            \"google_maps_url\": \"http://maps.google.com/?cid=1234567890\", \
            \"location\": {\"address\": \"111 N Main St, Galena, IL 61036, USA\", \
                \"country_code\": \"US\", \"name\": \"Old Market House\"}}, \"type\": \"Feature\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "features[].geometry.coordinates",
                Some("Web Analytics"),
            ),
            (
                file,
                "features[].properties.location.address",
                Some("Web Analytics"),
            ),
            (
                file,
                "features[].properties.location.name",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// A folder named with a date (`nino_account_2026-05-09/`) names one copy of the download, not
/// what its files hold: the word `account` in it does not make the own fields of the apps and
/// datasets the person made contact data.
#[test]
fn a_dated_folder_names_the_download_not_its_records() {
    let file = "nino_account_2026-05-09/list_apps.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": \"SUCCESS\", \"description\": \"Ok\"}, \"apps\": [\
            {\"id\": \"svan-towers\", \"userId\": \"nino_cb\", \"description\": \"Facades of Svan towers\", \
             \"defaultLanguage\": \"en\", \"createdAt\": \"2025-06-01T08:00:00Z\"},\
            {\"id\": \"mestia-roofs\", \"userId\": \"nino_cb\", \"description\": \"Slate roofs\", \
             \"defaultLanguage\": \"ka\", \"createdAt\": \"2025-09-12T10:30:00Z\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "apps[].userId", Some("Contact Data/Identifiers")),
            (file, "apps[].description", None),
            (file, "apps[].createdAt", None),
        ],
    );
}

/// The tags a help desk puts on the person's conversation are the company's labels of them, as
/// its tags on the person's contact record are.
#[test]
fn a_help_desks_tags_on_a_conversation_are_its_inference() {
    let file = "v2/conversations.json";
    let rows = classified(&[(
        file,
        "{\"_embedded\": {\"conversations\": [{\"id\": 3012774519, \"number\": 4821, \
            \"subject\": \"Invoice in the wrong currency\", \"status\": \"closed\", \
            \"primaryCustomer\": {\"email\": \"agata.nowak@example.org\"}, \
            \"tags\": [{\"id\": 8811, \"color\": \"#c1d3f2\", \"tag\": \"billing\"}, \
                       {\"id\": 8812, \"color\": \"#e2c4a1\", \"tag\": \"vip\"}]}]}}",
    )]);
    assert_categories(
        &rows,
        &[(
            file,
            "_embedded.conversations[].tags[].tag",
            Some("Inferences, Predictions and Tags Generated by Us"),
        )],
    );
}

/// A file of one transaction (`transaction-r2m8h6jz.json`, Braintree's GraphQL `node`) holds a
/// payment, as a file of transactions does: its status and history are the payment's.
#[test]
fn a_file_of_one_transaction_holds_a_payment() {
    let file = "braintree/graphql/transaction-r2m8h6jz.json";
    let rows = classified(&[(
        file,
        "{\"data\": {\"node\": {\"id\": \"dHJhbnNhY3Rpb25fcjJtOGg2amo\", \"status\": \"PROCESSOR_DECLINED\", \
            \"amount\": {\"value\": \"129.00\", \"currencyCode\": \"USD\"}, \
            \"statusHistory\": [{\"status\": \"PROCESSOR_DECLINED\", \"timestamp\": \"2026-02-11T15:02:44.000000Z\", \
                \"processorResponse\": {\"legacyCode\": \"2001\", \"message\": \"Insufficient Funds\"}}]}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "data.node.status", Some("Payment Information")),
            (
                file,
                "data.node.statusHistory[].timestamp",
                Some("Payment Information"),
            ),
        ],
    );
}

/// In a COCO annotation, the id of its category names the label, as a concept's id does; the
/// annotation's own id only numbers the record.
#[test]
fn a_coco_annotations_category_id_names_its_label() {
    let file = "coco_detection/annotations/instances_default.json";
    let rows = classified(&[(
        file,
        "{\"images\": [{\"id\": 1, \"file_name\": \"stall-01.png\", \"width\": 640, \"height\": 480}], \
          \"categories\": [{\"id\": 1, \"name\": \"reindeer-hide\", \"supercategory\": \"\"}, \
                           {\"id\": 2, \"name\": \"silver-spoon\", \"supercategory\": \"\"}], \
          \"annotations\": [{\"id\": 1, \"image_id\": 1, \"category_id\": 2, \"bbox\": [12.0, 40.5, 88.0, 61.0], \
                              \"area\": 5368.0, \"iscrowd\": 0}, \
                             {\"id\": 2, \"image_id\": 1, \"category_id\": 1, \"bbox\": [200.0, 10.0, 120.0, 95.5], \
                              \"area\": 11460.0, \"iscrowd\": 0}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "annotations[].category_id",
                Some("Predictions and Tags"),
            ),
            (file, "annotations[].id", None),
        ],
    );
}

/// HubSpot's v1 contact record carries its own token and a flag of whether it is a contact yet:
/// the CRM's handles on its record, while the person's e-mail in it stays contact data.
#[test]
fn a_hubspot_v1_records_token_and_contact_flag_are_bookkeeping() {
    let file = "contacts/v1/contact/vid/5820114/profile.json";
    let rows = classified(&[(
        file,
        "{\"vid\": 5820114, \"canonical-vid\": 5820114, \"portal-id\": 62515, \"is-contact\": true, \
          \"profile-token\": \"AO_T-mPNE7uKf0pDKZbmJoWDxTyXqNv3aQMbY2J9fiWLrqKQ7vVJ2p1Cq\", \
          \"properties\": {\"email\": {\"value\": \"ingrid.solberg@example.com\"}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "profile-token", None),
            (file, "is-contact", None),
            (
                file,
                "properties.email.value",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A quote is a price the company offered the person before an order: its name, status and
/// expiry are part of what they would pay, not their contact details.
#[test]
fn a_quote_is_payment_information() {
    let file = "salesforce/query-Quote.json";
    let rows = classified(&[(
        file,
        "{\"totalSize\": 1, \"done\": true, \"records\": [{\"attributes\": {\"type\": \"Quote\"}, \
            \"Id\": \"0Q0Dn000001xKpQKAU\", \"Name\": \"Grading cameras for the Oulu mill\", \
            \"Status\": \"Presented\", \"ExpirationDate\": \"2025-11-30\", \"GrandTotal\": 18450.0, \
            \"Email\": \"aino.virtanen@example.fi\", \"Phone\": \"+358 40 5550123\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "records[].Status", Some("Payment Information")),
            (
                file,
                "records[].ExpirationDate",
                Some("Payment Information"),
            ),
            (file, "records[].Email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// Which ways to pay an invoice's page offers is the company's setup, not how the person paid.
#[test]
fn the_ways_an_invoice_may_be_paid_are_bookkeeping() {
    let file = "square/invoices.json";
    let rows = classified(&[(
        file,
        "{\"invoices\": [{\"id\": \"inv:0-ChCHu2mZEabLeeHahQnXDjZTECY\", \"invoice_number\": \"000101\", \
            \"status\": \"UNPAID\", \"payment_requests\": [{\"request_type\": \"BALANCE\", \
                \"due_date\": \"2025-07-01\", \"computed_amount_money\": {\"amount\": 48000, \"currency\": \"CAD\"}}], \
            \"accepted_payment_methods\": {\"card\": true, \"square_gift_card\": false, \
                \"bank_account\": false, \"buy_now_pay_later\": false}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "invoices[].accepted_payment_methods.card", None),
            (
                file,
                "invoices[].accepted_payment_methods.bank_account",
                None,
            ),
            (
                file,
                "invoices[].payment_requests[].due_date",
                Some("Payment Information"),
            ),
        ],
    );
}

/// The planned phases of a paid plan (Stripe's subscription schedules) are part of what the
/// person pays for, unlike a subscription to a channel.
#[test]
fn a_subscription_schedule_is_payment_information() {
    let file = "v1/subscription_schedules.json";
    let rows = classified(&[(
        file,
        "{\"object\": \"list\", \"data\": [{\"id\": \"sub_sched_1QxYzA2eZvKYlo2C\", \"object\": \"subscription_schedule\", \
            \"status\": \"active\", \"end_behavior\": \"release\", \"created\": 1735732800, \
            \"current_phase\": {\"start_date\": 1735732800, \"end_date\": 1743508800}, \
            \"phases\": [{\"start_date\": 1735732800, \"end_date\": 1743508800, \
                          \"proration_behavior\": \"create_prorations\"}]}], \"has_more\": false}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "data[].status", Some("Payment Information")),
            (
                file,
                "data[].phases[].start_date",
                Some("Payment Information"),
            ),
        ],
    );
}

/// A dated folder names a copy of the download, not what its records are about either: the
/// boxes a person drew around faces in `supra-faces-2026-05-03/` are their labels, as with any
/// hand-drawn box, since no face model made them.
#[test]
fn a_dated_folders_words_do_not_say_what_its_records_are_about() {
    let file = "supra-faces-2026-05-03/list_annotations.json";
    let rows = classified(&[(
        file,
        "{\"status\": {\"code\": 10000, \"description\": \"Ok\"}, \"annotations\": [\
            {\"id\": \"a81c\", \"input_id\": \"in-04\", \"data\": {\"regions\": [{\"id\": \"r1\", \
                \"region_info\": {\"bounding_box\": {\"top_row\": 0.12, \"left_col\": 0.31, \"bottom_row\": 0.44, \"right_col\": 0.52}}, \
                \"data\": {\"concepts\": [{\"id\": \"nino\", \"name\": \"Nino\", \"value\": 1}]}}]}, \
             \"created_at\": \"2026-05-02T18:20:11Z\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "annotations[].data.regions[].region_info.bounding_box.top_row",
                Some("Predictions and Tags"),
            ),
            (
                file,
                "annotations[].data.regions[].data.concepts[].name",
                Some("Predictions and Tags"),
            ),
        ],
    );
}

/// The wallet that tokenised a card (Stripe's `tokenization_method`) is part of the card, even
/// left empty, and a help desk's malware scan of an attachment is the desk's own check.
#[test]
fn a_cards_tokenization_is_payment_and_a_malware_scan_is_bookkeeping() {
    let cards = "stripe/customer.json";
    let comments = "zendesk/tickets/7714/comments.json";
    let rows = classified(&[
        (
            cards,
            "{\"id\": \"cus_Q1\", \"sources\": {\"object\": \"list\", \"data\": [{\"id\": \"card_1\", \
                \"object\": \"card\", \"brand\": \"Visa\", \"last4\": \"4242\", \"exp_month\": 8, \
                \"exp_year\": 2027, \"funding\": \"credit\", \"tokenization_method\": null}]}}",
        ),
        (
            comments,
            "{\"comments\": [{\"id\": 1, \"author_id\": 42, \"body\": \"Photo of the lichen plot\", \
                \"attachments\": [{\"file_name\": \"plot-7.jpg\", \"content_type\": \"image/jpeg\", \
                    \"content_url\": \"https://example.zendesk.com/attachments/token/abc/?name=plot-7.jpg\", \
                    \"malware_scan_result\": \"malware_not_found\", \"malware_access_override\": false}]}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                cards,
                "sources.data[].tokenization_method",
                Some("Payment Information"),
            ),
            (
                comments,
                "comments[].attachments[].malware_scan_result",
                None,
            ),
            (
                comments,
                "comments[].attachments[].malware_access_override",
                None,
            ),
        ],
    );
}

/// The tests a profile lists (LinkedIn's `Test Scores.csv`) are part of the profile, as its
/// courses are.
#[test]
fn a_profiles_test_scores_are_contact_data() {
    let file = "Test Scores.csv";
    let rows = classified(&[(
        file,
        "Name,Score,Test Date,Description\n\
         DELF B2,84/100,Mar 2019,French for chocolate suppliers\n\
         TOEFL iBT,104,Oct 2021,\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Name", Some("Contact Data/Identifiers")),
            (file, "Score", Some("Contact Data/Identifiers")),
        ],
    );
}

/// How a service numbers and keeps its records is bookkeeping: an invoice document's number
/// (Apple's `Document Number`), a customer's invoice prefix and an invoice line's pointer to its
/// item (Stripe's), whether a help desk's user came from a shared desk (Zendesk's `shared`) or
/// a message part was redacted (Intercom's `redacted`), and where an app keeps its embeddings
/// (Clarifai's `embeddings_storage`).
#[test]
fn record_numbering_and_a_desks_handling_of_its_records_are_bookkeeping() {
    let store = "Store Transaction History.csv";
    let customer = "stripe/customer.json";
    let invoices = "stripe/invoices.json";
    let user = "zendesk/user.json";
    let conversation = "intercom/conversations/215.json";
    let apps = "clarifai/list-apps.json";
    let rows = classified(&[
        (
            store,
            "Item Purchased Date,Content Type,Item Description,Document Number,Order Number,Invoice Item Total\n\
             2025-03-02,App,Tide Tables Pro,MT4S7Q2L9X,MKV3B1ZQ8R,4.99\n",
        ),
        (
            customer,
            "{\"id\": \"cus_Q1\", \"object\": \"customer\", \"email\": \"ana@example.com\", \
                \"invoice_prefix\": \"6D3E1F0A\", \"currency\": \"eur\"}",
        ),
        (
            invoices,
            "{\"data\": [{\"id\": \"in_1\", \"amount_due\": 1200, \"lines\": {\"data\": [{\"id\": \"il_1\", \
                \"amount\": 1200, \"parent\": {\"type\": \"subscription_item_details\", \
                \"invoice_item_details\": null, \"subscription_item_details\": {\"subscription\": \"sub_1\"}}}]}}]}",
        ),
        (
            user,
            "{\"user\": {\"id\": 26418, \"name\": \"Ana Lopes\", \"email\": \"ana@example.com\", \
                \"shared\": false, \"role\": \"end-user\"}}",
        ),
        (
            conversation,
            "{\"type\": \"conversation\", \"id\": \"215\", \"source\": {\"type\": \"conversation\", \
                \"body\": \"<p>My invoice is wrong</p>\", \"redacted\": false, \
                \"author\": {\"type\": \"user\", \"email\": \"ana@example.com\"}}}",
        ),
        (
            apps,
            "{\"apps\": [{\"id\": \"tide-watch\", \"user_id\": \"ana_lo\", \
                \"embeddings_storage\": \"default\", \"created_at\": \"2025-01-02T10:00:00Z\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (store, "Document Number", None),
            (store, "Invoice Item Total", Some("Payment Information")),
            (customer, "invoice_prefix", None),
            (customer, "email", Some("Contact Data/Identifiers")),
            (
                invoices,
                "data[].lines.data[].parent.invoice_item_details",
                None,
            ),
            (user, "user.shared", None),
            (user, "user.email", Some("Contact Data/Identifiers")),
            (conversation, "source.redacted", None),
            (apps, "apps[].embeddings_storage", None),
        ],
    );
}

/// Which terms the person accepted for their account, and when, are their account's agreements
/// with the company, named so even while Snapchat's list is still empty.
#[test]
fn the_terms_a_person_accepted_are_contact_data() {
    let account = "json/account.json";
    let game_center = "Game Center/Game Center Data.json";
    let rows = classified(&[
        (
            account,
            "{\"Basic Information\": {\"Username\": \"ana.lo\", \"Creation Date\": \"2016-09-14 17:22:03 UTC\"}, \
                \"Privacy Policy and Terms of Service Acceptance History\": [], \
                \"Custom Creative Tools Terms\": []}",
        ),
        (
            game_center,
            "{\"terms_data\": [{\"terms_version\": \"24\", \"previous_terms_version\": \"23\", \
                \"terms_accepted_time\": \"2024-09-17T08:12:44Z\"}]}",
        ),
    ]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (
                account,
                "Privacy Policy and Terms of Service Acceptance History",
                contact,
            ),
            (account, "Custom Creative Tools Terms", contact),
            (game_center, "terms_data[].terms_version", contact),
            (game_center, "terms_data[].previous_terms_version", contact),
            (game_center, "terms_data[].terms_accepted_time", contact),
        ],
    );
}

/// An app written as a number (TikTok's `App: 1` in every section) is which of the company's
/// own apps a record came from; an app named in words (a login's `Messenger`) is the one the
/// person used.
#[test]
fn an_app_written_as_a_number_is_bookkeeping() {
    let tiktok = "user_data_tiktok.json";
    let sessions = "security_and_login_information/where_you're_logged_in.json";
    let rows = classified(&[
        (
            tiktok,
            "{\"Your Activity\": {\"Following\": {\"App\": 1, \"Following\": [{\"Date\": \"2025-02-01 10:00:00\", \
                \"UserName\": \"kite.maker\"}]}}}",
        ),
        (
            sessions,
            "{\"active_sessions_v2\": [{\"created_timestamp\": 1736942400, \"ip_address\": \"203.0.113.9\", \
                \"user_agent\": \"Mozilla/5.0\", \"app\": \"Messenger\"}, \
                {\"created_timestamp\": 1736942500, \"ip_address\": \"203.0.113.10\", \
                \"user_agent\": \"Mozilla/5.0\", \"app\": \"Facebook\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (tiktok, "Your Activity.Following.App", None),
            (
                tiktok,
                "Your Activity.Following.Following[].UserName",
                Some("Social Network Data"),
            ),
            (
                sessions,
                "active_sessions_v2[].app",
                Some("Device/IP Information"),
            ),
        ],
    );
}

/// In Salesforce an Account is the company a contact belongs to: its id, and the id of any
/// record that is not a person (a Task, an Opportunity, a company's Account), identify no one,
/// while a Contact's own `Id` identifies the person, and a person account's is not set aside.
#[test]
fn a_salesforce_id_is_a_persons_only_in_a_record_of_a_person() {
    let contacts = "query-Contact.json";
    let accounts = "query-Account.json";
    let person = "sobjects/Account/001Wx00000Rk4TpIAJ.json";
    let record = |kind: &str, id: &str, more: &str| {
        format!(
            "{{\"attributes\": {{\"type\": \"{kind}\", \"url\": \"/services/data/v62.0/sobjects/{kind}/{id}\"}}, \
                \"Id\": \"{id}\"{more}}}"
        )
    };
    let contact_rows = format!(
        "{{\"totalSize\": 2, \"done\": true, \"records\": [{}, {}]}}",
        record(
            "Contact",
            "003Wk00000Lr4PqIAJ",
            ", \"AccountId\": \"001Wk00000Bq7ZtIAJ\", \"Email\": \"ana@example.com\""
        ),
        record(
            "Contact",
            "003Wk00000Lr4PrIAJ",
            ", \"AccountId\": \"001Wk00000Bq7ZtIAJ\", \"Email\": \"rui@example.com\""
        ),
    );
    let account_rows = format!(
        "{{\"totalSize\": 1, \"done\": true, \"records\": [{}]}}",
        record(
            "Account",
            "001Wk00000Bq7ZtIAJ",
            ", \"Name\": \"Tide Works Ltd\""
        )
    );
    let person_account = record(
        "Account",
        "001Wx00000Rk4TpIAJ",
        ", \"IsPersonAccount\": true, \"PersonEmail\": \"ana@example.com\"",
    );
    let rows = classified(&[
        (contacts, contact_rows.as_str()),
        (accounts, account_rows.as_str()),
        (person, person_account.as_str()),
    ]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (contacts, "records[].Id", contact),
            (contacts, "records[].AccountId", None),
            (accounts, "records[].Id", None),
        ],
    );
    // A person account is a person: its id is not set aside as a company's record's.
    assert!(!row(&rows, person, "Id").evidence.contains("Salesforce"));
}

/// A bare `number` is its record's own: an invoice's or an order's `number` is its invoice or
/// order number, bookkeeping like a record's id.
#[test]
fn a_records_own_number_is_bookkeeping() {
    let invoices = "invoices.json";
    let orders = "orders.json";
    let rows = classified(&[
        (
            invoices,
            "{\"object\": \"list\", \"data\": [{\"id\": \"in_1\", \"object\": \"invoice\", \
                \"number\": \"6D3E1F0A-0004\", \"amount_due\": 1200, \"currency\": \"eur\"}]}",
        ),
        (
            orders,
            "{\"orders\": [{\"id\": 4410, \"number\": 1042, \"email\": \"ana@example.com\", \
                \"total_price\": \"18.50\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (invoices, "data[].number", None),
            (invoices, "data[].amount_due", Some("Payment Information")),
            (orders, "orders[].number", None),
            (orders, "orders[].email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The `client_id` of a visit in Chrome's browser history names the Chrome install that synced
/// it: the person's device, while the page visited stays their browsing.
#[test]
fn a_browser_historys_client_id_is_the_device() {
    let history = "Takeout/Chrome/History.json";
    let rows = classified(&[(
        history,
        "{\"Browser History\": [{\"favicon_url\": \"\", \"page_transition_qualifier\": \"LINK\", \
            \"title\": \"Tide tables\", \"url\": \"https://tides.example.org/\", \
            \"time_usec\": 1707379512448105, \"client_id\": \"V2lrdG9yUGl4ZWw3YTAxPT0=\"}, \
            {\"favicon_url\": \"\", \"page_transition_qualifier\": \"TYPED\", \"title\": \"Sails\", \
            \"url\": \"https://sails.example.org/\", \"time_usec\": 1707289930117403, \
            \"client_id\": \"V2lrdG9yUGl4ZWw3YTAxPT0=\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                history,
                "Browser History[].client_id",
                Some("Device/IP Information"),
            ),
            (history, "Browser History[].url", Some("Web Analytics")),
        ],
    );
}

/// The one company a CRM keeps beside its contact (HubSpot's `company.json`) is the person's
/// company, as a `companies` list is.
#[test]
fn a_crms_company_is_contact_data() {
    let company = "hubspot/company.json";
    let rows = classified(&[(
        company,
        "{\"id\": \"27741906388\", \"properties\": {\"name\": \"Tide Works Ltd\", \
            \"domain\": \"tideworks.example.com\", \"industry\": \"ENVIRONMENTAL_SERVICES\", \
            \"createdate\": \"2025-02-11T09:12:44.120Z\"}, \"createdAt\": \"2025-02-11T09:12:44.120Z\", \
            \"archived\": false}",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (company, "properties.name", contact),
            (company, "properties.domain", contact),
        ],
    );
}

/// In the person's settings for a server they belong to (Discord's `guild_settings[]`), the
/// server's id is that membership, as the settings are.
#[test]
fn a_servers_id_in_the_persons_settings_for_it_is_social() {
    let user = "Account/user.json";
    let rows = classified(&[(
        user,
        "{\"id\": \"1147577978322944001\", \"username\": \"tidewatch\", \"guild_settings\": [\
            {\"guild_id\": \"939614286119043073\", \"suppress_everyone\": false, \"muted\": false, \
                \"mobile_push\": true, \"message_notifications\": 1, \"hide_muted_channels\": false, \
                \"channel_overrides\": [{\"channel_id\": \"939614286119043076\", \"muted\": true, \
                \"message_notifications\": 2}]}, \
            {\"guild_id\": \"977143655825408007\", \"suppress_everyone\": true, \"muted\": true, \
                \"mobile_push\": false, \"message_notifications\": 2, \"hide_muted_channels\": true, \
                \"channel_overrides\": []}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                user,
                "guild_settings[].guild_id",
                Some("Social Network Data"),
            ),
            (user, "guild_settings[].muted", Some("Social Network Data")),
        ],
    );
}

/// The advertisers whose audiences the person was put in or kept out of are the company's
/// inference about them, even while X's list is empty; advertisers whose ads the person clicked
/// are what they did.
#[test]
fn the_advertisers_a_person_was_targeted_by_are_inferences() {
    let personalization = "data/personalization.js";
    let clicks = "Advertising.1/Advertising.AdvertiserClicks.csv";
    let rows = classified(&[
        (
            personalization,
            "window.YTD.personalization.part0 = [{\"p13nData\": {\"interests\": {\"audienceAndAdvertisers\": \
                {\"lookalikeAdvertisers\": [\"@tidewatch\"], \"advertisers\": [\"@sailmakers\"], \
                \"doNotReachAdvertisers\": [], \"numAudiences\": \"3\"}}}}]",
        ),
        (
            clicks,
            "Advertisers whose ads you clicked\nTide Works Ltd\nHarbour Sails\n",
        ),
    ]);
    let inference = Some("Inferences, Predictions and Tags Generated by Us");
    let field = |leaf: &str| format!("p13nData.interests.audienceAndAdvertisers.{leaf}");
    assert_categories(
        &rows,
        &[
            (personalization, &field("advertisers"), inference),
            (personalization, &field("doNotReachAdvertisers"), inference),
            (
                clicks,
                "Advertisers whose ads you clicked",
                Some("Web Analytics"),
            ),
        ],
    );
}

/// The offset of a list's next page (Chargebee's `next_offset`) is the list's paging, whatever
/// the records beside it hold.
#[test]
fn a_lists_next_offset_is_paging() {
    let transactions = "chargebee/transactions.json";
    let rows = classified(&[(
        transactions,
        "{\"list\": [{\"transaction\": {\"id\": \"txn_1\", \"amount\": 4900, \"currency_code\": \"EUR\", \
            \"status\": \"success\", \"masked_card_number\": \"************4242\"}}], \
            \"next_offset\": \"[\\\"1735689600000\\\",\\\"230000001\\\"]\"}",
    )]);
    assert_categories(
        &rows,
        &[
            (transactions, "next_offset", None),
            (
                transactions,
                "list[].transaction.amount",
                Some("Payment Information"),
            ),
        ],
    );
}

/// A Stripe customer fetched with `expand[]=invoice_settings.default_payment_method` holds the
/// whole payment method inside its invoice settings: the card and its billing details are the
/// person's, while the settings' own fields stay the service's.
#[test]
fn a_payment_method_expanded_inside_invoice_settings_is_the_persons() {
    let customer = "stripe/customer.json";
    let rows = classified(&[(
        customer,
        "{\"id\": \"cus_R1a2B3c4\", \"object\": \"customer\", \"email\": \"ana@example.com\", \
            \"invoice_settings\": {\"footer\": \"Thank you\", \"default_payment_method\": \
            {\"id\": \"pm_1Q2w3E\", \"object\": \"payment_method\", \"type\": \"card\", \
            \"billing_details\": {\"name\": \"Ana Ruiz\", \"email\": \"ana@example.com\", \
            \"address\": {\"city\": \"Cuenca\", \"postal_code\": \"010101\"}}, \
            \"card\": {\"brand\": \"visa\", \"last4\": \"4242\", \"exp_month\": 8, \"exp_year\": 2029}}}}",
    )]);
    let pm = |leaf: &str| format!("invoice_settings.default_payment_method.{leaf}");
    assert_categories(
        &rows,
        &[
            (customer, "invoice_settings.footer", None),
            (customer, &pm("card.last4"), Some("Payment Information")),
            (customer, &pm("card.exp_year"), Some("Payment Information")),
            (
                customer,
                &pm("billing_details.address.city"),
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A vote in a poll of someone's post (Reddit's `poll_votes.csv`) is taking part in the post,
/// while a vote on a whole post (`post_votes.csv`) stays a measure of the person's use.
#[test]
fn a_vote_in_a_poll_is_taking_part_in_a_post() {
    let polls = "poll_votes.csv";
    let posts = "post_votes.csv";
    let rows = classified(&[
        (
            polls,
            "post_id,user_selection,text,image_url,is_prediction,stake_amount\n\
             1k2j3h4,Option 2,Which ferry runs in winter?,,false,\n\
             1m9n8b7,Yes,Should the pier open at night?,,false,\n",
        ),
        (
            posts,
            "id,permalink,direction\n1k2j3h4,https://www.reddit.com/r/x/comments/1k2j3h4/,up\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (polls, "user_selection", Some("Social Network Data")),
            (polls, "text", Some("Social Network Data")),
            (posts, "direction", Some("Web Analytics")),
        ],
    );
}

/// LinkedIn calls its file of poll votes `Votes.csv`; the option chosen tells what its records
/// are.
#[test]
fn a_file_of_votes_with_the_option_chosen_holds_votes_in_polls() {
    let votes = "Votes.csv";
    let rows = classified(&[(
        votes,
        "Date,Link,OptionText\n\
         2025-03-04 09:12:44 UTC,https://www.linkedin.com/feed/update/urn:li:activity:7301/,Weekly\n\
         2025-05-19 17:40:02 UTC,https://www.linkedin.com/feed/update/urn:li:activity:7329/,Never\n",
    )]);
    assert_categories(
        &rows,
        &[
            (votes, "OptionText", Some("Social Network Data")),
            (votes, "Link", Some("Social Network Data")),
        ],
    );
}

/// What the person posted on others' pages and profiles is posts, though Facebook's file name
/// ends in `profiles`, a word of contact data.
#[test]
fn posts_on_other_pages_and_profiles_are_posts() {
    let posts = "your_facebook_activity/posts/posts_on_other_pages_and_profiles.json";
    let rows = classified(&[(
        posts,
        "[{\"timestamp\": 1751870204, \"media\": [], \"label_values\": [{\"label\": \"Post\", \
            \"value\": \"Congratulations on the new sail!\"}, {\"label\": \"Posted on\", \
            \"value\": \"Kornati Sailing Club\"}], \"fbid\": \"1184730295561823\"}]",
    )]);
    assert_categories(
        &rows,
        &[
            (posts, "label_values[].value", Some("Social Network Data")),
            (posts, "timestamp", Some("Social Network Data")),
        ],
    );
}

/// The comments the person liked are their likes, as their liked posts are, though the name
/// ends in `comments` (Instagram's `likes/liked_comments.json` in its label-value form).
#[test]
fn liked_comments_are_likes() {
    let liked = "your_instagram_activity/likes/liked_comments.json";
    let rows = classified(&[(
        liked,
        "[{\"timestamp\": 1756203340, \"media\": [], \"label_values\": [{\"label\": \"URL\", \
            \"value\": \"https://www.instagram.com/p/DNq7Xk2sA4e/c/18062517734915420\", \
            \"href\": \"https://www.instagram.com/p/DNq7Xk2sA4e/c/18062517734915420\"}], \
            \"fbid\": \"17899311845022617\"}]",
    )]);
    assert_categories(
        &rows,
        &[
            (liked, "label_values[].value", Some("Web Analytics")),
            (liked, "timestamp", Some("Web Analytics")),
        ],
    );
}

/// Salesforce's composite API answers each request in its own `body`: a contact in one, a
/// query's result in another. The two share one table; only the query's keys are paging, and
/// the status of each answer is the API's.
#[test]
fn a_record_beside_a_query_result_in_a_composite_response_is_still_a_record() {
    let composite = "salesforce/composite_response.json";
    let rows = classified(&[(
        composite,
        "{\"compositeResponse\": [{\"body\": {\"attributes\": {\"type\": \"Contact\", \
            \"url\": \"/services/data/v61.0/sobjects/Contact/003Hs00001pQx7WIAS\"}, \
            \"Id\": \"003Hs00001pQx7WIAS\", \"FirstName\": \"Zofia\", \"LastName\": \"Wierzba\", \
            \"Email\": \"zofia@example.pl\", \"MailingCity\": \"Sopot\"}, \
            \"httpStatusCode\": 200, \"statusCode\": 200, \"referenceId\": \"refContact\"}, \
            {\"body\": {\"totalSize\": 1, \"done\": true, \"records\": [{\"attributes\": \
            {\"type\": \"Opportunity\", \"url\": \"/services/data/v61.0/sobjects/Opportunity/006Hs\"}, \
            \"Id\": \"006Hs00000Tz3aPIAR\", \"Amount\": 3800.0}]}, \"httpStatusCode\": 200, \
            \"statusCode\": 200, \"referenceId\": \"refOpps\"}]}",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (composite, "compositeResponse[].body.Email", contact),
            (composite, "compositeResponse[].body.MailingCity", contact),
            (composite, "compositeResponse[].body.totalSize", None),
            (composite, "compositeResponse[].body.done", None),
            (composite, "compositeResponse[].statusCode", None),
        ],
    );
}

/// A conversation in a help desk's mailbox with its customer is correspondence with the
/// company, before anyone is assigned to it (Help Scout's v1 conversation search), though the
/// file names conversations; the number the desk gives it is its own.
#[test]
fn a_conversation_in_a_help_desks_mailbox_is_correspondence() {
    let search = "helpscout/search-conversations.json";
    let rows = classified(&[(
        search,
        "{\"page\": 1, \"pages\": 1, \"count\": 1, \"items\": [{\"id\": 29110427, \"number\": 3318, \
            \"mailboxid\": 71022, \"subject\": \"Drone footage tagging stopped\", \"status\": \"active\", \
            \"threadCount\": 3, \"preview\": \"Since Tuesday the vineyard rows come back untagged\", \
            \"customerName\": \"Lucia Ferreyra\", \"customerEmail\": \"lucia@example.com\", \
            \"conversationNumber\": 3318, \"modifiedAt\": \"2025-11-04T13:02:11Z\"}]}",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (search, "items[].subject", contact),
            (search, "items[].preview", contact),
            (search, "items[].customerName", contact),
            (search, "items[].conversationNumber", None),
        ],
    );
}

/// The person's requests to download their information are the account's log of them, as its
/// sign-ins are (Meta's `your_information_download_requests.json`).
#[test]
fn requests_to_download_ones_information_are_the_accounts_log() {
    let requests = "your_instagram_activity/other_activity/your_information_download_requests.json";
    let rows = classified(&[(
        requests,
        "[{\"timestamp\": 1757836800, \"media\": [], \"label_values\": [{\"label\": \"Format\", \
            \"value\": \"JSON\"}, {\"label\": \"Requested on\", \"timestamp_value\": 1757836800}], \
            \"fbid\": \"17912345678901234\"}]",
    )]);
    let device = Some("Device/IP Information");
    assert_categories(
        &rows,
        &[
            (requests, "timestamp", device),
            (requests, "label_values[].value", device),
        ],
    );
}

/// The languages a profile lists with how well the person speaks them are what they wrote about
/// themselves (LinkedIn's `Languages.csv`).
#[test]
fn languages_a_profile_lists_with_a_proficiency_are_the_persons_own_words() {
    let spoken = "Languages.csv";
    let rows = classified(&[(
        spoken,
        "Name,Proficiency\nTamil,Native or bilingual proficiency\nEnglish,Full professional proficiency\n",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[(spoken, "Name", contact), (spoken, "Proficiency", contact)],
    );
}

/// A history split into numbered files writes every key in each: a file of only songs has its
/// podcasts' columns null in every play, and the file after it fills them. They are the same
/// column of the same records; a null field of another series stays unlabelled.
#[test]
fn a_field_empty_in_one_file_of_a_series_takes_its_label_from_the_file_that_fills_it() {
    let songs = "Spotify Extended Streaming History/Streaming_History_Audio_2024_0.json";
    let podcasts = "Spotify Extended Streaming History/Streaming_History_Audio_2025_1.json";
    let other = "Spotify Extended Streaming History/Unrelated_Settings.json";
    let play = |track: &str, episode: &str| {
        format!(
            "{{\"ts\": \"2025-03-01T10:00:00Z\", \"platform\": \"android\", \"ms_played\": 120000, \
             \"conn_country\": \"TO\", \"master_metadata_track_name\": {track}, \
             \"episode_name\": {episode}, \"reason_start\": \"trackdone\", \"shuffle\": false}}"
        )
    };
    let songs_text = format!("[{}]", play("\"Hiva Kakala\"", "null"));
    let podcasts_text = format!("[{}]", play("null", "\"Episode 12\""));
    let rows = classified(&[
        (songs, songs_text.as_str()),
        (podcasts, podcasts_text.as_str()),
        (other, "[{\"theme\": \"dark\", \"episode_name\": null}]"),
    ]);
    let analytics = Some("Web Analytics");
    assert_categories(
        &rows,
        &[
            (songs, "episode_name", analytics),
            (podcasts, "episode_name", analytics),
            (other, "episode_name", None),
        ],
    );
}

/// The form the company set up for a kind of ticket is the desk's setup, though a wrapper key
/// holds its list (Intercom's `ticket_type_attributes: {type: "list", data: [...]}`).
#[test]
fn a_list_inside_a_bookkeeping_objects_wrapper_is_the_objects_own() {
    let search = "intercom/2.12/tickets-search.json";
    let rows = classified(&[(
        search,
        "{\"type\": \"ticket.list\", \"tickets\": [{\"type\": \"ticket\", \"id\": \"412\", \
            \"ticket_attributes\": {\"_default_title_\": \"Timelapse frames lost\", \
            \"_default_description_\": \"The glacier camera stopped uploading on Friday\"}, \
            \"ticket_state\": \"submitted\", \"contacts\": {\"type\": \"contact.list\", \"contacts\": \
            [{\"type\": \"contact\", \"id\": \"6823d1f04abd011ad2b9e77c\", \"email\": \"ana@example.com\"}]}, \
            \"ticket_type\": {\"type\": \"ticket_type\", \"id\": \"7\", \"name\": \"Bug report\", \
            \"ticket_type_attributes\": {\"type\": \"list\", \"data\": [{\"type\": \"ticket_type_attribute\", \
            \"id\": \"90\", \"name\": \"_default_title_\", \"description\": \"Title of the ticket\", \
            \"data_type\": \"string\", \"required_to_create\": true, \"visible_to_contacts\": true}]}}}]}",
    )]);
    let attribute =
        |leaf: &str| format!("tickets[].ticket_type.ticket_type_attributes.data[].{leaf}");
    assert_categories(
        &rows,
        &[
            (search, &attribute("description"), None),
            (search, &attribute("data_type"), None),
            (search, &attribute("required_to_create"), None),
            (
                search,
                "tickets[].contacts.contacts[].email",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A CRM's search over its contacts answers with contacts, not a search the person made
/// (HubSpot's `contacts/search` saved as `contacts-search-email.json`).
#[test]
fn a_crms_search_over_its_contacts_holds_contacts() {
    let search = "hubspot/contacts-search-email.json";
    let rows = classified(&[(
        search,
        "{\"total\": 1, \"results\": [{\"id\": \"88412037561\", \"properties\": {\"company\": \
            \"Keem Bay Imaging Ltd\", \"createdate\": \"2024-12-02T21:14:09.371Z\", \"email\": \
            \"caoimhe@example.org\", \"firstname\": \"Caoimhe\", \"hs_object_id\": \"88412037561\", \
            \"lastmodifieddate\": \"2025-09-14T07:30:22.904Z\", \"lastname\": \"Gallagher-Ryde\"}, \
            \"createdAt\": \"2024-12-02T21:14:09.371Z\", \"updatedAt\": \"2025-09-14T07:30:22.904Z\", \
            \"archived\": false}]}",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (search, "results[].createdAt", contact),
            (search, "results[].properties.createdate", contact),
        ],
    );
}

/// The user an audit log's entry names is the person's account, not the event the entry
/// records: when it was made and what the person said they would use Clarifai for are contact
/// data, while the entry's own time and address stay the log's.
#[test]
fn the_user_an_audit_log_entry_names_is_the_persons_account() {
    let log = "audit_log_searches.json";
    let rows = classified(&[(
        log,
        "{\"status\": {\"code\": 10000, \"description\": \"Ok\"}, \"entries\": [{\"timestamp\": \
            \"2026-03-04T09:12:44Z\", \"user\": {\"id\": \"ioana_p\", \"full_name\": \"Ioana Pop\", \
            \"email\": \"ioana@example.ro\", \"created_at\": \"2024-11-02T10:00:00Z\", \
            \"intention\": \"Photo archive tagging\"}, \"operation\": 1000, \"source_ip\": \
            \"203.0.113.7\", \"success\": true}]}",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (log, "entries[].user.created_at", contact),
            (log, "entries[].user.intention", contact),
            (log, "entries[].source_ip", Some("Device/IP Information")),
        ],
    );
}

/// The people a help desk's ticket is from or copied to are the person and those they wrote
/// to, named by their ids (Zendesk's `requester_id`, `email_cc_ids`); the agent it is assigned
/// to is the desk's.
#[test]
fn a_tickets_requester_and_copied_people_are_contact_data() {
    let ticket = "zendesk-ticket-8812.json";
    let rows = classified(&[(
        ticket,
        "{\"ticket\": {\"id\": 8812, \"subject\": \"Invoice address\", \"status\": \"open\", \
            \"requester_id\": 39018822615, \"submitter_id\": 39018822615, \"assignee_id\": \
            38200441907, \"email_cc_ids\": [39018822777], \"collaborator_ids\": [39018822777], \
            \"created_at\": \"2025-03-02T10:00:00Z\"}}",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (ticket, "ticket.requester_id", contact),
            (ticket, "ticket.email_cc_ids", contact),
            (ticket, "ticket.collaborator_ids", contact),
            (ticket, "ticket.assignee_id", None),
        ],
    );
}

/// A help desk ticket saved with its conversations is correspondence with the desk: the file's
/// name (`conversations`, recast in a record about tickets) and the requester's id agree that
/// its subject, status and times are contact data, rather than splitting their votes.
#[test]
fn a_tickets_name_recast_and_its_requester_agree() {
    let ticket = "freshdesk/tickets-3187-include-conversations.json";
    let rows = classified(&[(
        ticket,
        "{\"requester_id\": 81000472913, \"responder_id\": 81000018344, \"status\": 5, \
            \"subject\": \"Card expired\", \"id\": 3187, \"created_at\": \"2025-01-08T07:51:33Z\", \
            \"updated_at\": \"2025-01-09T13:02:40Z\", \"description_text\": \"Can the renewal go \
            through PayPal?\", \"tags\": [\"billing\"], \"conversations\": [{\"body_text\": \
            \"Done.\", \"id\": 81006390214, \"incoming\": false, \"created_at\": \
            \"2025-01-08T10:20:05Z\", \"from_email\": \"support@example.com\", \"to_emails\": \
            [\"ragnhild@example.com\"]}]}",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (ticket, "requester_id", contact),
            (ticket, "subject", contact),
            (ticket, "created_at", contact),
            (ticket, "description_text", contact),
        ],
    );
}

/// A help desk's live chat is correspondence with the company, not a post on a social network:
/// the message a visitor left while no agent was online (Zendesk Chat's `offline_msg`) and when
/// they left it are contact data, as a ticket's are.
#[test]
fn a_help_desks_live_chat_is_correspondence() {
    let chats = "zendesk-chat/chats-offline-msgs.json";
    let rows = classified(&[(
        chats,
        "{\"chats\": [{\"id\": \"2504.10482715.SxQ4nKd7bLw9Pe\", \"type\": \"offline_msg\", \
            \"message\": \"My batch upload stopped at 500.\", \"started_by\": \"visitor\", \
            \"timestamp\": \"2025-04-02T21:26:03Z\", \"unread\": false}, {\"id\": \
            \"2509.10482715.Hw7LpZ3qYe1Ma\", \"type\": \"offline_msg\", \"message\": \"Still \
            stuck.\", \"started_by\": \"visitor\", \"timestamp\": \"2025-04-03T08:02:11Z\", \
            \"unread\": true}], \"count\": 2}",
    )]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (chats, "chats[].message", contact),
            (chats, "chats[].timestamp", contact),
        ],
    );
}

/// A conversation saved from a customer messaging desk (Intercom's `conversations/{id}` in an
/// `intercom` folder) is the person writing to the company's support: its parts and times are
/// contact data. The social profiles Intercom found for the contact stay social network data.
#[test]
fn an_intercom_conversation_is_correspondence_and_its_social_profiles_stay_social() {
    let conversation = "intercom/conversations-24117903356.json";
    let contact_file = "intercom/contact.json";
    let rows = classified(&[
        (
            conversation,
            "{\"type\": \"conversation\", \"id\": \"24117903356\", \"created_at\": 1571030802, \
                \"open\": false, \"source\": {\"type\": \"conversation\", \"body\": \"<p>Not \
                invoiced yet?</p>\", \"author\": {\"type\": \"user\", \"id\": \"5cf0b91e\", \
                \"name\": \"Aroha Pene\"}}, \"conversation_parts\": {\"type\": \
                \"conversation_part.list\", \"conversation_parts\": [{\"type\": \
                \"conversation_part\", \"id\": \"5110293847\", \"part_type\": \"comment\", \
                \"body\": \"<p>Resent the quote.</p>\", \"created_at\": 1571031890}, {\"type\": \
                \"conversation_part\", \"id\": \"5110301122\", \"part_type\": \"comment\", \
                \"body\": \"<p>Signed, thanks!</p>\", \"created_at\": 1571032210}], \
                \"total_count\": 2}}",
        ),
        (
            contact_file,
            "{\"type\": \"contact\", \"id\": \"6650a1\", \"email\": \"rewa@example.org\", \
                \"social_profiles\": {\"type\": \"list\", \"data\": [{\"type\": \
                \"social_profile\", \"name\": \"LinkedIn\", \"url\": \
                \"https://www.linkedin.com/in/rewa-x7q2\"}]}}",
        ),
    ]);
    let contact = Some("Contact Data/Identifiers");
    assert_categories(
        &rows,
        &[
            (
                conversation,
                "conversation_parts.conversation_parts[].body",
                contact,
            ),
            (conversation, "source.body", contact),
            (
                contact_file,
                "social_profiles.data[].url",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// What a help desk allows on a ticket, how it links tickets and which agents follow it are the
/// desk's settings and staff (Zendesk's `allow_attachments`, `allow_channelback`,
/// `has_incidents`, `from_messaging_channel`, `follower_ids`), while the ticket's subject stays
/// the person's correspondence.
#[test]
fn a_tickets_desk_settings_and_followers_are_not_the_persons() {
    let tickets = "zendesk/ticket_88120_incidents.json";
    let rows = classified(&[(
        tickets,
        "{\"tickets\": [{\"id\": 88121, \"subject\": \"Upload stuck\", \"status\": \"open\", \
            \"requester_id\": 39018822615, \"follower_ids\": [38200441907], \
            \"allow_attachments\": true, \"allow_channelback\": false, \"has_incidents\": \
            false, \"from_messaging_channel\": false, \"created_at\": \"2025-03-02T10:00:00Z\"}, \
            {\"id\": 88122, \"subject\": \"Still stuck\", \"status\": \"pending\", \
            \"requester_id\": 39018822615, \"follower_ids\": [], \"allow_attachments\": true, \
            \"allow_channelback\": false, \"has_incidents\": false, \"from_messaging_channel\": \
            false, \"created_at\": \"2025-03-03T10:00:00Z\"}], \"count\": 2}",
    )]);
    assert_categories(
        &rows,
        &[
            (tickets, "tickets[].allow_attachments", None),
            (tickets, "tickets[].allow_channelback", None),
            (tickets, "tickets[].has_incidents", None),
            (tickets, "tickets[].from_messaging_channel", None),
            (tickets, "tickets[].follower_ids", None),
            (
                tickets,
                "tickets[].subject",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// An account history's sections keep their category when they are empty: when the account was
/// switched off and on again and the camera glasses paired with it are device information, and
/// when the person linked their Bitmoji is their social identity (Snapchat's
/// `account_history.json`).
#[test]
fn an_account_historys_empty_sections_keep_their_category() {
    let history = "json/account_history.json";
    let rows = classified(&[(
        history,
        "{\"Password Change\": [{\"Date\": \"2025-02-01 10:00:00 UTC\"}], \"Account deactivated \
            / reactivated\": [], \"Spectacles\": [], \"Snapchat Linked to Bitmoji\": [{\"Date\": \
            \"2024-06-11 08:12:40 UTC\"}], \"Two-Factor Authentication\": []}",
    )]);
    let device = Some("Device/IP Information");
    assert_categories(
        &rows,
        &[
            (history, "Account deactivated / reactivated", device),
            (history, "Spectacles", device),
            (
                history,
                "Snapchat Linked to Bitmoji[].Date",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// The products and prices on a deal (HubSpot's `line_items`, read in a batch) are what the
/// person bought: their names, billing frequency and dates are payment information.
#[test]
fn a_crms_line_items_are_payment_information() {
    let items = "hubspot/line_items-batch-read.json";
    let rows = classified(&[(
        items,
        "{\"status\": \"COMPLETE\", \"results\": [{\"id\": \"9012\", \"properties\": {\"name\": \
            \"Professional plan\", \"price\": \"300\", \"quantity\": \"1\", \
            \"recurringbillingfrequency\": \"monthly\", \"createdate\": \
            \"2025-01-04T10:00:00Z\"}, \"createdAt\": \"2025-01-04T10:00:00Z\", \"updatedAt\": \
            \"2025-02-04T10:00:00Z\", \"archived\": false}, {\"id\": \"9013\", \"properties\": \
            {\"name\": \"Extra operations\", \"price\": \"20\", \"quantity\": \"5\", \
            \"recurringbillingfrequency\": \"monthly\", \"createdate\": \
            \"2025-01-05T10:00:00Z\"}, \"createdAt\": \"2025-01-05T10:00:00Z\", \"updatedAt\": \
            \"2025-02-05T10:00:00Z\", \"archived\": false}]}",
    )]);
    let payment = Some("Payment Information");
    assert_categories(
        &rows,
        &[
            (items, "results[].properties.name", payment),
            (
                items,
                "results[].properties.recurringbillingfrequency",
                payment,
            ),
            (items, "results[].createdAt", payment),
        ],
    );
}

/// Named parts of a package keep the category their name says even when they are empty, as
/// every labeller of the corpus reads them: the tracks the person banned, whom they block, when
/// the account was last active, the account's store, the AI portrait of them and a payment's
/// refunds; and a session hidden rather than removed is the service's bookkeeping.
#[test]
fn named_parts_of_a_package_keep_their_category_when_empty() {
    let library = "Spotify Account Data/YourLibrary.json";
    let follow = "Spotify Account Data/Follow.json";
    let account = "json/account.json";
    let tiktok = "user_data_tiktok.json";
    let sessions = "Account/user.json";
    let rows = classified(&[
        (
            library,
            "{\"tracks\": [{\"artist\": \"Hania Rani\", \"track\": \"Eden\"}], \"bannedTracks\": \
                [], \"bannedArtists\": []}",
        ),
        (
            follow,
            "{\"followerCount\": 12, \"followingUsersCount\": 30, \"dismissingUsersCount\": 0, \
                \"userIsBlocking\": []}",
        ),
        (
            account,
            "{\"Basic Information\": {\"Username\": \"hekla.snjo\", \"Name\": \"Hekla\", \
                \"Creation Date\": \"2019-04-02 10:11:12 UTC\", \"Last Active\": \"2025-10-01 \
                08:00:00 UTC\"}}",
        ),
        (
            tiktok,
            "{\"Profile\": {\"Profile Info\": {\"ProfileMap\": {\"userName\": \"kelp.forager\", \
                \"aiSelf\": \"\", \"bioDescription\": \"Kelp\"}}}, \"Ads and data\": {\"Instant \
                Form Ads Responses\": {\"ResponsesList\": null}}}",
        ),
        (
            sessions,
            "{\"id\": \"934517203866619914\", \"user_sessions\": [{\"creation_time\": \
                \"2025-01-01T10:00:00Z\", \"client_info\": {\"os\": \"Windows\"}, \
                \"is_soft_deleted\": false}, {\"creation_time\": \"2025-02-01T10:00:00Z\", \
                \"client_info\": {\"os\": \"Android\"}, \"is_soft_deleted\": true}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (library, "bannedTracks", Some("Web Analytics")),
            (follow, "userIsBlocking", Some("Social Network Data")),
            (
                account,
                "Basic Information.Last Active",
                Some("Device/IP Information"),
            ),
            (
                tiktok,
                "Profile.Profile Info.ProfileMap.aiSelf",
                Some("Other Visual Information"),
            ),
            (
                tiktok,
                "Ads and data.Instant Form Ads Responses.ResponsesList",
                Some("Contact Data/Identifiers"),
            ),
            (sessions, "user_sessions[].is_soft_deleted", None),
        ],
    );
}

/// More named fields that every labeller reads the same way: the age band an ad system files
/// the person under is its inference, when a paid server boost started is payment information,
/// and the version counter of a billing record is the service's bookkeeping.
#[test]
fn named_fields_read_the_same_way_by_every_labeller() {
    let traits = "Ads/traits.json";
    let user = "Account/user.json";
    let billing = "billing.json";
    let rows = classified(&[
        (
            traits,
            "{\"user_id\": \"934517203866619914\", \"age_group\": \"35-44\", \"reg_country_code\": \
                \"CA\"}",
        ),
        (
            user,
            "{\"id\": \"934517203866619914\", \"username\": \"skip.inuvik\", \
                \"user_profile_metadata\": {\"boosting_started_at\": \"2025-03-01T10:00:00Z\", \
                \"bio\": \"Curling\"}}",
        ),
        (
            billing,
            "{\"records\": [{\"RecordVersionNumber\": 3, \"Amount\": \"9.99\", \"Currency\": \
                \"EUR\"}, {\"RecordVersionNumber\": 1, \"Amount\": \"4.99\", \"Currency\": \
                \"EUR\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                traits,
                "age_group",
                Some("Inferences, Predictions and Tags Generated by Us"),
            ),
            (
                user,
                "user_profile_metadata.boosting_started_at",
                Some("Payment Information"),
            ),
            (billing, "records[].RecordVersionNumber", None),
        ],
    );
}

/// Fields of processors and packages that every labeller reads the same way: the desk's own
/// address a ticket came in to is the desk's, the branch code of the bank account a payment
/// came from is payment information, and when the account was created is the account's record.
#[test]
fn more_named_fields_of_processors_and_packages() {
    let ticket = "freshdesk/tickets/3187.json";
    let methods = "stripe/payment_methods.json";
    let bitmoji = "json/bitmoji.json";
    let rows = classified(&[
        (
            ticket,
            "{\"id\": 3187, \"subject\": \"Renewal\", \"requester_id\": 81000472913, \
                \"support_email\": \"support@clarifai.example.com\", \"status\": 5}",
        ),
        (
            methods,
            "{\"object\": \"list\", \"data\": [{\"id\": \"pm_1\", \"type\": \"sepa_debit\", \
                \"sepa_debit\": {\"bank_code\": \"37040044\", \"branch_code\": \"0532\", \
                \"country\": \"DE\", \"last4\": \"3000\"}}, {\"id\": \"pm_2\", \"type\": \
                \"sepa_debit\", \"sepa_debit\": {\"bank_code\": \"37040044\", \"branch_code\": \
                \"0533\", \"country\": \"DE\", \"last4\": \"3001\"}}]}",
        ),
        (
            bitmoji,
            "{\"Basic Information\": {\"First Name\": \"Rosa\", \"Account Creation Date\": \
                \"2021-04-02 10:11:12 UTC\"}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (ticket, "support_email", None),
            (
                methods,
                "data[].sepa_debit.branch_code",
                Some("Payment Information"),
            ),
            (
                bitmoji,
                "Basic Information.Account Creation Date",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// The questions in the live streams the person watched are their social network data; the
/// podcast episodes saved to their library are their use of the app. Every labeller of the
/// corpus reads them so, empty or not.
#[test]
fn live_questions_and_saved_episodes_keep_their_category_when_empty() {
    let tiktok = "user_data_tiktok.json";
    let library = "Spotify Account Data/YourLibrary.json";
    let rows = classified(&[
        (
            tiktok,
            "{\"Tiktok Live\": {\"Watch Live History\": {\"WatchLiveMap\": [{\"WatchTime\": \
                \"2025-02-01 10:00:00\", \"Questions\": []}, {\"WatchTime\": \"2025-02-03 \
                11:00:00\", \"Questions\": null}]}}}",
        ),
        (
            library,
            "{\"tracks\": [{\"artist\": \"Hania Rani\", \"track\": \"Eden\"}], \"episodes\": []}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                tiktok,
                "Tiktok Live.Watch Live History.WatchLiveMap[].Questions",
                Some("Social Network Data"),
            ),
            (library, "episodes", Some("Web Analytics")),
        ],
    );
}

/// Where a CRM's meeting with the person took place is a detail of their dealings with the
/// company, how many of their deals are won is payment information, and their chat sessions
/// with friends are their social life on the service; every labeller of the corpus reads these
/// so.
#[test]
fn meetings_deal_counts_and_chat_sessions_keep_the_labellers_reading() {
    let meetings = "hubspot/meetings.json";
    let person = "pipedrive/persons/11842.json";
    let talk = "json/talk_history.json";
    let rows = classified(&[
        (
            meetings,
            "{\"results\": [{\"id\": \"61249833705\", \"properties\": {\"hs_meeting_title\": \
                \"Onboarding\", \"hs_meeting_location\": \"Harbour office, Lerwick\", \
                \"hs_meeting_start_time\": \"2025-03-02T10:00:00Z\"}}]}",
        ),
        (
            person,
            "{\"success\": true, \"data\": {\"id\": 11842, \"name\": \"Rewa Halloran\", \
                \"won_deals_count\": 2, \"open_deals_count\": 1}}",
        ),
        (
            talk,
            "{\"Chat Sessions\": [{\"Created\": \"2025-01-01 10:00:00 UTC\"}], \"Game \
                Sessions\": []}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                meetings,
                "results[].properties.hs_meeting_location",
                Some("Contact Data/Identifiers"),
            ),
            (person, "data.won_deals_count", Some("Payment Information")),
            (talk, "Chat Sessions[].Created", Some("Social Network Data")),
        ],
    );
}

/// A subscription item's quantity limits and a search's score threshold are the service's
/// settings, while the code PayPal gives a kind of transaction is payment information; every
/// labeller of the corpus reads them so.
#[test]
fn settings_of_the_service_and_a_transactions_event_code() {
    let subscription = "paddle/subscriptions.json";
    let transactions = "paypal/transactions.json";
    let rows = classified(&[
        (
            subscription,
            "{\"data\": [{\"id\": \"sub_01\", \"status\": \"active\", \"items\": [{\"quantity\": \
                1, \"price\": {\"id\": \"pri_01\", \"quantity\": {\"minimum\": 1, \"maximum\": \
                100}}}]}]}",
        ),
        (
            transactions,
            "{\"transaction_details\": [{\"transaction_info\": {\"transaction_id\": \
                \"3JH77105PU9918446\", \"transaction_event_code\": \"T0006\", \
                \"transaction_amount\": {\"currency_code\": \"EUR\", \"value\": \"9.99\"}}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (subscription, "data[].items[].price.quantity.minimum", None),
            (subscription, "data[].items[].price.quantity.maximum", None),
            (
                transactions,
                "transaction_details[].transaction_info.transaction_event_code",
                Some("Payment Information"),
            ),
        ],
    );
}

/// A GoCardless record links to its customer by id among links to the company's creditor and
/// mandate: the customer's link is the person, the others stay the API's.
#[test]
fn a_payment_records_link_to_its_customer() {
    let file = "mandates.json";
    let rows = classified(&[(
        file,
        "{\"mandates\": [{\"id\": \"MD000K3ZP8QW2T\", \"scheme\": \"bacs\", \
           \"links\": {\"customer\": \"CU000T7QK2RZ8M\", \"creditor\": \"CR00008FHJ4Z2N\", \
                       \"customer_bank_account\": \"BA000R5NV2XK7P\"}}, \
          {\"id\": \"MD000K3ZP8QW3U\", \"scheme\": \"bacs\", \
           \"links\": {\"customer\": \"CU000T7QK2RZ8M\", \"creditor\": \"CR00008FHJ4Z2N\", \
                       \"customer_bank_account\": \"BA000R5NV2XK7Q\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "mandates[].links.customer",
                Some("Contact Data/Identifiers"),
            ),
            (file, "mandates[].links.creditor", None),
            (file, "mandates[].links.customer_bank_account", None),
        ],
    );
}

/// The agent a ticket is assigned to writes among the person's comments, so their id is one the
/// export gives as an author's; it is still the desk's staff, not the person.
#[test]
fn a_tickets_assignee_among_its_comment_authors() {
    let tickets = "tickets_requested.json";
    let comments = "tickets/5291_comments.json";
    let rows = classified(&[
        (
            tickets,
            "{\"tickets\": [{\"id\": 5291, \"subject\": \"Upload stalls at 90%\", \
               \"requester_id\": 40218836120741, \"assignee_id\": 39904412267318}, \
              {\"id\": 5310, \"subject\": \"Invoice address\", \
               \"requester_id\": 40218836120741, \"assignee_id\": 39904412267318}]}",
        ),
        (
            comments,
            "{\"comments\": [{\"id\": 1, \"author_id\": 40218836120741, \"body\": \"It stops every time.\"}, \
               {\"id\": 2, \"author_id\": 39904412267318, \"body\": \"Could you send the file?\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (tickets, "tickets[].assignee_id", None),
            (
                tickets,
                "tickets[].requester_id",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// What the person sold on a marketplace is a listing they posted; what they bought there is a
/// purchase; the highlights they made on an e-reader are their reading, though the file sits
/// among the device's.
#[test]
fn marketplace_items_and_kindle_highlights() {
    let sold = "your_activity_across_facebook/marketplace/items_sold.json";
    let bought = "your_activity_across_facebook/marketplace/items_bought.json";
    let highlights = "Kindle/Kindle.Devices.kindleHighlightActions_v1/Kindle.Devices.kindleHighlightActions_v1.csv";
    let rows = classified(&[
        (
            sold,
            "{\"items_selling\": [{\"title\": \"Mesa de costura\", \"price\": \"R$120\", \
               \"created_timestamp\": 1588291200, \"description\": \"Madeira, bom estado\"}, \
              {\"title\": \"Tesoura antiga\", \"price\": \"R$40\", \
               \"created_timestamp\": 1589500800, \"description\": \"Afiada\"}]}",
        ),
        (
            bought,
            "{\"items_buying\": [{\"title\": \"Linha de algod\\u00c3\\u00a3o\", \"seller\": \"Ana Paiva\", \
               \"created_timestamp\": 1590000000, \"description\": \"12 cores\"}, \
              {\"title\": \"Agulhas\", \"seller\": \"Rui Mota\", \
               \"created_timestamp\": 1591000000, \"description\": \"Caixa com 50\"}]}",
        ),
        (
            highlights,
            "ASIN,action,created_timestamp,highlight_color,number_of_words_in_highlight\n\
             B0C7XQ2M4T,CREATE,2025-03-02T21:47:13Z,YELLOW,14\n\
             B0D3LPW8HS,CREATE,2025-06-18T11:02:40Z,BLUE,9\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (sold, "items_selling[].title", Some("Social Network Data")),
            (bought, "items_buying[].title", Some("Payment Information")),
            (highlights, "highlight_color", Some("Web Analytics")),
        ],
    );
}

/// The person's letters with the company's support are correspondence with it, not messages
/// between members; a German Takeout's `Livechats` are chats on a video, as in English.
#[test]
fn support_correspondence_and_german_live_chats() {
    let support = "other_activity/support_correspondences.json";
    let chats = "Takeout/YouTube und YouTube Music/Livechats/Livechats.csv";
    let rows = classified(&[
        (
            support,
            "{\"support_correspondence\": [{\"timestamp\": 1586000000, \"subject\": \"Conta bloqueada\", \
               \"messages\": [{\"timestamp\": 1586000000, \"subject\": \"Conta bloqueada\", \
                 \"message\": \"N\\u00c3\\u00a3o consigo entrar.\", \"from\": \"In\\u00c3\\u00aas Valente\", \"to\": \"Facebook\"}, \
                {\"timestamp\": 1586100000, \"subject\": \"Re: Conta bloqueada\", \
                 \"message\": \"Confirme o seu e-mail.\", \"from\": \"Facebook\", \"to\": \"In\\u00c3\\u00aas Valente\"}]}]}",
        ),
        (
            chats,
            "Live Chat ID,Channel ID,Live Chat Create Timestamp,Live Chat Text\n\
             Cg0KC2xpdmUx,UCd9kP2LmQ4wZx7rTn3vBq8A,2024-09-14T19:02:11+00:00,Servus aus Graz!\n\
             Cg0KC2xpdmUy,UCd9kP2LmQ4wZx7rTn3vBq8A,2024-09-14T19:05:40+00:00,Tolles Konzert\n",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                support,
                "support_correspondence[].messages[].message",
                Some("Contact Data/Identifiers"),
            ),
            (chats, "Live Chat Text", Some("Social Network Data")),
        ],
    );
}

/// A workflow that ran a face model and a general one names both in its id: each output is
/// about what its own model is, so the general model's concepts stay the person's tags while
/// the face model's regions are biometric.
#[test]
fn a_face_and_general_workflow_named_for_both() {
    let file = "workflow-results.json";
    let output = |model: &str, data: &str| {
        format!(
            "{{\"id\": \"o-{model}\", \"status\": {{\"code\": 10000}}, \
              \"model\": {{\"id\": \"{model}\"}}, \"data\": {data}}}"
        )
    };
    let faces = "{\"regions\": [{\"region_info\": {\"bounding_box\": {\"top_row\": 0.1, \
                  \"left_col\": 0.2, \"bottom_row\": 0.5, \"right_col\": 0.6}}, \
                  \"data\": {\"concepts\": [{\"id\": \"ai_b1b1b1b1\", \"name\": \"face\", \"value\": 0.99}]}}]}";
    let general =
        "{\"concepts\": [{\"id\": \"ai_786Zr311\", \"name\": \"rosemaling\", \"value\": 0.97}, \
                    {\"id\": \"ai_l8TKp2h5\", \"name\": \"wood\", \"value\": 0.93}]}";
    let result = |input: &str| {
        format!(
            "{{\"id\": \"r-{input}\", \"input\": {{\"id\": \"{input}\"}}, \"outputs\": [{}, {}]}}",
            output("face-detection", faces),
            output("general-image-recognition", general)
        )
    };
    let text = format!(
        "{{\"status\": {{\"code\": 10000}}, \
          \"workflow\": {{\"id\": \"rosemaling-faces-general\", \"app_id\": \"rosemaling-archive\"}}, \
          \"results\": [{}, {}]}}",
        result("chest-1"),
        result("bowl-2")
    );
    let rows = classified(&[(file, text.as_str())]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "results[].outputs[].data.concepts[].name",
                Some("Predictions and Tags"),
            ),
            (
                file,
                "results[].outputs[].data.regions[].region_info.bounding_box.top_row",
                Some("Biometric Data"),
            ),
        ],
    );
}

/// The labels a CRM puts on one of its persons are its own labels of the person, as on a deal.
#[test]
fn a_crm_persons_labels() {
    let file = "pipedrive/api/v2/persons/11842.json";
    let rows = classified(&[(
        file,
        "{\"success\": true, \"data\": {\"id\": 11842, \"name\": \"Wren Calloway\", \
           \"label_ids\": [5, 9], \"emails\": [{\"value\": \"wren@example.com\", \"primary\": true, \"label\": \"work\"}]}}",
    )]);
    assert_categories(
        &rows,
        &[(
            file,
            "data.label_ids",
            Some("Inferences, Predictions and Tags Generated by Us"),
        )],
    );
}

/// Discord's 2025 analytics events carry a plain `timestamp` where older ones had the client's
/// send time: with the client's release beside the event type they are still the person's use
/// of the app, though one of them is a sign-in from a place.
#[test]
fn telemetry_events_with_a_plain_timestamp() {
    let file = "Activity/analytics/events-2025-00000-of-00001.json";
    let text = r#"{"city":"Kuopio","ip":"203.0.113.47","timestamp":"\"2025-02-14T17:42:08.311Z\"","chosen_locale":"fi","os_version":"10.0.22631","browser":"Discord Client","domain":"Analytics","selected_score":10000.0,"os":"Windows","query_mode":"GENERAL","num_results_users":"1","num_results_guilds":"1","variant":"a","user_id":"748215603918274561","detected_locale":"fi-FI","num_results_text_channels":"2","num_results_total":"4","country_code":"FI","top_result_type":"TEXT_CHANNEL","freight_hostname":"api-prd-main-7k2x","current_channel_type":0,"release_channel":"stable","event_type":"quickswitcher_result_selected","selected_index":"0","num_results_group_dms":"0","selected_type":"TEXT_CHANNEL","region_code":"11","client_version":"1.0.9178","query_length":"5","num_results_voice_channels":"0","top_result_score":10000.0,"event_id":"AQEDq7Vh2LmX9pTfR3wYkN0sEaAcB4c=","current_channel_id":"1247719038451257386","day":"1997","time_zone":"Europe/Helsinki"}
{"city":"Joensuu","ip":"198.51.100.182","timestamp":"\"2025-03-09T11:27:40.000Z\"","chosen_locale":"fi","browser":"Firefox","domain":"Analytics","os":"Linux","variant":"a","user_id":"748215603918274561","detected_locale":"fi-FI","country_code":"FI","event_type":"authorize_login_location","authorized_ip":"198.51.100.182","region_code":"13","event_id":"AQIDt5Gw3NeY8kLmV1zRcQ7aHbPfX2o=","day":"2020","time_zone":"Europe/Helsinki"}
{"city":"Kuopio","ip":"203.0.113.47","timestamp":"\"2025-03-21T19:03:12.000Z\"","browser":"Discord Client","domain":"Analytics","os":"Windows","variant":"a","user_id":"748215603918274561","country_code":"FI","event_type":"input_mute","region_code":"11","event_id":"AQIDx2Rk9VbN4hTqW7mLsE3cYgJpA6u=","day":"2032","time_zone":"Europe/Helsinki"}
"#;
    let rows = classified(&[(file, text)]);
    assert_categories(
        &rows,
        &[
            (file, "selected_index", Some("Web Analytics")),
            (file, "timestamp", Some("Web Analytics")),
            (file, "ip", Some("Device/IP Information")),
        ],
    );
}

/// What the person pointed the camera at to look up is their use of the app; what they reported
/// to the company from inside it is correspondence with it.
#[test]
fn snapchat_scans_and_in_app_reports() {
    let scans = "json/snapcode_scan_history.json";
    let reports = "json/in_app_reports.json";
    let rows = classified(&[
        (
            scans,
            "{\"Snapcode Scan History\": [{\"Date\": \"2022-06-11 09:14:02 UTC\", \"Snapcode Type\": \"Lens\", \
               \"Description\": \"Sea Organ sunset lens\"}, \
              {\"Date\": \"2022-07-02 18:40:51 UTC\", \"Snapcode Type\": \"Profile\", \"Description\": \"zadar_tours\"}]}",
        ),
        (
            reports,
            "{\"Report History\": [{\"Date\": \"2022-05-03 12:01:44 UTC\", \"Type\": \"Story\", \
               \"Reason\": \"Spam\", \"Description\": \"Repeated ads\"}, \
              {\"Date\": \"2022-08-19 07:22:10 UTC\", \"Type\": \"Account\", \"Reason\": \"Impersonation\", \
               \"Description\": \"Fake guide account\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                scans,
                "Snapcode Scan History[].Snapcode Type",
                Some("Web Analytics"),
            ),
            (
                reports,
                "Report History[].Reason",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A message saved from Front, the company's support inbox, is the person writing to its
/// support, as Intercom's conversations are, not a message between members.
#[test]
fn a_support_inbox_message_saved_from_front() {
    let file = "front/messages/msg_2bd4c31e.json";
    let rows = classified(&[(
        file,
        "{\"id\": \"msg_2bd4c31e\", \"type\": \"email\", \"is_inbound\": true, \
           \"created_at\": 1733412000.5, \"blurb\": \"The stork camera went dark\", \
           \"subject\": \"Camera offline\", \"body\": \"<p>The stork camera went dark.</p>\", \
           \"text\": \"The stork camera went dark.\", \
           \"recipients\": [{\"handle\": \"wiebke@example.com\", \"role\": \"from\", \"name\": \"Wiebke Andersen\"}, \
                            {\"handle\": \"support@example.com\", \"role\": \"to\", \"name\": null}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "text", Some("Contact Data/Identifiers")),
            (file, "recipients[].name", Some("Contact Data/Identifiers")),
        ],
    );
}

/// What the person reported by shaking the phone is their correspondence with the company, even
/// where the list is empty.
#[test]
fn snapchats_empty_shake_to_report() {
    let file = "json/support_note.json";
    let rows = classified(&[(
        file,
        "{\"Support Note\": [{\"Created\": \"2025-01-04 10:12:44 UTC\", \"Subject\": \"Login issue\", \
           \"Body\": \"I cannot log in on my tablet.\"}], \"Shake to Report\": []}",
    )]);
    assert_categories(
        &rows,
        &[(file, "Shake to Report", Some("Contact Data/Identifiers"))],
    );
}

/// A conversation saved from Help Scout, a support desk, is the person writing to the company's
/// support; whether a CRM query has more records to page through is the API's.
#[test]
fn a_help_scout_conversation_and_a_crm_querys_paging() {
    let conversation = "helpscout/v2/conversations/2894417731.json";
    let deals = "zoho/crm/v7/coql/deals-by-contact.json";
    let rows = classified(&[
        (
            conversation,
            "{\"id\": 2894417731, \"type\": \"email\", \"status\": \"closed\", \
               \"subject\": \"Hop cone moisture readings\", \"preview\": \"The sensor shows 80%\", \
               \"createdAt\": \"2025-09-01T08:12:00Z\", \
               \"_embedded\": {\"threads\": [{\"id\": 1, \"type\": \"customer\", \"status\": \"active\", \
                 \"body\": \"The sensor shows 80%\", \"createdAt\": \"2025-09-01T08:12:00Z\"}, \
                {\"id\": 2, \"type\": \"customer\", \"status\": \"active\", \
                 \"body\": \"Still 80% today\", \"createdAt\": \"2025-09-02T08:12:00Z\"}]}}",
        ),
        (
            deals,
            "{\"data\": [{\"id\": \"6248930000001234001\", \"Deal_Name\": \"Hop kiln sensors\", \"Amount\": 4200, \
               \"Stage\": \"Closed Won\"}], \"info\": {\"count\": 1, \"more_records\": false}}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (conversation, "subject", Some("Contact Data/Identifiers")),
            (
                conversation,
                "_embedded.threads[].body",
                Some("Contact Data/Identifiers"),
            ),
            (deals, "info.more_records", None),
        ],
    );
}

/// What the person got from Meta's avatar store is a purchase, not a picture of them.
#[test]
fn items_from_an_avatar_store() {
    let file = "your_instagram_activity/avatars_store/avatar_items.json";
    let rows = classified(&[(
        file,
        "{\"ig_avatar_marketplace_avatar_items\": [{\"item\": \"Embroidered saddle jacket\", \
           \"type\": \"OUTFIT\", \"acquisition_time\": 1731402000}, \
          {\"item\": \"Argan wood beads\", \"type\": \"ACCESSORY\", \"acquisition_time\": 1733912000}]}",
    )]);
    assert_categories(
        &rows,
        &[(
            file,
            "ig_avatar_marketplace_avatar_items[].item",
            Some("Payment Information"),
        )],
    );
}

/// The author of a support inbox's reply is the company's teammate, not the person, though the
/// reply is correspondence with them; the person's own message names them as its sender.
#[test]
fn the_teammate_who_wrote_a_support_reply() {
    let inbound = "front/messages/msg_2bd0v8zk.json";
    let reply = "front/messages/msg_2bd4c31e.json";
    let rows = classified(&[
        (
            inbound,
            "{\"id\": \"msg_2bd0v8zk\", \"type\": \"email\", \"is_inbound\": true, \"author\": null, \
               \"text\": \"Our stork camera stopped detecting.\", \
               \"recipients\": [{\"handle\": \"wiebke@example.org\", \"role\": \"from\", \"name\": \"Wiebke Andersen\"}, \
                                {\"handle\": \"support@example.com\", \"role\": \"to\", \"name\": \"Support\"}]}",
        ),
        (
            reply,
            "{\"id\": \"msg_2bd4c31e\", \"type\": \"email\", \"is_inbound\": false, \
               \"author\": {\"id\": \"tea_5x2kd\", \"email\": \"tomas.ferreira@example.com\", \"username\": \"tferreira\", \
                 \"first_name\": \"Tom\\u00e1s\", \"last_name\": \"Ferreira\", \"is_admin\": false}, \
               \"text\": \"Thanks for the clear report, Wiebke.\", \
               \"recipients\": [{\"handle\": \"support@example.com\", \"role\": \"from\", \"name\": \"Support\"}, \
                                {\"handle\": \"wiebke@example.org\", \"role\": \"to\", \"name\": \"Wiebke Andersen\"}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (reply, "author.first_name", None),
            (reply, "author.email", None),
            (reply, "text", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The photos and videos sent in a chat are named by their ids (Snapchat's `Media IDs`), a
/// reference to the pictures like a link to them; the id of a post's media record (X's
/// `entities.media[].id`, a moment's `media[].mediaId`) numbers the record.
#[test]
fn chat_media_ids_and_a_posts_media_record_id() {
    let chats = "json/chat_history.json";
    let tweets = "data/tweets.js";
    let moments = "data/moment.js";
    let rows = classified(&[
        (
            chats,
            "{\"tama.whales\": [{\"From\": \"tama.whales\", \"Media Type\": \"MEDIA\", \
               \"Created\": \"2025-03-02 08:12:44 UTC\", \"Content\": \"\", \"IsSender\": false, \
               \"Media IDs\": \"b~EiQSFXdoYWxlVGFpbDQ0MjF4U2t5T3JjYRoAMgF8SAJQBGAB\"}, \
              {\"From\": \"aroha.k\", \"Media Type\": \"TEXT\", \"Created\": \"2025-03-02 08:13:02 UTC\", \
               \"Content\": \"Sperm whale at the canyon!\", \"IsSender\": true, \"Media IDs\": \"\"}]}",
        ),
        (
            tweets,
            "window.YTD.tweets.part0 = [{\"tweet\": {\"id\": \"1897001122334455667\", \
               \"full_text\": \"Kaikoura this morning https://t.co/abc\", \
               \"entities\": {\"media\": [{\"id\": \"1897001100000000001\", \"id_str\": \"1897001100000000001\", \
                 \"media_url_https\": \"https://pbs.twimg.com/media/Gabc.jpg\", \"type\": \"photo\"}]}}}]",
        ),
        (
            moments,
            "window.YTD.moment.part0 = [{\"moment\": {\"momentId\": \"1161205087002234880\", \
               \"title\": \"Signs of Lviv\", \"tweets\": [{\"momentId\": \"1161205087002234880\", \
                 \"tweet\": {\"media\": [{\"mediaId\": \"1161204931029384712\", \
                   \"mediaPath\": \"https://pbs.twimg.com/media/EB4abc.jpg\"}]}}]}}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (
                chats,
                "tama.whales[].Media IDs",
                Some("Other Visual Information"),
            ),
            (tweets, "tweet.entities.media[].id", None),
            (moments, "moment.tweets[].tweet.media[].mediaId", None),
        ],
    );
}

/// A list of places the person saved in Maps, in a file named as they named the list, is kept to
/// come back to, like a bookmark: their use of the service, whatever the list is called.
#[test]
fn a_takeout_saved_list_named_by_the_person() {
    let file = "Takeout/Saved/Boatyards and lumber.csv";
    let rows = classified(&[(
        file,
        "Title,Note,URL,Comment\n\
         Covey Island Boatworks,Ask about larch,https://www.google.com/maps/place/Covey+Island/@44.3,-64.3,\n\
         Lunenburg Foundry,,https://www.google.com/maps/place/Lunenburg+Foundry/@44.37,-64.31,\n",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "Title", Some("Web Analytics")),
            (file, "Note", Some("Web Analytics")),
            (file, "URL", Some("Web Analytics")),
        ],
    );
}

/// A video in a playlist the person named is one they kept to watch: the video's id is an item of
/// their use of the site, whatever the playlist is called.
#[test]
fn a_video_in_a_playlist_the_person_named() {
    let file = "Takeout/YouTube and YouTube Music/playlists/Harp licks to learn-videos.csv";
    let rows = classified(&[(
        file,
        "Video ID,Playlist Video Creation Timestamp\n\
         dQw4w9WgXcQ,2025-03-02T18:22:41+00:00\n\
         kXYiU_JCYtU,2025-04-11T07:05:13+00:00\n",
    )]);
    assert_categories(&rows, &[(file, "Video ID", Some("Web Analytics"))]);
}

/// A Google Tasks task's status, due date and times are the metadata of what the person wrote, as
/// a Keep note's are; a Google API's link to the record itself (`selfLink`) is the API's.
#[test]
fn google_tasks_metadata_and_self_links() {
    let file = "Takeout/Tasks/Tasks.json";
    let rows = classified(&[(
        file,
        "{\"kind\": \"tasks#taskLists\", \"items\": [{\"kind\": \"tasks#taskList\", \"id\": \"MTA0ODg\", \
           \"title\": \"Loom\", \"updated\": \"2025-05-02T09:12:44.000Z\", \
           \"selfLink\": \"https://www.googleapis.com/tasks/v1/users/@me/lists/MTA0ODg\", \
           \"items\": [{\"kind\": \"tasks#task\", \"id\": \"dGFzazE\", \"title\": \"Order indigo\", \
             \"status\": \"needsAction\", \"due\": \"2025-05-09T00:00:00.000Z\", \
             \"updated\": \"2025-05-02T09:12:44.000Z\", \
             \"selfLink\": \"https://www.googleapis.com/tasks/v1/lists/MTA0ODg/tasks/dGFzazE\"}]}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                file,
                "items[].items[].status",
                Some("Geolocation and other metadata"),
            ),
            (
                file,
                "items[].items[].due",
                Some("Geolocation and other metadata"),
            ),
            (file, "items[].items[].selfLink", None),
        ],
    );
}

/// How many people follow a playlist the person made is the service's count about the playlist;
/// how many follow the person is theirs.
#[test]
fn a_playlists_follower_count() {
    let file = "Spotify Account Data/Playlist1.json";
    let profile = "Spotify Account Data/Userdata.json";
    let rows = classified(&[
        (
            profile,
            "{\"username\": \"ferrymornings\", \"country\": \"MT\", \"numberOfFollowers\": 41}",
        ),
        (
        file,
        "{\"playlists\": [{\"name\": \"Ferry mornings\", \"lastModifiedDate\": \"2025-04-02\", \
           \"collaborators\": [], \"numberOfFollowers\": 3, \
           \"items\": [{\"track\": {\"trackName\": \"Ħanina\", \"artistName\": \"Brikkuni\", \
             \"albumName\": \"Kemm Hu Sabiħ\", \"trackUri\": \"spotify:track:1a2b3c\"}, \
             \"addedDate\": \"2025-04-02\"}]}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (file, "playlists[].numberOfFollowers", None),
            (profile, "numberOfFollowers", Some("Social Network Data")),
        ],
    );
}

/// Which of the person's devices a song was played on is the device, even where a day's row
/// lists several of them.
#[test]
fn the_devices_a_song_was_played_on() {
    let file = "Apple Media Services information/Apple_Media_Services/Apple Music Activity/\
                Apple Music - Play History Daily Tracks.csv";
    let rows = classified(&[(
        file,
        "Country,Track Identifier,Media type,Date Played,Hours,Play Duration Milliseconds,Source Type,\
         Play Count,Skip Count,Ignore For Recommendations,Track Description,Track Reference\n\
         AU,1440833098,AUDIO,20250302,\"8, 9\",412000,\"IPHONE, MACINTOSH\",2,0,,Paul Kelly - To Her Door,1440833098\n\
         AU,1440833099,AUDIO,20250303,7,198000,HOMEPOD,1,1,,Courtney Barnett - Depreston,1440833099\n",
    )]);
    assert_categories(
        &rows,
        &[(file, "Source Type", Some("Device/IP Information"))],
    );
}

/// The classic X/Twitter archive (before 2018) assigns each month of posts to
/// `Grailbird.data.tweets_<year>_<month>`: its posts are read like the newer archive's, and the
/// app each was posted from is the device's, as a newer `tweet.source` is.
#[test]
fn the_classic_twitter_archives_monthly_posts() {
    let file = "data/js/tweets/2014_05.js";
    let rows = classified(&[(
        file,
        "Grailbird.data.tweets_2014_05 = \n[ {\n  \"source\" : \"<a href=\\\"http://twitter.com/download/android\\\" rel=\\\"nofollow\\\">Twitter for Android</a>\",\n  \"id_str\" : \"471998203312541697\",\n  \
         \"text\" : \"First raku firing of the season\",\n  \"id\" : 471998203312541697,\n  \
         \"created_at\" : \"2014-05-29 16:04:51 +0000\",\n  \
         \"user\" : {\"name\" : \"Defne Aksoy\", \"screen_name\" : \"defne_akw\", \"id_str\" : \"2401938475\"}\n} ]",
    )]);
    assert_categories(
        &rows,
        &[
            (file, "text", Some("Social Network Data")),
            (file, "user.screen_name", Some("Social Network Data")),
            (file, "source", Some("Device/IP Information")),
        ],
    );
}

/// The citations a chat model attaches to its reply are links in its text, not labels on
/// content; an annotation on an input stays a label.
#[test]
fn a_chat_replys_citations_are_not_annotations() {
    let chat = "clarifai/chat-completions.json";
    let inputs = "clarifai/annotations.json";
    let rows = classified(&[
        (
            chat,
            "{\"id\": \"chatcmpl-7f3a\", \"object\": \"chat.completion\", \"created\": 1758528000, \
               \"choices\": [{\"index\": 0, \"finish_reason\": \"stop\", \"message\": {\"role\": \"assistant\", \
                 \"content\": \"High tide is at 14:05.\", \"refusal\": null, \"annotations\": []}}]}",
        ),
        (
            inputs,
            "{\"annotations\": [{\"id\": \"a1\", \"input_id\": \"i1\", \
               \"data\": {\"concepts\": [{\"id\": \"boat\", \"name\": \"boat\", \"value\": 1}]}}]}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (chat, "choices[].message.annotations", None),
            (
                inputs,
                "annotations[].data.concepts[].name",
                Some("Predictions and Tags"),
            ),
        ],
    );
}

/// The games the person played with friends in a chat are their social life on the service,
/// like their chats and calls beside them, not sign-in sessions.
#[test]
fn game_sessions_with_friends_are_social_not_sign_ins() {
    let talk = "json/talk_history.json";
    let rows = classified(&[(
        talk,
        "{\"Game Sessions\": [{\"Date & Time\": \"2021-06-12 19:04:11 UTC\", \"Length (sec)\": \
           412}, {\"Date & Time\": \"2021-06-14 21:30:02 UTC\", \"Length (sec)\": 95}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                talk,
                "Game Sessions[].Date & Time",
                Some("Social Network Data"),
            ),
            (
                talk,
                "Game Sessions[].Length (sec)",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// A link to someone's profile page on a social network (Google+'s `profilePageUrl` of a post's
/// author and of its commenters) is who they are there, not a page the person visited; the
/// post's own link stays what the post is.
#[test]
fn a_profile_page_link_is_the_account_not_a_visited_page() {
    let post = "Takeout/Google+ Stream/Posts/20180203 - Scopes and warm layers.json";
    let rows = classified(&[(
        post,
        "{\"url\": \"https://plus.google.com/+AvaMorland/posts/Xq3Lk9Vw2Rt\", \
           \"creationTime\": \"2018-02-03 07:41:12+0000\", \"content\": \"Bring scopes and warm \
           layers for Sunday.\", \"author\": {\"displayName\": \"Ava Morland\", \
           \"profilePageUrl\": \"https://plus.google.com/104729361048271936410\"}, \
           \"comments\": [{\"creationTime\": \"2018-02-03 09:02:40+0000\", \"content\": \"See you \
           there!\", \"author\": {\"displayName\": \"Reuben Hale\", \"profilePageUrl\": \
           \"https://plus.google.com/117394850263748190522\"}}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (post, "author.profilePageUrl", Some("Social Network Data")),
            (
                post,
                "comments[].author.profilePageUrl",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// Meta's 2020 activity log wraps the records of many files in `activity_log_data`: the key
/// above it says what they are (pokes, posts others wrote on the person's timeline), not the
/// word `activity`.
#[test]
fn an_activity_log_wrapper_does_not_name_its_records() {
    let pokes = "other_activity/pokes.json";
    let rows = classified(&[(
        pokes,
        "{\"pokes\": {\"activity_log_data\": [{\"timestamp\": 1583061204, \"data\": [{\"name\": \
           \"Eleni Markaki\"}], \"title\": \"Eleni Markaki poked you.\"}, {\"timestamp\": \
           1583147711, \"data\": [{\"name\": \"Nikos Vlachos\"}], \"title\": \"You poked Nikos \
           Vlachos.\"}]}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                pokes,
                "pokes.activity_log_data[].timestamp",
                Some("Social Network Data"),
            ),
            (
                pokes,
                "pokes.activity_log_data[].title",
                Some("Social Network Data"),
            ),
        ],
    );
}

/// The traits Discord ranks a person by for its ads are its conclusions about them; the
/// person's id beside them stays theirs, and a trait whose own name says what it is keeps that.
#[test]
fn ads_traits_are_inferences_beside_the_persons_id() {
    let traits = "Ads/traits.json";
    let rows = classified(&[(
        traits,
        "{\"day_pt\": \"2025-11-18T00:00:00\", \"theme_ids_l90\": [\"4\", \"11\"], \
           \"game_names_clean_l365\": [\"stardew valley\", \"terraria\"], \"user_id\": \
           \"1062739410558427146\", \"reg_country_code\": \"NA\", \"age_group\": \"25-34\"}",
    )]);
    let inferred = Some("Inferences, Predictions and Tags Generated by Us");
    assert_categories(
        &rows,
        &[
            (traits, "day_pt", inferred),
            (traits, "theme_ids_l90", inferred),
            (traits, "game_names_clean_l365", inferred),
            (traits, "user_id", Some("Contact Data/Identifiers")),
            (
                traits,
                "reg_country_code",
                Some("Geolocation and other metadata"),
            ),
        ],
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

/// Whether a saved card may be charged again without the person present is a term of their
/// payment method; an LLM response's token `usage` stays out of payment information.
#[test]
fn a_setup_intents_usage_is_payment_information() {
    let intents = "stripe/setup_intents.json";
    let intent = |id: &str, usage: &str| {
        format!(
            "{{\"id\": \"{id}\", \"object\": \"setup_intent\", \"usage\": \"{usage}\", \
               \"status\": \"succeeded\", \"payment_method\": \"pm_1Q2w3E4r\"}}"
        )
    };
    let chat = "openai/chat.json";
    let rows = classified(&[
        (
            intents,
            &format!(
                "{{\"object\": \"list\", \"data\": [{}, {}]}}",
                intent("seti_1", "off_session"),
                intent("seti_2", "on_session")
            ),
        ),
        (
            chat,
            "{\"id\": \"chatcmpl-1\", \"usage\": \"see totals\", \"model\": \"llama3.2\"}",
        ),
    ]);
    assert_categories(
        &rows,
        &[(intents, "data[].usage", Some("Payment Information"))],
    );
    assert_ne!(
        category_in(&rows, chat, "usage").as_deref(),
        Some("Payment Information")
    );
}

/// A request and its response as a recording tool keeps them (WireMock's mappings, nock's
/// fixtures): the call's method, status, headers and the tool's own keys are not the person's
/// data, whatever the file is named for; what the response holds still is.
#[test]
fn a_recorded_http_calls_own_fields_are_not_personal_data() {
    let mapping = "mappings/v2_audit_log_searches-4d47ef96-53f3-4ef4-8691-1636ad2884d8.json";
    let fixture = "test/fixtures/account.json";
    let rows = classified(&[
        (
            mapping,
            "{\"id\": \"4d47ef96-53f3-4ef4-8691-1636ad2884d8\", \"name\": \"v2_audit_log_searches\", \
              \"request\": {\"url\": \"/v2/audit_log/searches\", \"method\": \"POST\"}, \
              \"response\": {\"status\": 200, \"bodyFileName\": \"v2_audit_log_searches-4d47.json\", \
              \"headers\": {\"Content-Type\": \"application/json\", \"Vary\": \"Origin\"}}, \
              \"uuid\": \"4d47ef96-53f3-4ef4-8691-1636ad2884d8\", \"persistent\": true, \
              \"insertionIndex\": 3}",
        ),
        (
            fixture,
            "[{\"scope\": \"https://api.clarifai.com:443\", \"method\": \"GET\", \
              \"path\": \"/v2/users/me\", \"body\": \"\", \"status\": 200, \
              \"response\": {\"user\": {\"id\": \"aurelia_c\", \"email\": \"aurelia@example.com\", \
              \"first_name\": \"Aurelia\"}}, \"rawHeaders\": [\"Content-Type\", \"application/json\"], \
              \"responseIsBinary\": false}]",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (mapping, "request.method", None),
            (mapping, "response.status", None),
            (mapping, "response.headers.Vary", None),
            (mapping, "insertionIndex", None),
            (mapping, "persistent", None),
            (fixture, "method", None),
            (fixture, "status", None),
            (fixture, "responseIsBinary", None),
            (
                fixture,
                "response.user.email",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// ...and so do the calls of a contract file, a list nested in the file (Pact's
/// `interactions[]`).
#[test]
fn a_contracts_recorded_calls_are_not_personal_data() {
    let pact = "pacts/paro-bows-web-clarifai-api.json";
    let interaction = |path: &str| {
        format!(
            "{{\"description\": \"a request for {path}\", \"type\": \"Synchronous/HTTP\", \
               \"pending\": false, \"request\": {{\"method\": \"GET\", \"path\": \"{path}\"}}, \
               \"response\": {{\"status\": 200, \"headers\": {{\"Content-Type\": \
               \"application/json\"}}, \"body\": {{\"content\": {{\"user\": {{\"email\": \
               \"karma@example.com\"}}}}}}}}}}"
        )
    };
    let rows = classified(&[(
        pact,
        &format!(
            "{{\"consumer\": {{\"name\": \"paro-bows-web\"}}, \"interactions\": [{}, {}]}}",
            interaction("/v2/users/me"),
            interaction("/v2/users/me/apps")
        ),
    )]);
    assert_categories(
        &rows,
        &[
            (pact, "interactions[].request.method", None),
            (pact, "interactions[].request.path", None),
            (pact, "interactions[].response.status", None),
            (pact, "interactions[].description", None),
            (
                pact,
                "interactions[].response.body.content.user.email",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A response's `data` wrapper is not a Clarifai input's `data`: what sits under its
/// `metadata` is the customer's, not a picture's metadata, and the response's yes-or-no
/// `status` and its `message` beside the wrapper are the response's own. A list of inputs
/// saved as they are keeps their `data.metadata`.
#[test]
fn a_responses_data_wrapper_is_not_an_inputs_data() {
    let customer = "paystack/customer/CUS_q8m2xv4tn0kz7rb.json";
    let inputs = "list_inputs_pallay-catalogo.json";
    let input = |id: &str| {
        format!(
            "{{\"id\": \"{id}\", \"data\": {{\"image\": {{\"url\": \"https://example.com/{id}.jpg\"}}, \
               \"metadata\": {{\"comunidad\": \"Chinchero\", \"pieza\": \"chumpi\"}}}}}}"
        )
    };
    let rows = classified(&[
        (
            customer,
            "{\"status\": true, \"message\": \"Customer retrieved\", \"data\": {\"email\": \
              \"funmi@example.com\", \"first_name\": \"Funmilayo\", \"customer_code\": \
              \"CUS_q8m2xv4tn0kz7rb\", \"metadata\": {\"calling_code\": \"+234\", \"trade\": \
              \"adire dyeing\"}}}",
        ),
        (inputs, &format!("[{}, {}]", input("in1"), input("in2"))),
    ]);
    assert_categories(
        &rows,
        &[
            (customer, "status", None),
            (customer, "message", None),
            (
                inputs,
                "data.metadata.comunidad",
                Some("Geolocation and other metadata"),
            ),
        ],
    );
    assert_ne!(
        category_in(&rows, customer, "data.metadata.trade").as_deref(),
        Some("Geolocation and other metadata")
    );
}

/// Invitations to a group's chats that the person received (Meta's 2025
/// `chat_invites_received.json`, a list of label-value records) are their social life on the
/// network.
#[test]
fn chat_invites_received_are_social_network_data() {
    let invites = "your_facebook_activity/groups/chat_invites_received.json";
    let invite = |group: &str, at: u64| {
        format!(
            "{{\"timestamp\": {at}, \"label_values\": [{{\"label\": \"Chat\", \"value\": \
               \"{group}\"}}, {{\"label\": \"Invited at\", \"timestamp_value\": {at}}}], \
               \"fbid\": \"10158{at}\"}}"
        )
    };
    let rows = classified(&[(
        invites,
        &format!(
            "[{}, {}]",
            invite("Kolam carvers", 1741510000),
            invite("Ambalangoda market", 1741520000)
        ),
    )]);
    assert_categories(
        &rows,
        &[
            (invites, "label_values[].value", Some("Social Network Data")),
            (invites, "timestamp", Some("Social Network Data")),
        ],
    );
}

/// An HTTP message's headers are the protocol's wherever a tool keeps them (mountebank's
/// `stubs[].responses[].is.headers`), while a mail's headers written in lower case (`to`,
/// `subject`) keep their own rules.
#[test]
fn http_headers_anywhere_are_not_personal_data() {
    let saved = "mountebank/recordings/annotations-review.json";
    let response = |id: &str| {
        format!(
            "{{\"is\": {{\"statusCode\": 200, \"headers\": {{\"Content-Type\": \
               \"application/json\", \"Access-Control-Allow-Origin\": \"*\", \"Date\": \
               \"Tue, 03 Mar 2026 10:00:00 GMT\"}}, \"body\": {{\"annotations\": [{{\"id\": \
               \"{id}\", \"data\": {{\"concepts\": [{{\"id\": \"weld-seam\", \"name\": \
               \"weld seam\", \"value\": 1}}]}}}}]}}}}}}"
        )
    };
    let rows = classified(&[(
        saved,
        &format!(
            "{{\"imposters\": [{{\"port\": 4545, \"stubs\": [{{\"responses\": [{}, {}]}}]}}]}}",
            response("a1"),
            response("a2")
        ),
    )]);
    let table = "imposters[].stubs[].responses[].is.headers";
    for header in ["Content-Type", "Access-Control-Allow-Origin", "Date"] {
        assert_eq!(
            category_in(&rows, saved, &format!("{table}.{header}")),
            None,
            "{header}"
        );
    }
}

/// A response's `meta` is its own bookkeeping, except what it says of the person it is about
/// (Lemon Squeezy's License API: `meta.customer_email`, `meta.customer_name`).
#[test]
fn a_responses_meta_may_name_its_customer() {
    let validate = "lemonsqueezy/licenses/2025-09-03T07-21-54Z_validate.json";
    let rows = classified(&[(
        validate,
        "{\"valid\": true, \"error\": null, \"meta\": {\"store_id\": 41207, \"order_id\": \
          3390211, \"product_name\": \"Sled Planner\", \"customer_id\": 5120934, \
          \"customer_name\": \"Maggie Tremblay\", \"customer_email\": \"maggie@example.com\"}}",
    )]);
    assert_categories(
        &rows,
        &[
            (
                validate,
                "meta.customer_email",
                Some("Contact Data/Identifiers"),
            ),
            (validate, "meta.store_id", None),
        ],
    );
}

/// A JSON Schema saved beside the records (a Singer tap's `SCHEMA` message) describes shapes:
/// its `type`, `format` and `additionalProperties` say nothing of the person, while the
/// records keep their labels.
#[test]
fn a_json_schemas_keywords_are_not_personal_data() {
    let stream = "tap-clarifai/users.singer.jsonl";
    let rows = classified(&[(
        stream,
        "{\"type\": \"SCHEMA\", \"stream\": \"users\", \"schema\": {\"type\": \"object\", \
          \"properties\": {\"email\": {\"type\": [\"string\", \"null\"]}, \"created_at\": \
          {\"type\": [\"string\", \"null\"], \"format\": \"date-time\"}, \"user_detail\": \
          {\"type\": \"object\", \"additionalProperties\": true}}}, \"key_properties\": [\"id\"]}\n\
         {\"type\": \"RECORD\", \"stream\": \"users\", \"record\": {\"email\": \
          \"ottilie@example.com\", \"first_name\": \"Ottilie\"}}\n",
    )]);
    assert_categories(
        &rows,
        &[
            (stream, "schema.properties.email.type", None),
            (stream, "schema.properties.created_at.format", None),
            (
                stream,
                "schema.properties.user_detail.additionalProperties",
                None,
            ),
            (stream, "record.email", Some("Contact Data/Identifiers")),
        ],
    );
}

/// The yes-or-no outcome and the message at the top of a response whose data is a list
/// (Paystack's `{"status": true, "message": …, "data": [...]}`) are the response's own.
#[test]
fn a_list_responses_outcome_and_message_are_its_own() {
    let refunds = "paystack/refund.json";
    let refund = |id: u64, amount: u64| {
        format!(
            "{{\"id\": {id}, \"amount\": {amount}, \"currency\": \"NGN\", \"status\": \
               \"processed\", \"refunded_at\": \"2024-05-02T10:00:00.000Z\", \
               \"customer_note\": \"Duplicate order\"}}"
        )
    };
    let rows = classified(&[(
        refunds,
        &format!(
            "{{\"status\": true, \"message\": \"Refunds retrieved\", \"data\": [{}, {}], \
               \"meta\": {{\"total\": 2, \"skipped\": 0, \"perPage\": 50, \"page\": 1}}}}",
            refund(3018475, 250000),
            refund(3018476, 120000)
        ),
    )]);
    assert_categories(
        &rows,
        &[
            (refunds, "status", None),
            (refunds, "message", None),
            (refunds, "data[].amount", Some("Payment Information")),
        ],
    );
}

/// A response that says in words that it worked (Flutterwave's `"status": "success"`) and wraps
/// its data in a list has its message at the top as its own, as one that wraps an object does.
#[test]
fn a_worded_outcome_beside_a_wrapped_list_makes_the_message_the_responses() {
    let subscriptions = "flutterwave/v3/subscriptions.json";
    let rows = classified(&[(
        subscriptions,
        "{\"status\": \"success\", \"message\": \"Plan subscriptions fetched\", \"data\": [\
           {\"id\": 58203, \"amount\": 1350, \"status\": \"active\", \
            \"customer\": {\"customer_email\": \"m.ashby@example.com\"}, \
            \"created_at\": \"2024-03-01T09:12:44.000Z\"}, \
           {\"id\": 58204, \"amount\": 900, \"status\": \"cancelled\", \
            \"customer\": {\"customer_email\": \"m.ashby@example.com\"}, \
            \"created_at\": \"2024-04-01T09:12:44.000Z\"}]}",
    )]);
    assert_categories(
        &rows,
        &[
            (subscriptions, "status", None),
            (subscriptions, "message", None),
            (
                subscriptions,
                "data[].customer.customer_email",
                Some("Contact Data/Identifiers"),
            ),
        ],
    );
}

/// A webhook event is about the object it carries, named by its type (`payment_method.attached`),
/// not a use of the service: the folder that keeps the deliveries (`events/`) does not make it
/// Web Analytics.
#[test]
fn a_webhook_event_is_about_the_object_its_type_names() {
    let event = "events/evt_1T3CmrL4mZ8cRk3bP2yHf6Ud.json";
    let rows = classified(&[(
        event,
        "{\"id\": \"evt_1T3CmrL4mZ8cRk3bP2yHf6Ud\", \"object\": \"event\", \"created\": 1760000000, \
          \"type\": \"payment_method.attached\", \"livemode\": false, \"data\": {\"object\": {\
            \"id\": \"pm_1T3CmqL4mZ8cRk3b\", \"object\": \"payment_method\", \"type\": \"card\", \
            \"created\": 1760000000, \"allow_redisplay\": \"always\", \"card\": {\"brand\": \"visa\", \
            \"last4\": \"4242\", \"exp_month\": 8, \"exp_year\": 2028, \"funding\": \"debit\"}}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (event, "created", Some("Payment Information")),
            (event, "data.object.created", Some("Payment Information")),
            (
                event,
                "data.object.allow_redisplay",
                Some("Payment Information"),
            ),
        ],
    );
}

/// Mercado Pago calls a subscription a `preapproval`: the records of its `/preapproval/search`
/// are what the person pays for every month.
#[test]
fn mercado_pagos_preapprovals_are_subscriptions() {
    let search = "mercadopago/preapproval/search_payer_id-1893406625.json";
    let subscription = |id: &str, status: &str| {
        format!(
            "{{\"id\": \"{id}\", \"payer_id\": 1893406625, \"status\": \"{status}\", \
               \"reason\": \"Clube do barro\", \"date_created\": \"2025-02-01T10:00:00.000-03:00\", \
               \"auto_recurring\": {{\"frequency\": 1, \"frequency_type\": \"months\", \
               \"transaction_amount\": 89.9, \"currency_id\": \"BRL\"}}}}"
        )
    };
    let rows = classified(&[(
        search,
        &format!(
            "{{\"paging\": {{\"offset\": 0, \"limit\": 20, \"total\": 2}}, \"results\": [{}, {}]}}",
            subscription("2c9380849b4e77d0019bc3f1a88f04d2", "authorized"),
            subscription("2c9380849b4e77d0019bc3f1a88f04d3", "cancelled")
        ),
    )]);
    assert_categories(
        &rows,
        &[
            (search, "results[].status", Some("Payment Information")),
            (search, "results[].reason", Some("Payment Information")),
            (
                search,
                "results[].date_created",
                Some("Payment Information"),
            ),
        ],
    );
}

/// A file named for whose records it holds (`followed_by-user_id-43018427533.json`) says nothing
/// of what they are: its folder (`discussions/topics`) does, so the forum threads the person
/// follows are their part in a community.
#[test]
fn a_file_named_by_whose_records_leaves_its_folder_to_name_them() {
    let followed = "api/v2/discussions/topics/followed_by-user_id-43018427533.json";
    let topic = |id: u64, title: &str| {
        format!(
            "{{\"id\": {id}, \"title\": \"{title}\", \"forum_id\": 43000087310, \
               \"user_id\": 43018427533, \"locked\": false, \"posts_count\": 4, \
               \"created_at\": \"2025-06-03T14:22:10Z\", \"replied_at\": \"2025-06-05T19:48:27Z\"}}"
        )
    };
    let rows = classified(&[(
        followed,
        &format!(
            "[{}, {}]",
            topic(43000416882, "Pacific or native oysters on one tray?"),
            topic(43000401550, "How to post tray photos")
        ),
    )]);
    assert_categories(
        &rows,
        &[
            (followed, "title", Some("Social Network Data")),
            (followed, "created_at", Some("Social Network Data")),
            (followed, "replied_at", Some("Social Network Data")),
        ],
    );
}

/// A file named by one record's id (`cus_SBq7LmW2xYt9Rk.json`, `ich_1RJyq8….json`) is about what
/// its folder holds, the id's short type prefix included: the `name` of a customer or of a
/// cardholder is the person's.
#[test]
fn a_file_named_by_a_prefixed_id_is_about_what_its_folder_holds() {
    let customer = "stripe/v1/customers/cus_SBq7LmW2xYt9Rk.json";
    let cardholder = "issuing/cardholders/ich_1RJyq8Qm3xK9LtAe4vB7cH2d.json";
    let rows = classified(&[
        (
            customer,
            "{\"id\": \"cus_SBq7LmW2xYt9Rk\", \"object\": \"customer\", \"name\": \"Ada Byron\", \
              \"email\": \"ada@example.com\", \"created\": 1746103521}",
        ),
        (
            cardholder,
            "{\"id\": \"ich_1RJyq8Qm3xK9LtAe4vB7cH2d\", \"object\": \"issuing.cardholder\", \
              \"name\": \"Maren Aho\", \"email\": \"maren@example.org\", \"created\": 1746103521}",
        ),
    ]);
    assert_categories(
        &rows,
        &[
            (customer, "name", Some("Contact Data/Identifiers")),
            (cardholder, "name", Some("Contact Data/Identifiers")),
        ],
    );
}

/// Checkout.com names a webhook event's change after an underscore (`payment_approved`): the
/// event is about the payment it carries in `data`, whatever the folder of events says.
#[test]
fn an_event_type_with_its_change_after_an_underscore_names_its_object() {
    let event = "checkout/events/evt_s6gqk3vu2dyelmbr7xazfi4t5o.json";
    let rows = classified(&[(
        event,
        "{\"id\": \"evt_s6gqk3vu2dyelmbr7xazfi4t5o\", \"type\": \"payment_approved\", \
          \"created_on\": \"2026-02-10T09:12:31Z\", \"data\": {\"id\": \"pay_7hq3w2nlxk5ebmz4\", \
          \"amount\": 16200, \"currency\": \"PLN\", \"response_summary\": \"Approved\", \
          \"processed_on\": \"2026-02-10T09:12:31Z\", \"source\": {\"type\": \"card\", \
          \"expiry_month\": 11, \"expiry_year\": 2028, \"scheme\": \"Visa\", \"bin\": \"424242\"}}}",
    )]);
    assert_categories(
        &rows,
        &[
            (event, "created_on", Some("Payment Information")),
            (event, "data.processed_on", Some("Payment Information")),
            (event, "data.response_summary", Some("Payment Information")),
        ],
    );
}
