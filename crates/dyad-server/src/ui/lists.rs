//! The lists: actors (by mentions, with a name filter and kinds) and stories (latest first).

use super::html::{count, entity_url, esc, link, page as frame, qs, story_url, thousands};
use super::{PageResult, render};
use crate::app::App;
use crate::error::ServeError;
use crate::params::{Args, RawQuery};
use axum::extract::State;
use dyad_store::{Filter, Snapshot};
use std::fmt::Write;

const PAGE: usize = 50;
const KINDS: [&str; 4] = ["person", "organisation", "country", "place"];

pub(super) async fn entities(State(app): State<App>, raw: RawQuery) -> PageResult {
    render(app, raw, &["q", "kind", "offset"], entities_body).await
}

pub(super) async fn stories(State(app): State<App>, raw: RawQuery) -> PageResult {
    render(app, raw, &["q", "offset"], stories_body).await
}

/// "Previous" and "next" links for a list at `offset` that showed `shown` rows.
fn pager(b: &mut String, base: &str, params: &[(&str, &str)], offset: usize, shown: usize) {
    if offset == 0 && shown < PAGE {
        return;
    }
    b.push_str(r#"<nav class="pages">"#);
    let at = |o: usize| {
        let o = o.to_string();
        let mut p: Vec<(&str, &str)> = params.to_vec();
        p.push(("offset", if o == "0" { "" } else { &o }));
        format!("{base}{}", qs(&p))
    };
    if offset > 0 {
        let _ = write!(
            b,
            r#"<a rel="prev" href="{}">← Previous</a>"#,
            esc(&at(offset.saturating_sub(PAGE)))
        );
    }
    let _ = write!(
        b,
        "<span>{}–{}</span>",
        thousands(offset as u64 + 1),
        thousands((offset + shown) as u64)
    );
    if shown == PAGE {
        let _ = write!(b, r#"<a rel="next" href="{}">Next →</a>"#, esc(&at(offset + PAGE)));
    }
    b.push_str("</nav>");
}

fn entities_body(s: &Snapshot<'_>, args: &Args) -> Result<String, ServeError> {
    let (_, offset) = args.page(PAGE, crate::params::MAX_LISTING_OFFSET)?;
    let q = args.get("q").unwrap_or_default();
    let kind = args.get("kind").filter(|k| KINDS.contains(&k.as_str()));
    let f = Filter {
        actor: Some(q.clone()).filter(|q| !q.is_empty()),
        kind: kind.clone(),
        limit: PAGE,
        offset,
        ..Filter::default()
    };
    let rows = s.catalog().entities(&f)?;
    let mut b = String::from(r#"<div class="listpage"><h1>Actors</h1>"#);
    let _ = write!(
        b,
        r#"<form class="refine" action="/entities" method="get"><input type="search" name="q" value="{}" placeholder="Part of a name, or a code (RUSGOV)" aria-label="Filter actors">"#,
        esc(&q)
    );
    b.push_str(r#"<select name="kind" aria-label="Kind"><option value="">All kinds</option>"#);
    for k in KINDS {
        let sel = if kind.as_deref() == Some(k) { " selected" } else { "" };
        let _ = write!(b, r#"<option value="{k}"{sel}>{k}</option>"#);
    }
    b.push_str(r#"</select><button type="submit">Filter</button></form>"#);
    b.push_str(r#"<table class="list"><thead><tr><th>Name</th><th>Kind</th><th>Code</th><th class="num">Mentions</th><th class="num">Articles</th></tr></thead><tbody>"#);
    for e in &rows {
        let _ = write!(
            b,
            r#"<tr><td>{}</td><td><span class="kind k-{k}">{k}</span></td><td>{}</td><td class="num">{}</td><td class="num">{}</td></tr>"#,
            link(&entity_url(&e.id), &e.name),
            esc(e.actor_code.as_deref().unwrap_or("")),
            thousands(e.mentions),
            thousands(e.articles),
            k = esc(&e.kind),
        );
    }
    b.push_str("</tbody></table>");
    if rows.is_empty() {
        b.push_str(r#"<p class="empty">No actor matches.</p>"#);
    }
    pager(
        &mut b,
        "/entities",
        &[("q", &q), ("kind", kind.as_deref().unwrap_or(""))],
        offset,
        rows.len(),
    );
    b.push_str("</div>");
    Ok(frame("Actors", "", &b))
}

fn stories_body(s: &Snapshot<'_>, args: &Args) -> Result<String, ServeError> {
    let (_, offset) = args.page(PAGE, crate::params::MAX_LISTING_OFFSET)?;
    let q = args.get("q").unwrap_or_default();
    let f = Filter {
        text: Some(q.clone()).filter(|q| !q.is_empty()),
        limit: PAGE,
        offset,
        ..Filter::default()
    };
    let rows = s.catalog().stories(&f)?;
    let mut b = String::from(r#"<div class="listpage"><h1>Stories</h1>"#);
    let _ = write!(
        b,
        r#"<form class="refine" action="/stories" method="get"><input type="search" name="q" value="{}" placeholder="Words in the title or an actor" aria-label="Filter stories"><button type="submit">Filter</button></form><ol class="plain storylist">"#,
        esc(&q)
    );
    for st in &rows {
        let _ = write!(
            b,
            r#"<li><h3>{}</h3><p class="meta"><time>{}</time> – <time>{}</time> · {} · {}</p></li>"#,
            link(&story_url(st.id.as_str()), &st.title),
            esc(st.first.as_deref().unwrap_or("?")),
            esc(st.last.as_deref().unwrap_or("?")),
            count(u64::from(st.articles), "article", "articles"),
            esc(&st.actors.join(", ")),
        );
    }
    b.push_str("</ol>");
    if rows.is_empty() {
        b.push_str(r#"<p class="empty">No story matches.</p>"#);
    }
    pager(&mut b, "/stories", &[("q", &q)], offset, rows.len());
    b.push_str("</div>");
    Ok(frame("Stories", "", &b))
}
