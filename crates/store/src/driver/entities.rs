//! The Driver's tables, as sea-orm entities (column types as in `crate::entities`).

pub mod project {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
    #[sea_orm(table_name = "projects")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub city_org_id: String,
        pub domain: String,
        /// Goal numbers as ",7,11,".
        pub sdgs: String,
        /// JSON objects: language tag -> text.
        pub titles: String,
        pub summary: String,
        pub visibility: String,
        /// The network whose members see it (visibility `network`).
        pub network_id: Option<String>,
        pub district: String,
        pub lat: Option<f64>,
        pub lon: Option<f64>,
        /// Language tags as ",en,ko,".
        pub languages: String,
        pub stage: String,
        /// When the gate of Operate was signed.
        pub completed_at: Option<i64>,
        /// The best-practice case it became.
        pub practice_id: Option<String>,
        pub created_by: String,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod project_member {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "project_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub project_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: String,
        pub role: String,
        pub added_at: i64,
    }
    no_relations!();
}

pub mod project_partner {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "project_partners")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub project_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub org_id: String,
        pub role: String,
        pub status: String,
        pub invited_by: String,
        pub invited_at: i64,
        pub answered_at: Option<i64>,
    }
    no_relations!();
}

pub mod project_part {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "project_parts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub project_id: String,
        /// A `PartKind`, or `business_case` (the case as JSON: model, funding, simulation).
        #[sea_orm(primary_key, auto_increment = false)]
        pub kind: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub part_id: String,
        /// The checked body, JSON.
        pub body: String,
        pub updated_by: String,
        pub created_at: i64,
        pub updated_at: i64,
    }
    no_relations!();
}

pub mod project_gate {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "project_gates")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub project_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub stage: String,
        pub signed_by: String,
        pub signed_at: i64,
        /// JSON: each item of the gate and whether it was met when signed.
        pub checklist: String,
        pub note: String,
    }
    no_relations!();
}

pub mod readiness_assessment {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "readiness_assessments")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub city_org_id: String,
        pub project_id: Option<String>,
        pub taken_by: String,
        pub taken_at: i64,
        /// JSON: question id -> level 0 to 4.
        pub answers: String,
        /// JSON: dimension -> score 0 to 100.
        pub scores: String,
        /// The city lets others compare with it (anonymously, five cities or more).
        pub shared: bool,
    }
    no_relations!();
}
