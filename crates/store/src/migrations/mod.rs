//! Embedded migrations, run at start-up and by `citydriver migrate`, one file each.
//! Released migrations are never edited: add a new one. Keep them additive (SQLite's ALTER is limited).

use sea_orm_migration::prelude::*;

mod m0001_directory;
mod m0002_events;
mod m0003_events_more;
mod m0004_practices;
mod m0005_indexes;

use m0001_directory::M0001Directory;
use m0002_events::M0002Events;
use m0003_events_more::M0003EventsMore;
use m0004_practices::M0004Practices;
use m0005_indexes::M0005Indexes;

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
        ]
    }
}

// Column and key shapes every migration uses.
pub(super) fn text(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().not_null().to_owned()
}
pub(super) fn text_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().null().to_owned()
}
pub(super) fn key(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).string_len(128).not_null().to_owned()
}
pub(super) fn key_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).string_len(128).null().to_owned()
}
pub(super) fn instant(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}
pub(super) fn instant_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().null().to_owned()
}
pub(super) fn fk(
    from_table: &'static str,
    col: &'static str,
    to: &'static str,
    to_col: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from_table}_{col}"))
        .from(from_table, col)
        .to(to, to_col)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}
pub(super) fn index(
    table: &'static str,
    cols: &[&'static str],
    unique: bool,
) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(format!("ix_{table}_{}", cols.join("_")))
        .table(table);
    for c in cols {
        i.col(*c);
    }
    if unique {
        i.unique();
    }
    i.to_owned()
}
