//! Why a request failed, and how that is answered: JSON under `/api/`, a page elsewhere.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// A failed request; each variant maps to one HTTP status.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The request asked for something malformed or out of bounds (400).
    #[error("{0}")]
    BadRequest(String),
    /// No such article, entity, story or endpoint (404).
    #[error("{0}")]
    NotFound(String),
    /// The store failed (500), or could not read a query (400).
    #[error(transparent)]
    Store(#[from] dyad_store::Error),
    /// Something in the server itself failed (500).
    #[error("{0}")]
    Internal(String),
}

impl ServeError {
    /// The HTTP status of the failure.
    pub fn status(&self) -> StatusCode {
        match self {
            ServeError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ServeError::NotFound(_) => StatusCode::NOT_FOUND,
            ServeError::Store(dyad_store::Error::Query(_)) => StatusCode::BAD_REQUEST,
            ServeError::Store(_) | ServeError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// The JSON body of an error: `{"error": message, "status": code}`.
pub(crate) fn json_error(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({"error": message, "status": status.as_u16()}))).into_response()
}

impl IntoResponse for ServeError {
    fn into_response(self) -> Response {
        json_error(self.status(), &self.to_string())
    }
}

/// Result of a handler.
pub(crate) type Served<T> = Result<T, ServeError>;
