//! What goes into the store and what queries return. Every row that states a fact carries its
//! article id and a character span into that article's clean text.

use dyad_core::{AnalysisRecord, ArticleId, CharSpan, StoryId};
use serde::{Deserialize, Serialize};

/// One analysed article as the ingest pipeline hands it to the store.
#[derive(Debug, Clone)]
pub struct NewArticle {
    /// Content hash of the raw input, for idempotent re-runs.
    pub content_hash: String,
    /// Where it was read from (`path` or `path:record`).
    pub origin: String,
    /// The article and its layers, as on the wire.
    pub record: AnalysisRecord,
    /// The article this one copies, with their similarity.
    pub copy_of: Option<(ArticleId, f64)>,
    /// The story it belongs to, as the folder sees it after this article.
    pub story: StoryRow,
    /// The fold key of each event, in `record.events` order.
    pub event_keys: Vec<String>,
}

/// An article in listings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRow {
    /// Article id.
    pub id: ArticleId,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Story id.
    pub story: Option<StoryId>,
    /// The article it copies, when it is a copy.
    pub copy_of: Option<ArticleId>,
    /// Where it was read from.
    pub origin: String,
}

/// A quote with its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRow {
    /// Article id.
    pub article: ArticleId,
    /// Article headline.
    pub title: Option<String>,
    /// Article publication date.
    pub published: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Speaker's name, `null` when unknown.
    pub speaker: Option<String>,
    /// Speaker's entity id.
    pub speaker_entity: Option<String>,
    /// The quoted words.
    pub text: String,
    /// Character span in the article's text.
    pub span: CharSpan,
    /// The cue (`said`).
    pub cue: Option<String>,
    /// Direct or indirect.
    pub direct: bool,
    /// The sentence the quote starts in.
    pub sentence: String,
}

/// An actor of an event row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// Name.
    pub name: String,
    /// Entity id.
    pub entity: Option<String>,
    /// Actor code.
    pub actor_code: Option<String>,
}

/// An event with its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// Event id.
    pub id: String,
    /// Fold key: the same real-world event across articles.
    pub key: String,
    /// Article id.
    pub article: ArticleId,
    /// Outlet.
    pub outlet: Option<String>,
    /// Article publication date.
    pub published: Option<String>,
    /// Source actor.
    pub source: Option<ActorRef>,
    /// Target actor.
    pub target: Option<ActorRef>,
    /// CAMEO code.
    pub cameo: String,
    /// CAMEO name.
    pub cameo_name: String,
    /// Goldstein value.
    pub goldstein: Option<f64>,
    /// Quad class 1–4.
    pub quad_class: u8,
    /// PLOVER type.
    pub plover: Option<String>,
    /// PLOVER mode.
    pub plover_mode: Option<String>,
    /// Event date.
    pub date: Option<String>,
    /// Date precision.
    pub date_precision: Option<String>,
    /// Location name.
    pub location: Option<String>,
    /// The reporting sentence.
    pub sentence: String,
    /// Character span of the sentence.
    pub sentence_span: CharSpan,
    /// The trigger words.
    pub trigger: String,
    /// Flags.
    pub negated: bool,
    /// Reported under a condition.
    pub hypothetical: bool,
    /// Planned or to come.
    pub future: bool,
    /// Speaker whose claim it is.
    pub reported_by: Option<String>,
}

/// A canonical entity across the store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRow {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Country code.
    pub country: Option<String>,
    /// Actor code (as of its latest article).
    pub actor_code: Option<String>,
    /// Role (as of its latest article).
    pub role: Option<String>,
    /// Mentions across the store.
    pub mentions: u64,
    /// Articles mentioning it.
    pub articles: u64,
}

/// A story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryRow {
    /// Story id.
    pub id: StoryId,
    /// Generated title.
    pub title: String,
    /// First article date.
    pub first: Option<String>,
    /// Last article date.
    pub last: Option<String>,
    /// Article count (copies included).
    pub articles: u32,
    /// Key actors' names, most mentioned first.
    pub actors: Vec<String>,
}

/// One folded event on a timeline: the real-world event and every article reporting it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineRow {
    /// Fold key.
    pub key: String,
    /// Event date.
    pub date: Option<String>,
    /// Source actor name.
    pub source: Option<String>,
    /// Target actor name.
    pub target: Option<String>,
    /// CAMEO code (of the first report).
    pub cameo: String,
    /// CAMEO name.
    pub cameo_name: String,
    /// PLOVER type.
    pub plover: Option<String>,
    /// Quad class.
    pub quad_class: u8,
    /// Goldstein value.
    pub goldstein: Option<f64>,
    /// Negated, hypothetical or planned, when every report says so.
    pub negated: bool,
    /// Planned or to come.
    pub future: bool,
    /// Reports (event mentions) folded into this row.
    pub reports: u32,
    /// Distinct articles reporting it.
    pub articles: Vec<ArticleId>,
    /// Distinct outlets reporting it.
    pub outlets: Vec<String>,
    /// The sentence of the first report.
    pub sentence: String,
}

/// One month of relations between the timeline's actors (ICEWS/GDELT-style aggregate).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonthRow {
    /// `YYYY-MM`.
    pub month: String,
    /// Folded events per quad class 1–4.
    pub quad_counts: [u32; 4],
    /// Summed Goldstein value of the folded events.
    pub goldstein: f64,
}

/// A full-text hit: an article, or a quote with its span in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// Article id.
    pub article: ArticleId,
    /// `article` or `quote`.
    pub kind: String,
    /// The article's headline.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Relevance score (0 when ordered by date).
    pub score: f32,
    /// `fragment` HTML-escaped, with the matched words in `<b>…</b>`.
    pub snippet: String,
    /// The article's outlet.
    pub outlet: Option<String>,
    /// The article's story id.
    pub story: Option<String>,
    /// A quote's speaker.
    pub speaker: Option<String>,
    /// A quote's speaker entity id.
    pub speaker_entity: Option<String>,
    /// A quote's character span in the article's text.
    pub span: Option<CharSpan>,
    /// The passage shown: the best-matching part of the text (the opening when only the
    /// headline matched), plain text.
    pub fragment: String,
    /// Character spans of the matched words in `fragment`.
    pub highlights: Vec<CharSpan>,
    /// How many stored articles copy this one (searches leave copies out unless asked).
    pub copies: u64,
}

/// Counts of what the store holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Stats {
    /// Articles.
    pub articles: u64,
    /// Articles that copy another.
    pub copies: u64,
    /// Entities.
    pub entities: u64,
    /// Quotes.
    pub quotes: u64,
    /// Events.
    pub events: u64,
    /// Stories.
    pub stories: u64,
}

/// Filters shared by the listing queries; unset fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Actor or speaker: an entity id, an actor-code prefix (`USA`, `RUSGOV`) or part of a name.
    pub actor: Option<String>,
    /// Second actor (events and timelines: the other side of the dyad).
    pub other: Option<String>,
    /// Earliest date (inclusive, ISO).
    pub from: Option<String>,
    /// Latest date (inclusive, ISO).
    pub to: Option<String>,
    /// Words the text must contain.
    pub text: Option<String>,
    /// Event class: a PLOVER type (`CONSULT`) or a CAMEO code prefix (`04`, `163`).
    pub class: Option<String>,
    /// Only this article.
    pub article: Option<String>,
    /// Entity kind (`person`, `organisation`, `country`, `place`).
    pub kind: Option<String>,
    /// Either direction for dyads (timelines): source/target may be swapped.
    pub either_direction: bool,
    /// Page size.
    pub limit: usize,
    /// Rows to skip.
    pub offset: usize,
}

/// An article with its stored layers, as exports stream it ([`Catalog::each_article`]).
///
/// [`Catalog::each_article`]: crate::Catalog::each_article
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticle {
    /// The listing row: id, headline, outlet, URL, date, story, the article it copies.
    pub row: ArticleRow,
    /// Similarity to the article it copies (0–1), when it is a copy.
    pub copy_similarity: Option<f64>,
    /// The article (text and metadata) and, when asked for, its layers; otherwise the layers
    /// are empty.
    pub record: AnalysisRecord,
}

/// An entity mention with its article and canonical entity (the `mentions` table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRow {
    /// Article id.
    pub article: ArticleId,
    /// Article publication date.
    pub published: Option<String>,
    /// The canonical entity's id.
    pub entity: String,
    /// The canonical entity's name.
    pub name: String,
    /// The canonical entity's kind (`person`, `organisation`, `country`, `place`).
    pub entity_kind: String,
    /// The canonical entity's actor code (as of its latest article).
    pub actor_code: Option<String>,
    /// The mention's words.
    pub text: String,
    /// Character span in the article's text.
    pub span: CharSpan,
    /// How it refers: `name`, `title`, `metonym` or `pronoun`.
    pub kind: String,
}

/// An event report with what exports need of its article.
#[derive(Debug, Clone, PartialEq)]
pub struct EventReport {
    /// The event row.
    pub event: EventRow,
    /// The reporting article's URL.
    pub url: Option<String>,
}

/// The order in which [`Catalog::each_event`] streams events; each is read from an index,
/// so no order sorts the table.
///
/// [`Catalog::each_event`]: crate::Catalog::each_event
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EventOrder {
    /// By event date (undated first), then as stored.
    Date,
    /// By article id, then in the article's order.
    Article,
    /// By fold key (all reports of one real-world event together), then as stored.
    Fold,
}

/// Counts over the reports of one real-world event (one fold key).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FoldRow {
    /// Fold key.
    pub key: String,
    /// Reports (event records) counted.
    pub reports: u32,
    /// Distinct articles among them.
    pub articles: u32,
    /// Distinct outlets among them (an article without an outlet counts as its own).
    pub outlets: u32,
    /// The earliest publication date among them.
    pub first_published: Option<String>,
}
