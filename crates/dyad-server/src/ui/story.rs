//! A story: its time span and actors, the outlets that ran it, its articles with the copies
//! folded under each original, and the events its articles report.

use super::entity::event_item;
use super::html::{article_url, count, esc, link, page as frame, qs, web_url};
use super::{PageResult, render};
use crate::app::App;
use crate::error::ServeError;
use crate::params::RawQuery;
use axum::extract::{Path, State};
use dyad_store::{Filter, Snapshot, copy_groups};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Articles whose events are listed.
const EVENT_ARTICLES: usize = 40;

pub(super) async fn page(
    State(app): State<App>,
    Path(id): Path<String>,
    raw: RawQuery,
) -> PageResult {
    render(app, raw, &[], move |s, _| body(s, &id)).await
}

fn body(s: &Snapshot<'_>, id: &str) -> Result<String, ServeError> {
    let c = s.catalog();
    let Some((story, articles)) = c.story(id)? else {
        return Err(ServeError::NotFound(format!("no story {id:?} in this store")));
    };
    let groups = copy_groups(&articles);
    let mut b = String::new();
    let _ = write!(
        b,
        r#"<div class="storypage"><header><h1>{}</h1><p class="meta"><time>{}</time> – <time>{}</time> · {} · {}</p>"#,
        esc(&story.title),
        esc(story.first.as_deref().unwrap_or("?")),
        esc(story.last.as_deref().unwrap_or("?")),
        count(articles.len() as u64, "article", "articles"),
        count(groups.len() as u64, "original", "originals"),
    );
    if !story.actors.is_empty() {
        let actors: Vec<String> = story
            .actors
            .iter()
            .map(|a| link(&format!("/entities{}", qs(&[("q", a)])), a))
            .collect();
        let _ = write!(b, r#"<p class="actors">Actors: {}</p>"#, actors.join(", "));
    }
    let mut outlets: BTreeMap<&str, u64> = BTreeMap::new();
    for a in &articles {
        *outlets.entry(a.source.as_deref().unwrap_or("unknown outlet")).or_default() += 1;
    }
    let mut outlets: Vec<(&str, u64)> = outlets.into_iter().collect();
    outlets.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    b.push_str(r#"<ul class="chips outlets" id="outlets">"#);
    for (o, n) in &outlets {
        let _ = write!(
            b,
            r#"<li><a href="/search{}">{}</a> <span class="n">{n}</span></li>"#,
            esc(&qs(&[("story", id), ("outlet", o), ("copies", "1")])),
            esc(o)
        );
    }
    b.push_str("</ul></header>");

    b.push_str(r#"<section id="articles"><h2>Articles</h2><ol class="plain groups">"#);
    for g in &groups {
        let a = &g.canonical;
        let _ = write!(
            b,
            r#"<li class="group"><h3>{}</h3><p class="meta">{} · <time>{}</time></p>"#,
            link(&article_url(a.id.as_str()), a.title.as_deref().unwrap_or("(no headline)")),
            esc(a.source.as_deref().unwrap_or("unknown outlet")),
            esc(a.published.as_deref().unwrap_or("undated")),
        );
        if !g.copies.is_empty() {
            let _ = write!(
                b,
                r#"<details class="copies" open><summary>{} folded, in {}</summary><ul class="plain">"#,
                count(g.copies.len() as u64, "copy", "copies"),
                esc(&g.outlets.join(", "))
            );
            for cp in &g.copies {
                let original = cp
                    .url
                    .as_deref()
                    .and_then(web_url)
                    .map(|u| format!(r#" · <a href="{}" rel="nofollow noopener noreferrer" target="_blank">original page</a>"#, esc(u)))
                    .unwrap_or_default();
                let _ = write!(
                    b,
                    r#"<li>{} · <time>{}</time> · {}{original}</li>"#,
                    esc(cp.source.as_deref().unwrap_or("unknown outlet")),
                    esc(cp.published.as_deref().unwrap_or("undated")),
                    link(
                        &article_url(cp.id.as_str()),
                        cp.title.as_deref().unwrap_or(cp.id.as_str())
                    ),
                );
            }
            b.push_str("</ul></details>");
        }
        b.push_str("</li>");
    }
    b.push_str("</ol></section>");

    // The events of the originals, one line per real-world event.
    let mut seen = BTreeSet::new();
    let mut events = Vec::new();
    for g in groups.iter().take(EVENT_ARTICLES) {
        let f =
            Filter { article: Some(g.canonical.id.to_string()), limit: 200, ..Filter::default() };
        for e in c.events(&f)? {
            if seen.insert(e.key.clone()) {
                events.push(e);
            }
        }
    }
    events.sort_by(|x, y| (x.date.is_none(), &x.date).cmp(&(y.date.is_none(), &y.date)));
    if !events.is_empty() {
        let _ = write!(
            b,
            r#"<section id="events"><h2>Events <span class="n">{}</span></h2><ol class="plain events">"#,
            events.len()
        );
        for e in &events {
            b.push_str(&event_item(e));
        }
        b.push_str("</ol></section>");
    }
    b.push_str("</div>");
    Ok(frame(&story.title, "", &b))
}
