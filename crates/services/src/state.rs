//! What every use case is given: the store, the configuration and what the process keeps
//! (the key of self-service links, derived answers). Passed in, never global.

use crate::derived::Kept;
use crate::error::{ServiceError, ServiceResult};
use store::Store;

/// Everything a use case needs. Passed in, never global.
#[derive(Clone, Debug)]
pub struct Services {
    pub store: Store,
    pub config: Config,
    /// The key of self-service links, read from the database once.
    link_key: std::sync::Arc<tokio::sync::OnceCell<Vec<u8>>>,
    /// This node's name among the nodes (for the mailer's lease): random, or the one kept in
    /// its index folder (`with_node_id`) so that a restarted node takes its own lease back at
    /// once.
    pub(crate) node_id: String,
    /// Answers derived from the database, kept until what they were made from changes.
    pub(crate) derived: std::sync::Arc<Kept>,
    /// One permit per core for the CPU-bound work of the business case engine, so that
    /// evaluations queue rather than take every core from the pages.
    pub(crate) compute: std::sync::Arc<tokio::sync::Semaphore>,
    /// Failed sign-ins per account and per address.
    pub(crate) throttle: std::sync::Arc<crate::accounts::throttle::Throttle>,
}

#[derive(Clone, Debug)]
pub struct Config {
    /// How long a login lasts.
    pub session_ttl_secs: i64,
    /// How long an invitation link stays valid.
    pub invitation_ttl_secs: i64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            session_ttl_secs: 14 * 24 * 3600,
            invitation_ttl_secs: 14 * 24 * 3600,
        }
    }
}

impl Services {
    pub fn new(store: Store, config: Config) -> Self {
        Services {
            store,
            config,
            link_key: Default::default(),
            node_id: random_hex(8),
            derived: Default::default(),
            throttle: Default::default(),
            compute: std::sync::Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(1, |n| n.get()),
            )),
        }
    }

    /// Names this node: give the same name after a restart (and never two live processes the
    /// same one) so that the node takes its mailer's lease back at once instead of waiting
    /// for it to expire.
    pub fn with_node_id(mut self, id: impl Into<String>) -> Self {
        self.node_id = id.into();
        self
    }

    /// The secret of a registration's self-service link: HMAC of its id under the site's key, so
    /// that the mailer can write the link again without the database keeping the secret.
    pub async fn manage_secret(&self, registration_id: &str) -> ServiceResult<String> {
        use hmac::Mac;
        let key = self
            .link_key
            .get_or_try_init(|| async {
                const KEY: &str = "link_key";
                if let Some(k) = store::outbox::get_meta(&self.store.db, KEY).await? {
                    return Ok::<_, ServiceError>(k.into_bytes());
                }
                let fresh = random_hex(32);
                // Two processes starting together: the database keeps one key, both read it back.
                let _ = store::outbox::set_meta(&self.store.db, KEY, &fresh).await;
                let k = store::outbox::get_meta(&self.store.db, KEY)
                    .await?
                    .unwrap_or(fresh);
                Ok(k.into_bytes())
            })
            .await?;
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key)
            .map_err(|e| ServiceError::Internal(e.to_string()))?;
        mac.update(registration_id.as_bytes());
        Ok(hex::encode(mac.finalize().into_bytes()))
    }
}

/// Random bytes as lowercase hex (for secrets and ids).
pub fn random_hex(bytes: usize) -> String {
    let v: Vec<u8> = (0..bytes).map(|_| rand::random::<u8>()).collect();
    hex::encode(v)
}

/// SHA-256 hex of a secret, which is what the database keeps.
pub fn secret_hash(secret: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(secret.as_bytes()))
}
