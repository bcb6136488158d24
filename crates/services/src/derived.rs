//! Answers derived from the directory and kept until it changes: the map, the networks with
//! their member counts, the size of a filtered list. Counting 100,000 rows on every request
//! is what made the home page and the map slow; these are made once and made again when the
//! outbox shows a change to the directory. Like the search index they are derived from the
//! database only, and every node checks the shared outbox, so none serves a stale answer.

use crate::{ServiceResult, Services};
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use store::outbox::{self, Topic};

/// The newest outbox entries of the directory's topics: what a derived answer was made from.
pub(crate) type Made = (i64, i64, i64);

/// Answers per key, each with the outbox positions it was made at. At most `CAP` keys are kept
/// (the oldest made are dropped first).
#[derive(Debug)]
pub(crate) struct Derived<K, V> {
    made: Mutex<HashMap<K, Kept<V>>>,
    clock: std::sync::atomic::AtomicU64,
}

const CAP: usize = 256;

/// An answer, the positions it was made at, and when it was kept (to drop the oldest first).
type Kept<V> = (Made, u64, Arc<V>);

impl<K, V> Default for Derived<K, V> {
    fn default() -> Self {
        Derived {
            made: Mutex::new(HashMap::new()),
            clock: Default::default(),
        }
    }
}

impl<K: Hash + Eq + Clone, V> Derived<K, V> {
    fn get(&self, key: &K, version: Made) -> Option<Arc<V>> {
        let made = self.made.lock().ok()?;
        made.get(key)
            .filter(|(v, _, _)| *v == version)
            .map(|(_, _, a)| a.clone())
    }

    fn put(&self, key: K, version: Made, value: Arc<V>) {
        let n = self
            .clock
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut made) = self.made.lock() {
            if made.len() >= CAP
                && !made.contains_key(&key)
                && let Some(oldest) = made
                    .iter()
                    .min_by_key(|(_, (_, t, _))| *t)
                    .map(|(k, _)| k.clone())
            {
                made.remove(&oldest);
            }
            made.insert(key, (version, n, value));
        }
    }
}

impl Services {
    /// Where the directory's outbox topics stand (three reads of one index each).
    pub(crate) async fn directory_version(&self) -> ServiceResult<Made> {
        let db = &self.store.db;
        Ok((
            outbox::last_of(db, Topic::OrganizationChanged).await?,
            outbox::last_of(db, Topic::OrganizationDeleted).await?,
            outbox::last_of(db, Topic::NetworkChanged).await?,
        ))
    }

    /// The answer for `key` as of the directory's present state: kept, or made by `make`.
    pub(crate) async fn derived<K: Hash + Eq + Clone, V>(
        &self,
        cache: &Derived<K, V>,
        key: K,
        make: impl AsyncFnOnce() -> ServiceResult<V>,
    ) -> ServiceResult<Arc<V>> {
        let version = self.directory_version().await?;
        if let Some(v) = cache.get(&key, version) {
            return Ok(v);
        }
        let v = Arc::new(make().await?);
        cache.put(key, version, v.clone());
        Ok(v)
    }
}
