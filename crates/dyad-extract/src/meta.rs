//! Page metadata: title, publication date, author, site name, canonical URL and language,
//! from meta tags, JSON-LD, `<time>`, the URL path and the visible byline.

use crate::html::{Dom, NodeId, NodeKind};
use crate::vocab::{self, Flags};
use dyad_core::PartialDate;
use serde_json::Value;

/// What the page's markup says about the article.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct PageMeta {
    pub(crate) title: Option<String>,
    pub(crate) headline_h1: Option<String>,
    pub(crate) html_title: Option<String>,
    pub(crate) published: Option<PartialDate>,
    pub(crate) author: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) lang: Option<String>,
}

/// Reads the metadata of a parsed page.
pub(crate) fn page_meta(dom: &Dom, flags: &[Flags]) -> PageMeta {
    let mut m = PageMeta::default();
    let mut metas: Vec<(String, String)> = Vec::new();
    for (_, e) in dom.elements("meta") {
        let key = e.attr("property").or_else(|| e.attr("name")).or_else(|| e.attr("itemprop"));
        if let (Some(k), Some(v)) = (key, e.attr("content")) {
            let v = v.trim();
            if !v.is_empty() {
                metas.push((k.to_ascii_lowercase(), v.to_owned()));
            }
        }
    }
    let meta = |keys: &[&str]| {
        keys.iter().find_map(|k| metas.iter().find(|(mk, _)| mk == k).map(|(_, v)| v.clone()))
    };
    let ld = LinkedData::read(dom);
    let ld_str = |key: &str| ld.article_field(key).and_then(value_text);

    m.html_title =
        dom.elements("title").next().map(|(id, _)| dom.text_of(id)).filter(|t| !t.is_empty());
    m.site_name = meta(&["og:site_name", "application-name", "twitter:site"])
        .or_else(|| ld.article_field("publisher").and_then(|p| p.get("name")).and_then(value_text))
        .map(|s| s.trim_start_matches('@').to_owned());
    let og_title = meta(&[
        "og:title",
        "twitter:title",
        "headline",
        "dc.title",
        "sailthru.title",
        "parsely-title",
    ]);
    // A blog's `<h1>` is often its name, a link home: not the headline.
    let site = m.site_name.as_deref().map(|n| crate::html::decode_entities(n, false));
    let h1s: Vec<(NodeId, String)> = dom
        .elements("h1")
        .filter(|(id, _)| !links_home(dom, *id))
        .map(|(id, _)| (id, heading_text(dom, flags, id)))
        .filter(|(_, t)| !t.is_empty() && t.chars().count() <= 300)
        .filter(|(_, t)| !site.as_deref().is_some_and(|n| n.trim().eq_ignore_ascii_case(t)))
        .collect();
    let (title, title_node) = pick_title(
        ld_str("headline"),
        og_title,
        &h1s,
        m.html_title.clone(),
        m.site_name.as_deref(),
    );
    m.title = title.map(|t| fix_double_utf8(&t));
    m.headline_h1 = h1s.first().map(|(_, t)| t.clone());
    let after = title_node.unwrap_or(0);

    // The date shown under the headline is the one readers see (and the benchmark's truth
    // follows them); then the metadata; then any date shown on the page.
    let dates = DateContext {
        machine: ["datePublished", "dateModified", "dateCreated"]
            .iter()
            .filter_map(|k| ld.any_field(k).and_then(value_text))
            .chain(
                metas
                    .iter()
                    .filter(|(k, _)| k.contains("published") || k.contains("modified"))
                    .map(|(_, v)| v.clone()),
            )
            .filter_map(|s| PartialDate::parse_iso(&s).filter(|d| d.day_value().is_some()))
            .collect(),
        month_first: dom
            .elements("html")
            .next()
            .and_then(|(_, e)| e.attr("lang"))
            .is_some_and(|l| l.eq_ignore_ascii_case("en-us")),
    };
    let anchor = title_node.or_else(|| h1s.first().map(|(id, _)| *id));
    let (shown, shown_update) = anchor
        .map(|h| {
            visible_date(
                dom,
                flags,
                &dates,
                h.saturating_sub(SHOWN_DATE_BEFORE),
                h + SHOWN_DATE_REACH,
                true,
            )
        })
        .unwrap_or_default();
    m.published = shown
        .or_else(|| {
            ld_str("datePublished")
                .or_else(|| ld.any_field("datePublished").and_then(value_text))
                .and_then(|s| parse_date(&s))
        })
        .or_else(|| published_meta(&metas))
        .or_else(|| script_date(dom))
        .or_else(|| {
            let (any, any_update) = visible_date(dom, flags, &dates, after, dom.nodes.len(), false);
            any.or(shown_update).or(any_update)
        })
        .or_else(|| ld_str("dateCreated").and_then(|s| parse_date(&s)));

    // An author named as the site or its publisher is the organisation, whatever its type.
    let publisher = ld
        .article_field("publisher")
        .map(|p| ld.resolve(p))
        .and_then(|p| p.get("name"))
        .and_then(value_text);
    let ld_author =
        ld.article_field("author").and_then(|a| ld.author_names(a)).map(|(n, person)| {
            let org = [m.site_name.as_deref(), publisher.as_deref()]
                .into_iter()
                .flatten()
                .any(|o| o.trim().eq_ignore_ascii_case(n.trim()));
            (n, person && !org)
        });
    let meta_author = meta(&[
        "author",
        "article:author",
        "byl",
        "sailthru.author",
        "parsely-author",
        "dc.creator",
        "citation_author",
    ])
    .filter(|a| !a.starts_with("http"))
    .and_then(|a| person_name(&a, true))
    .or_else(|| twitter_label_author(&metas));
    // The byline shown under the headline is what readers see: it beats JSON-LD when it sits
    // right there, the meta tags when it is near; one far from the headline (an author box
    // at the end, a card in a list of other stories) comes after both.
    let byline_anchor = title_node.or_else(|| h1s.first().map(|(id, _)| *id));
    let shown = visible_author(dom, flags, byline_anchor.unwrap_or(0));
    let within = |node: NodeId, before: NodeId, reach: NodeId| {
        byline_anchor.is_some_and(|a| node + before >= a && node <= a + reach)
    };
    let (close, near, far) = match shown {
        Some((name, node)) if within(node, 0, BYLINE_CLOSE) => (Some(name), None, None),
        Some((name, node)) if within(node, BYLINE_BEFORE, BYLINE_REACH) => (None, Some(name), None),
        Some((name, _)) => (None, None, Some(name)),
        None => (None, None, None),
    };
    // The same name in both: JSON-LD's, without the byline's role (`Jane Doe Staff Writer`).
    let ld_person = ld_author.filter(|(_, person)| *person).map(|(names, _)| names);
    let close = close.map(|c| match &ld_person {
        Some(l) if c.to_lowercase().contains(&l.to_lowercase()) => l.clone(),
        _ => c,
    });
    m.author = close
        .or(ld_person)
        .or(near)
        .or(meta_author)
        .or(far)
        .or_else(|| ld.article_field("author").and_then(|a| ld.author_names(a)).map(|(n, _)| n))
        .or_else(|| script_author(dom))
        .map(|a| clean_author(&a))
        .filter(|a| !a.is_empty());

    m.url = dom
        .elements("link")
        .find(|(_, e)| e.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")))
        .and_then(|(_, e)| e.attr("href").map(str::to_owned))
        .or_else(|| meta(&["og:url"]))
        .filter(|u| u.starts_with("http"));
    if m.published.is_none() {
        m.published = m.url.as_deref().and_then(date_in_url);
    }
    if m.published.is_none() {
        m.published = ld_str("dateModified").and_then(|s| parse_date(&s)).or_else(|| {
            meta(&["article:modified_time", "og:updated_time", "datemodified"])
                .and_then(|s| parse_date(&s))
        });
    }
    m.lang = dom
        .elements("html")
        .next()
        .and_then(|(_, e)| e.attr("lang"))
        .and_then(|l| l.split(['-', '_']).next())
        .map(str::to_ascii_lowercase)
        .filter(|l| l.len() == 2);
    m
}

/// A publication date from meta tags: the known names first, then any name that speaks of
/// publication (`cludo:date` aside, `…published…`, `…pubdate…`).
fn published_meta(metas: &[(String, String)]) -> Option<PartialDate> {
    const KEYS: &[&str] = &[
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "article.published",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "published-date",
        "publication_date",
        "citation_publication_date",
        "citation_date",
        "dc.date",
        "dc.date.issued",
        "dc.date.created",
        "dcterms.date",
        "dcterms.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "release_date",
        "date",
    ];
    let parse = |v: &str| parse_date(v).filter(|d| d.day_value().is_some());
    KEYS.iter()
        .find_map(|k| metas.iter().find(|(mk, _)| mk == k).and_then(|(_, v)| parse(v)))
        .or_else(|| {
            metas.iter().find_map(|(k, v)| {
                let publish =
                    k.contains("publish") || k.contains("pubdate") || k.ends_with(":date");
                (publish && !k.contains("modif") && !k.contains("updat")).then(|| parse(v))?
            })
        })
}

/// The author in a link preview's label and value pair: `twitter:label1` `Written by`,
/// `twitter:data1` `Jane Doe`.
fn twitter_label_author(metas: &[(String, String)]) -> Option<String> {
    metas.iter().find_map(|(k, v)| {
        let n = k.strip_prefix("twitter:label")?;
        let label = v.to_lowercase();
        if !matches!(label.trim_end_matches(':'), "written by" | "author" | "by" | "written by:") {
            return None;
        }
        let data = format!("twitter:data{n}");
        metas.iter().find(|(dk, _)| *dk == data).and_then(|(_, dv)| person_name(dv, true))
    })
}

/// The text under `id`, whitespace collapsed, when it is at most `max` characters.
fn short_text(dom: &Dom, id: NodeId, max: usize) -> Option<String> {
    // Stops early: a big subtree is not short, and its walk would cost the page's size.
    const MAX_NODES: usize = 300;
    let mut out = String::new();
    let mut stack = vec![id];
    let mut visited = 0;
    while let Some(i) = stack.pop() {
        visited += 1;
        let node = dom.nodes.get(i)?;
        match &node.kind {
            NodeKind::Text(t) => {
                out.push_str(t);
                out.push(' ');
            }
            NodeKind::Element(e) if matches!(&*e.tag, "script" | "style") => return None,
            _ => {}
        }
        if out.len() > max * 4 || visited > MAX_NODES {
            return None;
        }
        stack.extend(node.children.iter().rev());
    }
    let text = crate::html::collapse_whitespace(&out);
    (!text.is_empty() && text.chars().count() <= max).then_some(text)
}

/// A headline's text: inline markup joined as written (`Planning <span>C</span>ycle`), without
/// what a headline element may wrap besides its words: a `<time>`, a byline, a comment count,
/// screen-reader text, or what follows its first block of text (a subtitle in an `<h4>`, the
/// date line of an unclosed `<h1>`).
fn heading_text(dom: &Dom, flags: &[Flags], id: NodeId) -> String {
    const SKIP: Flags = vocab::AUTHOR | vocab::COMMENT | vocab::SCREEN_READER;
    let mut out = String::new();
    let mut stack = vec![id];
    let mut visited = 0;
    while let Some(i) = stack.pop() {
        visited += 1;
        let Some(node) = dom.nodes.get(i) else { continue };
        if visited > 2_000 {
            break;
        }
        match &node.kind {
            NodeKind::Text(t) => out.push_str(t),
            NodeKind::Element(e) if i != id => {
                let f = flags.get(i).copied().unwrap_or(0);
                if matches!(&*e.tag, "time" | "script" | "style" | "noscript" | "button")
                    || f & SKIP != 0
                    || f & vocab::DATE != 0
                        && short_text(dom, i, 80).is_some_and(|t| parse_date(&t).is_some())
                {
                    continue;
                }
                if !is_inline(&e.tag) {
                    if out.chars().any(char::is_alphanumeric) {
                        break;
                    }
                    out.push(' ');
                }
                if &*e.tag == "br" {
                    out.push(' ');
                }
            }
            _ => {}
        }
        stack.extend(node.children.iter().rev());
    }
    crate::html::collapse_whitespace(&out)
}

/// Whether a heading's text is a link to the site's home page (`<h1><a href="/">Blog</a></h1>`).
fn links_home(dom: &Dom, id: NodeId) -> bool {
    let mut stack = vec![(id, 0)];
    while let Some((i, depth)) = stack.pop() {
        if let Some(e) = dom.element(i)
            && &*e.tag == "a"
        {
            let Some(href) = e.attr("href").map(str::trim) else { return false };
            let path = match href.split_once("://") {
                Some((_, rest)) => rest.find('/').and_then(|at| rest.get(at..)).unwrap_or(""),
                None => href,
            };
            return matches!(path, "" | "/" | "./" | "/index.html");
        }
        if depth < 3 {
            stack.extend(dom.nodes[i].children.iter().rev().map(|&c| (c, depth + 1)));
        }
    }
    false
}

/// Undoes UTF-8 read as Latin-1 or windows-1252 and encoded again (`Investorâ€™s` for
/// `Investor’s`), as some sites store their titles: when every character maps back to one
/// byte and those bytes are valid UTF-8 with at least one multi-byte character.
pub(crate) fn fix_double_utf8(s: &str) -> String {
    // windows-1252's characters for bytes 0x80–0x9F (U+FFFD where the byte is unassigned).
    const CP1252: [char; 32] = [
        '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
        '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{fffd}', 'ž', 'Ÿ',
    ];
    if !s.chars().any(|c| ('\u{c2}'..='\u{f4}').contains(&c)) {
        return s.to_owned();
    }
    let mut bytes = Vec::with_capacity(s.len());
    for c in s.chars() {
        let b = match u32::from(c) {
            n @ 0..=0xff => n as u8,
            _ => match CP1252.iter().position(|&x| x == c && x != '\u{fffd}') {
                Some(at) => 0x80 + at as u8,
                None => return s.to_owned(),
            },
        };
        bytes.push(b);
    }
    match String::from_utf8(bytes) {
        Ok(fixed) if fixed.chars().count() < s.chars().count() => fixed,
        _ => s.to_owned(),
    }
}

/// Tags that sit inside a line of text.
fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "span"
            | "strong"
            | "b"
            | "em"
            | "i"
            | "u"
            | "s"
            | "small"
            | "big"
            | "sup"
            | "sub"
            | "mark"
            | "abbr"
            | "cite"
            | "code"
            | "q"
            | "font"
            | "del"
            | "ins"
            | "wbr"
            | "bdi"
            | "bdo"
            | "dfn"
            | "kbd"
            | "var"
            | "br"
            | "img"
    )
}

/// Candidates in document order, those after node `after` (the headline) first.
fn after_first(dom: &Dom, after: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    let n = dom.nodes.len();
    (after.min(n)..n).chain(0..after.min(n))
}

/// How many nodes after the headline a date still counts as shown under it …
const SHOWN_DATE_REACH: NodeId = 150;
/// … and how many before it (a date line above the headline).
const SHOWN_DATE_BEFORE: NodeId = 40;

/// How many nodes after the headline a byline is the one shown with it …
const BYLINE_CLOSE: NodeId = 30;
/// … near it (after) …
const BYLINE_REACH: NodeId = 150;
/// … and before it.
const BYLINE_BEFORE: NodeId = 40;

/// An author's name in a script's data (`"authors": "Jane Doe"`, `'author': 'Jane Doe'`).
fn script_author(dom: &Dom) -> Option<String> {
    const KEYS: &[&str] = &[
        "\"author\":",
        "'author':",
        "\"authors\":",
        "'authors':",
        "\"authorName\":",
        "\"pagePostAuthor\":",
    ];
    for (id, e) in dom.elements("script") {
        if e.attr("type").is_some_and(|t| t.contains("ld+json")) {
            continue;
        }
        let Some(NodeKind::Text(raw)) = dom.nodes[id].children.first().map(|&c| &dom.nodes[c].kind)
        else {
            continue;
        };
        for key in KEYS {
            let Some(at) = raw.find(key) else { continue };
            let rest = raw.get(at + key.len()..).unwrap_or_default().trim_start();
            let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                continue;
            };
            let value = rest.get(1..).unwrap_or_default();
            let Some(end) = value.find(quote) else { continue };
            if let Some(name) = value.get(..end).and_then(|v| person_name(v, false)) {
                return Some(name);
            }
        }
    }
    None
}

/// A publication date in a script's data (a JavaScript app's page state):
/// `"publishedDate":"2019-08-16…"` and the like.
fn script_date(dom: &Dom) -> Option<PartialDate> {
    const KEYS: &[&str] = &[
        "\"datePublished\"",
        "\"publishedDate\"",
        "\"publishedAt\"",
        "\"publishDate\"",
        "\"published_at\"",
        "\"publish_date\"",
        "\"firstPublishedAt\"",
        "\"pubDate\"",
        "publishedDate:",
        "publishedAt:",
    ];
    for (id, _) in dom.elements("script") {
        let Some(NodeKind::Text(raw)) = dom.nodes[id].children.first().map(|&c| &dom.nodes[c].kind)
        else {
            continue;
        };
        for key in KEYS {
            let Some(at) = raw.find(key) else { continue };
            let rest = raw.get(at + key.len()..).unwrap_or_default();
            let value = rest.trim_start_matches([':', ' ', '"', '\\']);
            if let Some(d) = value.get(..10).and_then(PartialDate::parse_iso) {
                return Some(d);
            }
        }
    }
    None
}

/// A date shown on the page: `<time datetime>`, an element marked `datePublished`, or the
/// text of a small element whose class names a date (`post-date`, `published`, `meta`).
/// Searches from node `after` up to `until`, then (unless `only_after`) before `after`.
/// Returns the first date and, apart, the first date labelled as an update.
fn visible_date(
    dom: &Dom,
    flags: &[Flags],
    dates: &DateContext,
    after: NodeId,
    until: NodeId,
    only_after: bool,
) -> (Option<PartialDate>, Option<PartialDate>) {
    let until = until.min(dom.nodes.len());
    let order = || (after..until).chain(if only_after { 0..0 } else { 0..after.min(until) });
    let mut update = None;
    for i in order() {
        let Some(e) = dom.element(i) else { continue };
        let marked = e.attr("itemprop").is_some_and(|v| v.to_ascii_lowercase().contains("publish"))
            || e.attr("property").is_some_and(|v| v.contains("datePublished"));
        if marked {
            let d = ["content", "datetime"]
                .iter()
                .find_map(|a| e.attr(a).and_then(parse_date))
                .or_else(|| short_text(dom, i, 80).and_then(|t| parse_shown(&t, dates)));
            if d.is_some() {
                return (d, update);
            }
        }
    }
    for i in order() {
        let Some(e) = dom.element(i) else { continue };
        // `Updated November 11 … Originally published November 9`: the first date.
        if (&*e.tag == "time" || flags.get(i).is_some_and(|f| f & vocab::DATE != 0))
            && let Some(d) = short_text(dom, i, 200).and_then(|t| originally_published(&t, dates))
        {
            return (Some(d), update);
        }
        let d = if &*e.tag == "time" {
            let d = e
                .attr("datetime")
                .and_then(parse_date)
                .or_else(|| short_text(dom, i, 80).and_then(|t| parse_shown(&t, dates)));
            // `Updated <time>…</time>`: the label sits in the element or its parent.
            let label = dom.nodes[i].parent.and_then(|p| short_text(dom, p, 120));
            if label.as_deref().is_some_and(is_update_text)
                || short_text(dom, i, 120).as_deref().is_some_and(is_update_text)
            {
                update = update.or(d);
                continue;
            }
            d
        } else {
            let f = flags.get(i).copied().unwrap_or(0);
            // A date's class, or a date's label (`Posted on …`) opening the element's text.
            // A byline's box holds its date too (`<div class="author-details"><p>Jane
            // Doe</p><small>December 17, 2025</small></div>`).
            let in_byline = dom.nodes[i]
                .parent
                .and_then(|p| flags.get(p))
                .is_some_and(|pf| pf & vocab::AUTHOR != 0 && pf & vocab::COMMENT == 0);
            let datey = f & vocab::DATE != 0 || in_byline || opens_with_date_label(dom, i);
            // Near the headline, a small element that holds little but a date is the date.
            let limit = if datey { 120 } else { 60 };
            if !datey && !only_after {
                continue;
            }
            // `<div class="meta"><time datetime="…">03/01/2017</time> by …</div>`: the time
            // element, met next, reads its machine date rather than the ambiguous text.
            if holds_dated_time(dom, i) {
                continue;
            }
            // Unlabelled, a date in a table's cell, a list's item or a sentence is data.
            if !datey && in_table_or_list(dom, i) {
                continue;
            }
            let Some(text) = short_text(dom, i, limit) else { continue };
            if !datey && is_sentence(&text) {
                continue;
            }
            let d = parse_shown(&text, dates).filter(|d| d.day_value().is_some());
            if f & vocab::UPDATED != 0 || is_update_text(&text) {
                update = update.or(d);
                continue;
            }
            d
        };
        if d.is_some() {
            return (d, update);
        }
    }
    (None, update)
}

/// Whether an element is, or sits in, a table's row or a list's item (a few levels up).
fn in_table_or_list(dom: &Dom, id: NodeId) -> bool {
    let mut at = Some(id);
    for _ in 0..4 {
        let Some(i) = at else { break };
        if dom.element(i).is_some_and(|e| {
            matches!(&*e.tag, "td" | "th" | "tr" | "tbody" | "table" | "li" | "ul" | "ol" | "dl")
        }) {
            return true;
        }
        at = dom.nodes[i].parent;
    }
    false
}

/// Whether a short text reads as a sentence (`As of July 31, 2025, the agency has …`) rather
/// than a date line: six words or more, most of them lower-case.
fn is_sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = words.iter().filter(|w| w.starts_with(|c: char| c.is_lowercase())).count();
    words.len() >= 6 && lower * 3 >= words.len()
}

/// A date in a text: the forms [`PartialDate::parse_text`] reads, and `2023 Jan 7` (a
/// citation's year-first form).
pub(crate) fn parse_date(s: &str) -> Option<PartialDate> {
    PartialDate::parse_text(s).or_else(|| {
        let mut words = s.split_whitespace();
        let year: i32 = words.next()?.parse().ok().filter(|y| (1800..=2200).contains(y))?;
        let month = dyad_core::month_number(&words.next()?.trim_end_matches('.').to_lowercase())?;
        match words.next().map(|d| d.trim_end_matches([',', '.']).parse::<u32>()) {
            Some(Ok(day)) => PartialDate::ymd(year, month, day),
            _ => PartialDate::month(year, month),
        }
    })
}

/// What helps read an ambiguous numeric date shown on the page (`03/04/2025`): the dates
/// the markup gives in machine form, and whether the page is in US English.
#[derive(Default)]
struct DateContext {
    machine: Vec<PartialDate>,
    month_first: bool,
}

/// A date shown on the page. `a/b/yyyy` with both numbers up to 12 reads day first unless the
/// other reading is one of the page's machine dates (and this one is not), or the page is in
/// US English (month first).
fn parse_shown(text: &str, ctx: &DateContext) -> Option<PartialDate> {
    let d = parse_date(text)?;
    let Some((a, b)) = first_numeric_pair(text) else { return Some(d) };
    let (Some(month), Some(day)) = (d.month_value(), d.day_value()) else { return Some(d) };
    if a > 12 || b > 12 || a == b || (day, month) != (a, b) {
        return Some(d);
    }
    let Some(other) = PartialDate::ymd(d.year_value(), a, b) else { return Some(d) };
    let known = |x: &PartialDate| ctx.machine.contains(x);
    if known(&other) && !known(&d) || ctx.month_first && !known(&d) {
        return Some(other);
    }
    Some(d)
}

/// The first two numbers of the text's first `a/b/yyyy` (or `a.b.yyyy`, `a-b-yyyy`) date.
fn first_numeric_pair(text: &str) -> Option<(u32, u32)> {
    text.split(|c: char| c.is_whitespace() || c == ',').find_map(|w| {
        let w = w.trim_end_matches(['.', ';', ')']);
        let sep = w.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
        let parts: Vec<&str> = w.split(sep).collect();
        let [a, b, y] = parts.as_slice() else { return None };
        let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&p.len()) && p.bytes().all(|x| x.is_ascii_digit())
        };
        (digits(a, 1..=2) && digits(b, 1..=2) && digits(y, 4..=4))
            .then(|| Some((a.parse().ok()?, b.parse().ok()?)))?
    })
}

/// Whether a small element holds a `<time datetime>` (a few levels down).
fn holds_dated_time(dom: &Dom, id: NodeId) -> bool {
    let mut stack = vec![(id, 0)];
    let mut visited = 0;
    while let Some((i, depth)) = stack.pop() {
        visited += 1;
        if visited > 60 {
            return false;
        }
        if i != id
            && let Some(e) = dom.element(i)
            && &*e.tag == "time"
            && e.attr("datetime").and_then(parse_date).is_some()
        {
            return true;
        }
        if depth < 4 {
            stack.extend(dom.nodes[i].children.iter().map(|&c| (c, depth + 1)));
        }
    }
    false
}

/// Whether an element's own first text opens with a date's label: `Posted on`, `Published`,
/// `Last updated`, `Date:`.
fn opens_with_date_label(dom: &Dom, id: NodeId) -> bool {
    let Some(NodeKind::Text(t)) = dom.nodes[id].children.first().map(|&c| &dom.nodes[c].kind)
    else {
        return false;
    };
    let t = t.trim_start();
    ["posted", "published", "last updated", "updated", "date:", "first published"]
        .iter()
        .any(|l| t.get(..l.len()).is_some_and(|head| head.eq_ignore_ascii_case(l)))
}

/// The date after `Originally published` (or `First published`) in a date line.
fn originally_published(text: &str, ctx: &DateContext) -> Option<PartialDate> {
    let lower = text.to_lowercase();
    ["originally published", "first published", "originally posted"].iter().find_map(|label| {
        let at = lower.find(label)? + label.len();
        let rest = text.get(at..)?.trim_start_matches([' ', ':', '\u{a0}']);
        let rest = rest.trim_start_matches("on ");
        let end = rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i);
        parse_shown(rest.get(..end)?, ctx).filter(|d| d.day_value().is_some())
    })
}

fn is_update_text(t: &str) -> bool {
    let lower = t.to_lowercase();
    (lower.contains("updated") || lower.contains("modified"))
        && !lower.contains("published")
        && !lower.contains("posted")
}

/// A byline shown on the page, and the node it was read from: `rel=author`,
/// `itemprop=author`, a link to an author page, or a small element whose class names the
/// author or byline; an element's own `By …` text, or a `Written by` label, only after the
/// headline or just before it (far above it they are menus: `By Industry`).
fn visible_author(dom: &Dom, flags: &[Flags], after: NodeId) -> Option<(String, NodeId)> {
    let mut inside = None;
    for i in after_first(dom, after) {
        let Some(e) = dom.element(i) else { continue };
        let marked = e.attr("rel").is_some_and(|r| r.split_whitespace().any(|w| w == "author"))
            || e.attr("itemprop").is_some_and(|v| v == "author" || v == "creator");
        let linked = &*e.tag == "a"
            && e.attr("href").is_some_and(|h| {
                ["/author/", "/authors/", "/writer/", "/writers/", "/people/", "/staff/"]
                    .iter()
                    .any(|p| h.contains(p))
            });
        // An author's class, unless it names what sits around the name (`author-bio`); a
        // name's class under an author's (`author-box__name`, `author-info > .name`).
        let named = !marked && !linked && {
            let f = flags.get(i).copied().unwrap_or(0);
            let author = f & vocab::AUTHOR != 0;
            let wrapper = f & vocab::AUTHOR_AROUND != 0;
            let name = f & vocab::NAME != 0;
            author && (!wrapper || name) || name && under_author(dom, flags, i)
        };
        // `<p>By <a>Jane Doe</a></p>`: an element whose own text opens with `By`.
        let unmarked_ok = i + BYLINE_BEFORE >= after;
        if !(marked || linked || named)
            && unmarked_ok
            && opens_with_by(dom, i)
            && !in_comments(dom, flags, i)
            && let Some(name) = short_text(dom, i, 100).and_then(|t| person_name(&t, false))
        {
            return Some((name, i));
        }
        // `<div><time>…</time> by Jane Doe, Staff Writer</div>`, `<p>By <a>Jane Doe</a>
        // <a>Digital edition</a></p>`: a `By` that is not the element's first text.
        if !(marked || linked || named)
            && unmarked_ok
            && let Some(name) = by_child_name(dom, i)
            && !in_comments(dom, flags, i)
        {
            return Some((name, i));
        }
        if !(marked || linked || named) {
            // `<p>Written by</p><p>Jane Doe</p>`: a label, then the name in the next element
            // (or the text after it: `<strong>Contributors:</strong> Jane Doe`).
            if unmarked_ok
                && is_byline_label(dom, i)
                && let Some(name) = next_text(dom, i)
                    .or_else(|| next_element(dom, i).and_then(|n| short_text(dom, n, 80)))
                    .and_then(|t| person_name(&t, false))
            {
                return Some((name, i));
            }
            continue;
        }
        if in_comments(dom, flags, i) {
            continue;
        }
        // An itemprop=author element may hold a nested name.
        let text = if marked {
            dom.nodes[i]
                .children
                .iter()
                .find_map(|&c| name_prop(dom, c))
                .or_else(|| e.attr("content").map(str::to_owned))
                .or_else(|| short_text(dom, i, 120))
        } else {
            short_text(dom, i, 120)
        };
        // A class that says `author … name` may hold a user name in lower case.
        let f = flags.get(i).copied().unwrap_or(0);
        let lenient = f & vocab::AUTHOR != 0 && f & vocab::NAME != 0;
        if let Some(name) = text.as_deref().and_then(|t| person_name(t, lenient)) {
            return Some((name, i));
        }
        // An author's box holding more than the name (a date, a role, a bio): the first
        // element inside it that reads as a name, leaving out what sits around names; kept
        // for when no byline reads whole.
        if !marked && inside.is_none() {
            inside = name_inside(dom, flags, i).map(|name| (name, i));
        }
    }
    inside
}

/// The name after a `By` text among an element's children (not the first one), when the
/// whole element is short: the text from there on, or the element right after the `By`.
fn by_child_name(dom: &Dom, id: NodeId) -> Option<String> {
    let children = &dom.nodes[id].children;
    if children.len() < 2 || children.len() > 12 {
        return None;
    }
    let at = children.iter().position(|&c| {
        let NodeKind::Text(t) = &dom.nodes[c].kind else { return false };
        let t = t.trim().to_lowercase();
        t == "by" || t.starts_with("by ") || t.starts_with("by\u{a0}")
    })?;
    // `<a>Medically reviewed</a> by …` credits someone else.
    let before: String = children
        .get(..at)?
        .iter()
        .filter_map(|&c| match &dom.nodes[c].kind {
            NodeKind::Text(t) => Some(t.to_lowercase()),
            NodeKind::Element(_) => short_text(dom, c, 150).map(|t| t.to_lowercase()),
            _ => None,
        })
        .collect();
    // Before the `By`: nothing in words (an icon) or a date; not a work's title (`<i>A
    // Book</i> by …`), a copyright line or another credit.
    let plain = !before.chars().any(char::is_alphabetic) || parse_date(before.trim()).is_some();
    if short_text(dom, id, 150).is_none()
        || !plain
        || OTHER_CREDITS.iter().any(|w| before.contains(w))
    {
        return None;
    }
    let mut rest = String::new();
    for &c in children.get(at..)? {
        match &dom.nodes[c].kind {
            NodeKind::Text(t) => rest.push_str(t),
            NodeKind::Element(_) => rest.push_str(&short_text(dom, c, 150).unwrap_or_default()),
            _ => {}
        }
        rest.push(' ');
    }
    // `By <a>Jane Doe</a> <a>Print edition</a>`: the element right after a bare `By`.
    let bare = matches!(&dom.nodes[children[at]].kind, NodeKind::Text(t) if t.trim().len() <= 3);
    person_name(&crate::html::collapse_whitespace(&rest), false).or_else(|| {
        let next = children.get(at + 1..)?.iter().copied().find(|&c| dom.element(c).is_some())?;
        bare.then(|| short_text(dom, next, 80).and_then(|t| person_name(&t, false)))?
    })
}

/// The text node right after an element, when it holds words.
fn next_text(dom: &Dom, id: NodeId) -> Option<String> {
    let parent = dom.nodes[id].parent?;
    let siblings = &dom.nodes[parent].children;
    let at = siblings.iter().position(|&c| c == id)?;
    match &dom.nodes[*siblings.get(at + 1)?].kind {
        NodeKind::Text(t) if t.chars().any(char::is_alphabetic) => {
            Some(crate::html::collapse_whitespace(t))
        }
        _ => None,
    }
}

/// The first element under an author's box (two levels down) whose text reads as a name,
/// leaving out avatars, bios and roles.
fn name_inside(dom: &Dom, flags: &[Flags], id: NodeId) -> Option<String> {
    let mut stack: Vec<(NodeId, u32)> =
        dom.nodes[id].children.iter().rev().map(|&c| (c, 1)).collect();
    let mut visited = 0;
    while let Some((i, depth)) = stack.pop() {
        visited += 1;
        if visited > 40 {
            break;
        }
        if dom.element(i).is_none()
            || flags.get(i).is_some_and(|f| f & vocab::AUTHOR_AROUND != 0 && f & vocab::NAME == 0)
        {
            continue;
        }
        // Capitalised words, two to five (`Guides`, `Get in touch` are links, not names).
        let looks_named = |n: &String| {
            let words: Vec<&str> = n.split_whitespace().collect();
            (2..=5).contains(&words.len())
                && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        };
        if let Some(name) =
            short_text(dom, i, 60).and_then(|t| person_name(&t, false)).filter(looks_named)
        {
            return Some(name);
        }
        if depth < 2 {
            stack.extend(dom.nodes[i].children.iter().rev().map(|&c| (c, depth + 1)));
        }
    }
    None
}

/// Whether an element's parent or grandparent has an author's class.
fn under_author(dom: &Dom, flags: &[Flags], id: NodeId) -> bool {
    let parent = dom.nodes[id].parent;
    let grandparent = parent.and_then(|p| dom.nodes[p].parent);
    [parent, grandparent]
        .into_iter()
        .flatten()
        .any(|p| flags.get(p).is_some_and(|f| f & vocab::AUTHOR != 0))
}

/// Whether an element's whole text is a byline label (`Written by`, `Author:`).
fn is_byline_label(dom: &Dom, id: NodeId) -> bool {
    dom.nodes[id].children.len() == 1
        && short_text(dom, id, 20).is_some_and(|t| {
            matches!(
                t.to_lowercase().trim_end_matches(':'),
                "written by"
                    | "by"
                    | "author"
                    | "authored by"
                    | "words by"
                    | "posted by"
                    | "article by"
                    | "text by"
                    | "authors"
                    | "contributor"
                    | "contributors"
            )
        })
}

/// Whether an element's own first text opens with a byline's `By` (`By`, `Text by`,
/// `Written by`) followed by more.
fn opens_with_by(dom: &Dom, id: NodeId) -> bool {
    let Some(NodeKind::Text(t)) = dom.nodes[id].children.first().map(|&c| &dom.nodes[c].kind)
    else {
        return false;
    };
    let t = t.trim_start();
    ["by ", "by\u{a0}", "text by ", "written by ", "words by ", "story by "]
        .iter()
        .any(|l| t.get(..l.len()).is_some_and(|head| head.eq_ignore_ascii_case(l)))
}

/// The next sibling element of `id`.
fn next_element(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent = dom.nodes[id].parent?;
    let siblings = &dom.nodes[parent].children;
    let at = siblings.iter().position(|&c| c == id)?;
    siblings.get(at + 1..)?.iter().copied().find(|&c| dom.element(c).is_some())
}

/// Whether an element sits in a comment thread (whose authors are not the article's).
fn in_comments(dom: &Dom, flags: &[Flags], id: NodeId) -> bool {
    let mut at = Some(id);
    for _ in 0..12 {
        let Some(i) = at else { break };
        if flags.get(i).is_some_and(|f| f & vocab::COMMENT != 0) {
            return true;
        }
        at = dom.nodes[i].parent;
    }
    false
}

/// The text of an `itemprop=name` element at or under `id` (a few levels deep).
fn name_prop(dom: &Dom, id: NodeId) -> Option<String> {
    let mut stack = vec![(id, 0)];
    while let Some((i, depth)) = stack.pop() {
        if let Some(e) = dom.element(i) {
            if e.attr("itemprop") == Some("name") {
                return e.attr("content").map(str::to_owned).or_else(|| short_text(dom, i, 80));
            }
            if depth < 4 {
                stack.extend(dom.nodes[i].children.iter().map(|&c| (c, depth + 1)));
            }
        }
    }
    None
}

/// Words of credits that are not the author's.
const OTHER_CREDITS: &[&str] = &["reviewed", "fact check", "edited", "illustrat", "photograph"];

/// A person's name (or a few) from a byline text: `By Jane Doe | 3 min read` gives `Jane Doe`.
/// `None` when what is left does not read as a name.
///
/// A name from the markup (`lenient`, a meta tag) may be lower-case (`kirstin boatto`, a
/// user name); one read from the page's text must start with a capital.
pub(crate) fn person_name(text: &str, lenient: bool) -> Option<String> {
    // `Dec. 19, 2025 · Niko Matsakis`: the name may follow the separator.
    one_name(text, lenient).or_else(|| {
        text.split(['|', '•', '·', '\u{b7}'])
            .skip(1)
            .find_map(|part| one_name(part, lenient).filter(|n| !n.is_empty()))
    })
}

fn one_name(text: &str, lenient: bool) -> Option<String> {
    let mut t = text.trim();
    let lower = t.to_lowercase();
    for prefix in [
        "written by",
        "posted by",
        "words by",
        "story by",
        "text by",
        "article by",
        "authored by:",
        "authored by",
        "by:",
        "by",
        "authors:",
        "author:",
        "author",
        "contributors:",
        "contributor:",
    ] {
        if lower.starts_with(prefix)
            && t.get(prefix.len()..)
                .is_some_and(|r| r.starts_with([' ', ':', '\u{a0}']) || prefix.ends_with(':'))
        {
            t = t.get(prefix.len()..).unwrap_or_default().trim_start_matches([':', ' ', '\u{a0}']);
            break;
        }
    }
    // Another credit: none when the text is one (`Medically reviewed by …`), cut where it
    // follows the author's (`Jane Doe, edited by Walter`).
    let lower = t.to_lowercase();
    if let Some(at) = OTHER_CREDITS.iter().filter_map(|w| lower.find(w)).min() {
        let before = t.get(..at).unwrap_or_default().trim_end();
        if !before.ends_with([',', ';', '|', '.', '–', '—', '-', '(']) {
            return None;
        }
        t = before;
    }
    // Cut at what follows a byline: a separator, a date, "Published …", "Updated …".
    let mut end = t.len();
    for sep in [" | ", " • ", " · ", " – ", " — ", " - ", " / ", "|", "•", "\n"] {
        if let Some(i) = t.find(sep) {
            end = end.min(i);
        }
    }
    for word in [" Published", " Updated", " Posted", " on ", " Last ", " Share", " Follow"] {
        if let Some(i) = t.find(word) {
            end = end.min(i);
        }
    }
    if let Some(i) = t.find(|c: char| c.is_ascii_digit()) {
        end = end.min(i);
    }
    let mut name = t.get(..end).unwrap_or(t).trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '-' | '(' | ')')
    });
    // A role in brackets after the name: `Lance Ryan (Content Manager)`.
    if let Some(i) = name.find(" (") {
        name = name.get(..i).unwrap_or(name).trim_end_matches([',', ' ']);
    }
    // A date's month or weekday left before the cut digits: `Jane Doe Dec` (`Dec 3, 2024`).
    while let Some((head, last)) = name.rsplit_once(' ')
        && is_date_word(last)
    {
        name = head.trim_end_matches([',', ' ']);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // A role alone (`Senior Contributor`, `Staff Writer`) names no one (`Staff` is a byline).
    let role = |w: &&str| {
        matches!(
            w.to_lowercase().as_str(),
            "senior"
                | "staff"
                | "contributor"
                | "contributing"
                | "writer"
                | "editor"
                | "reporter"
                | "columnist"
                | "correspondent"
                | "guest"
        )
    };
    if words.len() >= 2 && words.iter().all(role) {
        return None;
    }
    let first = name.chars().next()?;
    let lower = name.to_lowercase();
    let ok = (1..=8).contains(&words.len())
        && name.chars().count() <= 80
        && name.chars().any(char::is_alphabetic)
        && (lenient
            || first.is_uppercase()
            || !first.is_alphabetic()
            || name.strip_prefix("the ").is_some_and(|r| r.starts_with(char::is_uppercase)))
        && !name.contains(['@', '©', '{', '<', '/', '*'])
        && !words.iter().all(|w| is_date_word(w))
        && !words.iter().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str(),
                "by" | "updated"
                    | "published"
                    | "posted"
                    | "says"
                    | "said"
                    | "website"
                    | "name"
                    | "articles"
                    | "posts"
                    | "view"
                    | "all"
                    | "read"
                    | "more"
                    | "profile"
                    | "author"
                    | "authors"
                    | "last"
                    | "this"
            )
        })
        && !["min read", "comments", "share", "follow", "subscribe", "home", "menu", "contact"]
            .iter()
            .any(|w| lower.contains(w));
    ok.then(|| name.to_owned())
}

/// A month or weekday name, full or short (`Dec`, `Sat.`, `January`).
fn is_date_word(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']).to_lowercase();
    dyad_core::month_number(&w).is_some()
        || ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
            .contains(&w.as_str())
        || ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            .contains(&w.as_str())
}

/// The page's JSON-LD objects: the article, and every object by `@id` for references.
#[derive(Default)]
struct LinkedData {
    article: Option<Value>,
    objects: Vec<Value>,
}

impl LinkedData {
    fn read(dom: &Dom) -> LinkedData {
        let mut ld = LinkedData::default();
        for (id, e) in dom.elements("script") {
            if !e.attr("type").is_some_and(|t| t.contains("ld+json")) {
                continue;
            }
            let Some(NodeKind::Text(raw)) =
                dom.nodes[id].children.first().map(|&c| &dom.nodes[c].kind)
            else {
                continue;
            };
            let Ok(v) = serde_json::from_str::<Value>(raw.trim()) else { continue };
            collect_objects(&v, 0, &mut ld.objects);
        }
        ld.article = ld.objects.iter().find(|o| is_article(o)).cloned();
        ld
    }

    /// A field of the article object.
    fn article_field(&self, key: &str) -> Option<&Value> {
        self.article.as_ref().and_then(|a| a.get(key)).map(|v| self.resolve(v))
    }

    /// A field of any object (the first that has it): a `WebPage`'s `datePublished`.
    fn any_field(&self, key: &str) -> Option<&Value> {
        self.objects.iter().find_map(|o| o.get(key))
    }

    /// An `{"@id": …}` reference resolved to the object it names.
    fn resolve<'a>(&'a self, v: &'a Value) -> &'a Value {
        if let Some(id) = v.get("@id").and_then(Value::as_str)
            && v.as_object().is_some_and(|o| o.len() == 1)
            && let Some(found) = self.objects.iter().find(|o| {
                o.get("@id").and_then(Value::as_str) == Some(id) && o.get("name").is_some()
            })
        {
            return found;
        }
        v
    }

    /// The names of an `author` value (one or a list, names or objects), and whether any is
    /// a person rather than an organisation.
    fn author_names(&self, v: &Value) -> Option<(String, bool)> {
        let items: Vec<&Value> = match v {
            Value::Array(a) => a.iter().map(|x| self.resolve(x)).collect(),
            other => vec![self.resolve(other)],
        };
        let mut person = false;
        let mut names = Vec::new();
        for item in items {
            let is_org = item.get("@type").and_then(Value::as_str).is_some_and(|t| {
                t.contains("Organization")
                    || t.contains("Corporation")
                    || t == "NewsMediaOrganization"
            });
            person |= !is_org;
            if let Some(n) = value_text(item).filter(|n| !n.starts_with("http"))
                && !names.contains(&n)
            {
                names.push(n);
            }
        }
        (!names.is_empty()).then(|| (join_names(&names), person))
    }
}

/// `A`, `A and B`, `A, B, and C`: names as a byline lists them.
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

fn collect_objects(v: &Value, depth: usize, out: &mut Vec<Value>) {
    if depth > 6 || out.len() > 200 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect_objects(x, depth + 1, out)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                collect_objects(g, depth + 1, out);
            }
            if o.contains_key("@type") || o.contains_key("@id") {
                out.push(v.clone());
            }
            // An article nested in a WebPage's `mainEntity`.
            if let Some(main) = o.get("mainEntity").or_else(|| o.get("mainEntityOfPage"))
                && main.get("@type").is_some()
            {
                collect_objects(main, depth + 1, out);
            }
        }
        _ => {}
    }
}

fn is_article(v: &Value) -> bool {
    let kind = |t: &str| {
        t.contains("Article")
            || matches!(t, "BlogPosting" | "Report" | "Posting" | "Review" | "Recipe" | "HowTo")
    };
    match v.get("@type") {
        Some(Value::String(t)) => kind(t),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(kind)),
        _ => false,
    }
}

/// The headline and the `<h1>` it came from. The visible `<h1>` is the headline when one
/// agrees with what the page's metadata calls its title (several `<h1>`s: the closest); else
/// the JSON-LD or Open Graph headline, else the `<title>` without the site name.
fn pick_title(
    ld: Option<String>,
    og: Option<String>,
    h1s: &[(NodeId, String)],
    html: Option<String>,
    site: Option<&str>,
) -> (Option<String>, Option<NodeId>) {
    let clean = |t: &str| crate::html::collapse_whitespace(&crate::html::decode_entities(t, false));
    // A JSON-LD headline cut short (`… Solutions (Including`) gives way to the whole title.
    let ld = ld.map(|t| clean(&t));
    let og = og.map(|t| clean(&t));
    let ld = match (ld, &og) {
        (Some(l), Some(o)) if o.len() > l.len() && o.starts_with(l.trim_end()) => Some(o.clone()),
        (l, _) => l,
    };
    let meta_title = ld.or(og).map(|t| strip_site_name(&t, site));
    let html = html.map(|t| strip_site_name(&clean(&t), site));
    let reference: Vec<String> =
        meta_title.iter().chain(html.iter()).flat_map(|t| words(t)).collect();
    // Ranked by the words that carry meaning (short function words aside, which any two
    // titles share; the first of equals), by all words when none shares any; accepted when
    // either agrees enough.
    let content: Vec<String> = reference.iter().filter(|w| is_content_word(w)).cloned().collect();
    let score = |t: &str| {
        let w = words(t);
        let c: Vec<String> = w.iter().filter(|x| is_content_word(x)).cloned().collect();
        (similarity(&c, &content), similarity(&w, &reference))
    };
    let best = h1s.iter().map(|(id, t)| (*id, t, score(t))).fold(
        None::<(NodeId, &String, (f32, f32))>,
        |best, c| match best {
            Some(b) if b.2.0 > c.2.0 || b.2.0 == c.2.0 && (b.2.0 > 0.0 || b.2.1 >= c.2.1) => {
                Some(b)
            }
            _ => Some(c),
        },
    );
    // Most of a headline's words of meaning in a long metadata title (one that runs on
    // into the site's tagline) agree with it too.
    let contained = |t: &str| {
        let w: Vec<String> = words(t).into_iter().filter(|x| is_content_word(x)).collect();
        w.len() >= 3 && w.iter().filter(|x| content.contains(x)).count() * 10 >= w.len() * 8
    };
    if let Some((id, h1, (by_content, by_words))) = best
        && (by_content.max(by_words) >= 0.1 || reference.is_empty() || contained(h1))
    {
        let h1 = strip_site_name(h1, site);
        return (Some(h1).filter(|t| !t.is_empty()), Some(id));
    }
    (meta_title.or(html).filter(|t| !t.is_empty()), None)
}

fn words(t: &str) -> Vec<String> {
    t.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A word longer than three letters, or one with a digit (`2025`, `10`).
fn is_content_word(w: &str) -> bool {
    w.chars().count() > 3 || w.chars().any(|c| c.is_ascii_digit())
}

/// Jaccard similarity of two word lists.
fn similarity(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let union = a.len() + b.iter().filter(|w| !a.contains(w)).count();
    shared as f32 / union.max(1) as f32
}

/// Cuts `| Site`, `- Site`, `— Site` or `Site: ` off a title when one side is the site name or
/// the title splits into a long part and a short one.
pub(crate) fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » "] {
        if let Some((left, right)) = title.rsplit_once(sep) {
            let (left, right) = (left.trim(), right.trim());
            let is_site = |s: &str| site.is_some_and(|n| s.eq_ignore_ascii_case(n.trim()));
            // A bar almost always separates the site; a dash may be part of the headline.
            let bar = matches!(sep, " | " | " :: " | " · " | " • " | " » ");
            let (lw, rw) = (left.split_whitespace().count(), right.split_whitespace().count());
            if is_site(left) {
                return right.to_owned();
            }
            if is_site(right) || (rw <= 4 && (lw >= 4 || bar && lw >= 2 && rw <= lw)) {
                return strip_site_name(left, site);
            }
        }
    }
    title.to_owned()
}

fn clean_author(a: &str) -> String {
    // Double-escaped markup (`Maria &amp; Katerina` in an attribute).
    let decoded = crate::html::decode_entities(a, false);
    let a = decoded.trim();
    let a = a
        .strip_prefix("By ")
        .or_else(|| a.strip_prefix("by "))
        .or_else(|| a.strip_prefix("BY "))
        .unwrap_or(a);
    a.trim().trim_end_matches(['|', ',']).trim().to_owned()
}

/// A `/2017/05/11/` (or `/2017-05-11/`) path segment in a URL.
pub(crate) fn date_in_url(url: &str) -> Option<PartialDate> {
    let parts: Vec<&str> = url.split(['/', '?', '#']).collect();
    for w in parts.windows(3) {
        if let (Ok(y), Ok(m)) = (w[0].parse::<i32>(), w[1].parse::<u32>())
            && w[0].len() == 4
            && (1990..=2100).contains(&y)
        {
            let day = w[2]
                .get(..2)
                .and_then(|d| d.parse::<u32>().ok())
                .filter(|_| w[2].len() == 2 || !w[2].as_bytes()[2].is_ascii_digit());
            return match day {
                Some(d) => PartialDate::ymd(y, m, d).or_else(|| PartialDate::month(y, m)),
                None => PartialDate::month(y, m),
            };
        }
    }
    parts
        .iter()
        .find_map(|p| p.get(..10).filter(|s| s.len() == 10).and_then(PartialDate::parse_iso))
}

fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(value_text),
        Value::Object(o) => o.get("name").or_else(|| o.get("@value")).and_then(value_text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;

    #[test]
    fn reads_og_json_ld_and_time() {
        let page = r#"<html lang="en-GB"><head><title>Talks resume | The Meridian Post</title>
<meta property="og:site_name" content="The Meridian Post">
<link rel="canonical" href="https://meridianpost.example/world/2019/03/13/talks">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
{"@type":"NewsArticle","headline":"Talks resume in Geneva","datePublished":"2019-03-13T09:00:00Z",
"author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}]}]}</script>
</head><body><h1>Talks resume in Geneva</h1></body></html>"#;
        let dom = parse(page);
        let m = page_meta(&dom, &vocab::page_flags(&dom));
        assert_eq!(m.title.as_deref(), Some("Talks resume in Geneva"));
        assert_eq!(m.published.map(|d| d.to_string()).as_deref(), Some("2019-03-13"));
        assert_eq!(m.author.as_deref(), Some("Ana Ruiz and Tom Berg"));
        assert_eq!(m.site_name.as_deref(), Some("The Meridian Post"));
        assert_eq!(m.lang.as_deref(), Some("en"));
        assert_eq!(m.url.as_deref(), Some("https://meridianpost.example/world/2019/03/13/talks"));
    }

    fn author(page: &str) -> Option<String> {
        let dom = parse(page);
        page_meta(&dom, &vocab::page_flags(&dom)).author
    }

    #[test]
    fn the_byline_under_the_headline_beats_json_ld_and_menus_above_it_are_not_bylines() {
        // JSON-LD names the site as a person; the page shows the writer under the headline.
        let page = r#"<html><head><script type="application/ld+json">{"@type":"Article",
"author":{"@type":"Person","name":"Harbour Health Trust"}}</script></head><body>
<nav><ul><li><p>By Department</p></li><li><a href="/a">Cardiology</a></li></ul></nav>
<article><h1>Five ways to sleep better</h1><div class="post-byline">By Mira Castell</div>
<p>Most adults need seven hours, and few get them on weeknights.</p></article></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Mira Castell"));
        // A `By …` line far above the headline is a menu; the meta tag names the author.
        let filler = "<div><span>x</span></div>".repeat(40);
        let page = format!(
            r#"<html><head><meta name="author" content="Jon Arvid"></head><body>
<ul class="dropdown"><li><p>By Company Size</p></li></ul>{filler}
<h1>Choosing a payroll provider</h1><p>Compare fees before you sign anything.</p></body></html>"#
        );
        assert_eq!(author(&page).as_deref(), Some("Jon Arvid"));
        // An author card far below the headline (a list of other posts) gives way to the meta tag.
        let filler = "<p>Fees vary by region and by the size of the team.</p>".repeat(80);
        let page = format!(
            r#"<html><head><meta name="author" content="Jon Arvid"></head><body>
<h1>Choosing a payroll provider</h1>{filler}
<div class="card"><span class="card-author">Pella Moss</span></div></body></html>"#
        );
        assert_eq!(author(&page).as_deref(), Some("Jon Arvid"));
        // Labels are not names.
        assert_eq!(person_name("The Author", false), None);
        assert_eq!(person_name("Authors of this article", false), None);
        assert_eq!(person_name("Cite this Webpage", false), None);
        assert_eq!(person_name("Senior Contributor", false), None);
        assert_eq!(person_name("By Staff", false).as_deref(), Some("Staff"));
        // The byline under the headline and JSON-LD name the same person: JSON-LD's name,
        // without the byline's role.
        let page = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"author":{"@type":"Person","name":"Mara Lind"}}</script></head><body><h1>Port strike ends</h1>
<div class="byline"><span>Mara Lind</span> <span>Staff Writer</span></div>
<p>Dock workers returned on Monday after a deal on pay was reached.</p></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Mara Lind"));
    }

    #[test]
    fn a_json_ld_person_named_as_the_site_is_the_organisation() {
        let page = r#"<html><head><meta property="og:site_name" content="Lakeside Clinic">
<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person",
"name":"Lakeside Clinic"},"publisher":{"@type":"Organization","name":"Lakeside Clinic"}}</script>
</head><body><h1>How to start meditating</h1><p>Sit for five minutes a day and build from
there over a few weeks.</p>"#;
        let filler = "<p>Breathe slowly and notice where the mind wanders off to.</p>".repeat(12);
        let page = format!(
            r#"{page}{filler}<div class="author-card"><span>Ria Holm, Yoga Therapist</span></div>
</body></html>"#
        );
        assert_eq!(author(&page).as_deref(), Some("Ria Holm, Yoga Therapist"));
    }

    #[test]
    fn author_boxes_labels_and_credits() {
        // The name's own class inside an author box, and inside an author's wrapper.
        let page = r#"<html><body><h1>Repotting a fern</h1><p>Spring is the time to do it.</p>
<div class="elementor-author-box"><div class="elementor-author-box__avatar"><img alt=""></div>
<h4 class="elementor-author-box__name">Odile Marsh (Garden Editor)</h4>
<div class="elementor-author-box__bio"><p>Odile has grown ferns for twenty years.</p></div>
</div></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Odile Marsh"));
        let page = r#"<html><body><h1>Repotting a fern</h1><p>Spring is the time to do it.</p>
<div class="author-info"><div class="name">Tove Lind</div><div class="post">Writer</div></div>
</body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Tove Lind"));
        // A user name in lower case, where the class says it is the author's name.
        let page = r#"<html><body><h1>Commuting by e-bike</h1><p>Charge it at work.</p>
<div class="author-box"><h4 class="author-box__name">pedal lenny</h4></div></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("pedal lenny"));
        let page = r#"<html><body><h1>Commuting by e-bike</h1><p>Charge it at work.</p>
<div class="author-box"><span class="author">see all posts</span></div></body></html>"#;
        assert_eq!(author(page), None);
        // A link preview's label and value.
        let page = r#"<html><head><meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Rafe Okoro"></head><body><h1>Query plans</h1>
<p>Indexes help when the planner can use them.</p></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Rafe Okoro"));
        // A WordPress data layer's post author.
        let page = r#"<html><head><script>var dataLayer_content = {"pagePostType":"post",
"pagePostAuthor":"Marta Sol"};</script></head><body><h1>Learning Polish</h1>
<p>Start with the sounds, then the cases.</p></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Marta Sol"));
        // `Authors:` lists, `the … Team`, an editor's credit after the author's, a slash.
        assert_eq!(
            person_name("Authors: Ada Brun and Lio Park", false).as_deref(),
            Some("Ada Brun and Lio Park")
        );
        assert_eq!(person_name("By the Harbour Team", false).as_deref(), Some("the Harbour Team"));
        assert_eq!(person_name("The Team, edited by Walter", false).as_deref(), Some("The Team"));
        assert_eq!(person_name("Medically reviewed by Dr. Ana Pico", false), None);
        assert_eq!(person_name("Laura / Plant House", false).as_deref(), Some("Laura"));
        assert_eq!(person_name("by the way", false), None);
    }

    #[test]
    fn bylines_after_a_date_a_bare_by_a_label_or_inside_a_box() {
        // `By` after the date, inside the date line.
        let page = r#"<html><body><h1>Pier repairs start</h1><div class="node-meta">
<span>04/02/2016</span> by Ines Haldor, Harbour Reporter</div>
<p>Work on the old pier began on Monday and will last until spring.</p></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Ines Haldor, Harbour Reporter"));
        // A bare `By`, the name's link, then another link.
        let page = r#"<html><body><h1>Choosing motors</h1><p>By <a href="/c/ajn">A. J. Neal</a>
&nbsp; <a href="/print/33">Read this article in the print edition of the magazine</a></p>
<p>Torque matters more than speed for a small robot that climbs.</p></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("A. J. Neal"));
        // A label, then the name as text.
        let page = r#"<html><body><h1>Low light plants</h1><div class="tags"><div>
<strong>Contributors:</strong> Jana Loft</div></div><p>Ferns cope with shade.</p></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Jana Loft"));
        // An author box holding a date and a role besides the name.
        let page = r#"<html><body><h1>Pixel-perfect interfaces</h1><p>Scaling is hard.</p>
<div class="blog-author"><img alt=""><div><span>Dec 17, 2025</span><h4>Benedek Kovas</h4>
<p>Benedek writes audio software and has done so since the days of the first plug-ins.</p>
</div></div></body></html>"#;
        assert_eq!(author(page).as_deref(), Some("Benedek Kovas"));
        // A work's title, a copyright line and a reviewer's credit are not bylines.
        let page = r#"<html><body><h1>Folding and cutting</h1><p>The problem is old.</p>
<div><a href="/b"><i>Wakoku Chiyekurabe</i></a> by Kan Chu Sen, 1721.</div>
<p>&copy; by Harbour Corp. All rights reserved. <a href="/terms">Terms of Use</a></p>
<span><a href="/r">Medically reviewed</a> by <a href="/r">Kim Rosa</a></span></body></html>"#;
        assert_eq!(author(page), None);
    }

    #[test]
    fn title_falls_back_to_html_title_without_site() {
        let dom = parse("<title>Kremlin sees cautious optimism - Daily Ledger</title><p>x</p>");
        let m = page_meta(&dom, &vocab::page_flags(&dom));
        assert_eq!(m.title.as_deref(), Some("Kremlin sees cautious optimism"));
        assert_eq!(
            strip_site_name("Daily Ledger | Kremlin sees cautious optimism", Some("Daily Ledger")),
            "Kremlin sees cautious optimism"
        );
        assert_eq!(strip_site_name("Trump - Putin talks", None), "Trump - Putin talks");
    }

    fn published(page: &str) -> Option<String> {
        let dom = parse(page);
        page_meta(&dom, &vocab::page_flags(&dom)).published.map(|d| d.to_string())
    }

    #[test]
    fn a_time_element_inside_a_date_line_gives_its_machine_date() {
        let page = r#"<html lang="en"><body><article><h1>Harbour fees rise</h1>
<div class="post-meta"><time datetime="2016-04-02T08:00:00Z">04/02/2016</time> by Ines Haldor</div>
<p>The port authority raised its fees for the third year running, citing dredging.</p>
</article></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2016-04-02"));
    }

    #[test]
    fn ambiguous_numeric_dates_follow_the_machine_date_or_the_page_locale() {
        let shown = |lang: &str, ld: &str| {
            format!(
                r#"<html lang="{lang}"><head>{ld}</head><body><h1>Ferry timetable changes</h1>
<span class="entry-date">6/5/2024</span><p>The winter timetable starts early this year.</p>
</body></html>"#
            )
        };
        // Day first by default.
        assert_eq!(published(&shown("en-GB", "")).as_deref(), Some("2024-05-06"));
        // US English writes the month first.
        assert_eq!(published(&shown("en-US", "")).as_deref(), Some("2024-06-05"));
        // The markup's own date settles the order.
        let ld = r#"<script type="application/ld+json">{"@type":"WebPage","dateModified":"2024-06-05"}</script>"#;
        assert_eq!(published(&shown("en", ld)).as_deref(), Some("2024-06-05"));
        // Unambiguous dates are left alone.
        assert_eq!(
            parse_shown("13/5/2024", &DateContext { machine: vec![], month_first: true })
                .map(|d| d.to_string())
                .as_deref(),
            Some("2024-05-13")
        );
    }

    #[test]
    fn dates_in_tables_lists_and_sentences_under_the_headline_are_not_the_date() {
        let page = r#"<html><head><meta property="article:published_time" content="2022-10-04T10:00:00Z">
</head><body><h1>Rents by month</h1><table><tr><td>1/3/2019</td><td>+4.1%</td></tr></table>
<p>As of May 2, 2022, the index stood higher.</p><ul><li>2021-08-09 First version</li></ul>
<p>Rents kept rising across the region through the summer.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-10-04"));
        assert!(is_sentence("As of May 2, 2022, the index stood at its highest"));
        assert!(!is_sentence("By Mara Olsen, March 3, 2022"));
    }

    #[test]
    fn an_update_line_that_gives_the_original_date_gives_that() {
        let page = r#"<html><body><h1>Rivers rise after the thaw</h1><div class="dateblock">
<time datetime="2022-11-11T20:23:00-05:00"><span>Updated November 11, 2022</span>
<span class="tooltip">Originally published <span>November 9, 2022</span></span></time></div>
<p>Water levels rose through the week as snow melted in the hills.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2022-11-09"));
    }

    #[test]
    fn a_date_in_the_bylines_box_is_shown_with_it() {
        let page = r#"<html><body><h1>Faster joins</h1><div class="resource-author-details">
<p>Luka Kern</p><small class="grey">December 17, 2025</small></div>
<p>The new engine keeps hot tables in memory and spills the rest.</p></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2025-12-17"));
        assert_eq!(author(page).as_deref(), Some("Luka Kern"));
    }

    #[test]
    fn an_update_date_anywhere_is_better_than_none() {
        let page = r#"<html><body><h1>Trail conditions</h1><p>The upper trail is closed after the storm.</p>
<footer><p>Last updated: November 3, 2023</p></footer></body></html>"#;
        assert_eq!(published(page).as_deref(), Some("2023-11-03"));
    }

    fn title(page: &str) -> Option<String> {
        let dom = parse(page);
        page_meta(&dom, &vocab::page_flags(&dom)).title
    }

    #[test]
    fn headline_text_leaves_out_dates_bylines_and_subtitles() {
        // A drop cap in a span is part of the word.
        assert_eq!(
            title("<h1>Rail strike <span class=cap>e</span>nds after talks</h1><p>x</p>")
                .as_deref(),
            Some("Rail strike ends after talks")
        );
        // A date and a byline inside the headline element.
        let page = r#"<h1><time datetime="2021-02-03">Feb 3 2021</time> Bridge reopens
<span class="byline">by Lena Fors</span></h1><p>The bridge reopened on Wednesday.</p>"#;
        assert_eq!(title(page).as_deref(), Some("Bridge reopens"));
        // An unclosed headline swallows a date line and a subtitle: its first block is the title.
        let page = r#"<h1><div><p>Budget talks stall</p><h4>Why the vote slipped again</h4></div>
<span class="posted-on">Posted on March 2, 2020</span></h1><p>Talks stalled.</p>"#;
        assert_eq!(title(page).as_deref(), Some("Budget talks stall"));
        // A class that only sounds like a date (`meta_field`) holds the words.
        let page = r#"<h1><span class="cms_meta_field">Water rates to rise</span></h1><p>x</p>"#;
        assert_eq!(title(page).as_deref(), Some("Water rates to rise"));
    }

    #[test]
    fn a_blog_name_linked_home_is_not_the_headline() {
        let page = r#"<html><head><title>Field Notes: Ten days on the coast path</title>
<meta property="og:title" content="Ten days on the coast path"></head><body>
<h1><a href="/">Field Notes</a></h1><h1><a href="https://example.org/day-1">Day 1</a></h1>
<p>We left Minehead in the rain.</p></body></html>"#;
        assert_eq!(title(page).as_deref(), Some("Ten days on the coast path"));
        let page = r#"<html><head><title>Why we moved to SQLite • Ansel Quist</title></head><body>
<header><h1><a href="https://ansel.example/">Ansel Quist</a></h1></header>
<p>The server was idle most of the day.</p></body></html>"#;
        assert_eq!(title(page).as_deref(), Some("Why we moved to SQLite"));
        // A headline linking to its own page stays.
        let page = r#"<h1><a href="/2024/05/rain">Rain at last</a></h1><p>It rained.</p>"#;
        assert_eq!(title(page).as_deref(), Some("Rain at last"));
    }

    #[test]
    fn the_headline_shares_the_metadata_titles_words_not_just_its_little_ones() {
        // The teaser shares `where`, `to`, `in`, `Houston`; the headline `Biking`, `Houston`.
        let page = r#"<html><head><title>Where to Bike in Houston | Bayou Monthly</title>
<meta property="og:title" content="Our Favorite Biking Spots in Houston"></head><body>
<h1>The Best Trails and Neighborhoods in Houston for Biking</h1><p>Ride early in summer.</p>
<div class="more"><h1><a href="/kayak">Here's Where to Kayak and Paddle in Houston</a></h1>
</div></body></html>"#;
        assert_eq!(
            title(page).as_deref(),
            Some("The Best Trails and Neighborhoods in Houston for Biking")
        );
    }

    #[test]
    fn cut_headlines_and_titles_that_run_on_into_a_tagline() {
        // JSON-LD's headline cut short gives way to the whole Open Graph title.
        let page = r#"<html><head><meta property="og:title" content="Fix It Friday: We Help 4 Readers
Find Solutions (Including One Trick That Works)"><script type="application/ld+json">
{"@type":"Article","headline":"Fix It Friday: We Help 4 Readers Find Solutions (Including"}
</script></head><body><p>Rugs first, then sofas.</p></body></html>"#;
        assert_eq!(
            title(page).as_deref(),
            Some(
                "Fix It Friday: We Help 4 Readers Find Solutions (Including One Trick That Works)"
            )
        );
        // The `<h1>` whose words all sit in a title that runs on into the site's tagline.
        let page = r#"<html><head><title>Affordable, Ethical, Sustainable Clothing Brands | I try to
travel and live in a way that supports a peaceful climate, slowly and mindfully, with gratitude,
because everyone deserves peace, and so do the places we visit and the people we meet there,
whether walking mountain trails, cycling coastal roads, sailing northern fjords, cooking simple
vegetable dinners, mending worn jackets, swapping books with neighbours, planting herbs, keeping
chickens, baking bread every morning, learning languages slowly, writing letters, singing loudly
</title></head><body><h1>Affordable, Ethical, Sustainable Clothing Brands</h1>
<p>Start with what you already own.</p></body></html>"#;
        assert_eq!(
            title(page).as_deref(),
            Some("Affordable, Ethical, Sustainable Clothing Brands")
        );
    }

    #[test]
    fn doubly_encoded_utf8_is_mended() {
        assert_eq!(
            fix_double_utf8("A Farmer\u{e2}\u{80}\u{99}s Almanac"),
            "A Farmer\u{2019}s Almanac"
        );
        assert_eq!(
            fix_double_utf8("Caf\u{c3}\u{a9} culture \u{e2}\u{20ac}\u{201c} why"),
            "Caf\u{e9} culture \u{2013} why"
        );
        // Text that is right as it is stays.
        assert_eq!(fix_double_utf8("Café culture"), "Café culture");
        assert_eq!(fix_double_utf8("Ärger über Öl"), "Ärger über Öl");
        assert_eq!(fix_double_utf8("Kremlin’s view"), "Kremlin’s view");
    }

    #[test]
    fn dates_in_urls() {
        assert_eq!(
            date_in_url("https://x.example/2017/05/11/story").map(|d| d.to_string()).as_deref(),
            Some("2017-05-11")
        );
        assert_eq!(
            date_in_url("https://x.example/news/2018/03/story").map(|d| d.to_string()).as_deref(),
            Some("2018-03")
        );
        assert_eq!(
            date_in_url("https://x.example/a/2019-06-03-story").map(|d| d.to_string()).as_deref(),
            Some("2019-06-03")
        );
        assert_eq!(date_in_url("https://x.example/id/12345/67"), None);
    }
}
