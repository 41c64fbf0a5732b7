//! dyad's store: everything ingested, findable.
//!
//! A [`Store`] holds a [`Catalog`] of records (articles with their layers, entities,
//! mentions, quotes, events with fold keys, stories; [`SqliteCatalog`] is the embedded one)
//! and a full-text index over articles and quotes (tantivy). The layout is declared once in
//! `schema.rs` and versioned ([`STORE_VERSION`]). Queries take a [`Filter`] and return plain
//! rows that carry article ids and character spans.
//!
//! ```
//! use dyad_store::{Filter, Store};
//! let store = Store::in_memory().unwrap();
//! assert_eq!(store.catalog().stats().unwrap().articles, 0);
//! assert!(store.catalog().quotes(&Filter::default()).unwrap().is_empty());
//! ```

mod browse;
mod catalog;
mod error;
mod index;
mod records;
mod schema;
mod search;
mod sqlite;
mod store;

pub use browse::{
    CopyGroup, DyadRow, EntityDetail, IndexRow, MonthCount, NameCount, copy_groups, months_of,
};
pub use catalog::Catalog;
pub use error::{Error, Result};
pub use records::{
    ActorRef, ArticleRow, EntityRow, EventOrder, EventReport, EventRow, Filter, FoldRow,
    MentionRow, MonthRow, NewArticle, QuoteRow, SearchHit, Stats, StoredArticle, StoryRow,
    TimelineRow,
};
pub use schema::STORE_VERSION;
pub use search::{
    Facet, FacetValue, HitKind, MAX_HITS, MAX_OFFSET, MAX_QUERY_BYTES, SearchOrder, SearchQuery,
    SearchResults, marked_html,
};
pub use sqlite::SqliteCatalog;
pub use store::{Snapshot, Store};
