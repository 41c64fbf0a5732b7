//! Quotes: who said what.
//!
//! **Direct quotes** are the stretches between quotation marks (straight, curly, angle). Each is
//! attributed by the words around it: after it (`…,” Peskov said`, `…,” said Putin`, `…,”
//! reported the Independent`), or before it (`Mr Peskov said: “…”`). A short quote embedded in
//! a sentence (talks were “constructive”) is a partial quote, attributed to the speaker of its
//! sentence and dropped when the sentence has none (scare quotes). A quote that opens a
//! paragraph with no attribution of its own continues the previous paragraph's speaker.
//!
//! **Indirect quotes** are reported clauses: `X said (that) …`, `X told CNN …`, `…, X said.`,
//! `according to X, …`, `…, according to X.`
//!
//! The speaker is the entity mention next to the speech verb (a name, a title such as `the
//! Kremlin spokesman`, an organisation, or a pronoun the entity layer resolved); when none is
//! found the quote has no speaker rather than a guess.

use crate::quotemarks::quoted;
use dyad_core::{Document, Quote, Span, TokenKind};

/// Speech verbs and nouns that attribute a quote.
const CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "adds",
    "adding",
    "noted",
    "notes",
    "warned",
    "warns",
    "stated",
    "states",
    "declared",
    "declares",
    "explained",
    "explains",
    "insisted",
    "insists",
    "stressed",
    "stresses",
    "argued",
    "argues",
    "claimed",
    "claims",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "announced",
    "announces",
    "commented",
    "remarked",
    "acknowledged",
    "admitted",
    "recalled",
    "suggested",
    "urged",
    "emphasised",
    "emphasized",
    "indicated",
    "reported",
    "reports",
    "continued",
    "concluded",
    "confirmed",
    "insisting",
    "according",
    "posted",
    "vowed",
    "cautioned",
    "observed",
    "conceded",
    "predicted",
    "promised",
    "announcing",
    "shouted",
];

/// Words that may sit between a speaker and the speech verb (`he also said`).
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "recently",
    "then",
    "again",
    "further",
    "has",
    "had",
    "have",
    "reportedly",
    "once",
    "earlier",
    "previously",
    "quickly",
    "simply",
    "just",
    "was",
    "is",
    "on",
    "in",
    "a",
    "statement",
    "it",
];

/// Finds the quotes of a document (needs tokens, sentences and mentions).
pub fn quotes(doc: &Document) -> Vec<Quote> {
    let text = doc.text();
    let q = Quoting::new(doc);
    let mut out: Vec<Quote> = Vec::new();
    let stretches = quoted(text);
    let mut previous: Option<(Quote, usize)> = None; // last attributed direct quote, its paragraph
    for (k, s) in stretches.iter().enumerate() {
        let content = trim(text, s.content);
        if content.is_empty() {
            continue;
        }
        let para = paragraph_of(text, s.open);
        let after = q.attribution_after(s.close_end);
        let before = q.attribution_before(s.open);
        let starts_paragraph = para_start(text, s.open) == s.open;
        let words = content.text(text).map_or(0, |t| t.split_whitespace().count());
        let attribution = after.or(before);
        let quote = match attribution {
            Some((speaker, cue)) => Some(q.quote(content, Some(cue), speaker, true)),
            None => {
                let in_sentence = q.sentence_speaker(s.open);
                let partial = !starts_paragraph && words <= 6;
                if partial {
                    in_sentence.map(|(speaker, cue)| q.quote(content, Some(cue), speaker, true))
                } else if let Some((speaker, cue)) = in_sentence {
                    Some(q.quote(content, Some(cue), speaker, true))
                } else if starts_paragraph {
                    // A paragraph that is all quote continues the speaker of the quote before it,
                    // when that one sits in this paragraph or the one before; else a later quote
                    // in the same paragraph may carry the attribution.
                    let inherited = previous
                        .as_ref()
                        .filter(|(_, p)| para - p <= 1)
                        .map(|(pq, _)| Quote { span: content, cue: None, ..pq.clone() });
                    inherited
                        .or_else(|| {
                            stretches
                                .get(k + 1)
                                .filter(|n| paragraph_of(text, n.open) == para)
                                .and_then(|n| q.attribution_after(n.close_end))
                                .map(|(speaker, cue)| q.quote(content, Some(cue), speaker, true))
                        })
                        .or(Some(Quote {
                            span: content,
                            cue: None,
                            speaker: None,
                            speaker_entity: None,
                            direct: true,
                        }))
                } else if words >= 8 {
                    Some(Quote {
                        span: content,
                        cue: None,
                        speaker: None,
                        speaker_entity: None,
                        direct: true,
                    })
                } else {
                    None
                }
            }
        };
        if let Some(quote) = quote {
            if quote.speaker.is_some() {
                previous = Some((quote.clone(), para));
            }
            out.push(quote);
        }
    }
    let direct: Vec<Span> = stretches.iter().map(|s| Span::at(s.open, s.close_end)).collect();
    out.extend(q.indirect(&direct));
    out.sort_by_key(|q| q.span.start);
    out.dedup_by(|b, a| a.span.overlaps(b.span));
    out
}

fn trim(text: &str, span: Span) -> Span {
    let Some(s) = span.text(text) else { return span };
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_start().trim_end().trim_end_matches([',', ' ', '—', '–']);
    Span::at(span.start + lead, span.start + lead + t.len())
}

fn para_start(text: &str, at: usize) -> usize {
    text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1)
}

fn paragraph_of(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |t| t.matches("\n\n").count())
}

struct Quoting<'a> {
    doc: &'a Document,
    text: &'a str,
    /// For each token, the index of the mention covering it.
    mention_of: Vec<Option<usize>>,
}

impl<'a> Quoting<'a> {
    fn new(doc: &'a Document) -> Quoting<'a> {
        let mut mention_of = vec![None; doc.tokens.len()];
        for (m, mention) in doc.mentions.iter().enumerate() {
            let from = doc.tokens.partition_point(|t| t.span.start < mention.span.start);
            let to = doc.tokens.partition_point(|t| t.span.start < mention.span.end);
            mention_of[from..to].iter_mut().for_each(|x| *x = Some(m));
        }
        Quoting { doc, text: doc.text(), mention_of }
    }

    fn word(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).and_then(|t| t.span.text(self.text)).unwrap_or("")
    }

    fn is_cue(&self, i: usize) -> bool {
        let w = self.word(i).to_lowercase();
        CUES.contains(&w.as_str()) && (w != "according" || self.word(i + 1) == "to")
    }

    /// The token index at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.span.start < at)
    }

    fn same_paragraph(&self, a: usize, b: usize) -> bool {
        let (lo, hi) = (a.min(b), a.max(b));
        !self.text.get(lo..hi).is_some_and(|g| g.contains('\n'))
    }

    /// A speaker mention ending right before token `cue` (allowing adverbs between), or
    /// starting right after it (`said Putin`, `reported the Independent`).
    fn speaker_near(&self, cue: usize) -> Option<usize> {
        let mut i = cue;
        let mut hops = 0;
        while i > 0 && hops < 4 {
            i -= 1;
            if let Some(m) = self.mention_of[i] {
                return Some(m);
            }
            let w = self.word(i).to_lowercase();
            if !ADVERBS.contains(&w.as_str()) {
                break;
            }
            hops += 1;
        }
        // After the cue (`said US Senator John McCain`): a person within reach wins over the
        // country or title words before the name.
        let mut j = cue + 1;
        if self.word(cue).eq_ignore_ascii_case("according") {
            j += 1;
        }
        let mut first: Option<usize> = None;
        for k in j..(j + 5).min(self.doc.tokens.len()) {
            match self.mention_of[k] {
                Some(m) if self.is_person(m) => return Some(m),
                Some(m) => {
                    first.get_or_insert(m);
                }
                None if first.is_none()
                    && !matches!(self.word(k), "the" | "by" | "The" | "to")
                    && !self.word(k).chars().next().is_some_and(char::is_uppercase) =>
                {
                    break;
                }
                None => {}
            }
        }
        first
    }

    fn is_person(&self, m: usize) -> bool {
        self.doc
            .mentions
            .get(m)
            .and_then(|m| self.doc.entity(&m.entity))
            .is_some_and(|e| e.kind == dyad_core::EntityKind::Person)
    }

    /// `…,” SPEAKER said` / `…,” said SPEAKER` right after a closing mark.
    fn attribution_after(&self, close_end: usize) -> Option<(Option<usize>, Span)> {
        let start = self.token_at(close_end);
        let mut i = start;
        let end = (start + 9).min(self.doc.tokens.len());
        while i < end {
            let t = self.doc.tokens[i];
            if !self.same_paragraph(close_end, t.span.start)
                || matches!(self.word(i), "“" | "\"" | "«")
            {
                return None;
            }
            if self.is_cue(i) {
                return Some((self.speaker_near(i), t.span));
            }
            if matches!(self.word(i), "." | "!" | "?") {
                return None;
            }
            i += 1;
        }
        None
    }

    /// `SPEAKER said: “…”` / `SPEAKER said, “…”` right before an opening mark.
    fn attribution_before(&self, open: usize) -> Option<(Option<usize>, Span)> {
        let at = self.token_at(open);
        let from = at.saturating_sub(6);
        for i in (from..at).rev() {
            let t = self.doc.tokens[i];
            if !self.same_paragraph(t.span.start, open)
                || matches!(self.word(i), "." | "!" | "?" | "”" | "»")
            {
                return None;
            }
            if self.is_cue(i) {
                return Some((self.speaker_near(i), t.span));
            }
        }
        None
    }

    /// The first speech verb of the sentence around byte `at` that has a speaker.
    fn sentence_speaker(&self, at: usize) -> Option<(Option<usize>, Span)> {
        let s = self.doc.sentence_at(at)?;
        let from = self.token_at(s.span.start);
        let to = self.token_at(s.span.end);
        (from..to)
            .filter(|&i| self.is_cue(i))
            .find_map(|i| self.speaker_near(i).map(|m| (Some(m), self.doc.tokens[i].span)))
    }

    fn quote(
        &self,
        content: Span,
        cue: Option<Span>,
        speaker: Option<usize>,
        direct: bool,
    ) -> Quote {
        let mention = speaker.and_then(|m| self.doc.mentions.get(m));
        Quote {
            span: content,
            cue,
            speaker: mention.map(|m| m.span),
            speaker_entity: mention.map(|m| m.entity.clone()),
            direct,
        }
    }

    /// Reported speech outside quotation marks.
    fn indirect(&self, direct: &[Span]) -> Vec<Quote> {
        let mut out = Vec::new();
        for s in &self.doc.sentences {
            // A sentence with quoted words: its cue attributes them, not a reported clause.
            if direct.iter().any(|d| d.overlaps(s.span)) {
                continue;
            }
            let from = self.token_at(s.span.start);
            let to = self.token_at(s.span.end);
            for i in from..to {
                // A question asked is not a claim reported.
                if !self.is_cue(i) || matches!(self.word(i), "asked" | "asks") {
                    continue;
                }
                let Some(m) = self.speaker_near(i) else { continue };
                let content = self.reported_clause(s.span, from, to, i, self.doc.mentions[m].span);
                let starts_with_preposition = |c: &Span| {
                    let first = self
                        .text
                        .get(c.start..c.end)
                        .and_then(|t| t.split_whitespace().next())
                        .unwrap_or("");
                    matches!(
                        first,
                        "to" | "with"
                            | "by"
                            | "for"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "from"
                            | "about"
                            | "as"
                    )
                };
                if let Some(content) =
                    content.filter(|c| !c.is_empty() && !starts_with_preposition(c))
                    && self
                        .text
                        .get(content.start..content.end)
                        .is_some_and(|t| t.split_whitespace().count() >= 3)
                {
                    out.push(self.quote(content, Some(self.doc.tokens[i].span), Some(m), false));
                    break;
                }
            }
        }
        out
    }

    /// The reported clause of a cue at token `i` with its speaker at `speaker`, in the sentence
    /// `sentence` (tokens `from..to`).
    fn reported_clause(
        &self,
        sentence: Span,
        from: usize,
        to: usize,
        i: usize,
        speaker: Span,
    ) -> Option<Span> {
        let whole = || Span::at(sentence.start, self.last_word_end(to));
        let before = |end_token: usize| {
            (end_token > from + 2)
                .then(|| Span::at(sentence.start, self.doc.tokens[end_token - 1].span.end))
        };
        let speaker_first = self.token_at(speaker.start);
        let comma_before_speaker = speaker_first > 0 && self.word(speaker_first - 1) == ",";
        if self.word(i).eq_ignore_ascii_case("according") {
            let after = self.token_at(speaker.end);
            let after = if self.word(after) == "," { after + 1 } else { after };
            return if i == from {
                // `According to X, CLAUSE.`
                (after + 2 < to)
                    .then(|| Span::at(self.doc.tokens[after].span.start, self.last_word_end(to)))
            } else if after + 1 < to {
                // `CLAUSE, according to X, CLAUSE.`: the whole sentence is the claim.
                Some(whole())
            } else {
                // `CLAUSE, according to X.`
                before(i.saturating_sub(1))
            };
        }
        if speaker.start > self.doc.tokens[i].span.start {
            // `CLAUSE, said X.`
            return (i > from && self.word(i - 1) == ",").then(|| before(i - 1)).flatten();
        }
        if comma_before_speaker {
            // `CLAUSE, X said(, …)`
            return before(speaker_first - 1);
        }
        // `X said (that) CLAUSE`; `X told CNN (that) CLAUSE`
        let mut c = i + 1;
        if self.word(i).eq_ignore_ascii_case("told") {
            while c < to
                && (self.mention_of[c].is_some()
                    || self.word(c).chars().next().is_some_and(char::is_uppercase)
                    || matches!(self.word(c), "the" | "reporters" | "journalists" | "a" | "an"))
            {
                c += 1;
            }
        }
        if matches!(self.word(c), "that" | "," | ":") {
            c += 1;
        }
        (c + 2 < to).then(|| Span::at(self.doc.tokens[c].span.start, self.last_word_end(to)))
    }

    /// End of the last non-punctuation token before token `to`.
    fn last_word_end(&self, to: usize) -> usize {
        let mut k = to;
        while k > 0 && self.doc.tokens[k - 1].kind == TokenKind::Punct {
            k -= 1;
        }
        self.doc.tokens.get(k.saturating_sub(1)).map_or(0, |t| t.span.end)
    }
}

#[cfg(test)]
mod tests;
