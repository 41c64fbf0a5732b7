//! A forgiving HTML tokenizer and tree builder.
//!
//! It is not a full HTML5 tree builder (no adoption agency, no foster parenting); it keeps what
//! main-content detection needs: elements with attributes, text with references decoded, raw-text
//! elements (`script`, `style`) kept whole, void elements, the common implied end tags (`p`, `li`,
//! `td` …) and end tags that close whatever they match. It never fails: every input gives a tree.
//! Nesting deeper than [`MAX_DEPTH`] is flattened, so time and memory stay linear in the input.

use super::dom::{Dom, Element, Name, NodeId, NodeKind};
use super::entities::decode;

/// Open elements beyond this depth are not opened; their content goes to the deepest one.
pub(crate) const MAX_DEPTH: usize = 256;

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "frame"
            | "basefont"
            | "bgsound"
            | "command"
    )
}

/// A tag or attribute name, lower-cased; the names pages use most are shared, not allocated.
fn name(raw: &str) -> Name {
    let lower;
    let key = if raw.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = raw.to_ascii_lowercase();
        lower.as_str()
    } else {
        raw
    };
    macro_rules! shared {
        ($($n:literal)*) => {
            match key {
                $($n => Name::Borrowed($n),)*
                _ => Name::Owned(key.to_owned()),
            }
        };
    }
    shared!(
        "a" "div" "span" "p" "li" "ul" "ol" "img" "br" "i" "b" "em" "strong" "td" "tr" "th"
        "table" "tbody" "section" "article" "h1" "h2" "h3" "h4" "h5" "h6" "meta" "link" "script"
        "style" "svg" "path" "g" "use" "button" "input" "form" "label" "nav" "header" "footer"
        "aside" "main" "figure" "figcaption" "picture" "source" "time" "small" "sup" "sub"
        "blockquote" "pre" "code" "noscript" "iframe" "html" "head" "body" "title" "option"
        "select" "textarea" "hr" "dl" "dt" "dd" "u" "s" "abbr" "cite" "q" "mark" "center" "font"
        "address" "template" "class" "id" "hidden" "aria-hidden" "role" "itemprop" "property"
        "name" "content" "rel" "href" "type" "datetime" "lang" "charset" "http-equiv"
    )
}

/// Elements whose content is text up to their end tag (`title` and `textarea` also decode
/// character references in it).
fn is_raw_text(tag: &str) -> bool {
    matches!(
        tag,
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" | "template"
    )
}

/// Start tags that close an open `p` (HTML's "close a p element" rule).
fn closes_p(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "ul"
            | "li"
            | "dd"
            | "dt"
    )
}

/// Elements that bound the search for an implied end tag (`li` inside a nested list).
fn is_scope(tag: &str) -> bool {
    matches!(
        tag,
        "ul" | "ol" | "table" | "td" | "th" | "div" | "section" | "article" | "body" | "html"
    )
}

/// The attributes kept on elements: what extraction reads. Others (`src`, `srcset`,
/// `data-*`, event handlers) are skipped unread, which keeps parsing allocation-light.
fn is_kept_attr(name: &str) -> bool {
    matches!(
        name,
        "class"
            | "id"
            | "style"
            | "hidden"
            | "aria-hidden"
            | "role"
            | "itemprop"
            | "property"
            | "name"
            | "content"
            | "rel"
            | "href"
            | "type"
            | "datetime"
            | "lang"
            | "charset"
            | "http-equiv"
    )
}

/// Parses `html` into a [`Dom`].
pub(crate) fn parse(html: &str) -> Dom {
    let mut b = Builder { dom: Dom::new(), stack: vec![0], in_head: false };
    let bytes = html.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        let Some(lt) = memchr::memchr(b'<', bytes.get(pos..).unwrap_or_default()).map(|i| pos + i)
        else {
            b.text(html.get(pos..).unwrap_or_default());
            break;
        };
        if lt > pos {
            b.text(html.get(pos..lt).unwrap_or_default());
        }
        match bytes.get(lt + 1) {
            Some(b'!') => {
                if bytes.get(lt + 2..lt + 4) == Some(b"--") {
                    pos = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |i| i + 3);
                } else if starts_with_ci(bytes.get(lt + 2..).unwrap_or_default(), b"[cdata[") {
                    let end = find(bytes, lt + 9, b"]]>").unwrap_or(bytes.len());
                    b.text(html.get(lt + 9..end).unwrap_or_default());
                    pos = (end + 3).min(bytes.len());
                } else {
                    pos = skip_past(bytes, lt + 2, b'>');
                }
            }
            Some(b'?') => pos = skip_past(bytes, lt + 2, b'>'),
            Some(b'/') => {
                let name_start = lt + 2;
                let name_end = name_end(bytes, name_start);
                pos = skip_past(bytes, name_end, b'>');
                if name_end > name_start {
                    let name =
                        html.get(name_start..name_end).unwrap_or_default().to_ascii_lowercase();
                    b.end(&name);
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (element, self_closing, after) = start_tag(html, lt + 1);
                pos = after;
                let raw = is_raw_text(&element.tag);
                let escapable = matches!(&*element.tag, "title" | "textarea");
                // Only raw-text elements need their name after the element moves into the tree.
                let tag = (raw || escapable).then(|| element.tag.clone());
                let opened = b.start(element, self_closing);
                if let Some(tag) = tag.filter(|_| !self_closing) {
                    let close = find_end_tag(bytes, pos, &tag);
                    let content = html.get(pos..close).unwrap_or_default();
                    if !content.is_empty() {
                        let text = if escapable {
                            decode(content, false).into_owned()
                        } else {
                            content.to_owned()
                        };
                        if let Some(parent) = opened {
                            b.dom.push(parent, NodeKind::Text(text));
                        }
                    }
                    pos = skip_past(bytes, close, b'>');
                    b.end(&tag);
                }
            }
            _ => {
                b.text("<");
                pos = lt + 1;
            }
        }
    }
    b.dom
}

struct Builder {
    dom: Dom,
    stack: Vec<NodeId>,
    /// A `<head>` is open.
    in_head: bool,
}

impl Builder {
    fn current(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        if self.in_head && !raw.trim().is_empty() {
            self.end("head");
        }
        let text = decode(raw, false);
        let parent = self.current();
        // Merge with a preceding text sibling so one run of text is one node.
        if let Some(&last) = self.dom.nodes.get(parent).and_then(|n| n.children.last())
            && let Some(NodeKind::Text(t)) = self.dom.nodes.get_mut(last).map(|n| &mut n.kind)
        {
            t.push_str(&text);
            return;
        }
        self.dom.push(parent, NodeKind::Text(text.into_owned()));
    }

    /// Opens an element; returns its id (also for void elements, which are not left open).
    fn start(&mut self, element: Element, self_closing: bool) -> Option<NodeId> {
        let tag = &*element.tag;
        // What may not sit in `<head>` ends it, `</head>` or not (HTML's "in head" rules).
        if self.in_head
            && !matches!(
                tag,
                "meta" | "link" | "title" | "style" | "script" | "noscript" | "base" | "template"
            )
        {
            self.end("head");
        }
        if tag == "head" {
            self.in_head = true;
        }
        self.imply_end_tags(tag);
        let void = self_closing || is_void(tag);
        let parent = self.current();
        let id = self.dom.push(parent, NodeKind::Element(element));
        if !void && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
        Some(id)
    }

    fn imply_end_tags(&mut self, tag: &str) {
        let closes: &[&str] = match tag {
            "li" => &["li"],
            "dt" | "dd" => &["dt", "dd"],
            "tr" => &["tr", "td", "th"],
            "td" | "th" => &["td", "th"],
            "option" => &["option"],
            "thead" | "tbody" | "tfoot" => &["thead", "tbody", "tfoot", "tr", "td", "th"],
            _ => &[],
        };
        if closes_p(tag) {
            self.close_in_scope(&["p"]);
        }
        if !closes.is_empty() {
            self.close_in_scope(closes);
        }
    }

    /// Pops up to and including the nearest open element named in `tags`, unless a scope
    /// boundary comes first.
    fn close_in_scope(&mut self, tags: &[&str]) {
        for depth in (1..self.stack.len()).rev() {
            let tag = self.dom.tag(self.stack[depth]);
            if tags.contains(&tag) {
                self.stack.truncate(depth);
                return;
            }
            if is_scope(tag) {
                return;
            }
        }
    }

    fn end(&mut self, tag: &str) {
        if tag == "head" {
            self.in_head = false;
        }
        // Search the open elements from the top; an end tag that matches none is ignored.
        let limit = self.stack.len().saturating_sub(64).max(1);
        for depth in (limit..self.stack.len()).rev() {
            if self.dom.tag(self.stack[depth]) == tag {
                self.stack.truncate(depth);
                return;
            }
        }
    }
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|i| from + i)
}

fn skip_past(bytes: &[u8], from: usize, b: u8) -> usize {
    memchr::memchr(b, bytes.get(from..).unwrap_or_default()).map_or(bytes.len(), |i| from + i + 1)
}

fn starts_with_ci(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes.iter().zip(prefix).all(|(a, b)| a.eq_ignore_ascii_case(b))
}

fn name_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(&c) = bytes.get(i) {
        if c.is_ascii_whitespace() || c == b'/' || c == b'>' {
            break;
        }
        i += 1;
    }
    i
}

/// Finds `</tag` (case-insensitive) at or after `from`; the input's end when there is none.
fn find_end_tag(bytes: &[u8], from: usize, tag: &str) -> usize {
    let mut at = from;
    while let Some(i) = find(bytes, at, b"</") {
        let name = bytes.get(i + 2..i + 2 + tag.len()).unwrap_or_default();
        let after = bytes.get(i + 2 + tag.len()).copied();
        if name.eq_ignore_ascii_case(tag.as_bytes())
            && after.is_none_or(|c| c.is_ascii_whitespace() || c == b'>' || c == b'/')
        {
            return i;
        }
        at = i + 2;
    }
    bytes.len()
}

/// Parses a start tag whose name begins at `from`; returns the element, whether it ended in
/// `/>`, and the offset after the tag.
fn start_tag(html: &str, from: usize) -> (Element, bool, usize) {
    let bytes = html.as_bytes();
    let end = name_end(bytes, from);
    let tag = name(html.get(from..end).unwrap_or_default());
    let mut attrs: Vec<(Name, String)> = Vec::new();
    let mut i = end;
    let mut self_closing = false;
    loop {
        while bytes.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        match bytes.get(i) {
            None => break,
            Some(b'>') => {
                i += 1;
                break;
            }
            Some(b'/') => {
                self_closing = bytes.get(i + 1) == Some(&b'>');
                i += 1;
                continue;
            }
            _ => {}
        }
        let name_start = i;
        while let Some(&c) = bytes.get(i) {
            if c.is_ascii_whitespace() || c == b'=' || c == b'>' || (c == b'/' && i > name_start) {
                break;
            }
            i += 1;
        }
        if i == name_start {
            i += 1; // a stray character such as a lone `=`
            continue;
        }
        let raw_name = html.get(name_start..i).unwrap_or_default();
        let keep = is_kept_attr(raw_name)
            || raw_name.bytes().any(|b| b.is_ascii_uppercase())
                && is_kept_attr(&raw_name.to_ascii_lowercase());
        while bytes.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while bytes.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
                i += 1;
            }
            let (start, end) = match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let close = memchr::memchr(q, bytes.get(i + 1..).unwrap_or_default())
                        .map_or(bytes.len(), |j| i + 1 + j);
                    let span = (i + 1, close);
                    i = (close + 1).min(bytes.len());
                    span
                }
                _ => {
                    let start = i;
                    while bytes.get(i).is_some_and(|c| !c.is_ascii_whitespace() && *c != b'>') {
                        i += 1;
                    }
                    (start, i)
                }
            };
            value = Some((start, end));
        }
        if keep && attrs.len() < 64 && !attrs.iter().any(|(n, _)| n.eq_ignore_ascii_case(raw_name))
        {
            let value = value
                .map(|(a, b)| decode(html.get(a..b).unwrap_or_default(), true).into_owned())
                .unwrap_or_default();
            attrs.push((name(raw_name), value));
        }
    }
    (Element { tag, attrs }, self_closing, i.min(bytes.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(dom: &Dom, id: NodeId) -> String {
        let n = &dom.nodes[id];
        match &n.kind {
            NodeKind::Text(t) => t.clone(),
            NodeKind::Element(e) => {
                let inner: Vec<String> = n.children.iter().map(|&c| shape(dom, c)).collect();
                format!("<{}>{}</{}>", e.tag, inner.join(""), e.tag)
            }
            NodeKind::Document => n.children.iter().map(|&c| shape(dom, c)).collect(),
        }
    }

    #[test]
    fn builds_a_tree_with_implied_ends() {
        let dom = parse("<div class=a><p>One<p>Two &amp; three<ul><li>x<li>y</ul></div>");
        assert_eq!(
            shape(&dom, 0),
            "<div><p>One</p><p>Two & three</p><ul><li>x</li><li>y</li></ul></div>"
        );
        let (_, div) = dom.elements("div").next().unwrap();
        assert_eq!(div.attr("class"), Some("a"));
    }

    #[test]
    fn body_content_ends_an_unclosed_head() {
        let dom = parse("<html><head><title>t</title><meta charset=utf-8><body><p>text</p></html>");
        assert_eq!(
            shape(&dom, 0),
            "<html><head><title>t</title><meta></meta></head><body><p>text</p></body></html>"
        );
        let dom = parse("<head><link rel=x><div>text</div>");
        assert_eq!(shape(&dom, 0), "<head><link></link></head><div>text</div>");
    }

    #[test]
    fn keeps_script_whole_and_skips_comments() {
        let dom =
            parse("<p>a<!-- <p>no --></p><script>if (a<b) document.write('</p>')</script><p>b</p>");
        assert_eq!(
            shape(&dom, 0),
            "<p>a</p><script>if (a<b) document.write('</p>')</script><p>b</p>"
        );
    }

    #[test]
    fn attributes_quoted_unquoted_and_entities() {
        let dom = parse(
            r#"<meta property="og:title" content='Trump &amp; Putin'><a href=/x?a=1&copy=2 hidden>t</a>"#,
        );
        let (_, meta) = dom.elements("meta").next().unwrap();
        assert_eq!(meta.attr("content"), Some("Trump & Putin"));
        let (_, a) = dom.elements("a").next().unwrap();
        assert_eq!(a.attr("href"), Some("/x?a=1&copy=2"));
        assert_eq!(a.attr("hidden"), Some(""));
    }

    #[test]
    fn survives_broken_and_deep_markup() {
        for input in
            ["<", "<a", "<a b='", "</", "<!--", "<p>x</div></span>", "<![CDATA[x", "a < b > c"]
        {
            let _ = parse(input);
        }
        let deep = "<div>".repeat(100_000) + "deep";
        let dom = parse(&deep);
        assert!(dom.text_of(0).contains("deep"));
        assert_eq!(parse("a < b").text_of(0), "a < b");
    }
}
