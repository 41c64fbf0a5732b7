//! MinHash signatures over word shingles, and banded locality-sensitive hashing.

use serde::{Deserialize, Serialize};

/// Hash functions per signature.
pub(crate) const SIGNATURE_LEN: usize = 64;
/// LSH bands (of `SIGNATURE_LEN / BANDS` rows each): 16 bands of 4 rows catch pairs from a
/// Jaccard similarity of about 0.5 up with high probability.
pub(crate) const BANDS: usize = 16;
const ROWS: usize = SIGNATURE_LEN / BANDS;
/// Words per shingle.
pub(crate) const SHINGLE_WORDS: usize = 5;

/// A document's MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature(pub Vec<u64>);

/// splitmix64: a fast, well-mixed 64-bit permutation.
fn mix(mut x: u64) -> u64 {
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

impl Signature {
    /// The signature of `text`'s word 5-shingles (a text shorter than a shingle is one shingle).
    pub fn of(text: &str) -> Signature {
        let words = words(text);
        let hashes: Vec<u64> = if words.len() < SHINGLE_WORDS {
            vec![dyad_core::stable_hash(words.join(" ").as_bytes())]
        } else {
            words
                .windows(SHINGLE_WORDS)
                .map(|w| {
                    let parts: Vec<&[u8]> = w.iter().map(|x| x.as_bytes()).collect();
                    dyad_core::stable_hash_parts(&parts)
                })
                .collect()
        };
        let mut sig = vec![u64::MAX; SIGNATURE_LEN];
        for h in hashes {
            for (k, slot) in sig.iter_mut().enumerate() {
                let v = mix(h ^ (k as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93));
                if v < *slot {
                    *slot = v;
                }
            }
        }
        Signature(sig)
    }

    /// Estimated Jaccard similarity: the share of equal slots.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / SIGNATURE_LEN as f64
    }

    /// The band keys for LSH buckets.
    pub fn bands(&self) -> impl Iterator<Item = u64> + '_ {
        self.0.chunks(ROWS).enumerate().map(|(b, rows)| {
            let mut h = mix(b as u64);
            for r in rows {
                h = mix(h ^ r);
            }
            h
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_copies_are_similar_and_others_not() {
        let base = "Russia and the United States resumed arms control talks in Geneva on Tuesday, with both delegations describing the first session as businesslike and promising to meet again within weeks, officials said after the meeting ended late in the evening.";
        let edited = format!("{base} A local paragraph was added by the republishing site.");
        let other = "Farmers blocked motorways across the country on Monday to protest a fuel tax rise, and unions called a national strike for the end of the week.";
        let (a, b, c) = (Signature::of(base), Signature::of(&edited), Signature::of(other));
        assert!(a.similarity(&b) > 0.6, "{}", a.similarity(&b));
        assert!(a.similarity(&c) < 0.1, "{}", a.similarity(&c));
        assert_eq!(a.similarity(&a), 1.0);
        assert!(a.bands().zip(b.bands()).any(|(x, y)| x == y));
    }
}
