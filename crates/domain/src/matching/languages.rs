//! The languages a solution can say it supports — the five of the interface and those of the
//! cities of the networks — with their names in the five, and the main languages of a country
//! (`data/languages.tsv`, written for this project).

use crate::country::Country;
use crate::lang::Lang;
use std::sync::LazyLock;

struct Row {
    code: &'static str,
    names: [&'static str; 5],
    countries: Vec<&'static str>,
}

static TABLE: LazyLock<Vec<Row>> = LazyLock::new(|| {
    include_str!("../../data/languages.tsv")
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let f: Vec<&'static str> = l.split('\t').collect();
            let get = |i: usize| f.get(i).copied().unwrap_or("");
            Row {
                code: get(0),
                // The file's columns are en, ko, ja, zh-Hans, fr: `Lang::ALL`'s order.
                names: [get(1), get(2), get(3), get(4), get(5)],
                countries: get(6).split(' ').filter(|c| !c.is_empty()).collect(),
            }
        })
        .collect()
});

/// A known language code: ISO 639 (`vi`, `fil`), or an interface tag (`zh-Hans` is `zh`).
pub fn code(tag: &str) -> Option<&'static str> {
    let t = tag.trim().to_ascii_lowercase();
    let t = t.split(['-', '_']).next().unwrap_or("");
    TABLE.iter().find(|r| r.code == t).map(|r| r.code)
}

pub fn codes() -> Vec<&'static str> {
    TABLE.iter().map(|r| r.code).collect()
}

/// A language's name in `lang` ("Vietnamese", "베트남어"), or its code when unknown.
pub fn name(code: &str, lang: Lang) -> &str {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    TABLE
        .iter()
        .find(|r| r.code == code)
        .map(|r| r.names[i])
        .unwrap_or(code)
}

/// The main languages spoken in a country, as codes.
pub fn of_country(c: Country) -> Vec<&'static str> {
    TABLE
        .iter()
        .filter(|r| r.countries.contains(&c.code()))
        .map(|r| r.code)
        .collect()
}

/// The code of an interface language (`zh-Hans` → `zh`).
pub fn of_lang(l: Lang) -> &'static str {
    code(l.tag()).unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_names_and_countries_come_from_the_table() {
        assert_eq!(code("zh-Hans"), Some("zh"));
        assert_eq!(code("VI"), Some("vi"));
        assert_eq!(code("xx"), None);
        assert_eq!(name("vi", Lang::Ko), "베트남어");
        assert_eq!(name("vi", Lang::Fr), "vietnamien");
        let vn = Country::parse("VN").unwrap();
        assert_eq!(of_country(vn), vec!["vi"]);
        let sg = Country::parse("SG").unwrap();
        assert_eq!(of_country(sg), vec!["en", "zh", "ms"]);
        assert_eq!(of_lang(Lang::ZhHans), "zh");
        assert!(Lang::ALL.iter().all(|l| code(l.tag()).is_some()));
    }
}
