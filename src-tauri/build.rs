fn main() {
    // Declaring the app's commands makes each one need an explicit permission in
    // `capabilities/`, so the window can call exactly what is listed there and nothing else.
    let app = tauri_build::AppManifest::new().commands(&[
        "start_info",
        "handed_over",
        "about",
        "set_remember_recent",
        "clear_recent",
        "hide_from_capture",
        "open_export",
        "cancel_open",
        "overview",
        "set_presenter_mode",
        "category",
        "files",
        "file_detail",
        "table_rows",
        "hold_table",
        "file_text",
        "image_links",
        "policy",
        "policy_search",
        "search",
        "search_values",
        "search_values_live",
        "value_fields",
        "cancel_value_search",
        "correct_fields",
        "undo_corrections",
        "apply_corrections",
        "save_corrections",
        "write_letter",
        "save_letter",
        "save_report",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(app))
        .expect("tauri-build failed: check tauri.conf.json and capabilities/");
}
