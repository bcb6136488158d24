//! Matchmaking's tables, as sea-orm entities. Lists that are filtered on are kept as ",a,b,"
//! beside the body (the checked value's canonical input, as JSON).

macro_rules! body_table {
    ($module:ident, $table:literal { $($col:ident: $ty:ty),* $(,)? }) => {
        pub mod $module {
            use sea_orm::entity::prelude::*;
            #[derive(
                Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
            )]
            #[sea_orm(table_name = $table)]
            pub struct Model {
                #[sea_orm(primary_key, auto_increment = false)]
                pub id: String,
                $(pub $col: $ty,)*
                pub body: String,
                pub created_by: String,
                pub created_at: i64,
                pub updated_at: i64,
            }
            no_relations!();
        }
    };
}

body_table!(solution, "solutions" {
    company_org_id: String,
    domain: String,
    countries: String,
    regions: String,
    price_model: String,
});

body_table!(offer, "offers" {
    financier_org_id: String,
    instrument: String,
    countries: String,
    regions: String,
    domains: String,
});

body_table!(need, "needs" {
    project_id: String,
    kind: String,
    status: String,
});

pub mod interest {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "interests")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub need_id: String,
        /// `solution`, `offer` or `city`.
        pub candidate_kind: String,
        pub candidate_id: String,
        /// The organization on the candidate's side: the company, the financier, the peer city.
        pub org_id: String,
        /// `candidate` or `city`.
        pub initiated_by: String,
        pub status: String,
        pub message: String,
        pub created_by: String,
        pub created_at: i64,
        pub answered_by: Option<String>,
        pub answered_at: Option<i64>,
    }
    no_relations!();
}
