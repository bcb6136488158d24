//! Sign-in throttling, per account and per address: five failures are free, then each one
//! makes the next try wait twice as long as the last (2 s, 4 s, … up to 15 minutes), during
//! which no password is even checked — the right one neither. An unknown account is throttled
//! exactly like a known one, so the answer tells nothing. A success clears the account's count
//! (not the address's: one address trying many accounts stays slowed). Counts are kept by
//! this process, forgotten an hour after the last failure, and at most `MAX_KEYS` of them.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures before any wait.
pub const FREE: u32 = 5;
/// The longest wait.
pub const MAX_WAIT: Duration = Duration::from_secs(15 * 60);
const FORGET_AFTER: Duration = Duration::from_secs(3600);
const MAX_KEYS: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Count {
    failures: u32,
    last: Instant,
}

impl Count {
    /// When a try may come again after these failures.
    fn open_at(&self) -> Instant {
        if self.failures < FREE {
            return self.last;
        }
        let doubling = (self.failures - FREE).min(20);
        self.last + Duration::from_secs(2u64 << doubling).min(MAX_WAIT)
    }
}

#[derive(Debug, Default)]
pub struct Throttle {
    counts: Mutex<HashMap<String, Count>>,
}

impl Throttle {
    /// How long these keys must still wait, if any must.
    pub fn wait(&self, keys: &[String], now: Instant) -> Option<Duration> {
        let counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        keys.iter()
            .filter_map(|k| counts.get(k))
            .map(|c| c.open_at().saturating_duration_since(now))
            .filter(|d| !d.is_zero())
            .max()
    }

    /// Counts a failure against every key.
    pub fn failed(&self, keys: &[String], now: Instant) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if counts.len() >= MAX_KEYS {
            counts.retain(|_, c| now.saturating_duration_since(c.last) < FORGET_AFTER);
        }
        for k in keys {
            let c = counts.entry(k.clone()).or_insert(Count {
                failures: 0,
                last: now,
            });
            if now.saturating_duration_since(c.last) >= FORGET_AFTER {
                c.failures = 0;
            }
            c.failures += 1;
            c.last = now;
        }
    }

    /// Forgets the failures of these keys.
    pub fn cleared(&self, keys: &[String]) {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        for k in keys {
            counts.remove(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_are_free_then_the_wait_doubles_up_to_a_limit() {
        let t = Throttle::default();
        let keys = vec!["account:a@b.c".to_string()];
        let start = Instant::now();
        for _ in 0..FREE - 1 {
            t.failed(&keys, start);
        }
        assert_eq!(t.wait(&keys, start), None);
        t.failed(&keys, start);
        assert_eq!(t.wait(&keys, start), Some(Duration::from_secs(2)));
        t.failed(&keys, start);
        assert_eq!(t.wait(&keys, start), Some(Duration::from_secs(4)));
        for _ in 0..30 {
            t.failed(&keys, start);
        }
        assert_eq!(t.wait(&keys, start), Some(MAX_WAIT));
        assert_eq!(t.wait(&keys, start + MAX_WAIT), None);
        // An hour later it starts again from nothing.
        let later = start + FORGET_AFTER;
        t.failed(&keys, later);
        assert_eq!(t.wait(&keys, later), None);
        t.cleared(&keys);
        assert_eq!(t.wait(&keys, later), None);
        // Keys are apart: another account is not slowed.
        assert_eq!(t.wait(&["account:other".to_string()], start), None);
    }
}
