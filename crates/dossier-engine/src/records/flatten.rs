//! Flattens a parsed JSON record into cells: nested objects become dotted key paths
//! (`geo.lat`), arrays of scalars become one value joined by "; " (`interests`), and arrays
//! holding objects become records of a child table named after their path (`outputs[]`,
//! whose fields are `outputs[].id`, `outputs[].concepts[].name`, ...). Child tables keep
//! every element without repeating the parent's columns in each; the path ties them back.
//! An object member keyed by a record id (`"OrderHistories": {"5772…": {…}}`) is one record of
//! such a child table too (`OrderHistories[]`): otherwise each id would name fields of its own.

use std::borrow::Cow;

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
        sink.start_record(table);
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let key = join_key(prefix, &self.text(k));
                    self.member(sink, table, &key, v);
                }
            }
            other => self.member(sink, table, prefix, other),
        }
    }

    /// Emits one member of a record (at key path `key`) into `table`.
    pub fn member(&mut self, sink: &mut dyn RecordSink, table: &str, key: &str, value: &Value) {
        match value {
            Value::Object(map) if map.is_empty() => sink.cell(table, key, "", ValueKind::Empty),
            Value::Object(map) => {
                for (k, v) in map {
                    if keys_a_record(key, k, v) {
                        let child = child_table(key);
                        self.record(sink, &child, &child, v);
                    } else {
                        let sub = join_key(key, &self.text(k));
                        self.member(sink, table, &sub, v);
                    }
                }
            }
            Value::Array(items) if items.iter().any(Value::is_object) => {
                let child = child_table(key);
                let mut scalars = Vec::new();
                for item in items {
                    if item.is_object() {
                        self.record(sink, &child, &child, item);
                    } else {
                        scalars.push(item);
                    }
                }
                if !scalars.is_empty() {
                    self.list(sink, table, key, scalars.into_iter());
                }
            }
            Value::Array(items) => self.list(sink, table, key, items.iter()),
            scalar => {
                let (text, kind) = self.scalar(scalar);
                sink.cell(table, key, &text, kind);
            }
        }
    }

    fn list<'v>(
        &mut self,
        sink: &mut dyn RecordSink,
        table: &str,
        key: &str,
        items: impl Iterator<Item = &'v Value>,
    ) {
        let texts: Vec<Cow<'_, str>> = items.map(|v| self.scalar(v).0).collect();
        let kind = if texts.is_empty() {
            ValueKind::Empty
        } else {
            ValueKind::List
        };
        sink.cell(table, key, &texts.join(LIST_SEPARATOR), kind);
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
