//! Page metadata: title, publication date, author, site name, canonical URL and language,
//! from meta tags, JSON-LD, `<time>`, the URL path and the visible byline.

use crate::html::{Dom, NodeKind};
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
pub(crate) fn page_meta(dom: &Dom) -> PageMeta {
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
    let ld = json_ld_article(dom);
    let ld_str = |key: &str| ld.as_ref().and_then(|v| v.get(key)).and_then(value_text);

    m.html_title =
        dom.elements("title").next().map(|(id, _)| dom.text_of(id)).filter(|t| !t.is_empty());
    m.headline_h1 = dom
        .elements("h1")
        .map(|(id, _)| dom.text_of(id))
        .find(|t| t.split_whitespace().count() >= 2);
    m.site_name = meta(&["og:site_name", "application-name", "twitter:site"])
        .or_else(|| {
            ld.as_ref()
                .and_then(|v| v.get("publisher"))
                .and_then(|p| p.get("name"))
                .and_then(value_text)
        })
        .map(|s| s.trim_start_matches('@').to_owned());
    let og_title = meta(&[
        "og:title",
        "twitter:title",
        "headline",
        "dc.title",
        "sailthru.title",
        "parsely-title",
    ]);
    m.title = pick_title(
        ld_str("headline"),
        og_title,
        m.headline_h1.clone(),
        m.html_title.clone(),
        m.site_name.as_deref(),
    );

    m.published = ld_str("datePublished")
        .and_then(|s| PartialDate::parse_text(&s))
        .or_else(|| {
            meta(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
                "published_time",
                "release_date",
                "og:article:published_time",
            ])
            .and_then(|s| PartialDate::parse_text(&s))
        })
        .or_else(|| {
            dom.elements("time").find_map(|(id, e)| {
                e.attr("datetime")
                    .and_then(PartialDate::parse_text)
                    .or_else(|| PartialDate::parse_text(&dom.text_of(id)))
            })
        });

    m.author = ld
        .as_ref()
        .and_then(|v| v.get("author"))
        .and_then(author_names)
        .or_else(|| {
            meta(&[
                "author",
                "article:author",
                "byl",
                "sailthru.author",
                "parsely-author",
                "dc.creator",
            ])
            .filter(|a| !a.starts_with("http"))
        })
        .or_else(|| {
            dom.nodes.iter().enumerate().find_map(|(i, n)| match &n.kind {
                NodeKind::Element(e)
                    if e.attr("rel") == Some("author") || e.attr("itemprop") == Some("author") =>
                {
                    Some(dom.text_of(i)).filter(|t| !t.is_empty() && t.len() < 100)
                }
                _ => None,
            })
        })
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
    m.lang = dom
        .elements("html")
        .next()
        .and_then(|(_, e)| e.attr("lang"))
        .and_then(|l| l.split(['-', '_']).next())
        .map(str::to_ascii_lowercase)
        .filter(|l| l.len() == 2);
    m
}

/// The best headline: the JSON-LD or Open Graph headline, else the `<h1>`, else the
/// `<title>` with the site name cut off. A candidate that carries the site name is trimmed.
fn pick_title(
    ld: Option<String>,
    og: Option<String>,
    h1: Option<String>,
    html: Option<String>,
    site: Option<&str>,
) -> Option<String> {
    let candidate = ld.or(og).or_else(|| h1.clone()).or(html)?;
    let trimmed = strip_site_name(&candidate, site);
    // Prefer the h1 when the chosen title merely contains it with extra chrome.
    if let Some(h1) = h1
        && trimmed != h1
        && trimmed.contains(&h1)
    {
        return Some(h1);
    }
    Some(trimmed).filter(|t| !t.is_empty())
}

/// Cuts `| Site`, `- Site`, `— Site` or `Site: ` off a title when one side is the site name or
/// the title splits into a long part and a short one.
pub(crate) fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] {
        if let Some((left, right)) = title.rsplit_once(sep) {
            let (left, right) = (left.trim(), right.trim());
            let is_site = |s: &str| site.is_some_and(|n| s.eq_ignore_ascii_case(n.trim()));
            // A bar almost always separates the site; a dash may be part of the headline.
            let bar = matches!(sep, " | " | " :: " | " · " | " » ");
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
    let a = a.trim();
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

fn author_names(v: &Value) -> Option<String> {
    let names: Vec<String> = match v {
        Value::Array(a) => a.iter().filter_map(value_text).collect(),
        other => value_text(other).into_iter().collect(),
    };
    (!names.is_empty()).then(|| names.join(", "))
}

/// The first JSON-LD object whose `@type` is an article kind (searching arrays and `@graph`).
fn json_ld_article(dom: &Dom) -> Option<Value> {
    for (id, e) in dom.elements("script") {
        if !e.attr("type").is_some_and(|t| t.contains("ld+json")) {
            continue;
        }
        let Some(NodeKind::Text(raw)) = dom.nodes[id].children.first().map(|&c| &dom.nodes[c].kind)
        else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<Value>(raw.trim()) else { continue };
        if let Some(found) = find_article(&v, 0) {
            return Some(found.clone());
        }
    }
    None
}

fn find_article(v: &Value, depth: usize) -> Option<&Value> {
    if depth > 8 {
        return None;
    }
    match v {
        Value::Array(a) => a.iter().find_map(|x| find_article(x, depth + 1)),
        Value::Object(o) => {
            let is_article = match o.get("@type") {
                Some(Value::String(t)) => {
                    t.contains("Article") || t == "BlogPosting" || t == "Report"
                }
                Some(Value::Array(ts)) => ts.iter().any(|t| {
                    t.as_str().is_some_and(|t| t.contains("Article") || t == "BlogPosting")
                }),
                _ => false,
            };
            if is_article {
                return Some(v);
            }
            o.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
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
        let m = page_meta(&parse(page));
        assert_eq!(m.title.as_deref(), Some("Talks resume in Geneva"));
        assert_eq!(m.published.map(|d| d.to_string()).as_deref(), Some("2019-03-13"));
        assert_eq!(m.author.as_deref(), Some("Ana Ruiz, Tom Berg"));
        assert_eq!(m.site_name.as_deref(), Some("The Meridian Post"));
        assert_eq!(m.lang.as_deref(), Some("en"));
        assert_eq!(m.url.as_deref(), Some("https://meridianpost.example/world/2019/03/13/talks"));
    }

    #[test]
    fn title_falls_back_to_html_title_without_site() {
        let m = page_meta(&parse(
            "<title>Kremlin sees cautious optimism - Daily Ledger</title><p>x</p>",
        ));
        assert_eq!(m.title.as_deref(), Some("Kremlin sees cautious optimism"));
        assert_eq!(
            strip_site_name("Daily Ledger | Kremlin sees cautious optimism", Some("Daily Ledger")),
            "Kremlin sees cautious optimism"
        );
        assert_eq!(strip_site_name("Trump - Putin talks", None), "Trump - Putin talks");
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
