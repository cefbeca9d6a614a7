//! Minimal PNG encoding: 8-bit RGB, no ancillary chunks (so no metadata at all).

use std::io::{self, Write};

use flate2::write::ZlibEncoder;
use flate2::Compression;

use super::canvas::Canvas;

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    png.extend_from_slice(&crc.finalize().to_be_bytes());
}

pub(crate) fn encode(canvas: &Canvas) -> io::Result<Vec<u8>> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&canvas.width.to_be_bytes());
    header.extend_from_slice(&canvas.height.to_be_bytes());
    // Bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace.
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut png, b"IHDR", &header);

    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::default());
    for row in canvas.pixels.chunks_exact(canvas.width as usize * 3) {
        zlib.write_all(&[0])?; // filter type None
        zlib.write_all(row)?;
    }
    chunk(&mut png, b"IDAT", &zlib.finish()?);
    chunk(&mut png, b"IEND", &[]);
    Ok(png)
}
