//! The embedded catalog: one SQLite database file (WAL mode, so readers run while one
//! writer ingests).

use crate::browse::{DyadRow, EntityDetail, IndexRow, NameCount, months_of};
use crate::catalog::Catalog;
use crate::records::{
    ActorRef, ArticleRow, EntityRow, EventOrder, EventReport, EventRow, Filter, FoldRow,
    MentionRow, MonthRow, NewArticle, QuoteRow, Stats, StoredArticle, StoryRow, TimelineRow,
};
use crate::schema::{MIGRATIONS, STORE_VERSION};
use crate::{Error, Result};
use dyad_core::{AnalysisRecord, ArticleId, StoryId};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::BTreeMap;
use std::ops::ControlFlow;

mod browse;
mod stream;

/// The SQLite [`Catalog`].
pub struct SqliteCatalog {
    conn: Connection,
    /// What [`SqliteCatalog::open`] was given, for more connections ([`Catalog::reader`]).
    path: Option<std::path::PathBuf>,
    /// The shared in-memory database's URI, when `path` is `None`.
    memory: String,
    label: String,
}

/// Numbers the in-memory databases of one process.
static MEMORY_DATABASES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl SqliteCatalog {
    /// Opens (creating and migrating as needed) the database at `path`; `None` opens an
    /// in-memory database for tests (shared by the connections [`Catalog::reader`] opens).
    /// `label` names the store in errors.
    pub fn open(path: Option<&std::path::Path>, label: &str) -> Result<SqliteCatalog> {
        let n = MEMORY_DATABASES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let memory =
            format!("file:dyad-memory-{}-{n}?mode=memory&cache=shared", std::process::id());
        SqliteCatalog::connect(path.map(|p| p.to_path_buf()), memory, label)
    }

    fn connect(
        path: Option<std::path::PathBuf>,
        memory: String,
        label: &str,
    ) -> Result<SqliteCatalog> {
        use rusqlite::OpenFlags;
        let conn = match &path {
            Some(p) => Connection::open(p)?,
            None => Connection::open_with_flags(
                &memory,
                OpenFlags::default() | OpenFlags::SQLITE_OPEN_URI,
            )?,
        };
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        // Each step takes the write lock first and reads the version again under it, so two
        // processes opening an old store at once migrate it once.
        loop {
            let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if version == STORE_VERSION {
                break;
            }
            conn.execute_batch("BEGIN IMMEDIATE")?;
            let step = migrate_one(&conn, label);
            let done = match step {
                Ok(done) => done,
                Err(e) => {
                    let _ = conn.execute_batch("ROLLBACK");
                    return Err(e);
                }
            };
            conn.execute_batch(if done { "ROLLBACK" } else { "COMMIT" })?;
            if done {
                break;
            }
        }
        Ok(SqliteCatalog { conn, path, memory, label: label.to_owned() })
    }
}

/// Runs the next migration inside the caller's transaction; `true` when there is none left.
fn migrate_one(conn: &Connection, label: &str) -> Result<bool> {
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > STORE_VERSION {
        return Err(Error::Version {
            path: label.to_owned(),
            found: version,
            supported: STORE_VERSION,
        });
    }
    let Some(sql) = MIGRATIONS.get(version as usize) else { return Ok(true) };
    conn.execute_batch(sql)?;
    conn.pragma_update(None, "user_version", version + 1)?;
    Ok(false)
}

/// `to` as an inclusive upper bound for ISO strings of any precision (`2018` → `2018-99-99`).
fn upper_bound(to: &str) -> String {
    match to.len() {
        4 => format!("{to}-99-99"),
        7 => format!("{to}-99"),
        _ => to.to_owned(),
    }
}

/// An SQL condition matching an actor filter against the `{p}_name`, `{p}_entity` and
/// `{p}_code` columns: an entity id (`person/vladimir_putin`), an actor-code prefix (`USA`,
/// `RUSGOV`) or part of a name (`Peskov`).
fn actor_condition(prefix: &str, value: &str, args: &mut Vec<Value>) -> String {
    if value.contains('/') {
        args.push(Value::Text(value.to_owned()));
        return format!("{prefix}_entity = ?");
    }
    let is_code = value.len() >= 3 && value.chars().all(|c| c.is_ascii_uppercase());
    args.push(Value::Text(format!("%{value}%")));
    if is_code {
        args.push(Value::Text(format!("{value}%")));
        format!("({prefix}_name LIKE ? OR {prefix}_code LIKE ?)")
    } else {
        format!("{prefix}_name LIKE ?")
    }
}

struct Where {
    clauses: Vec<String>,
    args: Vec<Value>,
}

impl Where {
    fn new() -> Where {
        Where { clauses: Vec::new(), args: Vec::new() }
    }
    fn add(&mut self, clause: String, args: impl IntoIterator<Item = Value>) {
        self.clauses.push(clause);
        self.args.extend(args);
    }
    fn dates(&mut self, column: &str, f: &Filter) {
        if let Some(from) = &f.from {
            self.add(format!("{column} >= ?"), [Value::Text(from.clone())]);
        }
        if let Some(to) = &f.to {
            self.add(format!("{column} <= ?"), [Value::Text(upper_bound(to))]);
        }
    }
    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

fn limit(f: &Filter) -> String {
    let n = if f.limit == 0 { 50 } else { f.limit.min(10_000) };
    format!(" LIMIT {n} OFFSET {}", f.offset)
}

fn event_where(f: &Filter) -> Where {
    let mut w = Where::new();
    let mut args = Vec::new();
    let dyad = match (&f.actor, &f.other) {
        (Some(a), Some(b)) => {
            let forward = format!(
                "({} AND {})",
                actor_condition("source", a, &mut args),
                actor_condition("target", b, &mut args)
            );
            if f.either_direction {
                let back = format!(
                    "({} AND {})",
                    actor_condition("source", b, &mut args),
                    actor_condition("target", a, &mut args)
                );
                Some(format!("({forward} OR {back})"))
            } else {
                Some(forward)
            }
        }
        (Some(a), None) if f.either_direction => Some(format!(
            "({} OR {})",
            actor_condition("source", a, &mut args),
            actor_condition("target", a, &mut args)
        )),
        (Some(a), None) => Some(actor_condition("source", a, &mut args)),
        (None, Some(b)) => Some(actor_condition("target", b, &mut args)),
        (None, None) => None,
    };
    if let Some(d) = dyad {
        w.add(d, args);
    }
    w.dates("e.date", f);
    if let Some(class) = &f.class {
        if class.chars().all(|c| c.is_ascii_digit()) {
            w.add("e.cameo LIKE ?".into(), [Value::Text(format!("{class}%"))]);
        } else {
            w.add("e.plover = ?".into(), [Value::Text(class.to_uppercase())]);
        }
    }
    if let Some(t) = &f.text {
        w.add("e.sentence LIKE ?".into(), [Value::Text(format!("%{t}%"))]);
    }
    if let Some(a) = &f.article {
        w.add("e.article_id = ?".into(), [Value::Text(a.clone())]);
    }
    w
}

const EVENT_COLUMNS: &str = "e.id, e.fold_key, e.article_id, a.source, a.published, e.source_name, e.source_entity, e.source_code, e.target_name, e.target_entity, e.target_code, e.cameo, e.cameo_name, e.goldstein, e.quad_class, e.plover, e.plover_mode, e.date, e.date_precision, e.location, e.sentence, e.sentence_start, e.sentence_end, e.trigger_text, e.negated, e.hypothetical, e.future, e.reported_by";

fn event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
    let actor = |n: Option<String>, e: Option<String>, c: Option<String>| {
        n.map(|name| ActorRef { name, entity: e, actor_code: c })
    };
    Ok(EventRow {
        id: r.get(0)?,
        key: r.get(1)?,
        article: ArticleId(r.get(2)?),
        outlet: r.get(3)?,
        published: r.get(4)?,
        source: actor(r.get(5)?, r.get(6)?, r.get(7)?),
        target: actor(r.get(8)?, r.get(9)?, r.get(10)?),
        cameo: r.get(11)?,
        cameo_name: r.get(12)?,
        goldstein: r.get(13)?,
        quad_class: r.get(14)?,
        plover: r.get(15)?,
        plover_mode: r.get(16)?,
        date: r.get(17)?,
        date_precision: r.get(18)?,
        location: r.get(19)?,
        sentence: r.get(20)?,
        sentence_span: [count(r, 21)? as usize, count(r, 22)? as usize],
        trigger: r.get(23)?,
        negated: r.get(24)?,
        hypothetical: r.get(25)?,
        future: r.get(26)?,
        reported_by: r.get(27)?,
    })
}

fn article_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        id: ArticleId(r.get(0)?),
        title: r.get(1)?,
        source: r.get(2)?,
        url: r.get(3)?,
        published: r.get(4)?,
        story: r.get::<_, Option<String>>(5)?.map(StoryId),
        copy_of: r.get::<_, Option<String>>(6)?.map(ArticleId),
        origin: r.get(7)?,
    })
}

const ARTICLE_COLUMNS: &str = "id, title, source, url, published, story_id, copy_of, origin";

fn story_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoryRow> {
    let actors: String = r.get(5)?;
    Ok(StoryRow {
        id: StoryId(r.get(0)?),
        title: r.get(1)?,
        first: r.get(2)?,
        last: r.get(3)?,
        articles: r.get(4)?,
        actors: serde_json::from_str(&actors).unwrap_or_default(),
    })
}

impl Catalog for SqliteCatalog {
    fn has_content(&self, hash: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM articles WHERE content_hash = ?", [hash], |_| Ok(()))
            .optional()?
            .is_some())
    }

    fn put(&mut self, new: &NewArticle) -> Result<ArticleId> {
        let tx = self.conn.transaction()?;
        let rec = &new.record;
        // Another input may already use this id (two `index.html` files): suffix it.
        let mut id = rec.article.id.to_string();
        let mut n = 1;
        while tx
            .query_row("SELECT 1 FROM articles WHERE id = ?", [&id], |_| Ok(()))
            .optional()?
            .is_some()
        {
            n += 1;
            id = format!("{}~{n}", rec.article.id);
        }
        let mut rec = rec.clone();
        rec.article.id = ArticleId(id.clone());
        let a = &rec.article;
        let published = a.published.map(|d| d.to_string());
        tx.execute(
            "INSERT INTO articles (id, content_hash, origin, source, url, title, published, author, dateline, lang, text, analysis, copy_of, copy_similarity, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            params![
                id, new.content_hash, new.origin, a.source, a.url, a.title, published, a.author, a.dateline, a.lang, a.text,
                serde_json::to_string(&rec)?,
                new.copy_of.as_ref().map(|c| c.0.to_string()), new.copy_of.as_ref().map(|c| c.1), new.story.id.to_string()
            ],
        )?;
        for e in &rec.actors {
            // The entity's counts grow by this article's mentions of it (and by one article).
            let mentions = rec.entities.iter().filter(|m| m.entity == e.entity.id).count() as i64;
            tx.execute(
                "INSERT INTO entities (id, name, kind, country, actor_code, role, known, mention_count, article_count) VALUES (?,?,?,?,?,?,?,?,?)
                 ON CONFLICT(id) DO UPDATE SET actor_code = excluded.actor_code, role = excluded.role,
                     mention_count = mention_count + excluded.mention_count, article_count = article_count + excluded.article_count",
                params![e.entity.id.as_str(), e.entity.name, e.entity.kind.as_str(), e.entity.country, e.entity.actor_code.as_ref().map(|c| c.as_str()), e.entity.role, e.entity.known, mentions, i64::from(mentions > 0)],
            )?;
        }
        for m in &rec.entities {
            let kind = serde_json::to_value(m.kind)?;
            let kind = kind.as_str().unwrap_or("name");
            tx.execute(
                "INSERT INTO mentions (article_id, entity_id, start, end, kind, published) VALUES (?,?,?,?,?,?)",
                params![id, m.entity.as_str(), m.span[0] as i64, m.span[1] as i64, kind, published],
            )?;
            if kind != "pronoun" {
                tx.execute(
                    "INSERT INTO aliases (entity_id, alias, mentions) VALUES (?, ?, 1)
                     ON CONFLICT(entity_id, alias) DO UPDATE SET mentions = mentions + 1",
                    params![m.entity.as_str(), m.text],
                )?;
            }
        }
        for q in &rec.quotes {
            let sentence = sentence_of(&rec, q.span[0]);
            let code = q
                .speaker_entity
                .as_ref()
                .and_then(|id| rec.actors.iter().find(|e| &e.entity.id == id))
                .and_then(|e| e.entity.actor_code.as_ref().map(|c| c.to_string()));
            tx.execute(
                "INSERT INTO quotes (article_id, speaker, speaker_entity, speaker_code, text, start, end, cue, direct, sentence, published) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                params![id, q.speaker, q.speaker_entity.as_ref().map(|e| e.as_str()), code, q.text, q.span[0] as i64, q.span[1] as i64, q.cue, q.direct, sentence, published],
            )?;
        }
        for (e, key) in rec.events.iter().zip(&new.event_keys) {
            let p = |x: &Option<dyad_core::ParticipantRecord>| {
                x.as_ref().map(|p| {
                    (
                        p.name.clone(),
                        p.entity.as_ref().map(|e| e.to_string()),
                        p.actor_code.as_ref().map(|c| c.to_string()),
                    )
                })
            };
            let (sn, se, sc) = p(&e.source).map_or((None, None, None), |(a, b, c)| (Some(a), b, c));
            let (tn, te, tc) = p(&e.target).map_or((None, None, None), |(a, b, c)| (Some(a), b, c));
            tx.execute(
                "INSERT OR REPLACE INTO events (id, fold_key, article_id, source_name, source_entity, source_code, target_name, target_entity, target_code, cameo, cameo_name, goldstein, quad_class, plover, plover_mode, date, date_precision, location, sentence, sentence_start, sentence_end, trigger_text, negated, hypothetical, future, reported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                params![
                    e.id.as_str(), key, id, sn, se, sc, tn, te, tc, e.cameo.as_str(), e.cameo_name, e.goldstein, e.quad_class,
                    e.plover.as_ref().map(|p| p.as_str()), e.plover_mode, e.date.map(|d| d.to_string()), e.date_precision.map(|p| p.as_str()),
                    e.location.as_ref().map(|l| l.name.clone()), e.sentence, e.sentence_span[0] as i64, e.sentence_span[1] as i64, e.trigger,
                    e.negated, e.hypothetical, e.future, e.reported_by.as_ref().map(|r| r.as_str())
                ],
            )?;
        }
        let s = &new.story;
        tx.execute(
            "INSERT INTO stories (id, title, first, last, articles, actors) VALUES (?,?,?,?,?,?)
             ON CONFLICT(id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last, articles = excluded.articles, actors = excluded.actors",
            params![s.id.as_str(), s.title, s.first, s.last, s.articles, serde_json::to_string(&s.actors)?],
        )?;
        tx.commit()?;
        Ok(ArticleId(id))
    }

    fn unindexed(&self, limit: usize) -> Result<Vec<IndexRow>> {
        self.read_unindexed(limit)
    }

    fn reset_indexed(&mut self) -> Result<()> {
        self.conn.execute("UPDATE articles SET indexed = 0", [])?;
        Ok(())
    }

    fn reader(&self) -> Result<Box<dyn Catalog>> {
        Ok(Box::new(SqliteCatalog::connect(self.path.clone(), self.memory.clone(), &self.label)?))
    }

    fn begin_read(&self) -> Result<()> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        Ok(())
    }

    fn end_read(&self) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }

    fn entity(&self, id: &str) -> Result<Option<EntityDetail>> {
        self.entity_detail(id)
    }

    fn co_mentions(&self, id: &str, limit: usize) -> Result<Vec<NameCount>> {
        self.co_mentioned(id, limit)
    }

    fn partners(&self, id: &str, limit: usize) -> Result<Vec<NameCount>> {
        self.partners_of(id, limit)
    }

    fn speakers(&self, limit: usize) -> Result<Vec<NameCount>> {
        self.top_speakers(limit)
    }

    fn dyads(&self, limit: usize) -> Result<Vec<DyadRow>> {
        self.top_dyads(limit)
    }

    fn names(&self, ids: &[String]) -> Result<BTreeMap<String, String>> {
        self.display_names(ids)
    }

    fn article_row(&self, id: &str) -> Result<Option<ArticleRow>> {
        self.article_listing(id)
    }

    fn copies(&self, ids: &[String]) -> Result<Vec<ArticleRow>> {
        self.copies_of(ids)
    }

    fn mark_indexed(&mut self, ids: &[ArticleId]) -> Result<()> {
        let tx = self.conn.transaction()?;
        for id in ids {
            tx.execute("UPDATE articles SET indexed = 1 WHERE id = ?", [id.as_str()])?;
        }
        tx.commit()?;
        Ok(())
    }

    fn article(&self, id: &str) -> Result<Option<AnalysisRecord>> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT analysis FROM articles WHERE id = ?", [id], |r| r.get(0))
            .optional()?;
        Ok(match json {
            Some(j) => Some(serde_json::from_str(&j)?),
            None => None,
        })
    }

    fn articles(&self, f: &Filter) -> Result<Vec<ArticleRow>> {
        let mut w = Where::new();
        w.dates("published", f);
        if let Some(t) = &f.text {
            w.add(
                "(title LIKE ? OR text LIKE ?)".into(),
                [Value::Text(format!("%{t}%")), Value::Text(format!("%{t}%"))],
            );
        }
        let sql = format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles{} ORDER BY published DESC, id{}",
            w.sql(),
            limit(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(w.args.iter()), article_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn quotes(&self, f: &Filter) -> Result<Vec<QuoteRow>> {
        let w = stream::quote_where(f);
        let sql = format!(
            "SELECT q.article_id, a.title, q.published, a.source, q.speaker, q.speaker_entity, q.text, q.start, q.end, q.cue, q.direct, q.sentence FROM quotes q JOIN articles a ON a.id = q.article_id{} ORDER BY q.published DESC, q.article_id, q.start{}",
            w.sql(),
            limit(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(w.args.iter()), |r| {
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
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn events(&self, f: &Filter) -> Result<Vec<EventRow>> {
        let w = event_where(f);
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{} ORDER BY e.date IS NULL, e.date, e.article_id, e.sentence_start{}",
            w.sql(),
            limit(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(w.args.iter()), event_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn entities(&self, f: &Filter) -> Result<Vec<EntityRow>> {
        if f.from.is_none() && f.to.is_none() && f.article.is_none() {
            // Counts over the whole store are kept with each entity.
            return self.entities_by_count(f);
        }
        let w = stream::entity_where(f);
        let sql = format!(
            "SELECT e.id, e.name, e.kind, e.country, e.actor_code, e.role, COUNT(*), COUNT(DISTINCT m.article_id) FROM entities e JOIN mentions m ON m.entity_id = e.id{} GROUP BY e.id ORDER BY COUNT(*) DESC, e.id{}",
            w.sql(),
            limit(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(w.args.iter()), |r| {
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
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn stories(&self, f: &Filter) -> Result<Vec<StoryRow>> {
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
        let sql = format!(
            "SELECT id, title, first, last, articles, actors FROM stories{} ORDER BY last DESC, articles DESC, id{}",
            w.sql(),
            limit(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(w.args.iter()), story_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn story(&self, id: &str) -> Result<Option<(StoryRow, Vec<ArticleRow>)>> {
        let Some(story) = self
            .conn
            .query_row(
                "SELECT id, title, first, last, articles, actors FROM stories WHERE id = ?",
                [id],
                story_row,
            )
            .optional()?
        else {
            return Ok(None);
        };
        let mut st = self.conn.prepare(&format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles WHERE story_id = ? ORDER BY published, id"
        ))?;
        let articles = st.query_map([id], article_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(Some((story, articles)))
    }

    fn timeline(&self, f: &Filter) -> Result<Vec<TimelineRow>> {
        let unpaged = Filter { limit: 100_000, offset: 0, ..f.clone() };
        let mut w = event_where(&unpaged);
        w.add("e.date IS NOT NULL AND e.hypothetical = 0".into(), []);
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{} ORDER BY e.date, a.published, e.article_id, e.sentence_start",
            w.sql()
        );
        let mut st = self.conn.prepare(&sql)?;
        let events: Vec<EventRow> = st
            .query_map(rusqlite::params_from_iter(w.args.iter()), event_row)?
            .collect::<rusqlite::Result<_>>()?;
        let mut order: Vec<String> = Vec::new();
        let mut rows: BTreeMap<String, TimelineRow> = BTreeMap::new();
        // The dates the reports of each folded event give (they may differ by a day).
        let mut dates: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for e in events {
            if let Some(d) = &e.date {
                dates.entry(e.key.clone()).or_default().push(d.clone());
            }
            let row = rows.entry(e.key.clone()).or_insert_with(|| {
                order.push(e.key.clone());
                TimelineRow {
                    key: e.key.clone(),
                    date: e.date.clone(),
                    source: e.source.as_ref().map(|a| a.name.clone()),
                    target: e.target.as_ref().map(|a| a.name.clone()),
                    cameo: e.cameo.clone(),
                    cameo_name: e.cameo_name.clone(),
                    plover: e.plover.clone(),
                    quad_class: e.quad_class,
                    goldstein: e.goldstein,
                    negated: e.negated,
                    future: e.future,
                    reports: 0,
                    articles: Vec::new(),
                    outlets: Vec::new(),
                    sentence: e.sentence.clone(),
                }
            });
            row.reports += 1;
            row.negated &= e.negated;
            row.future &= e.future;
            if !row.articles.contains(&e.article) {
                row.articles.push(e.article.clone());
            }
            if let Some(o) = e.outlet
                && !row.outlets.contains(&o)
            {
                row.outlets.push(o);
            }
        }
        // A folded event is dated by most of its reports (the earliest date on a tie).
        for (key, mut ds) in dates {
            ds.sort();
            let mut best: Option<(usize, &String)> = None;
            for d in &ds {
                let n = ds.iter().filter(|x| *x == d).count();
                if best.is_none_or(|(m, _)| n > m) {
                    best = Some((n, d));
                }
            }
            if let (Some(row), Some((_, d))) = (rows.get_mut(&key), best) {
                row.date = Some(d.clone());
            }
        }
        let mut out: Vec<TimelineRow> = order.into_iter().filter_map(|k| rows.remove(&k)).collect();
        out.sort_by(|a, b| a.date.cmp(&b.date));
        let lim = if f.limit == 0 { usize::MAX } else { f.limit };
        Ok(out.into_iter().skip(f.offset).take(lim).collect())
    }

    fn months(&self, f: &Filter) -> Result<Vec<MonthRow>> {
        Ok(months_of(&self.timeline(&Filter { limit: 0, offset: 0, ..f.clone() })?))
    }

    fn state(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM state WHERE key = ?", [key], |r| r.get(0))
            .optional()?)
    }

    fn set_state(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute("INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])?;
        Ok(())
    }

    fn stats(&self) -> Result<Stats> {
        // One statement, so that the counts agree with each other while a writer goes on.
        Ok(self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL),
                    (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM quotes),
                    (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM stories)",
            [],
            |r| {
                Ok(Stats {
                    articles: count(r, 0)?,
                    copies: count(r, 1)?,
                    entities: count(r, 2)?,
                    quotes: count(r, 3)?,
                    events: count(r, 4)?,
                    stories: count(r, 5)?,
                })
            },
        )?)
    }

    fn each_article(
        &self,
        f: &Filter,
        layers: bool,
        each: &mut dyn FnMut(StoredArticle) -> ControlFlow<()>,
    ) -> Result<()> {
        self.stream_articles(f, layers, each)
    }

    fn each_entity(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(EntityRow) -> ControlFlow<()>,
    ) -> Result<()> {
        self.stream_entities(f, each)
    }

    fn each_mention(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(MentionRow) -> ControlFlow<()>,
    ) -> Result<()> {
        self.stream_mentions(f, each)
    }

    fn each_quote(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(QuoteRow) -> ControlFlow<()>,
    ) -> Result<()> {
        self.stream_quotes(f, each)
    }

    fn each_event(
        &self,
        f: &Filter,
        order: EventOrder,
        each: &mut dyn FnMut(EventReport) -> ControlFlow<()>,
    ) -> Result<()> {
        self.stream_events(f, order, each)
    }

    fn each_story(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(StoryRow) -> ControlFlow<()>,
    ) -> Result<()> {
        self.stream_stories(f, each)
    }

    fn fold(&self, key: &str, factual: bool) -> Result<Option<FoldRow>> {
        self.fold_row(key, factual)
    }
}

/// A non-negative integer column (SQLite stores signed 64-bit integers).
fn count(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<u64> {
    Ok(r.get::<_, i64>(i)?.max(0) as u64)
}

/// The text of the sentence starting at or containing character offset `at`.
fn sentence_of(rec: &AnalysisRecord, at: usize) -> String {
    let Some([s, e]) = rec.sentences.iter().copied().find(|[s, e]| *s <= at && at < *e) else {
        return String::new();
    };
    rec.article.text.chars().skip(s).take(e - s).collect()
}
