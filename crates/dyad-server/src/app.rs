//! The server's state: read handles on one store, one per request in flight, each request
//! answered from one snapshot on a blocking thread.

use crate::error::{ServeError, Served};
use dyad_store::{Snapshot, Stats, Store};
use std::sync::{Arc, Mutex};

/// Idle read handles kept for the next requests.
const MAX_IDLE: usize = 8;

/// Shared by every handler.
#[derive(Clone)]
pub(crate) struct App {
    inner: Arc<Inner>,
}

struct Inner {
    /// The store as opened; more read handles are made from it.
    base: Mutex<Store>,
    idle: Mutex<Vec<Store>>,
    /// The home page as last rendered, with the counts of the store it showed.
    home: Arc<Mutex<Option<(Stats, String)>>>,
}

fn poisoned<T>(_: T) -> ServeError {
    ServeError::Internal("a request failed while holding the store; restart dyad serve".into())
}

impl App {
    pub(crate) fn new(store: Store) -> App {
        App {
            inner: Arc::new(Inner {
                base: Mutex::new(store),
                idle: Mutex::new(Vec::new()),
                home: Arc::new(Mutex::new(None)),
            }),
        }
    }

    /// The home page's cache: its aggregates read every quote, event and story, so the page
    /// is rendered again only when the store's counts change.
    pub(crate) fn home(&self) -> Arc<Mutex<Option<(Stats, String)>>> {
        Arc::clone(&self.inner.home)
    }

    fn take(&self) -> Served<Store> {
        if let Some(s) = self.inner.idle.lock().map_err(poisoned)?.pop() {
            return Ok(s);
        }
        Ok(self.inner.base.lock().map_err(poisoned)?.reader()?)
    }

    fn give(&self, store: Store) {
        if let Ok(mut idle) = self.inner.idle.lock()
            && idle.len() < MAX_IDLE
        {
            idle.push(store);
        }
    }

    /// Runs `f` on a snapshot of the store, off the async threads.
    pub(crate) async fn read<T, F>(&self, f: F) -> Served<T>
    where
        F: FnOnce(&Snapshot<'_>) -> Served<T> + Send + 'static,
        T: Send + 'static,
    {
        let app = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = app.take()?;
            let result = match store.snapshot() {
                Ok(snapshot) => f(&snapshot),
                Err(e) => Err(e.into()),
            };
            app.give(store);
            result
        })
        .await
        .map_err(|e| ServeError::Internal(format!("the request failed: {e}")))?
    }
}
