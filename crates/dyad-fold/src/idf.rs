//! Document frequencies over the recent stream, with exponential decay, for IDF weights.
//!
//! Each term's count halves every `half_life` days of stream time, so the weights follow what
//! the news is talking about now, and terms not seen for months fall out of the table
//! (pruned once their count is negligible): memory stays bounded on an endless stream.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Pseudo-documents in which no term occurs (the prior of the IDF).
const PRIOR_DOCS: f32 = 100.0;
/// Decayed counts below this are dropped when pruning (a term seen once goes after about
/// three half-lives).
const PRUNE_BELOW: f32 = 0.1;
/// Terms kept at most: past this, a prune also drops the least frequent terms.
const MAX_TERMS: usize = 200_000;

/// Decayed document frequencies.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct DocFreq {
    /// Term → (decayed count, day it was last updated).
    counts: HashMap<u32, (f32, i32)>,
    /// Decayed number of documents, and its day.
    docs: (f32, i32),
    /// Half-life in days.
    half_life: f32,
    /// Table size after the last prune (the next prune waits until it has doubled).
    pruned_at: usize,
}

impl DocFreq {
    pub(crate) fn new(half_life_days: f32) -> DocFreq {
        DocFreq { half_life: half_life_days.max(1.0), ..DocFreq::default() }
    }

    fn decay(&self, value: f32, from: i32, to: i32) -> f32 {
        if to <= from {
            return value;
        }
        value * 0.5f32.powf((to - from) as f32 / self.half_life)
    }

    /// Counts one document with these distinct terms, on `day`.
    pub(crate) fn add(&mut self, terms: impl Iterator<Item = u32>, day: i32) {
        let (n, d) = self.docs;
        self.docs = (self.decay(n, d, day) + 1.0, day.max(d));
        for t in terms {
            let (v, d) = self.counts.get(&t).copied().unwrap_or((0.0, day));
            let v = self.decay(v, d, day) + 1.0;
            self.counts.insert(t, (v, day.max(d)));
        }
        if self.counts.len() > (2 * self.pruned_at).clamp(4096, MAX_TERMS) {
            self.prune(day);
        }
    }

    fn prune(&mut self, day: i32) {
        let half_life = self.half_life;
        self.counts.retain(|_, (v, d)| {
            let decayed =
                if day > *d { *v * 0.5f32.powf((day - *d) as f32 / half_life) } else { *v };
            decayed >= PRUNE_BELOW
        });
        if self.counts.len() > MAX_TERMS {
            // Still too many (a very fast stream): keep the most frequent half.
            let mut values: Vec<f32> = self.counts.values().map(|(v, _)| *v).collect();
            let cut = values.len() - MAX_TERMS / 2;
            values.select_nth_unstable_by(cut, f32::total_cmp);
            let floor = values.get(cut).copied().unwrap_or(0.0);
            self.counts.retain(|_, (v, _)| *v > floor);
        }
        self.pruned_at = self.counts.len();
    }

    /// The inverse document frequency of a term on `day`: `ln((N + N0 + 1) / (df + 0.5))`,
    /// at least 0.1 so no term vanishes entirely. `N0` pseudo-documents without the term
    /// keep the first articles of a stream from calling every shared word common.
    pub(crate) fn idf(&self, term: u32, day: i32) -> f32 {
        let (n, d) = self.docs;
        let n = self.decay(n, d, day) + PRIOR_DOCS;
        let df = self.counts.get(&term).map_or(0.0, |(v, d)| self.decay(*v, *d, day));
        ((n + 1.0) / (df + 0.5)).ln().max(0.1)
    }

    /// Terms tracked.
    pub(crate) fn len(&self) -> usize {
        self.counts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequent_terms_weigh_less_and_counts_decay() {
        let mut df = DocFreq::new(10.0);
        for i in 0..20 {
            df.add([1, 2 + i].into_iter(), 100);
        }
        assert!(df.idf(1, 100) < df.idf(5, 100));
        assert!(df.idf(999, 100) > df.idf(5, 100));
        // Forty days later the common term has faded to a sixteenth.
        assert!(df.idf(1, 140) > df.idf(1, 100));
    }

    #[test]
    fn old_terms_are_pruned() {
        let mut df = DocFreq::new(1.0);
        for i in 0..5000u32 {
            df.add([i].into_iter(), i as i32);
        }
        assert!(df.len() < 4200, "{}", df.len());
    }
}
