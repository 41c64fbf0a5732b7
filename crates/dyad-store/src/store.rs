//! The store: a [`Catalog`] for records and a full-text index, opened together.

use crate::catalog::Catalog;
use crate::index::TextIndex;
use crate::records::{NewArticle, SearchHit};
use crate::sqlite::SqliteCatalog;
use crate::{Error, Result};
use dyad_core::ArticleId;
use std::fs::File;
use std::path::{Path, PathBuf};

/// A dyad store: `DIR/dyad.db` (SQLite) and `DIR/index/` (tantivy).
///
/// Reading needs no lock; [`Store::open_writer`] takes `DIR/LOCK` so that one process writes at
/// a time. The lock is an OS file lock: it is released when the process ends, even by kill -9.
pub struct Store {
    catalog: Box<dyn Catalog>,
    index: TextIndex,
    _lock: Option<File>,
    pending: Vec<ArticleId>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.display().to_string(), source }
}

impl Store {
    /// Opens the store in `dir` for reading (creating it if missing).
    pub fn open(dir: &Path) -> Result<Store> {
        Store::open_in(dir, false)
    }

    /// Opens the store in `dir` for writing, taking its lock; fails with [`Error::Locked`] when
    /// another process holds it. Articles a crash left out of the full-text index are indexed.
    pub fn open_writer(dir: &Path) -> Result<Store> {
        let mut store = Store::open_in(dir, true)?;
        store.reindex_missing()?;
        Ok(store)
    }

    fn open_in(dir: &Path, write: bool) -> Result<Store> {
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
        let index = TextIndex::open(Some(&dir.join("index")))?;
        Ok(Store { catalog: Box::new(catalog), index, _lock: lock, pending: Vec::new() })
    }

    /// A store in memory (tests, `dyad analyze`-style one-offs); same code paths as on disk.
    pub fn in_memory() -> Result<Store> {
        Ok(Store {
            catalog: Box::new(SqliteCatalog::open(None, ":memory:")?),
            index: TextIndex::open(None)?,
            _lock: None,
            pending: Vec::new(),
        })
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
        let mut rec = article.record.clone();
        rec.article.id = id.clone();
        self.index.add(&rec)?;
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
        let missing = self.catalog.unindexed()?;
        if missing.is_empty() {
            return Ok(());
        }
        for rec in &missing {
            self.index.add(rec)?;
            self.pending.push(rec.article.id.clone());
        }
        self.commit()
    }

    /// Full-text search over articles and quotes (`kind`: `article`, `quote` or both).
    pub fn search(
        &self,
        query: &str,
        kind: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SearchHit>> {
        self.index.search(query, kind, limit, offset)
    }
}
