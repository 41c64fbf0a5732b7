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
}
