//! Dossier's desktop shell: a thin Tauri layer over the engine and the policy pack.
//!
//! `run_app` assembles the app for any runtime, so the real binary (`run`) and the command tests
//! (`tauri::test::mock_builder`) exercise the same plugins, state and command table.

pub mod commands;
pub mod error;
pub mod handoff;
pub mod held_table;
pub mod ipc;
pub mod launch;
pub mod protocol;
pub mod recent;
pub mod session;
#[cfg(target_os = "linux")]
pub mod shutdown;
pub mod state;
pub mod values;
pub mod webview_storage;

use dossier_policy::PolicyPack;
use handoff::Handoff;
use launch::AppOptions;
use recent::RecentExports;
use session::Session;
use state::AppState;
use tauri::{App, Builder, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};
use values::Values;
use webview_storage::WebviewStorage;

/// Label of the one window the app opens.
pub const MAIN_WINDOW: &str = "main";

/// Builds Dossier on `builder`'s runtime: plugins, commands, state, and (if asked) the window.
///
/// State is managed here rather than in a setup hook because the mock runtime never runs setup,
/// and the command tests must see exactly what the real app sees.
pub fn run_app<R: Runtime>(
    builder: Builder<R>,
    context: tauri::Context<R>,
    options: AppOptions,
) -> tauri::Result<App<R>> {
    // First, so that a second launch hands its export over and ends before anything else starts.
    let builder = if options.single_instance {
        builder.plugin(tauri_plugin_single_instance::init(|app, argv, cwd| {
            handoff::hand_over(app, handoff::from_second_launch(&argv, &cwd));
        }))
    } else {
        builder
    };
    let app = builder
        // Managed before the plugins start: a second launch may hand an export over at once.
        .manage(Handoff::default())
        .plugin(tauri_plugin_dialog::init())
        // Opens a note's source in the system browser when the user clicks it; the capability
        // allows https:// addresses only, and the app itself never fetches them.
        .plugin(tauri_plugin_opener::init())
        .register_asynchronous_uri_scheme_protocol(protocol::SCHEME, protocol::handle)
        .invoke_handler(tauri::generate_handler![
            commands::start::start_info,
            commands::start::handed_over,
            commands::start::about,
            commands::start::set_remember_recent,
            commands::start::clear_recent,
            commands::start::hide_from_capture,
            commands::export::open_export,
            commands::export::cancel_open,
            commands::export::overview,
            commands::export::set_presenter_mode,
            commands::data::category,
            commands::data::files,
            commands::data::file_detail,
            commands::data::table_rows,
            commands::data::hold_table,
            commands::data::file_text,
            commands::images::image_links,
            commands::policy::policy,
            commands::policy::policy_search,
            commands::search::search,
            commands::search::search_values,
            commands::search::search_values_live,
            commands::search::value_fields,
            commands::search::cancel_value_search,
            commands::corrections::correct_fields,
            commands::corrections::undo_corrections,
            commands::corrections::apply_corrections,
            commands::corrections::save_corrections,
            commands::letter::write_letter,
            commands::letter::save_letter,
            commands::report::save_report,
        ])
        .build(context)?;

    let recent_file = launch::resolve_recent_file(&app, &options.recent);
    app.manage(AppState {
        launch_path: options.launch_path,
        launch_manifest: options.launch_manifest,
        sample_path: launch::resolve_sample(&app, &options.sample),
        recent: RecentExports::load(recent_file),
        session: Session::default(),
        policy: PolicyPack::clarifai(),
        values: Values::default(),
    });
    if options.create_window {
        // The webview keeps nothing of this run on disk (README, Safety).
        let storage = WebviewStorage::for_this_run();
        let window =
            WebviewWindowBuilder::new(&app, MAIN_WINDOW, WebviewUrl::App("index.html".into()))
                .title("Dossier")
                .inner_size(1280.0, 820.0)
                .min_inner_size(860.0, 560.0);
        storage.apply(window).build()?;
        app.manage(storage);
    }
    Ok(app)
}

/// Entry point of the desktop binary.
pub fn run() {
    let app = run_app(
        tauri::Builder::default(),
        tauri::generate_context!(),
        AppOptions::from_command_line(),
    );
    match app {
        Ok(app) => {
            #[cfg(target_os = "linux")]
            shutdown::exit_cleanly_on_signals(app.handle());
            app.run(|handle, event| {
                handoff::on_run_event(handle, &event);
                if let tauri::RunEvent::Exit = event {
                    if let Some(storage) = handle.try_state::<WebviewStorage>() {
                        storage.remove();
                    }
                }
            })
        }
        Err(err) => {
            eprintln!("dossier: the window could not be started: {err}");
            std::process::exit(1);
        }
    }
}
