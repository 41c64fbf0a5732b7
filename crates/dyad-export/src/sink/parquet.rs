//! Apache Parquet, written with the `parquet` crate's column writers (no Arrow).
//!
//! The schema is the table's columns: text as `BYTE_ARRAY (STRING)`, integers as `INT64`,
//! floats as `DOUBLE`, booleans as `BOOLEAN`, lists as the standard three-level
//! `LIST` of `STRING` (`optional group actors (LIST) { repeated group list { optional binary
//! element (STRING); } }`), which DuckDB, pyarrow and Spark all read. Required columns are
//! `REQUIRED`, the others `OPTIONAL`. Pages are Snappy-compressed. Rows are buffered column by
//! column and written as a row group every [`ROW_GROUP_ROWS`] rows or [`ROW_GROUP_BYTES`] of
//! buffered text, so memory stays bounded whatever the table's size. The file's key-value
//! metadata names the table (`dyad.table`).

use super::RowSink;
use crate::table::{Column, ColumnType, Value};
use crate::{Error, Result};
use ::parquet::basic::{Compression, LogicalType, Repetition, Type as Physical};
use ::parquet::column::writer::ColumnWriter;
use ::parquet::data_type::ByteArray;
use ::parquet::file::metadata::KeyValue;
use ::parquet::file::properties::WriterProperties;
use ::parquet::file::writer::SerializedFileWriter;
use ::parquet::schema::types::Type;
use bytes::Bytes;
use std::io::Write;
use std::sync::Arc;

/// Rows per row group, at most.
pub(crate) const ROW_GROUP_ROWS: usize = 65_536;
/// Buffered text per row group, at most (bytes).
pub(crate) const ROW_GROUP_BYTES: usize = 32 << 20;

/// Texts of a column, back to back in one buffer (one allocation, not one per value).
#[derive(Default)]
struct Texts {
    data: Vec<u8>,
    ends: Vec<usize>,
}

impl Texts {
    fn push(&mut self, s: &str) {
        self.data.extend_from_slice(s.as_bytes());
        self.ends.push(self.data.len());
    }

    /// The texts as Parquet values sharing one buffer; leaves `self` empty.
    fn take(&mut self) -> Vec<ByteArray> {
        let all = Bytes::from(std::mem::take(&mut self.data));
        let mut start = 0;
        let values = self
            .ends
            .iter()
            .map(|&end| {
                let v = ByteArray::from(all.slice(start..end));
                start = end;
                v
            })
            .collect();
        self.ends.clear();
        values
    }
}

/// One column's values of the row group being built, with its definition (and, for lists,
/// repetition) levels.
enum Buffer {
    Text(Texts),
    Integer(Vec<i64>),
    Float(Vec<f64>),
    Boolean(Vec<bool>),
    List { values: Texts, reps: Vec<i16> },
}

struct ColumnBuffer {
    column: Column,
    values: Buffer,
    defs: Vec<i16>,
}

impl ColumnBuffer {
    fn new(column: Column) -> ColumnBuffer {
        let values = match column.kind {
            ColumnType::Text => Buffer::Text(Texts::default()),
            ColumnType::Integer => Buffer::Integer(Vec::new()),
            ColumnType::Float => Buffer::Float(Vec::new()),
            ColumnType::Boolean => Buffer::Boolean(Vec::new()),
            ColumnType::TextList => Buffer::List { values: Texts::default(), reps: Vec::new() },
        };
        ColumnBuffer { column, values, defs: Vec::new() }
    }

    /// Adds one row's value; returns the bytes of text it buffered.
    fn push(&mut self, table: &'static str, v: &Value) -> Result<usize> {
        let wrong = |reason| Error::Schema { table, column: self.column.name, reason };
        // Definition level of a present value: 1 for an optional column, 0 for a required one.
        let present = i16::from(self.column.nullable);
        let mut bytes = 0;
        match (&mut self.values, v) {
            (Buffer::List { reps, .. }, Value::Null) if self.column.nullable => {
                self.defs.push(0);
                reps.push(0);
            }
            (_, Value::Null) if self.column.nullable => self.defs.push(0),
            (_, Value::Null) => return Err(wrong("null in a required column")),
            (Buffer::Text(values), Value::Text(s)) => {
                bytes = s.len();
                values.push(s);
                self.defs.push(present);
            }
            (Buffer::Integer(values), Value::Int(n)) => {
                values.push(*n);
                self.defs.push(present);
            }
            (Buffer::Float(values), Value::Float(x)) => {
                values.push(*x);
                self.defs.push(present);
            }
            (Buffer::Boolean(values), Value::Bool(b)) => {
                values.push(*b);
                self.defs.push(present);
            }
            (Buffer::List { values, reps }, Value::List(items)) => {
                // Levels: the list itself (if optional), the repeated group, the element.
                let list = present;
                if items.is_empty() {
                    self.defs.push(list);
                    reps.push(0);
                }
                for (i, item) in items.iter().enumerate() {
                    bytes += item.len();
                    values.push(item);
                    self.defs.push(list + 2);
                    reps.push(i16::from(i > 0));
                }
            }
            _ => return Err(wrong("value of another type")),
        }
        Ok(bytes)
    }

    fn clear(&mut self) {
        self.defs.clear();
        match &mut self.values {
            Buffer::Text(v) => drop(v.take()),
            Buffer::Integer(v) => v.clear(),
            Buffer::Float(v) => v.clear(),
            Buffer::Boolean(v) => v.clear(),
            Buffer::List { values, reps } => {
                drop(values.take());
                reps.clear();
            }
        }
    }

    /// Writes the buffered values to the row group's column writer.
    fn write_to(&mut self, table: &'static str, writer: &mut ColumnWriter<'_>) -> Result<()> {
        // Required flat columns carry no levels.
        let needs_defs = self.column.nullable || matches!(self.values, Buffer::List { .. });
        let defs = needs_defs.then_some(self.defs.as_slice());
        match (&mut self.values, writer) {
            (Buffer::Text(v), ColumnWriter::ByteArrayColumnWriter(w)) => {
                w.write_batch(&v.take(), defs, None)?;
            }
            (Buffer::Integer(v), ColumnWriter::Int64ColumnWriter(w)) => {
                w.write_batch(v, defs, None)?;
            }
            (Buffer::Float(v), ColumnWriter::DoubleColumnWriter(w)) => {
                w.write_batch(v, defs, None)?;
            }
            (Buffer::Boolean(v), ColumnWriter::BoolColumnWriter(w)) => {
                w.write_batch(v, defs, None)?;
            }
            (Buffer::List { values, reps }, ColumnWriter::ByteArrayColumnWriter(w)) => {
                w.write_batch(&values.take(), defs, Some(reps))?;
            }
            _ => {
                return Err(Error::Schema {
                    table,
                    column: self.column.name,
                    reason: "Parquet column of another type",
                });
            }
        }
        Ok(())
    }
}

/// The Parquet schema of a table's columns.
fn schema(table: &str, columns: &[Column]) -> Result<Type> {
    let repetition = |c: &Column| {
        if c.nullable { Repetition::OPTIONAL } else { Repetition::REQUIRED }
    };
    let mut fields = Vec::with_capacity(columns.len());
    for c in columns {
        let primitive = |physical, logical| {
            Type::primitive_type_builder(c.name, physical)
                .with_repetition(repetition(c))
                .with_logical_type(logical)
                .build()
        };
        let field = match c.kind {
            ColumnType::Text => primitive(Physical::BYTE_ARRAY, Some(LogicalType::String))?,
            ColumnType::Integer => primitive(Physical::INT64, None)?,
            ColumnType::Float => primitive(Physical::DOUBLE, None)?,
            ColumnType::Boolean => primitive(Physical::BOOLEAN, None)?,
            ColumnType::TextList => {
                let element = Type::primitive_type_builder("element", Physical::BYTE_ARRAY)
                    .with_repetition(Repetition::OPTIONAL)
                    .with_logical_type(Some(LogicalType::String))
                    .build()?;
                let list = Type::group_type_builder("list")
                    .with_repetition(Repetition::REPEATED)
                    .with_fields(vec![Arc::new(element)])
                    .build()?;
                Type::group_type_builder(c.name)
                    .with_repetition(repetition(c))
                    .with_logical_type(Some(LogicalType::List))
                    .with_fields(vec![Arc::new(list)])
                    .build()?
            }
        };
        fields.push(Arc::new(field));
    }
    Ok(Type::group_type_builder(table).with_fields(fields).build()?)
}

/// A Parquet writer for one table.
pub(crate) struct Parquet<W: Write + Send> {
    table: &'static str,
    writer: SerializedFileWriter<W>,
    columns: Vec<ColumnBuffer>,
    rows: usize,
    bytes: usize,
}

impl<W: Write + Send> Parquet<W> {
    pub(crate) fn new(out: W, table: &'static str, columns: &[Column]) -> Result<Parquet<W>> {
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("dyad {}", env!("CARGO_PKG_VERSION")))
            .set_key_value_metadata(Some(vec![KeyValue::new(
                "dyad.table".to_owned(),
                table.to_owned(),
            )]))
            .build();
        let writer =
            SerializedFileWriter::new(out, Arc::new(schema(table, columns)?), Arc::new(props))?;
        let columns = columns.iter().copied().map(ColumnBuffer::new).collect();
        Ok(Parquet { table, writer, columns, rows: 0, bytes: 0 })
    }

    /// Writes the buffered rows as one row group.
    fn flush_row_group(&mut self) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut group = self.writer.next_row_group()?;
        for buffer in &mut self.columns {
            let Some(mut column) = group.next_column()? else {
                return Err(Error::Schema {
                    table: self.table,
                    column: buffer.column.name,
                    reason: "missing from the Parquet schema",
                });
            };
            buffer.write_to(self.table, column.untyped())?;
            column.close()?;
            buffer.clear();
        }
        group.close()?;
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }
}

impl<W: Write + Send> RowSink for Parquet<W> {
    fn write(&mut self, row: &[Value]) -> Result<()> {
        for (buffer, v) in self.columns.iter_mut().zip(row) {
            self.bytes += buffer.push(self.table, v)?;
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP_ROWS || self.bytes >= ROW_GROUP_BYTES {
            self.flush_row_group()?;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.flush_row_group()?;
        let mut out = self.writer.into_inner()?;
        out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ::parquet::file::reader::{FileReader, SerializedFileReader};
    use ::parquet::record::Field;

    fn cols() -> Vec<Column> {
        vec![
            Column { name: "id", kind: ColumnType::Text, nullable: false, doc: "id" },
            Column { name: "n", kind: ColumnType::Integer, nullable: true, doc: "n" },
            Column { name: "x", kind: ColumnType::Float, nullable: true, doc: "x" },
            Column { name: "b", kind: ColumnType::Boolean, nullable: false, doc: "b" },
            Column { name: "names", kind: ColumnType::TextList, nullable: false, doc: "l" },
        ]
    }

    #[test]
    fn round_trips_through_the_record_reader() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        let mut p = Parquet::new(std::fs::File::create(&path).unwrap(), "t", &cols()).unwrap();
        let rows = 70_000; // more than one row group
        for i in 0..rows {
            let names = (0..i % 3).map(|k| format!("n{k}")).collect();
            p.write(&[
                Value::Text(format!("“{i}”")),
                if i % 2 == 0 { Value::Int(i) } else { Value::Null },
                Value::Float(i as f64 / 2.0),
                Value::Bool(i % 5 == 0),
                Value::List(names),
            ])
            .unwrap();
        }
        p.finish().unwrap();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        let meta = reader.metadata();
        assert_eq!(meta.file_metadata().num_rows(), rows);
        assert!(meta.num_row_groups() >= 2);
        for (i, row) in reader.get_row_iter(None).unwrap().enumerate() {
            let row = row.unwrap();
            let fields: Vec<&Field> = row.get_column_iter().map(|(_, f)| f).collect();
            assert_eq!(fields[0], &Field::Str(format!("“{i}”")));
            let n = if i % 2 == 0 { Field::Long(i as i64) } else { Field::Null };
            assert_eq!(fields[1], &n);
            assert_eq!(fields[2], &Field::Double(i as f64 / 2.0));
            assert_eq!(fields[3], &Field::Bool(i % 5 == 0));
            let Field::ListInternal(list) = fields[4] else { panic!("a list: {:?}", fields[4]) };
            assert_eq!(list.len(), i % 3);
        }
    }

    #[test]
    fn a_null_in_a_required_column_is_an_error() {
        let mut p = Parquet::new(Vec::new(), "t", &cols()).unwrap();
        let err = p
            .write(&[Value::Null, Value::Null, Value::Null, Value::Bool(true), Value::List(vec![])])
            .unwrap_err();
        assert!(err.to_string().contains("column id of table t"), "{err}");
    }
}
