//! Row writers: one per tabular format, each taking rows that match a table's columns.

mod csv;
mod jsonl;
mod parquet;

pub(crate) use self::csv::Csv;
pub(crate) use self::jsonl::Jsonl;
pub(crate) use self::parquet::Parquet;

use crate::Result;
use crate::table::Value;

/// A writer of rows, one row at a time, in column order.
pub(crate) trait RowSink {
    /// Writes one row (as many values as the table has columns).
    fn write(&mut self, row: &[Value]) -> Result<()>;
    /// Writes what is buffered and the format's trailer, and flushes.
    fn finish(self) -> Result<()>;
}
