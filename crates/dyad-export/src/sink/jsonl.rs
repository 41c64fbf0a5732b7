//! JSON Lines: one JSON object per row, keys in column order, `null` for nulls.

use super::RowSink;
use crate::Result;
use crate::error::json;
use crate::table::{Column, Value};
use std::io::{BufWriter, Write};

/// A JSON Lines writer.
pub(crate) struct Jsonl<W: Write> {
    out: BufWriter<W>,
    /// Each column's key, already encoded as a JSON string.
    keys: Vec<String>,
}

impl<W: Write> Jsonl<W> {
    pub(crate) fn new(out: W, columns: &[Column]) -> Jsonl<W> {
        let keys = columns.iter().map(|c| format!("\"{}\"", c.name)).collect();
        Jsonl { out: BufWriter::with_capacity(1 << 16, out), keys }
    }
}

impl<W: Write> RowSink for Jsonl<W> {
    fn write(&mut self, row: &[Value]) -> Result<()> {
        self.out.write_all(b"{")?;
        for (i, (key, v)) in self.keys.iter().zip(row).enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            self.out.write_all(key.as_bytes())?;
            self.out.write_all(b":")?;
            match v {
                Value::Null => self.out.write_all(b"null")?,
                Value::Text(s) => serde_json::to_writer(&mut self.out, s).map_err(json)?,
                Value::Int(n) => serde_json::to_writer(&mut self.out, n).map_err(json)?,
                Value::Float(x) => serde_json::to_writer(&mut self.out, x).map_err(json)?,
                Value::Bool(b) => serde_json::to_writer(&mut self.out, b).map_err(json)?,
                Value::List(items) => serde_json::to_writer(&mut self.out, items).map_err(json)?,
            }
        }
        self.out.write_all(b"}\n")?;
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::ColumnType;

    #[test]
    fn keys_in_column_order() {
        let cols = [
            Column { name: "z", kind: ColumnType::Integer, nullable: false, doc: "z" },
            Column { name: "a", kind: ColumnType::Text, nullable: true, doc: "a" },
        ];
        let mut buf = Vec::new();
        let mut j = Jsonl::new(&mut buf, &cols);
        j.write(&[Value::Int(3), Value::Text("“x”\n".into())]).unwrap();
        j.write(&[Value::Int(-1), Value::Null]).unwrap();
        j.finish().unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "{\"z\":3,\"a\":\"“x”\\n\"}\n{\"z\":-1,\"a\":null}\n"
        );
    }
}
