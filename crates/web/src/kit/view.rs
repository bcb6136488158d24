//! What every page template gets (`Chrome`: language, translator, who is signed in, CSRF
//! token, language switcher; made by `Ctx::chrome`) and the small formatting helpers templates
//! call.

use crate::kit::i18n::Tr;
use domain::country::Country;
use domain::{I18nText, Lang};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

pub struct LangLink {
    pub tag: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

pub struct Chrome {
    pub lang: Lang,
    pub tr: Tr,
    pub signed_in: bool,
    pub is_admin: bool,
    pub user: Option<String>,
    pub csrf: String,
    pub langs: Vec<LangLink>,
    /// Which top-level section is open, for the navigation.
    pub section: &'static str,
}

pub fn enc(s: &str) -> String {
    utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()
}

/// A facet's link: `path` with the `fixed` pairs, the `active` filters, and `name=value`
/// switched — added, or taken away when it is already on.
pub fn toggled(
    path: &str,
    fixed: &[(String, String)],
    active: &[(String, String)],
    name: &str,
    value: &str,
) -> String {
    let on = active.iter().any(|(k, v)| k == name && v == value);
    let kept = active.iter().filter(|(k, _)| k != name);
    let added = (!on).then(|| (name.to_string(), value.to_string()));
    let q: Vec<String> = fixed
        .iter()
        .chain(kept)
        .chain(added.iter())
        .map(|(k, v)| format!("{k}={}", enc(v)))
        .collect();
    if q.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", q.join("&"))
    }
}

pub(crate) fn lang_links(lang: Lang, here: &str) -> Vec<LangLink> {
    // Drop an explicit ?lang= from the way back, or it would win over the new choice.
    let back = strip_lang_param(here);
    Lang::ALL
        .iter()
        .map(|l| LangLink {
            tag: l.tag(),
            name: l.native_name(),
            href: format!("/lang/{}?next={}", l.tag(), enc(&back)),
            current: *l == lang,
        })
        .collect()
}

pub fn strip_lang_param(here: &str) -> String {
    match here.split_once('?') {
        None => here.to_string(),
        Some((path, q)) => {
            let rest: Vec<&str> = q
                .split('&')
                .filter(|kv| !kv.starts_with("lang=") && !kv.is_empty())
                .collect();
            if rest.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{}", rest.join("&"))
            }
        }
    }
}

impl Chrome {
    /// For error pages rendered without a request context.
    pub fn minimal(lang: Lang) -> Chrome {
        Chrome {
            lang,
            tr: Tr::new(lang),
            signed_in: false,
            is_admin: false,
            user: None,
            csrf: String::new(),
            langs: lang_links(lang, "/"),
            section: "",
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// The text in the viewer's language, or its fallback.
    pub fn text(&self, t: &I18nText) -> String {
        t.best(self.lang).to_string()
    }

    /// The language tag of what `text` shows, for the `lang` attribute.
    pub fn text_lang(&self, t: &I18nText) -> &'static str {
        t.show(self.lang)
            .map(|s| s.lang.tag())
            .unwrap_or(self.lang.tag())
    }

    /// "Not available in your language: shown in English." when a fallback was used.
    pub fn fallback(&self, t: &I18nText) -> Option<String> {
        match t.show(self.lang) {
            Some(s) if s.fallback => Some(
                self.tr
                    .ts("fallback-note", &[("lang", s.lang.native_name())]),
            ),
            _ => None,
        }
    }

    /// The other language versions, for "names in other languages".
    pub fn others(&self, t: &I18nText) -> Vec<(&'static str, &'static str, String)> {
        let shown = t.show(self.lang).map(|s| s.lang);
        t.0.iter()
            .filter(|(l, _)| Some(**l) != shown)
            .map(|(l, v)| (l.native_name(), l.tag(), v.clone()))
            .collect()
    }

    /// The string whose key is `prefix` + `value` (vocabularies: formats, roles, statuses...).
    pub fn tk(&self, prefix: &str, value: &(impl std::fmt::Display + ?Sized)) -> String {
        self.tr.t(&format!("{prefix}{value}"))
    }
    pub fn tk2(
        &self,
        prefix: &str,
        value: &(impl std::fmt::Display + ?Sized),
        suffix: &str,
    ) -> String {
        self.tr.t(&format!("{prefix}{value}{suffix}"))
    }

    pub fn kind(&self, k: &(impl std::fmt::Display + ?Sized)) -> String {
        self.tr.t(&format!("kind-{k}"))
    }
    pub fn role(&self, r: &(impl std::fmt::Display + ?Sized)) -> String {
        self.tr.t(&format!("role-{r}"))
    }
    pub fn scope(&self, s: &(impl std::fmt::Display + ?Sized)) -> String {
        self.tr.t(&format!("scope-{s}"))
    }
    pub fn status(&self, s: &(impl std::fmt::Display + ?Sized)) -> String {
        self.tr.t(&format!("status-{s}"))
    }
    pub fn country(&self, code: &(impl std::fmt::Display + ?Sized)) -> String {
        let code = code.to_string();
        Country::parse(&code)
            .map(|c| c.name(self.lang).to_string())
            .unwrap_or(code)
    }
    pub fn or_unknown<T: std::fmt::Display>(&self, v: &Option<T>) -> String {
        v.as_ref()
            .map(T::to_string)
            .unwrap_or_else(|| self.tr.t("unknown"))
    }
    pub fn n(&self, key: &str, count: &u64) -> String {
        self.tr.tn(key, "count", *count as i64)
    }
    /// A string with one argument (templates pass references).
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.tr.ts(key, &[(name, value)])
    }
    pub fn t2(&self, key: &str, n1: &str, v1: &str, n2: &str, v2: &str) -> String {
        self.tr.ts(key, &[(n1, v1), (n2, v2)])
    }
    /// "2031-07-01 14:00–15:30 Asia/Tokyo (05:00–06:30 UTC)", or the date and "time not published".
    pub fn when(&self, e: &services::events::EventView) -> String {
        let tz: chrono_tz::Tz = e.time_zone.parse().unwrap_or(chrono_tz::UTC);
        let start = domain::time::from_micros(e.starts_at);
        let end = domain::time::from_micros(e.ends_at);
        let (ls, le) = (start.with_timezone(&tz), end.with_timezone(&tz));
        if !e.time_known {
            return format!(
                "{} ({}) · {}",
                ls.format("%Y-%m-%d"),
                e.time_zone,
                self.tr.t("event-time-not-published")
            );
        }
        let end_fmt = if le.date_naive() == ls.date_naive() {
            le.format("%H:%M").to_string()
        } else {
            le.format("%Y-%m-%d %H:%M").to_string()
        };
        let utc = format!("{}–{}", start.format("%Y-%m-%d %H:%M"), end.format("%H:%M"));
        format!(
            "{}–{} {} ({})",
            ls.format("%Y-%m-%d %H:%M"),
            end_fmt,
            e.time_zone,
            self.tr.ts("event-in-utc", &[("time", &utc)])
        )
    }

    /// An instant as local wall-clock time in a zone, with the zone named.
    pub fn local(&self, micros: &i64, zone: &str) -> String {
        let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
        format!(
            "{} ({zone})",
            domain::time::from_micros(*micros)
                .with_timezone(&tz)
                .format("%Y-%m-%d %H:%M")
        )
    }

    /// A position in a recording: 1:23 or 1:02:03.
    pub fn clock(&self, ms: &u64) -> String {
        let s = ms / 1000;
        if s >= 3600 {
            format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
        } else {
            format!("{}:{:02}", s / 60, s % 60)
        }
    }

    pub fn date(&self, micros: &i64) -> String {
        domain::time::rfc3339(*micros)
            .replace('T', " ")
            .replace('Z', " UTC")
    }
}

/// Page links that keep the other query parameters.
pub struct Pager {
    pub page: u64,
    pub pages: u64,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub label: String,
}

impl Pager {
    /// The links of a page of a list, keeping the other query parameters.
    pub fn of<T>(tr: &Tr, base_query: &[(&str, String)], p: &domain::Page<T>, path: &str) -> Pager {
        Pager::new(tr, base_query, p.page, p.per_page, p.total, path)
    }

    pub fn new(
        tr: &Tr,
        base_query: &[(&str, String)],
        page: u64,
        per_page: u64,
        total: u64,
        path: &str,
    ) -> Pager {
        let pages = total.div_ceil(per_page.max(1)).max(1);
        let link = |p: u64| {
            let mut q: Vec<String> = base_query
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{k}={}", enc(v)))
                .collect();
            q.push(format!("page={p}"));
            format!("{path}?{}", q.join("&"))
        };
        Pager {
            page,
            pages,
            prev: (page > 1).then(|| link(page - 1)),
            next: (page < pages).then(|| link(page + 1)),
            label: tr.ts(
                "page-of",
                &[("page", &page.to_string()), ("pages", &pages.to_string())],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::toggled;

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn a_facet_link_switches_its_filter_and_keeps_the_others() {
        let active = pairs(&[("kind", "city"), ("lang", "ja")]);
        assert_eq!(
            toggled("/practices", &[], &active, "kind", "city"),
            "/practices?lang=ja"
        );
        assert_eq!(
            toggled("/practices", &[], &active, "kind", "ngo"),
            "/practices?lang=ja&kind=ngo"
        );
        assert_eq!(
            toggled("/practices", &[], &pairs(&[("a", "b")]), "a", "b"),
            "/practices"
        );
        let q = pairs(&[("q", "마을 & co")]);
        assert_eq!(
            toggled("/search", &q, &[], "country", "KR"),
            "/search?q=%EB%A7%88%EC%9D%84%20%26%20co&country=KR"
        );
    }
}
