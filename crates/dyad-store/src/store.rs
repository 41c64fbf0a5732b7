//! The store: a [`Catalog`] for records and a full-text index, opened together.

use crate::browse::IndexRow;
use crate::catalog::Catalog;
use crate::index::{Found, TextIndex};
use crate::records::NewArticle;
use crate::search::{SearchQuery, SearchResults};
use crate::sqlite::SqliteCatalog;
use crate::{Error, Result};
use dyad_core::ArticleId;
use std::cell::Cell;
use std::fs::File;
use std::path::{Path, PathBuf};
use tantivy::Searcher;

/// Articles read, indexed and committed at a time when the index is rebuilt.
const REINDEX_BATCH: usize = 2_000;

/// A dyad store: `DIR/dyad.db` (SQLite) and `DIR/index/` (tantivy).
///
/// Reading needs no lock, and readers run while one writer ingests; [`Store::open_writer`]
/// takes `DIR/LOCK` so that one process writes at a time. The lock is an OS file lock: it is
/// released when the process ends, even by kill -9. Each article is stored in one
/// transaction; the index is committed in batches and catches up on the next writer open, so
/// a run killed at any moment leaves every article either wholly stored or absent.
pub struct Store {
    catalog: Box<dyn Catalog>,
    index: TextIndex,
    _lock: Option<File>,
    pending: Vec<ArticleId>,
    /// Open [`Snapshot`]s of this handle (the outermost one holds the read transaction).
    snapshots: Cell<u32>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.display().to_string(), source }
}

impl Store {
    /// Opens the store in `dir` for reading (creating it if missing). A store from an older
    /// dyad is upgraded first, which takes the writer's lock for the time it needs.
    pub fn open(dir: &Path) -> Result<Store> {
        let (store, found) = Store::open_in(dir, false)?;
        if found != Found::Stale {
            return Ok(store);
        }
        drop(store);
        drop(Store::open_writer(dir)?);
        Ok(Store::open_in(dir, false)?.0)
    }

    /// Opens the store in `dir` for writing, taking its lock; fails with [`Error::Locked`] when
    /// another process holds it. Older stores are migrated, and articles a crash left out of
    /// the full-text index are indexed.
    pub fn open_writer(dir: &Path) -> Result<Store> {
        let (mut store, found) = Store::open_in(dir, true)?;
        // A rebuilt index, or one deleted by hand, holds none of the articles.
        if found == Found::Replaced
            || (store.index.num_docs() == 0 && store.catalog.stats()?.articles > 0)
        {
            store.catalog.reset_indexed()?;
        }
        store.reindex_missing()?;
        Ok(store)
    }

    fn open_in(dir: &Path, write: bool) -> Result<(Store, Found)> {
        std::fs::create_dir_all(dir.join("index")).map_err(io(dir))?;
        let lock = if write {
            let path: PathBuf = dir.join("LOCK");
            let f = File::options()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .map_err(io(&path))?;
            match f.try_lock() {
                Ok(()) => Some(f),
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::Locked { path: dir.display().to_string() });
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io(&path)(e)),
            }
        } else {
            None
        };
        let catalog = SqliteCatalog::open(Some(&dir.join("dyad.db")), &dir.display().to_string())?;
        let (index, found) = TextIndex::open(Some(&dir.join("index")), write)?;
        Ok((Store::new(Box::new(catalog), index, lock), found))
    }

    fn new(catalog: Box<dyn Catalog>, index: TextIndex, lock: Option<File>) -> Store {
        Store { catalog, index, _lock: lock, pending: Vec::new(), snapshots: Cell::new(0) }
    }

    /// A store in memory (tests, `dyad analyze`-style one-offs); same code paths as on disk.
    pub fn in_memory() -> Result<Store> {
        let catalog = SqliteCatalog::open(None, ":memory:")?;
        let (index, _) = TextIndex::open(None, true)?;
        Ok(Store::new(Box::new(catalog), index, None))
    }

    /// Another handle on the same store for reading, with its own database connection (the
    /// server keeps a few, one per request in flight).
    pub fn reader(&self) -> Result<Store> {
        Ok(Store::new(self.catalog.reader()?, self.index.reader(), None))
    }

    /// The records.
    pub fn catalog(&self) -> &dyn Catalog {
        self.catalog.as_ref()
    }

    /// Mutable access to the records (state saving).
    pub fn catalog_mut(&mut self) -> &mut dyn Catalog {
        self.catalog.as_mut()
    }

    /// Stores an article (one transaction) and queues it for the full-text index; call
    /// [`Store::commit`] to make queued articles searchable.
    pub fn put(&mut self, article: &NewArticle) -> Result<ArticleId> {
        let id = self.catalog.put(article)?;
        let mut record = article.record.clone();
        record.article.id = id.clone();
        let row = IndexRow {
            record,
            story: Some(article.story.id.clone()),
            copy: article.copy_of.is_some(),
        };
        self.index.add(&row)?;
        self.pending.push(id.clone());
        Ok(id)
    }

    /// Commits the full-text index and records which articles it now holds.
    pub fn commit(&mut self) -> Result<()> {
        if self.index.commit()? {
            let ids = std::mem::take(&mut self.pending);
            self.catalog.mark_indexed(&ids)?;
        }
        Ok(())
    }

    fn reindex_missing(&mut self) -> Result<()> {
        loop {
            let missing = self.catalog.unindexed(REINDEX_BATCH)?;
            if missing.is_empty() {
                return Ok(());
            }
            for row in &missing {
                self.index.add(row)?;
                self.pending.push(row.record.article.id.clone());
            }
            self.commit()?;
        }
    }

    /// A consistent view for one request: the records as they are now and the index as last
    /// committed, whatever a writer does until the snapshot is dropped.
    pub fn snapshot(&self) -> Result<Snapshot<'_>> {
        if self.snapshots.get() == 0 {
            self.catalog.begin_read()?;
        }
        self.snapshots.set(self.snapshots.get() + 1);
        Ok(Snapshot { store: self, searcher: self.index.searcher() })
    }

    /// Full-text search over articles and quotes, with filters and facets.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.search_in(&self.index.searcher(), query)
    }

    fn search_in(&self, searcher: &Searcher, query: &SearchQuery) -> Result<SearchResults> {
        let mut results = self.index.search(searcher, query)?;
        // Names for entity ids and story ids, and the copies folded under each article hit.
        let ids: Vec<String> = results
            .facets
            .iter()
            .filter(|f| matches!(f.name.as_str(), "entity" | "speaker" | "story"))
            .flat_map(|f| f.values.iter().map(|v| v.value.clone()))
            .collect();
        if !ids.is_empty() {
            let names = self.catalog.names(&ids)?;
            for v in results.facets.iter_mut().flat_map(|f| f.values.iter_mut()) {
                v.label = names.get(&v.value).cloned();
            }
        }
        let articles: Vec<String> = results
            .hits
            .iter()
            .filter(|h| h.kind == "article")
            .map(|h| h.article.to_string())
            .collect();
        if !articles.is_empty() {
            for copy in self.catalog.copies(&articles)? {
                let original = copy.copy_of.as_ref();
                for h in results
                    .hits
                    .iter_mut()
                    .filter(|h| h.kind == "article" && Some(&h.article) == original)
                {
                    h.copies += 1;
                }
            }
        }
        Ok(results)
    }
}

/// A consistent read of a [`Store`] ([`Store::snapshot`]): its reads all see one state.
pub struct Snapshot<'s> {
    store: &'s Store,
    searcher: Searcher,
}

impl Snapshot<'_> {
    /// The records, as of the snapshot.
    pub fn catalog(&self) -> &dyn Catalog {
        self.store.catalog()
    }

    /// Full-text search, in the index as of the snapshot.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.store.search_in(&self.searcher, query)
    }
}

impl Drop for Snapshot<'_> {
    fn drop(&mut self) {
        let open = self.store.snapshots.get().saturating_sub(1);
        self.store.snapshots.set(open);
        if open == 0 {
            // Ending a read-only transaction cannot lose anything; a failure here only means
            // the connection had none.
            let _ = self.store.catalog.end_read();
        }
    }
}

#[cfg(test)]
mod tests;
