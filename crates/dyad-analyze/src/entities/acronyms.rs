//! Acronyms an article defines: `the International Labour Office (ILO)`, `Forces for the Defence
//! of Democracy (FDD)`. The name before the brackets is one organisation, whatever the earlier
//! passes made of its words, and the acronym is that organisation in this article, even when
//! the knowledge base knows the same letters as someone else.

use super::{Found, Target};
use crate::kb::KbRef;
use dyad_core::{Document, MentionKind, Span, TokenKind};

/// Lower-case words that may sit inside a name without giving a letter to its acronym.
const INNER_WORDS: &[&str] = &["of", "for", "and", "the", "on", "in", "de", "du", "des", "&"];

/// Longest name, in tokens, read back from the brackets.
const MAX_NAME_TOKENS: usize = 10;

/// Rewrites `found` so that each `Name (ACRONYM)` is one mention of one organisation and the
/// acronym a second mention of it.
pub(super) fn acronyms(doc: &Document, found: &mut Vec<Found>) {
    let text = doc.text();
    let toks = &doc.tokens;
    let word = |k: usize| toks.get(k).and_then(|t| t.span.text(text)).unwrap_or("");
    let mut k = 0;
    while k + 2 < toks.len() {
        let (open, acronym, close) = (k, k + 1, k + 2);
        k += 1;
        if word(open) != "(" || word(close) != ")" || !is_acronym(word(acronym)) {
            continue;
        }
        let Some(start) = name_start(doc, open) else { continue };
        let name_span = Span::at(toks[start].span.start, toks[open - 1].span.end);
        let letters = initials(name_span.text(text).unwrap_or(""));
        if !letters_agree(&letters, word(acronym)) {
            continue;
        }
        // An earlier pass that read the whole name (a known organisation) keeps its identity;
        // otherwise the name is an organisation of its own.
        let target = found
            .iter()
            .find(|f| f.tokens == (start, open) && is_organisation(&f.target))
            .map(|f| f.target.clone())
            .unwrap_or_else(|| Target::NewOrganisation(name_span.text(text).unwrap_or("").into()));
        found.retain(|f| f.tokens.1 <= start || f.tokens.0 > acronym);
        let mention = |tokens: (usize, usize), span: Span| Found {
            span,
            target: target.clone(),
            kind: MentionKind::Name,
            tokens,
            gender: None,
        };
        found.push(mention((start, open), name_span));
        found.push(mention((acronym, close), toks[acronym].span));
        k = close;
    }
    found.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
}

/// Two to six capitals (`ILO`, `APEC`, `SPLM`), no lower-case letter.
fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// The first token of the capitalised name that ends just before the bracket at `open`:
/// capitalised words, with lower-case joiners (`of`, `for the`) inside but not at its ends.
fn name_start(doc: &Document, open: usize) -> Option<usize> {
    let text = doc.text();
    let toks = &doc.tokens;
    let capitalised = |k: usize| {
        toks[k].kind == TokenKind::Word
            && toks[k]
                .span
                .text(text)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
    };
    let last = open.checked_sub(1)?;
    if !capitalised(last) {
        return None;
    }
    let mut start = last;
    let mut k = last;
    while k > 0 && last - k < MAX_NAME_TOKENS {
        k -= 1;
        let w = toks[k].span.text(text).unwrap_or("");
        if text.get(toks[k].span.end..toks[k + 1].span.start).is_some_and(|g| g.contains('\n')) {
            break;
        }
        if capitalised(k) && !matches!(w, "The" | "A" | "An") {
            start = k;
        } else if !(INNER_WORDS.contains(&w) || w == "-" || w == "'s" || w == "’s") {
            break;
        }
    }
    Some(start)
}

/// The capital initials of a name's words and hyphenated parts (`Asia-Pacific Economic
/// Cooperation` → `APEC`).
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Whether an acronym abbreviates a name with these initials: the same first letter, and one
/// spelled inside the other letter by letter (`CFVC` for `Ceasefire Violations Committee`).
fn letters_agree(initials: &str, acronym: &str) -> bool {
    let subsequence = |short: &str, long: &str| {
        let mut rest = long.chars();
        short.chars().all(|c| rest.any(|d| d == c))
    };
    initials.len() >= 2
        && initials.chars().next() == acronym.chars().next()
        && initials.len().abs_diff(acronym.len()) <= 1
        && (subsequence(initials, acronym) || subsequence(acronym, initials))
}

fn is_organisation(t: &Target) -> bool {
    matches!(t, Target::Kb(KbRef::Organisation(_)) | Target::NewOrganisation(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_agreement() {
        assert_eq!(initials("Asia-Pacific Economic Cooperation"), "APEC");
        assert_eq!(initials("Forces for Defence of Democracy"), "FDD");
        assert!(letters_agree("APEC", "APEC"));
        assert!(letters_agree("CVC", "CFVC"));
        assert!(!letters_agree("MMA", "AKK"));
        assert!(!letters_agree("NUTIA", "UNITA"));
        assert!(is_acronym("ILO") && !is_acronym("Ilo") && !is_acronym("A"));
    }
}
