//! Detects a text file's encoding from its first bytes and streams it as UTF-8.
//!
//! UTF-8 (with or without BOM) passes through untouched. UTF-16 with a BOM and, as a
//! fallback for bytes that are not UTF-8, Windows-1252 (a superset of Latin-1 that
//! spreadsheet programs write) are transcoded chunk by chunk.

use std::io::{self, BufRead, BufReader, Read};

use encoding_rs::{Decoder, Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How much of the file is looked at to choose the encoding.
const SNIFF_LEN: usize = 64 * 1024;

/// A file's text as UTF-8, and a note for the user when it was not UTF-8.
pub(crate) struct DecodedText<'a> {
    pub reader: Box<dyn BufRead + 'a>,
    pub note: Option<String>,
    /// Where the text starts in the file's bytes (after a BOM) when it passes through as it
    /// is, so that a byte of the text is that byte of the file; `None` when it was transcoded.
    pub text_start: Option<u64>,
}

/// Chooses the encoding and wraps `raw` so that it yields UTF-8.
pub(crate) fn decode_text<'a>(mut raw: Box<dyn Read + 'a>) -> io::Result<DecodedText<'a>> {
    let head = read_head(&mut raw, SNIFF_LEN)?;
    let (encoding, bom_len, note) = if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        (None, 3, None)
    } else if head.starts_with(&[0xFF, 0xFE]) {
        (Some(UTF_16LE), 2, None)
    } else if head.starts_with(&[0xFE, 0xFF]) {
        (Some(UTF_16BE), 2, None)
    } else if is_utf8_prefix(&head) {
        (None, 0, None)
    } else {
        (
            Some(WINDOWS_1252),
            0,
            Some(
                "it is not valid UTF-8; it was read as Latin-1 (Windows-1252), so check its accented letters"
                    .to_string(),
            ),
        )
    };
    let text = skip(io::Cursor::new(head).chain(raw), bom_len)?;
    let text_start = encoding.is_none().then_some(bom_len as u64);
    let reader: Box<dyn BufRead + 'a> = match encoding {
        None => Box::new(BufReader::new(text)),
        Some(encoding) => Box::new(BufReader::new(Transcoder::new(text, encoding))),
    };
    Ok(DecodedText {
        reader,
        note,
        text_start,
    })
}

/// Reads up to `want` bytes from the start of the file.
fn read_head(r: &mut dyn Read, want: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(want);
    r.take(want as u64).read_to_end(&mut head)?;
    Ok(head)
}

fn skip<R: Read>(mut r: R, n: usize) -> io::Result<R> {
    io::copy(&mut (&mut r).take(n as u64), &mut io::sink())?;
    Ok(r)
}

/// True when `bytes` is UTF-8, allowing a character cut at the end of the window.
fn is_utf8_prefix(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && bytes.len() - e.valid_up_to() < 4,
    }
}

/// Streams `inner` through an encoding_rs decoder into UTF-8.
struct Transcoder<R> {
    inner: R,
    decoder: Decoder,
    input: Vec<u8>,
    output: Vec<u8>,
    out_pos: usize,
    finished: bool,
}

impl<R: Read> Transcoder<R> {
    fn new(inner: R, encoding: &'static Encoding) -> Self {
        Transcoder {
            inner,
            decoder: encoding.new_decoder_without_bom_handling(),
            input: vec![0u8; 16 * 1024],
            output: Vec::new(),
            out_pos: 0,
            finished: false,
        }
    }
}

impl<R: Read> Read for Transcoder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_pos == self.output.len() {
            if self.finished {
                return Ok(0);
            }
            let n = self.inner.read(&mut self.input)?;
            let last = n == 0;
            let cap = self.decoder.max_utf8_buffer_length(n).unwrap_or(n * 3 + 16);
            self.output.clear();
            self.output.resize(cap, 0);
            let (_, _, written, _) =
                self.decoder
                    .decode_to_utf8(&self.input[..n], &mut self.output, last);
            self.output.truncate(written);
            self.out_pos = 0;
            self.finished = last;
        }
        let n = buf.len().min(self.output.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.output[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}
