//! CSV (RFC 4180): a header row, comma-separated fields, `"`-quoted when they hold a comma, a
//! quote, a line break or leading/trailing spaces; lines end in `\r\n`. Nulls are empty fields;
//! a list is written as a JSON array (`["Donald Trump","Vladimir Putin"]`).

use super::RowSink;
use crate::Result;
use crate::table::{Column, Value};
use std::io::{BufWriter, Write};

/// A CSV writer.
pub(crate) struct Csv<W: Write> {
    out: BufWriter<W>,
    field: String,
}

impl<W: Write> Csv<W> {
    /// Writes the header row of `columns`.
    pub(crate) fn new(out: W, columns: &[Column]) -> Result<Csv<W>> {
        let mut csv = Csv { out: BufWriter::with_capacity(1 << 16, out), field: String::new() };
        let header: Vec<Value> = columns.iter().map(|c| Value::Text(c.name.to_owned())).collect();
        csv.write(&header)?;
        Ok(csv)
    }
}

/// Whether a field must be quoted.
fn needs_quotes(s: &str) -> bool {
    s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ')
}

fn put(out: &mut impl Write, s: &str) -> Result<()> {
    if needs_quotes(s) {
        out.write_all(b"\"")?;
        out.write_all(s.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")?;
    } else {
        out.write_all(s.as_bytes())?;
    }
    Ok(())
}

impl<W: Write> RowSink for Csv<W> {
    fn write(&mut self, row: &[Value]) -> Result<()> {
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            self.field.clear();
            match v {
                Value::Null => continue,
                Value::Text(s) => {
                    put(&mut self.out, s)?;
                    continue;
                }
                Value::Int(n) => self.field.push_str(&n.to_string()),
                Value::Float(x) => self.field.push_str(&x.to_string()),
                Value::Bool(b) => self.field.push_str(if *b { "true" } else { "false" }),
                Value::List(items) => self.field.push_str(&serde_json::to_string(items)?),
            }
            put(&mut self.out, &self.field)?;
        }
        self.out.write_all(b"\r\n")?;
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
    fn quotes_only_what_needs_quoting() {
        let cols = [
            Column { name: "a", kind: ColumnType::Text, nullable: true, doc: "a" },
            Column { name: "b", kind: ColumnType::TextList, nullable: false, doc: "b" },
        ];
        let mut buf = Vec::new();
        let mut csv = Csv::new(&mut buf, &cols).unwrap();
        csv.write(&[Value::Text("He said \"no\", twice".into()), Value::List(vec!["A".into()])])
            .unwrap();
        csv.write(&[Value::Null, Value::List(vec![])]).unwrap();
        csv.finish().unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "a,b\r\n\"He said \"\"no\"\", twice\",\"[\"\"A\"\"]\"\r\n,[]\r\n"
        );
    }
}
