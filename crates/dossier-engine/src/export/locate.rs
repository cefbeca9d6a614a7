//! Finds one file of an export again by the path a scan gave it (`outer.zip/inner/file.json`)
//! and opens it read-only through the same guards as a scan: to page through a table's rows
//! or to show an image, without extracting anything to disk.

use std::fs::File;
use std::io::{Cursor, Read, Seek, SeekFrom};
use std::path::{Component, Path};

use super::entry_name::unsafe_name_reason;
use super::guard::{Declared, GuardedReader, ScanGuard};
use super::inflate::Checkpoint;
use super::pipeline::{read_beside, worth_a_thread};
use super::zip_source::{ReadSeek, ZipSource};
use crate::error::OpenError;
use crate::formats::FileKind;

#[derive(Debug, thiserror::Error)]
pub enum LocateError {
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error(
        "{file}: there is no such file in this export; open the export again, it may have changed"
    )]
    NotInExport { file: String },
    #[error("{file}: {reason}")]
    Unreadable { file: String, reason: String },
}

impl LocateError {
    /// A stable machine-readable code, for the desktop app's `{code, message}` errors.
    pub fn code(&self) -> &'static str {
        match self {
            LocateError::Open(e) => e.code(),
            LocateError::NotInExport { .. } => "not_in_export",
            LocateError::Unreadable { .. } => "file_unreadable",
        }
    }
}

/// What the caller does with the opened file.
pub(crate) type ReadFile<'f, T> = &'f mut dyn FnMut(FileKind, Box<dyn Read + '_>, &ScanGuard) -> T;

/// What the caller does with a file opened part way: it is also told the byte it starts at.
pub(crate) type ReadFileFrom<'f, T> =
    &'f mut dyn FnMut(FileKind, Box<dyn Read + '_>, u64, &ScanGuard) -> T;

/// Where to start reading a file: as near before byte `at` of its contents as it can be
/// reached without reading what comes before (a file on disk or a stored entry seeks there,
/// a deflated entry starts at the checkpoint `near` noted by its scan).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct StartNear<'c> {
    pub at: u64,
    pub near: Option<&'c Checkpoint>,
}

/// Opens `file` of the export at `export` and hands its bytes to `read`.
pub(crate) fn with_file<T>(
    export: &Path,
    file: &str,
    guard: &ScanGuard,
    read: ReadFile<'_, T>,
) -> Result<T, LocateError> {
    with_file_near(
        export,
        file,
        guard,
        StartNear::default(),
        &mut |kind, raw, _, guard| read(kind, raw, guard),
    )
}

/// Opens `file` of the export at `export` as near `start` as it can and hands its bytes, with
/// the byte they start at, to `read`.
pub(crate) fn with_file_near<T>(
    export: &Path,
    file: &str,
    guard: &ScanGuard,
    start: StartNear<'_>,
    read: ReadFileFrom<'_, T>,
) -> Result<T, LocateError> {
    let missing = || LocateError::NotInExport {
        file: file.to_owned(),
    };
    if unsafe_name_reason(file).is_some() || file.is_empty() {
        return Err(missing());
    }
    let meta = std::fs::metadata(export).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => OpenError::NotFound {
            path: export.to_owned(),
        },
        _ => OpenError::Unreadable {
            path: export.to_owned(),
            source,
        },
    })?;
    let unreadable = |e: std::io::Error| LocateError::Unreadable {
        file: file.to_owned(),
        reason: format!("it could not be read ({e})"),
    };
    if meta.is_dir() {
        // The longest leading part of the path that is a file on disk: the file itself, or a
        // zip inside the folder that holds the rest.
        let parts: Vec<&str> = file.split('/').collect();
        for split in (1..=parts.len()).rev() {
            let on_disk = export.join(parts[..split].join("/"));
            let normal = on_disk
                .strip_prefix(export)
                .is_ok_and(|p| p.components().all(|c| matches!(c, Component::Normal(_))));
            let is_file = std::fs::symlink_metadata(&on_disk).is_ok_and(|m| m.is_file());
            if !normal || !is_file {
                continue;
            }
            let mut handle = File::open(&on_disk).map_err(unreadable)?;
            if split == parts.len() {
                let from = seek_to(&mut handle, start.at).map_err(unreadable)?;
                let raw = GuardedReader::new(handle, guard.clone(), Declared::default());
                return Ok(read(FileKind::of(file), Box::new(raw), from, guard));
            }
            let mut zip =
                ZipSource::open(&mut handle, guard).map_err(|e| LocateError::Unreadable {
                    file: file.to_owned(),
                    reason: e.to_string(),
                })?;
            return in_zip(
                &mut zip,
                &parts[split..].join("/"),
                file,
                guard,
                1,
                start,
                read,
            );
        }
        return Err(missing());
    }
    let name = export
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut handle = File::open(export).map_err(|source| OpenError::Unreadable {
        path: export.to_owned(),
        source,
    })?;
    if FileKind::of(&name) != FileKind::Zip {
        if file != name {
            return Err(missing());
        }
        let from = seek_to(&mut handle, start.at).map_err(|source| OpenError::Unreadable {
            path: export.to_owned(),
            source,
        })?;
        let raw = GuardedReader::new(handle, guard.clone(), Declared::default());
        return Ok(read(FileKind::of(file), Box::new(raw), from, guard));
    }
    let mut zip = ZipSource::open(&mut handle, guard).map_err(|e| OpenError::NotAZip {
        path: export.to_owned(),
        reason: e.to_string(),
    })?;
    in_zip(&mut zip, file, file, guard, 0, start, read)
}

/// Moves a file on disk to byte `at` (at most its end) and returns where it is.
fn seek_to(handle: &mut File, at: u64) -> std::io::Result<u64> {
    let at = at.min(handle.metadata()?.len());
    handle.seek(SeekFrom::Start(at))
}

fn in_zip<T>(
    zip: &mut ZipSource<'_>,
    rest: &str,
    file: &str,
    guard: &ScanGuard,
    depth: u32,
    start: StartNear<'_>,
    read: ReadFileFrom<'_, T>,
) -> Result<T, LocateError> {
    let unreadable = |reason: String| LocateError::Unreadable {
        file: file.to_owned(),
        reason,
    };
    let listing = zip.listing();
    if let Some(entry) = listing.iter().find(|e| e.name == rest) {
        if let Some(reason) = &entry.refused {
            return Err(unreadable(reason.clone()));
        }
        let kind = FileKind::of(rest);
        // A long deflated entry is inflated on a thread of its own, as the scan reads it.
        let beside = worth_a_thread(zip.entry(entry.index));
        let inflating = if beside {
            guard.for_one_file()
        } else {
            guard.clone()
        };
        let (raw, from) = zip
            .open_entry_near(entry.index, &inflating, start.at, start.near)
            .map_err(|e| unreadable(format!("it could not be read from the archive ({e})")))?;
        if beside {
            return Ok(read_beside(raw, &inflating, guard, |reader| {
                read(kind, reader, from, guard)
            }));
        }
        return Ok(read(kind, raw, from, guard));
    }
    let nested = listing.iter().find(|e| {
        FileKind::of(&e.name) == FileKind::Zip
            && rest.starts_with(&format!("{}/", e.name))
            && e.refused.is_none()
    });
    let Some(entry) = nested else {
        return Err(LocateError::NotInExport {
            file: file.to_owned(),
        });
    };
    if depth + 1 > guard.limits.max_nesting_depth {
        return Err(LocateError::NotInExport {
            file: file.to_owned(),
        });
    }
    let inner_rest = &rest[entry.name.len() + 1..];
    let mut open_inner = |reader: &mut dyn ReadSeek| -> Result<T, LocateError> {
        let mut inner = ZipSource::open(reader, guard).map_err(|e| unreadable(e.to_string()))?;
        in_zip(&mut inner, inner_rest, file, guard, depth + 1, start, read)
    };
    if let Some(mut range) = zip
        .stored_range(entry.index)
        .map_err(|e| unreadable(e.to_string()))?
    {
        return open_inner(&mut range);
    }
    if entry.size > guard.limits.max_nested_zip_in_memory {
        return Err(unreadable(
            "it is inside a compressed zip too large to read without extracting it".into(),
        ));
    }
    let mut bytes = Vec::new();
    zip.open_entry(entry.index, guard)
        .and_then(|mut raw| raw.read_to_end(&mut bytes))
        .map_err(|e| unreadable(format!("the zip holding it could not be read ({e})")))?;
    open_inner(&mut Cursor::new(bytes))
}
