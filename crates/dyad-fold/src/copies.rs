//! Copy folding: exact and near-duplicate copies of an article, grouped under the first one
//! seen (the canonical article), over a sliding window of recent articles.
//!
//! Candidates come from two indexes: the hash of the normalised text (exact copies, whatever
//! their case, spacing or punctuation) and 64 LSH bands of two MinHash rows (pairs from a
//! Jaccard similarity of about 0.2 up, which includes a wire story republished in part). Each
//! candidate is then checked: first the containment its signature implies (cheap), then the
//! actual containment of the smaller shingle set in the larger. Containment, not Jaccard,
//! because syndicated copies are often cut (a site runs the first paragraphs only) or padded
//! (a local paragraph added), which lowers the Jaccard similarity of real copies to 0.3.

use crate::minhash::{Shingles, Signature, Sketch};
use dyad_core::{ArticleId, PartialDate, StoryId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// Shingles a candidate must share with the article before containment counts: two short
/// texts that share one stock phrase are not copies.
const MIN_SHARED: usize = 8;
/// Containment from which a copy needs no minimum Jaccard similarity (a short excerpt of a
/// long wire story).
const EXCERPT_CONTAINMENT: f64 = 0.8;
/// Slack on the signature's containment estimate before the exact check.
const ESTIMATE_SLACK: f64 = 0.2;
/// Entries looked at per LSH bucket (the most recent ones).
const MAX_BUCKET_SCAN: usize = 256;

/// A copy found for a new article.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CopyMatch {
    /// The canonical article of the group the new article joins.
    pub(crate) canonical: ArticleId,
    /// The article it matched (the canonical one or another copy of it).
    pub(crate) matched: ArticleId,
    /// Share of the smaller article's shingles found in the other (1.0 for exact copies).
    pub(crate) containment: f64,
    /// The story the matched article was placed in.
    pub(crate) story: Option<StoryId>,
}

/// One article of a copy group: where and when it appeared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyMember {
    /// Article id.
    pub id: ArticleId,
    /// Outlet.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<PartialDate>,
}

/// A canonical article and the copies of it seen so far (within the window).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyGroup {
    /// The canonical article (the first of the group to arrive) first, then its copies in
    /// arrival order.
    pub members: Vec<CopyMember>,
}

impl CopyGroup {
    /// The canonical article.
    pub fn canonical(&self) -> Option<&CopyMember> {
        self.members.first()
    }

    /// Distinct outlets, in arrival order.
    pub fn outlets(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for s in self.members.iter().filter_map(|m| m.source.as_deref()) {
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }
}

/// A remembered article.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    id: ArticleId,
    /// Slot of the canonical article of its group (itself when canonical).
    canonical: u64,
    /// Day number used for expiry.
    day: Option<i64>,
    story: Option<StoryId>,
    exact: u64,
    signature: Signature,
    shingles: Shingles,
}

/// What is saved: the entries and groups; the indexes are rebuilt on load.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct CopyIndexState {
    next: u64,
    entries: Vec<(u64, Entry)>,
    groups: Vec<(u64, CopyGroup)>,
}

/// The copy index over the window's articles.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "CopyIndexState", into = "CopyIndexState")]
pub(crate) struct CopyIndex {
    next: u64,
    entries: HashMap<u64, Entry>,
    /// Copy groups by their canonical article's slot.
    groups: HashMap<u64, CopyGroup>,
    by_id: HashMap<ArticleId, u64>,
    exact: HashMap<u64, u64>,
    bands: HashMap<u64, Vec<u64>>,
    /// Entries by day, for expiry.
    by_day: BTreeSet<(i64, u64)>,
}

impl From<CopyIndexState> for CopyIndex {
    fn from(s: CopyIndexState) -> CopyIndex {
        let mut index = CopyIndex {
            next: s.next,
            groups: s.groups.into_iter().collect(),
            ..CopyIndex::default()
        };
        for (slot, e) in s.entries {
            index.insert(slot, e);
        }
        index
    }
}

impl From<CopyIndex> for CopyIndexState {
    fn from(mut c: CopyIndex) -> CopyIndexState {
        let mut entries: Vec<(u64, Entry)> = c.entries.drain().collect();
        entries.sort_by_key(|(slot, _)| *slot);
        let mut groups: Vec<(u64, CopyGroup)> = c.groups.drain().collect();
        groups.sort_by_key(|(slot, _)| *slot);
        CopyIndexState { next: c.next, entries, groups }
    }
}

/// The containment of the smaller set in the larger that a Jaccard estimate `j` implies for
/// sets of `a` and `b` elements: `|A ∩ B| = j (|A| + |B|) / (1 + j)`.
fn implied_containment(j: f64, a: usize, b: usize) -> f64 {
    let smaller = a.min(b);
    if smaller == 0 {
        return 0.0;
    }
    (j * (a + b) as f64 / (1.0 + j) / smaller as f64).min(1.0)
}

impl CopyIndex {
    fn insert(&mut self, slot: u64, e: Entry) {
        self.exact.entry(e.exact).or_insert(slot);
        if !e.shingles.is_empty() {
            for band in e.signature.bands() {
                self.bands.entry(band).or_default().push(slot);
            }
        }
        if let Some(d) = e.day {
            self.by_day.insert((d, slot));
        }
        self.by_id.insert(e.id.clone(), slot);
        self.entries.insert(slot, e);
    }

    /// The best copy match of a sketch among remembered articles: containment at least
    /// `threshold`, and Jaccard similarity at least `min_jaccard` unless the containment shows
    /// an excerpt. (Two independent reports of one event share its quotes and stock
    /// background; a short one can have half its text in a long one, but then they share
    /// little of their union.)
    pub(crate) fn find(
        &self,
        sketch: &Sketch,
        threshold: f64,
        min_jaccard: f64,
    ) -> Option<CopyMatch> {
        if let Some(e) = self.exact.get(&sketch.exact).and_then(|s| self.entries.get(s))
            && !sketch.shingles.is_empty()
        {
            return Some(self.found(e, e, 1.0));
        }
        let mut candidates: Vec<u64> = Vec::new();
        for band in sketch.signature.bands() {
            if let Some(list) = self.bands.get(&band) {
                // A hot bucket (stock phrases shared by thousands): its latest entries only.
                candidates.extend(list.iter().rev().take(MAX_BUCKET_SCAN));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(&Entry, f64, f64)> = None;
        for slot in &candidates {
            let Some(e) = self.entries.get(slot) else { continue };
            let j = sketch.signature.similarity(&e.signature);
            let implied = implied_containment(j, sketch.shingles.len(), e.shingles.len());
            if implied + ESTIMATE_SLACK < threshold {
                continue;
            }
            let o = sketch.shingles.overlap(&e.shingles);
            if o.shared < MIN_SHARED.min(sketch.shingles.len().min(e.shingles.len())) {
                continue;
            }
            let c = o.containment;
            let copy = c >= threshold && (o.jaccard >= min_jaccard || c >= EXCERPT_CONTAINMENT);
            if copy && best.is_none_or(|(_, bc, bj)| (c, o.jaccard) > (bc, bj)) {
                best = Some((e, c, o.jaccard));
            }
        }
        best.map(|(e, c, _)| {
            let canonical = self.entries.get(&e.canonical).unwrap_or(e);
            self.found(canonical, e, c)
        })
    }

    fn found(&self, canonical: &Entry, matched: &Entry, containment: f64) -> CopyMatch {
        CopyMatch {
            canonical: canonical.id.clone(),
            matched: matched.id.clone(),
            containment,
            story: matched.story.clone(),
        }
    }

    /// Remembers an article, as a copy of `copy_of`'s group or as a new canonical article.
    pub(crate) fn add(
        &mut self,
        member: CopyMember,
        sketch: Sketch,
        copy_of: Option<&ArticleId>,
        story: StoryId,
    ) -> &CopyGroup {
        let slot = self.next;
        self.next += 1;
        let canonical = copy_of
            .and_then(|id| self.by_id.get(id))
            .and_then(|s| self.entries.get(s))
            .map_or(slot, |e| e.canonical);
        let day = member.published.map(|d| d.days_from_epoch());
        let entry = Entry {
            id: member.id.clone(),
            canonical,
            day,
            story: Some(story),
            exact: sketch.exact,
            signature: sketch.signature,
            shingles: sketch.shingles,
        };
        self.insert(slot, entry);
        let group =
            self.groups.entry(canonical).or_insert_with(|| CopyGroup { members: Vec::new() });
        group.members.push(member);
        group
    }

    /// The copy group of a remembered article.
    pub(crate) fn group(&self, id: &ArticleId) -> Option<&CopyGroup> {
        let e = self.by_id.get(id).and_then(|s| self.entries.get(s))?;
        self.groups.get(&e.canonical)
    }

    /// Forgets articles dated before `day`, except the `keep_recent` latest to arrive (an
    /// archive read out of date order still finds its copies); undated ones go once they are
    /// not among the `keep_recent` latest. Index entries and group places go with them.
    pub(crate) fn expire(&mut self, day: i64, keep_recent: usize) {
        let floor = self.next.saturating_sub(keep_recent as u64);
        let mut gone: Vec<u64> =
            self.by_day.range(..(day, 0)).map(|(_, slot)| *slot).filter(|s| *s < floor).collect();
        gone.extend(
            self.entries.iter().filter(|(s, e)| e.day.is_none() && **s < floor).map(|(s, _)| *s),
        );
        for slot in gone {
            self.remove(slot);
        }
    }

    fn remove(&mut self, slot: u64) {
        let Some(e) = self.entries.remove(&slot) else { return };
        if let Some(d) = e.day {
            self.by_day.remove(&(d, slot));
        }
        if self.exact.get(&e.exact) == Some(&slot) {
            self.exact.remove(&e.exact);
        }
        for band in e.signature.bands() {
            if let Some(list) = self.bands.get_mut(&band) {
                list.retain(|s| *s != slot);
                if list.is_empty() {
                    self.bands.remove(&band);
                }
            }
        }
        if self.by_id.get(&e.id) == Some(&slot) {
            self.by_id.remove(&e.id);
        }
        // The group forgets the article; an empty group goes.
        if let Some(g) = self.groups.get_mut(&e.canonical) {
            g.members.retain(|m| m.id != e.id);
            if g.members.is_empty() {
                self.groups.remove(&e.canonical);
            }
        }
    }

    /// Remembered articles, band postings and approximate heap bytes.
    pub(crate) fn size(&self) -> (usize, usize, usize) {
        let postings: usize = self.bands.values().map(Vec::len).sum();
        let bytes = self
            .entries
            .values()
            .map(|e| e.shingles.heap_bytes() + e.signature.0.capacity() * 4 + 96)
            .sum::<usize>()
            + postings * 8
            + self.bands.len() * 48
            + self.exact.len() * 24
            + self.groups.values().map(|g| g.members.len() * 120).sum::<usize>();
        (self.entries.len(), postings, bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: [&str; 6] = [
        "Russian Foreign Minister Sergei Lavrov met US President Donald Trump at the White House on Wednesday, the highest-level contact between the two governments since the inauguration.",
        "The two men discussed Syria, Ukraine and the fight against terrorism, according to a statement released by the Russian foreign ministry after the talks ended.",
        "Lavrov told reporters at the Russian embassy that the conversation had been frank and businesslike and that both sides wanted relations to improve.",
        "The meeting came a day after the dismissal of the FBI director, which dominated the news in Washington and overshadowed the visit.",
        "Lavrov also held separate talks with Secretary of State Rex Tillerson at the State Department earlier in the day, officials said.",
        "The Kremlin said it expected a first meeting between the two presidents at the Group of 20 summit in Hamburg in July.",
    ];

    fn member(id: &str) -> CopyMember {
        CopyMember {
            id: id.into(),
            source: Some(format!("outlet of {id}")),
            url: None,
            published: PartialDate::ymd(2017, 5, 10),
        }
    }

    #[test]
    fn partial_and_edited_copies_fold_and_siblings_do_not() {
        let mut index = CopyIndex::default();
        let wire = WIRE.join("\n\n");
        index.add(member("wire"), Sketch::of(&wire), None, "s".into());
        // The first three paragraphs only, with an edited lead and a local paragraph.
        let partial = format!(
            "WASHINGTON (Daily Planet) — Russia's top diplomat Sergei Lavrov met President Trump on Wednesday.\n\n{}\n\n{}\n\nThe Daily Planet has asked the White House for comment on the visit.",
            WIRE[1], WIRE[2]
        );
        let found = index.find(&Sketch::of(&partial), 0.5, 0.2).expect("the partial copy is found");
        assert_eq!(found.canonical.as_str(), "wire");
        assert!(found.containment > 0.5, "{}", found.containment);
        // A different article of the same story, sharing one background sentence.
        let sibling = format!(
            "President Donald Trump said on Thursday that his talks with the Russian foreign minister had gone very well and that he hoped to meet Vladimir Putin soon. {} Democrats in Congress criticised the decision to let Russian media photograph the meeting in the Oval Office.",
            WIRE[5]
        );
        assert_eq!(index.find(&Sketch::of(&sibling), 0.5, 0.2), None);
        // An exact copy with different case and spacing.
        let exact = wire.to_uppercase().replace("\n\n", "  ");
        assert_eq!(index.find(&Sketch::of(&exact), 0.5, 0.2).map(|m| m.containment), Some(1.0));
    }

    #[test]
    fn copies_of_copies_point_at_the_canonical_article() {
        let mut index = CopyIndex::default();
        let wire = WIRE.join("\n\n");
        index.add(member("wire"), Sketch::of(&wire), None, "s".into());
        let copy = WIRE.iter().take(4).copied().collect::<Vec<_>>().join("\n\n");
        let m = index.find(&Sketch::of(&copy), 0.5, 0.2).unwrap();
        index.add(member("copy"), Sketch::of(&copy), Some(&m.matched), "s".into());
        let copy2 = format!(
            "{copy}\n\nAn extra paragraph from the third site about local reactions to the news."
        );
        let m2 = index.find(&Sketch::of(&copy2), 0.5, 0.2).unwrap();
        assert_eq!(m2.canonical.as_str(), "wire");
        let g = index.add(member("copy2"), Sketch::of(&copy2), Some(&m2.matched), "s".into());
        let ids: Vec<&str> = g.members.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["wire", "copy", "copy2"]);
        assert_eq!(g.outlets().len(), 3);
        assert_eq!(index.group(&"copy".into()).map(|g| g.members.len()), Some(3));
    }

    #[test]
    fn expiry_drops_entries_and_index_postings() {
        let mut index = CopyIndex::default();
        let wire = WIRE.join("\n\n");
        index.add(member("wire"), Sketch::of(&wire), None, "s".into());
        assert_eq!(index.size().0, 1);
        let day = PartialDate::ymd(2017, 5, 20).map(|d| d.days_from_epoch()).unwrap_or(0);
        index.expire(day, 0);
        assert_eq!(index.size(), (0, 0, 0));
        assert!(index.bands.is_empty() && index.exact.is_empty() && index.groups.is_empty());
        assert_eq!(index.find(&Sketch::of(&wire), 0.5, 0.2), None);
    }

    #[test]
    fn state_round_trips_through_json() {
        let mut index = CopyIndex::default();
        index.add(member("wire"), Sketch::of(&WIRE.join("\n\n")), None, "s".into());
        let json = serde_json::to_string(&index).unwrap();
        let back: CopyIndex = serde_json::from_str(&json).unwrap();
        assert_eq!(back.size(), index.size());
        let copy = WIRE.iter().take(3).copied().collect::<Vec<_>>().join("\n\n");
        assert!(back.find(&Sketch::of(&copy), 0.5, 0.2).is_some());
    }
}
