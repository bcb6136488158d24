//! The `citydriver` command. Thin: it parses arguments and calls the library crates.

use anyhow::Context;
use clap::{Parser, Subcommand};
use config::Settings;
use domain::auth::{Actor, Role, Scope, UserActor};
use services::{Services, Store};
use std::io::{BufReader, BufWriter, Write};
use std::path::PathBuf;

mod config;
mod match_eval;
mod search_eval;

#[derive(Parser)]
#[command(
    name = "citydriver",
    version,
    about = "The platform a network of cities runs on"
)]
struct Cli {
    /// The configuration file (default: ./citydriver.toml when there is one; see `citydriver config --default`).
    #[arg(long, global = true, env = "CITYDRIVER_CONFIG")]
    config: Option<PathBuf>,
    /// Database: a SQLite file (default citydriver.db; also sqlite:///abs/path.db), `sqlite::memory:`, or a `postgres://` URL.
    #[arg(long, global = true, env = "CITYDRIVER_DB")]
    db: Option<String>,
    /// This node's search index folder (default: next to a SQLite file, `<db>.index`; for
    /// PostgreSQL, `./citydriver-index`). Each node keeps its own; it is derived data.
    #[arg(long, global = true, env = "CITYDRIVER_INDEX_DIR")]
    index_dir: Option<PathBuf>,
    /// How long a sign-in lasts, in seconds (default 14 days).
    #[arg(long, global = true, env = "CITYDRIVER_SESSION_TTL_SECS")]
    session_ttl_secs: Option<i64>,
    /// How long an invitation's link stays valid, in seconds (default 14 days).
    #[arg(long, global = true, env = "CITYDRIVER_INVITATION_TTL_SECS")]
    invitation_ttl_secs: Option<i64>,
    /// Logs as text (colours only on a terminal) or as JSON lines, one event a line.
    #[arg(long, global = true, env = "CITYDRIVER_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
    #[command(subcommand)]
    cmd: Cmd,
}

impl Cli {
    /// The defaults, the file, then the variables and flags (clap reads both, flags first).
    fn settings(&self) -> anyhow::Result<Settings> {
        let mut s = Settings::load(self.config.as_deref())?;
        if let Some(v) = &self.db {
            s.database.url = v.clone();
        }
        if let Some(v) = &self.index_dir {
            s.search.index_dir = Some(v.clone());
        }
        if let Some(v) = self.session_ttl_secs {
            s.accounts.session_ttl_secs = v;
        }
        if let Some(v) = self.invitation_ttl_secs {
            s.accounts.invitation_ttl_secs = v;
        }
        if let Cmd::Serve {
            addr,
            secure_cookies,
            metrics_addr,
            mail,
            ..
        } = &self.cmd
        {
            if let Some(v) = addr {
                s.server.addr = v.clone();
            }
            if let Some(v) = metrics_addr {
                s.server.metrics_addr = Some(v.clone());
            }
            if let Some(v) = secure_cookies {
                s.server.secure_cookies = *v;
            }
            mail.apply(&mut s);
        }
        Ok(s)
    }
}

/// Where the search index lives; none for a database in memory (then the index is too).
fn index_dir(s: &Settings) -> Option<PathBuf> {
    if let Some(d) = &s.search.index_dir {
        return Some(d.clone());
    }
    let url = &s.database.url;
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Some(PathBuf::from("citydriver-index"));
    }
    services::sqlite_path(url).map(|p| PathBuf::from(format!("{}.index", p.display())))
}

/// This node's name, kept in its index folder: the same after a restart, so that the node
/// takes its mailer's lease back at once. The index's lock keeps a second live process off the
/// folder, so two running nodes never share a name. None for an index in memory.
fn node_id(s: &Settings) -> anyhow::Result<Option<String>> {
    let Some(dir) = index_dir(s) else {
        return Ok(None);
    };
    let file = dir.join("node-id");
    if let Ok(id) = std::fs::read_to_string(&file)
        && !id.trim().is_empty()
    {
        return Ok(Some(id.trim().to_string()));
    }
    let id = services::random_hex(8);
    std::fs::write(&file, &id).with_context(|| format!("writing {}", file.display()))?;
    Ok(Some(id))
}

fn open_index(s: &Settings) -> anyhow::Result<search::SearchIndex> {
    Ok(match index_dir(s) {
        Some(d) => search::SearchIndex::open(&d)
            .with_context(|| format!("opening the search index {}", d.display()))?,
        None => search::SearchIndex::in_memory()?,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Cmd {
    /// Serve the web site and the API (migrates first; loads the demo network on an empty database).
    Serve {
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long, env = "CITYDRIVER_ADDR")]
        addr: Option<String>,
        /// Start with an empty directory instead of the demo network.
        #[arg(long)]
        no_demo: bool,
        /// Mark cookies Secure (behind HTTPS).
        #[arg(long, env = "CITYDRIVER_SECURE_COOKIES", num_args = 0..=1, default_missing_value = "true")]
        secure_cookies: Option<bool>,
        /// Serve /metrics (Prometheus) on this address, apart from the site (off by default).
        #[arg(long, env = "CITYDRIVER_METRICS_ADDR")]
        metrics_addr: Option<String>,
        #[command(flatten)]
        mail: MailArgs,
    },
    /// Print the configuration in force (secrets redacted), or with --default a commented example.
    Config {
        /// The commented example of every setting and its default.
        #[arg(long)]
        default: bool,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// Write the whole database as JSON lines (to a file, or standard output).
    Export {
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Read an export into an empty database (from a file, or standard input).
    Import {
        #[arg(long = "in")]
        input: Option<PathBuf>,
    },
    /// Make an API token for an account and print it (scopes: read, write:directory, admin).
    CreateToken {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "read")]
        scopes: String,
        #[arg(long, default_value = "command line")]
        name: String,
    },
    /// Make a consistent copy while the server runs (SQLite file copy, or an export for PostgreSQL).
    Backup { path: PathBuf },
    /// Rebuild this node's search index from the database.
    Reindex,
    /// Run the search evaluation set: index a corpus, answer its queries, write the ranked ids.
    SearchEval {
        #[arg(long, default_value = "eval/corpus.jsonl")]
        corpus: PathBuf,
        #[arg(long, default_value = "eval/queries.jsonl")]
        queries: PathBuf,
        #[arg(long, default_value = "target/eval-run.json")]
        out: PathBuf,
    },
    /// Run the matchmaking evaluation set: rank each need's solutions as `/needs/{id}` does and
    /// with a text-only baseline; print nDCG@10 and precision@5 by need language.
    MatchEval {
        #[arg(long, default_value = "eval/matching/set.json")]
        set: PathBuf,
        #[arg(long, default_value = "target/match-eval.json")]
        out: PathBuf,
    },
    /// Create an account directly (the password is read from CITYDRIVER_PASSWORD or standard input).
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin or member
        #[arg(long, default_value = "member")]
        role: String,
        /// Organization id the account edits.
        #[arg(long)]
        editor_of: Option<String>,
    },
}

#[derive(clap::Args)]
struct MailArgs {
    /// SMTP server for outgoing mail; without it, messages are written as .eml files to --mail-dir.
    #[arg(long, env = "CITYDRIVER_SMTP_HOST")]
    smtp_host: Option<String>,
    #[arg(long, env = "CITYDRIVER_SMTP_PORT")]
    smtp_port: Option<u16>,
    /// Talk to the SMTP server without STARTTLS (only for a relay on this machine).
    #[arg(long, env = "CITYDRIVER_SMTP_PLAIN", num_args = 0..=1, default_missing_value = "true")]
    smtp_plain: Option<bool>,
    #[arg(long, env = "CITYDRIVER_SMTP_USER")]
    smtp_user: Option<String>,
    #[arg(long, env = "CITYDRIVER_SMTP_PASSWORD", hide_env_values = true)]
    smtp_password: Option<String>,
    /// Folder for .eml files when no SMTP server is given (default outbox-mail).
    #[arg(long, env = "CITYDRIVER_MAIL_DIR")]
    mail_dir: Option<PathBuf>,
    /// The sender of messages (default "citydriver <noreply@citydriver.localhost>").
    #[arg(long, env = "CITYDRIVER_MAIL_FROM")]
    mail_from: Option<String>,
    /// The address people reach this site at, for links in messages (default: the listening address).
    #[arg(long, env = "CITYDRIVER_PUBLIC_URL")]
    public_url: Option<String>,
}

impl MailArgs {
    fn apply(&self, s: &mut Settings) {
        let m = &mut s.mail;
        if let Some(v) = &self.smtp_host {
            m.smtp_host = Some(v.clone());
        }
        if let Some(v) = self.smtp_port {
            m.smtp_port = v;
        }
        if let Some(v) = self.smtp_plain {
            m.smtp_plain = v;
        }
        if let Some(v) = &self.smtp_user {
            m.smtp_user = Some(v.clone());
        }
        if let Some(v) = &self.smtp_password {
            m.smtp_password = Some(domain::Secret::new(v.clone()));
        }
        if let Some(v) = &self.mail_dir {
            m.dir = v.clone();
        }
        if let Some(v) = &self.mail_from {
            m.from = v.clone();
        }
        if let Some(v) = &self.public_url {
            s.server.public_url = Some(v.clone());
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_env("CITYDRIVER_LOG")
        .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match cli.log_format {
        LogFormat::Json => logs.json().with_ansi(false).init(),
        LogFormat::Text => {
            use std::io::IsTerminal;
            logs.with_ansi(std::io::stderr().is_terminal()).init()
        }
    }
    let settings = cli.settings()?;
    let db = settings.database.url.clone();
    let db = db.as_str();
    match &cli.cmd {
        Cmd::Serve { no_demo, .. } => serve(&settings, *no_demo).await,
        Cmd::Config { default } => {
            if *default {
                print!("{}", config::EXAMPLE);
            } else {
                print!("{}", settings.shown());
            }
            Ok(())
        }
        Cmd::Reindex => {
            let svc = Services::new(Store::open(db).await?, settings.services());
            let index = open_index(&settings)?;
            let started = std::time::Instant::now();
            let n = svc.reindex(&index).await?;
            eprintln!(
                "search index rebuilt: {n} documents in {} ms",
                started.elapsed().as_millis()
            );
            Ok(())
        }
        Cmd::SearchEval {
            corpus,
            queries,
            out,
        } => search_eval::run(corpus, queries, out),
        Cmd::MatchEval { set, out } => match_eval::run(set, out),
        Cmd::Migrate => {
            let store = Store::open(db).await?;
            eprintln!(
                "migrations applied: {}",
                store.applied_migrations().await?.join(", ")
            );
            Ok(())
        }
        Cmd::Export { out } => {
            let out = out.clone();
            let store = Store::open(db).await?;
            let counts = match out {
                Some(p) => {
                    let mut w = BufWriter::new(
                        std::fs::File::create(&p)
                            .with_context(|| format!("creating {}", p.display()))?,
                    );
                    let c = store.export(&mut w).await?;
                    w.flush()?;
                    c
                }
                None => {
                    let mut w = BufWriter::new(std::io::stdout().lock());
                    let c = store.export(&mut w).await?;
                    w.flush()?;
                    c
                }
            };
            eprintln!("exported {}", summary(&counts));
            Ok(())
        }
        Cmd::Import { input } => {
            let input = input.clone();
            let store = Store::open(db).await?;
            let counts = match input {
                Some(p) => {
                    let f = std::fs::File::open(&p)
                        .with_context(|| format!("opening {}", p.display()))?;
                    store.import(&mut BufReader::new(f)).await?
                }
                None => store.import(&mut std::io::stdin().lock()).await?,
            };
            eprintln!("imported {}", summary(&counts));
            Ok(())
        }
        Cmd::CreateUser {
            email,
            name,
            role,
            editor_of,
        } => {
            let (email, name) = (email.clone(), name.clone());
            let password = match std::env::var("CITYDRIVER_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_string()
                }
            };
            let svc = Services::new(Store::open(db).await?, settings.services());
            // The command line acts with the rights of the machine's operator, and says so in the audit log.
            let operator = Actor::User(UserActor {
                user_id: "system:cli".into(),
                email: String::new(),
                role: Role::Admin,
                editor_of: vec![],
                scopes: Scope::ALL.to_vec(),
            });
            let form = services::accounts::SignUp {
                email,
                display_name: name,
                password,
            };
            match svc
                .create_user(&operator, form, role, editor_of.as_deref())
                .await
            {
                Ok(u) => {
                    eprintln!("created {} ({}) as {}", u.email, u.id, u.role);
                    Ok(())
                }
                Err(services::ServiceError::Invalid(f) | services::ServiceError::Conflict(f)) => {
                    for (field, reason) in f.0 {
                        eprintln!("{field}: {reason}");
                    }
                    std::process::exit(2)
                }
                Err(e) => Err(e.into()),
            }
        }
        Cmd::CreateToken {
            email,
            scopes,
            name,
        } => {
            let svc = Services::new(Store::open(db).await?, settings.services());
            let actor = svc.actor_by_email(email).await?;
            match svc.create_token(&actor, name, scopes).await {
                Ok((_, secret)) => {
                    println!("{secret}");
                    Ok(())
                }
                Err(services::ServiceError::Invalid(f)) => {
                    for (field, reason) in f.0 {
                        eprintln!("{field}: {reason}");
                    }
                    std::process::exit(2)
                }
                Err(e) => Err(e.into()),
            }
        }
        Cmd::Backup { path } => {
            let store = Store::connect(db).await?;
            store.backup(path).await?;
            eprintln!("backup written to {}", path.display());
            Ok(())
        }
    }
}

fn summary(c: &store_counts::Counts) -> String {
    c.0.iter()
        .map(|(t, n)| format!("{t}={n}"))
        .collect::<Vec<_>>()
        .join(" ")
}

mod store_counts {
    pub use services::store_counts::Counts;
}

/// Resolves when the process is asked to stop: Ctrl-C (SIGINT) or SIGTERM. The handlers are
/// installed when this is called (before the address is announced), not when it is first
/// awaited, so that a signal sent right away is not lost to the default action.
fn stop_signal() -> anyhow::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate()).context("catching SIGTERM")?;
        let mut int = signal(SignalKind::interrupt()).context("catching SIGINT")?;
        Ok(async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

/// Installs the Prometheus recorder and serves `/metrics` on `addr` until aborted.
async fn start_metrics(
    addr: &str,
    state: web::AppState,
) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let handle = metrics_exporter_prometheus::PrometheusBuilder::new()
        .set_buckets(&[
            0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0,
        ])?
        .install_recorder()?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("listening for metrics on {addr}"))?;
    println!("metrics at http://{}/metrics", listener.local_addr()?);
    Ok(tokio::spawn(async move {
        if let Err(e) = web::site::serve_metrics(listener, state, handle).await {
            tracing::warn!("metrics listener: {e}");
        }
    }))
}

async fn serve(settings: &Settings, no_demo: bool) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let db = &settings.database.url;
    let index = open_index(settings)?;
    let store = Store::open(db)
        .await
        .with_context(|| format!("opening the database {db}"))?;
    let mut svc = Services::new(store, settings.services());
    if let Some(node) = node_id(settings)? {
        svc = svc.with_node_id(node);
    }
    if !no_demo && let Some(c) = svc.load_demo_if_empty().await? {
        tracing::info!(
            "loaded the demo network: {} organizations, {} networks, {} memberships, {} people",
            c.organizations,
            c.networks,
            c.memberships,
            c.people
        );
    }
    let addr = &settings.server.addr;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("listening on {addr}"))?;
    let local = listener.local_addr()?;
    let stop = stop_signal()?;
    if let Some(secret) = svc.bootstrap_invitation().await? {
        println!(
            "No account exists yet. Create the first administrator account here (the link works once):"
        );
        println!("  http://{local}/invite/{secret}");
    }
    // The search index: built on first start (position 0: never built, or a rebuild was
    // interrupted), then the follower keeps it up to date.
    let index = std::sync::Arc::new(index);
    if index.position()? == 0 {
        let t = std::time::Instant::now();
        let n = svc.reindex(&index).await?;
        tracing::info!(
            "search index built: {n} documents in {} ms",
            t.elapsed().as_millis()
        );
    }
    println!(
        "citydriver is serving http://{local}/ (ready in {} ms)",
        started.elapsed().as_millis()
    );
    let mail = settings.mail(local);
    let web = web::WebConfig {
        secure_cookies: settings.server.secure_cookies,
        public_url: mail.public_url.trim_end_matches('/').to_string(),
    };
    let workers = svc.start_workers(mail, index.clone());
    let state = web::AppState::with_index(svc, web, index).with_heartbeats(workers.heartbeats());
    let metrics = match &settings.server.metrics_addr {
        None => None,
        Some(addr) => Some(start_metrics(addr, state.clone()).await?),
    };
    web::serve(listener, state, stop).await?;
    if let Some(m) = metrics {
        m.abort();
    }
    tracing::info!("stopping: requests done, now the workers");
    let late = workers.stop(std::time::Duration::from_secs(4)).await;
    if late.is_empty() {
        tracing::info!("workers stopped");
    } else {
        tracing::warn!("workers stopped late, aborted: {}", late.join(", "));
    }
    Ok(())
}
