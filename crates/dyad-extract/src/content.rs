//! Main-content detection: which part of a page is the article, as paragraphs of clean text.
//!
//! 1. Mark boilerplate subtrees: scripts and styles, navigation, asides and footers, forms,
//!    hidden elements, and elements whose class or id names a known kind of chrome (ads, share
//!    bars, comments, related lists, newsletter and cookie prompts, captions).
//! 2. Score text blocks bottom-up as readability does: a block of at least 25 characters scores
//!    by its length and commas, and passes its score to its parent and, halved, its grandparent.
//!    The container with the best score, discounted by its share of link text, is the article.
//! 3. Render the container and any sibling that scores close to it as paragraphs, dropping
//!    link lists and stock phrases ("Advertisement", "Share this").

use crate::html::{Dom, Element, NodeId, NodeKind, collapse_whitespace};

const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "footer",
    "aside",
    "header",
    "menu",
    "figcaption",
    "amp-ad",
    "ins",
    "object",
    "embed",
    "video",
    "audio",
    "map",
    "dialog",
    "head",
    "title",
];

/// Class or id words that name chrome; matched against the whole words of the attribute.
const CHROME_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "banner",
    "byline",
    "caption",
    "comment",
    "comments",
    "credit",
    "credits",
    "dateline",
    "disqus",
    "footer",
    "header",
    "hidden",
    "masthead",
    "menu",
    "meta",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "popup",
    "print",
    "rating",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "skip",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "tags",
    "toolbar",
    "tools",
    "widget",
    "wpa",
    "author",
    "breadcrumb",
    "breadcrumbs",
    "related",
    "recommended",
    "promo",
    "popular",
    "trending",
    "outbrain",
    "taboola",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "paywall",
    "login",
    "most",
    "readmore",
    "topics",
    "follow",
    "embed",
    "disclaimer",
    "copyright",
    "pagination",
    "pager",
];

/// Substrings that name chrome wherever they sit in a class or id.
const CHROME_PARTS: &[&str] = &[
    "advert",
    "newsletter",
    "cookie",
    "outbrain",
    "taboola",
    "subscribe",
    "sidebar",
    "breadcrumb",
    "related",
    "recommend",
    "promo",
    "sponsor",
    "social",
    "share",
    "comment-",
    "comments",
    "signup",
    "sign-up",
    "popular",
    "trending",
    "read-more",
    "readmore",
    "more-stories",
];

/// Class or id words that suggest the article body.
const CONTENT_WORDS: &[&str] = &[
    "article",
    "content",
    "story",
    "body",
    "post",
    "entry",
    "text",
    "main",
    "articlebody",
    "article-body",
    "story-body",
    "post-content",
    "entry-content",
];

/// Paragraphs that are chrome whatever their markup.
const STOCK_PHRASES: &[&str] = &[
    "advertisement",
    "advertisements",
    "share this:",
    "share this",
    "like this:",
    "loading...",
    "related",
    "related stories",
    "related articles",
    "read more",
    "see also",
    "see also:",
    "continue reading",
    "click to share",
    "share on facebook",
    "share on twitter",
    "sign up for our newsletter",
    "subscribe",
    "more from",
    "recommended",
    "you may also like",
];

struct Stats {
    text_len: Vec<u32>,
    link_len: Vec<u32>,
    commas: Vec<u32>,
    skip: Vec<bool>,
}

/// The article's paragraphs, in order, whitespace collapsed. Empty when nothing looks like text.
pub(crate) fn main_paragraphs(dom: &Dom) -> Vec<String> {
    let stats = stats(dom);
    let scores = container_scores(dom, &stats);
    let Some(best) = best_container(dom, &stats, &scores) else {
        return Vec::new();
    };
    let mut roots = vec![best];
    if let Some(parent) = dom.nodes[best].parent {
        let threshold = (scores[best] * 0.2).max(10.0);
        let siblings: Vec<NodeId> = dom.nodes[parent]
            .children
            .iter()
            .copied()
            .filter(|&s| {
                s != best
                    && !stats.skip[s]
                    && matches!(dom.nodes[s].kind, NodeKind::Element(_))
                    && (scores[s] >= threshold
                        || (dom.tag(s) == "p"
                            && stats.text_len[s] > 80
                            && link_density(&stats, s) < 0.25))
            })
            .collect();
        if !siblings.is_empty() {
            roots = dom.nodes[parent]
                .children
                .iter()
                .copied()
                .filter(|&s| s == best || siblings.contains(&s))
                .collect();
        }
    }
    let mut out = Vec::new();
    for root in roots {
        render(dom, &stats, root, &mut out);
    }
    out.retain(|p| !is_stock_phrase(p));
    out
}

fn is_stock_phrase(p: &str) -> bool {
    let lower = p.trim().trim_end_matches(['.', ':', '…']).to_lowercase();
    STOCK_PHRASES.iter().any(|s| lower == s.trim_end_matches(':'))
}

fn attr_words(e: &Element) -> impl Iterator<Item = String> + '_ {
    ["class", "id"].into_iter().filter_map(|a| e.attr(a)).flat_map(|v| {
        v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
    })
}

fn is_chrome(e: &Element) -> bool {
    if SKIP_TAGS.contains(&&*e.tag) {
        return true;
    }
    if matches!(&*e.tag, "html" | "body" | "main" | "article")
        || e.attr("itemprop").is_some_and(|v| v.contains("articleBody"))
    {
        return false;
    }
    if e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("style")
            .is_some_and(|s| s.replace(' ', "").to_ascii_lowercase().contains("display:none"))
        || matches!(
            e.attr("role"),
            Some("navigation" | "banner" | "contentinfo" | "complementary" | "dialog")
        )
    {
        return true;
    }
    let classes: String = ["class", "id"]
        .into_iter()
        .filter_map(|a| e.attr(a))
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    if classes.is_empty() {
        return false;
    }
    // A class that also names the body ("article-content") is not chrome for one chrome word.
    let words: Vec<String> = attr_words(e).collect();
    let content_hint = words.iter().any(|w| CONTENT_WORDS.contains(&w.as_str()));
    let chrome_word = words.iter().any(|w| CHROME_WORDS.contains(&w.as_str()));
    let chrome_part = CHROME_PARTS.iter().any(|p| classes.contains(p));
    (chrome_word || chrome_part) && !(content_hint && words.len() > 1 && !chrome_part)
}

fn stats(dom: &Dom) -> Stats {
    let n = dom.nodes.len();
    let mut skip = vec![false; n];
    let mut in_link = vec![false; n];
    for (i, node) in dom.nodes.iter().enumerate() {
        let parent = node.parent;
        if let Some(p) = parent {
            skip[i] = skip[p];
            in_link[i] = in_link[p];
        }
        if let NodeKind::Element(e) = &node.kind {
            skip[i] = skip[i] || is_chrome(e);
            in_link[i] = in_link[i] || &*e.tag == "a";
        }
    }
    let mut text_len = vec![0u32; n];
    let mut link_len = vec![0u32; n];
    let mut commas = vec![0u32; n];
    // Children come after parents, so a reverse scan finishes every child before its parent.
    for i in (0..n).rev() {
        if skip[i] {
            continue;
        }
        if let NodeKind::Text(t) = &dom.nodes[i].kind {
            let len = visible_len(t);
            text_len[i] = len;
            commas[i] = t.matches([',', '，']).count() as u32;
            if in_link[i] {
                link_len[i] = len;
            }
        }
        if let Some(p) = dom.nodes[i].parent {
            text_len[p] += text_len[i];
            link_len[p] += link_len[i];
            commas[p] += commas[i];
        }
    }
    Stats { text_len, link_len, commas, skip }
}

/// Characters of `t` once whitespace runs count as one.
fn visible_len(t: &str) -> u32 {
    let mut len = 0u32;
    let mut space = true;
    for c in t.chars() {
        if c.is_whitespace() {
            if !space {
                len += 1;
            }
            space = true;
        } else {
            len += 1;
            space = false;
        }
    }
    len
}

fn link_density(stats: &Stats, id: NodeId) -> f32 {
    let t = stats.text_len[id];
    if t == 0 { 0.0 } else { stats.link_len[id] as f32 / t as f32 }
}

const PARAGRAPH_TAGS: &[&str] = &["p", "pre", "blockquote", "td", "li", "h2", "h3", "h4", "dd"];

fn is_text_block(dom: &Dom, stats: &Stats, id: NodeId) -> bool {
    let Some(e) = dom.element(id) else { return false };
    if PARAGRAPH_TAGS.contains(&&*e.tag) {
        return true;
    }
    // A div or span holding text directly, without block children, reads as a paragraph.
    matches!(&*e.tag, "div" | "section" | "span")
        && stats.text_len[id] >= 25
        && dom.nodes[id]
            .children
            .iter()
            .all(|&c| !dom.element(c).is_some_and(|ce| is_block(&ce.tag)))
}

fn block_score(dom: &Dom, stats: &Stats, id: NodeId) -> f32 {
    if stats.skip[id] || !is_text_block(dom, stats, id) || stats.text_len[id] < 25 {
        return 0.0;
    }
    let ld = link_density(stats, id);
    if ld > 0.5 {
        return 0.0;
    }
    (1.0 + stats.commas[id].min(20) as f32 + (stats.text_len[id] as f32 / 100.0).min(3.0))
        * (1.0 - ld)
}

/// Each node's score from the text blocks under it (itself, children, grandchildren).
fn container_scores(dom: &Dom, stats: &Stats) -> Vec<f32> {
    let n = dom.nodes.len();
    let mut score = vec![0f32; n];
    for i in 0..n {
        let s = block_score(dom, stats, i);
        if s == 0.0 {
            continue;
        }
        // A paragraph scores for its container and, halved, the container's container.
        let mut ancestor = dom.nodes[i].parent;
        for share in [1.0, 0.5, 0.25] {
            let Some(a) = ancestor else { break };
            score[a] += s * share;
            ancestor = dom.nodes[a].parent;
        }
    }
    score
}

fn best_container(dom: &Dom, stats: &Stats, score: &[f32]) -> Option<NodeId> {
    let mut best: Option<(NodeId, f32)> = None;
    for (i, &s) in score.iter().enumerate() {
        if s == 0.0 || stats.skip[i] {
            continue;
        }
        // The document root competes too: a page fragment has its paragraphs at the top.
        let mut adjusted = s * (1.0 - link_density(stats, i));
        let Some(e) = dom.element(i) else {
            if i == 0 && best.is_none_or(|(_, b)| adjusted > b) {
                best = Some((i, adjusted));
            }
            continue;
        };
        if matches!(&*e.tag, "article" | "main")
            || e.attr("itemprop").is_some_and(|v| v.contains("articleBody"))
        {
            adjusted *= 1.25;
        } else if attr_words(e).any(|w| CONTENT_WORDS.contains(&w.as_str())) {
            adjusted *= 1.1;
        }
        if best.is_none_or(|(_, b)| adjusted > b) {
            best = Some((i, adjusted));
        }
    }
    best.map(|(i, _)| i)
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "blockquote"
            | "pre"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "br"
            | "hr"
            | "figure"
            | "address"
            | "center"
            | "body"
            | "html"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "details"
            | "summary"
            | "caption"
    )
}

/// Appends the paragraphs under `root` to `out`.
fn render(dom: &Dom, stats: &Stats, root: NodeId, out: &mut Vec<String>) {
    let mut current = String::new();
    // An explicit stack of (node, leaving) keeps deep pages off the call stack.
    let mut stack = vec![(root, false)];
    while let Some((id, leaving)) = stack.pop() {
        let node = &dom.nodes[id];
        match &node.kind {
            // Stray text at the top of a fragment has no markup: its lines are its paragraphs.
            NodeKind::Text(t) if node.parent == Some(0) => {
                for line in t.split('\n') {
                    current.push_str(line);
                    flush(&mut current, out);
                }
            }
            NodeKind::Text(t) => {
                current.push_str(t);
            }
            NodeKind::Element(e) => {
                let block = is_block(&e.tag);
                if leaving {
                    if block {
                        flush(&mut current, out);
                    }
                    continue;
                }
                if stats.skip[id] && id != root {
                    continue;
                }
                // Lists and paragraphs that are mostly links are navigation or "related" lists.
                if matches!(&*e.tag, "ul" | "ol" | "li" | "p" | "div" | "table")
                    && id != root
                    && link_density(stats, id) > 0.6
                    && stats.text_len[id] < 400
                {
                    continue;
                }
                if block {
                    flush(&mut current, out);
                } else if &*e.tag == "img" {
                    continue;
                }
                stack.push((id, true));
                for &c in node.children.iter().rev() {
                    stack.push((c, false));
                }
            }
            NodeKind::Document => {
                for &c in node.children.iter().rev() {
                    stack.push((c, false));
                }
            }
        }
    }
    flush(&mut current, out);
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let p = collapse_whitespace(current);
    current.clear();
    if !p.is_empty() {
        out.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;

    const PAGE: &str = r##"<html><head><title>Talks resume | The Meridian Post</title>
<script>var ads = "<p>tracking</p>";</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="cookie-banner">We use cookies. Accept?</div>
<div class="content"><article><h1>Talks resume in Geneva</h1>
<p class="byline">By A. Writer</p>
<p>Negotiators from both countries met in Geneva on Tuesday, resuming talks that had stalled for months, officials said.</p>
<div class="ad">Advertisement</div>
<p>"We have a lot of work ahead of us," the chief negotiator told reporters, adding that progress was slow, but real.</p>
<ul class="related-links"><li><a href="/a">Earlier talks collapse</a></li><li><a href="/b">Who is who</a></li></ul>
<p>The next round is planned for July, according to a statement.</p>
<div class="share-bar"><a href="#">Share on Twitter</a></div>
</article></div>
<aside><h3>Most read</h3><p>Something else entirely, which is long enough to be a paragraph on its own.</p></aside>
<footer>© The Meridian Post</footer></body></html>"##;

    #[test]
    fn keeps_the_article_and_drops_chrome() {
        let paragraphs = main_paragraphs(&parse(PAGE));
        let text = paragraphs.join("\n");
        assert!(text.contains("Negotiators from both countries met in Geneva"), "{text}");
        assert!(text.contains("\"We have a lot of work ahead of us,\""), "{text}");
        assert!(text.contains("The next round is planned for July"), "{text}");
        for chrome in [
            "cookies",
            "Advertisement",
            "Earlier talks",
            "Share on",
            "Most read",
            "tracking",
            "Home",
            "Meridian Post",
            "By A. Writer",
        ] {
            assert!(!text.contains(chrome), "{chrome} leaked into {text}");
        }
    }

    #[test]
    fn no_text_gives_no_paragraphs() {
        assert!(main_paragraphs(&parse("<html><body><nav>menu</nav></body></html>")).is_empty());
        assert!(main_paragraphs(&parse("")).is_empty());
    }
}
