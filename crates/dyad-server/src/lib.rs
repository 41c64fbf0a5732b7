//! dyad's server: a read-only JSON API and a web UI over a [`Store`], served by axum.
//!
//! The web UI is HTML rendered here, with one small stylesheet and script of our own (no
//! build step): search, articles with their entities, quotes and events marked from their
//! spans, entities, stories with their copies, and dyad timelines with an SVG chart.
//!
//! The JSON API lives under `/api/` and is described by `/api/openapi.json`. Listings take
//! `limit` (1–[`MAX_PAGE`]) and `offset`, and answer `{"items": [...], "limit", "offset"}`;
//! errors are `{"error": message, "status": code}` with that HTTP status. Unknown or repeated
//! parameters are errors.
//!
//! | endpoint | answers |
//! |---|---|
//! | `GET /api/stats` | counts of what the store holds |
//! | `GET /api/articles`, `/api/articles/{id}` | articles; one article with every layer and span |
//! | `GET /api/quotes?speaker=` | quotes |
//! | `GET /api/events?source=&target=&actor=&class=` | event reports |
//! | `GET /api/entities?q=&kind=`, `/api/entities/{id}` | entities; one with aliases, mentions by month, co-mentions, partners |
//! | `GET /api/stories`, `/api/stories/{id}` | stories; one with its articles and copy groups |
//! | `GET /api/timeline?actor=&other=&by=month` | folded events of a dyad, either direction |
//! | `GET /api/search?q=&kind=&entity=&speaker=&outlet=&story=&class=&from=&to=` | ranked hits with highlights, and facets |
//! | `GET /api/speakers`, `/api/dyads` | the most quoted speakers; the countries with most events between them |
//!
//! Every response carries a strict Content-Security-Policy (scripts and styles from this
//! server only, no inline code) and `nosniff`; only `GET` and `HEAD` are answered, URIs are
//! capped at [`MAX_URI_BYTES`] and requests may carry no body.

mod api;
mod app;
mod error;
mod params;
mod ui;

pub use error::ServeError;
pub use params::{MAX_LISTING_OFFSET, MAX_PAGE, MAX_VALUE_BYTES};

use app::App;
use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use dyad_store::Store;

/// Longest request URI (path and query), in bytes.
pub const MAX_URI_BYTES: usize = 4096;

/// The Content-Security-Policy of every response: nothing but this server's own script,
/// stylesheet and images; no inline script or style, no frames, forms post nowhere else.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Refuses what a read-only server never needs (other methods, bodies, huge URIs) and adds
/// the security headers to every answer.
async fn guard(request: Request, next: Next) -> Response {
    let refused = if request.method() != Method::GET && request.method() != Method::HEAD {
        Some((StatusCode::METHOD_NOT_ALLOWED, "dyad serve is read-only: only GET and HEAD"))
    } else if request.uri().to_string().len() > MAX_URI_BYTES {
        Some((StatusCode::URI_TOO_LONG, "the request URI is too long"))
    } else if request.headers().contains_key(header::TRANSFER_ENCODING)
        || request
            .headers()
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.to_str().map_or(true, |n| n.trim() != "0"))
    {
        Some((StatusCode::PAYLOAD_TOO_LARGE, "requests to dyad serve carry no body"))
    } else {
        None
    };
    let mut response = match refused {
        Some((status, message)) => {
            let mut r = error::json_error(status, message);
            if status == StatusCode::METHOD_NOT_ALLOWED {
                r.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
            }
            r
        }
        None => next.run(request).await,
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    response
}

/// The routes (API and UI) over `store`.
pub fn router(store: Store) -> Router {
    let app = App::new(store);
    Router::new()
        .route("/api", get(api::index))
        .route("/api/", get(api::index))
        .route("/api/openapi.json", get(api::openapi))
        .route("/api/stats", get(api::stats))
        .route("/api/articles", get(api::articles))
        .route("/api/articles/{*id}", get(api::article))
        .route("/api/quotes", get(api::quotes))
        .route("/api/events", get(api::events))
        .route("/api/entities", get(api::entities))
        .route("/api/entities/{*id}", get(api::entity))
        .route("/api/stories", get(api::stories))
        .route("/api/stories/{id}", get(api::story))
        .route("/api/timeline", get(api::timeline))
        .route("/api/search", get(api::search))
        .route("/api/speakers", get(api::speakers))
        .route("/api/dyads", get(api::dyads))
        .merge(ui::routes())
        .fallback(ui::not_found)
        .layer(middleware::from_fn(guard))
        .with_state(app)
}

/// Serves the API and the UI on `listener` until Ctrl-C.
pub async fn serve(listener: tokio::net::TcpListener, store: Store) -> std::io::Result<()> {
    axum::serve(listener, router(store))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
