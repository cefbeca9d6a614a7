//! JSON Lines: one JSON value per line. A bad line is counted and skipped; the others are read.

use std::io::BufRead;

use serde::de::IgnoredAny;

use super::json::JsonStream;

/// What went wrong on some lines, for the file's problem.
#[derive(Debug, Default)]
pub(crate) struct BadLines {
    pub count: u64,
    pub first: Option<(u64, String)>,
}

impl BadLines {
    pub fn message(&self) -> Option<String> {
        let (line, why) = self.first.as_ref()?;
        let others = match self.count {
            1 => String::new(),
            n => format!(" ({} more lines could not be read either)", n - 1),
        };
        Some(format!(
            "line {line} is not valid JSON ({why}) and was skipped{others}"
        ))
    }
}

pub(crate) fn read_json_lines<R: BufRead>(
    mut reader: R,
    stream: &mut JsonStream<'_>,
) -> std::io::Result<BadLines> {
    let mut bad = BadLines::default();
    let mut line = Vec::new();
    let mut number = 0u64;
    let mut byte = 0u64;
    loop {
        stream.mark.start_record();
        line.clear();
        let read = reader.read_until(b'\n', &mut line)?;
        if read == 0 {
            return Ok(bad);
        }
        number += 1;
        stream.sink.record_at(byte);
        byte += read as u64;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // The line is checked whole before its record is read from it, cell by cell: a bad
        // line gives no record at all, not the cells before its fault.
        let read = serde_json::from_slice::<IgnoredAny>(&line).and_then(|_| {
            let s = &mut *stream;
            let mut parser = serde_json::Deserializer::from_slice(&line);
            s.flattener.read_record(s.sink, "", "", &mut parser)
        });
        if let Err(e) = read {
            bad.count += 1;
            bad.first.get_or_insert((number, e.to_string()));
        }
    }
}
