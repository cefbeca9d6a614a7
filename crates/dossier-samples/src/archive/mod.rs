//! Where the sample's files go: entries of a zip, or files in a folder.

mod zip;

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::SampleError;
use zip::ZipOut;

/// How an entry is stored in a zip; ignored for folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    /// Text: deflate.
    Deflate,
    /// Already-compressed images: stored as is, as real exports do.
    Store,
}

pub(crate) enum Archive {
    Zip(ZipOut),
    Folder(PathBuf),
}

impl Archive {
    /// A zip when `out` ends in `.zip` (any case), otherwise a folder, which must be new or empty.
    pub(crate) fn create(out: &Path) -> Result<Archive, SampleError> {
        let is_zip = out
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("zip"));
        if is_zip {
            return Ok(Archive::Zip(ZipOut::create(out)?));
        }
        let write_error = |source| SampleError::Write {
            path: out.to_owned(),
            source,
        };
        if out.exists() && fs::read_dir(out).map_err(write_error)?.next().is_some() {
            return Err(SampleError::OutputNotEmpty(out.to_owned()));
        }
        fs::create_dir_all(out).map_err(write_error)?;
        Ok(Archive::Folder(out.to_owned()))
    }

    /// Writes one file at `path` (`/`-separated), its content produced by `body`.
    pub(crate) fn file(
        &mut self,
        path: &str,
        method: Method,
        body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), SampleError> {
        match self {
            Archive::Zip(zip) => zip.entry(path, method, body),
            Archive::Folder(root) => {
                let target = path.split('/').fold(root.clone(), |p, part| p.join(part));
                let write_error = |source| SampleError::Write {
                    path: target.clone(),
                    source,
                };
                if let Some(parent) = target.parent() {
                    fs::create_dir_all(parent).map_err(write_error)?;
                }
                let mut writer = BufWriter::new(File::create(&target).map_err(write_error)?);
                body(&mut writer).map_err(write_error)?;
                writer.flush().map_err(write_error)
            }
        }
    }

    pub(crate) fn finish(self) -> Result<(), SampleError> {
        match self {
            Archive::Zip(zip) => zip.finish(),
            Archive::Folder(_) => Ok(()),
        }
    }
}
