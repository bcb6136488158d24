//! UI strings in the five languages (Fluent files under `locales/`), and how a request's
//! language is chosen: `?lang=`, then the `lang` cookie, then `Accept-Language`, then English.

use domain::Lang;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn langid(l: Lang) -> LanguageIdentifier {
    match l {
        Lang::En => langid!("en"),
        Lang::Ko => langid!("ko"),
        Lang::Ja => langid!("ja"),
        Lang::ZhHans => langid!("zh-Hans"),
        Lang::Fr => langid!("fr"),
    }
}

/// A translator for one language; templates call `tr.t("key")`.
#[derive(Debug, Clone)]
pub struct Tr {
    pub lang: Lang,
    id: LanguageIdentifier,
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr {
            lang,
            id: langid(lang),
        }
    }
    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&self.id, key)
    }
    /// With one number argument (plurals).
    pub fn tn(&self, key: &str, name: &str, n: impl Into<i64>) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Owned(name.to_string()), FluentValue::from(n.into()));
        LOCALES.lookup_with_args(&self.id, key, &args)
    }
    /// With a `count` (plurals) and string arguments.
    pub fn tsn(&self, key: &str, count: i64, pairs: &[(&str, &str)]) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Borrowed("count"), FluentValue::from(count));
        for (k, v) in pairs {
            args.insert(Cow::Owned(k.to_string()), FluentValue::from(v.to_string()));
        }
        LOCALES.lookup_with_args(&self.id, key, &args)
    }
    /// With string arguments.
    pub fn ts(&self, key: &str, pairs: &[(&str, &str)]) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        for (k, v) in pairs {
            args.insert(Cow::Owned(k.to_string()), FluentValue::from(v.to_string()));
        }
        LOCALES.lookup_with_args(&self.id, key, &args)
    }
}
