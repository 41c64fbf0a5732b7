//! Word shingles, MinHash signatures (one-permutation hashing with optimal densification) and
//! banded locality-sensitive hashing.
//!
//! A text becomes the set of its word 5-shingles, each hashed to 64 bits in one pass over the
//! text (no allocation per word). The [`Signature`] is a 128-slot MinHash of that set computed
//! with *one* hash per shingle: the shingle's top bits pick a bin, the bin keeps its smallest
//! value, and empty bins borrow from a bin chosen by a fixed random probe sequence (Shrivastava,
//! "Optimal densification for fast and accurate minwise hashing", ICML 2017). Two signatures
//! agree in a slot with probability equal to the Jaccard similarity of the two shingle sets,
//! as with classic MinHash, at a fraction of the cost of 128 hash functions per shingle.
//! [`Shingles`] keeps the (bounded) shingle set itself, so that candidates found through LSH
//! buckets can be verified by their actual containment.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Slots per signature.
pub const SIGNATURE_LEN: usize = 128;
/// Rows per LSH band: two rows catch pairs from a Jaccard similarity of about 0.2 (a wire
/// story republished in part) with high probability.
pub(crate) const ROWS: usize = 2;
/// LSH bands.
#[cfg(test)]
const BANDS: usize = SIGNATURE_LEN / ROWS;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;
/// Shingle hashes kept per article for verification; longer articles keep the smallest ones
/// (a consistent sample: two copies keep the same shingles below a common threshold).
pub const MAX_SHINGLES: usize = 1024;

const FNV_OFFSET: u64 = 0xCBF2_9CE4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01B3;

/// splitmix64's finaliser: a fast, well-mixed 64-bit permutation.
pub(crate) fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Lower-cased alphanumeric words of a text, the unit of shingles.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Calls `f` with the hash of each lower-cased alphanumeric word of `text`, in order, without
/// allocating. Equal words (ignoring case) get equal hashes.
pub(crate) fn for_each_word_hash(text: &str, mut f: impl FnMut(u64)) {
    let mut h = FNV_OFFSET;
    let mut in_word = false;
    let feed = |h: &mut u64, c: char| {
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            *h = (*h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            h = (h ^ u64::from(c.to_ascii_lowercase() as u8)).wrapping_mul(FNV_PRIME);
            in_word = true;
        } else if c.is_ascii() || !c.is_alphanumeric() {
            if in_word {
                f(mix(h));
                h = FNV_OFFSET;
                in_word = false;
            }
        } else {
            for l in c.to_lowercase() {
                feed(&mut h, l);
            }
            in_word = true;
        }
    }
    if in_word {
        f(mix(h));
    }
}

/// Calls `f` with the 64-bit hash of each word 5-shingle of `text` (a text shorter than a
/// shingle gives one shingle of all its words; an empty text gives none). Returns the number
/// of words.
pub(crate) fn for_each_shingle(text: &str, mut f: impl FnMut(u64)) -> usize {
    let mut window = [0u64; SHINGLE_WORDS];
    let mut n = 0usize;
    for_each_word_hash(text, |w| {
        window[n % SHINGLE_WORDS] = w;
        n += 1;
        if n >= SHINGLE_WORDS {
            f(shingle_hash(&window, n));
        }
    });
    if (1..SHINGLE_WORDS).contains(&n) {
        f(shingle_hash(&window, n));
    }
    n
}

/// The hash of the (up to) five words ending at word `n` (exclusive), in text order.
fn shingle_hash(window: &[u64; SHINGLE_WORDS], n: usize) -> u64 {
    let len = n.min(SHINGLE_WORDS);
    let mut h = len as u64;
    for k in 0..len {
        let i = (n - len + k) % SHINGLE_WORDS;
        h = mix(h ^ window[i]);
    }
    h
}

/// The hash of a text's normalised form (lower-cased words, punctuation and spacing ignored):
/// equal for exact copies that differ only in case, spacing or punctuation.
pub fn exact_hash(text: &str) -> u64 {
    let mut h = 0u64;
    for_each_word_hash(text, |w| h = mix(h ^ w));
    h
}

/// A document's MinHash signature: [`SIGNATURE_LEN`] 32-bit slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u32>);

/// The bin of a shingle hash (its top 7 bits) and the value it competes with (its low 32 bits).
fn bin_of(h: u64) -> (usize, u32) {
    ((h >> (64 - 7)) as usize % SIGNATURE_LEN, h as u32)
}

impl Signature {
    /// The signature of `text`'s word 5-shingles.
    pub fn of(text: &str) -> Signature {
        let mut sig = SignatureBuilder::new();
        for_each_shingle(text, |h| sig.add(h));
        sig.finish()
    }

    /// Estimated Jaccard similarity of the two shingle sets: the share of equal slots.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / SIGNATURE_LEN as f64
    }

    /// The band keys for LSH buckets, one per band.
    pub fn bands(&self) -> impl Iterator<Item = u64> + '_ {
        self.0.chunks(ROWS).enumerate().map(|(b, rows)| {
            let mut h = mix(b as u64 + 1);
            for r in rows {
                h = mix(h ^ u64::from(*r));
            }
            h
        })
    }
}

/// Builds a signature one shingle hash at a time.
pub(crate) struct SignatureBuilder {
    slots: [u32; SIGNATURE_LEN],
    filled: [bool; SIGNATURE_LEN],
}

impl SignatureBuilder {
    pub(crate) fn new() -> SignatureBuilder {
        SignatureBuilder { slots: [u32::MAX; SIGNATURE_LEN], filled: [false; SIGNATURE_LEN] }
    }

    pub(crate) fn add(&mut self, h: u64) {
        let (bin, value) = bin_of(h);
        if let (Some(slot), Some(filled)) = (self.slots.get_mut(bin), self.filled.get_mut(bin)) {
            *slot = (*slot).min(value);
            *filled = true;
        }
    }

    /// Densifies empty bins (each borrows from the first filled bin of its own fixed probe
    /// sequence) and returns the signature.
    pub(crate) fn finish(self) -> Signature {
        let mut out = self.slots;
        if self.filled.iter().any(|f| *f) {
            for (i, slot) in out.iter_mut().enumerate() {
                if self.filled.get(i).copied().unwrap_or(true) {
                    continue;
                }
                for attempt in 1u64..=512 {
                    let j = (mix(((i as u64) << 32) | attempt) % SIGNATURE_LEN as u64) as usize;
                    if self.filled.get(j).copied().unwrap_or(false) {
                        *slot = self.slots.get(j).copied().unwrap_or(u32::MAX);
                        break;
                    }
                }
            }
        }
        Signature(out.to_vec())
    }
}

/// A text's shingle set as sorted 32-bit hashes, at most [`MAX_SHINGLES`] of them (the
/// smallest), with the size of the whole set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shingles {
    /// Sorted, distinct shingle hashes (the smallest ones when the text has more).
    hashes: Vec<u32>,
    /// Distinct shingles in the whole text.
    total: usize,
}

impl Shingles {
    /// Builds the set from 64-bit shingle hashes (any order, repeats allowed).
    pub(crate) fn from_hashes(mut all: Vec<u32>) -> Shingles {
        all.sort_unstable();
        all.dedup();
        let total = all.len();
        all.truncate(MAX_SHINGLES);
        Shingles { hashes: all, total }
    }

    /// The shingle set of `text`.
    pub fn of(text: &str) -> Shingles {
        let mut all = Vec::new();
        for_each_shingle(text, |h| all.push(shingle_id(h)));
        Shingles::from_hashes(all)
    }

    /// Distinct shingles in the whole text.
    pub fn len(&self) -> usize {
        self.total
    }

    /// Whether the text has no shingle (no word).
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Shingles shared with `other`, the share of the smaller set they make up (containment,
    /// 0–1) and their share of the union (Jaccard similarity). When either set was sampled,
    /// both are compared below the same hash threshold, so the shares are estimates from a
    /// consistent sample.
    pub fn overlap(&self, other: &Shingles) -> Overlap {
        let limit = match (self.hashes.len() < self.total, other.hashes.len() < other.total) {
            (false, false) => u32::MAX,
            (true, false) => self.hashes.last().copied().unwrap_or(u32::MAX),
            (false, true) => other.hashes.last().copied().unwrap_or(u32::MAX),
            (true, true) => self
                .hashes
                .last()
                .copied()
                .unwrap_or(u32::MAX)
                .min(other.hashes.last().copied().unwrap_or(u32::MAX)),
        };
        let (mut i, mut j, mut shared, mut na, mut nb) = (0, 0, 0usize, 0usize, 0usize);
        let (a, b) = (&self.hashes, &other.hashes);
        while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
            if x > limit && y > limit {
                break;
            }
            if x == y {
                shared += 1;
                na += 1;
                nb += 1;
                i += 1;
                j += 1;
            } else if x < y {
                na += 1;
                i += 1;
            } else {
                nb += 1;
                j += 1;
            }
        }
        na += a.iter().skip(i).take_while(|x| **x <= limit).count();
        nb += b.iter().skip(j).take_while(|y| **y <= limit).count();
        let smaller = na.min(nb);
        if smaller == 0 {
            return Overlap::default();
        }
        Overlap {
            shared,
            containment: shared as f64 / smaller as f64,
            jaccard: shared as f64 / (na + nb - shared) as f64,
        }
    }

    /// Bytes held (for the folder's size counters).
    pub(crate) fn heap_bytes(&self) -> usize {
        self.hashes.capacity() * 4
    }
}

/// How much two shingle sets overlap.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Overlap {
    /// Shingles in both (in the compared sample).
    pub shared: usize,
    /// Share of the smaller set found in the other, 0–1.
    pub containment: f64,
    /// Share of the union found in both, 0–1.
    pub jaccard: f64,
}

/// The 32-bit shingle id kept for verification (other bits than the signature's bin value).
pub(crate) fn shingle_id(h: u64) -> u32 {
    (h >> 32) as u32
}

/// A text's sketch: exact-copy hash, MinHash signature and shingle set, from one pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sketch {
    /// [`exact_hash`] of the text.
    pub exact: u64,
    /// MinHash signature of the shingles.
    pub signature: Signature,
    /// The shingles themselves (bounded).
    pub shingles: Shingles,
}

impl Sketch {
    /// Sketches `text` in one pass over its words.
    pub fn of(text: &str) -> Sketch {
        let mut sig = SignatureBuilder::new();
        let mut ids = Vec::new();
        let mut exact = 0u64;
        let mut window = [0u64; SHINGLE_WORDS];
        let mut n = 0usize;
        for_each_word_hash(text, |w| {
            exact = mix(exact ^ w);
            if let Some(slot) = window.get_mut(n % SHINGLE_WORDS) {
                *slot = w;
            }
            n += 1;
            if n >= SHINGLE_WORDS {
                let h = shingle_hash(&window, n);
                sig.add(h);
                ids.push(shingle_id(h));
            }
        });
        if (1..SHINGLE_WORDS).contains(&n) {
            let h = shingle_hash(&window, n);
            sig.add(h);
            ids.push(shingle_id(h));
        }
        Sketch { exact, signature: sig.finish(), shingles: Shingles::from_hashes(ids) }
    }
}

// ---------------------------------------------------------------------------------- serde
// Signatures and shingle sets are saved with the folder's state: as hex strings, about half
// the size of JSON number arrays.

fn to_hex(values: &[u32]) -> String {
    let mut s = String::with_capacity(values.len() * 8);
    for v in values {
        s.push_str(&format!("{v:08x}"));
    }
    s
}

fn from_hex(s: &str) -> Option<Vec<u32>> {
    if !s.len().is_multiple_of(8) || !s.is_ascii() {
        return None;
    }
    s.as_bytes()
        .chunks(8)
        .map(|c| std::str::from_utf8(c).ok().and_then(|c| u32::from_str_radix(c, 16).ok()))
        .collect()
}

impl Serialize for Signature {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&to_hex(&self.0))
    }
}

impl<'de> Deserialize<'de> for Signature {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Signature, D::Error> {
        let s = String::deserialize(d)?;
        match from_hex(&s) {
            Some(v) if v.len() == SIGNATURE_LEN => Ok(Signature(v)),
            _ => Err(serde::de::Error::custom("a signature is 128 hex-encoded 32-bit slots")),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct ShinglesWire {
    total: usize,
    hashes: String,
}

impl Serialize for Shingles {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ShinglesWire { total: self.total, hashes: to_hex(&self.hashes) }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Shingles {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Shingles, D::Error> {
        let w = ShinglesWire::deserialize(d)?;
        let hashes = from_hex(&w.hashes)
            .ok_or_else(|| serde::de::Error::custom("shingles are hex-encoded 32-bit hashes"))?;
        Ok(Shingles { total: w.total.max(hashes.len()), hashes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "Russia and the United States resumed arms control talks in Geneva on Tuesday, with both delegations describing the first session as businesslike and promising to meet again within weeks, officials said after the meeting ended late in the evening.";
    const OTHER: &str = "Farmers blocked motorways across the country on Monday to protest a fuel tax rise, and unions called a national strike for the end of the week.";

    fn exact_jaccard(a: &str, b: &str) -> f64 {
        let set = |t: &str| {
            let w = words(t);
            w.windows(SHINGLE_WORDS).map(|w| w.join(" ")).collect::<std::collections::HashSet<_>>()
        };
        let (a, b) = (set(a), set(b));
        a.intersection(&b).count() as f64 / a.union(&b).count() as f64
    }

    #[test]
    fn near_copies_are_similar_and_others_not() {
        let edited = format!("{BASE} A local paragraph was added by the republishing site.");
        let (a, b, c) = (Signature::of(BASE), Signature::of(&edited), Signature::of(OTHER));
        assert!(a.similarity(&b) > 0.6, "{}", a.similarity(&b));
        assert!(a.similarity(&c) < 0.1, "{}", a.similarity(&c));
        assert_eq!(a.similarity(&a), 1.0);
        assert!(a.bands().zip(b.bands()).any(|(x, y)| x == y));
        assert_eq!(a.bands().count(), BANDS);
    }

    #[test]
    fn signature_estimates_jaccard() {
        // Two long texts sharing about half their words: the estimate is within 0.12.
        let long: Vec<String> = (0..400).map(|i| format!("w{}", i * 7919 % 1000)).collect();
        let a = long.join(" ");
        let b = long.iter().take(200).cloned().chain((0..200).map(|i| format!("x{i}")));
        let b = b.collect::<Vec<_>>().join(" ");
        let est = Signature::of(&a).similarity(&Signature::of(&b));
        let truth = exact_jaccard(&a, &b);
        assert!((est - truth).abs() < 0.12, "estimate {est}, truth {truth}");
    }

    #[test]
    fn word_hashing_ignores_case_and_punctuation() {
        assert_eq!(exact_hash("Hello, World!"), exact_hash("hello world"));
        assert_ne!(exact_hash("hello world"), exact_hash("world hello"));
        assert_eq!(exact_hash("Ünïcode  déjà-vu"), exact_hash("ünïcode DÉJÀ vu"));
        let mut n = 0;
        for_each_word_hash("a b  c", |_| n += 1);
        assert_eq!(n, 3);
    }

    #[test]
    fn short_and_empty_texts() {
        assert!(Shingles::of("").is_empty());
        assert_eq!(Shingles::of("two words").len(), 1);
        let e = Signature::of("");
        assert!(e.0.iter().all(|v| *v == u32::MAX));
        assert_eq!(Signature::of("a b c").similarity(&Signature::of("a b c")), 1.0);
    }

    #[test]
    fn containment_of_a_partial_copy() {
        let full = format!("{BASE} {OTHER} {BASE} again with more words at the end of it");
        let (a, b) = (Shingles::of(&full), Shingles::of(BASE));
        let o = a.overlap(&b);
        assert!(o.shared > 20 && o.containment > 0.95, "{o:?}");
        assert!(o.jaccard > 0.3 && o.jaccard < 0.6, "{o:?}");
        let o = Shingles::of(OTHER).overlap(&Shingles::of(BASE));
        assert!(o.containment < 0.05, "{o:?}");
    }

    #[test]
    fn sampled_sets_compare_below_a_common_threshold() {
        let text: String = (0..3000).map(|i| format!("t{i} ")).collect();
        let half: String = (0..1500).map(|i| format!("t{i} ")).collect();
        let (a, b) = (Shingles::of(&text), Shingles::of(&half));
        assert_eq!(a.len(), 2996);
        assert_eq!(a.hashes.len(), MAX_SHINGLES);
        let o = a.overlap(&b);
        assert!(o.containment > 0.9 && (o.jaccard - 0.5).abs() < 0.1, "{o:?}");
    }

    #[test]
    fn sketch_matches_the_separate_parts() {
        let s = Sketch::of(BASE);
        assert_eq!(s.signature, Signature::of(BASE));
        assert_eq!(s.shingles, Shingles::of(BASE));
        assert_eq!(s.exact, exact_hash(BASE));
    }

    #[test]
    fn serde_round_trip() {
        let s = Sketch::of(BASE);
        let json = serde_json::to_string(&(&s.signature, &s.shingles)).unwrap();
        let back: (Signature, Shingles) = serde_json::from_str(&json).unwrap();
        assert_eq!(back, (s.signature, s.shingles));
        assert!(serde_json::from_str::<Signature>("\"zz\"").is_err());
    }
}
