//! Embedded migrations, run at start-up and by `citydriver migrate`, one file each.
//! Released migrations are never edited: add a new one. Keep them additive (SQLite's ALTER is limited).

use sea_orm_migration::prelude::*;

mod columns;
mod m0001_directory;
mod m0002_events;
mod m0003_events_more;
mod m0004_practices;
mod m0005_indexes;
mod m0006_projects;
mod m0007_matching;
mod m0008_registration_proof;

use m0001_directory::M0001Directory;
use m0002_events::M0002Events;
use m0003_events_more::M0003EventsMore;
use m0004_practices::M0004Practices;
use m0005_indexes::M0005Indexes;
use m0006_projects::M0006Projects;
use m0007_matching::M0007Matching;
use m0008_registration_proof::M0008RegistrationProof;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(M0001Directory),
            Box::new(M0002Events),
            Box::new(M0003EventsMore),
            Box::new(M0004Practices),
            Box::new(M0005Indexes),
            Box::new(M0006Projects),
            Box::new(M0007Matching),
            Box::new(M0008RegistrationProof),
        ]
    }
}
