//! Flattens a JSON record into cells: nested objects become dotted key paths
//! (`geo.lat`), arrays of scalars become one value joined by "; " (`interests`), and arrays
//! holding objects become records of a child table named after their path (`outputs[]`,
//! whose fields are `outputs[].id`, `outputs[].concepts[].name`, ...). Child tables keep
//! every element without repeating the parent's columns in each; the path ties them back.
//! An object member keyed by a record id (`"OrderHistories": {"5772…": {…}}`) is one record of
//! such a child table too (`OrderHistories[]`): otherwise each id would name fields of its own.
//!
//! A record is read straight from the parser, as serde's visitor calls: building each record's
//! `serde_json::Value` first, and dropping it after, was half the time spent reading a long
//! JSON Lines file. A record already parsed is read the same way, from its `Value`.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use super::ids::is_id_key;
use super::sink::RecordSink;
use super::value::{infer, number_kind, ValueKind};
use crate::decode::mojibake;

/// Separator of the items of an array of scalars kept as one value.
pub const LIST_SEPARATOR: &str = "; ";

/// Counts the strings that were repaired from mojibake, for the file's note.
#[derive(Debug, Default)]
pub(crate) struct Flattener {
    pub repaired: u64,
}

/// `prefix.key`, or `key` at the top.
pub(crate) fn join_key(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Whether the member `member` of the object at `key` is one record of a list keyed by ids.
/// Top-level keys stay keys: a file has no name to give such a list.
pub(crate) fn keys_a_record(key: &str, member: &str, value: &Value) -> bool {
    !key.is_empty() && value.is_object() && is_id_key(member)
}

/// The child table of an array at `key`, which is also the prefix of its fields.
pub(crate) fn child_table(key: &str) -> String {
    format!("{key}[]")
}

impl Flattener {
    /// Emits `value` as one record of `table`, its fields prefixed with `prefix`.
    pub fn record(&mut self, sink: &mut dyn RecordSink, table: &str, prefix: &str, value: &Value) {
        read_back(self.read_record(sink, table, prefix, value));
    }

    /// Emits one member of a record (at key path `key`) into `table`.
    pub fn member(&mut self, sink: &mut dyn RecordSink, table: &str, key: &str, value: &Value) {
        let node = Node {
            flattener: self,
            sink,
            table,
            place: Place::Member { key },
        };
        read_back(value.deserialize_any(node).map(drop));
    }

    /// Reads one value from `from` as one record of `table`, its fields prefixed with
    /// `prefix`. The record's cells are given as they are read: when `from` fails half-way, the
    /// cells before the failure have been given.
    pub fn read_record<'de, D: Deserializer<'de>>(
        &mut self,
        sink: &mut dyn RecordSink,
        table: &str,
        prefix: &str,
        from: D,
    ) -> Result<(), D::Error> {
        sink.start_record(table);
        let node = Node {
            flattener: self,
            sink,
            table,
            place: Place::Record { prefix },
        };
        from.deserialize_any(node).map(drop)
    }

    /// The text and kind of a scalar; nested arrays inside a list are kept as compact JSON.
    pub fn scalar<'v>(&mut self, value: &'v Value) -> (Cow<'v, str>, ValueKind) {
        match value {
            Value::Null => (Cow::Borrowed(""), ValueKind::Empty),
            Value::Bool(b) => (
                Cow::Borrowed(if *b { "true" } else { "false" }),
                ValueKind::Boolean,
            ),
            Value::Number(n) => {
                let text = n.to_string();
                let kind = number_kind(&text).unwrap_or(ValueKind::Decimal);
                (Cow::Owned(text), kind)
            }
            Value::String(s) => {
                let text = self.text(s);
                let kind = infer(&text);
                (text, kind)
            }
            nested => (Cow::Owned(nested.to_string()), ValueKind::String),
        }
    }

    /// A JSON string with mojibake repaired, borrowed when there was nothing to repair.
    pub fn text<'s>(&mut self, s: &'s str) -> Cow<'s, str> {
        let fixed = mojibake::repair(s);
        if let Cow::Owned(_) = fixed {
            self.repaired += 1;
        }
        fixed
    }
}

/// Reading a parsed `Value` again cannot fail: every kind of value is accepted.
fn read_back(read: Result<(), serde_json::Error>) {
    if let Err(e) = read {
        unreachable!("a parsed JSON value is read again: {e}");
    }
}

/// Where a value sits, which decides the cells it gives.
#[derive(Clone, Copy)]
enum Place<'k> {
    /// A whole record, its fields under `prefix`.
    Record { prefix: &'k str },
    /// A member of a record at key path `key`.
    Member { key: &'k str },
    /// A member of the object at `key` whose own key `id` is a record id: an object there is
    /// a record of the child table of `key`; anything else is a member at `key.id`.
    Keyed { key: &'k str, id: &'k str },
    /// An element of the array whose child table is `child`: an object is a record of it,
    /// anything else an item of the array's list.
    Element { child: &'k str },
}

/// One value being read, and where its cells go.
struct Node<'v, 'k> {
    flattener: &'v mut Flattener,
    sink: &'v mut dyn RecordSink,
    /// The table of the record the value is in.
    table: &'k str,
    place: Place<'k>,
}

impl<'de> DeserializeSeed<'de> for Node<'_, '_> {
    /// The text of an element that is not an object, for its array's list.
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// A key of an object, borrowed from the parser's input when it can be.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}

impl<'v, 'k> Node<'v, 'k> {
    /// A value for `place` in the same table.
    fn at<'w, 'p>(&'w mut self, table: &'p str, place: Place<'p>) -> Node<'w, 'p> {
        Node {
            flattener: &mut *self.flattener,
            sink: &mut *self.sink,
            table,
            place,
        }
    }

    /// Reads the members of an object, fields of `table` under `prefix`; members keyed by
    /// record ids are records of a child table when `ids` (inside a record, not at its top).
    /// Returns whether there was any.
    fn members<'de, A: MapAccess<'de>>(
        &mut self,
        mut map: A,
        table: &str,
        prefix: &str,
        ids: bool,
    ) -> Result<bool, A::Error> {
        let mut any = false;
        while let Some(key) = map.next_key_seed(Key)? {
            any = true;
            if ids && !prefix.is_empty() && is_id_key(&key) {
                map.next_value_seed(self.at(
                    table,
                    Place::Keyed {
                        key: prefix,
                        id: &key,
                    },
                ))?;
            } else {
                let sub = join_key(prefix, &self.flattener.text(&key));
                map.next_value_seed(self.at(table, Place::Member { key: &sub }))?;
            }
        }
        Ok(any)
    }

    /// A record of the child table `child`, read from an object.
    fn child_record<'de, A: MapAccess<'de>>(
        &mut self,
        map: A,
        child: &str,
    ) -> Result<(), A::Error> {
        self.sink.start_record(child);
        self.members(map, child, child, false).map(drop)
    }

    /// The elements of the array at `key`: objects are records of its child table, the other
    /// elements one value joined by `LIST_SEPARATOR`, after the records.
    fn array<'de, A: SeqAccess<'de>>(&mut self, mut seq: A, key: &str) -> Result<(), A::Error> {
        let child = child_table(key);
        let table = self.table;
        let mut items = Vec::new();
        let mut records = false;
        while let Some(item) =
            seq.next_element_seed(self.at(table, Place::Element { child: &child }))?
        {
            match item {
                Some(text) => items.push(text),
                None => records = true,
            }
        }
        let kind = if items.is_empty() {
            ValueKind::Empty
        } else {
            ValueKind::List
        };
        // An array of records alone gives no list.
        if !(records && items.is_empty()) {
            self.sink
                .cell(table, key, &items.join(LIST_SEPARATOR), kind);
        }
        Ok(())
    }

    /// A scalar's cell, or its text when it is an element of an array.
    fn scalar<E>(self, text: &str, kind: ValueKind) -> Result<Option<String>, E> {
        let table = self.table;
        match self.place {
            Place::Record { prefix: key } | Place::Member { key } => {
                self.sink.cell(table, key, text, kind);
            }
            Place::Keyed { key, id } => {
                let key = join_key(key, &self.flattener.text(id));
                self.sink.cell(table, &key, text, kind);
            }
            Place::Element { .. } => return Ok(Some(text.to_owned())),
        }
        Ok(None)
    }

    /// A scalar that is not a string, as a parsed value gives it.
    fn parsed<E>(self, value: Value) -> Result<Option<String>, E> {
        let (text, kind) = self.flattener.scalar(&value);
        self.scalar(&text, kind)
    }
}

impl<'de> Visitor<'de> for Node<'_, '_> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, map: A) -> Result<Self::Value, A::Error> {
        let table = self.table;
        match self.place {
            Place::Record { prefix } => self.members(map, table, prefix, false).map(drop)?,
            // An empty object is an empty field: `{"tags": {}}` shows that there are tags.
            Place::Member { key } => {
                if !self.members(map, table, key, true)? {
                    self.sink.cell(table, key, "", ValueKind::Empty);
                }
            }
            Place::Keyed { key, .. } => self.child_record(map, &child_table(key))?,
            Place::Element { child } => self.child_record(map, child)?,
        }
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, seq: A) -> Result<Self::Value, A::Error> {
        match self.place {
            Place::Record { prefix: key } | Place::Member { key } => self.array(seq, key)?,
            Place::Keyed { key, id } => {
                let key = join_key(key, &self.flattener.text(id));
                self.array(seq, &key)?;
            }
            // An array in an array is kept as its compact JSON.
            Place::Element { .. } => {
                let nested = Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                return Ok(Some(nested.to_string()));
            }
        }
        Ok(None)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let text = self.flattener.text(v);
        if let Place::Element { .. } = self.place {
            return Ok(Some(text.into_owned()));
        }
        let kind = infer(&text);
        self.scalar(&text, kind)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        self.parsed(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        self.parsed(Value::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        self.parsed(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        self.parsed(Value::from(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.parsed(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::sink::RowCollector;
    use serde_json::json;

    #[test]
    fn flattens_nested_objects_and_arrays() {
        let mut rows = RowCollector::default();
        let mut f = Flattener::default();
        let v = json!({
            "id": 7,
            "geo": {"lat": 52.5, "lng": 13.4},
            "interests": ["cats", "rust"],
            "outputs": [{"model": "m1", "concepts": [{"name": "dog", "value": 0.98}]}]
        });
        f.record(&mut rows, "", "", &v);
        let main = &rows.tables[""][0];
        assert!(main.contains(&("geo.lat".into(), "52.5".into())));
        assert!(main.contains(&("interests".into(), "cats; rust".into())));
        let outputs = &rows.tables["outputs[]"][0];
        assert_eq!(outputs[0], ("outputs[].model".into(), "m1".into()));
        let concepts = &rows.tables["outputs[].concepts[]"][0];
        assert!(concepts.contains(&("outputs[].concepts[].name".into(), "dog".into())));
    }

    #[test]
    fn objects_keyed_by_ids_are_lists_of_records() {
        let mut rows = RowCollector::default();
        let mut f = Flattener::default();
        let v = json!({
            "name": "Ines",
            "orders": {
                "577204418903316529": {"total": "12.00", "status": "shipped"},
                "577204418903316530": {"total": "3.50", "status": "refunded"},
                "summary": {"count": 2}
            }
        });
        f.record(&mut rows, "", "", &v);
        let orders = &rows.tables["orders[]"];
        assert_eq!(orders.len(), 2);
        assert!(orders[1].contains(&("orders[].status".into(), "refunded".into())));
        // A key that is a word stays a key.
        assert!(rows.tables[""][0].contains(&("orders.summary.count".into(), "2".into())));
    }

    #[test]
    fn repairs_mojibake_in_values_and_keys() {
        let mut rows = RowCollector::default();
        let mut f = Flattener::default();
        let v: Value = serde_json::from_str(r#"{"name": "Rados\u00c5\u0082aw"}"#).unwrap();
        f.record(&mut rows, "", "", &v);
        assert_eq!(rows.tables[""][0][0].1, "Radosław");
        assert_eq!(f.repaired, 1);
    }
}
