//! Reads for the web UI and the API: an entity's page, the actors around it, the busiest
//! dyads, display names, copies; and what the full-text index needs of unindexed articles.

use super::{ARTICLE_COLUMNS, SqliteCatalog, Where, article_row, count, limit};
use crate::Result;
use crate::browse::{DyadRow, EntityDetail, IndexRow, MonthCount, NameCount};
use crate::records::{ArticleRow, EntityRow, Filter};
use dyad_core::StoryId;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use std::collections::BTreeMap;

/// Most values bound in one `IN (...)` list.
const IN_CHUNK: usize = 500;

/// Articles (the latest naming an entity) over which its co-mentions are counted.
const CO_MENTION_ARTICLES: usize = 2_000;

const ENTITY_COLUMNS: &str =
    "e.id, e.name, e.kind, e.country, e.actor_code, e.role, e.mention_count, e.article_count";

fn entity_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EntityRow> {
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
}

fn name_count(r: &rusqlite::Row<'_>) -> rusqlite::Result<NameCount> {
    Ok(NameCount { id: r.get(0)?, name: r.get(1)?, count: count(r, 2)? })
}

/// `?, ?, ?` for `n` values.
fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

impl SqliteCatalog {
    pub(super) fn read_unindexed(&self, limit: usize) -> Result<Vec<IndexRow>> {
        let mut st = self.conn.prepare(
            "SELECT analysis, story_id, copy_of IS NOT NULL FROM articles WHERE indexed = 0 LIMIT ?",
        )?;
        let rows = st.query_map([limit as i64], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, bool>(2)?))
        })?;
        let mut out = Vec::new();
        for r in rows {
            let (json, story, copy) = r?;
            out.push(IndexRow {
                record: serde_json::from_str(&json)?,
                story: story.map(StoryId),
                copy,
            });
        }
        Ok(out)
    }

    /// Entities by their kept mention counts (no date or article filter), `actor` and `kind`
    /// as in [`Catalog::entities`](crate::Catalog::entities).
    pub(super) fn entities_by_count(&self, f: &Filter) -> Result<Vec<EntityRow>> {
        let mut w = Where::new();
        w.add("e.mention_count > 0".into(), []);
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
        let sql = format!(
            "SELECT {ENTITY_COLUMNS} FROM entities e{} ORDER BY e.mention_count DESC, e.id{}",
            w.sql(),
            limit(f)
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(w.args.iter()), entity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn entity_detail(&self, id: &str) -> Result<Option<EntityDetail>> {
        let entity = self
            .conn
            .query_row(
                &format!("SELECT {ENTITY_COLUMNS} FROM entities e WHERE e.id = ?"),
                [id],
                entity_row,
            )
            .optional()?;
        let Some(entity) = entity else { return Ok(None) };
        let mut st = self.conn.prepare(
            "SELECT NULL, alias, mentions FROM aliases WHERE entity_id = ? ORDER BY mentions DESC, alias LIMIT 20",
        )?;
        let aliases = st.query_map([id], name_count)?.collect::<rusqlite::Result<_>>()?;
        let mut st = self.conn.prepare(
            "SELECT substr(published, 1, 7), COUNT(*) FROM mentions WHERE entity_id = ? AND length(published) >= 7 GROUP BY 1 ORDER BY 1",
        )?;
        let months = st
            .query_map([id], |r| Ok(MonthCount { month: r.get(0)?, count: count(r, 1)? }))?
            .collect::<rusqlite::Result<_>>()?;
        let one =
            |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [id], |r| count(r, 0))?) };
        Ok(Some(EntityDetail {
            entity,
            aliases,
            months,
            quotes: one("SELECT COUNT(*) FROM quotes WHERE speaker_entity = ?")?,
            events_as_source: one("SELECT COUNT(*) FROM events WHERE source_entity = ?")?,
            events_as_target: one("SELECT COUNT(*) FROM events WHERE target_entity = ?")?,
        }))
    }

    pub(super) fn co_mentioned(&self, id: &str, limit: usize) -> Result<Vec<NameCount>> {
        let mut st = self.conn.prepare(
            "SELECT o.entity_id, e.name, COUNT(DISTINCT o.article_id) AS n
             FROM (SELECT article_id FROM mentions WHERE entity_id = ?1
                   GROUP BY article_id ORDER BY max(published) DESC LIMIT ?3) a
             JOIN mentions o ON o.article_id = a.article_id AND o.entity_id <> ?1
             JOIN entities e ON e.id = o.entity_id
             GROUP BY o.entity_id ORDER BY n DESC, e.name LIMIT ?2",
        )?;
        let args = rusqlite::params![id, limit as i64, CO_MENTION_ARTICLES as i64];
        Ok(st.query_map(args, name_count)?.collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn partners_of(&self, id: &str, limit: usize) -> Result<Vec<NameCount>> {
        let mut st = self.conn.prepare(
            "SELECT other, e.name, COUNT(DISTINCT fold_key) AS n FROM (
                 SELECT target_entity AS other, fold_key FROM events WHERE source_entity = ?1 AND target_entity IS NOT NULL
                 UNION ALL
                 SELECT source_entity, fold_key FROM events WHERE target_entity = ?1 AND source_entity IS NOT NULL
             ) JOIN entities e ON e.id = other
             WHERE other <> ?1 GROUP BY other ORDER BY n DESC, e.name LIMIT ?2",
        )?;
        Ok(st
            .query_map(rusqlite::params![id, limit as i64], name_count)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn top_speakers(&self, limit: usize) -> Result<Vec<NameCount>> {
        let mut st = self.conn.prepare(
            "SELECT q.speaker_entity, e.name, COUNT(*) AS n FROM quotes q JOIN entities e ON e.id = q.speaker_entity
             GROUP BY q.speaker_entity ORDER BY n DESC, e.name LIMIT ?",
        )?;
        Ok(st.query_map([limit as i64], name_count)?.collect::<rusqlite::Result<_>>()?)
    }

    pub(super) fn top_dyads(&self, limit: usize) -> Result<Vec<DyadRow>> {
        let mut st = self.conn.prepare(
            "SELECT min(s, t) AS a, max(s, t) AS b, COUNT(DISTINCT fold_key) AS n,
                    (SELECT name FROM entities WHERE kind = 'country' AND actor_code = min(s, t)),
                    (SELECT name FROM entities WHERE kind = 'country' AND actor_code = max(s, t))
             FROM (SELECT substr(source_code, 1, 3) AS s, substr(target_code, 1, 3) AS t, fold_key
                   FROM events WHERE negated = 0 AND hypothetical = 0 AND date IS NOT NULL)
             WHERE length(s) = 3 AND length(t) = 3 AND s GLOB '[A-Z][A-Z][A-Z]' AND t GLOB '[A-Z][A-Z][A-Z]' AND s <> t
             GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?",
        )?;
        let rows = st.query_map([limit as i64], |r| {
            Ok(DyadRow {
                a: r.get(0)?,
                b: r.get(1)?,
                events: count(r, 2)?,
                a_name: r.get(3)?,
                b_name: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Looks each chunk of `ids` up with `sql` (which has one `{}` for the placeholders and
    /// returns `(id, name)` rows) into `out`.
    fn lookup(&self, sql: &str, ids: &[&String], out: &mut BTreeMap<String, String>) -> Result<()> {
        for chunk in ids.chunks(IN_CHUNK) {
            let mut st = self.conn.prepare(&sql.replace("{}", &placeholders(chunk.len())))?;
            let rows = st.query_map(rusqlite::params_from_iter(chunk.iter()), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?;
            for r in rows {
                let (id, name) = r?;
                out.insert(id, name);
            }
        }
        Ok(())
    }

    pub(super) fn display_names(&self, ids: &[String]) -> Result<BTreeMap<String, String>> {
        let mut out = BTreeMap::new();
        let entities: Vec<&String> = ids.iter().filter(|i| i.contains('/')).collect();
        let stories: Vec<&String> = ids.iter().filter(|i| i.starts_with("s-")).collect();
        let codes: Vec<&String> = ids
            .iter()
            .filter(|i| i.len() >= 3 && i.chars().all(|c| c.is_ascii_uppercase()))
            .collect();
        self.lookup("SELECT id, name FROM entities WHERE id IN ({})", &entities, &mut out)?;
        self.lookup("SELECT id, title FROM stories WHERE id IN ({})", &stories, &mut out)?;
        self.lookup(
            "SELECT actor_code, name FROM entities WHERE kind = 'country' AND actor_code IN ({})",
            &codes,
            &mut out,
        )?;
        Ok(out)
    }

    pub(super) fn article_listing(&self, id: &str) -> Result<Option<ArticleRow>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?"),
                [id],
                article_row,
            )
            .optional()?)
    }

    pub(super) fn copies_of(&self, ids: &[String]) -> Result<Vec<ArticleRow>> {
        let mut out = Vec::new();
        for chunk in ids.chunks(IN_CHUNK) {
            let mut st = self.conn.prepare(&format!(
                "SELECT {ARTICLE_COLUMNS} FROM articles WHERE copy_of IN ({}) ORDER BY published, id",
                placeholders(chunk.len())
            ))?;
            let rows = st.query_map(
                rusqlite::params_from_iter(chunk.iter().map(|s| Value::Text(s.clone()))),
                article_row,
            )?;
            for r in rows {
                out.push(r?);
            }
        }
        Ok(out)
    }
}
