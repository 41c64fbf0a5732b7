//! The folder: copies, stories and events, updated one article at a time over a sliding
//! window of stream time.

use crate::copies::{CopyGroup, CopyIndex, CopyMember};
use crate::events::EventFolder;
use crate::idf::DocFreq;
use crate::minhash::Sketch;
use crate::stories::{Arrival, Features, Story, StoryIndex, StoryParams};
use dyad_core::{ArticleId, Document, PartialDate, StoryId};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// Tuning of the folder. Every field has a default; unknown fields are refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FoldOptions {
    /// Share (0–1) of the smaller article's word 5-shingles that must appear in the other for
    /// it to be a copy. Containment rather than Jaccard similarity, so that a site running the
    /// first paragraphs of a wire story, or adding one of its own, still counts.
    pub copy_threshold: f64,
    /// Share (0–1) of the two articles' shingles together that they must share, unless one
    /// is an excerpt of the other (80% of it found in the other): two independent reports of
    /// one event share quotes and stock background, and a short one may have half its text in
    /// a long one, but copies share much more of their union.
    pub copy_min_jaccard: f64,
    /// Similarity from which an article joins a story: 0.65 × the IDF-weighted cosine of
    /// their words + 0.35 × that of their actors, + 0.1 when they report an event of the same
    /// actors and type within two days (− 0.1 when only on other days), − 0.03 per day the
    /// article lies outside the story's time span, − 0.15 when either is undated.
    pub story_threshold: f64,
    /// Days an article may lie outside a story's time span and still join it; a story whose
    /// latest article is older than this (in stream time) is closed.
    pub story_gap_days: i64,
    /// Days of articles remembered for copy detection and event folding.
    pub window_days: i64,
    /// Articles (and events) remembered, and stories kept open, among the latest to arrive
    /// whatever their dates: an archive read out of date order (a folder of pages from
    /// different months) still finds its copies and stories.
    pub keep_recent: usize,
    /// Half-life in days of the document frequencies behind IDF weights.
    pub idf_half_life_days: f64,
}

impl Default for FoldOptions {
    fn default() -> FoldOptions {
        FoldOptions {
            copy_threshold: 0.5,
            copy_min_jaccard: 0.2,
            story_threshold: 0.4,
            story_gap_days: 4,
            window_days: 14,
            keep_recent: 10_000,
            idf_half_life_days: 30.0,
        }
    }
}

/// What the folder decided for one article.
#[derive(Debug, Clone, PartialEq)]
pub struct FoldOutcome {
    /// The canonical article of the copy group this one joins, with their containment
    /// (1.0 for an exact copy); `None` when the article is not a copy.
    pub copy_of: Option<(ArticleId, f64)>,
    /// The story the article belongs to (after this article was added).
    pub story: Story,
    /// Whether the article started the story.
    pub new_story: bool,
    /// The fold key of each of the article's events, in `doc.events` order: reports of the
    /// same real-world event in any article of the window share a key.
    pub event_keys: Vec<String>,
}

/// Counters of what the folder holds: they stop growing once the window is full.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct FolderSize {
    /// Articles remembered for copy detection.
    pub articles: usize,
    /// LSH band postings.
    pub band_postings: usize,
    /// Open stories.
    pub stories: usize,
    /// Story index postings.
    pub story_postings: usize,
    /// Terms with a document frequency.
    pub terms: usize,
    /// Events remembered for folding.
    pub events: usize,
    /// Approximate heap bytes of all of the above.
    pub bytes: usize,
}

/// Dates kept to set the stream clock (their median).
const CLOCK_SAMPLES: usize = 15;
/// Arrivals between clean-ups when the clock does not move.
const MAINTAIN_EVERY: u64 = 1000;

/// Cross-article state: sketches of recent articles, open stories, recent events.
/// Serialisable, so a store can keep it between runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Folder {
    options: FoldOptions,
    copies: CopyIndex,
    stories: StoryIndex,
    events: EventFolder,
    df: DocFreq,
    /// Recent article dates (day numbers): the clock is their median, so that one article
    /// with a wrong date does not close every story.
    recent_days: VecDeque<i64>,
    /// Stream time: the day the window ends.
    clock: Option<i64>,
    /// Articles pushed so far.
    #[serde(default)]
    arrivals: u64,
}

impl Folder {
    /// An empty folder.
    pub fn new(options: FoldOptions) -> Folder {
        let df = DocFreq::new(options.idf_half_life_days as f32);
        Folder { options, df, ..Folder::default() }
    }

    /// The options it runs with.
    pub fn options(&self) -> &FoldOptions {
        &self.options
    }

    /// Open stories, oldest first.
    pub fn stories(&self) -> impl Iterator<Item = &Story> {
        self.stories.stories()
    }

    /// The copy group of a remembered article: its canonical article and copies, with
    /// outlets, URLs and dates.
    pub fn copies_of(&self, id: &ArticleId) -> Option<&CopyGroup> {
        self.copies.group(id)
    }

    /// What the folder holds now.
    pub fn size(&self) -> FolderSize {
        let (articles, band_postings, copy_bytes) = self.copies.size();
        let (stories, story_postings, story_bytes) = self.stories.size();
        let terms = self.df.len();
        let events = self.events.len();
        FolderSize {
            articles,
            band_postings,
            stories,
            story_postings,
            terms,
            events,
            bytes: copy_bytes + story_bytes + terms * 24 + events * 200,
        }
    }

    /// The day an article counts on: its publication date, else the stream clock.
    fn day_of(&self, date: Option<PartialDate>) -> i64 {
        date.map(|d| d.days_from_epoch()).or(self.clock).unwrap_or(0)
    }

    /// Folds one analysed article: finds the article it copies (exact or near copy, verified
    /// by shingle containment), the story it joins or starts, and the fold keys of its events;
    /// then closes what fell out of the window.
    pub fn push(&mut self, doc: &Document) -> FoldOutcome {
        let id = doc.article.id.clone();
        let date = doc.article.published;
        let day = self.day_of(date);
        let day32 = i32::try_from(day).unwrap_or(0);
        let sketch = Sketch::of(doc.text());
        let copy =
            self.copies.find(&sketch, self.options.copy_threshold, self.options.copy_min_jaccard);
        let features = Features::of(doc);
        if copy.is_none() {
            self.df.add(features.all_terms(), day32);
        }
        let new_id =
            StoryId(format!("s-{:012x}", dyad_core::stable_hash(id.as_str().as_bytes()) >> 16));
        let params = StoryParams {
            threshold: self.options.story_threshold,
            max_gap_days: self.options.story_gap_days,
        };
        let copy_story =
            copy.as_ref().and_then(|c| c.story.clone()).filter(|s| self.stories.is_open(s));
        let arrival = Arrival {
            features: &features,
            title: doc.article.title.as_deref(),
            copy_story: copy_story.as_ref(),
            new_id,
            day: day32,
            seq: self.arrivals,
        };
        let placed = self.stories.place(arrival, params, &self.df);
        let member = CopyMember {
            id: id.clone(),
            source: doc.article.source.clone(),
            url: doc.article.url.clone(),
            published: date,
        };
        self.copies.add(member, sketch, copy.as_ref().map(|c| &c.matched), placed.story.id.clone());
        let event_keys = doc.events.iter().map(|e| self.events.fold(e)).collect();
        self.arrivals += 1;
        let moved = date.is_some_and(|d| self.tick(d.days_from_epoch()));
        if moved || self.arrivals.is_multiple_of(MAINTAIN_EVERY) {
            self.maintain();
        }
        FoldOutcome {
            copy_of: copy.map(|c| (c.canonical, c.containment)),
            story: placed.story,
            new_story: placed.new_story,
            event_keys,
        }
    }

    /// Moves the stream clock with a dated article: the median of the latest dates, so that
    /// one misdated article does not close every story. Returns whether it moved.
    fn tick(&mut self, day: i64) -> bool {
        self.recent_days.push_back(day);
        if self.recent_days.len() > CLOCK_SAMPLES {
            self.recent_days.pop_front();
        }
        let mut sorted: Vec<i64> = self.recent_days.iter().copied().collect();
        sorted.sort_unstable();
        let Some(median) = sorted.get(sorted.len() / 2).copied() else { return false };
        if self.clock.is_some_and(|c| c >= median) {
            return false;
        }
        self.clock = Some(median);
        true
    }

    /// Forgets what fell out of the window and closes old stories.
    fn maintain(&mut self) {
        let Some(clock) = self.clock else { return };
        let window = self.options.window_days.max(1);
        let keep = self.options.keep_recent;
        self.copies.expire(clock - window, keep);
        self.events.expire(clock - window, keep);
        let close = clock - self.options.story_gap_days.max(0) - 1;
        let floor = self.arrivals.saturating_sub(keep as u64);
        self.stories.close_before(i32::try_from(close).unwrap_or(i32::MIN), floor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Article;

    const TALKS: &str = "Negotiators from Russia and the United States met in Geneva on Tuesday for arms control talks and agreed to meet again next month, officials from both delegations said after the session. The talks on strategic stability were described as businesslike by Russian Deputy Foreign Minister Sergei Ryabkov, who led his country's delegation. The American side was led by Under Secretary of State Andrea Thompson.";
    const FARM: &str = "Farmers blocked motorways around Paris with tractors on Monday to protest against a rise in fuel taxes, and unions called for a national strike at the end of the week. The government said it would not back down on the tax, which it says is needed to fund the energy transition.";

    fn doc(id: &str, title: &str, text: &str, date: Option<PartialDate>) -> Document {
        Document::new(Article {
            id: id.into(),
            title: Some(title.into()),
            source: Some(format!("Outlet {id}")),
            text: text.into(),
            published: date,
            ..Article::default()
        })
    }

    #[test]
    fn copies_join_their_story_and_other_stories_start() {
        let mut f = Folder::new(FoldOptions::default());
        let d = PartialDate::ymd(2019, 3, 12);
        let a = f.push(&doc("wire", "Arms talks resume in Geneva", TALKS, d));
        assert!(a.new_story && a.copy_of.is_none());
        let b = f.push(&doc(
            "copy",
            "Arms control talks in Geneva",
            &format!("GENEVA — {TALKS} Read more on our site."),
            d,
        ));
        assert_eq!(b.copy_of.as_ref().map(|c| c.0.as_str()), Some("wire"));
        assert_eq!(b.story.id, a.story.id);
        assert_eq!((b.story.articles, b.story.copies), (2, 1));
        let c = f.push(&doc("farm", "Farmers block motorways", FARM, d));
        assert!(c.new_story && c.copy_of.is_none());
        assert_eq!(f.stories().count(), 2);
        let group = f.copies_of(&"copy".into()).expect("a group");
        assert_eq!(group.outlets(), ["Outlet wire", "Outlet copy"]);
    }

    #[test]
    fn a_related_article_joins_and_a_late_one_starts_a_new_story() {
        // Nothing kept for arriving recently: dates alone decide what is old.
        let mut f = Folder::new(FoldOptions { keep_recent: 0, ..FoldOptions::default() });
        let a = f.push(&doc(
            "a",
            "Russia and US hold arms control talks in Geneva",
            TALKS,
            PartialDate::ymd(2019, 3, 12),
        ));
        let follow = "Russian Deputy Foreign Minister Sergei Ryabkov said on Wednesday that the arms control talks with the United States in Geneva had been useful, and that strategic stability would be on the agenda when the delegations meet again next month. Andrea Thompson, who led the American delegation, said the talks were frank.";
        let b = f.push(&doc(
            "b",
            "Ryabkov calls Geneva arms talks useful",
            follow,
            PartialDate::ymd(2019, 3, 13),
        ));
        assert_eq!(b.story.id, a.story.id, "the follow-up joins");
        // The same words three months later: another round, another story.
        let c = f.push(&doc(
            "c",
            "Ryabkov calls Geneva arms talks useful",
            follow,
            PartialDate::ymd(2019, 6, 13),
        ));
        assert!(c.new_story);
        // Once most recent articles are from June (the clock is their median, robust to one
        // misdated article), the March story is closed: memory does not keep it.
        f.push(&doc("d", "Farmers block motorways", FARM, PartialDate::ymd(2019, 6, 14)));
        f.push(&doc("e", "Farmers block motorways again", FARM, PartialDate::ymd(2019, 6, 14)));
        let open: Vec<&str> = f.stories().map(|s| s.title.as_str()).collect();
        assert_eq!(open, ["Ryabkov calls Geneva arms talks useful", "Farmers block motorways"]);
    }

    #[test]
    fn memory_stops_growing_on_a_long_stream() {
        let mut f = Folder::new(FoldOptions { keep_recent: 100, ..FoldOptions::default() });
        let mut sizes = Vec::new();
        for day in 0..200i64 {
            for k in 0..5 {
                let text = format!(
                    "{} Report number {day} {k} on topic{} with words{} and more{}.",
                    if k % 2 == 0 { TALKS } else { FARM },
                    day * 7 + k,
                    day,
                    k
                );
                let date = PartialDate::from_days(18000 + day);
                f.push(&doc(
                    &format!("d{day}-{k}"),
                    &format!("Day {day} item {k}"),
                    &text,
                    Some(date),
                ));
            }
            sizes.push(f.size());
        }
        let (mid, end) = (sizes[100], sizes[199]);
        assert!(end.articles <= mid.articles + 10, "{mid:?} {end:?}");
        assert!(end.stories <= mid.stories + 10, "{mid:?} {end:?}");
        assert!(end.band_postings <= mid.band_postings + 1000, "{mid:?} {end:?}");
    }

    #[test]
    fn an_archive_out_of_date_order_still_finds_copies_and_stories() {
        let mut f = Folder::new(FoldOptions::default());
        let march = PartialDate::ymd(2019, 3, 12);
        let a = f.push(&doc("wire", "Arms talks resume in Geneva", TALKS, march));
        // Twenty articles from October move the clock on.
        for k in 0..20 {
            let text = format!("{FARM} Item {k}.");
            f.push(&doc(&format!("oct{k}"), "Farmers", &text, PartialDate::ymd(2019, 10, 7)));
        }
        // A March copy read afterwards is still found, and joins its March story.
        let b = f.push(&doc("copy", "Arms talks", TALKS, march));
        assert_eq!(b.copy_of.map(|c| c.0), Some("wire".into()));
        assert_eq!(b.story.id, a.story.id);
    }

    #[test]
    fn state_round_trips_and_keeps_working() {
        let mut f = Folder::new(FoldOptions::default());
        let d = PartialDate::ymd(2019, 3, 12);
        let a = f.push(&doc("wire", "Arms talks resume in Geneva", TALKS, d));
        let json = serde_json::to_string(&f).unwrap();
        let mut back: Folder = serde_json::from_str(&json).unwrap();
        let b = back.push(&doc("copy", "Arms talks", TALKS, d));
        assert_eq!(b.copy_of.map(|c| c.0), Some("wire".into()));
        assert_eq!(b.story.id, a.story.id);
        let c = back.push(&doc("farm", "Farmers", FARM, d));
        assert!(c.new_story);
    }

    #[test]
    fn options_refuse_unknown_fields_and_fill_defaults() {
        let o: FoldOptions = serde_json::from_str(r#"{"copy_threshold": 0.7}"#).unwrap();
        assert_eq!(o.copy_threshold, 0.7);
        assert_eq!(o.story_gap_days, FoldOptions::default().story_gap_days);
        assert!(serde_json::from_str::<FoldOptions>(r#"{"copy_similarity": 0.7}"#).is_err());
    }
}
