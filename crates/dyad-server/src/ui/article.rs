//! An article: its clean text with entity mentions, quotes, event triggers and dates marked
//! from their spans, each linked (a mention to its entity, a quote to its speaker, an event to
//! the timeline of its two sides), and beside it the lists of each layer.

use super::html::{
    article_url, entity_url, esc, link, page as frame, story_url, timeline_url, web_url,
};
use super::markup::{Mark, render as markup};
use super::{PageResult, render};
use crate::app::App;
use crate::error::ServeError;
use crate::params::RawQuery;
use axum::extract::{Path, State};
use dyad_core::{AnalysisRecord, EventRecord, ParticipantRecord};
use dyad_store::Snapshot;
use std::fmt::Write;

pub(super) async fn page(
    State(app): State<App>,
    Path(id): Path<String>,
    raw: RawQuery,
) -> PageResult {
    render(app, raw, &[], move |s, _| body(s, &id)).await
}

/// A side of an event as a timeline parameter: its entity id, else its name.
fn side(p: &Option<ParticipantRecord>) -> Option<String> {
    p.as_ref().map(|p| p.entity.as_ref().map_or_else(|| p.name.clone(), |e| e.to_string()))
}

fn side_name(p: &Option<ParticipantRecord>) -> &str {
    p.as_ref().map_or("—", |p| p.name.as_str())
}

/// The event's one-line description: `Donald Trump → Vladimir Putin: Consult`.
fn event_line(e: &EventRecord) -> String {
    let mut flags = Vec::new();
    if e.negated {
        flags.push("negated");
    }
    if e.hypothetical {
        flags.push("hypothetical");
    }
    if e.future {
        flags.push("planned");
    }
    format!(
        "{} → {}: {}{}",
        side_name(&e.source),
        side_name(&e.target),
        e.cameo_name,
        if flags.is_empty() { String::new() } else { format!(" [{}]", flags.join(", ")) }
    )
}

fn event_href(e: &EventRecord) -> Option<String> {
    match (side(&e.source), side(&e.target)) {
        (Some(a), b) => Some(timeline_url(&a, b.as_deref())),
        (None, Some(b)) => Some(timeline_url(&b, None)),
        (None, None) => None,
    }
}

/// The marks of every layer.
fn marks(rec: &AnalysisRecord) -> Vec<Mark> {
    let mut out = Vec::new();
    for q in &rec.quotes {
        let who = q.speaker.as_deref().unwrap_or("an unknown speaker");
        let after = q.speaker_entity.as_ref().map(|e| {
            format!(
                r#"<a class="qtag" href="{}" title="Quote by {}" aria-label="Quote by {}">❞</a>"#,
                esc(&format!("{}#quotes", entity_url(e.as_str()))),
                esc(who),
                esc(who)
            )
        });
        out.push(Mark {
            span: q.span,
            rank: 0,
            class: if q.direct { "qt".into() } else { "qt indirect".into() },
            title: Some(format!("{} quote by {who}", if q.direct { "Direct" } else { "Reported" })),
            id: Some(format!("q-{}", q.span[0])),
            after,
            ..Mark::default()
        });
    }
    for e in &rec.events {
        let mut class = format!("ev q{}", e.quad_class);
        if e.negated || e.hypothetical {
            class.push_str(" unreal");
        }
        out.push(Mark {
            span: e.trigger_span,
            rank: 1,
            class,
            href: event_href(e),
            title: Some(format!(
                "{}{} · CAMEO {}{}",
                e.plover.as_ref().map(|p| format!("{p} · ")).unwrap_or_default(),
                event_line(e),
                e.cameo,
                e.date.map(|d| format!(" · {d}")).unwrap_or_default()
            )),
            id: Some(format!("ev-{}", e.id)),
            ..Mark::default()
        });
    }
    for m in &rec.entities {
        let code = m.actor_code.as_ref().map(|c| format!(" · {c}")).unwrap_or_default();
        out.push(Mark {
            span: m.span,
            rank: 2,
            class: format!("m k-{}", m.entity_kind.as_str()),
            href: Some(entity_url(m.entity.as_str())),
            title: Some(format!("{} · {}{code}", m.name, m.entity_kind.as_str())),
            entity: Some(m.entity.to_string()),
            ..Mark::default()
        });
    }
    for t in &rec.times {
        out.push(Mark {
            span: t.span,
            rank: 3,
            class: "tm".into(),
            title: t.value.map(|v| format!("Date: {v}")),
            ..Mark::default()
        });
    }
    out
}

fn body(s: &Snapshot<'_>, id: &str) -> Result<String, ServeError> {
    let c = s.catalog();
    let (Some(rec), Some(row)) = (c.article(id)?, c.article_row(id)?) else {
        return Err(ServeError::NotFound(format!("no article {id:?} in this store")));
    };
    let a = &rec.article;
    let title = a.title.clone().unwrap_or_else(|| "(no headline)".into());
    let mut b = String::new();
    b.push_str(r#"<div class="articlepage"><article class="reader">"#);
    let _ = write!(b, "<h1>{}</h1>", esc(&title));
    let mut meta: Vec<String> = Vec::new();
    if let Some(o) = &a.source {
        meta.push(format!(r#"<span class="outlet">{}</span>"#, esc(o)));
    }
    if let Some(d) = &a.published {
        meta.push(format!("<time>{d}</time>"));
    }
    if let Some(au) = &a.author {
        meta.push(format!("by {}", esc(au)));
    }
    if let Some(dl) = &a.dateline {
        meta.push(esc(dl));
    }
    let _ = write!(b, r#"<p class="meta">{}</p>"#, meta.join(" · "));
    b.push_str(r#"<ul class="legend"><li><span class="swatch k-person"></span>person</li><li><span class="swatch k-organisation"></span>organisation</li><li><span class="swatch k-country"></span>country or place</li><li><span class="swatch qt"></span>quote</li><li><span class="swatch ev"></span>event</li></ul>"#);
    b.push_str(r#"<div class="text">"#);
    b.push_str(&markup(&a.text, &marks(&rec)));
    b.push_str("</div></article>");

    b.push_str(r#"<aside class="side">"#);
    b.push_str(r#"<section class="panel"><h2>Source</h2><dl class="facts">"#);
    if let Some(url) = &a.url {
        let shown = match web_url(url) {
            Some(u) => format!(
                r#"<a href="{}" rel="nofollow noopener noreferrer" target="_blank">{}</a>"#,
                esc(u),
                esc(u)
            ),
            None => esc(url),
        };
        let _ = write!(b, "<dt>URL</dt><dd class=\"url\">{shown}</dd>");
    }
    let _ = write!(b, "<dt>Read from</dt><dd>{}</dd>", esc(&row.origin));
    let _ = write!(b, "<dt>Id</dt><dd><code>{}</code></dd>", esc(id));
    if let Some(story) = &row.story {
        let names = c.names(&[story.to_string()])?;
        let name = names.get(story.as_str()).map_or(story.as_str(), String::as_str);
        let _ = write!(b, "<dt>Story</dt><dd>{}</dd>", link(&story_url(story.as_str()), name));
    }
    if let Some(orig) = &row.copy_of {
        let label = c
            .article_row(orig.as_str())?
            .and_then(|r| r.source)
            .unwrap_or_else(|| orig.to_string());
        let _ = write!(b, "<dt>Copy of</dt><dd>{}</dd>", link(&article_url(orig.as_str()), &label));
    }
    let copies = c.copies(&[id.to_owned()])?;
    if !copies.is_empty() {
        b.push_str("<dt>Copies</dt><dd><ul class=\"plain\">");
        for cp in &copies {
            let label = format!(
                "{} {}",
                cp.source.as_deref().unwrap_or(cp.id.as_str()),
                cp.published.as_deref().unwrap_or("")
            );
            let _ = write!(b, "<li>{}</li>", link(&article_url(cp.id.as_str()), label.trim()));
        }
        b.push_str("</ul></dd>");
    }
    b.push_str("</dl></section>");

    let _ = write!(
        b,
        r#"<section class="panel" id="quotes"><h2>Quotes <span class="n">{}</span></h2><ol class="plain quotes">"#,
        rec.quotes.len()
    );
    for q in &rec.quotes {
        let who = match (&q.speaker_entity, &q.speaker) {
            (Some(e), Some(n)) => link(&entity_url(e.as_str()), n),
            (None, Some(n)) => esc(n),
            _ => "unknown speaker".into(),
        };
        let _ = write!(
            b,
            r##"<li><a class="quote" href="#q-{}">“{}”</a> <span class="who">— {who}</span></li>"##,
            q.span[0],
            esc(&q.text)
        );
    }
    b.push_str("</ol></section>");

    let _ = write!(
        b,
        r#"<section class="panel" id="events"><h2>Events <span class="n">{}</span></h2><ol class="plain events">"#,
        rec.events.len()
    );
    for e in &rec.events {
        let date = e.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
        let timeline =
            event_href(e).map(|h| format!(" {}", link(&h, "timeline"))).unwrap_or_default();
        let _ = write!(
            b,
            r##"<li><span class="chip q{}">{}</span> <a href="#ev-{}">{}</a> <time>{}</time>{timeline}</li>"##,
            e.quad_class,
            esc(e.plover.as_ref().map_or(e.cameo.as_str(), |p| p.as_str())),
            super::html::enc(e.id.as_str()),
            esc(&event_line(e)),
            esc(&date),
        );
    }
    b.push_str("</ol></section>");

    let _ = write!(
        b,
        r#"<section class="panel" id="actors"><h2>Actors <span class="n">{}</span></h2><ul class="plain">"#,
        rec.actors.len()
    );
    let mut actors: Vec<_> = rec.actors.iter().collect();
    actors.sort_by(|x, y| y.mentions.cmp(&x.mentions).then(x.entity.name.cmp(&y.entity.name)));
    for ac in actors {
        let _ = write!(
            b,
            r#"<li>{} <span class="kind k-{k}">{k}</span> <span class="n">×{}</span></li>"#,
            link(&entity_url(ac.entity.id.as_str()), &ac.entity.name),
            ac.mentions,
            k = esc(ac.entity.kind.as_str()),
        );
    }
    b.push_str("</ul></section>");
    let sentences = rec.sentences.len();
    let _ = write!(
        b,
        r#"<p class="fine">{sentences} sentences, {} mentions, {} time expressions. <a href="/api/articles/{}">This article as JSON</a>, every span in characters.</p>"#,
        rec.entities.len(),
        rec.times.len(),
        super::html::enc_path(id),
    );
    b.push_str("</aside></div>");
    Ok(frame(&title, "", &b))
}
