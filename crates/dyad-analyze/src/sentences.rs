//! Sentences: split after `.`, `!` or `?` (and any closing quotes or brackets) when the next
//! word starts a sentence, except after abbreviations (`Mr.`, `Jan.`, `U.S.` before a
//! lower-case word) and initials (`George W. Bush`); a paragraph break always ends a sentence.

use dyad_core::{Sentence, Span, Token, TokenKind};

/// Words that end in a dot without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "inc", "co", "corp", "ltd", "jr", "sr", "vs", "etc", "e.g", "i.e", "approx", "dept",
    "est", "fig", "rev", "pres", "supt", "messrs", "ave", "blvd", "rd",
];

/// Splits the text into sentences over its `tokens` (from [`tokens`](crate::tokens)).
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0u32;
    let mut start: Option<usize> = None; // index of the sentence's first token
    let word = |i: usize| tokens.get(i).and_then(|t| t.span.text(text)).unwrap_or("");
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i];
        if start.is_none() {
            start = Some(i);
        }
        let next = tokens.get(i + 1);
        // A paragraph break between this token and the next ends the sentence.
        let gap = next.map_or("", |n| text.get(tok.span.end..n.span.start).unwrap_or(""));
        // Extraction puts paragraphs one per line (blank-line separated): a newline ends a sentence.
        let paragraph_break = gap.contains('\n');
        let mut end = i;
        let mut ends = paragraph_break || next.is_none();
        if !ends
            && matches!(word(i), "." | "!" | "?" | "…")
            && !(word(i) == "." && is_abbreviation_dot(text, tokens, i))
        {
            // Closing quotes and brackets belong to the sentence they close.
            while tokens.get(end + 1).is_some_and(|t| {
                matches!(t.span.text(text), Some("”" | "\"" | "’" | "'" | ")" | "»" | "]"))
            }) && text.get(tokens[end].span.end..tokens[end + 1].span.start) == Some("")
            {
                end += 1;
            }
            ends = starts_sentence(text, tokens, end + 1);
        } else if !ends
            && tok.kind == TokenKind::Word
            && word(i).ends_with('.')
            && word(i).len() > 2
        {
            // `U.S.` at a sentence end: the dot is inside the word.
            ends = starts_sentence(text, tokens, i + 1)
                && !next.is_some_and(|n| {
                    n.kind == TokenKind::Word && is_proper_start(word(i + 1)) && word(i) == "U.S."
                });
        }
        if ends {
            let s = start.take().unwrap_or(i);
            out.push(Sentence {
                span: Span::at(tokens[s].span.start, tokens[end].span.end),
                paragraph,
            });
            i = end + 1;
            let gap_after = tokens
                .get(i)
                .map_or("", |n| text.get(tokens[end].span.end..n.span.start).unwrap_or(""));
            if gap_after.contains('\n') {
                paragraph += 1;
            }
            continue;
        }
        i += 1;
    }
    out
}

fn is_proper_start(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the token after a full stop starts a new sentence.
fn starts_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return true };
    let w = t.span.text(text).unwrap_or("");
    let c = w.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(w, "“" | "\"" | "‘" | "'" | "«" | "(" | "[" | "—" | "–" | "-" | "•")
}

/// Whether the `.` at token `i` closes an abbreviation or an initial rather than a sentence.
fn is_abbreviation_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p)) else { return false };
    if prev.span.end != tokens[i].span.start || prev.kind != TokenKind::Word {
        return false;
    }
    let w = prev.span.text(text).unwrap_or("");
    let lower = w.to_lowercase();
    // `No. 10` is an abbreviation; `no.` at a sentence end is not.
    if w == "No" && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number) {
        return true;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // `Jan.` ends a sentence only if a capitalised non-name follows; keep it simple: never.
        return true;
    }
    // An initial: one capital letter (`W.` in `George W. Bush`).
    let mut chars = w.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &tokens(text)).iter().map(|s| s.span.text(text).unwrap()).collect()
    }

    #[test]
    fn news_sentences() {
        assert_eq!(
            split(
                "Mr. Trump met Gen. Smith in the U.S. capital. George W. Bush did not. “Too early yet.” He left!"
            ),
            [
                "Mr. Trump met Gen. Smith in the U.S. capital.",
                "George W. Bush did not.",
                "“Too early yet.”",
                "He left!"
            ]
        );
        assert_eq!(split("He said “no.” Then he went."), ["He said “no.”", "Then he went."]);
        assert_eq!(
            split("First line without stop\n\nSecond paragraph."),
            ["First line without stop", "Second paragraph."]
        );
        assert_eq!(
            split("It rose 3.5 percent. Jobs fell."),
            ["It rose 3.5 percent.", "Jobs fell."]
        );
        assert_eq!(split("The U.S. Senate voted."), ["The U.S. Senate voted."]);
        assert!(split("").is_empty());
    }

    #[test]
    fn paragraph_numbers() {
        let text = "One. Two.\n\nThree.";
        let s = sentences(text, &tokens(text));
        assert_eq!(s.iter().map(|s| s.paragraph).collect::<Vec<_>>(), [0, 0, 1]);
    }
}
