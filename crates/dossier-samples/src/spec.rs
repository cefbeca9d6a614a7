//! What to generate (seed and size) and the record counts that size implies.

use std::fmt;
use std::str::FromStr;

use crate::error::SampleError;

/// Seed of the bundled sample: the date of the policy it illustrates.
pub const DEFAULT_SEED: u64 = 20_211_013;

/// Smallest and largest byte sizes accepted; the maximum keeps every offset within a plain
/// (non-Zip64) zip, which every reader supports.
pub const MIN_BYTES: u64 = 1_000_000;
pub const MAX_BYTES: u64 = 2_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SampleSpec {
    pub seed: u64,
    pub size: SampleSize,
}

impl Default for SampleSpec {
    fn default() -> Self {
        SampleSpec {
            seed: DEFAULT_SEED,
            size: SampleSize::Small,
        }
    }
}

/// `Small` is the ~1 MB sample bundled with the app (tiny 64x48 images); `Bytes(n)` aims the
/// zip at about `n` bytes with photo-sized images, for benchmarks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleSize {
    Small,
    Bytes(u64),
}

impl FromStr for SampleSize {
    type Err = SampleError;

    /// Accepts `small`, a plain byte count, or a number with `KB`/`MB`/`GB` (powers of 1000)
    /// or `KiB`/`MiB`/`GiB` (powers of 1024), case-insensitive.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let trimmed = text.trim();
        if trimmed.eq_ignore_ascii_case("small") {
            return Ok(SampleSize::Small);
        }
        let invalid = || SampleError::InvalidSize(text.to_owned());
        let split = trimmed
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(trimmed.len());
        let (number, unit) = trimmed.split_at(split);
        let number: u64 = number.parse().map_err(|_| invalid())?;
        let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
            "" | "b" => 1,
            "kb" => 1_000,
            "mb" => 1_000_000,
            "gb" => 1_000_000_000,
            "kib" => 1 << 10,
            "mib" => 1 << 20,
            "gib" => 1 << 30,
            _ => return Err(invalid()),
        };
        let bytes = number.checked_mul(multiplier).ok_or_else(invalid)?;
        if !(MIN_BYTES..=MAX_BYTES).contains(&bytes) {
            return Err(SampleError::SizeOutOfRange {
                requested: bytes,
                min: MIN_BYTES,
                max: MAX_BYTES,
            });
        }
        Ok(SampleSize::Bytes(bytes))
    }
}

impl fmt::Display for SampleSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SampleSize::Small => f.write_str("small"),
            SampleSize::Bytes(n) => write!(f, "{n} bytes"),
        }
    }
}

/// Record counts and image dimensions derived from a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Plan {
    pub(crate) inputs: u64,
    pub(crate) photo_width: u32,
    pub(crate) photo_height: u32,
    pub(crate) events: u64,
    pub(crate) sessions: u64,
}

// Measured average compressed bytes per record at benchmark sizes (see the size test); the
// byte budget is split 75 % uploads, 20 % analytics, 5 % sessions, roughly like real exports
// where media dominates.
const BYTES_PER_INPUT: u64 = 310_000;
const BYTES_PER_EVENT: u64 = 17;
const BYTES_PER_SESSION: u64 = 44;

impl Plan {
    pub(crate) fn for_size(size: SampleSize) -> Plan {
        match size {
            SampleSize::Small => Plan {
                inputs: 120,
                photo_width: 64,
                photo_height: 48,
                events: 36_000,
                sessions: 3_000,
            },
            SampleSize::Bytes(n) => Plan {
                inputs: (n * 75 / 100 / BYTES_PER_INPUT).max(8),
                photo_width: 640,
                photo_height: 480,
                events: (n * 20 / 100 / BYTES_PER_EVENT).max(100),
                sessions: (n * 5 / 100 / BYTES_PER_SESSION).max(20),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sizes() {
        assert_eq!("small".parse::<SampleSize>().unwrap(), SampleSize::Small);
        assert_eq!(
            "200MB".parse::<SampleSize>().unwrap(),
            SampleSize::Bytes(200_000_000)
        );
        assert_eq!(
            "1gb".parse::<SampleSize>().unwrap(),
            SampleSize::Bytes(1_000_000_000)
        );
        assert_eq!(
            "2 MiB".parse::<SampleSize>().unwrap(),
            SampleSize::Bytes(2 << 20)
        );
        assert!(matches!(
            "1.5GB".parse::<SampleSize>(),
            Err(SampleError::InvalidSize(_))
        ));
        assert!(matches!(
            "10KB".parse::<SampleSize>(),
            Err(SampleError::SizeOutOfRange { .. })
        ));
        assert!(matches!(
            "3GB".parse::<SampleSize>(),
            Err(SampleError::SizeOutOfRange { .. })
        ));
    }
}
