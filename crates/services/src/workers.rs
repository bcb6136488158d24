//! The node's background work, started by `serve` and stopped by it: the mailer (outbox →
//! SMTP or files), the reminders (due ones into the outbox every half minute), and the search
//! index follower (outbox → this node's index). Each loop checks for the stop between rounds;
//! the mailer also between groups of messages, so that a stop finishes the message in flight.

use crate::Services;
use crate::mail::MailConfig;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The running loops. `stop` ends them and waits for them.
pub struct Workers {
    stop: watch::Sender<bool>,
    tasks: Vec<(&'static str, JoinHandle<()>)>,
    beats: Arc<Heartbeats>,
}

/// The loops' names, in the order of `Heartbeats`.
pub const WORKERS: [&str; 3] = ["mailer", "reminders", "search index"];
/// A loop that has not finished a round for this long is reported dead (its longest pause is
/// 30 s; a round of 200 messages to a slow relay stays well under).
pub const QUIET_LIMIT_SECS: i64 = 120;

/// When each loop last finished a round (UTC microseconds), for `/healthz` and `/metrics`: a
/// loop that panicked, or hangs, stops beating.
#[derive(Debug, Default)]
pub struct Heartbeats([std::sync::atomic::AtomicI64; 3]);

/// One loop's state, as `/healthz` reports it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WorkerState {
    pub name: &'static str,
    pub alive: bool,
    /// Seconds since its last round.
    pub quiet_secs: f64,
}

impl Heartbeats {
    fn beat(&self, i: usize) {
        self.0[i].store(
            domain::time::now_micros(),
            std::sync::atomic::Ordering::Relaxed,
        );
    }

    /// Every loop's state, at `now` (UTC microseconds).
    pub fn report(&self, now: i64) -> Vec<WorkerState> {
        WORKERS
            .iter()
            .zip(&self.0)
            .map(|(name, at)| {
                let quiet = now - at.load(std::sync::atomic::Ordering::Relaxed);
                WorkerState {
                    name,
                    alive: quiet < QUIET_LIMIT_SECS * 1_000_000,
                    quiet_secs: quiet.max(0) as f64 / 1e6,
                }
            })
            .collect()
    }
}

/// Waits `d`, or less when the stop comes; true when it did.
async fn pause(stop: &mut watch::Receiver<bool>, d: Duration) -> bool {
    if *stop.borrow() {
        return true;
    }
    tokio::select! {
        _ = stop.changed() => true,
        _ = tokio::time::sleep(d) => *stop.borrow(),
    }
}

impl Services {
    /// Starts the mailer, the reminders and the index follower for this node.
    pub fn start_workers(&self, mail: MailConfig, index: Arc<search::SearchIndex>) -> Workers {
        let (stop, rx) = watch::channel(false);
        let mut tasks = Vec::new();
        let beats = Arc::new(Heartbeats::default());
        for i in 0..WORKERS.len() {
            beats.beat(i);
        }

        let (svc, mut rx1, b) = (self.clone(), rx.clone(), beats.clone());
        tasks.push((
            WORKERS[0],
            tokio::spawn(async move {
                loop {
                    let stopping = {
                        let r = rx1.clone();
                        move || *r.borrow()
                    };
                    let wait = match svc.send_pending_mail_until(&mail, 200, &stopping).await {
                        Ok(_) => Duration::from_millis(500),
                        Err(e) => {
                            tracing::warn!("mailer: {e}");
                            metrics::counter!("citydriver_mail_failed_rounds_total").increment(1);
                            Duration::from_secs(5)
                        }
                    };
                    b.beat(0);
                    if pause(&mut rx1, wait).await {
                        break;
                    }
                }
            }),
        ));

        let (svc, mut rx2, b) = (self.clone(), rx.clone(), beats.clone());
        tasks.push((
            WORKERS[1],
            tokio::spawn(async move {
                loop {
                    match svc.queue_due_reminders(domain::time::now_micros()).await {
                        Ok(0) => {}
                        Ok(n) => tracing::info!("reminders: {n} queued"),
                        Err(e) => tracing::warn!("reminders: {e}"),
                    }
                    b.beat(1);
                    if pause(&mut rx2, Duration::from_secs(30)).await {
                        break;
                    }
                }
            }),
        ));

        let (svc, mut rx3, b) = (self.clone(), rx, beats.clone());
        tasks.push((
            WORKERS[2],
            tokio::spawn(async move {
                loop {
                    let wait = match svc.index_pending(&index, 1000).await {
                        Ok(n) if n > 0 => Duration::ZERO,
                        Ok(_) => Duration::from_millis(300),
                        Err(e) => {
                            tracing::warn!("search index: {e}");
                            Duration::from_millis(300)
                        }
                    };
                    b.beat(2);
                    if pause(&mut rx3, wait).await {
                        break;
                    }
                }
            }),
        ));
        Workers { stop, tasks, beats }
    }
}

impl Workers {
    /// The loops' heartbeats, for `/healthz` and `/metrics`.
    pub fn heartbeats(&self) -> Arc<Heartbeats> {
        self.beats.clone()
    }

    /// Asks every loop to stop and waits for each, at most `patience` in all; returns the names
    /// of those that did not stop in time (they are aborted).
    pub async fn stop(self, patience: Duration) -> Vec<&'static str> {
        let _ = self.stop.send(true);
        let deadline = tokio::time::Instant::now() + patience;
        let mut late = Vec::new();
        for (name, task) in self.tasks {
            let abort = task.abort_handle();
            if tokio::time::timeout_at(deadline, task).await.is_err() {
                abort.abort();
                late.push(name);
            }
        }
        late
    }
}

/// What an operator watches, read from the database when asked (`/metrics`).
#[derive(Debug, Clone, Default)]
pub struct Operations {
    /// The newest outbox position.
    pub outbox_last: i64,
    /// How far the mailer (of any node: one holds the lease) has read.
    pub mailer_position: i64,
    /// Messages in the outbox the mailer has yet to send.
    pub mail_waiting: u64,
    /// Database connections open, and of them idle.
    pub pool_open: u32,
    pub pool_idle: u32,
}

impl Services {
    /// The outbox, the mailer's backlog and the pool, now.
    pub async fn operations(&self) -> crate::ServiceResult<Operations> {
        let db = &self.store.db;
        let mailer_position = crate::mail::mailer_position(db).await?;
        let (pool_open, pool_idle) = self.store.pool_use();
        Ok(Operations {
            outbox_last: store::outbox::last_position(db).await?,
            mailer_position,
            mail_waiting: store::outbox::count_after(
                db,
                store::outbox::Topic::Email,
                mailer_position,
            )
            .await?,
            pool_open,
            pool_idle,
        })
    }
}
