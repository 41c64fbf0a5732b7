//! Streaming reads for exports: every matching row, one at a time, in constant memory.
//!
//! Each query reads its rows in the order of an index (or of the table), so SQLite never
//! sorts a whole table in memory; the tests below check the query plans for that. Filters
//! mean what they mean in the listing queries; `limit` and `offset` are ignored.

use super::{EVENT_COLUMNS, SqliteCatalog, Where, actor_condition, count, event_row, event_where};
use crate::Result;
use crate::records::{
    ArticleRow, EntityRow, EventOrder, EventReport, Filter, FoldRow, MentionRow, QuoteRow,
    StoredArticle, StoryRow,
};
use dyad_core::{AnalysisRecord, Article, ArticleId, PartialDate, StoryId};
use rusqlite::types::Value;
use std::ops::ControlFlow;

/// The quote filter: `actor` is the speaker, dates are the article's, `text` the quote's.
pub(super) fn quote_where(f: &Filter) -> Where {
    let mut w = Where::new();
    if let Some(a) = &f.actor {
        let mut args = Vec::new();
        let c = actor_condition("speaker", a, &mut args).replace("speaker_name", "speaker");
        w.add(c, args);
    }
    w.dates("q.published", f);
    if let Some(t) = &f.text {
        w.add("q.text LIKE ?".into(), [Value::Text(format!("%{t}%"))]);
    }
    if let Some(a) = &f.article {
        w.add("q.article_id = ?".into(), [Value::Text(a.clone())]);
    }
    w
}

/// The entity filter over `entities e` and `mentions m`: `actor` is an entity id, part of a
/// name or an actor-code prefix; dates and `article` are the mentions'.
pub(super) fn entity_where(f: &Filter) -> Where {
    let mut w = Where::new();
    if let Some(a) = &f.actor {
        if a.contains('/') {
            w.add("e.id = ?".into(), [Value::Text(a.clone())]);
        } else {
            w.add(
                "(e.name LIKE ? OR e.actor_code LIKE ?)".into(),
                [Value::Text(format!("%{a}%")), Value::Text(format!("{a}%"))],
            );
        }
    }
    if let Some(k) = &f.kind {
        w.add("e.kind = ?".into(), [Value::Text(k.clone())]);
    }
    if let Some(a) = &f.article {
        w.add("m.article_id = ?".into(), [Value::Text(a.clone())]);
    }
    w.dates("m.published", f);
    w
}

/// The story filter, as `stories` applies it.
fn story_where(f: &Filter) -> Where {
    let mut w = Where::new();
    w.dates("last", f);
    if let Some(t) = &f.text {
        w.add(
            "(title LIKE ? OR actors LIKE ?)".into(),
            [Value::Text(format!("%{t}%")), Value::Text(format!("%{t}%"))],
        );
    }
    if let Some(a) = &f.actor {
        w.add("actors LIKE ?".into(), [Value::Text(format!("%{a}%"))]);
    }
    w
}

/// The article filter: publication dates, words in the headline or text, one article.
fn article_where(f: &Filter) -> Where {
    let mut w = Where::new();
    w.dates("a.published", f);
    if let Some(t) = &f.text {
        w.add(
            "(a.title LIKE ? OR a.text LIKE ?)".into(),
            [Value::Text(format!("%{t}%")), Value::Text(format!("%{t}%"))],
        );
    }
    if let Some(a) = &f.article {
        w.add("a.id = ?".into(), [Value::Text(a.clone())]);
    }
    w
}

/// `INDEXED BY index` unless the filter names one article (a handful of rows, best found by
/// their own index).
fn indexed_by(f: &Filter, index: &str) -> String {
    if f.article.is_some() { String::new() } else { format!(" INDEXED BY {index}") }
}

/// The SQL of each streaming query, for the plan tests.
pub(super) fn article_sql(f: &Filter, layers: bool) -> (String, Vec<Value>) {
    let w = article_where(f);
    let analysis = if layers { ", a.analysis" } else { "" };
    let sql = format!(
        "SELECT a.id, a.title, a.source, a.url, a.published, a.story_id, a.copy_of, a.origin, a.copy_similarity, a.author, a.dateline, a.lang, a.text{analysis} FROM articles a{}{} ORDER BY a.published, a.rowid",
        indexed_by(f, "articles_published"),
        w.sql()
    );
    (sql, w.args)
}

pub(super) fn mention_sql(f: &Filter) -> (String, Vec<Value>) {
    let w = entity_where(f);
    let sql = format!(
        "SELECT m.article_id, m.published, e.id, e.name, e.kind, e.actor_code, m.start, m.end, m.kind FROM mentions m{} CROSS JOIN entities e ON e.id = m.entity_id{} ORDER BY m.article_id, m.rowid",
        indexed_by(f, "mentions_article"),
        w.sql()
    );
    (sql, w.args)
}

pub(super) fn entity_sql(f: &Filter) -> (String, Vec<Value>) {
    let w = entity_where(f);
    let sql = format!(
        "SELECT e.id, e.name, e.kind, e.country, e.actor_code, e.role, COUNT(*), COUNT(DISTINCT m.article_id) FROM entities e CROSS JOIN mentions m ON m.entity_id = e.id{} GROUP BY e.id ORDER BY e.id",
        w.sql()
    );
    (sql, w.args)
}

pub(super) fn quote_sql(f: &Filter) -> (String, Vec<Value>) {
    let w = quote_where(f);
    let sql = format!(
        "SELECT q.article_id, a.title, q.published, a.source, q.speaker, q.speaker_entity, q.text, q.start, q.end, q.cue, q.direct, q.sentence FROM quotes q CROSS JOIN articles a ON a.id = q.article_id{} ORDER BY q.rowid",
        w.sql()
    );
    (sql, w.args)
}

pub(super) fn event_sql(f: &Filter, order: EventOrder) -> (String, Vec<Value>) {
    let w = event_where(f);
    let (index, by) = match order {
        EventOrder::Date => ("events_date", "e.date, e.rowid"),
        EventOrder::Article => ("events_article", "e.article_id, e.rowid"),
        EventOrder::Fold => ("events_key", "e.fold_key, e.rowid"),
    };
    let sql = format!(
        "SELECT {EVENT_COLUMNS}, a.url FROM events e{} CROSS JOIN articles a ON a.id = e.article_id{} ORDER BY {by}",
        indexed_by(f, index),
        w.sql()
    );
    (sql, w.args)
}

pub(super) fn story_sql(f: &Filter) -> (String, Vec<Value>) {
    let w = story_where(f);
    let sql = format!(
        "SELECT id, title, first, last, articles, actors FROM stories{} ORDER BY rowid",
        w.sql()
    );
    (sql, w.args)
}

/// Runs `sql` and hands each row, converted by `row`, to `each` until it breaks.
fn stream<T>(
    catalog: &SqliteCatalog,
    (sql, args): (String, Vec<Value>),
    mut row: impl FnMut(&rusqlite::Row<'_>) -> Result<T>,
    each: &mut dyn FnMut(T) -> ControlFlow<()>,
) -> Result<()> {
    let mut st = catalog.conn.prepare(&sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
    while let Some(r) = rows.next()? {
        if each(row(r)?).is_break() {
            break;
        }
    }
    Ok(())
}

/// The characters `[start, end)` of `text`; empty when the span is out of range.
fn char_slice(text: &str, [start, end]: [usize; 2]) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

impl SqliteCatalog {
    pub(super) fn stream_articles(
        &self,
        f: &Filter,
        layers: bool,
        each: &mut dyn FnMut(StoredArticle) -> ControlFlow<()>,
    ) -> Result<()> {
        stream(
            self,
            article_sql(f, layers),
            |r| {
                let row = ArticleRow {
                    id: ArticleId(r.get(0)?),
                    title: r.get(1)?,
                    source: r.get(2)?,
                    url: r.get(3)?,
                    published: r.get(4)?,
                    story: r.get::<_, Option<String>>(5)?.map(StoryId),
                    copy_of: r.get::<_, Option<String>>(6)?.map(ArticleId),
                    origin: r.get(7)?,
                };
                let copy_similarity = r.get(8)?;
                let record = if layers {
                    let json: String = r.get(13)?;
                    serde_json::from_str(&json)?
                } else {
                    AnalysisRecord {
                        article: Article {
                            id: row.id.clone(),
                            source: row.source.clone(),
                            url: row.url.clone(),
                            title: row.title.clone(),
                            published: row.published.as_deref().and_then(PartialDate::parse_iso),
                            author: r.get(9)?,
                            dateline: r.get(10)?,
                            lang: r.get(11)?,
                            text: r.get(12)?,
                        },
                        sentences: Vec::new(),
                        entities: Vec::new(),
                        actors: Vec::new(),
                        times: Vec::new(),
                        quotes: Vec::new(),
                        events: Vec::new(),
                    }
                };
                Ok(StoredArticle { row, copy_similarity, record })
            },
            each,
        )
    }

    pub(super) fn stream_entities(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(EntityRow) -> ControlFlow<()>,
    ) -> Result<()> {
        stream(
            self,
            entity_sql(f),
            |r| {
                Ok(EntityRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    country: r.get(3)?,
                    actor_code: r.get(4)?,
                    role: r.get(5)?,
                    mentions: count(r, 6)?,
                    articles: count(r, 7)?,
                })
            },
            each,
        )
    }

    pub(super) fn stream_mentions(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(MentionRow) -> ControlFlow<()>,
    ) -> Result<()> {
        // Mentions come grouped by article; its text is read once per article, not per row.
        let mut text_of = self.conn.prepare("SELECT text FROM articles WHERE id = ?")?;
        let mut current: Option<(String, String)> = None;
        stream(
            self,
            mention_sql(f),
            |r| {
                let article: String = r.get(0)?;
                if current.as_ref().is_none_or(|(id, _)| *id != article) {
                    let text: String =
                        text_of.query_row([&article], |t| t.get(0)).unwrap_or_default();
                    current = Some((article.clone(), text));
                }
                let span = [count(r, 6)? as usize, count(r, 7)? as usize];
                let text = current.as_ref().map(|(_, t)| char_slice(t, span)).unwrap_or_default();
                Ok(MentionRow {
                    article: ArticleId(article),
                    published: r.get(1)?,
                    entity: r.get(2)?,
                    name: r.get(3)?,
                    entity_kind: r.get(4)?,
                    actor_code: r.get(5)?,
                    text,
                    span,
                    kind: r.get(8)?,
                })
            },
            each,
        )
    }

    pub(super) fn stream_quotes(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(QuoteRow) -> ControlFlow<()>,
    ) -> Result<()> {
        stream(
            self,
            quote_sql(f),
            |r| {
                Ok(QuoteRow {
                    article: ArticleId(r.get(0)?),
                    title: r.get(1)?,
                    published: r.get(2)?,
                    outlet: r.get(3)?,
                    speaker: r.get(4)?,
                    speaker_entity: r.get(5)?,
                    text: r.get(6)?,
                    span: [count(r, 7)? as usize, count(r, 8)? as usize],
                    cue: r.get(9)?,
                    direct: r.get(10)?,
                    sentence: r.get(11)?,
                })
            },
            each,
        )
    }

    pub(super) fn stream_events(
        &self,
        f: &Filter,
        order: EventOrder,
        each: &mut dyn FnMut(EventReport) -> ControlFlow<()>,
    ) -> Result<()> {
        stream(
            self,
            event_sql(f, order),
            |r| Ok(EventReport { event: event_row(r)?, url: r.get(28)? }),
            each,
        )
    }

    pub(super) fn stream_stories(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(StoryRow) -> ControlFlow<()>,
    ) -> Result<()> {
        stream(self, story_sql(f), |r| Ok(super::story_row(r)?), each)
    }

    pub(super) fn fold_row(&self, key: &str, factual: bool) -> Result<Option<FoldRow>> {
        let only = if factual { " AND e.negated = 0 AND e.hypothetical = 0" } else { "" };
        let sql = format!(
            "SELECT COUNT(*), COUNT(DISTINCT e.article_id), COUNT(DISTINCT COALESCE(a.source, e.article_id)), MIN(a.published) FROM events e JOIN articles a ON a.id = e.article_id WHERE e.fold_key = ?{only}"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let row = st.query_row([key], |r| {
            Ok(FoldRow {
                key: key.to_owned(),
                reports: count(r, 0)? as u32,
                articles: count(r, 1)? as u32,
                outlets: count(r, 2)? as u32,
                first_published: r.get(3)?,
            })
        })?;
        Ok((row.reports > 0).then_some(row))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The query plan of `sql`, one detail per line.
    fn plan(c: &SqliteCatalog, (sql, args): (String, Vec<Value>)) -> String {
        let mut st = c.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = st
            .query_map(rusqlite::params_from_iter(args.iter()), |r| r.get::<_, String>(3))
            .unwrap();
        rows.map(|r| r.unwrap()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn no_streaming_query_sorts_a_table() {
        let c = SqliteCatalog::open(None, "test").unwrap();
        let filters = [
            Filter::default(),
            Filter { from: Some("2019".into()), to: Some("2019-06".into()), ..Filter::default() },
            Filter {
                actor: Some("USA".into()),
                other: Some("person/vladimir_putin".into()),
                class: Some("04".into()),
                text: Some("talks".into()),
                ..Filter::default()
            },
        ];
        for f in &filters {
            let mut plans = vec![
                plan(&c, article_sql(f, true)),
                plan(&c, mention_sql(f)),
                plan(&c, entity_sql(f)),
                plan(&c, quote_sql(f)),
                plan(&c, story_sql(f)),
            ];
            for order in [EventOrder::Date, EventOrder::Article, EventOrder::Fold] {
                plans.push(plan(&c, event_sql(f, order)));
            }
            for p in plans {
                assert!(!p.contains("TEMP B-TREE FOR ORDER BY"), "{f:?} sorts:\n{p}");
            }
        }
    }

    #[test]
    fn characters_not_bytes() {
        assert_eq!(char_slice("“Too early,” he said", [1, 10]), "Too early");
        assert_eq!(char_slice("abc", [2, 9]), "c");
        assert_eq!(char_slice("abc", [5, 2]), "");
    }
}
