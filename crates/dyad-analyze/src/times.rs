//! Time expressions, normalised against the publication date.
//!
//! Absolute dates (`20/03/2018`, `March 20, 2018`, `20 March`, `August 2013`, `2016`), month
//! names (`in July`), weekdays (`on Tuesday`, `Tuesday night`, `last Friday`), deictic words
//! (`today`, `yesterday`, `tomorrow`), periods (`last week`, `this month`, `next year`),
//! offsets (`three years ago`) and day ranges (`from 3 to 5 June`, `3-5 June`).
//!
//! Weekdays follow the newsroom rule: in a sentence about the past, the most recent such day
//! on or before publication; in one about the future (`will`, `is to`, `plans`), the next one
//! after it. A bare month or day without a year takes the year that makes it past or future
//! in the same way. Relative expressions with no publication date are found but left unresolved.

use crate::kb::Kb;
use crate::summits::{Summit, Summits};
use dyad_core::{Document, PartialDate, Span, TimeExpr, TokenKind, WEEKDAYS, month_number};
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "’ll",
    "'ll",
    "shall",
    "plans",
    "planned",
    "plan",
    "scheduled",
    "upcoming",
    "expected",
    "due",
    "going",
    "next",
    "intends",
    "would",
];
const NUMBER_WORDS: &[(&str, i64)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("forty", 40),
    ("fifty", 50),
    ("several", 3),
    ("few", 3),
    ("a few", 3),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
];

/// Finds and resolves the time expressions of a document (needs tokens and sentences).
pub fn times(doc: &Document) -> Vec<TimeExpr> {
    let text = doc.text();
    let pub_date = doc.article.published.filter(|d| d.day_value().is_some());
    let pub_month = doc.article.published.filter(|d| d.month_value().is_some());
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let first = doc.tokens.partition_point(|t| t.span.start < sentence.span.start);
        let last = doc.tokens.partition_point(|t| t.span.start < sentence.span.end);
        let toks = &doc.tokens[first..last];
        let words: Vec<String> =
            toks.iter().map(|t| t.span.text(text).unwrap_or("").to_lowercase()).collect();
        let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
        let ctx = Ctx { words: &words, kinds: &kinds, pub_date, pub_month };
        let mut i = 0;
        while i < words.len() {
            if let Some(m) = ctx.match_at(i) {
                let span = Span::at(toks[i].span.start, toks[m.end - 1].span.end);
                out.push(TimeExpr { span, value: m.value, until: m.until });
                i = m.end;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// Words before `after` that make the time close to the anchor (`shortly after X took office`).
const SOON: &[&str] =
    &["shortly", "soon", "just", "right", "immediately", "days", "weeks", "hours", "day", "week"];

/// What a person did on the first day in office, as news writes it after the name.
const TOOK_OFFICE: &[&[&str]] = &[
    &["was", "inaugurated"],
    &["had", "been", "inaugurated"],
    &["was", "sworn", "in"],
    &["took", "office"],
    &["took", "power"],
    &["came", "to", "power"],
    &["assumed", "office"],
    &["assumed", "power"],
    &["entered", "office"],
    &["’s", "inauguration"],
    &["'s", "inauguration"],
];

/// Time expressions with the facts they lean on: the plain ones of [`times`], and those named
/// by a dated fact. `shortly after Mr. Trump was inaugurated` is the month his term began
/// (the knowledge base's role start; `when he took office` the day itself); `a Group of 20
/// summit in Hamburg` the summit's days (the summit tables), `the summit` after it the same
/// days and `on the eve of the summit` the day before. Where a fact and a plain expression
/// overlap, the more precise wins.
pub fn times_with_facts(doc: &Document, kb: &Kb, summits: &Summits) -> Vec<TimeExpr> {
    let plain = times(doc);
    let anchored = anchored(doc, kb, summits, &plain);
    if anchored.is_empty() {
        return plain;
    }
    let coarse = |t: &TimeExpr| t.value.is_none_or(|v| v.precision() == dyad_core::Precision::Year);
    let overlaps =
        |a: &TimeExpr, b: &TimeExpr| a.span.start < b.span.end && b.span.start < a.span.end;
    let mut out: Vec<TimeExpr> = plain
        .into_iter()
        .filter(|p| !anchored.iter().any(|a| overlaps(a, p) && coarse(p)))
        .collect();
    for a in anchored {
        if !out.iter().any(|p| overlaps(&a, p)) {
            out.push(a);
        }
    }
    out.sort_by_key(|t| (t.span.start, t.span.end));
    out
}

/// The date facts are chosen by: publication, else the latest date the text names.
fn reference_date(doc: &Document, plain: &[TimeExpr]) -> Option<PartialDate> {
    doc.article.published.or_else(|| plain.iter().filter_map(|t| t.value).max())
}

/// The first days of a person's stays in power (head of state or government; any role for
/// someone who held neither), a stay running on across back-to-back roles.
fn terms_begun(person: &crate::kb::Person) -> Vec<PartialDate> {
    let leading =
        |r: &&crate::kb::Role| matches!(r.role.as_str(), "head_of_state" | "head_of_government");
    let mut roles: Vec<&crate::kb::Role> = person.roles.iter().filter(leading).collect();
    if roles.is_empty() {
        roles = person.roles.iter().collect();
    }
    roles.sort_by_key(|r| r.start);
    let mut starts = Vec::new();
    let mut reach: Option<i64> = None;
    for r in roles {
        let Some(start) = r.start else { continue };
        let day = start.days_from_epoch();
        if reach.is_none_or(|end| day > end + 7) {
            starts.push(start);
        }
        let end = r.end.map_or(i64::MAX, |e| e.days_from_epoch());
        reach = Some(reach.map_or(end, |x| x.max(end)));
    }
    starts
}

/// The term an anchor speaks of: the last begun by the reference date; with none to go by,
/// the first (an undated page is likelier an archive than news of a later term).
fn term_start(person: &crate::kb::Person, reference: Option<PartialDate>) -> Option<PartialDate> {
    let starts = terms_begun(person);
    match reference {
        Some(r) => starts.iter().rev().find(|s| **s <= r).or(starts.first()).copied(),
        None => starts.first().copied(),
    }
}

/// The summit a series name in a sentence speaks of, chosen by the host named after it (or
/// before it), a year before it, else the edition nearest the reference date.
fn pick_summit<'a>(
    summits: &'a Summits,
    kb: &Kb,
    series: &'a str,
    host_words: &[String],
    year: Option<i32>,
    reference: Option<PartialDate>,
) -> Option<&'a Summit> {
    let hosts = |s: &Summit, at: usize| -> Option<usize> {
        let rest = host_words.get(at..)?;
        let mut names: Vec<Vec<String>> = s.places.clone();
        if let Some(c) = kb.country(&s.country) {
            names.push(crate::kb::name_tokens(&c.name));
            names.extend(c.aliases.iter().map(|a| crate::kb::name_tokens(a)));
        }
        names.iter().filter(|n| !n.is_empty() && rest.starts_with(n)).map(Vec::len).max()
    };
    let named: Vec<&Summit> = if host_words.is_empty() {
        Vec::new()
    } else {
        summits.editions(series).filter(|s| hosts(s, 0).is_some()).collect()
    };
    let pool: Vec<&Summit> = if named.is_empty() && host_words.is_empty() {
        summits.editions(series).collect()
    } else {
        named
    };
    let pool: Vec<&Summit> = match year {
        Some(y) => pool.into_iter().filter(|s| s.start.year_value() == y).collect(),
        None => pool,
    };
    match (pool.as_slice(), reference) {
        ([one], _) => Some(one),
        ([], _) | (_, None) => None,
        (many, Some(r)) => {
            let far = |s: &&&Summit| s.start.days_from_epoch().abs_diff(r.days_from_epoch());
            many.iter().min_by_key(far).filter(|s| far(s) <= 400).copied()
        }
    }
}

/// Time expressions named by facts (see [`times_with_facts`]).
/// The days a summit mention stands for: the summit's first day and, when it lasted longer,
/// its last; `the eve of` it is the day before.
fn summit_days(s: &Summit, eve: bool) -> (Option<PartialDate>, Option<PartialDate>) {
    if eve {
        (Some(s.start.add_days(-1)), None)
    } else {
        (Some(s.start), (s.end != s.start).then_some(s.end))
    }
}

fn anchored(doc: &Document, kb: &Kb, summits: &Summits, plain: &[TimeExpr]) -> Vec<TimeExpr> {
    let text = doc.text();
    let reference = reference_date(doc, plain);
    let mut out = Vec::new();
    // The summit last named, for `the summit` after it.
    let mut last_summit: Option<&Summit> = None;
    for sentence in &doc.sentences {
        let first = doc.tokens.partition_point(|t| t.span.start < sentence.span.start);
        let last = doc.tokens.partition_point(|t| t.span.start < sentence.span.end);
        // Quotation marks around a name (`the summit of “Big twenty”`) are left out.
        let toks: Vec<&dyad_core::Token> = doc.tokens[first..last]
            .iter()
            .filter(|t| !matches!(t.span.text(text), Some("“" | "”" | "\"" | "«" | "»" | "„")))
            .collect();
        let words: Vec<String> =
            toks.iter().map(|t| t.span.text(text).unwrap_or("").to_lowercase()).collect();
        let w = |k: usize| words.get(k).map_or("", String::as_str);
        let span = |a: usize, b: usize| Span::at(toks[a].span.start, toks[b - 1].span.end);
        let mut i = 0;
        while i < words.len() {
            // `the eve of …` moves the day back by one.
            let eve = i >= 3 && w(i - 1) == "of" && w(i - 2) == "eve" && w(i - 3) == "the";
            let from = if eve { i - 3 } else { i };
            // `a Group of 20 summit in Hamburg`, `the summit of the G20 in Argentina`.
            let (series_at, lead_summit) = if w(i) == "summit" && w(i + 1) == "of" {
                let k = if w(i + 2) == "the" { i + 3 } else { i + 2 };
                (k, true)
            } else {
                (i, false)
            };
            if let Some((series, len)) = summits.series_at(&words, series_at) {
                let mut end = series_at + len;
                let summit_word = lead_summit
                    || matches!(w(end), "summit" | "summits")
                    || (w(end) == "leaders" && matches!(w(end + 1), "summit" | "meeting"));
                if matches!(w(end), "summit" | "summits") {
                    end += 1;
                } else if w(end) == "leaders" && matches!(w(end + 1), "summit" | "meeting") {
                    end += 2;
                }
                let year = (i > 0).then(|| year_of(w(i - 1))).flatten();
                let host_from = if matches!(w(end), "in" | "at" | "of" | "hosted") {
                    if w(end + 1) == "the" { end + 2 } else { end + 1 }
                } else {
                    words.len()
                };
                let host_words = words.get(host_from..).unwrap_or(&[]);
                let host_words = &host_words[..host_words.len().min(5)];
                let summit = pick_summit(summits, kb, series, host_words, year, reference);
                // A series name alone (`NATO troops`) is no summit; the G20 `in Buenos Aires` is.
                let named_host = summit.is_some() && !host_words.is_empty();
                if let Some(s) =
                    summit.filter(|_| summit_word || named_host && series.starts_with('G'))
                {
                    if !host_words.is_empty() {
                        // Take in the host's words: the longest of its names that follows.
                        let mut names: Vec<Vec<String>> = s.places.clone();
                        if let Some(c) = kb.country(&s.country) {
                            names.push(crate::kb::name_tokens(&c.name));
                        }
                        if let Some(n) = names
                            .iter()
                            .filter(|n| !n.is_empty() && host_words.starts_with(n))
                            .map(Vec::len)
                            .max()
                        {
                            end = host_from + n;
                        }
                    }
                    let start = if year.is_some() { i - 1 } else { from };
                    let (value, until) = summit_days(s, eve);
                    out.push(TimeExpr { span: span(start.min(from), end), value, until });
                    last_summit = Some(s);
                    i = end;
                    continue;
                }
            }
            // `the summit` after one was named.
            if w(i) == "the"
                && w(i + 1) == "summit"
                && !matches!(w(i + 2), "of" | "with" | "between")
                && let Some(s) = last_summit
            {
                let (value, until) = summit_days(s, eve);
                out.push(TimeExpr { span: span(from, i + 2), value, until });
                i += 2;
                continue;
            }
            // `shortly after Mr. Trump was inaugurated`, `when Putin came to power`.
            let close = matches!(w(i), "after" | "following") && i > 0 && SOON.contains(&w(i - 1));
            let exact = matches!(w(i), "when" | "as");
            if close || exact {
                let anchor = doc
                    .mentions
                    .iter()
                    .filter(|m| m.span.start >= toks[i].span.end)
                    .take_while(|m| toks.get(i + 4).is_none_or(|t| m.span.start <= t.span.start))
                    .find_map(|m| {
                        let id = m.entity.as_str().strip_prefix("person/")?;
                        let person = kb.people.iter().find(|p| p.id == id)?;
                        let after = toks.partition_point(|t| t.span.start < m.span.end);
                        let phrase = TOOK_OFFICE
                            .iter()
                            .find(|p| p.iter().enumerate().all(|(k, x)| w(after + k) == *x))?;
                        Some((person, after + phrase.len()))
                    });
                if let Some((person, end)) = anchor
                    && let Some(start) = term_start(person, reference)
                {
                    let (from, value) = if close {
                        (
                            i - 1,
                            PartialDate::month(
                                start.year_value(),
                                start.month_value().unwrap_or(1),
                            ),
                        )
                    } else {
                        (i, Some(start))
                    };
                    out.push(TimeExpr { span: span(from, end), value, until: None });
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
    }
    out
}

struct Match {
    end: usize,
    value: Option<PartialDate>,
    until: Option<PartialDate>,
}

struct Ctx<'a> {
    words: &'a [String],
    kinds: &'a [TokenKind],
    pub_date: Option<PartialDate>,
    pub_month: Option<PartialDate>,
}

/// Whether the words around an expression speak of the future, the past, or do not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Future,
    Past,
    Unsaid,
}

const PAST_IRREGULAR: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "met",
    "said",
    "held",
    "spoke",
    "told",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "saw",
    "left",
    "began",
    "broke",
    "brought",
    "chose",
    "drew",
    "fell",
    "felt",
    "flew",
    "found",
    "got",
    "grew",
    "heard",
    "kept",
    "knew",
    "led",
    "lost",
    "meant",
    "paid",
    "ran",
    "rang",
    "rose",
    "sent",
    "shot",
    "sought",
    "stood",
    "struck",
    "thought",
    "threw",
    "understood",
    "won",
    "wrote",
    "ago",
    "last",
    "earlier",
    "yesterday",
];

/// A rough past-tense test: an irregular past form or a regular `-ed` verb.
fn is_past_tense(w: &str) -> bool {
    PAST_IRREGULAR.contains(&w)
        || w.len() > 4
            && w.ends_with("ed")
            && !matches!(
                w,
                "need"
                    | "speed"
                    | "indeed"
                    | "united"
                    | "based"
                    | "red"
                    | "proposed"
                    | "planned"
                    | "scheduled"
                    | "expected"
                    | "alleged"
                    | "so-called"
            )
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn day_of(w: &str) -> Option<u32> {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(w.get(d.len()..), Some("" | "st" | "nd" | "rd" | "th"));
    (suffix_ok && (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        .then(|| d.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn number_of(w: &str) -> Option<i64> {
    w.parse::<i64>()
        .ok()
        .filter(|n| (1..=1000).contains(n))
        .or_else(|| NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v))
}

impl Ctx<'_> {
    fn w(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
    }

    /// The tense of the clause around word `i`: the six words before it and three after,
    /// stopping at clause punctuation. A future marker (`will`, `plans`) wins over past forms
    /// only when no past form is nearer.
    fn tense_at(&self, i: usize) -> Tense {
        let mut best: Option<(usize, Tense)> = None;
        let mut look = |k: usize| {
            let w = self.w(k);
            let t = if FUTURE_MARKERS.contains(&w) {
                Tense::Future
            } else if is_past_tense(w) {
                Tense::Past
            } else {
                return;
            };
            let d = k.abs_diff(i);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, t));
            }
        };
        for k in (i.saturating_sub(6)..i).rev() {
            if matches!(self.w(k), ";" | "." | "“" | "”" | "\"") {
                break;
            }
            look(k);
        }
        for k in i + 1..(i + 4).min(self.words.len()) {
            if matches!(self.w(k), "," | ";" | "." | "“" | "”" | "\"") {
                break;
            }
            look(k);
        }
        best.map_or(Tense::Unsaid, |(_, t)| t)
    }

    /// The year a month (and optional day) without a year falls in: in a sentence about the
    /// future, the first such date not before publication; about the past, the last one not
    /// after it; otherwise the one nearest publication.
    fn infer_year(&self, month: u32, day: Option<u32>, tense: Tense) -> Option<i32> {
        let p = self.pub_month?;
        let y = p.year_value();
        let (pm, pd) = (p.month_value()?, p.day_value());
        // Compare at the coarser precision: a month is "now" for the whole publication month.
        let cmp = |year: i32| -> std::cmp::Ordering {
            match (day, pd) {
                (Some(d), Some(pd)) => (year, month, d).cmp(&(y, pm, pd)),
                _ => (year, month).cmp(&(y, pm)),
            }
        };
        use std::cmp::Ordering::*;
        Some(if tense == Tense::Future {
            if cmp(y) == Less { y + 1 } else { y }
        } else if tense == Tense::Past {
            if cmp(y) == Greater { y - 1 } else { y }
        } else {
            let months = |year: i32| {
                (i64::from(year) * 12 + i64::from(month))
                    .abs_diff(i64::from(y) * 12 + i64::from(pm))
            };
            // On a tie (six months either way) the publication year wins.
            [y, y - 1, y + 1].into_iter().min_by_key(|&c| months(c)).unwrap_or(y)
        })
    }

    fn match_at(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        // Numeric and ISO dates in one token.
        if self.kinds[i] == TokenKind::Number
            && (w.contains('/') || w.contains('-') || w.contains('.'))
            && w.len() >= 8
        {
            return PartialDate::parse_text(w).filter(|d| d.day_value().is_some()).map(|d| Match {
                end: i + 1,
                value: Some(d),
                until: None,
            });
        }
        // `3-5 June`, `from 3 to 5 June`, `between 3 and 5 June`.
        if let Some(m) = self.day_range(i) {
            return Some(m);
        }
        // `20 March [2018]`, `1 Jul`.
        if let (Some(day), Some(month)) = (day_of(w), month_number(self.w(i + 1))) {
            let (year, end) = match year_of(self.w(i + 2))
                .or_else(|| (self.w(i + 2) == ",").then(|| year_of(self.w(i + 3))).flatten())
            {
                Some(y) if self.w(i + 2) == "," => (Some(y), i + 4),
                Some(y) => (Some(y), i + 3),
                None => (self.infer_year(month, Some(day), self.tense_at(i)), i + 2),
            };
            return Some(Match {
                end,
                value: year.and_then(|y| PartialDate::ymd(y, month, day)),
                until: None,
            });
        }
        // `last week`, `this month`, `next year`, `earlier this month`.
        if matches!(w, "last" | "this" | "next" | "past")
            && matches!(self.w(i + 1), "week" | "month" | "year" | "weekend")
        {
            let step: i64 = match w {
                "last" | "past" => -1,
                "next" => 1,
                _ => 0,
            };
            return Some(self.period(self.w(i + 1), step, i, i + 2));
        }
        // `last July`, `next Tuesday`: the modifier belongs to the expression.
        let modifier = matches!(w, "last" | "next" | "this").then_some(w);
        let j = if modifier.is_some() { i + 1 } else { i };
        let wj = self.w(j);
        if let Some(month) =
            month_number(wj).filter(|_| modifier.is_some() || self.is_month_word(j))
        {
            // `April 16 and 17`, `April 16-17`, `November 20 to December 11`
            if modifier.is_none()
                && let Some(day) = day_of(self.w(j + 1))
                && matches!(self.w(j + 2), "and" | "to" | "-" | "–" | "through" | "until")
            {
                let (month2, day2, end) = match (month_number(self.w(j + 3)), day_of(self.w(j + 4)))
                {
                    (Some(m2), Some(d2)) => (m2, Some(d2), j + 5),
                    _ => (month, day_of(self.w(j + 3)), j + 4),
                };
                if let Some(day2) = day2.filter(|d2| (month2, *d2) > (month, day)) {
                    let (year, end) = match year_of(self.w(end)) {
                        Some(y) => (Some(y), end + 1),
                        None => (self.infer_year(month, Some(day), self.tense_at(i)), end),
                    };
                    let value = year.and_then(|y| PartialDate::ymd(y, month, day));
                    let until = year.and_then(|y| PartialDate::ymd(y, month2, day2));
                    return Some(Match { end, value, until });
                }
            }
            // `March 20[, 2018]`
            if modifier.is_none()
                && let Some(day) = day_of(self.w(j + 1))
            {
                let (year, end) = if self.w(j + 2) == "," && year_of(self.w(j + 3)).is_some() {
                    (year_of(self.w(j + 3)), j + 4)
                } else if year_of(self.w(j + 2)).is_some() {
                    (year_of(self.w(j + 2)), j + 3)
                } else {
                    (self.infer_year(month, Some(day), self.tense_at(i)), j + 2)
                };
                return Some(Match {
                    end,
                    value: year.and_then(|y| PartialDate::ymd(y, month, day)),
                    until: None,
                });
            }
            // `August 2013`
            if modifier.is_none()
                && let Some(y) = year_of(self.w(j + 1))
            {
                return Some(Match {
                    end: j + 2,
                    value: PartialDate::month(y, month),
                    until: None,
                });
            }
            // `in July`, `last July`, `next July`
            let year = match modifier {
                Some("last") => self.pub_month.map(|p| {
                    if month < p.month_value().unwrap_or(1) {
                        p.year_value()
                    } else {
                        p.year_value() - 1
                    }
                }),
                Some("next") => self.pub_month.map(|p| {
                    if month > p.month_value().unwrap_or(1) {
                        p.year_value()
                    } else {
                        p.year_value() + 1
                    }
                }),
                Some(_) => self.pub_month.map(|p| p.year_value()),
                None => self.infer_year(month, None, self.tense_at(i)),
            };
            return Some(Match {
                end: j + 1,
                value: year.and_then(|y| PartialDate::month(y, month)),
                until: None,
            });
        }
        // Weekdays, with a part of day after (`Tuesday night`).
        if let Some(wd) = WEEKDAYS.iter().position(|d| *d == wj) {
            let end = if DAY_PARTS.contains(&self.w(j + 1)) { j + 2 } else { j + 1 };
            // The newsroom rule: a weekday is past unless its clause speaks of the future.
            let future = self.tense_at(j) == Tense::Future;
            let value = self.pub_date.map(|p| {
                let pw = i64::from(p.weekday());
                let wd = wd as i64;
                let back = (pw - wd).rem_euclid(7);
                let forward = (wd - pw).rem_euclid(7);
                match modifier {
                    Some("last") => p.add_days(-(if back == 0 { 7 } else { back })),
                    Some("next") => p.add_days(if forward == 0 { 7 } else { forward }),
                    Some(_) if future => p.add_days(forward),
                    _ if future => p.add_days(if forward == 0 { 7 } else { forward }),
                    _ => p.add_days(-back),
                }
            });
            return Some(Match { end, value, until: None });
        }
        // Deictic days.
        if w == "last" && self.w(i + 1) == "night" {
            return Some(Match {
                end: i + 2,
                value: self.pub_date.map(|p| p.add_days(-1)),
                until: None,
            });
        }
        // `the weekend` is `this weekend`.
        if w == "the" && self.w(i + 1) == "weekend" {
            return Some(self.period("weekend", 0, i, i + 2));
        }
        let offset = match w {
            "today" | "tonight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(o) = offset {
            return Some(Match {
                end: i + 1,
                value: self.pub_date.map(|p| p.add_days(o)),
                until: None,
            });
        }
        // `three years ago`, `a week ago`, `24 hours ago`, `a decade ago`.
        if let Some(n) = number_of(w)
            && matches!(
                self.w(i + 1).trim_end_matches('s'),
                "hour" | "day" | "week" | "month" | "year" | "decade"
            )
            && self.w(i + 2) == "ago"
        {
            let unit = self.w(i + 1).trim_end_matches('s');
            let (value, until) = match unit {
                "hour" => (self.pub_date.map(|p| p.add_days(-((n + 12) / 24))), None),
                "day" => (self.pub_date.map(|p| p.add_days(-n)), None),
                // A week ago is that week, Monday to Sunday.
                "week" => match self.pub_date {
                    Some(p) => {
                        let monday = p.add_days(-i64::from(p.weekday()) - 7 * n);
                        (Some(monday), Some(monday.add_days(6)))
                    }
                    None => (None, None),
                },
                "month" => (self.pub_month.and_then(|p| shift_month(p, -n)), None),
                "decade" => (
                    self.pub_month.map(|p| PartialDate::year(p.year_value() - 10 * n as i32)),
                    None,
                ),
                _ => (self.pub_month.map(|p| PartialDate::year(p.year_value() - n as i32)), None),
            };
            return Some(Match { end: i + 3, value, until });
        }
        // `the end of the year`, `the end of the month`, `year end`.
        if w == "end"
            && self.w(i + 1) == "of"
            && self.w(i + 2) == "the"
            && matches!(self.w(i + 3), "year" | "month")
        {
            let value = if self.w(i + 3) == "year" {
                self.pub_month.map(|p| PartialDate::year(p.year_value()))
            } else {
                self.pub_month
            };
            return Some(Match { end: i + 4, value, until: None });
        }
        if w == "year" && matches!(self.w(i + 1), "end" | "-end") {
            return Some(Match {
                end: i + 2,
                value: self.pub_month.map(|p| PartialDate::year(p.year_value())),
                until: None,
            });
        }
        // `last summer`, `this spring`: the season's year.
        if matches!(w, "last" | "this" | "next")
            && matches!(self.w(i + 1), "summer" | "spring" | "autumn" | "fall")
        {
            let value = self.pub_month.and_then(|p| {
                let m = p.month_value()?;
                let season_start = match self.w(i + 1) {
                    "spring" => 3,
                    "summer" => 6,
                    _ => 9,
                };
                let y = p.year_value();
                Some(PartialDate::year(match w {
                    "last" => {
                        if m > season_start + 2 {
                            y
                        } else {
                            y - 1
                        }
                    }
                    "next" => {
                        if m < season_start {
                            y
                        } else {
                            y + 1
                        }
                    }
                    _ => y,
                }))
            });
            return Some(Match { end: i + 2, value, until: None });
        }
        // A year on its own: `in 2016`, `the 2016 election`.
        if let Some(y) = year_of(w)
            && self.kinds[i] == TokenKind::Number
        {
            return Some(Match { end: i + 1, value: Some(PartialDate::year(y)), until: None });
        }
        None
    }

    /// `may` is a month only next to a day, a year or a preposition.
    fn is_month_word(&self, i: usize) -> bool {
        let w = self.w(i);
        if w != "may" && w != "march" {
            return true;
        }
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        day_of(self.w(i + 1)).is_some()
            || year_of(self.w(i + 1)).is_some()
            || matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "by"
                    | "of"
                    | "last"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "from"
                    | "during"
                    | "this"
            )
            || (i > 0 && day_of(prev).is_some())
    }

    /// `last/this/next week|weekend|month|year` starting at word `i`: a week is Monday to
    /// Sunday; `this weekend` is the one just past unless the clause speaks of the future (or
    /// publication falls on it).
    fn period(&self, unit: &str, step: i64, i: usize, end: usize) -> Match {
        let (value, until) = match unit {
            "week" | "weekend" => match self.pub_date {
                Some(p) => {
                    let weekday = i64::from(p.weekday());
                    let monday = p.add_days(-weekday + 7 * step);
                    if unit == "weekend" {
                        let past = step == 0 && weekday < 5 && self.tense_at(i) != Tense::Future;
                        let saturday = monday.add_days(if past { -2 } else { 5 });
                        (Some(saturday), Some(saturday.add_days(1)))
                    } else {
                        (Some(monday), Some(monday.add_days(6)))
                    }
                }
                None => (None, None),
            },
            "month" => (self.pub_month.and_then(|p| shift_month(p, step)), None),
            _ => (self.pub_month.map(|p| PartialDate::year(p.year_value() + step as i32)), None),
        };
        Match { end, value, until }
    }

    fn day_range(&self, i: usize) -> Option<Match> {
        let (lead, a_at) = match self.w(i) {
            "from" | "between" => (true, i + 1),
            _ => (false, i),
        };
        let a = day_of(self.w(a_at))?;
        let (b_at, joiner) = if self.kinds.get(a_at) == Some(&TokenKind::Number)
            && matches!(self.w(a_at + 1), "-" | "–" | "to" | "and" | "until")
        {
            (a_at + 2, self.w(a_at + 1))
        } else {
            return None;
        };
        if lead && !matches!(joiner, "to" | "and" | "until" | "-" | "–") {
            return None;
        }
        let b = day_of(self.w(b_at))?;
        let month = month_number(self.w(b_at + 1))?;
        let (year, end) = match year_of(self.w(b_at + 2)) {
            Some(y) => (Some(y), b_at + 3),
            None => (self.infer_year(month, Some(a), self.tense_at(i)), b_at + 2),
        };
        let value = year.and_then(|y| PartialDate::ymd(y, month, a));
        let until = year.and_then(|y| PartialDate::ymd(y, month, b));
        (a < b).then_some(Match { end, value, until })
    }
}

fn shift_month(p: PartialDate, by: i64) -> Option<PartialDate> {
    let m = i64::from(p.month_value()?) - 1 + by;
    PartialDate::month(p.year_value() + m.div_euclid(12) as i32, (m.rem_euclid(12) + 1) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sentences, tokens};
    use dyad_core::Article;

    fn resolve(text: &str, published: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let mut doc = dyad_core::Document::new(Article {
            id: "t".into(),
            text: text.into(),
            published: PartialDate::parse_iso(published),
            ..Article::default()
        });
        doc.tokens = tokens(text);
        doc.sentences = sentences(text, &doc.tokens);
        times(&doc)
            .into_iter()
            .map(|t| {
                (
                    t.span.text(text).unwrap().to_owned(),
                    t.value.map(|v| v.to_string()),
                    t.until.map(|v| v.to_string()),
                )
            })
            .collect()
    }

    fn values(text: &str, published: &str) -> Vec<(String, Option<String>)> {
        resolve(text, published).into_iter().map(|(a, b, _)| (a, b)).collect()
    }

    fn one(text: &str, published: &str) -> Option<String> {
        values(text, published).into_iter().next().and_then(|(_, v)| v)
    }

    #[test]
    fn weekdays_follow_the_newsroom_rule() {
        // 2018-03-21 was a Wednesday.
        assert_eq!(
            one("Trump congratulated Putin on Tuesday.", "2018-03-21").as_deref(),
            Some("2018-03-20")
        );
        assert_eq!(
            one("Trump congratulated Putin Tuesday night.", "2018-03-21").as_deref(),
            Some("2018-03-20")
        );
        assert_eq!(
            one("A spokesman said on Wednesday.", "2018-03-21").as_deref(),
            Some("2018-03-21")
        );
        assert_eq!(one("They will meet on Tuesday.", "2018-03-21").as_deref(), Some("2018-03-27"));
        assert_eq!(one("He left last Friday.", "2018-03-21").as_deref(), Some("2018-03-16"));
        assert_eq!(values("He left on Tuesday.", "2018-03")[0].1, None, "no day, no weekday");
    }

    #[test]
    fn absolute_and_month_dates() {
        assert_eq!(one("Published on 21/03/2018.", "2018-03-21").as_deref(), Some("2018-03-21"));
        assert_eq!(one("They met on March 20, 2018.", "2019-01-01").as_deref(), Some("2018-03-20"));
        assert_eq!(one("They met on 20 March.", "2018-03-21").as_deref(), Some("2018-03-20"));
        assert_eq!(one("He visited in August 2013.", "2017-05-11").as_deref(), Some("2013-08"));
        assert_eq!(one("They will meet in July.", "2017-05-11").as_deref(), Some("2017-07"));
        assert_eq!(one("They met in July.", "2017-05-11").as_deref(), Some("2016-07"));
        assert_eq!(one("Crimea was annexed in 2014.", "2017-05-11").as_deref(), Some("2014"));
        assert_eq!(
            one("BUENOS AIRES, 1 Jul — RIA Novosti.", "2018-07-02").as_deref(),
            Some("2018-07-01")
        );
        assert!(values("Ties may be at an all-time low.", "2017-04-13").is_empty());
    }

    #[test]
    fn relative_periods_and_ranges() {
        assert_eq!(one("He visited last month.", "2017-05-11").as_deref(), Some("2017-04"));
        assert_eq!(one("Elections are due next year.", "2017-05-11").as_deref(), Some("2018"));
        assert_eq!(one("It happened three years ago.", "2017-05-11").as_deref(), Some("2014"));
        assert_eq!(one("Yesterday they met.", "2017-05-11").as_deref(), Some("2017-05-10"));
        let week = resolve("Sanctions were imposed last week.", "2018-03-21");
        assert_eq!(
            (week[0].1.as_deref(), week[0].2.as_deref()),
            (Some("2018-03-12"), Some("2018-03-18"))
        );
        let range = resolve("The visit runs from 3 to 5 June.", "2019-05-30");
        assert_eq!(
            (range[0].0.as_str(), range[0].1.as_deref(), range[0].2.as_deref()),
            ("from 3 to 5 June", Some("2019-06-03"), Some("2019-06-05"))
        );
        assert_eq!(one("He met them last month.", "").as_deref(), None);
        let r = resolve("Talks are set for April 16 and 17.", "2019-04-12");
        assert_eq!(
            (r[0].1.as_deref(), r[0].2.as_deref()),
            (Some("2019-04-16"), Some("2019-04-17"))
        );
        let r = resolve("It runs from November 20 to December 11.", "2015-05-07");
        assert_eq!(
            (r[0].0.as_str(), r[0].2.as_deref()),
            ("November 20 to December 11", Some("2015-12-11"))
        );
        assert_eq!(
            one("Seventeen years ago the team was founded.", "2017-07-18").as_deref(),
            Some("2000")
        );
        assert_eq!(
            one("It happened just over 24 hours ago.", "2008-01-20").as_deref(),
            Some("2008-01-19")
        );
        assert_eq!(
            one("Prices rose by the end of the year.", "2019-03-12").as_deref(),
            Some("2019")
        );
        assert_eq!(
            one("Protesters gathered last night.", "2019-04-09").as_deref(),
            Some("2019-04-08")
        );
        let w = resolve("Crowds gathered this weekend.", "2016-09-07");
        assert_eq!(
            (w[0].1.as_deref(), w[0].2.as_deref()),
            (Some("2016-09-03"), Some("2016-09-04"))
        );
        assert_eq!(
            one("A Kremlin spokesman said on Thursday that the talks would resume.", "2019-03-21")
                .as_deref(),
            Some("2019-03-21")
        );
        assert_eq!(one("The leaders will meet in June.", "2019-03-12").as_deref(), Some("2019-06"));
        assert_eq!(
            one("They agreed on March 12 to meet again.", "2019-10-09").as_deref(),
            Some("2019-03-12")
        );
    }

    #[test]
    fn facts_date_summits_and_terms_of_office() {
        let analyse = crate::testutil::analyse;
        let of = |doc: &dyad_core::Document| -> Vec<(String, Option<String>, Option<String>)> {
            doc.times
                .iter()
                .map(|t| {
                    (
                        t.span.text(doc.text()).unwrap().to_owned(),
                        t.value.map(|v| v.to_string()),
                        t.until.map(|v| v.to_string()),
                    )
                })
                .collect()
        };
        let doc =
            analyse("They will meet at a Group of 20 summit in Hamburg, Germany.", "2017-05-11");
        assert_eq!(
            of(&doc),
            [(
                "Group of 20 summit in Hamburg".into(),
                Some("2017-07-07".into()),
                Some("2017-07-08".into())
            )]
        );
        let doc = analyse(
            "Putin was to meet him at the summit of “Big twenty” in Argentina. On the eve of \
             the summit, the meeting was off.",
            "",
        );
        let t = of(&doc);
        assert_eq!(t[0].1.as_deref(), Some("2018-11-30"));
        assert_eq!(
            (t[1].0.as_str(), t[1].1.as_deref()),
            ("the eve of the summit", Some("2018-11-29"))
        );
        // A series with no summit and no host is no time; a host names the edition.
        assert!(of(&analyse("NATO troops left.", "2018-01-01")).is_empty());
        let doc = analyse("Leaders gathered for the NATO summit in Brussels.", "2018-07-20");
        assert_eq!(of(&doc)[0].1.as_deref(), Some("2018-07-11"), "the edition nearest publication");
        // The start of a term: the one begun by publication; exact with `when`.
        let doc = analyse("He called shortly after Trump took office.", "2025-03-01");
        assert_eq!(of(&doc)[0].1.as_deref(), Some("2025-01"));
        let doc = analyse("He called when Trump took office.", "2018-03-01");
        assert_eq!(of(&doc)[0].1.as_deref(), Some("2017-01-20"));
        let doc = analyse("Lavrov came since Trump came to power.", "2018-03-01");
        assert!(of(&doc).is_empty(), "since gives no date");
    }
}
