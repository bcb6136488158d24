//! Use cases end to end on each backend: demo, access rules, audit, import.

mod accounts;
mod common;
mod directory;
mod driver;
mod events;
mod knowledge;
mod mail;
mod matching;
