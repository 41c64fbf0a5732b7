//! The home page: what the store holds, and one click to the most quoted people, the busiest
//! relations, the latest stories and the most mentioned actors.

use super::html::{
    count, entity_url, esc, link, page as frame, story_url, thousands, timeline_url,
};
use super::{PageResult, render};
use crate::app::App;
use crate::error::ServeError;
use crate::params::{Args, RawQuery};
use axum::extract::State;
use dyad_core::EntityId;
use dyad_store::{Filter, Snapshot, Stats};
use std::fmt::Write;

pub(super) async fn page(State(app): State<App>, raw: RawQuery) -> PageResult {
    let cache = app.home();
    render(app, raw, &[], move |s, _: &Args| {
        let stats = s.catalog().stats()?;
        if let Ok(cached) = cache.lock()
            && let Some((at, page)) = cached.as_ref()
            && *at == stats
        {
            return Ok(page.clone());
        }
        let page = body(s, &stats)?;
        if let Ok(mut cached) = cache.lock() {
            *cached = Some((stats, page.clone()));
        }
        Ok(page)
    })
    .await
}

fn body(s: &Snapshot<'_>, st: &Stats) -> Result<String, ServeError> {
    let c = s.catalog();
    let mut b = String::new();
    b.push_str(r#"<section class="intro"><h1>What the news said, and who said it</h1>"#);
    if st.articles == 0 {
        b.push_str(r#"<p class="lede">This store is empty. Fill it with <code>dyad ingest PATH... --data DIR</code> (or try <code>dyad demo</code>), then serve that folder.</p></section>"#);
        return Ok(frame("Home", "", &b));
    }
    let _ = write!(
        b,
        r#"<p class="lede">{} ({} folded as copies) · {} · {} · {} · {}. Every quote and event links to the sentence it came from.</p>"#,
        count(st.articles, "article", "articles"),
        thousands(st.copies),
        count(st.entities, "actor", "actors"),
        count(st.quotes, "quote", "quotes"),
        count(st.events, "event", "events"),
        count(st.stories, "story", "stories"),
    );
    b.push_str(r#"<form class="bigsearch" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Words, &quot;a phrase&quot;, speaker:peskov …" aria-label="Search articles and quotes"><button type="submit">Search</button></form></section>"#);
    b.push_str(r#"<div class="cards">"#);

    b.push_str(r#"<section class="card" id="quoted"><h2>Most quoted</h2><ol class="rank">"#);
    for sp in c.speakers(8)? {
        let id = sp.id.unwrap_or_default();
        let _ = write!(
            b,
            r#"<li>{}<span class="n">{}</span></li>"#,
            link(&format!("{}#quotes", entity_url(&id)), &sp.name),
            count(sp.count, "quote", "quotes")
        );
    }
    b.push_str("</ol></section>");

    let dyads = c.dyads(8)?;
    if !dyads.is_empty() {
        b.push_str(r#"<section class="card" id="relations"><h2>Relations</h2><ol class="rank">"#);
        for d in dyads {
            let name = format!(
                "{} ↔ {}",
                d.a_name.as_deref().unwrap_or(&d.a),
                d.b_name.as_deref().unwrap_or(&d.b)
            );
            let _ = write!(
                b,
                r#"<li>{}<span class="n">{}</span></li>"#,
                link(&timeline_url(&d.a, Some(&d.b)), &name),
                count(d.events, "event", "events")
            );
        }
        b.push_str(r#"</ol><p class="more"><a href="/timeline">Any two actors…</a></p></section>"#);
    }

    b.push_str(
        r#"<section class="card" id="stories"><h2>Latest stories</h2><ol class="rank stack">"#,
    );
    for story in c.stories(&Filter { limit: 6, ..Filter::default() })? {
        let _ = write!(
            b,
            r#"<li>{}<span class="n">{} · {}</span></li>"#,
            link(&story_url(story.id.as_str()), &story.title),
            esc(story.last.as_deref().unwrap_or("undated")),
            count(u64::from(story.articles), "article", "articles")
        );
    }
    b.push_str(r#"</ol><p class="more"><a href="/stories">All stories</a></p></section>"#);

    b.push_str(r#"<section class="card" id="mentioned"><h2>Most mentioned</h2>"#);
    for (kind, heading) in [("person", "People"), ("organisation", "Organisations")] {
        let _ = write!(b, r#"<h3>{heading}</h3><ol class="rank">"#);
        // Named actors only: a descriptor group (`reporters`, `the Russian side`) is counted
        // as an entity but is nobody a reader would look up, so a few more rows are read.
        let f = Filter { kind: Some(kind.into()), limit: 20, ..Filter::default() };
        let named = c.entities(&f)?.into_iter().filter(|e| !EntityId::is_group_id(&e.id));
        for e in named.take(5) {
            let _ = write!(
                b,
                r#"<li>{}<span class="n">{}</span></li>"#,
                link(&entity_url(&e.id), &e.name),
                count(e.articles, "article", "articles"),
            );
        }
        b.push_str("</ol>");
    }
    b.push_str(r#"<p class="more"><a href="/entities">All actors</a></p></section>"#);
    b.push_str("</div>");
    Ok(frame("Home", "", &b))
}
