//! The `citydriver` command. Thin: it parses arguments and calls the library crates.

use anyhow::Context;
use clap::{Parser, Subcommand};
use domain::auth::{Actor, Role, Scope, UserActor};
use services::{Config, Services, Store};
use std::io::{BufReader, BufWriter, Write};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "citydriver",
    version,
    about = "The platform a network of cities runs on"
)]
struct Cli {
    /// Database: a SQLite file path (default ./citydriver.db), `sqlite::memory:`, or a `postgres://` URL.
    #[arg(
        long,
        global = true,
        env = "CITYDRIVER_DB",
        default_value = "citydriver.db"
    )]
    db: String,
    /// This node's search index folder (default: next to a SQLite file, `<db>.index`; for
    /// PostgreSQL, `./citydriver-index`). Each node keeps its own; it is derived data.
    #[arg(long, global = true, env = "CITYDRIVER_INDEX_DIR")]
    index_dir: Option<PathBuf>,
    #[command(subcommand)]
    cmd: Cmd,
}

impl Cli {
    /// Where the search index lives; none for a database in memory (then the index is too).
    fn index_dir(&self) -> Option<PathBuf> {
        if let Some(d) = &self.index_dir {
            return Some(d.clone());
        }
        if self.db.starts_with("postgres://") || self.db.starts_with("postgresql://") {
            Some(PathBuf::from("citydriver-index"))
        } else if self.db.contains(":memory:") {
            None
        } else {
            Some(PathBuf::from(format!(
                "{}.index",
                self.db.trim_start_matches("sqlite://")
            )))
        }
    }

    fn open_index(&self) -> anyhow::Result<search::SearchIndex> {
        Ok(match self.index_dir() {
            Some(d) => search::SearchIndex::open(&d)
                .with_context(|| format!("opening the search index {}", d.display()))?,
            None => search::SearchIndex::in_memory()?,
        })
    }
}

#[derive(Subcommand)]
enum Cmd {
    /// Serve the web site and the API (migrates first; loads the demo network on an empty database).
    Serve {
        /// Address to listen on.
        #[arg(long, env = "CITYDRIVER_ADDR", default_value = "127.0.0.1:8080")]
        addr: String,
        /// Start with an empty directory instead of the demo network.
        #[arg(long)]
        no_demo: bool,
        /// Mark cookies Secure (behind HTTPS).
        #[arg(long, env = "CITYDRIVER_SECURE_COOKIES")]
        secure_cookies: bool,
        #[command(flatten)]
        mail: MailArgs,
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
    #[arg(long, env = "CITYDRIVER_SMTP_PORT", default_value_t = 587)]
    smtp_port: u16,
    /// Talk to the SMTP server without STARTTLS (only for a relay on this machine).
    #[arg(long, env = "CITYDRIVER_SMTP_PLAIN")]
    smtp_plain: bool,
    #[arg(long, env = "CITYDRIVER_SMTP_USER")]
    smtp_user: Option<String>,
    #[arg(long, env = "CITYDRIVER_SMTP_PASSWORD", hide_env_values = true)]
    smtp_password: Option<String>,
    /// Folder for .eml files when no SMTP server is given.
    #[arg(long, env = "CITYDRIVER_MAIL_DIR", default_value = "outbox-mail")]
    mail_dir: std::path::PathBuf,
    #[arg(
        long,
        env = "CITYDRIVER_MAIL_FROM",
        default_value = "citydriver <noreply@citydriver.localhost>"
    )]
    mail_from: String,
    /// The address people reach this site at, for links in messages (default: the listening address).
    #[arg(long, env = "CITYDRIVER_PUBLIC_URL")]
    public_url: Option<String>,
}

impl MailArgs {
    fn config(&self, listening: std::net::SocketAddr) -> services::mail::MailConfig {
        use services::mail::{MailConfig, Transport};
        let transport = match &self.smtp_host {
            Some(host) => Transport::Smtp {
                host: host.clone(),
                port: self.smtp_port,
                starttls: !self.smtp_plain,
                credentials: self.smtp_user.clone().zip(self.smtp_password.clone()),
            },
            None => Transport::Files(self.mail_dir.clone()),
        };
        MailConfig {
            transport,
            from: self.mail_from.clone(),
            public_url: self
                .public_url
                .clone()
                .unwrap_or_else(|| format!("http://{listening}")),
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CITYDRIVER_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn,sea_orm=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match &cli.cmd {
        Cmd::Serve {
            addr,
            no_demo,
            secure_cookies,
            mail,
        } => {
            let index = cli.open_index()?;
            serve(&cli.db, index, addr, *no_demo, *secure_cookies, mail).await
        }
        Cmd::Reindex => {
            let svc = Services::new(Store::open(&cli.db).await?, Config::default());
            let index = cli.open_index()?;
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
        } => search_eval(corpus, queries, out),
        Cmd::Migrate => {
            let store = Store::open(&cli.db).await?;
            eprintln!(
                "migrations applied: {}",
                store.applied_migrations().await?.join(", ")
            );
            Ok(())
        }
        Cmd::Export { out } => {
            let out = out.clone();
            let store = Store::open(&cli.db).await?;
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
            let store = Store::open(&cli.db).await?;
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
            let svc = Services::new(Store::open(&cli.db).await?, Config::default());
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
            let svc = Services::new(Store::open(&cli.db).await?, Config::default());
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
            let store = Store::connect(&cli.db).await?;
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

async fn serve(
    db: &str,
    index: search::SearchIndex,
    addr: &str,
    no_demo: bool,
    secure_cookies: bool,
    mail: &MailArgs,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let store = Store::open(db)
        .await
        .with_context(|| format!("opening the database {db}"))?;
    let svc = Services::new(store, Config::default());
    if !no_demo && let Some(c) = svc.load_demo_if_empty().await? {
        tracing::info!(
            "loaded the demo network: {} organizations, {} networks, {} memberships, {} people",
            c.organizations,
            c.networks,
            c.memberships,
            c.people
        );
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("listening on {addr}"))?;
    let local = listener.local_addr()?;
    if let Some(secret) = svc.bootstrap_invitation().await? {
        println!(
            "No account exists yet. Create the first administrator account here (the link works once):"
        );
        println!("  http://{local}/invite/{secret}");
    }
    println!(
        "citydriver is serving http://{local}/ (ready in {} ms)",
        started.elapsed().as_millis()
    );
    // The mailer sends what the outbox holds; it survives transport errors and retries.
    let mail_cfg = mail.config(local);
    let mailer = svc.clone();
    tokio::spawn(async move {
        loop {
            if let Err(e) = mailer.send_pending_mail(&mail_cfg, 200).await {
                tracing::warn!("mailer: {e}");
                tokio::time::sleep(std::time::Duration::from_secs(5)).await;
            }
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
    });
    // Reminders: every half minute, the due ones go into the outbox (each once, even with many nodes).
    let reminders = svc.clone();
    tokio::spawn(async move {
        loop {
            match reminders
                .queue_due_reminders(domain::time::now_micros())
                .await
            {
                Ok(0) => {}
                Ok(n) => tracing::info!("reminders: {n} queued"),
                Err(e) => tracing::warn!("reminders: {e}"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(30)).await;
        }
    });
    // The search index: built on first start, then it follows the outbox.
    let index = std::sync::Arc::new(index);
    // Position 0: never built, or a rebuild was interrupted.
    if index.position()? == 0 {
        let t = std::time::Instant::now();
        let n = svc.reindex(&index).await?;
        tracing::info!(
            "search index built: {n} documents in {} ms",
            t.elapsed().as_millis()
        );
    }
    let (follower, ix) = (svc.clone(), index.clone());
    tokio::spawn(async move {
        loop {
            match follower.index_pending(&ix, 1000).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::warn!("search index: {e}"),
            }
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        }
    });
    let state = web::AppState::with_index(svc, web::WebConfig { secure_cookies }, index);
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    web::serve(listener, state, shutdown).await?;
    Ok(())
}

/// Indexes the evaluation corpus in memory, answers each query (top 10) and writes
/// `{"query id": ["doc id", ...]}` for `eval/baselines.py --run citydriver=...`.
fn search_eval(
    corpus: &std::path::Path,
    queries: &std::path::Path,
    out: &std::path::Path,
) -> anyhow::Result<()> {
    use std::io::BufRead;
    #[derive(serde::Deserialize)]
    struct CorpusDoc {
        id: String,
        kind: String,
        lang: String,
        title: String,
        body: String,
        #[serde(default)]
        names: Vec<String>,
    }
    #[derive(serde::Deserialize)]
    struct EvalQuery {
        id: String,
        text: String,
    }
    let index = search::SearchIndex::in_memory()?;
    let mut docs = Vec::new();
    let f = std::fs::File::open(corpus).with_context(|| format!("opening {}", corpus.display()))?;
    for (n, line) in BufReader::new(f).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let d: CorpusDoc = serde_json::from_str(&line)
            .with_context(|| format!("{} line {}", corpus.display(), n + 1))?;
        let lang = domain::Lang::parse(&d.lang);
        let kind = match d.kind.as_str() {
            "event" => search::Kind::Event,
            "cue" => search::Kind::Cue,
            "organization" => search::Kind::Organization,
            _ => search::Kind::Practice,
        };
        docs.push(search::Doc {
            id: d.id.clone(),
            group: d.id.clone(),
            kind,
            title: match lang {
                Some(l) => domain::I18nText::new().with(l, &d.title),
                None => domain::I18nText::en(&d.title),
            },
            texts: vec![(lang, d.title), (lang, d.body)],
            names: d.names,
            url: String::new(),
            langs: vec![d.lang],
            country: None,
            domain: None,
            year: None,
        });
    }
    let started = std::time::Instant::now();
    index.apply(&[], &[], &docs, 0)?;
    let built = started.elapsed();
    let mut run = serde_json::Map::new();
    let f =
        std::fs::File::open(queries).with_context(|| format!("opening {}", queries.display()))?;
    let mut n_queries = 0;
    for (n, line) in BufReader::new(f).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let q: EvalQuery = serde_json::from_str(&line)
            .with_context(|| format!("{} line {}", queries.display(), n + 1))?;
        let r = index.search(&search::SearchQuery {
            text: q.text,
            page: 1,
            per_page: 10,
            ..Default::default()
        })?;
        run.insert(
            q.id,
            r.hits
                .into_iter()
                .map(|h| serde_json::Value::String(h.id))
                .collect(),
        );
        n_queries += 1;
    }
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(out, serde_json::to_string_pretty(&run)?)?;
    eprintln!(
        "indexed {} documents in {} ms; answered {n_queries} queries; wrote {}",
        docs.len(),
        built.as_millis(),
        out.display()
    );
    Ok(())
}
