//! Every limit that protects the reader from hostile exports, in one place.
//!
//! Each limit has a named default and a message that names it, so a user who meets one
//! knows which safeguard stopped the read and what to do about it.

/// Total uncompressed bytes read from one export, nested archives included.
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024 * 1024;
/// Entries read from one archive.
pub const MAX_ENTRIES: u64 = 1_000_000;
/// Largest expansion accepted for one compressed entry (uncompressed : compressed)...
pub const MAX_COMPRESSION_RATIO: u64 = 1_000;
/// ...once the entry is larger than this; small entries of repeated bytes are legitimate.
pub const RATIO_CHECK_ABOVE: u64 = 1024 * 1024;
/// Zips inside zips are read down to this depth (the export itself is depth 0).
pub const MAX_NESTING_DEPTH: u32 = 3;
/// A single CSV field, JSON string or JSON record larger than this is refused.
pub const MAX_RECORD_BYTES: u64 = 64 * 1024 * 1024;
/// A compressed zip inside a zip is inflated in memory to be read; larger ones are listed only.
pub const MAX_NESTED_ZIP_IN_MEMORY: u64 = 512 * 1024 * 1024;

/// The limits in force for one scan. Tests lower them; the app and CLI use the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_total_bytes: u64,
    pub max_entries: u64,
    pub max_compression_ratio: u64,
    pub ratio_check_above: u64,
    pub max_nesting_depth: u32,
    pub max_record_bytes: u64,
    pub max_nested_zip_in_memory: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_total_bytes: MAX_TOTAL_BYTES,
            max_entries: MAX_ENTRIES,
            max_compression_ratio: MAX_COMPRESSION_RATIO,
            ratio_check_above: RATIO_CHECK_ABOVE,
            max_nesting_depth: MAX_NESTING_DEPTH,
            max_record_bytes: MAX_RECORD_BYTES,
            max_nested_zip_in_memory: MAX_NESTED_ZIP_IN_MEMORY,
        }
    }
}

/// Formats a byte count for messages: "64 GiB", "1.5 MiB", "512 bytes".
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64;
    let mut unit = "bytes";
    for u in UNITS {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = u;
    }
    if value.fract() == 0.0 {
        format!("{value:.0} {unit}")
    } else {
        format!("{value:.1} {unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::human_bytes;

    #[test]
    fn human_bytes_reads_well() {
        assert_eq!(human_bytes(512), "512 bytes");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(64 * 1024 * 1024 * 1024), "64 GiB");
    }
}
