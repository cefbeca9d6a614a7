//! Every command through the mock runtime, with the app's real config and capabilities, so a
//! command missing from `capabilities/` fails here as it would in the window.

use dossier_app::launch::{AppOptions, RecentStore, SampleSource};
use dossier_app::{run_app, MAIN_WINDOW};
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
        sample: SampleSource::Path(sample.to_owned()),
        recent: RecentStore::Memory,
        create_window: false,
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
fn open_export_describes_a_zip_and_remembers_it() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("takeout.zip");
    std::fs::write(&zip, b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0").unwrap();
    let app = launch(None, &zip);

    let info = invoke(&app, "open_export", json!({ "path": zip })).unwrap();
    assert_eq!(info["name"], "takeout.zip");
    assert_eq!(info["kind"], "zip");
    assert_eq!(info["size_bytes"], 22);

    let start = invoke(&app, "start_info", json!({})).unwrap();
    assert_eq!(start["recent"], json!([zip.display().to_string()]));
}

#[test]
fn open_export_errors_arrive_as_code_and_message() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, dir.path());
    let missing = dir.path().join("gone.zip");
    let err = invoke(&app, "open_export", json!({ "path": missing })).unwrap_err();
    assert_eq!(err["code"], "export_not_found");
    let message = err["message"].as_str().unwrap();
    assert!(message.contains("gone.zip"), "{message}");
    assert!(message.contains("choose it again"), "{message}");
    assert_eq!(
        err.as_object().unwrap().len(),
        2,
        "only code and message: {err}"
    );
}

#[test]
fn the_window_may_not_call_what_its_capability_does_not_list() {
    let dir = tempfile::tempdir().unwrap();
    let app = launch(None, dir.path());
    // The dialog plugin can also save files; the UI never does, so it is not granted.
    let err = invoke(&app, "plugin:dialog|save", json!({ "options": {} })).unwrap_err();
    assert!(err.to_string().contains("not allowed"), "{err}");
}
