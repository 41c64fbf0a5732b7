//! dyad's exports: what the store knows, in the formats event-data researchers already load.
//!
//! Every export streams from the store's [`Catalog`](dyad_store::Catalog) to any
//! [`Write`](std::io::Write), one row at a time (a Parquet row group at a time), so memory
//! stays flat however large the store:
//!
//! - [`write_table`]: one of the six [`Table`]s (articles, entities, mentions, quotes, events,
//!   stories) as CSV, JSON Lines or Parquet ([`TableFormat`]), with the columns of
//!   [`Table::columns`];
//! - [`write_gdelt_events`] and [`write_gdelt_mentions`]: the GDELT 2.0 Event and Mentions
//!   tables; [`write_gkg`]: a GKG 2.1-style table with each quotation's speaker;
//! - [`write_plover`]: PLOVER JSON records, one per line.
//!
//! Each takes the store filter of the matching listing command and a progress callback.
//!
//! ```
//! use dyad_export::{Table, TableFormat, write_table};
//! use dyad_store::{Filter, Store};
//!
//! let store = Store::in_memory().unwrap();
//! let mut csv = Vec::new();
//! let rows = write_table(
//!     store.catalog(), Table::Quotes, TableFormat::Csv, &Filter::default(), &mut csv, &mut |_| {},
//! ).unwrap();
//! assert_eq!(rows, 0);
//! assert!(String::from_utf8(csv).unwrap().starts_with("article,published,outlet,speaker,"));
//! ```

mod error;
mod gdelt;
mod plover;
mod sink;
mod stream;
mod table;

pub use error::{Error, Result};
pub use gdelt::{
    EVENT_COLUMNS, GKG_COLUMNS, MENTION_COLUMNS, write_gdelt_events, write_gdelt_mentions,
    write_gkg,
};
pub use plover::write_plover;
pub use table::{Column, ColumnType, Table, TableFormat, write_table};
