//! The knowledge tables, as sea-orm entities (column types as in `crate::entities`).

pub mod practice {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "practices")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub city_org_id: String,
        pub domain: String,
        /// Goal numbers, comma-separated.
        pub sdgs: String,
        /// JSON objects: language tag -> text.
        pub titles: String,
        pub summary: String,
        pub problem: String,
        pub solution: String,
        pub results: String,
        pub cost: Option<String>,
        pub started: Option<String>,
        pub ended: Option<String>,
        /// JSON list of [label, address].
        pub links: String,
        /// None: a draft, seen only by the city's editors and admins.
        pub published_at: Option<i64>,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod practice_partner {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "practice_partners")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub practice_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub org_id: String,
    }
    no_relations!();
}

pub mod practice_contact {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "practice_contacts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub practice_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub person_id: String,
    }
    no_relations!();
}

pub mod practice_event {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "practice_events")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub practice_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: String,
    }
    no_relations!();
}

pub mod collection {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "collections")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub names: String,
        pub description: String,
        pub curator_org_id: Option<String>,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod collection_item {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "collection_items")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub collection_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub practice_id: String,
        pub measure_type: String,
        /// The date the item speaks of: 2020, 2020-03 or 2020-03-10.
        pub dated: String,
        /// JSON object: language tag -> the dated update's text.
        pub note: String,
        pub added_at: i64,
    }
    no_relations!();
}
