//! The store's layout, declared once: SQLite tables (with migrations) and full-text fields.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// The on-disk format version this build writes. Opening a store with a higher version fails
/// with a clear message; lower versions are migrated forward on open (a store from each past
/// version is kept under `tests/fixtures/` and must still open).
///
/// - 1: articles, entities, mentions, quotes, events, stories, state.
/// - 2: entity aliases; indexes for events by actor, copies by original, articles by outlet;
///   a full-text index with filter and facet fields (rebuilt from the records on upgrade).
/// - 3: each entity's mention and article counts kept with it (listings by mentions read no
///   mention rows).
pub const STORE_VERSION: u32 = 3;

/// `MIGRATIONS[v]` upgrades a version-`v` database to `v + 1` (version 0 is an empty file).
/// Each runs in one transaction with the version bump, so a crash leaves either version.
pub(crate) const MIGRATIONS: &[&str] = &[
    r#"
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
"#,
    r#"
CREATE TABLE aliases (
    entity_id TEXT NOT NULL, alias TEXT NOT NULL, mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
INSERT INTO aliases (entity_id, alias, mentions)
    SELECT json_extract(m.value, '$.entity'), json_extract(m.value, '$.text'), COUNT(*)
    FROM articles a, json_each(a.analysis, '$.entities') m
    WHERE json_extract(m.value, '$.kind') <> 'pronoun'
    GROUP BY 1, 2;
CREATE INDEX events_source ON events(source_entity);
CREATE INDEX events_target ON events(target_entity);
CREATE INDEX articles_copy_of ON articles(copy_of);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX mentions_entity_published ON mentions(entity_id, published);
UPDATE articles SET indexed = 0;   -- the full-text index gained fields: rebuild it
"#,
    r#"
ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
    mention_count = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id),
    article_count = (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = entities.id);
CREATE INDEX entities_by_mentions ON entities(mention_count DESC, id);
"#,
];

/// Full-text fields: one document per article and per quote.
///
/// Words (`title`, `body`, `speaker_name`) are stemmed English with positions, for phrases and
/// highlights. The filter fields are exact terms; those that are faceted are also fast fields.
/// A quote's document carries the layers inside the quote (entities it names, events of its
/// sentences) and its article's outlet, story and date.
#[derive(Debug, Clone)]
pub(crate) struct TextFields {
    pub(crate) schema: Schema,
    /// Article id (exact, stored).
    pub(crate) article: Field,
    /// `article` or `quote` (exact, stored).
    pub(crate) kind: Field,
    /// Headline words (articles only, so that a headline does not match each of its quotes).
    pub(crate) title: Field,
    /// The article's headline as shown with every hit (stored).
    pub(crate) headline: Field,
    /// Article text or quote text (words, stored for snippets).
    pub(crate) body: Field,
    /// Quote speaker's name (words, stored): `speaker:peskov` in a query.
    pub(crate) speaker: Field,
    /// Entity ids: named in the article, or inside the quote (exact, faceted).
    pub(crate) entity: Field,
    /// Speaker entity ids: of the quote, or of every quote in the article (exact, faceted).
    pub(crate) speaker_id: Field,
    /// Outlet name (exact, stored, faceted).
    pub(crate) outlet: Field,
    /// Story id (exact, stored, faceted).
    pub(crate) story: Field,
    /// PLOVER types of the events (exact, faceted).
    pub(crate) plover: Field,
    /// CAMEO codes of the events and each of their prefixes of two digits or more (exact).
    pub(crate) cameo: Field,
    /// Publication date, ISO (stored).
    pub(crate) published: Field,
    /// Publication date as `YYYYMMDD`, unknown parts 0 (range filters, newest-first order).
    pub(crate) date: Field,
    /// 1 when the article copies another (filter).
    pub(crate) copy: Field,
    /// A quote's character span in its article (stored).
    pub(crate) start: Field,
    /// End of that span (stored).
    pub(crate) end: Field,
}

/// The tokenizer of the word fields: tantivy's English stemmer.
pub(crate) const WORDS: &str = "en_stem";

impl TextFields {
    pub(crate) fn new() -> TextFields {
        let mut b = Schema::builder();
        let words = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(WORDS)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let article = b.add_text_field("article", STRING | STORED);
        let kind = b.add_text_field("kind", STRING | STORED);
        let title = b.add_text_field("title", words.clone());
        let headline = b.add_text_field("headline", STORED);
        let body = b.add_text_field("body", words.clone().set_stored());
        let speaker = b.add_text_field("speaker", words.set_stored());
        let entity = b.add_text_field("entity", STRING | FAST);
        let speaker_id = b.add_text_field("speaker_id", STRING | FAST | STORED);
        let outlet = b.add_text_field("outlet", STRING | FAST | STORED);
        let story = b.add_text_field("story", STRING | FAST | STORED);
        let plover = b.add_text_field("plover", STRING | FAST);
        let cameo = b.add_text_field("cameo", STRING);
        let published = b.add_text_field("published", STORED);
        let date = b.add_u64_field("date", INDEXED | FAST);
        let copy = b.add_u64_field("copy", INDEXED);
        let start = b.add_u64_field("start", STORED);
        let end = b.add_u64_field("end", STORED);
        TextFields {
            schema: b.build(),
            article,
            kind,
            title,
            headline,
            body,
            speaker,
            entity,
            speaker_id,
            outlet,
            story,
            plover,
            cameo,
            published,
            date,
            copy,
            start,
            end,
        }
    }
}
