//! The search page: the query, its filters as removable chips, ranked hits with highlights,
//! facets that add a filter, and pages.

use super::html::{article_url, count, entity_url, esc, link, page as frame, qs, story_url};
use super::{PageResult, render};
use crate::app::App;
use crate::error::ServeError;
use crate::params::{Args, RawQuery, SEARCH};
use axum::extract::State;
use dyad_store::{HitKind, SearchOrder, SearchQuery, SearchResults, Snapshot, marked_html};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Hits per page.
const PAGE: usize = 20;
/// Facet values shown before "more".
const FACET_SHOWN: usize = 6;

pub(super) async fn page(State(app): State<App>, raw: RawQuery) -> PageResult {
    render(app, raw, SEARCH, body).await
}

/// The search as URL parameters, to link to it with one thing changed.
#[derive(Clone)]
struct Current {
    pairs: Vec<(&'static str, String)>,
}

impl Current {
    fn of(q: &SearchQuery) -> Current {
        let mut pairs: Vec<(&'static str, String)> = vec![("q", q.text.clone())];
        if let Some(k) = q.kind {
            pairs.push(("kind", k.as_str().into()));
        }
        for e in &q.entities {
            pairs.push(("entity", e.clone()));
        }
        for (name, v) in [
            ("speaker", &q.speaker),
            ("outlet", &q.outlet),
            ("story", &q.story),
            ("class", &q.class),
            ("from", &q.from),
            ("to", &q.to),
        ] {
            if let Some(v) = v {
                pairs.push((name, v.clone()));
            }
        }
        if q.copies {
            pairs.push(("copies", "1".into()));
        }
        if q.order == SearchOrder::Newest {
            pairs.push(("sort", "newest".into()));
        }
        Current { pairs }
    }

    fn url(&self) -> String {
        let pairs: Vec<(&str, &str)> = self.pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        format!("/search{}", qs(&pairs))
    }

    /// With `name=value` added (replacing a single-valued one).
    fn with(&self, name: &'static str, value: &str) -> String {
        let mut s = self.clone();
        if name != "entity" {
            s.pairs.retain(|(k, _)| *k != name);
        }
        s.pairs.push((name, value.to_owned()));
        s.url()
    }

    /// Without `name=value`.
    fn without(&self, name: &str, value: &str) -> String {
        let mut s = self.clone();
        s.pairs.retain(|(k, v)| !(*k == name && v == value));
        s.url()
    }

    /// At `offset`.
    fn at(&self, offset: usize) -> String {
        let mut s = self.clone();
        if offset > 0 {
            s.pairs.push(("offset", offset.to_string()));
        }
        s.url()
    }
}

fn body(s: &Snapshot<'_>, args: &Args) -> Result<String, ServeError> {
    // People see each article once, its copies folded under it, unless they ask.
    let q = args.search(PAGE, false)?;
    let results = s.search(&q)?;
    let state = Current::of(&q);
    // Names of the entities and story in the filters.
    let mut ids: Vec<String> = q.entities.clone();
    ids.extend(q.speaker.iter().cloned());
    ids.extend(q.story.iter().cloned());
    let names = s.catalog().names(&ids)?;

    let mut b = String::new();
    b.push_str(r#"<div class="searchpage">"#);
    form(&mut b, &q);
    chips(&mut b, &q, &state, &names);
    let what = if q.text.trim().is_empty() {
        String::new()
    } else {
        format!(" for <q>{}</q>", esc(&q.text))
    };
    let _ = write!(
        b,
        r#"<p class="count" id="count">{}{what}</p>"#,
        count(results.total, "result", "results")
    );
    for w in &results.warnings {
        let _ = write!(b, r#"<p class="warn">Part of the query was left out: {}</p>"#, esc(w));
    }
    b.push_str(r#"<div class="layout"><div class="results">"#);
    for h in &results.hits {
        hit(&mut b, h);
    }
    if results.hits.is_empty() {
        b.push_str(r#"<p class="empty">Nothing matches. Fewer words, or fewer filters, may help; <code>"a phrase"</code> matches words in order.</p>"#);
    }
    pages(&mut b, &q, &results, &state);
    b.push_str(r#"</div><aside class="facets">"#);
    facets(&mut b, &results, &state);
    b.push_str("</aside></div></div>");
    let title =
        if q.text.is_empty() { "Search".to_owned() } else { format!("{} – search", q.text) };
    Ok(frame(&title, &q.text, &b))
}

fn form(b: &mut String, q: &SearchQuery) {
    let _ = write!(
        b,
        r#"<form class="refine" action="/search" method="get"><input type="search" name="q" value="{}" aria-label="Search words" placeholder="Words, &quot;a phrase&quot;, -without, speaker:name">"#,
        esc(&q.text)
    );
    // Filters chosen from facets ride along.
    for e in &q.entities {
        let _ = write!(b, r#"<input type="hidden" name="entity" value="{}">"#, esc(e));
    }
    for (name, v) in
        [("speaker", &q.speaker), ("outlet", &q.outlet), ("story", &q.story), ("class", &q.class)]
    {
        if let Some(v) = v {
            let _ = write!(b, r#"<input type="hidden" name="{name}" value="{}">"#, esc(v));
        }
    }
    let sel = |on: bool| if on { " selected" } else { "" };
    let _ = write!(
        b,
        r#"<select name="kind" aria-label="What to find"><option value=""{}>Articles and quotes</option><option value="article"{}>Articles</option><option value="quote"{}>Quotes</option></select>"#,
        sel(q.kind.is_none()),
        sel(q.kind == Some(HitKind::Article)),
        sel(q.kind == Some(HitKind::Quote)),
    );
    let _ = write!(
        b,
        r#"<input class="date" name="from" value="{}" placeholder="from YYYY-MM-DD" aria-label="Published from" pattern="\d{{4}}(-\d{{2}}(-\d{{2}})?)?"><input class="date" name="to" value="{}" placeholder="to YYYY-MM-DD" aria-label="Published until" pattern="\d{{4}}(-\d{{2}}(-\d{{2}})?)?">"#,
        esc(q.from.as_deref().unwrap_or("")),
        esc(q.to.as_deref().unwrap_or("")),
    );
    let _ = write!(
        b,
        r#"<select name="sort" aria-label="Order"><option value="relevance"{}>Best match</option><option value="newest"{}>Newest</option></select><label class="check"><input type="checkbox" name="copies" value="1"{}> copies</label><button type="submit">Search</button></form>"#,
        sel(q.order == SearchOrder::Relevance),
        sel(q.order == SearchOrder::Newest),
        if q.copies { " checked" } else { "" },
    );
}

fn chips(b: &mut String, q: &SearchQuery, state: &Current, names: &BTreeMap<String, String>) {
    let name = |v: &str| names.get(v).cloned().unwrap_or_else(|| v.to_owned());
    let mut list: Vec<(&str, String, String)> = Vec::new();
    for e in &q.entities {
        list.push(("entity", e.clone(), format!("naming {}", name(e))));
    }
    if let Some(v) = &q.speaker {
        list.push(("speaker", v.clone(), format!("quoting {}", name(v))));
    }
    if let Some(v) = &q.outlet {
        list.push(("outlet", v.clone(), format!("in {v}")));
    }
    if let Some(v) = &q.story {
        list.push(("story", v.clone(), format!("story: {}", name(v))));
    }
    if let Some(v) = &q.class {
        list.push(("class", v.clone(), format!("events: {v}")));
    }
    if let Some(v) = &q.from {
        list.push(("from", v.clone(), format!("from {v}")));
    }
    if let Some(v) = &q.to {
        list.push(("to", v.clone(), format!("until {v}")));
    }
    if list.is_empty() {
        return;
    }
    b.push_str(r#"<ul class="chips">"#);
    for (param, value, label) in list {
        let _ = write!(
            b,
            r#"<li>{}<a class="x" href="{}" title="Remove this filter" aria-label="Remove filter {}">×</a></li>"#,
            esc(&label),
            esc(&state.without(param, &value)),
            esc(&label)
        );
    }
    b.push_str("</ul>");
}

fn hit(b: &mut String, h: &dyad_store::SearchHit) {
    let title = h.title.as_deref().unwrap_or("(no headline)");
    let mut meta: Vec<String> = Vec::new();
    if let Some(o) = &h.outlet {
        meta.push(esc(o));
    }
    if let Some(d) = &h.published {
        meta.push(format!("<time>{}</time>", esc(d)));
    }
    if h.kind == "quote" {
        let anchor = h.span.map(|[s, _]| format!("#q-{s}")).unwrap_or_default();
        let speaker = match (&h.speaker_entity, &h.speaker) {
            (Some(id), Some(name)) => link(&entity_url(id), name),
            (None, Some(name)) => esc(name),
            _ => "Someone".to_owned(),
        };
        let _ = write!(
            b,
            r#"<article class="hit quote"><h3>{speaker} <span class="said">said</span></h3><blockquote class="snippet"><a href="{}">{}</a></blockquote><p class="meta">{} · in {}</p></article>"#,
            esc(&format!("{}{anchor}", article_url(h.article.as_str()))),
            marked_html(&h.fragment, &h.highlights),
            meta.join(" · "),
            link(&article_url(h.article.as_str()), title),
        );
    } else {
        if h.copies > 0 {
            meta.push(count(h.copies, "copy elsewhere", "copies elsewhere"));
        }
        if let Some(st) = &h.story {
            meta.push(link(&story_url(st), "story"));
        }
        let _ = write!(
            b,
            r#"<article class="hit"><h3>{}</h3><p class="snippet">{}</p><p class="meta">{}</p></article>"#,
            link(&article_url(h.article.as_str()), title),
            marked_html(&h.fragment, &h.highlights),
            meta.join(" · "),
        );
    }
}

fn pages(b: &mut String, q: &SearchQuery, r: &SearchResults, state: &Current) {
    let limit = q.limit.max(1);
    let total = usize::try_from(r.total).unwrap_or(usize::MAX);
    if total <= limit {
        return;
    }
    b.push_str(r#"<nav class="pages" aria-label="Pages">"#);
    if q.offset > 0 {
        let _ = write!(
            b,
            r#"<a rel="prev" href="{}">← Previous</a>"#,
            esc(&state.at(q.offset.saturating_sub(limit)))
        );
    }
    let _ = write!(
        b,
        r#"<span>{}–{} of {}</span>"#,
        q.offset + 1,
        (q.offset + r.hits.len()).max(q.offset + 1),
        super::html::thousands(r.total)
    );
    let next = q.offset + limit;
    if next < total && next <= dyad_store::MAX_OFFSET {
        let _ = write!(b, r#"<a rel="next" href="{}">Next →</a>"#, esc(&state.at(next)));
    }
    b.push_str("</nav>");
}

fn facets(b: &mut String, r: &SearchResults, state: &Current) {
    for f in &r.facets {
        if f.values.is_empty() {
            continue;
        }
        let (title, param): (&str, &'static str) = match f.name.as_str() {
            "entity" => ("Naming", "entity"),
            "speaker" => ("Quoting", "speaker"),
            "outlet" => ("Outlet", "outlet"),
            "story" => ("Story", "story"),
            "class" => ("Event class", "class"),
            _ => continue,
        };
        let _ = write!(b, r#"<section class="facet"><h4>{title}</h4><ul>"#);
        let item = |v: &dyad_store::FacetValue| {
            format!(
                r#"<li><a href="{}">{}</a><span class="n">{}</span></li>"#,
                esc(&state.with(param, &v.value)),
                esc(v.label.as_deref().unwrap_or(&v.value)),
                v.count
            )
        };
        for v in f.values.iter().take(FACET_SHOWN) {
            b.push_str(&item(v));
        }
        b.push_str("</ul>");
        if f.values.len() > FACET_SHOWN {
            b.push_str(r#"<details><summary>More</summary><ul>"#);
            for v in f.values.iter().skip(FACET_SHOWN) {
                b.push_str(&item(v));
            }
            b.push_str("</ul></details>");
        }
        b.push_str("</section>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_change_one_filter() {
        let q = SearchQuery {
            text: "arms".into(),
            entities: vec!["person/a".into()],
            outlet: Some("Wire".into()),
            ..SearchQuery::default()
        };
        let s = Current::of(&q);
        assert_eq!(s.url(), "/search?q=arms&entity=person%2Fa&outlet=Wire");
        assert_eq!(s.with("outlet", "Post"), "/search?q=arms&entity=person%2Fa&outlet=Post");
        assert_eq!(
            s.with("entity", "person/b"),
            "/search?q=arms&entity=person%2Fa&outlet=Wire&entity=person%2Fb"
        );
        assert_eq!(s.without("entity", "person/a"), "/search?q=arms&outlet=Wire");
        assert_eq!(s.at(20), "/search?q=arms&entity=person%2Fa&outlet=Wire&offset=20");
    }
}
