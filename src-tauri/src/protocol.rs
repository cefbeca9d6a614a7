//! `dossier://` serves the open export's images to the webview straight from the export (zip
//! entries are streamed into memory, never extracted to disk). Only files the scan listed as
//! images are served, and only in formats a browser shows without running anything (no SVG).

use crate::state::AppState;
use dossier_engine::{read_file_bytes, FileKind, ScanOptions};
use tauri::http::{header, Request, Response, StatusCode};
use tauri::{Manager, Runtime, UriSchemeContext, UriSchemeResponder};

pub const SCHEME: &str = "dossier";

/// Largest image served; a bigger one is shown as "too large" rather than held in memory.
const MAX_IMAGE_BYTES: u64 = 64 * 1024 * 1024;

pub fn handle<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
    responder: UriSchemeResponder,
) {
    let app = ctx.app_handle().clone();
    // Reading a zip entry blocks; the webview's protocol thread must not wait on it.
    tauri::async_runtime::spawn_blocking(move || {
        responder.respond(serve(&app.state::<AppState>(), request.uri().path()));
    });
}

fn serve(state: &AppState, uri_path: &str) -> Response<Vec<u8>> {
    let Some(file) = decode_path(uri_path) else {
        return text(StatusCode::BAD_REQUEST, "the image address is not valid");
    };
    let Ok(export) = state.session.current() else {
        return text(StatusCode::NOT_FOUND, "no export is open");
    };
    let shown = state.values.of(&export);
    let file = shown.real_path(file);
    let Some(mime) = image_type(&file) else {
        return text(
            StatusCode::FORBIDDEN,
            "only JPEG, PNG, GIF and WebP images are shown",
        );
    };
    if !export
        .scan
        .files
        .iter()
        .any(|f| f.path == file && f.kind == FileKind::Image)
    {
        return text(
            StatusCode::NOT_FOUND,
            "this image is not in the open export",
        );
    }
    match read_file_bytes(
        &export.path,
        &file,
        MAX_IMAGE_BYTES,
        &ScanOptions::default(),
    ) {
        Ok(bytes) => {
            let (body, mime) = shown.image(bytes, mime);
            Response::builder()
                .status(StatusCode::OK)
                .header(header::CONTENT_TYPE, mime)
                .header("X-Content-Type-Options", "nosniff")
                .header(header::CACHE_CONTROL, "no-store")
                .body(body)
                .unwrap_or_else(|_| text(StatusCode::INTERNAL_SERVER_ERROR, "response failed"))
        }
        Err(err) => text(
            StatusCode::UNPROCESSABLE_ENTITY,
            &shown.sentence(&err.to_string()),
        ),
    }
}

/// `/inputs%2Fimages%2Fa.jpg` → `inputs/images/a.jpg`.
fn decode_path(uri_path: &str) -> Option<String> {
    let encoded = uri_path.strip_prefix('/').unwrap_or(uri_path);
    let bytes = encoded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok().filter(|s| !s.is_empty())
}

fn image_type(path: &str) -> Option<&'static str> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "jpg" | "jpeg" => Some("image/jpeg"),
        "png" => Some("image/png"),
        "gif" => Some("image/gif"),
        "webp" => Some("image/webp"),
        _ => None,
    }
}

fn text(status: StatusCode, message: &str) -> Response<Vec<u8>> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(message.as_bytes().to_vec())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_decoded() {
        assert_eq!(
            decode_path("/inputs%2Fimages%2Fimg%2000001.jpg").as_deref(),
            Some("inputs/images/img 00001.jpg")
        );
        assert_eq!(decode_path("/caf%C3%A9.png").as_deref(), Some("café.png"));
        assert_eq!(decode_path("/bad%zz.png"), None);
        assert_eq!(decode_path("/"), None);
    }

    #[test]
    fn only_raster_images_are_served() {
        assert_eq!(image_type("a/B.JPG"), Some("image/jpeg"));
        assert_eq!(image_type("a/b.webp"), Some("image/webp"));
        assert_eq!(image_type("a/b.svg"), None);
        assert_eq!(image_type("a/b.html"), None);
    }
}
