//! Answers derived from the database and kept until what they were made from changes: the
//! map, the networks with their member counts, the size of a filtered list. Counting 100,000
//! rows on every request is what made the home page and the map slow; these are made once and
//! made again when the outbox shows a change. Like the search index they are derived from the
//! database only, and every node checks the shared outbox, so none serves a stale answer.
//!
//! The keeper knows no capability: a capability names its answers (`"directory.map"`), says
//! where the outbox topics it reads from stand, and gets back the kept answer or a fresh one.

use crate::error::ServiceResult;
use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Where the outbox topics an answer is made from stood when it was made.
pub(crate) type Made = Vec<i64>;

type Answer = Arc<dyn Any + Send + Sync>;

/// What an answer is (its kind, named by the capability) and what it is for.
type Key = (&'static str, String);

/// Kept answers by (kind, key), each with the positions it was made at and when it was kept.
/// At most `CAP` are kept; the oldest kept goes first.
#[derive(Debug, Default)]
pub(crate) struct Kept {
    made: Mutex<HashMap<Key, (Made, u64, Answer)>>,
    clock: std::sync::atomic::AtomicU64,
}

const CAP: usize = 512;

impl Kept {
    /// The answer of `kind` for `key` as of `version`: kept, or made by `make` and kept.
    pub(crate) async fn get_or_make<V: Any + Send + Sync>(
        &self,
        kind: &'static str,
        key: String,
        version: Made,
        make: impl AsyncFnOnce() -> ServiceResult<V>,
    ) -> ServiceResult<Arc<V>> {
        let k = (kind, key);
        if let Some(v) = self.get(&k, &version) {
            return Ok(v);
        }
        let v = Arc::new(make().await?);
        self.put(k, version, v.clone());
        Ok(v)
    }

    fn get<V: Any + Send + Sync>(&self, key: &Key, version: &Made) -> Option<Arc<V>> {
        let made = self.made.lock().ok()?;
        let (_, _, a) = made.get(key).filter(|(v, _, _)| v == version)?;
        a.clone().downcast().ok()
    }

    fn put(&self, key: Key, version: Made, value: Answer) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_answer_is_made_again_when_its_topics_move_and_kinds_do_not_mix() {
        let kept = Kept::default();
        let made = std::sync::atomic::AtomicU32::new(0);
        let make = || async {
            made.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok(7u64)
        };
        assert_eq!(
            *kept
                .get_or_make("a", "k".into(), vec![1], make)
                .await
                .unwrap(),
            7
        );
        assert_eq!(
            *kept
                .get_or_make("a", "k".into(), vec![1], make)
                .await
                .unwrap(),
            7
        );
        assert_eq!(made.load(std::sync::atomic::Ordering::SeqCst), 1);
        kept.get_or_make("a", "k".into(), vec![2], make)
            .await
            .unwrap();
        assert_eq!(made.load(std::sync::atomic::Ordering::SeqCst), 2);
        let s = kept
            .get_or_make("b", "k".into(), vec![2], async || Ok(String::from("other")))
            .await
            .unwrap();
        assert_eq!(*s, "other");
        assert_eq!(
            *kept
                .get_or_make("a", "k".into(), vec![2], make)
                .await
                .unwrap(),
            7
        );
        assert_eq!(made.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn at_most_cap_answers_are_kept() {
        let kept = Kept::default();
        for i in 0..CAP + 10 {
            kept.get_or_make("a", i.to_string(), vec![0], async || Ok(i))
                .await
                .unwrap();
        }
        assert_eq!(kept.made.lock().unwrap().len(), CAP);
        // The first ones kept are the ones that went.
        assert!(kept.get::<usize>(&("a", "0".into()), &vec![0]).is_none());
        assert!(
            kept.get::<usize>(&("a", (CAP + 9).to_string()), &vec![0])
                .is_some()
        );
    }
}
