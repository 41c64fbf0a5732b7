//! The six tables of a tabular export (articles, entities, mentions, quotes, events, stories):
//! their columns, declared once, and their rows, read from the store one at a time.
//!
//! Every format writes the same columns in the same order with the same types: Parquet as
//! `STRING` (UTF-8 byte array), `INT64`, `DOUBLE`, `BOOLEAN` and `LIST<STRING>`; JSON Lines as
//! strings, numbers, booleans and arrays (`null` when empty); CSV with a header row, empty
//! fields for nulls and a list as a JSON array. Character offsets count Unicode code points
//! (what Python slices with) and are half-open: `text[start_char:end_char]`. Dates are ISO 8601
//! strings that may be partial (`2019`, `2019-03`, `2019-03-12`) when only the year or month is
//! known. A column marked *required* is never null.

use crate::stream::{Progress, drive};
use crate::{Error, Result, sink};
use dyad_store::{
    Catalog, EntityRow, EventOrder, EventReport, Filter, MentionRow, QuoteRow, StoredArticle,
    StoryRow,
};
use std::io::Write;

/// A table of the tabular exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Table {
    /// One row per article: metadata, clean text, story, the article it copies.
    Articles,
    /// One row per canonical entity, with its mention and article counts.
    Entities,
    /// One row per entity mention, with its character span.
    Mentions,
    /// One row per quote, with its speaker and character span.
    Quotes,
    /// One row per event report, coded in CAMEO and PLOVER, with its fold key.
    Events,
    /// One row per story.
    Stories,
}

/// How a column's values are typed in every format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ColumnType {
    /// UTF-8 text (Parquet `BYTE_ARRAY` annotated `STRING`).
    Text,
    /// A 64-bit signed integer (Parquet `INT64`).
    Integer,
    /// A 64-bit float (Parquet `DOUBLE`).
    Float,
    /// A boolean (Parquet `BOOLEAN`).
    Boolean,
    /// A list of texts (Parquet three-level `LIST` of `STRING`; a JSON array in CSV).
    TextList,
}

impl ColumnType {
    /// The name used in the documentation (`text`, `integer`, `float`, `boolean`, `list<text>`).
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::Integer => "integer",
            ColumnType::Float => "float",
            ColumnType::Boolean => "boolean",
            ColumnType::TextList => "list<text>",
        }
    }
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The column's name in every format.
    pub name: &'static str,
    /// Its type.
    pub kind: ColumnType,
    /// Whether it may be null (empty in CSV).
    pub nullable: bool,
    /// What it holds.
    pub doc: &'static str,
}

const fn req(name: &'static str, kind: ColumnType, doc: &'static str) -> Column {
    Column { name, kind, nullable: false, doc }
}

const fn opt(name: &'static str, kind: ColumnType, doc: &'static str) -> Column {
    Column { name, kind, nullable: true, doc }
}

use ColumnType::{Boolean, Float, Integer, Text, TextList};

const ARTICLES: &[Column] = &[
    req("id", Text, "article id (the file name without extension; `NAME:N` inside a container)"),
    opt("title", Text, "headline"),
    opt("source", Text, "outlet"),
    opt("url", Text, "URL"),
    opt("published", Text, "publication date, ISO 8601, possibly partial"),
    opt("author", Text, "byline"),
    opt("dateline", Text, "dateline (`GENEVA`)"),
    opt("lang", Text, "language, ISO 639-1"),
    req("text", Text, "the clean text every character offset points into"),
    opt("story", Text, "story id"),
    opt("copy_of", Text, "the article this one copies (syndicated or near-duplicate copy)"),
    opt("copy_similarity", Float, "similarity to that article, 0 to 1"),
    req("origin", Text, "where it was read from (`path` or `path (NAME:N)`)"),
];

const ENTITIES: &[Column] = &[
    req("id", Text, "entity id (`person/vladimir_putin`, `country/RUS`)"),
    req("name", Text, "canonical name"),
    req("kind", Text, "`person`, `organisation`, `country` or `place`"),
    opt("country", Text, "country, ISO 3166-1 alpha-3 as CAMEO uses it"),
    opt("actor_code", Text, "CAMEO-style actor code as of its latest article (`RUSGOV`)"),
    opt("role", Text, "role as of its latest article (`Kremlin spokesman`)"),
    req("mentions", Integer, "mentions in the exported articles"),
    req("articles", Integer, "articles mentioning it"),
];

const MENTIONS: &[Column] = &[
    req("article", Text, "article id"),
    opt("published", Text, "the article's publication date"),
    req("entity", Text, "entity id"),
    req("name", Text, "the entity's canonical name"),
    req("entity_kind", Text, "the entity's kind"),
    opt("actor_code", Text, "the entity's actor code as of its latest article"),
    req("text", Text, "the mention's words"),
    req("start_char", Integer, "character offset of the mention in the article's text"),
    req("end_char", Integer, "character offset just past it"),
    req("kind", Text, "how it refers: `name`, `title`, `metonym` or `pronoun`"),
];

const QUOTES: &[Column] = &[
    req("article", Text, "article id"),
    opt("published", Text, "the article's publication date"),
    opt("outlet", Text, "the article's outlet"),
    opt("speaker", Text, "the speaker's canonical name, else the words naming them"),
    opt("speaker_entity", Text, "the speaker's entity id"),
    req("text", Text, "the quoted words"),
    req("start_char", Integer, "character offset of the quote in the article's text"),
    req("end_char", Integer, "character offset just past it"),
    opt("cue", Text, "the cue's words (`said`, `according to`)"),
    req("direct", Boolean, "direct (in quotation marks) or reported speech"),
    req("sentence", Text, "the sentence the quote starts in"),
];

const EVENTS: &[Column] = &[
    req("id", Text, "event id"),
    req("fold_key", Text, "the real-world event: reports with one fold key are one event"),
    req("article", Text, "article id"),
    opt("published", Text, "the article's publication date"),
    opt("outlet", Text, "the article's outlet"),
    opt("date", Text, "the event's date, ISO 8601, possibly partial"),
    opt("date_precision", Text, "`day`, `month` or `year`"),
    opt("source_name", Text, "who acted: canonical name, else the words"),
    opt("source_entity", Text, "who acted: entity id"),
    opt("source_code", Text, "who acted: CAMEO actor code"),
    opt("target_name", Text, "who was acted upon: canonical name, else the words"),
    opt("target_entity", Text, "who was acted upon: entity id"),
    opt("target_code", Text, "who was acted upon: CAMEO actor code"),
    req("cameo", Text, "CAMEO event code (`041`)"),
    req("cameo_name", Text, "the code's name in the CAMEO codebook"),
    opt("goldstein", Float, "Goldstein value of the code, -10 to +10"),
    req("quad_class", Integer, "quad class 1-4 (verbal/material cooperation/conflict)"),
    opt("plover", Text, "PLOVER event type (`CONSULT`)"),
    opt("plover_mode", Text, "PLOVER mode (`phone`)"),
    opt("location", Text, "where it happened"),
    req("sentence", Text, "the reporting sentence"),
    req("sentence_start_char", Integer, "character offset of the sentence"),
    req("sentence_end_char", Integer, "character offset just past it"),
    req("trigger", Text, "the action's words"),
    req("negated", Boolean, "reported as not having happened"),
    req("hypothetical", Boolean, "reported under a condition"),
    req("future", Boolean, "reported as planned or to come"),
    opt("reported_by", Text, "entity id of the speaker whose claim it is"),
];

const STORIES: &[Column] = &[
    req("id", Text, "story id"),
    req("title", Text, "generated title"),
    opt("first", Text, "first article's date"),
    opt("last", Text, "last article's date"),
    req("articles", Integer, "articles (copies included)"),
    req("actors", TextList, "key actors' names, most mentioned first"),
];

impl Table {
    /// Every table, in the order a full export writes them.
    pub const ALL: [Table; 6] = [
        Table::Articles,
        Table::Entities,
        Table::Mentions,
        Table::Quotes,
        Table::Events,
        Table::Stories,
    ];

    /// The table's name (`articles`), also its file name without extension.
    pub fn name(self) -> &'static str {
        match self {
            Table::Articles => "articles",
            Table::Entities => "entities",
            Table::Mentions => "mentions",
            Table::Quotes => "quotes",
            Table::Events => "events",
            Table::Stories => "stories",
        }
    }

    /// The table named `name`.
    pub fn from_name(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Its columns, in order.
    pub fn columns(self) -> &'static [Column] {
        match self {
            Table::Articles => ARTICLES,
            Table::Entities => ENTITIES,
            Table::Mentions => MENTIONS,
            Table::Quotes => QUOTES,
            Table::Events => EVENTS,
            Table::Stories => STORIES,
        }
    }
}

/// The formats a table can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TableFormat {
    /// Comma-separated values (RFC 4180) with a header row.
    Csv,
    /// JSON Lines: one object per row, keys in column order.
    Jsonl,
    /// Apache Parquet, Snappy-compressed.
    Parquet,
}

impl TableFormat {
    /// The file extension (`csv`, `jsonl`, `parquet`).
    pub fn extension(self) -> &'static str {
        match self {
            TableFormat::Csv => "csv",
            TableFormat::Jsonl => "jsonl",
            TableFormat::Parquet => "parquet",
        }
    }
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    List(Vec<String>),
}

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

fn maybe(s: Option<String>) -> Value {
    s.map_or(Value::Null, Value::Text)
}

fn int(n: impl TryInto<i64>) -> Value {
    n.try_into().map_or(Value::Null, Value::Int)
}

fn article(a: StoredArticle) -> Vec<Value> {
    let (row, art) = (a.row, a.record.article);
    vec![
        text(row.id.0),
        maybe(row.title),
        maybe(row.source),
        maybe(row.url),
        maybe(row.published),
        maybe(art.author),
        maybe(art.dateline),
        maybe(art.lang),
        text(art.text),
        maybe(row.story.map(|s| s.0)),
        maybe(row.copy_of.map(|c| c.0)),
        a.copy_similarity.map_or(Value::Null, Value::Float),
        text(row.origin),
    ]
}

fn entity(e: EntityRow) -> Vec<Value> {
    vec![
        text(e.id),
        text(e.name),
        text(e.kind),
        maybe(e.country),
        maybe(e.actor_code),
        maybe(e.role),
        int(e.mentions),
        int(e.articles),
    ]
}

fn mention(m: MentionRow) -> Vec<Value> {
    vec![
        text(m.article.0),
        maybe(m.published),
        text(m.entity),
        text(m.name),
        text(m.entity_kind),
        maybe(m.actor_code),
        text(m.text),
        int(m.span[0]),
        int(m.span[1]),
        text(m.kind),
    ]
}

fn quote(q: QuoteRow) -> Vec<Value> {
    vec![
        text(q.article.0),
        maybe(q.published),
        maybe(q.outlet),
        maybe(q.speaker),
        maybe(q.speaker_entity),
        text(q.text),
        int(q.span[0]),
        int(q.span[1]),
        maybe(q.cue),
        Value::Bool(q.direct),
        text(q.sentence),
    ]
}

fn event(r: EventReport) -> Vec<Value> {
    let e = r.event;
    let (sn, se, sc) =
        e.source.map_or((None, None, None), |a| (Some(a.name), a.entity, a.actor_code));
    let (tn, te, tc) =
        e.target.map_or((None, None, None), |a| (Some(a.name), a.entity, a.actor_code));
    vec![
        text(e.id),
        text(e.key),
        text(e.article.0),
        maybe(e.published),
        maybe(e.outlet),
        maybe(e.date),
        maybe(e.date_precision),
        maybe(sn),
        maybe(se),
        maybe(sc),
        maybe(tn),
        maybe(te),
        maybe(tc),
        text(e.cameo),
        text(e.cameo_name),
        e.goldstein.map_or(Value::Null, Value::Float),
        int(e.quad_class),
        maybe(e.plover),
        maybe(e.plover_mode),
        maybe(e.location),
        text(e.sentence),
        int(e.sentence_span[0]),
        int(e.sentence_span[1]),
        text(e.trigger),
        Value::Bool(e.negated),
        Value::Bool(e.hypothetical),
        Value::Bool(e.future),
        maybe(e.reported_by),
    ]
}

fn story(s: StoryRow) -> Vec<Value> {
    vec![
        text(s.id.0),
        text(s.title),
        maybe(s.first),
        maybe(s.last),
        int(s.articles),
        Value::List(s.actors),
    ]
}

/// Streams the rows of `table` that match `filter` (the filters of the matching listing
/// command) to `each`.
fn each_row(
    catalog: &dyn Catalog,
    table: Table,
    filter: &Filter,
    each: &mut dyn FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    match table {
        Table::Articles => drive(|f| catalog.each_article(filter, false, f), |a| each(article(a))),
        Table::Entities => drive(|f| catalog.each_entity(filter, f), |e| each(entity(e))),
        Table::Mentions => drive(|f| catalog.each_mention(filter, f), |m| each(mention(m))),
        Table::Quotes => drive(|f| catalog.each_quote(filter, f), |q| each(quote(q))),
        Table::Events => {
            drive(|f| catalog.each_event(filter, EventOrder::Date, f), |e| each(event(e)))
        }
        Table::Stories => drive(|f| catalog.each_story(filter, f), |s| each(story(s))),
    }
}

/// Writes `table` in `format` to `out`, streaming row by row (a Parquet row group at a time);
/// returns the rows written. `progress` is told how many rows were written since its last
/// call, every few hundred rows and at the end.
///
/// `filter` selects rows as the matching listing command does: `articles` by publication
/// date, text and id; `entities` and `mentions` by entity (`actor`, `kind`), article and
/// date; `quotes` by speaker (`actor`), text, article and date; `events` by source
/// (`actor`), target (`other`), class, text, article and event date; `stories` by actor,
/// text and last date.
pub fn write_table<W: Write + Send>(
    catalog: &dyn Catalog,
    table: Table,
    format: TableFormat,
    filter: &Filter,
    out: W,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let columns = table.columns();
    match format {
        TableFormat::Csv => pump(catalog, table, filter, sink::Csv::new(out, columns)?, progress),
        TableFormat::Jsonl => {
            pump(catalog, table, filter, sink::Jsonl::new(out, columns), progress)
        }
        TableFormat::Parquet => {
            pump(catalog, table, filter, sink::Parquet::new(out, table.name(), columns)?, progress)
        }
    }
}

fn pump<S: sink::RowSink>(
    catalog: &dyn Catalog,
    table: Table,
    filter: &Filter,
    mut sink: S,
    progress: &mut dyn FnMut(u64),
) -> Result<u64> {
    let mut count = Progress::new(progress);
    let width = table.columns().len();
    each_row(catalog, table, filter, &mut |row| {
        if row.len() != width {
            let column = table.columns().get(row.len().min(width - 1)).map_or("?", |c| c.name);
            return Err(Error::Schema {
                table: table.name(),
                column,
                reason: "row of another width",
            });
        }
        sink.write(&row)?;
        count.row();
        Ok(())
    })?;
    sink.finish()?;
    Ok(count.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_columns_are_unique() {
        for t in Table::ALL {
            assert_eq!(Table::from_name(t.name()), Some(t));
            let cols = t.columns();
            for (i, c) in cols.iter().enumerate() {
                assert!(
                    cols.iter().skip(i + 1).all(|d| d.name != c.name),
                    "{}.{}",
                    t.name(),
                    c.name
                );
                assert!(!c.doc.is_empty());
            }
        }
        assert_eq!(Table::from_name("nope"), None);
    }
}
