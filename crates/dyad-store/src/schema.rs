//! The store's layout, declared once: SQLite tables (with migrations) and full-text fields.

use tantivy::schema::{Field, STORED, STRING, Schema, TEXT};

/// The on-disk format version this build writes. Opening a store with a higher version fails
/// with a clear message; lower versions are migrated forward on open.
pub const STORE_VERSION: u32 = 1;

/// `MIGRATIONS[v]` upgrades a version-`v` database to `v + 1` (version 0 is an empty file).
pub(crate) const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    source TEXT, url TEXT, title TEXT, published TEXT, author TEXT, dateline TEXT, lang TEXT,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,            -- the AnalysisRecord JSON (layers with character spans)
    copy_of TEXT, copy_similarity REAL,
    story_id TEXT,
    indexed INTEGER NOT NULL DEFAULT 0 -- 1 once the full-text index has committed it
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
    actor_code TEXT, role TEXT, known INTEGER NOT NULL
);
CREATE TABLE mentions (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    kind TEXT NOT NULL, published TEXT
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE quotes (
    article_id TEXT NOT NULL, speaker TEXT, speaker_entity TEXT, speaker_code TEXT,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, cue TEXT,
    direct INTEGER NOT NULL, sentence TEXT NOT NULL, published TEXT
);
CREATE INDEX quotes_speaker ON quotes(speaker_entity);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE events (
    id TEXT PRIMARY KEY, fold_key TEXT NOT NULL, article_id TEXT NOT NULL,
    source_name TEXT, source_entity TEXT, source_code TEXT,
    target_name TEXT, target_entity TEXT, target_code TEXT,
    cameo TEXT NOT NULL, cameo_name TEXT NOT NULL, goldstein REAL, quad_class INTEGER NOT NULL,
    plover TEXT, plover_mode TEXT, date TEXT, date_precision TEXT, location TEXT,
    sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL, future INTEGER NOT NULL, reported_by TEXT
);
CREATE INDEX events_key ON events(fold_key);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE TABLE stories (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, first TEXT, last TEXT, articles INTEGER NOT NULL,
    actors TEXT NOT NULL                -- JSON array of names
);
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"#];

/// Full-text fields: one document per article and per quote.
#[derive(Debug, Clone)]
pub(crate) struct TextFields {
    pub(crate) schema: Schema,
    /// Article id (exact).
    pub(crate) article: Field,
    /// `article` or `quote`.
    pub(crate) kind: Field,
    /// Headline (searchable, stored).
    pub(crate) title: Field,
    /// Article text or quote text (searchable, stored for snippets).
    pub(crate) body: Field,
    /// Speaker name for quotes (searchable).
    pub(crate) speaker: Field,
    /// Publication date, ISO (exact, stored).
    pub(crate) published: Field,
}

impl TextFields {
    pub(crate) fn new() -> TextFields {
        let mut b = Schema::builder();
        let article = b.add_text_field("article", STRING | STORED);
        let kind = b.add_text_field("kind", STRING | STORED);
        let title = b.add_text_field("title", TEXT | STORED);
        let body = b.add_text_field("body", TEXT | STORED);
        let speaker = b.add_text_field("speaker", TEXT | STORED);
        let published = b.add_text_field("published", STRING | STORED);
        TextFields { schema: b.build(), article, kind, title, body, speaker, published }
    }
}
