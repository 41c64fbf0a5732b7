//! The catalog: the narrow interface between dyad and the database holding its records.
//!
//! Everything the CLI and the server ask of the database goes through [`Catalog`]; its
//! methods take and return plain records, never SQL. [`SqliteCatalog`](crate::SqliteCatalog)
//! is the embedded implementation; a PostgreSQL catalog for teams implements the same trait.

use crate::Result;
use crate::browse::{DyadRow, EntityDetail, IndexRow, NameCount};
use crate::records::{
    ArticleRow, EntityRow, EventOrder, EventReport, EventRow, Filter, FoldRow, MentionRow,
    MonthRow, NewArticle, QuoteRow, Stats, StoredArticle, StoryRow, TimelineRow,
};
use dyad_core::{AnalysisRecord, ArticleId};
use std::collections::BTreeMap;
use std::ops::ControlFlow;

/// The records of a store. Writes are transactional: after a crash each article is either
/// wholly present or absent.
pub trait Catalog: Send {
    /// Whether an input with this content hash was already ingested.
    fn has_content(&self, hash: &str) -> Result<bool>;
    /// Stores one analysed article with its layers, story and fold keys in one transaction;
    /// returns the id it was stored under (suffixed when another article has its id).
    fn put(&mut self, article: &NewArticle) -> Result<ArticleId>;
    /// Up to `limit` articles the full-text index has not committed yet (after a crash, or
    /// while it is rebuilt), with what the index needs of them.
    fn unindexed(&self, limit: usize) -> Result<Vec<IndexRow>>;
    /// Marks every article as missing from the full-text index (which is being rebuilt).
    fn reset_indexed(&mut self) -> Result<()>;
    /// Marks articles as committed to the full-text index.
    fn mark_indexed(&mut self, ids: &[ArticleId]) -> Result<()>;
    /// One article with all its layers.
    fn article(&self, id: &str) -> Result<Option<AnalysisRecord>>;
    /// Articles, newest first.
    fn articles(&self, filter: &Filter) -> Result<Vec<ArticleRow>>;
    /// Quotes, newest first; `filter.actor` matches the speaker.
    fn quotes(&self, filter: &Filter) -> Result<Vec<QuoteRow>>;
    /// Events by date; `filter.actor` matches the source, `filter.other` the target.
    fn events(&self, filter: &Filter) -> Result<Vec<EventRow>>;
    /// Entities by mentions.
    fn entities(&self, filter: &Filter) -> Result<Vec<EntityRow>>;
    /// Stories, most recent first.
    fn stories(&self, filter: &Filter) -> Result<Vec<StoryRow>>;
    /// One story and its articles.
    fn story(&self, id: &str) -> Result<Option<(StoryRow, Vec<ArticleRow>)>>;
    /// Folded events between `filter.actor` and `filter.other` (either direction when asked),
    /// in date order.
    fn timeline(&self, filter: &Filter) -> Result<Vec<TimelineRow>>;
    /// Monthly relations series of the same events.
    fn months(&self, filter: &Filter) -> Result<Vec<MonthRow>>;
    /// A saved piece of state (the folder's), by key.
    fn state(&self, key: &str) -> Result<Option<String>>;
    /// Saves a piece of state.
    fn set_state(&mut self, key: &str, value: &str) -> Result<()>;
    /// Counts.
    fn stats(&self) -> Result<Stats>;

    // Browsing: what the web UI and the API read besides the listings.

    /// Another connection to the same records, for a second reader (the server keeps one per
    /// request in flight).
    fn reader(&self) -> Result<Box<dyn Catalog>>;
    /// Starts a read snapshot: until [`Catalog::end_read`], every read sees the records as the
    /// first of them found them, whatever a writer commits meanwhile.
    fn begin_read(&self) -> Result<()>;
    /// Ends the read snapshot.
    fn end_read(&self) -> Result<()>;
    /// One entity with its aliases, monthly mentions and counts.
    fn entity(&self, id: &str) -> Result<Option<EntityDetail>>;
    /// Entities named in the same articles as entity `id` (among the latest 2,000 naming it),
    /// most shared articles first.
    fn co_mentions(&self, id: &str, limit: usize) -> Result<Vec<NameCount>>;
    /// The entities on the other side of the events entity `id` is a side of, most folded
    /// (real-world) events first.
    fn partners(&self, id: &str, limit: usize) -> Result<Vec<NameCount>>;
    /// Speakers with the most quotes.
    fn speakers(&self, limit: usize) -> Result<Vec<NameCount>>;
    /// Pairs of countries with the most folded events between them: dated reports that are
    /// neither negated nor hypothetical, as on a timeline.
    fn dyads(&self, limit: usize) -> Result<Vec<DyadRow>>;
    /// What to show for entity ids (their names), story ids (titles) and country codes
    /// (`USA`: the country's name); ids it does not know are left out.
    fn names(&self, ids: &[String]) -> Result<BTreeMap<String, String>>;
    /// One article's listing row (its story, the article it copies).
    fn article_row(&self, id: &str) -> Result<Option<ArticleRow>>;
    /// The stored copies of the articles `ids`, by date.
    fn copies(&self, ids: &[String]) -> Result<Vec<ArticleRow>>;

    // Streaming reads, for exports: every matching row in one consistent read, handed to
    // `each` one at a time (constant memory) until it returns `ControlFlow::Break`. Filters
    // mean what they mean in the listings above; `limit` and `offset` are ignored.

    /// Articles by publication date (undated first), `filter.from`/`to`/`text`/`article` as in
    /// [`Catalog::articles`]; `layers` also reads each article's layers.
    fn each_article(
        &self,
        filter: &Filter,
        layers: bool,
        each: &mut dyn FnMut(StoredArticle) -> ControlFlow<()>,
    ) -> Result<()>;
    /// Entities by id, with the counts and filters of [`Catalog::entities`].
    fn each_entity(
        &self,
        filter: &Filter,
        each: &mut dyn FnMut(EntityRow) -> ControlFlow<()>,
    ) -> Result<()>;
    /// Entity mentions, grouped by article in text order; `filter.actor` and `kind` match the
    /// entity as in [`Catalog::entities`], dates the article's publication.
    fn each_mention(
        &self,
        filter: &Filter,
        each: &mut dyn FnMut(MentionRow) -> ControlFlow<()>,
    ) -> Result<()>;
    /// Quotes as stored, with the filters of [`Catalog::quotes`].
    fn each_quote(
        &self,
        filter: &Filter,
        each: &mut dyn FnMut(QuoteRow) -> ControlFlow<()>,
    ) -> Result<()>;
    /// Event reports in `order`, with the filters of [`Catalog::events`].
    fn each_event(
        &self,
        filter: &Filter,
        order: EventOrder,
        each: &mut dyn FnMut(EventReport) -> ControlFlow<()>,
    ) -> Result<()>;
    /// Stories as created, with the filters of [`Catalog::stories`].
    fn each_story(
        &self,
        filter: &Filter,
        each: &mut dyn FnMut(StoryRow) -> ControlFlow<()>,
    ) -> Result<()>;
    /// Counts over the reports of the real-world event `key` (a fold key); `factual` counts
    /// only reports that are neither negated nor hypothetical. `None` when none is left.
    fn fold(&self, key: &str, factual: bool) -> Result<Option<FoldRow>>;
}
