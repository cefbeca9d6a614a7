//! Streams a JSON document into records without loading it whole. A top-level array is read
//! one element at a time; a top-level object is walked member by member, and arrays inside
//! it are streamed the same way, so `{"locations": [ ...millions... ]}` stays flat in memory.
//! Only one element (one record) is held at a time.

use std::fmt;
use std::io::{self, BufRead};

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::export::guard::RecordMark;
use crate::records::flatten::{child_table, join_key, keys_a_record, Flattener, LIST_SEPARATOR};
use crate::records::ids::is_id_key;
use crate::records::sink::RecordSink;
use crate::records::value::ValueKind;

/// Shared state of one streaming read.
pub(crate) struct JsonStream<'s> {
    pub sink: &'s mut dyn RecordSink,
    pub flattener: Flattener,
    pub mark: RecordMark,
}

/// What Google's services put before JSON so that a browser cannot run it as a script; Takeout
/// keeps it as the first line of some files (Google Pay's `Voucher Rewards.json`).
const HIJACKING_GUARD: &[u8] = b")]}'";

/// Consumes the hijacking guard (and the comma some services write after it) from the start
/// of `reader`, if it is there: it is not part of the document.
pub(crate) fn skip_hijacking_guard<R: BufRead>(reader: &mut R) -> io::Result<()> {
    let head = reader.fill_buf()?;
    let start = head.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let Some(rest) = head[start..].strip_prefix(HIJACKING_GUARD) else {
        return Ok(());
    };
    let comma = usize::from(rest.first() == Some(&b','));
    reader.consume(start + HIJACKING_GUARD.len() + comma);
    Ok(())
}

/// Reads a whole JSON document from `reader` into the stream's sink.
pub(crate) fn read_json<R: BufRead>(
    reader: R,
    stream: &mut JsonStream<'_>,
) -> serde_json::Result<()> {
    let mut de = serde_json::Deserializer::from_reader(reader);
    Document { stream }.deserialize(&mut de)?;
    de.end()
}

/// The document's top-level value.
struct Document<'a, 's> {
    stream: &'a mut JsonStream<'s>,
}

impl<'de> DeserializeSeed<'de> for Document<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Document<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON document")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        loop {
            self.stream.mark.start_record();
            let Some(item) = seq.next_element::<Value>()? else {
                return Ok(());
            };
            let s = &mut *self.stream;
            s.flattener.record(s.sink, "", "", &item);
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.stream.sink.start_record("");
        Members {
            stream: self.stream,
            prefix: String::new(),
        }
        .visit_map(map)
        .map(|_| ())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.whole(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.whole(Value::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.whole(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.whole(Value::from(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.whole(Value::from(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.whole(Value::Null)
    }
}

impl Document<'_, '_> {
    /// A document that is a single scalar is one record whose only field is the file.
    fn whole<E>(self, v: Value) -> Result<(), E> {
        let s = &mut *self.stream;
        s.flattener.record(s.sink, "", "", &v);
        Ok(())
    }
}

/// The members of an object that belongs to the file's single top-level record.
struct Members<'a, 's> {
    stream: &'a mut JsonStream<'s>,
    prefix: String,
}

impl Members<'_, '_> {
    /// Walks the members; returns whether there was any.
    fn visit_map<'de, A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut any = false;
        loop {
            self.stream.mark.start_record();
            let Some(raw_key) = map.next_key::<String>()? else {
                return Ok(any);
            };
            any = true;
            if is_id_key(&raw_key) && !self.prefix.is_empty() {
                // One record of a list keyed by ids, or a plain member that happens to have
                // such a key: only its value tells, so it is read whole, as an element of an
                // array would be.
                let value: Value = map.next_value()?;
                let s = &mut *self.stream;
                if keys_a_record(&self.prefix, &raw_key, &value) {
                    let child = child_table(&self.prefix);
                    s.flattener.record(s.sink, &child, &child, &value);
                } else {
                    let key = join_key(&self.prefix, &s.flattener.text(&raw_key));
                    s.flattener.member(s.sink, "", &key, &value);
                }
                continue;
            }
            let key = join_key(&self.prefix, &self.stream.flattener.text(&raw_key));
            map.next_value_seed(Member {
                stream: &mut *self.stream,
                key,
            })?;
        }
    }
}

/// One member of the top-level record: objects are walked, arrays streamed, scalars kept.
struct Member<'a, 's> {
    stream: &'a mut JsonStream<'s>,
    key: String,
}

impl<'de> DeserializeSeed<'de> for Member<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Member<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    /// An empty object is an empty field, as `Flattener` has it for records inside arrays:
    /// `{"tags": {}}` and `[{"tags": {}}]` both show that the export has a `tags` field.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let any = Members {
            stream: &mut *self.stream,
            prefix: self.key.clone(),
        }
        .visit_map(map)?;
        if !any {
            self.stream.sink.cell("", &self.key, "", ValueKind::Empty);
        }
        Ok(())
    }

    /// Objects in the array become records of the child table one at a time; scalars are
    /// joined into one value of the top-level record, as `Flattener` does for small arrays.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let child = child_table(&self.key);
        let mut scalars: Vec<String> = Vec::new();
        let mut any = false;
        loop {
            self.stream.mark.start_record();
            let Some(item) = seq.next_element::<Value>()? else {
                break;
            };
            any = true;
            let s = &mut *self.stream;
            if item.is_object() {
                s.flattener.record(s.sink, &child, &child, &item);
            } else {
                scalars.push(s.flattener.scalar(&item).0.into_owned());
            }
        }
        if !scalars.is_empty() || !any {
            let kind = if any {
                ValueKind::List
            } else {
                ValueKind::Empty
            };
            self.stream
                .sink
                .cell("", &self.key, &scalars.join(LIST_SEPARATOR), kind);
        }
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.scalar(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.scalar(Value::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.scalar(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.scalar(Value::from(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.scalar(Value::from(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.scalar(Value::Null)
    }
}

impl Member<'_, '_> {
    fn scalar<E>(self, v: Value) -> Result<(), E> {
        let s = &mut *self.stream;
        s.flattener.member(s.sink, "", &self.key, &v);
        Ok(())
    }
}
