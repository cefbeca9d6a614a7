//! Which export a report is about, without saying where it is on the computer: its name and a
//! SHA-256 that the person can compare with the file the company sent.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

/// The export's file or folder name and its SHA-256 (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportIdentity {
    pub name: String,
    /// Of the file's bytes; for a folder, of one line per file in path order (`path`, a NUL,
    /// the file's own SHA-256, a newline), so that the same files give the same hash anywhere.
    pub sha256: String,
    pub folder: bool,
}

/// Reads the export at `path` once to hash it. Symbolic links inside a folder are not followed.
pub fn export_identity(path: &Path) -> io::Result<ExportIdentity> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let meta = std::fs::metadata(path)?;
    let sha256 = if meta.is_dir() {
        let mut files = Vec::new();
        collect_files(path, path, &mut files)?;
        files.sort();
        let mut digest = Sha256::new();
        for relative in files {
            let file_hash = hash_file(&path.join(&relative))?;
            digest.update(relative.as_bytes());
            digest.update([0]);
            digest.update(file_hash.as_bytes());
            digest.update(b"\n");
        }
        hex(&digest.finalize())
    } else {
        hash_file(path)?
    };
    Ok(ExportIdentity {
        name,
        sha256,
        folder: meta.is_dir(),
    })
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect_files(root, &entry.path(), out)?;
        } else if kind.is_file() {
            let relative = entry.path();
            let relative = relative.strip_prefix(root).unwrap_or(&relative);
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

fn hash_file(path: &Path) -> io::Result<String> {
    let mut file = File::open(path)?;
    let mut digest = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        digest.update(&buffer[..n]);
    }
    Ok(hex(&digest.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_hashes_as_sha256_and_a_folder_by_its_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("abc.txt");
        std::fs::write(&file, "abc").unwrap();
        let id = export_identity(&file).unwrap();
        assert_eq!(
            id.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(id.name, "abc.txt");
        let folder = export_identity(dir.path()).unwrap();
        assert!(folder.folder);
        std::fs::write(dir.path().join("b.txt"), "b").unwrap();
        assert_ne!(export_identity(dir.path()).unwrap().sha256, folder.sha256);
    }
}
