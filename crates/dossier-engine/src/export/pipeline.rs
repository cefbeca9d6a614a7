//! Inflating a long zip entry on a thread of its own while the caller parses what it gives on
//! its thread: the scan and a search both read the longest files this way, so that inflating
//! and parsing use both cores.

use std::io::{self, Read};
use std::sync::mpsc;

use super::guard::{ReadLimit, ScanGuard};
use super::zip_directory::{ZipEntry, METHOD_DEFLATE};
use crate::joined;

/// A deflated entry this large (compressed) is inflated on a thread of its own, beside the
/// thread that parses it; below it, a thread of its own costs more than it gains.
const PIPELINE_ABOVE: u64 = 8 * 1024 * 1024;
/// Inflated bytes handed from the inflating thread to the parsing one at a time...
const CHUNK: usize = 256 * 1024;
/// ...and how many chunks may wait, which bounds the memory a pipeline holds.
const CHUNKS_IN_FLIGHT: usize = 8;

/// Whether `entry` is worth inflating beside its parser.
pub(crate) fn worth_a_thread(entry: &ZipEntry) -> bool {
    entry.method == METHOD_DEFLATE && entry.compressed_size > PIPELINE_ABOVE
}

/// Hands `read` the bytes of `inflated`, which a thread of its own reads meanwhile, and
/// returns what `read` gives. `inflating` is the guard `inflated` was opened with, a limit
/// slot of its own (`ScanGuard::for_one_file`); the parser, reading under `guard`, learns of
/// a limit it trips with the failure, in the stream's order, as it would reading alone (a
/// parse error met before a bad checksum is still the file's problem).
pub(crate) fn read_beside<T>(
    inflated: impl Read + Send,
    inflating: &ScanGuard,
    guard: &ScanGuard,
    read: impl FnOnce(Box<dyn Read + '_>) -> T,
) -> T {
    let (sender, pieces) = mpsc::sync_channel(CHUNKS_IN_FLIGHT);
    std::thread::scope(|scope| {
        let inflater = scope.spawn(move || pump(inflated, inflating, &sender));
        let reader = ChunkReader {
            pieces,
            chunk: Vec::new(),
            at: 0,
            guard: guard.clone(),
        };
        // The reader is dropped when `read` returns, which stops the inflater if it has not
        // finished (the parser stopped early: a search had its hits, a cancel).
        let read = read(Box::new(reader));
        joined::join(inflater);
        read
    })
}

/// What the inflating thread hands over.
enum Piece {
    Bytes(Vec<u8>),
    Failed(io::Error, Option<ReadLimit>),
}

/// Sends everything `reader` gives, in full chunks, then its error if it fails. It reads
/// until the end is seen, so that the guard checks the entry's checksum.
fn pump(mut reader: impl Read, guard: &ScanGuard, sender: &mpsc::SyncSender<Piece>) {
    loop {
        let mut chunk = vec![0u8; CHUNK];
        let mut filled = 0;
        let ended = loop {
            match reader.read(&mut chunk[filled..]) {
                Ok(0) => break Ok(true),
                Ok(n) => {
                    filled += n;
                    if filled == CHUNK {
                        break Ok(false);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => break Err(e),
            }
        };
        chunk.truncate(filled);
        if filled > 0 && sender.send(Piece::Bytes(chunk)).is_err() {
            // The parser has stopped: nothing more is wanted.
            return;
        }
        match ended {
            Ok(false) => {}
            Ok(true) => return,
            Err(e) => {
                let _ = sender.send(Piece::Failed(e, guard.take_tripped()));
                return;
            }
        }
    }
}

/// The parsing side of a pipeline: the chunks read back as one stream.
struct ChunkReader {
    pieces: mpsc::Receiver<Piece>,
    chunk: Vec<u8>,
    at: usize,
    guard: ScanGuard,
}

impl Read for ChunkReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.chunk.len() {
            match self.pieces.recv() {
                Ok(Piece::Bytes(chunk)) => {
                    self.chunk = chunk;
                    self.at = 0;
                }
                Ok(Piece::Failed(_, Some(limit))) => return Err(self.guard.trip(limit)),
                Ok(Piece::Failed(e, None)) => return Err(e),
                // The inflating side has finished: the stream ends here.
                Err(mpsc::RecvError) => return Ok(0),
            }
        }
        let n = buf.len().min(self.chunk.len() - self.at);
        buf[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicBool;
    use std::sync::Arc;

    use super::*;
    use crate::limits::Limits;

    fn guard() -> ScanGuard {
        ScanGuard::new(Limits::default(), Arc::new(AtomicBool::new(false)))
    }

    #[test]
    fn the_parser_reads_what_the_other_thread_read_in_order() {
        let bytes: Vec<u8> = (0..3 * CHUNK + 17).map(|i| (i % 251) as u8).collect();
        let (inflating, parsing) = (guard(), guard());
        let read = read_beside(bytes.as_slice(), &inflating, &parsing, |mut reader| {
            let mut out = Vec::new();
            reader.read_to_end(&mut out).map(|_| out)
        });
        assert_eq!(read.unwrap(), bytes);
    }

    #[test]
    fn a_parser_that_stops_early_stops_the_other_thread() {
        // An endless stream: `read_beside` returns only if the inflating side stops.
        let (inflating, parsing) = (guard(), guard());
        let first = read_beside(io::repeat(7), &inflating, &parsing, |mut reader| {
            let mut byte = [0u8; 1];
            reader.read_exact(&mut byte).map(|_| byte[0])
        });
        assert_eq!(first.unwrap(), 7);
    }

    #[test]
    fn a_failure_comes_after_the_bytes_before_it() {
        struct FailsAfter(usize);
        impl Read for FailsAfter {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::new(io::ErrorKind::InvalidData, "bad checksum"));
                }
                let n = buf.len().min(self.0);
                buf[..n].fill(b'x');
                self.0 -= n;
                Ok(n)
            }
        }
        let (inflating, parsing) = (guard(), guard());
        let (got, error) = read_beside(FailsAfter(CHUNK + 5), &inflating, &parsing, |reader| {
            let mut got = 0;
            let mut bytes = io::BufReader::new(reader).bytes();
            let error = loop {
                match bytes.next() {
                    Some(Ok(_)) => got += 1,
                    Some(Err(e)) => break Some(e.to_string()),
                    None => break None,
                }
            };
            (got, error)
        });
        assert_eq!(got, CHUNK + 5);
        assert_eq!(error.as_deref(), Some("bad checksum"));
    }
}
