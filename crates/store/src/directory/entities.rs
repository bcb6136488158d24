//! The directory tables, as sea-orm entities (column types as in `crate::entities`).

pub mod organization {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
    #[sea_orm(table_name = "organizations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub kind: String,
        /// JSON object: language tag -> name.
        pub names: String,
        /// Lower-cased display name used for ordering lists.
        pub sort_name: String,
        pub country: String,
        pub region: Option<String>,
        pub lat: Option<f64>,
        pub lon: Option<f64>,
        pub website: Option<String>,
        pub description: String,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod network {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "networks")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub names: String,
        pub sort_name: String,
        pub parent_id: Option<String>,
        pub relation: Option<String>,
        pub scope: String,
        pub status: String,
        pub secretariat_org_id: Option<String>,
        pub founded: Option<String>,
        pub description: String,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod membership {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "memberships")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub org_id: String,
        pub network_id: String,
        pub role: String,
        pub since: Option<String>,
        pub until: Option<String>,
        pub note: Option<String>,
        pub created_at: i64,
    }
    no_relations!();
}

pub mod person {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "people")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub org_id: String,
        pub name: String,
        /// JSON object: language tag -> position title.
        pub position: String,
        pub as_of: Option<String>,
        /// Private: shown only to editors of the organization and admins.
        pub email: Option<String>,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}
