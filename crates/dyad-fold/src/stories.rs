//! Stories: incremental clustering of articles by their words, actors and events, and time.
//!
//! Each article is reduced to [`Features`]: log-scaled counts of its content words (headline
//! words count double), mention counts of its entities, and the (actor pair, PLOVER type,
//! day) of its dated events. A story keeps the sum of its articles' normalised word and
//! entity vectors (a centroid, pruned to its heaviest terms), its recent events and its time
//! span. An article is compared, with IDF weights from the recent stream, to the open stories
//! that share one of its salient terms (an inverted index over each story's top terms) and
//! whose time span is near its date; it joins the best one above the threshold, or starts a
//! story. Comparing with centroids rather than with single articles keeps the result from
//! depending much on the order articles arrive in.

use crate::idf::DocFreq;
use crate::minhash::mix;
use dyad_core::{Document, EntityId, EntityKind, PartialDate, StoryId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Words too common in news to tell stories apart (sorted, for binary search).
const STOPWORDS: &[&str] = &[
    "about",
    "above",
    "according",
    "across",
    "added",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "among",
    "and",
    "another",
    "any",
    "are",
    "around",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "can",
    "could",
    "day",
    "days",
    "did",
    "didn",
    "does",
    "doing",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "ever",
    "every",
    "few",
    "first",
    "for",
    "friday",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "including",
    "into",
    "its",
    "itself",
    "just",
    "last",
    "late",
    "later",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "might",
    "monday",
    "month",
    "months",
    "more",
    "most",
    "much",
    "must",
    "new",
    "news",
    "next",
    "nor",
    "not",
    "now",
    "off",
    "official",
    "officials",
    "once",
    "one",
    "only",
    "other",
    "our",
    "out",
    "over",
    "own",
    "people",
    "per",
    "percent",
    "reporters",
    "said",
    "same",
    "saturday",
    "say",
    "says",
    "second",
    "see",
    "she",
    "should",
    "since",
    "some",
    "statement",
    "still",
    "such",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "three",
    "through",
    "thursday",
    "time",
    "today",
    "told",
    "too",
    "tuesday",
    "two",
    "under",
    "until",
    "very",
    "was",
    "wednesday",
    "week",
    "weeks",
    "well",
    "went",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Content words kept per article (the most frequent).
const ARTICLE_TERMS: usize = 96;
/// Terms kept in a story's centroid.
const STORY_TERMS: usize = 128;
/// Entities kept in a story's centroid.
const STORY_ENTITIES: usize = 32;
/// A story's terms in the inverted index, and an article's terms used to look it up.
const INDEX_TERMS: usize = 12;
/// Entities in the inverted index / used for lookup.
const INDEX_ENTITIES: usize = 3;
/// Events a story remembers.
const STORY_EVENTS: usize = 32;
/// Key actors shown for a story.
const KEY_ACTORS: usize = 12;
/// Stories scanned per index term (the most recent ones).
const MAX_POSTINGS_SCAN: usize = 200;

/// Weights of the similarity channels: words and actors (summing to one), and a bonus for a
/// shared event.
const W_TEXT: f64 = 0.65;
const W_ENTITIES: f64 = 0.35;
const W_EVENTS: f64 = 0.1;
/// Score lost per day an article lies outside a story's time span.
const GAP_PENALTY_PER_DAY: f64 = 0.03;
/// Score an article or story without a date gives up (time cannot confirm the match).
const UNDATED_MARGIN: f64 = 0.15;
/// Days two event reports of the same actors and type may differ and still match.
const EVENT_DAYS: i32 = 2;

/// A term id: a 32-bit hash, with entities in their own namespace.
fn entity_term(id: &EntityId) -> u32 {
    let mut h = mix(0x656E_7469_7479);
    for b in id.as_str().bytes() {
        h = mix(h ^ u64::from(b));
    }
    h as u32
}

/// Light stemming: plural and possessive endings.
fn stem(w: &str) -> &str {
    let w = w.strip_suffix("'s").unwrap_or(w);
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w.get(..w.len() - 1).unwrap_or(w)
    } else {
        w
    }
}

/// Adds the content words of `text` with `weight` each to `counts`.
fn count_words(text: &str, weight: f32, counts: &mut HashMap<u32, f32>, buf: &mut String) {
    for raw in text.split(|c: char| !c.is_alphanumeric()) {
        if raw.len() < 3 || raw.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        buf.clear();
        buf.extend(raw.chars().flat_map(char::to_lowercase));
        let w = stem(buf);
        if w.len() < 3 || STOPWORDS.binary_search(&w).is_ok() {
            continue;
        }
        let mut h = 0x776F_7264_u64;
        for b in w.bytes() {
            h = mix(h ^ u64::from(b));
        }
        *counts.entry(h as u32).or_default() += weight;
    }
}

/// Scales a sparse vector to unit length.
fn normalise(v: &mut [(u32, f32)]) {
    let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, x) in v.iter_mut() {
            *x /= norm;
        }
    }
}

/// What an article brings to clustering: its words, its actors, its events and its date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Features {
    /// Content-word term ids with unit-normalised log-scaled counts, sorted by id.
    terms: Vec<(u32, f32)>,
    /// Entity term ids with unit-normalised log-scaled mention counts, sorted by id.
    entity_terms: Vec<(u32, f32)>,
    /// Actors (people, organisations, countries; not places) with mention counts, most
    /// mentioned first.
    pub entities: Vec<(EntityId, String, u32)>,
    /// Dated events: (actor pair and type key, day number).
    events: Vec<(u64, i32)>,
    /// Publication date.
    pub date: Option<PartialDate>,
}

impl Features {
    /// Features of an analysed article.
    pub fn of(doc: &Document) -> Features {
        let mut counts: HashMap<u32, f32> = HashMap::new();
        let mut buf = String::new();
        if let Some(t) = doc.article.title.as_deref() {
            count_words(t, 2.0, &mut counts, &mut buf);
        }
        count_words(doc.text(), 1.0, &mut counts, &mut buf);
        let mut terms: Vec<(u32, f32)> =
            counts.into_iter().map(|(t, n)| (t, 1.0 + n.ln())).collect();
        if terms.len() > ARTICLE_TERMS {
            terms.select_nth_unstable_by(ARTICLE_TERMS, |a, b| {
                b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
            });
            terms.truncate(ARTICLE_TERMS);
        }
        terms.sort_unstable_by_key(|t| t.0);
        normalise(&mut terms);

        let mut mentions: HashMap<&EntityId, u32> = HashMap::new();
        for m in &doc.mentions {
            *mentions.entry(&m.entity).or_default() += 1;
        }
        let mut entity_terms: Vec<(u32, f32)> =
            mentions.iter().map(|(id, n)| (entity_term(id), 1.0 + (*n as f32).ln())).collect();
        entity_terms.sort_unstable_by_key(|t| t.0);
        entity_terms.dedup_by_key(|t| t.0);
        normalise(&mut entity_terms);
        let mut entities: Vec<(EntityId, String, u32)> = mentions
            .into_iter()
            .filter_map(|(id, n)| {
                doc.entity(id)
                    .filter(|e| e.kind != EntityKind::Place)
                    .map(|e| (id.clone(), e.name.clone(), n))
            })
            .collect();
        entities.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        entities.truncate(KEY_ACTORS);

        let mut events: Vec<(u64, i32)> = doc
            .events
            .iter()
            .filter_map(|e| {
                let day = e.date.filter(|d| d.day_value().is_some())?.days_from_epoch();
                Some((crate::events::pair_key(e), i32::try_from(day).ok()?))
            })
            .collect();
        events.sort_unstable();
        events.dedup();
        Features { terms, entity_terms, entities, events, date: doc.article.published }
    }

    /// The distinct term ids (words and entities), for document frequencies.
    pub(crate) fn all_terms(&self) -> impl Iterator<Item = u32> + '_ {
        self.terms.iter().chain(&self.entity_terms).map(|t| t.0)
    }

    /// The article's lookup terms: its most salient words and entities.
    fn lookup_terms(&self, df: &DocFreq, day: i32) -> Vec<u32> {
        let mut out = top_by_idf(&self.terms, df, day, INDEX_TERMS);
        out.extend(top_by_idf(&self.entity_terms, df, day, INDEX_ENTITIES));
        out
    }
}

/// The `k` terms of `v` with the largest weight × IDF.
fn top_by_idf(v: &[(u32, f32)], df: &DocFreq, day: i32, k: usize) -> Vec<u32> {
    let mut w: Vec<(u32, f32)> = v.iter().map(|(t, x)| (*t, x * df.idf(*t, day))).collect();
    w.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    w.into_iter().take(k).map(|(t, _)| t).collect()
}

/// A sparse vector under IDF weights, with its norm: computed once per article, and once per
/// story update, so that comparing needs no IDF look-up.
#[derive(Debug, Clone, Default)]
struct Weighted {
    v: Vec<(u32, f32)>,
    norm: f32,
}

impl Weighted {
    fn new(v: &[(u32, f32)], df: &DocFreq, day: i32) -> Weighted {
        let v: Vec<(u32, f32)> = v.iter().map(|(t, x)| (*t, x * df.idf(*t, day))).collect();
        let norm = v.iter().map(|(_, y)| y * y).sum::<f32>().sqrt();
        Weighted { v, norm }
    }

    fn is_empty(&self) -> bool {
        self.v.is_empty()
    }

    /// Cosine with another weighted vector.
    fn cosine(&self, other: &Weighted) -> f64 {
        let (a, b) = (&self.v, &other.v);
        let (mut i, mut j) = (0, 0);
        let mut dot = 0.0f32;
        while let (Some(&(ta, xa)), Some(&(tb, xb))) = (a.get(i), b.get(j)) {
            if ta == tb {
                dot += xa * xb;
                i += 1;
                j += 1;
            } else if ta < tb {
                i += 1;
            } else {
                j += 1;
            }
        }
        let n = self.norm * other.norm;
        if n > 0.0 { f64::from(dot / n) } else { 0.0 }
    }
}

/// A story's or an article's word and entity vectors under IDF weights.
#[derive(Debug, Clone, Default)]
pub(crate) struct Weights {
    terms: Weighted,
    entities: Weighted,
}

impl Weights {
    fn of(terms: &[(u32, f32)], entities: &[(u32, f32)], df: &DocFreq, day: i32) -> Weights {
        Weights { terms: Weighted::new(terms, df, day), entities: Weighted::new(entities, df, day) }
    }
}

/// Adds `from` into `into` (both sorted by term), keeping the `keep` heaviest terms by
/// weight × IDF.
fn merge_terms(
    into: &mut Vec<(u32, f32)>,
    from: &[(u32, f32)],
    keep: usize,
    df: &DocFreq,
    day: i32,
) {
    let mut out = Vec::with_capacity(into.len() + from.len());
    let (mut i, mut j) = (0, 0);
    loop {
        match (into.get(i), from.get(j)) {
            (Some(&(ta, xa)), Some(&(tb, xb))) => {
                if ta == tb {
                    out.push((ta, xa + xb));
                    i += 1;
                    j += 1;
                } else if ta < tb {
                    out.push((ta, xa));
                    i += 1;
                } else {
                    out.push((tb, xb));
                    j += 1;
                }
            }
            (Some(&a), None) => {
                out.push(a);
                i += 1;
            }
            (None, Some(&b)) => {
                out.push(b);
                j += 1;
            }
            (None, None) => break,
        }
    }
    if out.len() > keep {
        let mut scored: Vec<(f32, u32, f32)> =
            out.iter().map(|(t, x)| (x * df.idf(*t, day), *t, *x)).collect();
        scored.select_nth_unstable_by(keep, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.truncate(keep);
        out = scored.into_iter().map(|(_, t, x)| (t, x)).collect();
        out.sort_unstable_by_key(|t| t.0);
    }
    *into = out;
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
    /// Of those, copies of another article of the story.
    pub copies: u32,
    /// Key actors: `(id, name, mentions)`, most mentioned first.
    pub actors: Vec<(EntityId, String, u32)>,
    /// Word centroid (sum of the articles' unit vectors), sorted by term.
    terms: Vec<(u32, f32)>,
    /// Entity centroid, sorted by term.
    entity_terms: Vec<(u32, f32)>,
    /// Recent events: (actor pair and type key, day).
    events: Vec<(u64, i32)>,
    /// Similarity of the current title's article to the story when it was added.
    title_score: f64,
    /// Stream day of the latest article added (for closing undated stories).
    touched: i32,
    /// Arrival number of the latest article added: a story touched by one of the last
    /// articles stays open whatever the dates say (an archive read out of date order).
    #[serde(default)]
    touched_seq: u64,
}

impl Story {
    fn new(id: StoryId, title: Option<&str>, f: &Features, day: i32, seq: u64) -> Story {
        Story {
            id,
            title: title.unwrap_or("(untitled)").to_owned(),
            first: f.date,
            last: f.date,
            articles: 1,
            copies: 0,
            actors: f.entities.clone(),
            terms: f.terms.clone(),
            entity_terms: f.entity_terms.clone(),
            events: f.events.clone(),
            title_score: if title.is_some() { 0.0 } else { -1.0 },
            touched: day,
            touched_seq: seq,
        }
    }

    /// Days between `date` and the story's time span (0 inside it, or when either is undated).
    pub fn days_apart(&self, date: Option<PartialDate>) -> i64 {
        let (Some(d), Some(first), Some(last)) = (date, self.first, self.last) else { return 0 };
        let d = d.days_from_epoch();
        if d < first.days_from_epoch() {
            first.days_from_epoch() - d
        } else {
            (d - last.days_from_epoch()).max(0)
        }
    }

    /// Similarity of an article to this story, before the time penalty: a weighted sum of
    /// the word cosine, the entity cosine and whether they report the same event.
    fn similarity(&self, mine: &Weights, f: &Features, fw: &Weights) -> f64 {
        let text = fw.terms.cosine(&mine.terms);
        let entities = fw.entities.cosine(&mine.entities);
        // The same actors doing the same thing on the same days: likely the same event. The
        // same actors and type only on other days: likely another round of it.
        let (mut same, mut other) = (false, false);
        for (k, d) in &f.events {
            for (k2, d2) in &self.events {
                if k == k2 {
                    if (d - d2).abs() <= EVENT_DAYS {
                        same = true;
                    } else {
                        other = true;
                    }
                }
            }
        }
        let event = if same {
            W_EVENTS
        } else if other {
            -W_EVENTS
        } else {
            0.0
        };
        // Without entities on either side (text not analysed), words decide alone.
        let base = if fw.entities.is_empty() && mine.entities.is_empty() {
            text
        } else {
            W_TEXT * text + W_ENTITIES * entities
        };
        base + event
    }

    fn widen(&mut self, date: Option<PartialDate>, day: i32, seq: u64) {
        self.touched_seq = self.touched_seq.max(seq);
        self.first = match (self.first, date) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last = match (self.last, date) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.touched = self.touched.max(day);
    }

    /// Adds an original article (not a copy): its vectors join the centroid.
    fn add(&mut self, a: &Arrival<'_>, similarity: f64, df: &DocFreq) {
        let (f, title, day) = (a.features, a.title, a.day);
        self.articles += 1;
        self.widen(f.date, day, a.seq);
        merge_terms(&mut self.terms, &f.terms, STORY_TERMS, df, day);
        merge_terms(&mut self.entity_terms, &f.entity_terms, STORY_ENTITIES, df, day);
        self.events.extend(f.events.iter().copied());
        self.events.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        self.events.dedup();
        self.events.truncate(STORY_EVENTS);
        let mut actors: Vec<(EntityId, String, u32)> = std::mem::take(&mut self.actors);
        for (id, name, n) in &f.entities {
            match actors.iter_mut().find(|a| &a.0 == id) {
                Some(a) => a.2 += n,
                None => actors.push((id.clone(), name.clone(), *n)),
            }
        }
        actors.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        actors.truncate(KEY_ACTORS * 2);
        self.actors = actors;
        if let Some(t) = title
            && similarity > self.title_score
        {
            self.title = t.to_owned();
            self.title_score = similarity;
        }
    }

    /// Adds a copy of one of its articles: counted and dated, the centroid unchanged.
    fn add_copy(&mut self, date: Option<PartialDate>, day: i32, seq: u64) {
        self.articles += 1;
        self.copies += 1;
        self.widen(date, day, seq);
    }

    /// The story's index terms.
    fn index_terms(&self, df: &DocFreq, day: i32) -> Vec<u32> {
        let mut out = top_by_idf(&self.terms, df, day, INDEX_TERMS);
        out.extend(top_by_idf(&self.entity_terms, df, day, INDEX_ENTITIES));
        out
    }

    /// Approximate heap bytes.
    fn heap_bytes(&self) -> usize {
        (self.terms.capacity() + self.entity_terms.capacity()) * 8
            + self.events.capacity() * 16
            + self.actors.iter().map(|a| a.0.as_str().len() + a.1.len() + 56).sum::<usize>()
            + self.title.len()
            + 200
    }
}

/// How the clusterer decides; built from [`FoldOptions`](crate::FoldOptions).
#[derive(Debug, Clone, Copy)]
pub(crate) struct StoryParams {
    pub(crate) threshold: f64,
    pub(crate) max_gap_days: i64,
}

/// An open story's slot, its stored form, and the terms it is indexed under.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Open {
    story: Story,
    #[serde(skip)]
    indexed: Vec<u32>,
    /// The story's vectors under IDF weights as of its last update (`None`: to compute).
    #[serde(skip)]
    weights: Option<Weights>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct StoryIndexState {
    next: u64,
    stories: Vec<(u64, Open)>,
}

/// Open stories and the inverted index over their salient terms.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "StoryIndexState", into = "StoryIndexState")]
pub(crate) struct StoryIndex {
    next: u64,
    /// Open stories by slot (oldest first).
    open: BTreeMap<u64, Open>,
    by_id: HashMap<StoryId, u64>,
    postings: HashMap<u32, Vec<u64>>,
    /// Whether postings must be rebuilt (after loading saved state).
    stale: bool,
}

impl From<StoryIndexState> for StoryIndex {
    fn from(s: StoryIndexState) -> StoryIndex {
        let by_id = s.stories.iter().map(|(slot, o)| (o.story.id.clone(), *slot)).collect();
        StoryIndex {
            next: s.next,
            open: s.stories.into_iter().collect(),
            by_id,
            postings: HashMap::new(),
            stale: true,
        }
    }
}

impl From<StoryIndex> for StoryIndexState {
    fn from(s: StoryIndex) -> StoryIndexState {
        StoryIndexState { next: s.next, stories: s.open.into_iter().collect() }
    }
}

/// An article arriving at the story index.
pub(crate) struct Arrival<'a> {
    pub(crate) features: &'a Features,
    pub(crate) title: Option<&'a str>,
    /// The story of the article it copies, if any.
    pub(crate) copy_story: Option<&'a StoryId>,
    /// The id of the story it starts, if it starts one.
    pub(crate) new_id: StoryId,
    /// Its stream day.
    pub(crate) day: i32,
    /// Its arrival number.
    pub(crate) seq: u64,
}

/// The decision for one article.
pub(crate) struct Placement {
    pub(crate) story: Story,
    pub(crate) new_story: bool,
}

impl StoryIndex {
    /// Open stories, oldest first.
    pub(crate) fn stories(&self) -> impl Iterator<Item = &Story> {
        self.open.values().map(|o| &o.story)
    }

    /// Whether a story is still open.
    pub(crate) fn is_open(&self, id: &StoryId) -> bool {
        self.by_id.contains_key(id)
    }

    fn reindex(&mut self, slot: u64, df: &DocFreq, day: i32) {
        let Some(o) = self.open.get_mut(&slot) else { return };
        let terms = o.story.index_terms(df, day);
        for t in &o.indexed {
            if !terms.contains(t)
                && let Some(list) = self.postings.get_mut(t)
            {
                list.retain(|s| *s != slot);
                if list.is_empty() {
                    self.postings.remove(t);
                }
            }
        }
        for t in &terms {
            if !o.indexed.contains(t) {
                self.postings.entry(*t).or_default().push(slot);
            }
        }
        o.indexed = terms;
    }

    fn rebuild(&mut self, df: &DocFreq, day: i32) {
        self.postings.clear();
        let slots: Vec<u64> = self.open.keys().copied().collect();
        for slot in slots {
            if let Some(o) = self.open.get_mut(&slot) {
                o.indexed.clear();
            }
            self.reindex(slot, df, day);
        }
        self.stale = false;
    }

    /// Places an article: into `copy_story` when it copies an article of an open story,
    /// else into the most similar open story above the threshold, else into a new story
    /// with id `new_id`.
    pub(crate) fn place(&mut self, a: Arrival<'_>, params: StoryParams, df: &DocFreq) -> Placement {
        let (f, title, copy_story, day, seq) = (a.features, a.title, a.copy_story, a.day, a.seq);
        if self.stale {
            self.rebuild(df, day);
        }
        if let Some(slot) = copy_story.and_then(|id| self.by_id.get(id)).copied()
            && let Some(o) = self.open.get_mut(&slot)
            && o.story.days_apart(f.date) <= params.max_gap_days
        {
            o.story.add_copy(f.date, day, seq);
            return Placement { story: o.story.clone(), new_story: false };
        }
        let mut candidates: Vec<u64> = Vec::new();
        for t in f.lookup_terms(df, day) {
            if let Some(list) = self.postings.get(&t) {
                candidates.extend(list.iter().rev().take(MAX_POSTINGS_SCAN));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(u64, f64, f64)> = None;
        let fw = Weights::of(&f.terms, &f.entity_terms, df, day);
        for slot in candidates {
            let Some(o) = self.open.get_mut(&slot) else { continue };
            let gap = o.story.days_apart(f.date);
            if gap > params.max_gap_days {
                continue;
            }
            let story = &o.story;
            let mine = o
                .weights
                .get_or_insert_with(|| Weights::of(&story.terms, &story.entity_terms, df, day));
            let sim = story.similarity(mine, f, &fw);
            // Without a date on either side, time cannot tell two stories apart: ask for more.
            let undated = f.date.is_none() || o.story.first.is_none();
            let score =
                sim - GAP_PENALTY_PER_DAY * gap as f64 - if undated { UNDATED_MARGIN } else { 0.0 };
            if score >= params.threshold && best.is_none_or(|(_, b, _)| score > b) {
                best = Some((slot, score, sim));
            }
        }
        if let Some((slot, _, sim)) = best
            && let Some(o) = self.open.get_mut(&slot)
        {
            o.story.add(&a, sim, df);
            o.weights = None;
            let story = o.story.clone();
            self.reindex(slot, df, day);
            return Placement { story, new_story: false };
        }
        let slot = self.next;
        self.next += 1;
        let story = Story::new(a.new_id.clone(), title, f, day, seq);
        self.by_id.insert(story.id.clone(), slot);
        self.open.insert(slot, Open { story: story.clone(), indexed: Vec::new(), weights: None });
        self.reindex(slot, df, day);
        Placement { story, new_story: true }
    }

    /// Closes stories whose latest article is older than `day` (undated ones: not touched
    /// since `day`) and that no article since arrival `seq_floor` joined, dropping their index
    /// entries.
    pub(crate) fn close_before(&mut self, day: i32, seq_floor: u64) {
        let closing: Vec<u64> = self
            .open
            .iter()
            .filter(|(_, o)| {
                let last = o
                    .story
                    .last
                    .and_then(|d| i32::try_from(d.days_from_epoch()).ok())
                    .unwrap_or(o.story.touched);
                last < day && o.story.touched_seq < seq_floor
            })
            .map(|(s, _)| *s)
            .collect();
        for slot in closing {
            let Some(o) = self.open.remove(&slot) else { continue };
            self.by_id.remove(&o.story.id);
            for t in &o.indexed {
                if let Some(list) = self.postings.get_mut(t) {
                    list.retain(|s| *s != slot);
                    if list.is_empty() {
                        self.postings.remove(t);
                    }
                }
            }
        }
    }

    /// Open stories, index postings and approximate heap bytes.
    pub(crate) fn size(&self) -> (usize, usize, usize) {
        let postings: usize = self.postings.values().map(Vec::len).sum();
        let bytes = self
            .open
            .values()
            .map(|o| o.story.heap_bytes() + o.indexed.capacity() * 4)
            .sum::<usize>()
            + postings * 8
            + self.postings.len() * 48;
        (self.open.len(), postings, bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]), "STOPWORDS must stay sorted");
    }

    #[test]
    fn stemming_is_light() {
        assert_eq!(stem("sanctions"), "sanction");
        assert_eq!(stem("russia's"), "russia");
        assert_eq!(stem("congress"), "congress");
        assert_eq!(stem("status"), "status");
        assert_eq!(stem("gas"), "gas");
    }

    #[test]
    fn merged_terms_stay_sorted_and_bounded() {
        let df = DocFreq::new(30.0);
        let mut a: Vec<(u32, f32)> = (0..100).map(|t| (t * 2, 1.0)).collect();
        let b: Vec<(u32, f32)> = (0..100).map(|t| (t * 3, 1.0)).collect();
        merge_terms(&mut a, &b, 120, &df, 0);
        assert_eq!(a.len(), 120);
        assert!(a.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(a.iter().any(|(_, x)| *x == 2.0));
    }

    #[test]
    fn cosine_of_equal_vectors_is_one() {
        let df = DocFreq::new(30.0);
        let mut v = vec![(1, 1.0), (5, 2.0), (9, 0.5)];
        normalise(&mut v);
        let w = Weighted::new(&v, &df, 0);
        assert!((w.cosine(&w) - 1.0).abs() < 1e-5);
        assert_eq!(w.cosine(&Weighted::new(&[(2, 1.0)], &df, 0)), 0.0);
    }
}
