//! dyad's JSON API: read-only endpoints over a [`Store`], served by axum.
//!
//! Every listing takes the store's filters as query parameters (`from`, `to`, `text`,
//! `article`, `limit` ≤ 500, `offset`) and answers with `{"items": [...], "limit", "offset"}`.
//! Errors are `{"error": message, "status": code}` with that HTTP status.
//!
//! | endpoint | answers |
//! |---|---|
//! | `GET /api/stats` | counts of what the store holds |
//! | `GET /api/articles`, `/api/articles/{id}` | articles; one article with every layer and span |
//! | `GET /api/quotes?speaker=` | quotes |
//! | `GET /api/events?source=&target=&class=` | events |
//! | `GET /api/entities?q=&kind=` | entities by mentions |
//! | `GET /api/stories`, `/api/stories/{id}` | stories; one story with its articles |
//! | `GET /api/timeline?actor=&other=&by=month` | folded events of a dyad, either direction |
//! | `GET /api/search?q=&kind=` | full-text hits with snippets |

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dyad_store::{Filter, Store};
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};

/// Largest page a client may ask for.
pub const MAX_PAGE: usize = 500;

type Shared = Arc<Mutex<Store>>;

/// An API error: a status and a message, sent as JSON.
#[derive(Debug)]
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({"error": self.1, "status": self.0.as_u16()}))).into_response()
    }
}

impl From<dyad_store::Error> for ApiError {
    fn from(e: dyad_store::Error) -> ApiError {
        let status = if matches!(e, dyad_store::Error::Query(_)) {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::INTERNAL_SERVER_ERROR
        };
        ApiError(status, e.to_string())
    }
}

type ApiResult = Result<Json<Value>, ApiError>;

/// Query parameters every listing understands.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Params {
    from: Option<String>,
    to: Option<String>,
    text: Option<String>,
    article: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
    speaker: Option<String>,
    source: Option<String>,
    target: Option<String>,
    class: Option<String>,
    q: Option<String>,
    kind: Option<String>,
    actor: Option<String>,
    other: Option<String>,
    by: Option<String>,
}

impl Params {
    fn filter(&self) -> Result<Filter, ApiError> {
        for d in [&self.from, &self.to].into_iter().flatten() {
            if dyad_core::PartialDate::parse_iso(d).is_none() {
                return Err(ApiError(
                    StatusCode::BAD_REQUEST,
                    format!("{d:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
                ));
            }
        }
        let limit = self.limit.unwrap_or(50);
        if limit > MAX_PAGE {
            return Err(ApiError(
                StatusCode::BAD_REQUEST,
                format!("limit {limit} is over the maximum page size {MAX_PAGE}"),
            ));
        }
        Ok(Filter {
            from: self.from.clone(),
            to: self.to.clone(),
            text: self.text.clone(),
            article: self.article.clone(),
            limit,
            offset: self.offset.unwrap_or(0),
            ..Filter::default()
        })
    }
}

fn page<T: serde::Serialize>(items: Vec<T>, f: &Filter) -> ApiResult {
    Ok(Json(json!({"items": items, "limit": f.limit, "offset": f.offset})))
}

fn lock(s: &Shared) -> Result<std::sync::MutexGuard<'_, Store>, ApiError> {
    s.lock().map_err(|_| ApiError(StatusCode::INTERNAL_SERVER_ERROR, "store lock poisoned".into()))
}

async fn index() -> Json<Value> {
    Json(json!({
        "name": "dyad",
        "endpoints": ["/api/stats", "/api/articles", "/api/articles/{id}", "/api/quotes", "/api/events", "/api/entities", "/api/stories", "/api/stories/{id}", "/api/timeline", "/api/search"]
    }))
}

async fn stats(State(s): State<Shared>) -> ApiResult {
    Ok(Json(serde_json::to_value(lock(&s)?.catalog().stats()?).unwrap_or(Value::Null)))
}

async fn articles(State(s): State<Shared>, Query(p): Query<Params>) -> ApiResult {
    let f = p.filter()?;
    page(lock(&s)?.catalog().articles(&f)?, &f)
}

async fn article(State(s): State<Shared>, Path(id): Path<String>) -> ApiResult {
    match lock(&s)?.catalog().article(&id)? {
        Some(rec) => Ok(Json(serde_json::to_value(rec).unwrap_or(Value::Null))),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no article {id:?}"))),
    }
}

async fn quotes(State(s): State<Shared>, Query(p): Query<Params>) -> ApiResult {
    let f = Filter { actor: p.speaker.clone(), ..p.filter()? };
    page(lock(&s)?.catalog().quotes(&f)?, &f)
}

async fn events(State(s): State<Shared>, Query(p): Query<Params>) -> ApiResult {
    let f = Filter {
        actor: p.source.clone(),
        other: p.target.clone(),
        class: p.class.clone(),
        ..p.filter()?
    };
    page(lock(&s)?.catalog().events(&f)?, &f)
}

async fn entities(State(s): State<Shared>, Query(p): Query<Params>) -> ApiResult {
    let f = Filter { actor: p.q.clone(), kind: p.kind.clone(), ..p.filter()? };
    page(lock(&s)?.catalog().entities(&f)?, &f)
}

async fn stories(State(s): State<Shared>, Query(p): Query<Params>) -> ApiResult {
    let f = Filter { actor: p.actor.clone(), ..p.filter()? };
    page(lock(&s)?.catalog().stories(&f)?, &f)
}

async fn story(State(s): State<Shared>, Path(id): Path<String>) -> ApiResult {
    match lock(&s)?.catalog().story(&id)? {
        Some((story, articles)) => Ok(Json(json!({"story": story, "articles": articles}))),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no story {id:?}"))),
    }
}

async fn timeline(State(s): State<Shared>, Query(p): Query<Params>) -> ApiResult {
    if p.actor.is_none() {
        return Err(ApiError(
            StatusCode::BAD_REQUEST,
            "timeline needs ?actor= (and optionally &other=)".into(),
        ));
    }
    let f = Filter {
        actor: p.actor.clone(),
        other: p.other.clone(),
        either_direction: true,
        ..p.filter()?
    };
    let store = lock(&s)?;
    let rows = store.catalog().timeline(&f)?;
    let months = match p.by.as_deref() {
        Some("month") => Some(store.catalog().months(&f)?),
        Some(other) => {
            return Err(ApiError(
                StatusCode::BAD_REQUEST,
                format!("by={other:?}: only by=month is known"),
            ));
        }
        None => None,
    };
    Ok(Json(json!({"items": rows, "months": months, "limit": f.limit, "offset": f.offset})))
}

async fn search(State(s): State<Shared>, Query(p): Query<Params>) -> ApiResult {
    let Some(q) = p.q.clone().filter(|q| !q.trim().is_empty()) else {
        return Err(ApiError(StatusCode::BAD_REQUEST, "search needs ?q=".into()));
    };
    let f = p.filter()?;
    let hits = lock(&s)?.search(&q, p.kind.as_deref(), f.limit, f.offset)?;
    page(hits, &f)
}

async fn not_found() -> ApiError {
    ApiError(StatusCode::NOT_FOUND, "no such endpoint; see /api".into())
}

/// The API's routes over `store`.
pub fn router(store: Store) -> Router {
    let shared: Shared = Arc::new(Mutex::new(store));
    Router::new()
        .route(
            "/",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                    "dyad: the JSON API is under /api\n",
                )
            }),
        )
        .route("/api", get(index))
        .route("/api/stats", get(stats))
        .route("/api/articles", get(articles))
        .route("/api/articles/{id}", get(article))
        .route("/api/quotes", get(quotes))
        .route("/api/events", get(events))
        .route("/api/entities", get(entities))
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/timeline", get(timeline))
        .route("/api/search", get(search))
        .fallback(not_found)
        .with_state(shared)
}

/// Serves the API on `listener` until Ctrl-C.
pub async fn serve(listener: tokio::net::TcpListener, store: Store) -> std::io::Result<()> {
    axum::serve(listener, router(store))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
