//! Main-content detection: which part of a page is the article, as paragraphs of clean text.
//!
//! 1. **Mark** each element: removed outright (scripts, styles, navigation, forms' controls,
//!    asides, hidden elements), or *soft chrome* when its class, id or role names a kind of
//!    chrome (ads, share bars, comments, related lists, newsletter and cookie prompts,
//!    captions, bylines). Soft chrome holding most of the page's prose is a wrapper misnamed,
//!    and is kept.
//! 2. **Split** the page into text blocks: the runs of inline text between block-level tags,
//!    each with its length, its share of link text and what it sits in (heading, list item,
//!    quote, table cell).
//! 3. **Classify** blocks as jusText does: *good* (long, few links), *bad* (mostly links, or
//!    inside soft chrome) or *short* (neither).
//! 4. **Choose the container**: the element that maximises good text minus bad text under it,
//!    so it takes in every paragraph of the article and leaves out the page around it.
//!    Sibling subtrees of clean prose join it (a lead paragraph set apart from the body).
//! 5. **Render** the container's blocks: good blocks, and short ones in their context
//!    (subheadings before good text, short paragraphs between good ones, sentences at the
//!    edges), dropping stock phrases ("Advertisement", "Share this").

use crate::html::{Dom, Element, NodeId, NodeKind};
use crate::vocab::{self, Flags};

/// Elements whose subtree is never article text.
fn is_removed_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "svg"
            | "canvas"
            | "button"
            | "select"
            | "input"
            | "textarea"
            | "option"
            | "figcaption"
            | "amp-ad"
            | "object"
            | "embed"
            | "video"
            | "audio"
            | "map"
            | "dialog"
            | "head"
            | "title"
            | "label"
            | "math"
    )
}

/// Elements that are page chrome by their tag; like strong chrome words, they are kept when
/// they hold nearly all of the page's prose (an unclosed `<aside>` swallowing the page).
fn is_chrome_tag(tag: &str) -> bool {
    matches!(tag, "nav" | "footer" | "aside" | "header" | "menu" | "form")
}

/// Paragraphs that are chrome whatever their markup.
const STOCK_PHRASES: &[&str] = &[
    "table of contents",
    "contents",
    "in this article",
    "jump to",
    "on this page",
    "print this page",
    "related posts",
    "loading paragraph...",
    "advert",
    "ad",
    "this slideshow requires javascript",
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

/// A good block has at least this many characters …
const GOOD_MIN_CHARS: u32 = 50;
/// … and at most this share of link text.
const GOOD_MAX_LINK_DENSITY: f32 = 0.35;
/// A block with at least this share of link text is bad.
const BAD_LINK_DENSITY: f32 = 0.5;
/// A teaser's summary is at most this long.
const TEASER_MAX_CHARS: u32 = 320;
/// How much a link-dense block outside chrome counts against its container (chrome: 1).
const LINK_LIST_WEIGHT: f32 = 0.5;
/// Soft chrome is kept when it holds at least this share of the page's good text (weak, strong).
const KEEP_WEAK_CHROME_SHARE: f32 = 0.5;
const KEEP_STRONG_CHROME_SHARE: f32 = 0.75;

/// How an element is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Plain,
    Removed,
    WeakChrome,
    StrongChrome,
}

/// What a block sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Para,
    Heading(u8),
    Item,
    Quote,
    Pre,
    Cell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Good,
    Short,
    Bad,
}

/// A run of inline text between block boundaries.
#[derive(Debug)]
struct Block {
    /// The nearest block-level element around the text.
    owner: NodeId,
    text: String,
    chars: u32,
    link_chars: u32,
    kind: BlockKind,
    class: Class,
    /// Bad because of where it sits (soft chrome, a teaser list), not for its links.
    chrome: bool,
}

impl Block {
    fn link_density(&self) -> f32 {
        if self.chars == 0 { 0.0 } else { self.link_chars as f32 / self.chars as f32 }
    }
}

/// The article's paragraphs, in order, whitespace collapsed. Empty when nothing looks like text.
pub(crate) fn main_paragraphs(dom: &Dom, flags: &[Flags]) -> Vec<String> {
    let marks = marks(dom, flags);
    let mut blocks = blocks(dom, &marks);
    if blocks.is_empty() {
        return Vec::new();
    }
    for b in &mut blocks {
        b.class = classify(b);
    }
    apply_soft_chrome(dom, &marks, &mut blocks);
    demote_teasers(dom, &mut blocks);
    let n = dom.nodes.len();
    let end = subtree_ends(dom);
    let (good, bad) = sums(dom, &blocks);
    let Some(best) = best_container(dom, &good, &bad) else {
        return Vec::new();
    };
    // The container, and sibling subtrees of clean prose beside it.
    let mut regions = vec![(best, end[best])];
    if let Some(parent) = dom.nodes[best].parent {
        for &s in &dom.nodes[parent].children {
            if s != best && s < n && good[s] >= GOOD_MIN_CHARS as f32 && bad[s] * 4.0 < good[s] {
                regions.push((s, end[s]));
            }
        }
    }
    let inside = |b: &Block| regions.iter().any(|&(start, stop)| (start..=stop).contains(&b.owner));
    let chosen: Vec<&Block> = blocks.iter().filter(|b| inside(b)).collect();
    let mut out = render(&chosen);
    out.retain(|p| !is_stock_phrase(p));
    drop_repeats(&mut out);
    out
}

/// Drops a run of paragraphs the page has already shown in the same order (a second layout
/// of the whole page, for phones or tablets), however short each paragraph is.
fn drop_repeated_runs(paragraphs: &mut Vec<String>) {
    // A page's worth: a table or a meal plan repeating a few rows is not a second copy.
    const MIN_RUN: usize = 8;
    const MIN_RUN_CHARS: usize = 2000;
    let mut first: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut drop = vec![false; paragraphs.len()];
    let mut i = 0;
    while i < paragraphs.len() {
        let p = paragraphs[i].as_str();
        match first.get(p) {
            Some(&j) => {
                let run = (0..)
                    .take_while(|&k| {
                        i + k < paragraphs.len()
                            && j + k < i
                            && paragraphs[i + k] == paragraphs[j + k]
                    })
                    .count();
                let chars: usize = paragraphs[i..i + run].iter().map(String::len).sum();
                if run >= MIN_RUN && chars >= MIN_RUN_CHARS {
                    drop[i..i + run].iter_mut().for_each(|d| *d = true);
                    i += run;
                    continue;
                }
            }
            None => {
                first.insert(p, i);
            }
        }
        i += 1;
    }
    let mut keep = drop.iter().map(|d| !d);
    paragraphs.retain(|_| keep.next().unwrap_or(true));
}

/// Drops the second copy of a page that shows its text twice (a desktop and a mobile copy):
/// when repeated paragraphs of prose make up a good share of the text. A pull quote or a
/// table that repeats itself stays, as it is part of what the page shows.
fn drop_repeats(paragraphs: &mut Vec<String>) {
    drop_repeated_runs(paragraphs);
    let mut seen = std::collections::HashSet::new();
    let total: usize = paragraphs.iter().map(String::len).sum();
    let repeated: usize = paragraphs
        .iter()
        .filter(|p| p.len() >= 200 && !seen.insert(p.as_str()))
        .map(|p| p.len())
        .sum();
    if repeated * 4 < total {
        return;
    }
    let mut seen = std::collections::HashSet::new();
    paragraphs.retain(|p| p.len() < 200 || seen.insert(p.clone()));
}

fn is_stock_phrase(p: &str) -> bool {
    let lower = p.trim().trim_end_matches(['.', ':', '…']).to_lowercase();
    // A reading time: `4 min read`, `12 minute read`.
    if let Some((n, rest)) = lower.split_once(' ')
        && n.bytes().all(|b| b.is_ascii_digit())
        && matches!(rest, "min read" | "mins read" | "minute read" | "minutes read")
    {
        return true;
    }
    STOCK_PHRASES.iter().any(|s| lower == s.trim_end_matches(':'))
}

fn is_hidden(e: &Element) -> bool {
    // React's streamed segments (`<div hidden id="S:1">`) are moved into place by a script.
    if e.attr("id").is_some_and(|id| id.starts_with("S:")) {
        return false;
    }
    e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("style").is_some_and(|s| {
            if !(s.contains("none") || s.contains("hidden")) {
                return false;
            }
            let s: String =
                s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// How one element is treated, from its tag, attributes and class words.
fn mark(e: &Element, flags: Flags) -> Mark {
    if is_removed_tag(&e.tag) || flags & vocab::SCREEN_READER != 0 {
        return Mark::Removed;
    }
    // Hidden content that holds the page's prose is revealed by a script (streamed pages).
    // A chrome tag whose class names the content (`<header class="post-content">`) is weak.
    if is_hidden(e) || is_chrome_tag(&e.tag) && flags & vocab::CONTENT == 0 {
        return Mark::StrongChrome;
    }
    if is_chrome_tag(&e.tag) {
        return Mark::WeakChrome;
    }
    if matches!(&*e.tag, "html" | "body" | "main" | "article")
        || e.attr("itemprop").is_some_and(|v| v.contains("articleBody") || v == "text")
    {
        return Mark::Plain;
    }
    if let Some(role) = e.attr("role") {
        match role {
            "navigation" | "banner" | "contentinfo" | "complementary" | "dialog" | "menu"
            | "menubar" | "search" | "alert" | "alertdialog" | "tooltip" => {
                return Mark::StrongChrome;
            }
            "main" | "article" => return Mark::Plain,
            _ => {}
        }
    }
    // `body-ad-wrapper`: a strong word beside a content word weighs as a weak one.
    let content = flags & vocab::CONTENT != 0;
    if flags & vocab::STRONG_CHROME != 0 && !content {
        Mark::StrongChrome
    } else if flags & vocab::STRONG_CHROME != 0 || flags & vocab::WEAK_CHROME != 0 && !content {
        Mark::WeakChrome
    } else {
        Mark::Plain
    }
}

/// Each node's mark; a removed element removes its subtree.
fn marks(dom: &Dom, flags: &[Flags]) -> Vec<Mark> {
    let mut marks = vec![Mark::Plain; dom.nodes.len()];
    for (i, node) in dom.nodes.iter().enumerate() {
        if node.parent.is_some_and(|p| marks[p] == Mark::Removed) {
            marks[i] = Mark::Removed;
        } else if let NodeKind::Element(e) = &node.kind {
            marks[i] = mark(e, flags.get(i).copied().unwrap_or(0));
        }
    }
    marks
}

/// Tags that start and end a block of text.
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
            | "tfoot"
            | "caption"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hr"
            | "figure"
            | "address"
            | "center"
            | "body"
            | "html"
            | "details"
            | "summary"
            | "form"
            | "fieldset"
            | "legend"
            | "hgroup"
            | "nav"
            | "aside"
            | "header"
            | "footer"
            | "menu"
    ) || tag.contains('-')
}

/// The kind of a block from its owner's tag and the blocks around it.
fn kind_of(tag: &str, context: BlockKind) -> BlockKind {
    match tag {
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" | "h5" | "h6" => BlockKind::Heading(4),
        "li" | "dd" | "dt" => BlockKind::Item,
        "td" | "th" => BlockKind::Cell,
        "pre" => BlockKind::Pre,
        "blockquote" => BlockKind::Quote,
        _ => context,
    }
}

struct Builder {
    blocks: Vec<Block>,
    text: String,
    chars: u32,
    link_chars: u32,
    /// A `<br>` just passed: a second one ends the block.
    after_br: bool,
}

impl Builder {
    /// A line break inside the block (`<br>`, a newline in a fragment's bare text).
    fn push_break(&mut self) {
        if self.text.ends_with(' ') {
            self.text.pop();
            self.chars = self.chars.saturating_sub(1);
        }
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
            self.chars += 1;
        }
    }

    fn push_text(&mut self, t: &str, in_link: bool) {
        let mut space = self.text.is_empty() || self.text.ends_with([' ', '\n']);
        let mut n = 0u32;
        for c in t.chars() {
            if c.is_whitespace() {
                if !space {
                    self.text.push(' ');
                    n += 1;
                    space = true;
                }
            } else {
                self.text.push(c);
                n += 1;
                space = false;
            }
        }
        if n > 0 && t.chars().any(|c| !c.is_whitespace()) {
            self.after_br = false;
        }
        self.chars += n;
        if in_link {
            self.link_chars += n;
        }
    }

    fn flush(&mut self, owner: NodeId, kind: BlockKind) {
        self.after_br = false;
        let text = self.text.trim();
        if !text.is_empty() {
            let trimmed_chars = text.chars().count() as u32;
            self.blocks.push(Block {
                owner,
                text: text.to_owned(),
                chars: trimmed_chars,
                link_chars: self.link_chars.min(trimmed_chars),
                kind,
                class: Class::Short,
                chrome: false,
            });
        }
        self.text.clear();
        self.chars = 0;
        self.link_chars = 0;
    }
}

/// The page's text blocks in document order, removed subtrees left out.
fn blocks(dom: &Dom, marks: &[Mark]) -> Vec<Block> {
    let mut b = Builder {
        blocks: Vec::new(),
        text: String::new(),
        chars: 0,
        link_chars: 0,
        after_br: false,
    };
    // (node, leaving); the owner stack holds (block element, its kind).
    let mut stack = vec![(0usize, false)];
    let mut owners: Vec<(NodeId, BlockKind)> = vec![(0, BlockKind::Para)];
    let mut links = 0usize;
    while let Some((id, leaving)) = stack.pop() {
        let node = &dom.nodes[id];
        let (owner, kind) = owners.last().copied().unwrap_or((0, BlockKind::Para));
        match &node.kind {
            // Bare text at the top of a fragment has no markup: its lines are its paragraphs.
            NodeKind::Text(t) if node.parent == Some(0) => {
                for line in t.split('\n') {
                    b.push_text(line, false);
                    b.push_break();
                }
            }
            NodeKind::Text(t) => b.push_text(t, links > 0),
            NodeKind::Element(e) => {
                let tag = &*e.tag;
                // Chrome marks its own text, so an inline chrome element is a block too.
                let block = is_block(tag) || marks[id] != Mark::Plain;
                if leaving {
                    if block {
                        b.flush(owner, kind);
                        owners.pop();
                    } else if tag == "a" {
                        links = links.saturating_sub(1);
                    }
                    continue;
                }
                if marks[id] == Mark::Removed {
                    continue;
                }
                if tag == "br" {
                    if b.after_br {
                        b.flush(owner, kind);
                    } else {
                        b.push_break();
                        b.after_br = true;
                    }
                    continue;
                }
                if matches!(tag, "hr" | "img") {
                    if tag == "hr" {
                        b.flush(owner, kind);
                    }
                    continue;
                }
                if block {
                    b.flush(owner, kind);
                    owners.push((id, kind_of(tag, kind)));
                } else if tag == "a" {
                    links += 1;
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
    let (owner, kind) = owners.last().copied().unwrap_or((0, BlockKind::Para));
    b.flush(owner, kind);
    b.blocks
}

fn classify(b: &Block) -> Class {
    let ld = b.link_density();
    // Markup shown as text (`&lt;img …&gt;` in a page) is not prose.
    if ld >= BAD_LINK_DENSITY || b.text.starts_with('<') && b.text.ends_with('>') {
        return Class::Bad;
    }
    if b.chars >= GOOD_MIN_CHARS
        && ld <= GOOD_MAX_LINK_DENSITY
        && !matches!(b.kind, BlockKind::Heading(_))
    {
        return Class::Good;
    }
    Class::Short
}

/// The index one past each node's last descendant: node `n`'s subtree is `n..=end[n]`.
fn subtree_ends(dom: &Dom) -> Vec<NodeId> {
    let mut end: Vec<NodeId> = (0..dom.nodes.len()).collect();
    for i in (0..dom.nodes.len()).rev() {
        if let Some(p) = dom.nodes[i].parent {
            end[p] = end[p].max(end[i]);
        }
    }
    end
}

/// Good and bad characters under each node.
fn sums(dom: &Dom, blocks: &[Block]) -> (Vec<f32>, Vec<f32>) {
    let n = dom.nodes.len();
    let mut good = vec![0f32; n];
    let mut bad = vec![0f32; n];
    for b in blocks {
        match b.class {
            Class::Good => good[b.owner] += b.chars as f32,
            // Link lists weigh less than chrome: an article may list links of its own.
            Class::Bad if !b.chrome => bad[b.owner] += b.chars as f32 * LINK_LIST_WEIGHT,
            Class::Bad => bad[b.owner] += b.chars as f32,
            Class::Short => {}
        }
    }
    for i in (1..n).rev() {
        if let Some(p) = dom.nodes[i].parent {
            good[p] += good[i];
            bad[p] += bad[i];
        }
    }
    (good, bad)
}

/// Soft chrome turns the blocks under it bad, unless it holds a large share of the good text.
fn apply_soft_chrome(dom: &Dom, marks: &[Mark], blocks: &mut [Block]) {
    let (good, _) = sums(dom, blocks);
    let total = good[0].max(1.0);
    let is_chrome = |i: NodeId| match marks[i] {
        Mark::WeakChrome => good[i] < total * KEEP_WEAK_CHROME_SHARE,
        Mark::StrongChrome => good[i] < total * KEEP_STRONG_CHROME_SHARE,
        _ => false,
    };
    let mut chrome = vec![false; dom.nodes.len()];
    for (i, node) in dom.nodes.iter().enumerate() {
        chrome[i] = node.parent.is_some_and(|p| chrome[p]) || is_chrome(i);
    }
    for b in blocks {
        if chrome[b.owner] {
            b.class = Class::Bad;
            b.chrome = true;
        }
    }
}

/// Whether a block reads as a headline link: three words or more, mostly link text.
fn is_headline_link(b: &Block) -> bool {
    b.link_density() >= BAD_LINK_DENSITY && b.text.split_whitespace().count() >= 3
}

/// Teaser lists: an element with three or more children that are cards (a headline link
/// followed by one short good block each) lists other stories; their good blocks become bad, unless the
/// page has little other prose (then the list is what the page is about).
fn demote_teasers(dom: &Dom, blocks: &mut [Block]) {
    let n = dom.nodes.len();
    let mut good = vec![0u32; n];
    let mut longest = vec![0u32; n];
    let mut heads = vec![0u32; n];
    // Whether the first good or headline block under each node is the headline.
    let mut head_first: Vec<Option<bool>> = vec![None; n];
    for b in blocks.iter() {
        let head = is_headline_link(b);
        if b.class == Class::Good {
            good[b.owner] += 1;
            longest[b.owner] = longest[b.owner].max(b.chars);
        }
        if head {
            heads[b.owner] += 1;
        }
        if head || b.class == Class::Good {
            let mut at = Some(b.owner);
            while let Some(i) = at {
                if head_first[i].is_some() {
                    break;
                }
                head_first[i] = Some(head);
                at = dom.nodes[i].parent;
            }
        }
    }
    for i in (1..n).rev() {
        if let Some(p) = dom.nodes[i].parent {
            good[p] += good[i];
            heads[p] += heads[i];
            longest[p] = longest[p].max(longest[i]);
        }
    }
    // A card: its headline, then one short summary.
    let is_card = |i: NodeId| {
        good[i] == 1
            && (1..=3).contains(&heads[i])
            && longest[i] <= TEASER_MAX_CHARS
            && head_first[i] == Some(true)
    };
    let mut teaser = vec![false; n];
    for (i, node) in dom.nodes.iter().enumerate() {
        if node.parent.is_some_and(|p| teaser[p]) {
            teaser[i] = true;
            continue;
        }
        // A list of cards and nothing else: cards among the article's own paragraphs are a
        // list in the article (a listicle's items).
        let cards = node.children.iter().filter(|&&c| is_card(c)).count();
        let prose_beside = node.children.iter().filter(|&&c| !is_card(c) && good[c] > 0).count();
        if cards >= 3 && prose_beside * 2 < cards {
            for &c in &node.children {
                teaser[c] |= is_card(c);
            }
        }
    }
    let (mut teased, mut total) = (0u32, 0u32);
    for b in blocks.iter().filter(|b| b.class == Class::Good) {
        total += b.chars;
        if teaser[b.owner] {
            teased += b.chars;
        }
    }
    let rest = total - teased;
    if teased == 0 || rest < 400 || rest * 4 < total {
        return;
    }
    for b in blocks.iter_mut().filter(|b| teaser[b.owner] && b.class == Class::Good) {
        b.class = Class::Bad;
        b.chrome = true;
    }
}

/// The node with the most good text net of bad text under it; the deepest on a tie.
fn best_container(dom: &Dom, good: &[f32], bad: &[f32]) -> Option<NodeId> {
    let mut best: Option<(NodeId, f32)> = None;
    for i in 0..dom.nodes.len() {
        if matches!(dom.nodes[i].kind, NodeKind::Text(_)) {
            continue;
        }
        let s = good[i] - bad[i];
        if s > 0.0 && best.is_none_or(|(_, b)| s >= b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

fn is_prose(text: &str) -> bool {
    text.split_whitespace().count() >= 5 && text.ends_with(['.', '!', '?', '"', '”', '’', ')'])
}

/// The paragraphs of the chosen blocks: good blocks, and short ones in their context.
fn render(blocks: &[&Block]) -> Vec<String> {
    // A full sentence that is mostly links is still prose in the article's flow.
    let classes: Vec<Class> = blocks
        .iter()
        .map(|b| {
            if b.class == Class::Bad
                && !b.chrome
                && (b.kind == BlockKind::Para
                    && b.text.split_whitespace().count() >= 8
                    && is_prose(&b.text)
                    || b.kind == BlockKind::Item && b.text.split_whitespace().count() >= 3)
            {
                Class::Short
            } else {
                b.class
            }
        })
        .collect();
    let first_good = classes.iter().position(|&c| c == Class::Good);
    let last_good = classes.iter().rposition(|&c| c == Class::Good);
    let (Some(first), Some(last)) = (first_good, last_good) else {
        // No good block: short prose only (a page of short paragraphs).
        return blocks
            .iter()
            .zip(&classes)
            .filter(|(b, c)| **c == Class::Short && is_prose(&b.text))
            .flat_map(|(b, _)| b.text.split('\n').map(str::trim).filter(|l| !l.is_empty()))
            .map(String::from)
            .collect();
    };
    // The nearest class on each side that is not short, per block (linear, for huge pages).
    let mut before = vec![None; classes.len()];
    let mut after = vec![None; classes.len()];
    let mut last_seen = None;
    for (i, &c) in classes.iter().enumerate() {
        before[i] = last_seen;
        if c != Class::Short {
            last_seen = Some(c);
        }
    }
    last_seen = None;
    for (i, &c) in classes.iter().enumerate().rev() {
        after[i] = last_seen;
        if c != Class::Short {
            last_seen = Some(c);
        }
    }
    // The next block that is not short, or long enough to read as text (for subheadings).
    let mut next_text = vec![None; classes.len()];
    let mut seen = None;
    for i in (0..classes.len()).rev() {
        next_text[i] = seen;
        if classes[i] != Class::Short || blocks[i].chars >= 30 {
            seen = Some(classes[i]);
        }
    }
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let keep = match classes[i] {
            Class::Good => true,
            Class::Bad => false,
            Class::Short => {
                let heading = matches!(b.kind, BlockKind::Heading(_));
                if b.kind == BlockKind::Heading(1) && i < first {
                    false
                } else if i < first {
                    is_prose(&b.text)
                } else if i > last {
                    is_prose(&b.text) && !heading
                } else if heading {
                    // A subheading is kept when good text follows it before any bad block.
                    next_text[i].is_some_and(|c| c != Class::Bad)
                } else {
                    // Between good blocks: kept unless bad blocks stand on both sides.
                    before[i] == Some(Class::Good) || after[i] == Some(Class::Good)
                }
            }
        };
        if keep {
            out.extend(
                b.text.split('\n').map(str::trim).filter(|l| !l.is_empty()).map(String::from),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse;

    fn main_paragraphs_of(page: &str) -> Vec<String> {
        let dom = parse(page);
        main_paragraphs(&dom, &vocab::page_flags(&dom))
    }

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
        let paragraphs = main_paragraphs_of(PAGE);
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
    fn sections_named_for_a_table_of_contents_jump_are_text() {
        // `skip-item` sections are targets of the contents list's links, not skip links.
        let section = |n: u32| {
            format!(
                r##"<div id="topic{n}" class="skip-item"><h2>Part {n}</h2><p>Mesh systems pair a
router with satellites so that one network covers the whole house, part {n} explains.</p></div>"##
            )
        };
        let page = format!(
            r##"<html><body><a class="skip-link" href="#main">Skip to content</a><h1>Mesh WiFi</h1>
<div class="toc"><ul><li><a href="#topic1">Part 1</a></li><li><a href="#topic2">Part 2</a></li>
</ul></div>{}{}{}</body></html>"##,
            section(1),
            section(2),
            section(3)
        );
        let text = main_paragraphs_of(&page).join("\n");
        assert!(text.contains("part 2 explains"), "{text}");
        assert!(!text.contains("Skip to content"), "{text}");
    }

    #[test]
    fn no_text_gives_no_paragraphs() {
        assert!(main_paragraphs_of("<html><body><nav>menu</nav></body></html>").is_empty());
        assert!(main_paragraphs_of("").is_empty());
    }

    /// Development aid: prints a page's blocks, their class and where they sit.
    /// `DYAD_PAGE=page.html[.gz] cargo test -p dyad-extract --lib debug_page -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn debug_page() {
        let Ok(path) = std::env::var("DYAD_PAGE") else { return };
        let bytes = std::fs::read(&path).unwrap();
        let bytes =
            if crate::is_gzip(&bytes) { crate::gunzip(&bytes, 1 << 26).unwrap() } else { bytes };
        let (text, _) = crate::decode::decode_text(&bytes, None, true).unwrap();
        let dom = parse(&text);
        let flags = vocab::page_flags(&dom);
        let marks = marks(&dom, &flags);
        let mut blocks = blocks(&dom, &marks);
        for b in &mut blocks {
            b.class = classify(b);
        }
        apply_soft_chrome(&dom, &marks, &mut blocks);
        demote_teasers(&dom, &mut blocks);
        let (good, bad) = sums(&dom, &blocks);
        let best = best_container(&dom, &good, &bad);
        let path_of = |mut id: NodeId| {
            let mut parts = Vec::new();
            while let Some(e) = dom.element(id) {
                let class = e.attr("class").or(e.attr("id")).unwrap_or("");
                let m = match marks[id] {
                    Mark::Plain => "",
                    Mark::Removed => "!",
                    Mark::WeakChrome => "~",
                    Mark::StrongChrome => "#",
                };
                let sel = if Some(id) == best { "*" } else { "" };
                let full = std::env::var("DYAD_FULL").is_ok();
                let class = if full { class } else { class.get(..20).unwrap_or(class) };
                parts.push(format!("{sel}{m}{}.{}", e.tag, class));
                id = dom.nodes[id].parent.unwrap_or(0);
            }
            parts.reverse();
            parts.join(">")
        };
        println!("best {best:?} good {:?} bad {:?}", best.map(|b| good[b]), best.map(|b| bad[b]));
        if let Some((p, _)) = dom.elements("p").nth(5) {
            println!("p #5 sits in {}", path_of(p));
        }
        for b in &blocks {
            let t: String = b.text.chars().take(70).collect();
            println!("{:?}\t{:?}\t{}\t{t}\t{}", b.class, b.kind, b.chars, path_of(b.owner));
        }
    }

    #[test]
    fn teaser_lists_go_and_listicles_stay() {
        let para = "This paragraph of the story is long enough to count as article text on its own merit, and then some more.";
        let card = |n: u32| {
            format!(
                "<div class=c><h3><a href=/{n}>Another story number {n} elsewhere</a></h3>\
                 <p>A summary of another story, long enough to look like prose to a reader who skims it.</p></div>"
            )
        };
        let page = format!(
            "<body><div class=main><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p></div>\
             <div class=grid>{}{}{}</div></body>",
            card(1),
            card(2),
            card(3)
        );
        let text = main_paragraphs_of(&page).join("\n");
        assert!(!text.contains("summary of another story"), "{text}");
        // The same cards among the article's paragraphs are the article's own list.
        let page = format!(
            "<body><div class=main><p>{para}</p><p>{para}</p><p>{para}</p>{}{}{}</div></body>",
            card(1),
            card(2),
            card(3)
        );
        let text = main_paragraphs_of(&page).join("\n");
        assert!(text.contains("summary of another story"), "{text}");
    }

    #[test]
    fn a_page_shown_twice_is_read_once() {
        let para = "A paragraph of the story that is long enough to be prose, and which the page prints twice over, once for phones and once for desktops, word for word, as some sites do, alas, for the reader who scrolls on.";
        assert!(para.len() >= 200);
        let mut p =
            vec![para.to_owned(), format!("{para} Two."), para.to_owned(), format!("{para} Two.")];
        drop_repeats(&mut p);
        assert_eq!(p.len(), 2);
        // A second layout of the page: a long run of short paragraphs again, in order.
        let page: Vec<String> = (0..50)
            .map(|i| format!("Short paragraph number {i} of a page laid out twice over."))
            .collect();
        let mut p = [page.clone(), page.clone()].concat();
        drop_repeats(&mut p);
        assert_eq!(p, page);
        // A table repeating a few short rows stays whole.
        let rows = ["Meal 1", "Eat every 2–3 hours", "Meal 2", "Eat every 2–3 hours"];
        let mut p: Vec<String> = rows.iter().chain(&rows).map(|s| s.to_string()).collect();
        drop_repeats(&mut p);
        assert_eq!(p.len(), 8);
    }

    #[test]
    fn subheadings_and_short_paragraphs_between_good_text_stay() {
        let page = "<body><div class=menu><a href=/>Home</a> <a href=/a>About</a></div><div id=story>\
<p>The first paragraph of the story is long enough to count as article text on its own merit.</p>\
<h2>What comes next</h2><p>Short one.</p>\
<p>The last paragraph of the story is also long enough to count as article text on its own.</p>\
</div></body>";
        let p = main_paragraphs_of(page);
        assert_eq!(p.len(), 4, "{p:?}");
        assert_eq!(p[1], "What comes next");
        assert_eq!(p[2], "Short one.");
    }
}
