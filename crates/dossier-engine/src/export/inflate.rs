//! Inflates a deflated zip entry, and can note on the way where it could later start again
//! (as zlib's `zran` does): a copy of the inflater's state, with how far it had read and
//! written. A search then reads the middle of a 1.8 GB CSV from the nearest such point instead
//! of inflating everything before it.

use std::io::{self, BufRead, Read};
use std::sync::{Arc, Mutex};

use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

/// Inflated bytes between two points where inflating may start again: a search reads on
/// average half of this before the record it wants, and each point keeps about 43 KB.
pub const CHECKPOINT_EVERY: u64 = 8 << 20;

/// Compressed bytes fed at a time when a checkpoint is due: deflate inflates a byte to at most
/// 1,032, so this gives at most 66 KB.
const DUE_FEED: usize = 64;

/// A point where inflating an entry may start again.
#[derive(Clone)]
pub struct Checkpoint {
    /// Compressed bytes of the entry read before it...
    pub input: u64,
    /// ...and inflated bytes given before it.
    pub output: u64,
    state: Box<InflateState>,
}

impl Checkpoint {
    /// Bytes of memory one takes.
    pub const BYTES: usize =
        std::mem::size_of::<Checkpoint>() + std::mem::size_of::<InflateState>();
}

impl std::fmt::Debug for Checkpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checkpoint")
            .field("input", &self.input)
            .field("output", &self.output)
            .finish_non_exhaustive()
    }
}

/// Where checkpoints go while an entry is inflated: another thread may be inflating it.
pub type Checkpoints = Arc<Mutex<Vec<Checkpoint>>>;

/// Raw deflate (as zip entries hold it) from a buffered reader of the compressed bytes.
pub struct Inflater<R> {
    input: R,
    state: Box<InflateState>,
    read: u64,
    written: u64,
    ended: bool,
    /// Where to note checkpoints, and the output at the last one.
    noting: Option<(Checkpoints, u64)>,
}

impl<R: BufRead> Inflater<R> {
    pub fn new(input: R) -> Self {
        Inflater {
            input,
            state: InflateState::new_boxed(DataFormat::Raw),
            read: 0,
            written: 0,
            ended: false,
            noting: None,
        }
    }

    /// Also notes a checkpoint in `into` every `CHECKPOINT_EVERY` inflated bytes.
    pub fn noting(input: R, into: Checkpoints) -> Self {
        Inflater {
            noting: Some((into, 0)),
            ..Inflater::new(input)
        }
    }

    /// Inflates from `from`; `input` must give the entry's compressed bytes from
    /// `from.input` on. The first byte read is byte `from.output` of the inflated entry.
    pub fn resume(input: R, from: &Checkpoint) -> Self {
        Inflater {
            state: from.state.clone(),
            read: from.input,
            written: from.output,
            ..Inflater::new(input)
        }
    }

    fn due(&self) -> bool {
        self.noting
            .as_ref()
            .is_some_and(|(_, last)| self.written - last >= CHECKPOINT_EVERY)
    }

    fn note(&mut self) {
        if let Some((into, last)) = &mut self.noting {
            if self.written - *last >= CHECKPOINT_EVERY {
                *last = self.written;
                let point = Checkpoint {
                    input: self.read,
                    output: self.written,
                    state: self.state.clone(),
                };
                // A poisoned list only loses checkpoints: a search then reads from the start.
                if let Ok(mut points) = into.lock() {
                    points.push(point);
                }
            }
        }
    }
}

impl<R: BufRead> Read for Inflater<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() || self.ended {
            return Ok(0);
        }
        loop {
            let due = self.due();
            let available = self.input.fill_buf()?;
            let at_end = available.is_empty();
            // A checkpoint needs a call that ends with output to spare; fed a few bytes, one
            // does (they cannot inflate to more than a buffer's worth).
            let feed = if due {
                &available[..available.len().min(DUE_FEED)]
            } else {
                available
            };
            let result = inflate(&mut self.state, feed, buf, MZFlush::None);
            self.input.consume(result.bytes_consumed);
            self.read += result.bytes_consumed as u64;
            self.written += result.bytes_written as u64;
            let corrupt =
                || io::Error::new(io::ErrorKind::InvalidData, "the compressed data is corrupt");
            match result.status {
                Ok(MZStatus::StreamEnd) => self.ended = true,
                // No progress: the data ended before the stream did, or the inflater is stuck.
                Ok(_) | Err(MZError::Buf)
                    if result.bytes_written == 0 && result.bytes_consumed == 0 =>
                {
                    return Err(if at_end {
                        io::Error::new(
                            io::ErrorKind::UnexpectedEof,
                            "the compressed data ends too soon",
                        )
                    } else {
                        corrupt()
                    });
                }
                Ok(_) | Err(MZError::Buf) => {}
                Err(_) => return Err(corrupt()),
            }
            // Output short of the buffer means the inflater holds nothing it has not given:
            // its state alone is a point to start again from.
            if result.bytes_written < buf.len() && !self.ended {
                self.note();
            }
            if result.bytes_written > 0 || self.ended {
                return Ok(result.bytes_written);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn deflated(data: &[u8]) -> Vec<u8> {
        let mut enc =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn inflating_from_a_checkpoint_gives_the_rest_of_the_entry() {
        let text: Vec<u8> = (0..3_000_000u32)
            .flat_map(|i| format!("{i},{}\n", i.wrapping_mul(2_654_435_761) % 977).into_bytes())
            .collect();
        let packed = deflated(&text);
        let points = Checkpoints::default();
        let mut whole = Vec::new();
        Inflater::noting(&packed[..], points.clone())
            .read_to_end(&mut whole)
            .unwrap();
        assert_eq!(whole, text);
        let points = points.lock().unwrap();
        assert!(points.len() >= 2, "{} checkpoints", points.len());
        for point in points.iter() {
            let mut rest = Vec::new();
            Inflater::resume(&packed[point.input as usize..], point)
                .read_to_end(&mut rest)
                .unwrap();
            assert_eq!(rest, &text[point.output as usize..]);
        }
    }

    #[test]
    fn a_cut_or_damaged_stream_is_an_error() {
        let packed = deflated(b"hello hello hello hello");
        let mut out = Vec::new();
        let cut = Inflater::new(&packed[..packed.len() / 2]).read_to_end(&mut out);
        assert_eq!(cut.unwrap_err().kind(), io::ErrorKind::UnexpectedEof);
        let err = Inflater::new(&[0xff, 0xff, 0xff][..]).read_to_end(&mut out);
        assert!(err.is_err());
    }
}
