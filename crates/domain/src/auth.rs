//! Who may do what. Pure rules, checked by the services on every write.

use crate::ids::OrgId;
use serde::{Deserialize, Serialize};

/// An account's global role. Editors are members with organizations to edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Secretariat staff: may do everything, see the audit log, invite.
    Admin,
    Member,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Member => "member",
        }
    }
    pub fn parse(s: &str) -> Result<Role, String> {
        match s {
            "admin" => Ok(Role::Admin),
            "member" => Ok(Role::Member),
            _ => Err(format!("'{s}' is not a role (admin, member)")),
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

words!(
    /// What became of an action the audit log records.
    Outcome { Ok = "ok", Denied = "denied" }
);

/// What an API token may be used for. A browser session holds every scope of its user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Read what the account may see, private data included: an editor's read token reads its
    /// organizations' people's e-mail addresses and events' registrations; an administrator's,
    /// the audit log and the accounts. Writing and administering need the other scopes.
    Read,
    /// Write the directory within the account's rights.
    WriteDirectory,
    /// Administration: imports, invitations, audit log.
    Admin,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::Read, Scope::WriteDirectory, Scope::Admin];
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::WriteDirectory => "write:directory",
            Scope::Admin => "admin",
        }
    }
    pub fn parse(s: &str) -> Result<Scope, String> {
        Scope::ALL
            .into_iter()
            .find(|x| x.as_str() == s.trim())
            .ok_or_else(|| {
                format!(
                    "'{}' is not a scope (read, write:directory, admin)",
                    s.trim()
                )
            })
    }
    /// Space-separated list, e.g. "read write:directory".
    pub fn parse_list(s: &str) -> Result<Vec<Scope>, String> {
        let mut v = s
            .split_whitespace()
            .map(Scope::parse)
            .collect::<Result<Vec<_>, _>>()?;
        v.sort();
        v.dedup();
        if v.is_empty() {
            return Err("at least one scope is required".into());
        }
        Ok(v)
    }
    pub fn join(scopes: &[Scope]) -> String {
        scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The one acting: an anonymous visitor or a signed-in account, with what it may use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    User(UserActor),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserActor {
    pub user_id: String,
    pub email: String,
    pub role: Role,
    pub editor_of: Vec<OrgId>,
    pub scopes: Vec<Scope>,
}

/// Why something was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// Not signed in: 401.
    Unauthenticated,
    /// Signed in, but not allowed: 403.
    Forbidden,
}

impl Actor {
    pub fn id_for_log(&self) -> String {
        match self {
            Actor::Anonymous => "anonymous".into(),
            Actor::User(u) => u.user_id.clone(),
        }
    }
    pub fn user(&self) -> Option<&UserActor> {
        match self {
            Actor::User(u) => Some(u),
            Actor::Anonymous => None,
        }
    }
    pub fn is_admin(&self) -> bool {
        self.user()
            .is_some_and(|u| u.role == Role::Admin && u.scopes.contains(&Scope::Admin))
    }

    fn with_scope(&self, scope: Scope) -> Result<&UserActor, Denied> {
        let u = self.user().ok_or(Denied::Unauthenticated)?;
        if u.scopes.contains(&scope) {
            Ok(u)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Administration (imports, invitations, audit log, creating organizations and networks).
    pub fn require_admin(&self) -> Result<&UserActor, Denied> {
        let u = self.with_scope(Scope::Admin)?;
        if u.role == Role::Admin {
            Ok(u)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Editing an organization and its people: admins, and that organization's editors.
    pub fn require_org_editor(&self, org: &OrgId) -> Result<&UserActor, Denied> {
        let u = self.with_scope(Scope::WriteDirectory)?;
        if u.role == Role::Admin || u.editor_of.contains(org) {
            Ok(u)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Reading what administration shows (the audit log, the accounts): an administrator, with
    /// a session or a token that may read (`read` — or `admin`, which implies it).
    pub fn require_admin_reader(&self) -> Result<&UserActor, Denied> {
        let u = self.user().ok_or(Denied::Unauthenticated)?;
        if u.role != Role::Admin {
            return Err(Denied::Forbidden);
        }
        if u.scopes.contains(&Scope::Read) || u.scopes.contains(&Scope::Admin) {
            Ok(u)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Reading an organization's private data (its people's e-mail addresses, its events'
    /// registrations): admins and that organization's editors, with a session or a token that
    /// may read (`read` — or `write:directory`, which implies it).
    pub fn require_org_reader(&self, org: &OrgId) -> Result<&UserActor, Denied> {
        let u = self.user().ok_or(Denied::Unauthenticated)?;
        if !(u.role == Role::Admin || u.editor_of.contains(org)) {
            return Err(Denied::Forbidden);
        }
        if u.scopes.contains(&Scope::Read) || u.scopes.contains(&Scope::WriteDirectory) {
            Ok(u)
        } else {
            Err(Denied::Forbidden)
        }
    }

    /// Acting on one's own account (tokens, language).
    pub fn require_user(&self) -> Result<&UserActor, Denied> {
        self.user().ok_or(Denied::Unauthenticated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, editor_of: &[&str], scopes: &[Scope]) -> Actor {
        Actor::User(UserActor {
            user_id: "u".into(),
            email: "u@example.org".into(),
            role,
            editor_of: editor_of.iter().map(|s| OrgId::parse(s).unwrap()).collect(),
            scopes: scopes.to_vec(),
        })
    }

    #[test]
    fn reading_private_data_needs_the_right_and_a_scope_that_reads() {
        let seoul = OrgId::parse("seoul").unwrap();
        let busan = OrgId::parse("busan").unwrap();
        let read_only = user(Role::Member, &["seoul"], &[Scope::Read]);
        assert!(read_only.require_org_reader(&seoul).is_ok());
        assert_eq!(read_only.require_org_reader(&busan), Err(Denied::Forbidden));
        assert_eq!(
            read_only.require_org_editor(&seoul).map(|_| ()),
            Err(Denied::Forbidden)
        );
        let writer = user(Role::Member, &["seoul"], &[Scope::WriteDirectory]);
        assert!(writer.require_org_reader(&seoul).is_ok());
        let admin_read = user(Role::Admin, &[], &[Scope::Read]);
        assert!(admin_read.require_admin_reader().is_ok());
        assert_eq!(
            admin_read.require_admin().map(|_| ()),
            Err(Denied::Forbidden)
        );
        assert!(
            user(Role::Admin, &[], &[Scope::Admin])
                .require_admin_reader()
                .is_ok()
        );
        assert_eq!(
            user(Role::Admin, &[], &[Scope::WriteDirectory])
                .require_admin_reader()
                .map(|_| ()),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            user(Role::Member, &[], &Scope::ALL)
                .require_admin_reader()
                .map(|_| ()),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            Actor::Anonymous.require_org_reader(&seoul).map(|_| ()),
            Err(Denied::Unauthenticated)
        );
    }

    #[test]
    fn editors_edit_only_their_organization() {
        let seoul = OrgId::parse("seoul").unwrap();
        let busan = OrgId::parse("busan").unwrap();
        let ed = user(Role::Member, &["seoul"], &Scope::ALL);
        assert!(ed.require_org_editor(&seoul).is_ok());
        assert_eq!(ed.require_org_editor(&busan), Err(Denied::Forbidden));
        assert_eq!(ed.require_admin().err(), Some(Denied::Forbidden));
        assert_eq!(
            Actor::Anonymous.require_org_editor(&seoul).err(),
            Some(Denied::Unauthenticated)
        );
        let admin = user(Role::Admin, &[], &Scope::ALL);
        assert!(admin.require_org_editor(&busan).is_ok());
    }

    #[test]
    fn a_read_only_token_cannot_write_even_for_an_admin() {
        let seoul = OrgId::parse("seoul").unwrap();
        let t = user(Role::Admin, &[], &[Scope::Read]);
        assert_eq!(t.require_org_editor(&seoul).err(), Some(Denied::Forbidden));
        assert_eq!(t.require_admin().err(), Some(Denied::Forbidden));
    }

    #[test]
    fn scope_lists() {
        assert_eq!(
            Scope::parse_list("write:directory read read").unwrap(),
            vec![Scope::Read, Scope::WriteDirectory]
        );
        assert!(Scope::parse_list("").is_err());
        assert!(Scope::parse_list("root").is_err());
    }
}
