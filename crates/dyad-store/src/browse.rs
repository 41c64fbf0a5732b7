//! What the browsing queries return: one entity's page, the actors around it, the busiest
//! dyads, and what the full-text index needs of an article.

use crate::records::{ArticleRow, EntityRow, MonthRow, TimelineRow};
use dyad_core::{AnalysisRecord, StoryId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One entity with what its page shows first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityDetail {
    /// The entity and its mention counts.
    pub entity: EntityRow,
    /// The words the articles use for it (`Mr Peskov`, `the Kremlin spokesman`), most used
    /// first; pronouns left out.
    pub aliases: Vec<NameCount>,
    /// Mentions per month of publication (`YYYY-MM`), in order; undated articles left out.
    pub months: Vec<MonthCount>,
    /// Quotes it is the speaker of.
    pub quotes: u64,
    /// Event reports with it as the source.
    pub events_as_source: u64,
    /// Event reports with it as the target.
    pub events_as_target: u64,
}

/// A name (an entity, an alias, an outlet) with a count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NameCount {
    /// Entity id, when the name is an entity's.
    pub id: Option<String>,
    /// The name.
    pub name: String,
    /// How many (mentions, shared articles, events, quotes: the query says).
    pub count: u64,
}

/// A count for one month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    /// How many.
    pub count: u64,
}

/// Two countries (the first three letters of their actors' codes) and the real-world events
/// between them, either direction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadRow {
    /// The first side's code (`USA`), the smaller of the two.
    pub a: String,
    /// Its country's name, when the store knows the country.
    pub a_name: Option<String>,
    /// The second side's code (`RUS`).
    pub b: String,
    /// Its country's name.
    pub b_name: Option<String>,
    /// Folded (real-world) events between them.
    pub events: u64,
}

/// An article as the full-text index takes it: the record, its story and whether it copies
/// another article.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexRow {
    /// The article and its layers.
    pub record: AnalysisRecord,
    /// Its story.
    pub story: Option<StoryId>,
    /// Whether it copies an earlier article.
    pub copy: bool,
}

/// The monthly relations series of timeline rows (all of a timeline's, for the whole series):
/// per month of the event date, folded events per quad class and their summed Goldstein
/// value; negated events and those dated by year only are left out.
pub fn months_of(rows: &[TimelineRow]) -> Vec<MonthRow> {
    let mut months: BTreeMap<&str, MonthRow> = BTreeMap::new();
    for row in rows.iter().filter(|r| !r.negated) {
        let Some(month) = row.date.as_deref().and_then(|d| d.get(..7)).filter(|m| m.len() == 7)
        else {
            continue;
        };
        let m = months.entry(month).or_insert_with(|| MonthRow {
            month: month.to_owned(),
            quad_counts: [0; 4],
            goldstein: 0.0,
        });
        if let Some(n) =
            usize::from(row.quad_class).checked_sub(1).and_then(|q| m.quad_counts.get_mut(q))
        {
            *n += 1;
        }
        m.goldstein += row.goldstein.unwrap_or(0.0);
    }
    months.into_values().collect()
}

/// A story's article and the copies of it in the story ([`copy_groups`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopyGroup {
    /// The article the others copy (the first seen).
    pub canonical: ArticleRow,
    /// Its copies in the story, by date.
    pub copies: Vec<ArticleRow>,
    /// The distinct outlets of the group, the canonical article's first.
    pub outlets: Vec<String>,
}

/// A story's articles as copy groups: each article that copies nothing in the story, in the
/// given order, with the copies of it. A copy whose original is not in the story stands alone.
pub fn copy_groups(articles: &[ArticleRow]) -> Vec<CopyGroup> {
    let in_story = |id: &dyad_core::ArticleId| articles.iter().any(|a| &a.id == id);
    let mut groups = Vec::new();
    for a in articles {
        if a.copy_of.as_ref().is_some_and(in_story) {
            continue;
        }
        let copies: Vec<ArticleRow> =
            articles.iter().filter(|c| c.copy_of.as_ref() == Some(&a.id)).cloned().collect();
        let mut outlets: Vec<String> = Vec::new();
        for s in std::iter::once(a).chain(&copies).filter_map(|x| x.source.as_ref()) {
            if !outlets.contains(s) {
                outlets.push(s.clone());
            }
        }
        groups.push(CopyGroup { canonical: a.clone(), copies, outlets });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, source: &str, copy_of: Option<&str>) -> ArticleRow {
        ArticleRow {
            id: id.into(),
            title: None,
            source: Some(source.into()),
            url: None,
            published: Some("2019-03-12".into()),
            story: None,
            copy_of: copy_of.map(Into::into),
            origin: String::new(),
        }
    }

    #[test]
    fn copies_are_grouped_under_their_canonical_article() {
        let articles = [
            row("wire", "Wire", None),
            row("other", "Post", None),
            row("copy1", "Daily", Some("wire")),
            row("copy2", "Wire", Some("wire")),
            row("stray", "Herald", Some("elsewhere")),
        ];
        let groups = copy_groups(&articles);
        let ids: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|g| (g.canonical.id.as_str(), g.copies.iter().map(|a| a.id.as_str()).collect()))
            .collect();
        assert_eq!(ids, [("wire", vec!["copy1", "copy2"]), ("other", vec![]), ("stray", vec![])]);
        assert_eq!(groups[0].outlets, ["Wire", "Daily"]);
    }
}
