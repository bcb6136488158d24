use super::columns::*;
use sea_orm_migration::prelude::*;

/// A registration's self-service link can be renewed (`link_generation`, part of the link's
/// HMAC: a cancelled registration made again gets a new link), and the registrant's address is
/// marked once proven (`address_confirmed_at`: the link from the e-mail was opened, or the
/// registration came from the address's own account or invitation).
pub struct M0008RegistrationProof;

impl MigrationName for M0008RegistrationProof {
    fn name(&self) -> &str {
        "m0008_registration_proof"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0008RegistrationProof {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER.
        for c in [
            ColumnDef::new("link_generation")
                .big_integer()
                .not_null()
                .default(0)
                .to_owned(),
            instant_null("address_confirmed_at"),
        ] {
            m.alter_table(
                Table::alter()
                    .table("registrations")
                    .add_column(c)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
