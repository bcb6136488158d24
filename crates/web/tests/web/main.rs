//! The site and the API as a user or a client sees them, through the real router.

mod accounts;
mod common;
mod connections;
mod directory;
mod driver;
mod events;
mod knowledge;
mod matching;
mod projects;
mod registrations;
mod scopes;
mod search;
mod site;
