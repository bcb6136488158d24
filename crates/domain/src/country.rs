//! ISO 3166-1 countries with their names in the five languages.
//! The table is generated from pycountry by `tools/gen_countries.py` into `data/countries.tsv`.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

#[derive(Debug)]
pub struct CountryInfo {
    pub alpha2: &'static str,
    pub alpha3: &'static str,
    names: [&'static str; 5],
}

impl CountryInfo {
    pub fn name(&self, lang: Lang) -> &'static str {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.names[i]
    }
}

static TABLE: LazyLock<Vec<CountryInfo>> = LazyLock::new(|| {
    let raw = include_str!("../data/countries.tsv");
    let mut lines = raw.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let cols: Vec<Option<usize>> = Lang::ALL.iter().map(|l| col(l.tag())).collect();
    let en = col("en").unwrap_or(2);
    lines
        .filter(|l| !l.is_empty())
        .map(|line| {
            let f: Vec<&'static str> = line.split('\t').collect();
            let get = |i: Option<usize>| i.and_then(|i| f.get(i).copied()).unwrap_or(f[en]);
            CountryInfo {
                alpha2: f[0],
                alpha3: f.get(1).copied().unwrap_or(""),
                names: [
                    get(cols[0]),
                    get(cols[1]),
                    get(cols[2]),
                    get(cols[3]),
                    get(cols[4]),
                ],
            }
        })
        .collect()
});

pub fn all() -> &'static [CountryInfo] {
    &TABLE
}

/// A valid ISO 3166-1 alpha-2 code, upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country(&'static str);

impl Country {
    /// Accepts alpha-2 in any case (`kr`, `KR`); refuses codes that ISO 3166-1 does not assign.
    pub fn parse(code: &str) -> Result<Country, String> {
        let up = code.trim().to_ascii_uppercase();
        TABLE
            .iter()
            .find(|c| c.alpha2 == up)
            .map(|c| Country(c.alpha2))
            .ok_or_else(|| {
                format!(
                    "'{}' is not an ISO 3166-1 alpha-2 country code",
                    code.trim()
                )
            })
    }
    pub fn code(self) -> &'static str {
        self.0
    }
    pub fn info(self) -> &'static CountryInfo {
        TABLE
            .iter()
            .find(|c| c.alpha2 == self.0)
            .expect("validated at parse")
    }
    pub fn name(self, lang: Lang) -> &'static str {
        self.info().name(lang)
    }
}

impl std::fmt::Display for Country {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl TryFrom<String> for Country {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Country::parse(&s)
    }
}
impl From<Country> for String {
    fn from(c: Country) -> String {
        c.0.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(Country::parse("kr").unwrap().code(), "KR");
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("KOR").is_err());
        assert!(all().len() >= 240);
        assert_eq!(Country::parse("FR").unwrap().name(Lang::Fr), "France");
        assert_ne!(Country::parse("JP").unwrap().name(Lang::Ja), "Japan");
    }
}
