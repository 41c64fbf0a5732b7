//! HTML building blocks: escaping, URLs, the page frame. Every piece of stored text goes
//! through [`esc`] (or [`dyad_store::marked_html`]) on its way into a page; URLs are built
//! from percent-encoded parts.

use std::fmt::Write;

/// `s` with the five HTML-special characters escaped: safe in element content and in quoted
/// attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` percent-encoded as one URL component: only RFC 3986's unreserved characters stay.
pub(crate) fn enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// An id that may hold `/` (entity ids: `person/vladimir_putin`) as a URL path, each segment
/// encoded.
pub(crate) fn enc_path(s: &str) -> String {
    s.split('/').map(enc).collect::<Vec<_>>().join("/")
}

/// A query string of the pairs whose value is not empty: `?a=1&b=x%20y`, or nothing.
pub(crate) fn qs(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect();
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

/// The page of an article.
pub(crate) fn article_url(id: &str) -> String {
    format!("/articles/{}", enc_path(id))
}

/// The page of an entity.
pub(crate) fn entity_url(id: &str) -> String {
    format!("/entities/{}", enc_path(id))
}

/// The page of a story.
pub(crate) fn story_url(id: &str) -> String {
    format!("/stories/{}", enc(id))
}

/// The timeline of `a` (with `b`, either direction).
pub(crate) fn timeline_url(a: &str, b: Option<&str>) -> String {
    format!("/timeline{}", qs(&[("a", a), ("b", b.unwrap_or(""))]))
}

/// `url` when it is a web address a link may point at (http or https), else nothing: stored
/// URLs come from the pages themselves.
pub(crate) fn web_url(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(url)
}

/// `<a href="url">text</a>`, text escaped.
pub(crate) fn link(url: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(url), esc(text))
}

/// A count with its noun, singular or plural (`1 article`, `3 articles`).
pub(crate) fn count(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// `12345` as `12,345`.
pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A whole page: the frame (header with the search box, navigation, footer) around `body`.
/// `q` refills the search box.
pub(crate) fn page(title: &str, q: &str, body: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · dyad</title>
<link rel="stylesheet" href="/static/dyad.css">
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<script src="/static/dyad.js" defer></script>
</head>
<body>
<header class="top">
<a class="brand" href="/" title="dyad: home"><img src="/static/icon.svg" alt="" width="24" height="24">dyad</a>
<form class="qbox" action="/search" method="get" role="search">
<input type="search" name="q" value="{q}" placeholder="Search articles and quotes" aria-label="Search articles and quotes" autocomplete="off">
<button type="submit">Search</button>
</form>
<nav class="nav"><a href="/stories">Stories</a><a href="/entities">Actors</a><a href="/timeline">Timelines</a></nav>
</header>
<main>
{body}
</main>
<footer class="foot">dyad — every fact links to the sentence it came from · <a href="/api">JSON API</a> · <a href="/api/openapi.json">OpenAPI</a></footer>
</body>
</html>
"#,
        title = esc(title),
        q = esc(q),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_content_and_attributes() {
        assert_eq!(
            esc(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn urls_are_encoded_by_part() {
        assert_eq!(enc("a b/c?d&é"), "a%20b%2Fc%3Fd%26%C3%A9");
        assert_eq!(entity_url("person/vladimir putin"), "/entities/person/vladimir%20putin");
        assert_eq!(article_url("wire.jsonl:3"), "/articles/wire.jsonl%3A3");
        assert_eq!(
            qs(&[("q", "arms control"), ("kind", ""), ("a", "x\"y")]),
            "?q=arms%20control&a=x%22y"
        );
        assert_eq!(qs(&[("q", "")]), "");
        assert_eq!(timeline_url("USA", Some("RUS")), "/timeline?a=USA&b=RUS");
    }

    #[test]
    fn only_web_urls_are_linked() {
        assert_eq!(web_url("https://example.org/x"), Some("https://example.org/x"));
        assert_eq!(web_url("HTTP://example.org"), Some("HTTP://example.org"));
        assert_eq!(web_url("javascript:alert(1)"), None);
        assert_eq!(web_url("data:text/html,<script>"), None);
        assert_eq!(web_url("//evil.example"), None);
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(999), "999");
        assert_eq!(count(1, "article", "articles"), "1 article");
        assert_eq!(count(2000, "article", "articles"), "2,000 articles");
    }
}
