//! Stories: incremental clustering of articles by shared actors, shared words and time.

use dyad_core::{Document, EntityId, EntityKind, PartialDate, StoryId};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Words too common in news to tell stories apart.
const STOPWORDS: &[&str] = &[
    "about",
    "after",
    "again",
    "against",
    "also",
    "although",
    "among",
    "around",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "could",
    "didn",
    "does",
    "doing",
    "during",
    "each",
    "even",
    "every",
    "first",
    "from",
    "further",
    "have",
    "having",
    "here",
    "into",
    "just",
    "last",
    "later",
    "made",
    "make",
    "many",
    "more",
    "most",
    "much",
    "must",
    "next",
    "only",
    "other",
    "over",
    "said",
    "says",
    "should",
    "since",
    "some",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "told",
    "under",
    "until",
    "very",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "will",
    "with",
    "would",
    "year",
    "years",
    "your",
    "week",
    "month",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "percent",
    "added",
    "according",
    "people",
    "time",
    "officials",
    "official",
    "statement",
    "news",
    "reporters",
    "told",
    "including",
    "however",
    "still",
    "well",
];

const TOP_ENTITIES: usize = 12;
const TOP_WORDS: usize = 24;

/// What an article brings to clustering: its actors, its salient words and its date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Features {
    /// Canonical entity ids with mention counts (people, organisations, countries).
    pub entities: Vec<(EntityId, String, u32)>,
    /// Salient words with counts.
    pub words: Vec<(String, u32)>,
    /// Publication date.
    pub date: Option<PartialDate>,
}

impl Features {
    /// Features of an analysed article: its most mentioned actors and the most frequent
    /// content words of its title and text.
    pub fn of(doc: &Document) -> Features {
        let mut entities: HashMap<&EntityId, u32> = HashMap::new();
        for m in &doc.mentions {
            *entities.entry(&m.entity).or_default() += 1;
        }
        let mut entities: Vec<(EntityId, String, u32)> = entities
            .into_iter()
            .filter_map(|(id, n)| {
                doc.entity(id)
                    .filter(|e| e.kind != EntityKind::Place)
                    .map(|e| (id.clone(), e.name.clone(), n))
            })
            .collect();
        entities.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        entities.truncate(TOP_ENTITIES);
        let mut counts: HashMap<String, u32> = HashMap::new();
        let title = doc.article.title.as_deref().unwrap_or("");
        for (weight, text) in [(3, title), (1, doc.text())] {
            for w in crate::minhash::words(text) {
                if w.len() >= 4
                    && !w.bytes().all(|b| b.is_ascii_digit())
                    && !STOPWORDS.contains(&w.as_str())
                {
                    *counts.entry(w).or_default() += weight;
                }
            }
        }
        let mut words: Vec<(String, u32)> = counts.into_iter().collect();
        words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        words.truncate(TOP_WORDS);
        Features { entities, words, date: doc.article.published }
    }
}

/// A story as the clusterer keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id (from its first article).
    pub id: StoryId,
    /// Generated title: the headline of the article most like the story as a whole.
    pub title: String,
    /// Earliest article date.
    pub first: Option<PartialDate>,
    /// Latest article date.
    pub last: Option<PartialDate>,
    /// Articles in the story (copies included).
    pub articles: u32,
    /// Key actors: `(id, name, mentions)`, most mentioned first.
    pub actors: Vec<(EntityId, String, u32)>,
    /// Salient words with counts.
    words: Vec<(String, u32)>,
    /// Best title candidate so far and its similarity to the story.
    title_score: f64,
}

fn overlap<K: PartialEq>(a: &[(K, u32)], b: &[(K, u32)]) -> f64 {
    let total_a: u32 = a.iter().map(|x| x.1).sum();
    let total_b: u32 = b.iter().map(|x| x.1).sum();
    if total_a == 0 || total_b == 0 {
        return 0.0;
    }
    // Weighted overlap: shared mass over the smaller side's mass (a story may be broader).
    let shared: u32 = a
        .iter()
        .filter_map(|(k, n)| b.iter().find(|(k2, _)| k2 == k).map(|(_, m)| (*n).min(*m)))
        .sum();
    f64::from(shared) / f64::from(total_a.min(total_b))
}

impl Story {
    pub(crate) fn new(id: StoryId, title: String, f: &Features) -> Story {
        Story {
            id,
            title,
            first: f.date,
            last: f.date,
            articles: 1,
            actors: f.entities.clone(),
            words: f.words.clone(),
            title_score: 0.0,
        }
    }

    /// Similarity of an article's features to this story, 0–1.
    pub(crate) fn similarity(&self, f: &Features) -> f64 {
        let ents: Vec<(EntityId, u32)> =
            f.entities.iter().map(|(i, _, n)| (i.clone(), *n)).collect();
        let mine: Vec<(EntityId, u32)> =
            self.actors.iter().map(|(i, _, n)| (i.clone(), *n)).collect();
        0.5 * overlap(&ents, &mine) + 0.5 * overlap(&f.words, &self.words)
    }

    /// Days between the article and the story's time span (0 inside it; 0 when undated).
    pub(crate) fn days_apart(&self, date: Option<PartialDate>) -> i64 {
        let (Some(d), Some(first), Some(last)) = (date, self.first, self.last) else { return 0 };
        let d = d.days_from_epoch();
        if d < first.days_from_epoch() {
            first.days_from_epoch() - d
        } else {
            (d - last.days_from_epoch()).max(0)
        }
    }

    pub(crate) fn add(&mut self, f: &Features, title: Option<&str>, similarity: f64) {
        self.articles += 1;
        self.first = match (self.first, f.date) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last = match (self.last, f.date) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        merge(&mut self.words, f.words.iter().cloned(), TOP_WORDS * 2);
        let mut actors: Vec<(EntityId, u32)> =
            self.actors.iter().map(|(i, _, n)| (i.clone(), *n)).collect();
        merge(&mut actors, f.entities.iter().map(|(i, _, n)| (i.clone(), *n)), TOP_ENTITIES * 2);
        let names: HashMap<EntityId, String> =
            self.actors.iter().chain(&f.entities).map(|(i, n, _)| (i.clone(), n.clone())).collect();
        self.actors = actors
            .into_iter()
            .map(|(i, n)| (i.clone(), names.get(&i).cloned().unwrap_or_default(), n))
            .collect();
        if let Some(t) = title
            && similarity > self.title_score
        {
            self.title = t.to_owned();
            self.title_score = similarity;
        }
    }
}

fn merge<K: PartialEq + Ord + Clone>(
    into: &mut Vec<(K, u32)>,
    from: impl Iterator<Item = (K, u32)>,
    keep: usize,
) {
    for (k, n) in from {
        match into.iter_mut().find(|(k2, _)| *k2 == k) {
            Some(x) => x.1 += n,
            None => into.push((k, n)),
        }
    }
    into.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    into.truncate(keep);
}
