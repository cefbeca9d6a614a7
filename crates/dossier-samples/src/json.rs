//! Streaming JSON output: pretty-printed arrays written one element at a time, so a file
//! with a million records never exists in memory as a whole.

use std::io::{self, Write};

use serde::Serialize;

/// Writes `[`, then each element indented by two spaces, then `]`.
pub(crate) struct ArrayWriter<'w> {
    out: &'w mut dyn Write,
    first: bool,
}

impl<'w> ArrayWriter<'w> {
    pub(crate) fn start(out: &'w mut dyn Write) -> io::Result<ArrayWriter<'w>> {
        out.write_all(b"[")?;
        Ok(ArrayWriter { out, first: true })
    }

    pub(crate) fn element(&mut self, value: &impl Serialize) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value)?;
        self.out
            .write_all(if self.first { b"\n  " } else { b",\n  " })?;
        self.first = false;
        // JSON strings escape newlines, so every raw newline is structural and safe to indent.
        self.out.write_all(text.replace('\n', "\n  ").as_bytes())
    }

    pub(crate) fn finish(self) -> io::Result<()> {
        self.out
            .write_all(if self.first { b"]\n" } else { b"\n]\n" })
    }
}

/// A whole value, pretty-printed, with a final newline.
pub(crate) fn write_pretty(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Rounds to `places` decimals so floats print short and identically everywhere.
pub(crate) fn round(value: f64, places: i32) -> f64 {
    let scale = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6][places as usize];
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_writer_produces_valid_json() {
        let mut buf = Vec::new();
        let mut array = ArrayWriter::start(&mut buf).unwrap();
        array.element(&serde_json::json!({"a": {"b": 1}})).unwrap();
        array.element(&serde_json::json!({"a": "x\ny"})).unwrap();
        array.finish().unwrap();
        let parsed: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(parsed[1]["a"], "x\ny");
    }
}
