//! The accounts tables, as sea-orm entities (column types as in `crate::entities`).

pub mod user {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        #[sea_orm(unique)]
        pub email: String,
        pub display_name: String,
        /// argon2id PHC string.
        pub password_hash: String,
        pub role: String,
        pub lang: Option<String>,
        pub disabled: bool,
        pub created_at: i64,
    }
    no_relations!();
}

pub mod editor_grant {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "editor_grants")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub org_id: String,
        pub created_at: i64,
    }
    no_relations!();
}

pub mod invitation {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "invitations")]
    pub struct Model {
        /// SHA-256 of the secret in the invitation link; the secret itself is never stored.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub email: String,
        pub role: String,
        pub org_id: Option<String>,
        pub created_by: String,
        pub created_at: i64,
        pub expires_at: i64,
        pub accepted_at: Option<i64>,
    }
    no_relations!();
}

pub mod session {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "sessions")]
    pub struct Model {
        /// SHA-256 of the cookie value.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id_hash: String,
        pub user_id: String,
        pub created_at: i64,
        pub expires_at: i64,
    }
    no_relations!();
}

pub mod api_token {
    use sea_orm::entity::prelude::*;
    #[derive(
        Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize,
    )]
    #[sea_orm(table_name = "api_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        pub user_id: String,
        pub name: String,
        #[sea_orm(unique)]
        pub token_hash: String,
        /// Space-separated scopes.
        pub scopes: String,
        pub created_at: i64,
        pub revoked_at: Option<i64>,
    }
    no_relations!();
}
