//! Identifiers. Ids are opaque strings to API users; inside they are slugs
//! (`[a-z0-9-]`, 1..=64, no leading/trailing/double dash) so that a page address is readable
//! and the database's primary key says "duplicate" when two things would share one.

use serde::{Deserialize, Serialize};
use std::fmt;

pub const MAX_SLUG: usize = 64;

/// Checks the slug shape; returns the reason when it is wrong.
pub fn check_slug(s: &str) -> Result<(), &'static str> {
    if s.is_empty() {
        return Err("must not be empty");
    }
    if s.len() > MAX_SLUG {
        return Err("must be at most 64 characters");
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err("may contain only a-z, 0-9 and '-'");
    }
    if s.starts_with('-') || s.ends_with('-') || s.contains("--") {
        return Err("must not start or end with '-' or contain '--'");
    }
    Ok(())
}

/// Makes a slug from any text (Latin letters folded to ASCII where simple; other scripts dropped).
/// Returns `None` when nothing usable is left (e.g. a purely CJK name): the caller then asks for an id.
pub fn slugify(text: &str) -> Option<String> {
    let mut out = String::new();
    for ch in text.chars().flat_map(fold_latin) {
        let c = ch.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= MAX_SLUG {
            break;
        }
    }
    let s = out.trim_matches('-').to_string();
    if s.is_empty() { None } else { Some(s) }
}

fn fold_latin(c: char) -> impl Iterator<Item = char> {
    let s: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ä' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'È' | 'É' | 'Ê' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'İ' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'Ö' | 'Ô' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ü' => "u",
        'ğ' => "g",
        'ş' | 'Ş' => "s",
        'ß' => "ss",
        'œ' => "oe",
        'æ' => "ae",
        _ => "",
    };
    let v: Vec<char> = if s.is_empty() {
        vec![c]
    } else {
        s.chars().collect()
    };
    v.into_iter()
}

macro_rules! slug_id {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn parse(s: &str) -> Result<Self, &'static str> {
                check_slug(s)?;
                Ok(Self(s.to_string()))
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl TryFrom<String> for $name {
            type Error = &'static str;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                check_slug(&s)?;
                Ok(Self(s))
            }
        }
        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

slug_id!(
    /// An organization: a city, a company, a ministry, a secretariat...
    OrgId
);
slug_id!(
    /// A network of organizations (WeGO, ASCN, ...).
    NetworkId
);
slug_id!(
    /// A person listed in the directory (not an account).
    PersonId
);

/// Random opaque ids for rows that have no natural name (users, memberships, tokens).
pub fn random_id(prefix: &str, random: [u8; 12]) -> String {
    let mut s = String::with_capacity(prefix.len() + 25);
    s.push_str(prefix);
    s.push('-');
    for b in random {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Beyoğlu (Istanbul)").as_deref(),
            Some("beyoglu-istanbul")
        );
        assert_eq!(
            slugify("Smart City Institute Japan").as_deref(),
            Some("smart-city-institute-japan")
        );
        assert_eq!(slugify("서울"), None);
        assert_eq!(slugify("Séoul").as_deref(), Some("seoul"));
        assert!(OrgId::parse("seoul").is_ok());
        assert!(OrgId::parse("Seoul").is_err());
        assert!(OrgId::parse("-x").is_err());
        assert!(OrgId::parse(&"a".repeat(65)).is_err());
    }

    proptest::proptest! {
        #[test]
        fn slugify_output_is_always_a_valid_slug(s in ".{0,200}") {
            if let Some(slug) = slugify(&s) {
                proptest::prop_assert!(check_slug(&slug).is_ok(), "{slug:?}");
            }
        }
    }
}
