//! An entity: who or what it is, the words used for it, mentions over time, what it said,
//! what it did and what was done to it, and the actors around it.

use super::chart::month_bars;
use super::html::{
    article_url, count, enc, entity_url, esc, link, page as frame, qs, timeline_url,
};
use super::{PageResult, render};
use crate::app::App;
use crate::error::ServeError;
use crate::params::RawQuery;
use axum::extract::{Path, State};
use dyad_store::{ActorRef, EventRow, Filter, Snapshot};
use std::fmt::Write;

/// Quotes and events shown on the page (the search and the timeline have the rest).
const SHOWN: usize = 20;

pub(super) async fn page(
    State(app): State<App>,
    Path(id): Path<String>,
    raw: RawQuery,
) -> PageResult {
    render(app, raw, &[], move |s, _| body(s, &id)).await
}

fn actor(a: &Option<ActorRef>) -> String {
    match a {
        Some(ActorRef { name, entity: Some(e), .. }) => link(&entity_url(e), name),
        Some(a) => esc(&a.name),
        None => "—".into(),
    }
}

/// One event report as a list item.
pub(super) fn event_item(e: &EventRow) -> String {
    let mut flags = String::new();
    for (on, name) in
        [(e.negated, "negated"), (e.hypothetical, "hypothetical"), (e.future, "planned")]
    {
        if on {
            let _ = write!(flags, r#" <span class="flag">{name}</span>"#);
        }
    }
    format!(
        r##"<li><time>{}</time> <span class="chip q{}">{}</span> {} → {}: {}{flags} <a class="src" href="{}#ev-{}" title="{}">{}</a></li>"##,
        esc(e.date.as_deref().unwrap_or("undated")),
        e.quad_class,
        esc(e.plover.as_deref().unwrap_or(&e.cameo)),
        actor(&e.source),
        actor(&e.target),
        esc(&e.cameo_name),
        esc(&article_url(e.article.as_str())),
        enc(&e.id),
        esc(&e.sentence),
        esc(e.outlet.as_deref().unwrap_or("source")),
    )
}

fn body(s: &Snapshot<'_>, id: &str) -> Result<String, ServeError> {
    let c = s.catalog();
    let Some(d) = c.entity(id)? else {
        return Err(ServeError::NotFound(format!("no entity {id:?} in this store")));
    };
    let e = &d.entity;
    let mut b = String::new();
    let _ = write!(
        b,
        r#"<div class="entitypage"><header class="entityhead"><h1>{}</h1><p class="meta"><span class="kind k-{k}">{k}</span>"#,
        esc(&e.name),
        k = esc(&e.kind)
    );
    for (label, v) in [("role", &e.role), ("actor code", &e.actor_code), ("country", &e.country)] {
        if let Some(v) = v {
            let _ = write!(b, r#" · <span title="{label}">{}</span>"#, esc(v));
        }
    }
    let _ = write!(
        b,
        r#"</p><p class="counts">{} in {} · {} · {} as source, {} as target</p>"#,
        count(e.mentions, "mention", "mentions"),
        count(e.articles, "article", "articles"),
        count(d.quotes, "quote", "quotes"),
        d.events_as_source,
        d.events_as_target
    );
    let aliases: Vec<String> = d
        .aliases
        .iter()
        .filter(|a| a.name != e.name)
        .take(10)
        .map(|a| format!("{} <span class=\"n\">{}</span>", esc(&a.name), a.count))
        .collect();
    if !aliases.is_empty() {
        let _ = write!(b, r#"<p class="aliases">Also written as: {}</p>"#, aliases.join(", "));
    }
    let _ = write!(
        b,
        r#"<p class="actions">{} {} {}</p></header>"#,
        link(&format!("/search{}", qs(&[("entity", id)])), "Articles naming them"),
        link(
            &format!("/search{}", qs(&[("kind", "quote"), ("speaker", id)])),
            "Search their quotes"
        ),
        link(&timeline_url(id, None), "Their timeline"),
    );

    b.push_str(r#"<div class="columns"><div class="main">"#);
    let quotes =
        c.quotes(&Filter { actor: Some(id.to_owned()), limit: SHOWN, ..Filter::default() })?;
    let _ =
        write!(b, r#"<section id="quotes"><h2>Quotes <span class="n">{}</span></h2>"#, d.quotes);
    if quotes.is_empty() {
        b.push_str(r#"<p class="empty">No quotes by them.</p>"#);
    }
    b.push_str(r#"<ol class="plain quotes">"#);
    for q in &quotes {
        let _ = write!(
            b,
            r##"<li><blockquote><a href="{}#q-{}">{}</a></blockquote><p class="meta"><time>{}</time> · {} · {}</p></li>"##,
            esc(&article_url(q.article.as_str())),
            q.span[0],
            esc(&q.text),
            esc(q.published.as_deref().unwrap_or("undated")),
            esc(q.outlet.as_deref().unwrap_or("")),
            link(&article_url(q.article.as_str()), q.title.as_deref().unwrap_or("(no headline)")),
        );
    }
    b.push_str("</ol>");
    if d.quotes > quotes.len() as u64 {
        let _ = write!(
            b,
            r#"<p class="more">{}</p>"#,
            link(
                &format!(
                    "/search{}",
                    qs(&[("kind", "quote"), ("speaker", id), ("sort", "newest")])
                ),
                &format!("All {} quotes", d.quotes)
            )
        );
    }
    b.push_str("</section>");

    for (title, anchor, filter, n) in [
        (
            "What they did",
            "as-source",
            Filter { actor: Some(id.to_owned()), limit: SHOWN, ..Filter::default() },
            d.events_as_source,
        ),
        (
            "What was done to them",
            "as-target",
            Filter { other: Some(id.to_owned()), limit: SHOWN, ..Filter::default() },
            d.events_as_target,
        ),
    ] {
        let events = c.events(&filter)?;
        let _ = write!(b, r#"<section id="{anchor}"><h2>{title} <span class="n">{n}</span></h2>"#);
        if events.is_empty() {
            b.push_str(r#"<p class="empty">None found.</p>"#);
        } else {
            b.push_str(r#"<ol class="plain events">"#);
            for ev in &events {
                b.push_str(&event_item(ev));
            }
            b.push_str("</ol>");
        }
        if n > events.len() as u64 {
            let _ = write!(
                b,
                r#"<p class="more">{}</p>"#,
                link(&timeline_url(id, None), "The whole timeline")
            );
        }
        b.push_str("</section>");
    }
    b.push_str(r#"</div><aside class="side">"#);

    let months: Vec<(String, u64)> = d.months.iter().map(|m| (m.month.clone(), m.count)).collect();
    let chart = month_bars(&format!("Mentions of {} by month", e.name), &months, 360.0);
    if !chart.is_empty() {
        b.push_str(r#"<section class="panel" id="over-time"><h2>Mentions over time</h2>"#);
        b.push_str(&chart);
        b.push_str("</section>");
    }
    let partners = c.partners(id, 12)?;
    if !partners.is_empty() {
        b.push_str(r#"<section class="panel" id="partners"><h2>Timelines with</h2><ul class="plain rank">"#);
        for p in &partners {
            let other = p.id.as_deref().unwrap_or_default();
            let _ = write!(
                b,
                r#"<li>{}<span class="n">{}</span></li>"#,
                link(&timeline_url(id, Some(other)), &p.name),
                count(p.count, "event", "events")
            );
        }
        b.push_str("</ul></section>");
    }
    let co = c.co_mentions(id, 15)?;
    if !co.is_empty() {
        b.push_str(r#"<section class="panel" id="co-mentioned"><h2>Named alongside</h2><ul class="plain rank">"#);
        for p in &co {
            let _ = write!(
                b,
                r#"<li>{}<span class="n">{}</span></li>"#,
                link(&entity_url(p.id.as_deref().unwrap_or_default()), &p.name),
                count(p.count, "article", "articles")
            );
        }
        b.push_str("</ul></section>");
    }
    b.push_str("</aside></div></div>");
    Ok(frame(&e.name, "", &b))
}
