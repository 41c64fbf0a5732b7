//! The folder: copies and stories, updated one article at a time.

use crate::minhash::Signature;
use crate::stories::{Features, Story};
use dyad_core::{ArticleId, Document, PartialDate, StoryId};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Tuning of the folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FoldOptions {
    /// Estimated Jaccard similarity of word 5-shingles from which an article is a copy
    /// (syndicated copies with an edited lead or an added paragraph stay above 0.5).
    pub copy_similarity: f64,
    /// Similarity (shared actors and words) from which an article joins a story.
    pub story_similarity: f64,
    /// Days an article may fall outside a story's time span and still join it.
    pub window_days: i64,
}

impl Default for FoldOptions {
    fn default() -> FoldOptions {
        FoldOptions { copy_similarity: 0.5, story_similarity: 0.3, window_days: 7 }
    }
}

/// What the folder decided for one article.
#[derive(Debug, Clone, PartialEq)]
pub struct FoldOutcome {
    /// The earlier article this one copies, with their estimated similarity.
    pub copy_of: Option<(ArticleId, f64)>,
    /// The story the article belongs to (after this article was added).
    pub story: Story,
    /// Whether the article started the story.
    pub new_story: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Remembered {
    signature: Signature,
    story: StoryId,
    date: Option<PartialDate>,
}

/// Cross-article state: signatures of recent articles (LSH buckets) and open stories.
/// Serialisable, so a store can keep it between runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Folder {
    options: FoldOptions,
    articles: HashMap<ArticleId, Remembered>,
    buckets: HashMap<u64, Vec<ArticleId>>,
    stories: Vec<Story>,
    /// Latest date seen: what "old" means when closing stories.
    newest: Option<PartialDate>,
}

impl Folder {
    /// An empty folder.
    pub fn new(options: FoldOptions) -> Folder {
        Folder { options, ..Folder::default() }
    }

    /// Open stories, oldest first.
    pub fn stories(&self) -> &[Story] {
        &self.stories
    }

    /// Folds one analysed article: finds the article it copies (verified by signature
    /// similarity, not just a shared bucket), then the story it joins or starts.
    pub fn push(&mut self, doc: &Document) -> FoldOutcome {
        let id = doc.article.id.clone();
        let signature = Signature::of(doc.text());
        let date = doc.article.published;
        let mut best: Option<(ArticleId, f64)> = None;
        for band in signature.bands() {
            for other in self.buckets.get(&band).into_iter().flatten() {
                if *other == id {
                    continue;
                }
                let Some(r) = self.articles.get(other) else { continue };
                let s = signature.similarity(&r.signature);
                if s >= self.options.copy_similarity && best.as_ref().is_none_or(|(_, b)| s > *b) {
                    best = Some((other.clone(), s));
                }
            }
        }
        let features = Features::of(doc);
        let title = doc.article.title.as_deref();
        let copied_story =
            best.as_ref().and_then(|(o, _)| self.articles.get(o)).map(|r| r.story.clone());
        let (index, new_story) =
            match copied_story.and_then(|s| self.stories.iter().position(|x| x.id == s)) {
                Some(i) => (i, false),
                None => {
                    let candidate = self
                        .stories
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.days_apart(date) <= self.options.window_days)
                        .map(|(i, s)| (i, s.similarity(&features)))
                        .filter(|(_, sim)| *sim >= self.options.story_similarity)
                        .max_by(|a, b| a.1.total_cmp(&b.1));
                    match candidate {
                        Some((i, _)) => (i, false),
                        None => {
                            let story_id = StoryId(format!(
                                "s-{:012x}",
                                dyad_core::stable_hash(id.as_str().as_bytes()) >> 16
                            ));
                            self.stories.push(Story::new(
                                story_id,
                                title.unwrap_or("(untitled)").to_owned(),
                                &features,
                            ));
                            (self.stories.len() - 1, true)
                        }
                    }
                }
            };
        if !new_story {
            let sim = self.stories[index].similarity(&features);
            self.stories[index].add(&features, title, sim);
        }
        let story = self.stories[index].clone();
        for band in signature.bands() {
            let bucket = self.buckets.entry(band).or_default();
            if !bucket.contains(&id) {
                bucket.push(id.clone());
            }
        }
        self.articles.insert(id, Remembered { signature, story: story.id.clone(), date });
        if let Some(d) = date {
            self.newest = Some(self.newest.map_or(d, |n| n.max(d)));
        }
        self.close_old();
        FoldOutcome { copy_of: best, story, new_story }
    }

    /// Drops stories and signatures older than three windows before the newest date, so
    /// memory stays bounded on a long stream.
    fn close_old(&mut self) {
        let Some(newest) = self.newest else { return };
        let horizon = newest.days_from_epoch() - 3 * self.options.window_days.max(1) - 30;
        let old = |d: Option<PartialDate>| d.is_some_and(|d| d.days_from_epoch() < horizon);
        self.stories.retain(|s| !old(s.last));
        let gone: Vec<ArticleId> =
            self.articles.iter().filter(|(_, r)| old(r.date)).map(|(k, _)| k.clone()).collect();
        if gone.is_empty() {
            return;
        }
        for k in &gone {
            self.articles.remove(k);
        }
        for bucket in self.buckets.values_mut() {
            bucket.retain(|a| !gone.contains(a));
        }
        self.buckets.retain(|_, b| !b.is_empty());
    }
}
