//! The five languages of citydriver and multilingual text with a visible fallback.

use crate::error::FieldErrors;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
/// The variants stand in the alphabetical order of their tags, so that a map keyed by `Lang`
/// (an `I18nText`) serializes with sorted keys: one JSON form in the API, the export and the
/// audit log. `ALL` is the order of the language switcher and of fallbacks.
pub enum Lang {
    En,
    Fr,
    Ja,
    Ko,
    ZhHans,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ko, Lang::Ja, Lang::ZhHans, Lang::Fr];

    /// BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
            Lang::ZhHans => "zh-Hans",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::Ja => "日本語",
            Lang::ZhHans => "简体中文",
            Lang::Fr => "Français",
        }
    }

    /// Exact tag, case-insensitive, plus the common aliases browsers send (`zh`, `zh-CN`, `en-US`...).
    pub fn parse(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        let primary = t.split('-').next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            "ja" => Some(Lang::Ja),
            "fr" => Some(Lang::Fr),
            // Traditional Chinese is not offered; Simplified is the closest we have.
            "zh" => Some(Lang::ZhHans),
            _ => None,
        }
    }

    /// Picks the best language from an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in header.split(',').enumerate() {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("").trim();
            let q = it
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|v| v.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            if q <= 0.0 {
                continue;
            }
            if let Some(lang) = Lang::parse(tag) {
                // Higher q wins; at equal q, the earlier entry wins.
                let better = match best {
                    None => true,
                    Some((bq, bi, _)) => q > bq || (q == bq && i < bi),
                };
                if better {
                    best = Some((q, i, lang));
                }
            }
        }
        best.map(|(_, _, l)| l)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl TryFrom<String> for Lang {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        // Stored and API data use the exact tags only.
        Lang::ALL
            .into_iter()
            .find(|l| l.tag() == s)
            .ok_or_else(|| format!("unknown language '{s}' (use en, ko, ja, zh-Hans or fr)"))
    }
}

impl From<Lang> for String {
    fn from(l: Lang) -> String {
        l.tag().to_string()
    }
}

/// Text that people write, in one or more languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct I18nText(pub BTreeMap<Lang, String>);

/// One language version chosen for a viewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: Lang,
    /// True when the viewer's language was missing and another was shown.
    pub fallback: bool,
}

impl I18nText {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn with(mut self, lang: Lang, text: impl Into<String>) -> Self {
        self.0.insert(lang, text.into());
        self
    }
    pub fn en(text: impl Into<String>) -> Self {
        Self::new().with(Lang::En, text)
    }
    pub fn get_exact(&self, lang: Lang) -> Option<&str> {
        self.0.get(&lang).map(String::as_str)
    }
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|v| v.trim().is_empty())
    }

    /// The viewer's language, else English, else the first other language in `Lang::ALL` order.
    pub fn show(&self, lang: Lang) -> Option<Shown<'_>> {
        if let Some(t) = self.get_exact(lang).filter(|t| !t.is_empty()) {
            return Some(Shown {
                text: t,
                lang,
                fallback: false,
            });
        }
        std::iter::once(Lang::En)
            .chain(Lang::ALL)
            .find_map(|l| self.get_exact(l).filter(|t| !t.is_empty()).map(|t| (l, t)))
            .map(|(l, t)| Shown {
                text: t,
                lang: l,
                fallback: true,
            })
    }

    /// The text in the viewer's language or its fallback, or "" when there is none.
    pub fn best(&self, lang: Lang) -> &str {
        self.show(lang).map(|s| s.text).unwrap_or("")
    }

    /// Trims every version, drops empty ones, and checks lengths.
    pub fn normalized(
        self,
        field: &str,
        required: bool,
        max_chars: usize,
        errors: &mut FieldErrors,
    ) -> I18nText {
        self.checked(field, required, max_chars, false, errors)
    }

    /// `normalized` for a name or a title: one line, no tab — they travel into e-mail subjects
    /// and bodies, calendar summaries and feeds, where a line break would start something else.
    pub fn normalized_line(
        self,
        field: &str,
        required: bool,
        max_chars: usize,
        errors: &mut FieldErrors,
    ) -> I18nText {
        self.checked(field, required, max_chars, true, errors)
    }

    fn checked(
        self,
        field: &str,
        required: bool,
        max_chars: usize,
        one_line: bool,
        errors: &mut FieldErrors,
    ) -> I18nText {
        let mut out = BTreeMap::new();
        for (lang, text) in self.0 {
            let t = text.trim();
            if t.is_empty() {
                continue;
            }
            if t.chars().count() > max_chars {
                errors.add(
                    format!("{field}.{}", lang.tag()),
                    format!("must be at most {max_chars} characters"),
                );
                continue;
            }
            if t.chars()
                .any(|c| c.is_control() && (one_line || (c != '\n' && c != '\t')))
            {
                errors.add(
                    format!("{field}.{}", lang.tag()),
                    if one_line {
                        "must be one line, without control characters"
                    } else {
                        "must not contain control characters"
                    },
                );
                continue;
            }
            out.insert(lang, t.to_string());
        }
        if required && out.is_empty() && !errors.0.keys().any(|k| k.starts_with(field)) {
            errors.add(field, "is required in at least one language");
        }
        I18nText(out)
    }

    /// Stable JSON for storage: keys are tags in sorted order (the same as the API's).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }
    pub fn from_json(s: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_is_visible() {
        let t = I18nText::en("Seoul").with(Lang::Ko, "서울");
        assert_eq!(
            t.show(Lang::Ko).unwrap(),
            Shown {
                text: "서울",
                lang: Lang::Ko,
                fallback: false
            }
        );
        let s = t.show(Lang::Ja).unwrap();
        assert_eq!((s.text, s.lang, s.fallback), ("Seoul", Lang::En, true));
        let only_fr = I18nText::new().with(Lang::Fr, "Séoul");
        assert_eq!(only_fr.show(Lang::Ja).unwrap().lang, Lang::Fr);
        assert!(I18nText::new().show(Lang::En).is_none());
    }

    #[test]
    fn accept_language() {
        assert_eq!(
            Lang::from_accept_language("ja,en-US;q=0.9,en;q=0.8"),
            Some(Lang::Ja)
        );
        assert_eq!(
            Lang::from_accept_language("de-DE, fr;q=0.5, ko;q=0.7"),
            Some(Lang::Ko)
        );
        assert_eq!(Lang::from_accept_language("zh-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_accept_language("de"), None);
        assert_eq!(Lang::from_accept_language("fr;q=0"), None);
    }

    #[test]
    fn json_keys_are_bcp47_tags() {
        let t = I18nText::en("Tokyo")
            .with(Lang::ZhHans, "东京")
            .with(Lang::Ko, "도쿄")
            .with(Lang::Fr, "Tokyo");
        assert_eq!(
            t.to_json(),
            r#"{"en":"Tokyo","fr":"Tokyo","ko":"도쿄","zh-Hans":"东京"}"#
        );
        assert!(I18nText::from_json(r#"{"de":"x"}"#).is_err());
    }

    #[test]
    fn normalization_reports_fields() {
        let mut e = FieldErrors::new();
        let t = I18nText::en("  ").normalized("names", true, 10, &mut e);
        assert!(t.0.is_empty());
        assert_eq!(
            e.0.get("names").map(String::as_str),
            Some("is required in at least one language")
        );
        let mut e = FieldErrors::new();
        I18nText::en("x".repeat(11)).normalized("names", true, 10, &mut e);
        let mut lines = FieldErrors::new();
        I18nText::en("Seoul\r\nBcc: x@evil.example")
            .normalized_line("names", true, 100, &mut lines);
        assert!(lines.0.contains_key("names.en"), "{lines:?}");
        let mut tab = FieldErrors::new();
        I18nText::en("a\tb").normalized_line("titles", true, 100, &mut tab);
        assert!(tab.0.contains_key("titles.en"));
        let mut text = FieldErrors::new();
        I18nText::en("line one\nline two").normalized("description", true, 100, &mut text);
        assert!(text.is_empty(), "descriptions keep their lines");
        assert!(e.0.contains_key("names.en"));
    }
}
