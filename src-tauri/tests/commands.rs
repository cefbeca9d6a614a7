//! Every command through the mock runtime, with the app's real config and capabilities, so a
//! command missing from `capabilities/` fails here as it would in the window.

use dossier_app::launch::{AppOptions, RecentStore, SampleSource};
use dossier_app::{run_app, MAIN_WINDOW};
use dossier_samples::canary::{
    canaries_in, write_canary_export, CANARY_MARK, CANARY_VALUES, ONE_PIXEL_PNG,
};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

struct TestApp {
    // Dropping the app tears down the webview; keep it alive as long as the window.
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

fn launch(launch_path: Option<PathBuf>, sample: &Path) -> TestApp {
    let options = AppOptions {
        launch_path,
        launch_manifest: None,
        sample: SampleSource::Path(sample.to_owned()),
        recent: RecentStore::Memory,
        create_window: false,
        single_instance: false,
    };
    let app = run_app(mock_builder(), tauri::generate_context!(), options)
        .expect("the app builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, MAIN_WINDOW, Default::default())
        .build()
        .expect("the main webview builds");
    TestApp { _app: app, window }
}

fn invoke(app: &TestApp, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        &app.window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // On Linux the app's pages are served from tauri://localhost.
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// A small folder export: a profile, invoices, and a file that cannot be parsed.
fn folder_export() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("account")).unwrap();
    std::fs::create_dir_all(root.join("billing")).unwrap();
    std::fs::write(
        root.join("account/profile.json"),
        r#"{"first_name":"Renée","last_name":"Lefèvre","email":"renee@example.com","phone":"+33 6 12 34 56 78"}"#,
    )
    .unwrap();
    let mut csv = String::from("invoice_date,amount,currency,card_last4\n");
    for i in 0..30 {
        csv.push_str(&format!(
            "2023-01-{:02},{}.00,EUR,1111\n",
            i % 28 + 1,
            10 + i
        ));
    }
    std::fs::write(root.join("billing/invoices.csv"), csv).unwrap();
    std::fs::write(root.join("broken.json"), b"{\"a\": [1, 2").unwrap();
    std::fs::create_dir_all(root.join("inputs")).unwrap();
    std::fs::write(root.join("inputs/photo.png"), ONE_PIXEL_PNG).unwrap();
    dir
}

fn open(app: &TestApp, path: &Path) -> Result<Value, Value> {
    invoke(
        app,
        "open_export",
        json!({ "path": path, "onProgress": "__CHANNEL__:7" }),
    )
}

#[test]
fn start_info_names_the_launch_path_and_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("sample.zip");
    let app = launch(Some(PathBuf::from("/exports/given.zip")), &sample);
    let info = invoke(&app, "start_info", json!({})).unwrap();
    assert_eq!(info["launch_path"], "/exports/given.zip");
    assert_eq!(info["sample_path"], sample.display().to_string());
    assert_eq!(info["recent"], json!([]));
}

#[test]
fn about_gives_the_version_and_the_policy_pack() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, &dir.path().join("sample.zip"));
    let about = invoke(&app, "about", json!({})).unwrap();
    assert_eq!(about["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(about["policy_company"], "Clarifai, Inc.");
    assert_eq!(about["policy_title"], "Privacy Policy");
    assert_eq!(about["policy_effective_date"], "2021-10-13");
}

#[test]
fn exports_handed_over_before_the_ui_listens_are_kept_for_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, &dir.path().join("sample.zip"));
    let request = dossier_app::handoff::from_second_launch(
        &["dossier-app".into(), "other.zip".into()],
        "/home/someone",
    );
    dossier_app::handoff::hand_over(app._app.handle(), request);
    let handed = invoke(&app, "handed_over", json!({})).unwrap();
    assert_eq!(
        handed,
        json!([{ "path": "/home/someone/other.zip", "manifest": null }])
    );
    assert_eq!(invoke(&app, "handed_over", json!({})).unwrap(), json!([]));
}

#[test]
fn open_export_returns_the_overview_by_category_and_remembers_the_path() {
    let export = folder_export();
    let app = launch(None, export.path());
    let overview = open(&app, export.path()).unwrap();

    let categories = overview["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 10, "the policy's ten categories");
    let contact = &categories[0];
    assert_eq!(contact["name"], "Contact Data/Identifiers");
    assert_eq!(contact["state"], "found");
    assert_eq!(contact["records"], 1);
    let payment = categories
        .iter()
        .find(|c| c["id"] == "payment-information")
        .unwrap();
    assert_eq!(payment["records"], 30);
    assert_eq!(overview["files"]["total"], 4);
    let problems = overview["problems"].as_array().unwrap();
    assert!(
        problems.iter().any(|p| p["path"] == "broken.json"),
        "{problems:?}"
    );

    let start = invoke(&app, "start_info", json!({})).unwrap();
    assert_eq!(
        start["recent"],
        json!([export.path().display().to_string()])
    );
    assert_eq!(invoke(&app, "overview", json!({})).unwrap(), overview);
}

#[test]
fn recent_exports_can_be_turned_off_and_cleared() {
    let export = folder_export();
    let app = launch(None, export.path());
    let path = json!([export.path().display().to_string()]);
    let start = invoke(&app, "start_info", json!({})).unwrap();
    assert_eq!(start["remember_recent"], true);

    open(&app, export.path()).unwrap();
    assert_eq!(
        invoke(&app, "start_info", json!({})).unwrap()["recent"],
        path
    );
    let now = invoke(&app, "set_remember_recent", json!({ "remember": false })).unwrap();
    assert_eq!(now, json!([]), "turning it off forgets the list");
    open(&app, export.path()).unwrap();
    let start = invoke(&app, "start_info", json!({})).unwrap();
    assert_eq!(start["recent"], json!([]));
    assert_eq!(start["remember_recent"], false);

    invoke(&app, "set_remember_recent", json!({ "remember": true })).unwrap();
    open(&app, export.path()).unwrap();
    assert_eq!(
        invoke(&app, "start_info", json!({})).unwrap()["recent"],
        path
    );
    invoke(&app, "clear_recent", json!({})).unwrap();
    let start = invoke(&app, "start_info", json!({})).unwrap();
    assert_eq!(start["recent"], json!([]));
    assert_eq!(start["remember_recent"], true, "clearing keeps remembering");
}

#[test]
fn open_export_errors_arrive_as_code_and_message() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, dir.path());
    let err = open(&app, &dir.path().join("gone.zip")).unwrap_err();
    assert_eq!(err["code"], "export_not_found");
    let message = err["message"].as_str().unwrap();
    assert!(message.contains("gone.zip"), "{message}");
    assert!(message.contains("choose it again"), "{message}");
    assert_eq!(
        err.as_object().unwrap().len(),
        2,
        "only code and message: {err}"
    );

    let damaged = dir.path().join("damaged.zip");
    std::fs::write(&damaged, b"PK\x03\x04 not really").unwrap();
    assert_eq!(open(&app, &damaged).unwrap_err()["code"], "export_damaged");
}

#[test]
fn queries_before_opening_say_that_no_export_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, dir.path());
    for (cmd, args) in [
        ("overview", json!({})),
        ("files", json!({})),
        ("category", json!({ "id": "payment-information" })),
        ("file_detail", json!({ "path": "a.json" })),
        ("file_text", json!({ "path": "a.json" })),
        (
            "table_rows",
            json!({ "file": "a.json", "table": "", "offset": 0, "limit": 10 }),
        ),
    ] {
        let err = invoke(&app, cmd, args).unwrap_err();
        assert_eq!(err["code"], "no_export_open", "{cmd}: {err}");
    }
    assert_eq!(invoke(&app, "cancel_open", json!({})).unwrap(), false);
}

#[test]
fn category_files_and_rows_describe_the_open_export() {
    let export = folder_export();
    let app = launch(None, export.path());
    open(&app, export.path()).unwrap();

    let category = invoke(&app, "category", json!({ "id": "payment-information" })).unwrap();
    assert_eq!(category["card"]["name"], "Payment Information");
    assert!(!category["explanation"].as_str().unwrap().is_empty());
    let fields: Vec<&str> = category["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert!(fields.contains(&"card_last4"), "{fields:?}");
    assert_eq!(
        category["tables"],
        json!([{ "file": "billing/invoices.csv", "table": "", "records": 30 }])
    );
    let visual = invoke(
        &app,
        "category",
        json!({ "id": "other-visual-information" }),
    )
    .unwrap();
    let image = &visual["images"][0];
    assert_eq!(image["file"], "inputs/photo.png");
    assert!(
        image["facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["value"].as_str().unwrap().contains("1×1")),
        "{image}"
    );

    let unknown = invoke(&app, "category", json!({ "id": "horoscope" })).unwrap_err();
    assert_eq!(unknown["code"], "unknown_category");

    let files = invoke(&app, "files", json!({})).unwrap();
    let paths: Vec<&str> = files
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "account/profile.json",
            "billing/invoices.csv",
            "broken.json",
            "inputs/photo.png"
        ]
    );

    let detail = invoke(&app, "file_detail", json!({ "path": "broken.json" })).unwrap();
    assert_eq!(detail["file"]["state"], "partial");
    assert_eq!(detail["problems"].as_array().unwrap().len(), 1);

    let page = invoke(
        &app,
        "table_rows",
        json!({ "file": "billing/invoices.csv", "table": "", "offset": 28, "limit": 10 }),
    )
    .unwrap();
    assert_eq!(page["total"], 30);
    assert_eq!(
        page["columns"],
        json!(["invoice_date", "amount", "currency", "card_last4"])
    );
    assert_eq!(
        page["rows"],
        json!([
            ["2023-01-01", "38.00", "EUR", "1111"],
            ["2023-01-02", "39.00", "EUR", "1111"]
        ])
    );
    let text = invoke(&app, "file_text", json!({ "path": "account/profile.json" })).unwrap();
    assert!(text["text"].as_str().unwrap().contains("Renée"), "{text}");
    assert_eq!(text["lossy"], false);

    let missing = invoke(
        &app,
        "table_rows",
        json!({ "file": "../etc/passwd", "table": "", "offset": 0, "limit": 1 }),
    )
    .unwrap_err();
    assert_eq!(missing["code"], "not_in_export");
}

#[test]
fn a_sorted_or_filtered_view_holds_the_table_in_memory() {
    let export = folder_export();
    let app = launch(None, export.path());
    open(&app, export.path()).unwrap();
    let rows = |offset: u64, query: Value| {
        invoke(
            &app,
            "table_rows",
            json!({ "file": "billing/invoices.csv", "table": "", "offset": offset, "limit": 2, "query": query }),
        )
        .unwrap()
    };

    let streamed = rows(0, Value::Null);
    assert_eq!(streamed["held"], false, "a plain first page is streamed");
    assert_eq!(
        (&streamed["total"], &streamed["matching"]),
        (&json!(30), &json!(30)),
        "the scan's count stands in for the rest"
    );

    let sorted = rows(
        0,
        json!({ "filter": "", "sort": { "column": "amount", "descending": true } }),
    );
    assert_eq!(sorted["held"], true);
    assert_eq!(
        sorted["rows"],
        json!([
            ["2023-01-02", "39.00", "EUR", "1111"],
            ["2023-01-01", "38.00", "EUR", "1111"]
        ])
    );

    let filtered = rows(
        0,
        json!({ "filter": "2023-01-0", "sort": { "column": "amount", "descending": false } }),
    );
    assert_eq!(
        (&filtered["total"], &filtered["matching"]),
        (&json!(30), &json!(11)),
        "days 1-9, and 1-2 again after the 28th"
    );
    assert_eq!(filtered["rows"][0][1], "10.00");

    let plain_after = rows(28, Value::Null);
    assert_eq!(
        plain_after["held"], true,
        "once held, plain pages come from memory too"
    );
    assert_eq!(plain_after["rows"][1][1], "39.00");

    let held = invoke(
        &app,
        "hold_table",
        json!({ "file": "account/profile.json", "table": "" }),
    )
    .unwrap();
    assert_eq!(
        (&held["rows"], &held["columns"][0]),
        (&json!(1), &json!("first_name"))
    );
    let unknown = invoke(
        &app,
        "hold_table",
        json!({ "file": "nope.csv", "table": "" }),
    )
    .unwrap_err();
    assert_eq!(unknown["code"], "not_in_export");
}

#[test]
fn the_policy_and_its_search() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, dir.path());
    let policy = invoke(&app, "policy", json!({})).unwrap();
    assert_eq!(policy["company"], "Clarifai, Inc.");
    assert_eq!(policy["categories"].as_array().unwrap().len(), 10);
    assert!(!policy["disclaimer"].as_str().unwrap().is_empty());
    assert!(policy["sections"].as_array().unwrap().len() > 10);

    // A note that states the law carries its sources and the day they were last checked.
    let notes = policy["annotations"].as_array().unwrap();
    let right = notes.iter().find(|a| a["kind"] == "right").unwrap();
    assert!(right["sources"][0]["cite"].is_string());
    assert!(right["sources"][0]["url"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    assert!(right["checked"].is_string());
    let meaning = notes.iter().find(|a| a["kind"] == "meaning").unwrap();
    assert_eq!(meaning["sources"], json!([]));

    let hits = invoke(&app, "policy_search", json!({ "query": "deletion" })).unwrap();
    let first = &hits.as_array().unwrap()[0];
    assert_eq!(first["section_title"], "Deletion");
    assert!(first["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .any(|run| run["marked"] == true));
}

#[test]
fn the_window_may_hand_only_https_addresses_to_the_system_browser() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, dir.path());
    // An https address would really open a browser, so only refusals are tried here: the
    // capability's scope turns away every other scheme before anything is opened.
    for url in [
        "http://eur-lex.europa.eu/eli/reg/2016/679/oj",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mailto:privacy@clarifai.com",
    ] {
        let refused = invoke(&app, "plugin:opener|open_url", json!({ "url": url }));
        assert!(refused.is_err(), "{url} was handed to the system");
    }
    // Nor may the window pick the program that opens a link.
    let with_program = invoke(
        &app,
        "plugin:opener|open_url",
        json!({ "url": "https://eur-lex.europa.eu/", "with": "sh" }),
    );
    assert!(with_program.is_err());
}

#[test]
fn search_groups_categories_policy_fields_and_files() {
    let export = folder_export();
    let app = launch(None, export.path());
    let before = invoke(&app, "search", json!({ "query": "invoice" })).unwrap();
    assert_eq!(before["files"], json!([]), "no export open yet");

    open(&app, export.path()).unwrap();
    let found = invoke(&app, "search", json!({ "query": "invoice" })).unwrap();
    assert_eq!(found["files"], json!(["billing/invoices.csv"]));
    assert_eq!(found["fields"][0]["field"], "invoice_date");
    let payment = invoke(&app, "search", json!({ "query": "payment" })).unwrap();
    assert_eq!(payment["categories"][0]["name"], "Payment Information");
    assert!(!payment["policy"].as_array().unwrap().is_empty());
}

#[test]
fn search_values_finds_every_place_a_value_occurs_with_its_category() {
    let export = folder_export();
    let app = launch(None, export.path());
    let args =
        |query: &str, limit: u32| json!({ "query": query, "wholeWord": false, "limit": limit });
    let err = invoke(&app, "search_values", args("renee", 10)).unwrap_err();
    assert_eq!(err["code"], "no_export_open");

    open(&app, export.path()).unwrap();
    // An e-mail whatever its case, a phone number whatever its punctuation.
    for query in ["RENEE@Example.com", "06 12 34 56 78"] {
        let found = invoke(&app, "search_values", args(query, 10)).unwrap();
        let hit = &found["hits"][0];
        assert_eq!(hit["file"], "account/profile.json", "{query}");
        assert_eq!(hit["table"], "");
        assert_eq!(hit["row"], 1);
        assert_eq!(hit["category"], "Contact Data/Identifiers");
        assert_eq!(found["complete"], true);
    }
    let found = invoke(&app, "search_values", args("1111", 10)).unwrap();
    let hits = found["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 10, "stops at the limit");
    assert_eq!(hits[9]["row"], 10);
    assert_eq!(found["complete"], false);
    // The file that could not be read is named, not searched.
    assert!(found["problems"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["path"] == "broken.json"));
    let err = invoke(&app, "search_values", args("  ", 10)).unwrap_err();
    assert_eq!(err["code"], "search_empty");
    // The fields the index of values names at once, before any search, include the hit's;
    // a query too short for the index gets null.
    let fields = invoke(
        &app,
        "value_fields",
        json!({ "query": "RENEE@Example.com" }),
    )
    .unwrap();
    let fields = fields.as_array().unwrap();
    assert!(
        fields
            .iter()
            .any(|f| f["file"] == "account/profile.json"
                && f["category"] == "Contact Data/Identifiers"),
        "{fields:?}"
    );
    assert!(fields.iter().all(|f| f["file"] != "broken.json"));
    assert_eq!(
        invoke(&app, "value_fields", json!({ "query": "re" })).unwrap(),
        serde_json::Value::Null
    );
    // The results page's search sends its hits on a channel as well, and returns them all.
    let live = invoke(
        &app,
        "search_values_live",
        json!({ "query": "1111", "wholeWord": true, "limit": 100, "onProgress": "__CHANNEL__:8" }),
    )
    .unwrap();
    assert_eq!(live["hits"].as_array().unwrap().len(), 30);
    assert_eq!(live["complete"], true);
    assert_eq!(
        invoke(&app, "cancel_value_search", json!({})).unwrap(),
        false
    );
}

#[test]
fn the_window_may_not_call_what_its_capability_does_not_list() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, dir.path());
    // The dialog plugin can also show message boxes; the UI never does, so they are not granted.
    let err = invoke(&app, "plugin:dialog|message", json!({ "message": "hi" })).unwrap_err();
    assert!(err.to_string().contains("not allowed"), "{err}");
}

#[test]
fn image_links_gives_an_images_tags_and_where_they_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, dir.path());
    let err = invoke(&app, "image_links", json!({ "files": [] })).unwrap_err();
    assert_eq!(err["code"], "no_export_open");

    let root = dir.path().join("export");
    std::fs::create_dir_all(root.join("photos")).unwrap();
    std::fs::write(root.join("photos/p1.png"), ONE_PIXEL_PNG).unwrap();
    std::fs::write(root.join("photos/p2.png"), ONE_PIXEL_PNG).unwrap();
    std::fs::write(
        root.join("media.json"),
        r#"[{"id": "m-0001", "file": "photos/p1.png"}, {"id": "m-0002", "file": "photos/p2.png"}]"#,
    )
    .unwrap();
    std::fs::write(
        root.join("tags.json"),
        r#"[{"media_id": "m-0001", "tags": [{"name": "cat", "score": 0.87}, {"name": "sofa", "score": 0.2}]}]"#,
    )
    .unwrap();
    open(&app, &root).unwrap();

    let links = invoke(
        &app,
        "image_links",
        json!({ "files": ["photos/p1.png", "photos/p2.png"] }),
    )
    .unwrap();
    let images = links["images"].as_array().unwrap();
    assert_eq!(images.len(), 1, "nothing links to p2: {links}");
    let source = &images[0]["sources"][0];
    assert_eq!(images[0]["file"], "photos/p1.png");
    assert_eq!(source["file"], "tags.json");
    assert_eq!(source["field"], "media_id");
    assert_eq!(source["value"], "m-0001");
    assert_eq!(source["through"]["file"], "media.json");
    assert_eq!(
        source["tags"],
        json!([{ "name": "cat", "score": "87%" }, { "name": "sofa", "score": "20%" }])
    );
    assert_eq!(links["problems"], json!([]));
}

#[test]
fn a_file_of_thousands_of_fields_lists_the_first_thousand_and_counts_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let object: serde_json::Map<String, Value> = (0..3000)
        .map(|i| {
            (
                format!("contact_{i:04}.email"),
                json!(format!("person{i}@example.com")),
            )
        })
        .collect();
    std::fs::write(
        dir.path().join("contacts.json"),
        Value::Object(object).to_string(),
    )
    .unwrap();
    let app = launch(None, dir.path());
    open(&app, dir.path()).unwrap();

    let category = invoke(
        &app,
        "category",
        json!({ "id": "contact-data-identifiers" }),
    )
    .unwrap();
    assert_eq!(category["data_fields"], 3000);
    assert_eq!(category["fields"].as_array().unwrap().len(), 1000);
    let detail = invoke(&app, "file_detail", json!({ "path": "contacts.json" })).unwrap();
    assert_eq!(detail["field_count"], 3000);
    assert_eq!(detail["fields"].as_array().unwrap().len(), 1000);
    assert_eq!(
        detail["file"]["categories"],
        json!(["Contact Data/Identifiers"])
    );
}

fn category_of<'a>(overview: &'a Value, id: &str) -> &'a Value {
    overview["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no category {id} in {overview}"))
}

fn correct(app: &TestApp, fields: Value, category: Value) -> Result<Value, Value> {
    invoke(
        app,
        "correct_fields",
        json!({ "fields": fields, "category": category }),
    )
}

fn save(app: &TestApp, path: &Path) -> Result<Value, Value> {
    invoke(app, "save_corrections", json!({ "path": path }))
}

fn phone() -> Value {
    json!([{ "file": "account/profile.json", "field": "phone" }])
}

#[test]
fn a_corrected_field_moves_with_the_counts_and_gaps_and_can_be_undone() {
    let export = folder_export();
    let app = launch(None, export.path());
    let before = open(&app, export.path()).unwrap();
    assert_eq!(category_of(&before, "device-ip-information")["records"], 0);
    assert!(before["missing"]
        .as_array()
        .unwrap()
        .contains(&json!("Device/IP Information")));
    assert_eq!(
        before["corrections"],
        json!({ "fields": 0, "files": 0, "unsaved": false, "file": null })
    );
    let contact_fields = category_of(&before, "contact-data-identifiers")["fields"]
        .as_u64()
        .unwrap();

    let moved = correct(&app, phone(), json!("Device/IP Information")).unwrap();
    let overview = &moved["overview"];
    let device = category_of(overview, "device-ip-information");
    assert_eq!(device["state"], "found");
    assert_eq!(device["records"], 1);
    assert_eq!(device["fields"], 1);
    assert_eq!(
        category_of(overview, "contact-data-identifiers")["fields"],
        contact_fields - 1
    );
    assert!(!overview["missing"]
        .as_array()
        .unwrap()
        .contains(&json!("Device/IP Information")));
    assert_eq!(overview["corrections"]["fields"], 1);
    assert_eq!(overview["corrections"]["unsaved"], true);
    let field = &moved["fields"][0];
    assert_eq!(field["category"], "Device/IP Information");
    assert_eq!(field["confidence"], 1.0);
    let correction = &field["correction"];
    assert_eq!(correction["was_category"], "Contact Data/Identifiers");
    assert_eq!(correction["own"], true);
    assert!(
        !correction["was_evidence"].as_str().unwrap().is_empty(),
        "{correction}"
    );
    assert_eq!(moved["files"][0]["path"], "account/profile.json");
    assert!(moved["files"][0]["categories"]
        .as_array()
        .unwrap()
        .contains(&json!("Device/IP Information")));
    // Every other query answers from the new labels.
    assert_eq!(invoke(&app, "overview", json!({})).unwrap(), *overview);
    let category = invoke(&app, "category", json!({ "id": "device-ip-information" })).unwrap();
    assert_eq!(category["fields"][0]["field"], "phone");
    assert_eq!(
        category["fields"][0]["correction"]["was_category"],
        "Contact Data/Identifiers"
    );

    // Moved again, to "not personal data": what the rules said is still what is remembered,
    // and the field is decided, not listed as unclassified.
    let none = correct(&app, phone(), json!(null)).unwrap();
    assert_eq!(none["fields"][0]["category"], Value::Null);
    assert_eq!(
        none["fields"][0]["correction"]["was_category"],
        "Contact Data/Identifiers"
    );
    assert!(!none["overview"]["unclassified"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["field"] == "phone"));

    let undone = invoke(&app, "undo_corrections", json!({ "fields": phone() })).unwrap();
    assert_eq!(undone["fields"][0]["category"], "Contact Data/Identifiers");
    assert_eq!(undone["fields"][0]["correction"], Value::Null);
    assert_eq!(undone["overview"], before, "undoing restores the overview");
}

#[test]
fn a_correction_to_an_unknown_category_or_field_is_refused_and_changes_nothing() {
    let export = folder_export();
    let app = launch(None, export.path());
    let before = open(&app, export.path()).unwrap();
    let err = correct(&app, phone(), json!("Horoscope")).unwrap_err();
    assert_eq!(err["code"], "unknown_category");
    let err = correct(
        &app,
        json!([{ "file": "account/profile.json", "field": "shoe_size" }]),
        json!(null),
    )
    .unwrap_err();
    assert_eq!(err["code"], "not_a_field");
    assert!(
        err["message"].as_str().unwrap().contains("shoe_size"),
        "{err}"
    );
    assert_eq!(invoke(&app, "overview", json!({})).unwrap(), before);
}

#[test]
fn corrections_are_saved_only_outside_the_export_and_applied_again() {
    let export = folder_export();
    let elsewhere = tempfile::tempdir().unwrap();
    let app = launch(None, export.path());
    open(&app, export.path()).unwrap();
    let nothing = save(&app, &elsewhere.path().join("none.json")).unwrap_err();
    assert_eq!(nothing["code"], "nothing_to_save");

    let moved = correct(&app, phone(), json!("Device/IP Information")).unwrap();

    for inside in [
        export.path().join("fixes.json"),
        export.path().join("account/../fixes.json"),
    ] {
        let err = save(&app, &inside).unwrap_err();
        assert_eq!(err["code"], "save_inside_export", "{err}");
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains("outside the export"),
            "{err}"
        );
        assert!(!export.path().join("fixes.json").exists());
    }
    let missing_folder =
        save(&app, &elsewhere.path().join("no/such/folder/fixes.json")).unwrap_err();
    assert_eq!(missing_folder["code"], "save_failed");

    let target = elsewhere.path().join("fixes.json");
    let state = save(&app, &target).unwrap();
    assert_eq!(state["fields"], 1);
    assert_eq!(state["unsaved"], false);
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(
        saved,
        json!({ "dossier_manifest": 1, "files": [], "fields": [
            { "file": "account/profile.json", "field": "phone", "category": "Device/IP Information" }
        ] })
    );

    // Opened again, the export has the rules' labels; applying the file restores the correction.
    let reopened = open(&app, export.path()).unwrap();
    assert_eq!(
        category_of(&reopened, "device-ip-information")["records"],
        0
    );
    let applied = invoke(&app, "apply_corrections", json!({ "path": target })).unwrap();
    assert_eq!(
        applied["overview"]["categories"],
        moved["overview"]["categories"]
    );
    assert_eq!(
        applied["message"],
        "Applied 1 correction from “fixes.json”."
    );
    assert_eq!(applied["overview"]["corrections"]["unsaved"], false);
    assert_eq!(
        applied["overview"]["corrections"]["file"],
        target.canonicalize().unwrap().display().to_string()
    );
}

#[test]
fn a_single_file_export_cannot_be_overwritten_with_corrections() {
    let export = folder_export();
    let file = export.path().join("account/profile.json");
    let app = launch(None, export.path());
    open(&app, &file).unwrap();
    correct(&app, phone(), json!(null)).unwrap_err();
    // A single file's fields are named by the file's own name.
    correct(
        &app,
        json!([{ "file": "profile.json", "field": "phone" }]),
        json!(null),
    )
    .unwrap();
    let err = save(&app, &file).unwrap_err();
    assert_eq!(err["code"], "save_inside_export");
    assert!(std::fs::read_to_string(&file).unwrap().contains("Renée"));
}

#[test]
fn an_invalid_corrections_file_says_why_and_changes_nothing() {
    let export = folder_export();
    let files = tempfile::tempdir().unwrap();
    let app = launch(None, export.path());
    open(&app, export.path()).unwrap();
    correct(&app, phone(), json!("Web Analytics")).unwrap();
    let before = invoke(&app, "overview", json!({})).unwrap();

    let write = |name: &str, text: &str| {
        let path = files.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let cases = [
        (
            write("broken.json", r#"{"dossier_manifest": 1, "fields": ["#),
            "manifest_invalid",
        ),
        (
            write(
                "unknown.json",
                r#"{"dossier_manifest": 1, "fields": [{"file": "account/profile.json", "field": "email", "category": "Horoscope"}]}"#,
            ),
            "manifest_unknown_categories",
        ),
        (
            write(
                "other.json",
                r#"{"dossier_manifest": 1, "fields": [{"file": "spotify/StreamingHistory0.json", "field": "trackName", "category": "Web Analytics"}]}"#,
            ),
            "manifest_matches_nothing",
        ),
        (files.path().join("gone.json"), "manifest_unreadable"),
    ];
    for (path, code) in cases {
        let err = invoke(&app, "apply_corrections", json!({ "path": path })).unwrap_err();
        assert_eq!(err["code"], code, "{err}");
        let message = err["message"].as_str().unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(message.contains(name), "{message}");
        assert!(message.to_lowercase().contains("nothing"), "{message}");
        println!("{code}: {message}");
        assert_eq!(invoke(&app, "overview", json!({})).unwrap(), before);
    }
}

#[test]
fn the_exports_own_manifest_applies_under_the_users_corrections() {
    let export = folder_export();
    std::fs::write(
        export.path().join("dossier.json"),
        r#"{"dossier_manifest": 1, "fields": [{"file": "account/profile.json", "field": "phone", "category": "Device/IP Information"}]}"#,
    )
    .unwrap();
    let app = launch(None, export.path());
    let opened = open(&app, export.path()).unwrap();
    assert_eq!(category_of(&opened, "device-ip-information")["fields"], 1);
    let moved = correct(&app, phone(), json!("Contact Data/Identifiers")).unwrap();
    assert_eq!(
        category_of(&moved["overview"], "device-ip-information")["fields"],
        0
    );
    let correction = &moved["fields"][0]["correction"];
    assert_eq!(correction["was_category"], "Device/IP Information");
    assert!(
        correction["was_evidence"]
            .as_str()
            .unwrap()
            .contains("the export's manifest"),
        "{correction}"
    );
    let undone = invoke(&app, "undo_corrections", json!({ "fields": phone() })).unwrap();
    assert_eq!(undone["fields"][0]["category"], "Device/IP Information");
}

#[test]
fn the_letter_asks_for_unreadable_files_and_is_saved_only_outside_the_export() {
    let export = folder_export();
    let app = launch(None, export.path());
    let form =
        json!({ "form": { "law": "gdpr", "name": " ", "email": null, "date": "2026-01-31" } });
    assert_eq!(
        invoke(&app, "write_letter", form.clone()).unwrap_err()["code"],
        "no_export_open"
    );
    open(&app, export.path()).unwrap();
    let letter = invoke(&app, "write_letter", form).unwrap();
    assert_eq!(letter["law"], "gdpr");
    assert_eq!(letter["email"], "privacy@clarifai.com");
    assert_eq!(letter["deadline"], "28 February 2026");
    let text = letter["text"].as_str().unwrap();
    assert!(text.contains("\n  - broken.json\n"), "{text}");
    // A blank name signs nothing; no value of the export is in the letter.
    assert!(text.contains("Yours sincerely,\n\n--"), "{text}");
    assert!(
        !text.contains("Renée") && !text.contains("renee@example.com"),
        "{text}"
    );

    for (form, code) in [
        (
            json!({ "law": "lgpd", "name": null, "email": null, "date": "" }),
            "letter_unavailable",
        ),
        (
            json!({ "law": "gdpr", "name": null, "email": null, "date": "31/01/2026" }),
            "not_a_date",
        ),
    ] {
        let err = invoke(&app, "write_letter", json!({ "form": form })).unwrap_err();
        assert_eq!(err["code"], code, "{err}");
    }

    let inside = export.path().join("letter.txt");
    let err = invoke(&app, "save_letter", json!({ "path": inside, "text": "x" })).unwrap_err();
    assert_eq!(err["code"], "save_inside_export", "{err}");
    assert!(!inside.exists());
    let outside = tempfile::tempdir().unwrap();
    let path = outside.path().join("letter.txt");
    let saved = invoke(&app, "save_letter", json!({ "path": path, "text": text })).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert!(saved.as_str().unwrap().ends_with("letter.txt"));
}

/// The canary export of `dossier-samples` in a new folder.
fn canary_export() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_canary_export(dir.path()).unwrap();
    dir
}

/// Every answer a reader's walk gets: the overview, each category, the files, each file in
/// detail with its tables' rows, the images' tags, the search box, the letter and the report.
fn walk_answers(app: &TestApp, opened: Value, report: &Path) -> Vec<(String, Value)> {
    let mut answers = vec![("open_export".to_owned(), opened)];
    let mut ask = |cmd: &str, args: Value| -> Value {
        let answer = invoke(app, cmd, args.clone())
            .unwrap_or_else(|err| panic!("{cmd} {args} failed: {err}"));
        answers.push((format!("{cmd} {args}"), answer.clone()));
        answer
    };
    let overview = ask("overview", json!({}));
    for card in overview["categories"].as_array().unwrap() {
        ask("category", json!({ "id": card["id"] }));
    }
    let files = ask("files", json!({}));
    let mut images = Vec::new();
    for file in files.as_array().unwrap() {
        let path = file["path"].as_str().unwrap().to_owned();
        if file["kind"] == "image" {
            images.push(path.clone());
        }
        let detail = ask("file_detail", json!({ "path": path }));
        for table in detail["tables"].as_array().unwrap() {
            let (file, table) = (&table["file"], &table["table"]);
            ask(
                "table_rows",
                json!({ "file": file, "table": table, "offset": 0, "limit": 50, "query": null }),
            );
            ask("hold_table", json!({ "file": file, "table": table }));
        }
    }
    ask("image_links", json!({ "files": images }));
    for query in ["zq", "inbox", "name", "csv"] {
        ask("search", json!({ "query": query }));
    }
    ask(
        "write_letter",
        json!({ "form": { "law": "gdpr", "name": null, "email": null, "date": "2026-12-03" } }),
    );
    ask(
        "save_report",
        json!({ "path": report, "includeValues": ["Contact Data/Identifiers", "Device/IP Information"] }),
    );
    answers.push((
        "the saved report".to_owned(),
        Value::String(std::fs::read_to_string(report).unwrap()),
    ));
    answers
}

#[test]
fn presenter_mode_masks_every_answer_and_refuses_what_would_show_values() {
    let export = canary_export();
    let out = tempfile::tempdir().unwrap();
    let app = launch(None, out.path());

    // Unmasked, the walk meets the canaries: the test can fail.
    let opened = open(&app, export.path()).unwrap();
    let plain = walk_answers(&app, opened, &out.path().join("plain.html"));
    let all: String = plain.iter().map(|(_, a)| a.to_string()).collect();
    assert_eq!(
        canaries_in(&all).len(),
        CANARY_VALUES.len() + 1,
        "{:?}",
        canaries_in(&all)
    );

    assert_eq!(
        invoke(&app, "set_presenter_mode", json!({ "on": true })).unwrap(),
        true
    );
    let opened = open(&app, export.path()).unwrap();
    for (call, answer) in walk_answers(&app, opened, &out.path().join("masked.html")) {
        let text = answer.to_string();
        assert_eq!(
            canaries_in(&text),
            Vec::<&str>::new(),
            "{call} leaks: {text}"
        );
    }
    let info = invoke(&app, "start_info", json!({})).unwrap();
    assert_eq!(info["presenter"], true);
    assert_eq!(info["recent"], json!([]));

    // What would show the values as they are, or tell them by matching the real ones, says so.
    let files = invoke(&app, "files", json!({})).unwrap();
    let profile = files
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "profile.json")
        .unwrap();
    let refused = [
        ("file_text", json!({ "path": profile["path"] })),
        (
            "search_values",
            json!({ "query": "zqcanaryf", "wholeWord": false, "limit": 10 }),
        ),
        (
            "table_rows",
            json!({ "file": "profile.json", "table": "", "offset": 0, "limit": 10,
                    "query": { "filter": "zq", "sort": null } }),
        ),
    ];
    for (cmd, args) in refused {
        let err = invoke(&app, cmd, args).unwrap_err();
        assert_eq!(err["code"], "hidden_in_presenter_mode", "{cmd}: {err}");
        assert!(err["message"].as_str().unwrap().contains("presenter mode"));
    }

    // Off again, the same answers show the export as it is.
    invoke(&app, "set_presenter_mode", json!({ "on": false })).unwrap();
    let overview = invoke(&app, "overview", json!({})).unwrap().to_string();
    assert!(overview.to_lowercase().contains(CANARY_MARK), "{overview}");
}

#[cfg(target_os = "linux")]
#[test]
fn hiding_the_window_from_capture_says_linux_does_not_offer_it() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, &dir.path().join("sample.zip"));
    let info = invoke(&app, "start_info", json!({})).unwrap();
    assert_eq!(info["can_hide_from_capture"], false);
    let err = invoke(&app, "hide_from_capture", json!({ "on": true })).unwrap_err();
    assert_eq!(err["code"], "not_on_this_system", "{err}");
    assert!(err["message"]
        .as_str()
        .unwrap()
        .contains("Windows and macOS"));
}
