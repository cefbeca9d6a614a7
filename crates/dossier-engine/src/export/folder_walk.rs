//! Lists the files of a folder export, sorted by their `/`-separated relative path so a folder
//! and the zip made from it list alike. Symbolic links are not followed: a link can point
//! anywhere on the machine, and an export is what the folder itself holds.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub(crate) enum FolderItem {
    File {
        path: PathBuf,
        relative: String,
        size: u64,
    },
    Link {
        relative: String,
    },
}

pub(crate) fn list_folder(root: &Path) -> io::Result<Vec<FolderItem>> {
    let mut items = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let path = entry.path();
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let kind = entry.file_type()?;
            if kind.is_symlink() {
                items.push(FolderItem::Link { relative });
            } else if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() {
                let size = entry.metadata()?.len();
                items.push(FolderItem::File {
                    path,
                    relative,
                    size,
                });
            }
        }
    }
    items.sort_by(|a, b| a.relative().cmp(b.relative()));
    Ok(items)
}

impl FolderItem {
    pub fn relative(&self) -> &str {
        match self {
            FolderItem::File { relative, .. } | FolderItem::Link { relative } => relative,
        }
    }
}
