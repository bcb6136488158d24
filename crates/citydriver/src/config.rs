//! The configuration of a `citydriver` process: defaults, then a TOML file (`--config`, or
//! `citydriver.toml` in the working folder when there is one), then `CITYDRIVER_*` variables,
//! then flags — each later one wins. `citydriver config --default` prints the commented example
//! below; `citydriver config` prints what is in force, secrets redacted.

use domain::Secret;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub database: Database,
    pub server: Server,
    pub search: Search,
    pub mail: Mail,
    pub accounts: Accounts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Database {
    /// A SQLite file (`citydriver.db`, `sqlite:///abs/path.db`, `sqlite://relative.db`),
    /// `sqlite::memory:`, or a `postgres://` URL.
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Server {
    pub addr: String,
    /// Mark cookies Secure (behind HTTPS).
    pub secure_cookies: bool,
    /// The address people reach the site at, for links in messages (default: the listening one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// Where `/metrics` (Prometheus) is served, apart from the site; off when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metrics_addr: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Search {
    /// This node's index folder (default: `<db>.index` next to a SQLite file,
    /// `./citydriver-index` for PostgreSQL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Mail {
    /// Without an SMTP server, messages are written as .eml files to `dir`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_host: Option<String>,
    pub smtp_port: u16,
    /// Talk to the SMTP server without STARTTLS (only for a relay on this machine).
    pub smtp_plain: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp_password: Option<Secret>,
    pub dir: PathBuf,
    pub from: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Accounts {
    /// How long a sign-in lasts.
    pub session_ttl_secs: i64,
    /// How long an invitation's link stays valid.
    pub invitation_ttl_secs: i64,
}

impl Default for Database {
    fn default() -> Self {
        Database {
            url: "citydriver.db".into(),
        }
    }
}

impl Default for Server {
    fn default() -> Self {
        Server {
            addr: "127.0.0.1:8080".into(),
            secure_cookies: false,
            public_url: None,
            metrics_addr: None,
        }
    }
}

impl Default for Mail {
    fn default() -> Self {
        Mail {
            smtp_host: None,
            smtp_port: 587,
            smtp_plain: false,
            smtp_user: None,
            smtp_password: None,
            dir: PathBuf::from("outbox-mail"),
            from: "citydriver <noreply@citydriver.localhost>".into(),
        }
    }
}

impl Default for Accounts {
    fn default() -> Self {
        let d = services::Config::default();
        Accounts {
            session_ttl_secs: d.session_ttl_secs,
            invitation_ttl_secs: d.invitation_ttl_secs,
        }
    }
}

/// What `citydriver config --default` prints: every default, and the settings that have none,
/// commented out. It parses back as the default configuration (a test says so).
pub const EXAMPLE: &str = r#"# citydriver.toml — the configuration of a citydriver process.
# Each value below is the default. Environment variables (CITYDRIVER_DB, CITYDRIVER_ADDR, …)
# override this file, and flags override both; `citydriver config` shows what is in force.

[database]
# A SQLite file (citydriver.db, sqlite:///srv/citydriver.db, sqlite://data/city.db),
# sqlite::memory:, or postgres://user@host:5432/citydriver.        (CITYDRIVER_DB, --db)
url = "citydriver.db"

[server]
# Where `serve` listens.                                            (CITYDRIVER_ADDR, --addr)
addr = "127.0.0.1:8080"
# Mark cookies Secure: set it when the site is served over HTTPS.  (CITYDRIVER_SECURE_COOKIES)
secure_cookies = false
# The address people reach the site at, for the links in e-mails; by default the listening one.
# public_url = "https://citydriver.example.org"                    (CITYDRIVER_PUBLIC_URL)
# Serve /metrics (Prometheus text format) on an address of its own; off by default. Keep it
# off the public network: it tells the routes' traffic and the backlog.
# metrics_addr = "127.0.0.1:9464"                       (CITYDRIVER_METRICS_ADDR, --metrics-addr)

[search]
# This node's search index folder: by default <db>.index next to a SQLite file, and
# ./citydriver-index for PostgreSQL. It is derived data, rebuilt with `citydriver reindex`.
# index_dir = "/var/lib/citydriver/index"                          (CITYDRIVER_INDEX_DIR)

[mail]
# Without an SMTP server, messages are written as .eml files to `dir`.
# smtp_host = "smtp.example.org"                                   (CITYDRIVER_SMTP_HOST)
smtp_port = 587
# Talk to the server without STARTTLS: only for a relay on this machine.
smtp_plain = false
# smtp_user = "citydriver"                                         (CITYDRIVER_SMTP_USER)
# smtp_password = "…"    a secret: better in CITYDRIVER_SMTP_PASSWORD than in a file
dir = "outbox-mail"
from = "citydriver <noreply@citydriver.localhost>"

[accounts]
# How long a sign-in lasts, and an invitation's link stays valid (14 days each).
session_ttl_secs = 1209600
invitation_ttl_secs = 1209600
"#;

impl Settings {
    /// The defaults, then the file at `path` (it must exist), or `./citydriver.toml` when it does.
    pub fn load(path: Option<&std::path::Path>) -> anyhow::Result<Settings> {
        use anyhow::Context;
        let (path, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from("citydriver.toml"), false),
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text)
                .with_context(|| format!("reading the configuration {}", path.display())),
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
                Ok(Settings::default())
            }
            Err(e) => Err(e).with_context(|| format!("opening {}", path.display())),
        }
    }

    /// The configuration as TOML, with the SMTP password replaced by "[redacted]".
    pub fn shown(&self) -> String {
        let mut s = self.clone();
        if s.mail.smtp_password.is_some() {
            s.mail.smtp_password = Some(Secret::new("[redacted]"));
        }
        toml::to_string(&s).unwrap_or_default()
    }

    pub fn services(&self) -> services::Config {
        services::Config {
            session_ttl_secs: self.accounts.session_ttl_secs,
            invitation_ttl_secs: self.accounts.invitation_ttl_secs,
        }
    }

    pub fn mail(&self, listening: std::net::SocketAddr) -> services::mail::MailConfig {
        use services::mail::{MailConfig, Transport};
        let m = &self.mail;
        let transport = match &m.smtp_host {
            Some(host) => Transport::Smtp {
                host: host.clone(),
                port: m.smtp_port,
                starttls: !m.smtp_plain,
                credentials: m.smtp_user.clone().zip(m.smtp_password.clone()),
            },
            None => Transport::Files(m.dir.clone()),
        };
        MailConfig {
            transport,
            from: m.from.clone(),
            public_url: self
                .server
                .public_url
                .clone()
                .unwrap_or_else(|| format!("http://{listening}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_the_default() {
        let parsed: Settings = toml::from_str(EXAMPLE).unwrap();
        assert_eq!(parsed, Settings::default());
        let back: Settings = toml::from_str(&Settings::default().shown()).unwrap();
        assert_eq!(back, Settings::default());
    }

    #[test]
    fn secrets_are_redacted_and_unknown_keys_refused() {
        let mut s = Settings::default();
        s.mail.smtp_password = Some(Secret::new("hunter2-smtp"));
        assert!(!s.shown().contains("hunter2") && !format!("{s:?}").contains("hunter2"));
        assert!(toml::from_str::<Settings>("[mail]\nsmtp_pasword = \"x\"\n").is_err());
    }
}
