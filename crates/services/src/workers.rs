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

        let (svc, mut rx1) = (self.clone(), rx.clone());
        tasks.push((
            "mailer",
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
                            Duration::from_secs(5)
                        }
                    };
                    if pause(&mut rx1, wait).await {
                        break;
                    }
                }
            }),
        ));

        let (svc, mut rx2) = (self.clone(), rx.clone());
        tasks.push((
            "reminders",
            tokio::spawn(async move {
                loop {
                    match svc.queue_due_reminders(domain::time::now_micros()).await {
                        Ok(0) => {}
                        Ok(n) => tracing::info!("reminders: {n} queued"),
                        Err(e) => tracing::warn!("reminders: {e}"),
                    }
                    if pause(&mut rx2, Duration::from_secs(30)).await {
                        break;
                    }
                }
            }),
        ));

        let (svc, mut rx3) = (self.clone(), rx);
        tasks.push((
            "search index",
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
                    if pause(&mut rx3, wait).await {
                        break;
                    }
                }
            }),
        ));
        Workers { stop, tasks }
    }
}

impl Workers {
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
