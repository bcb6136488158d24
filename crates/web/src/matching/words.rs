//! Matchmaking in the reader's words: a ranking's reasons as sentences, amounts with their
//! currency, the places a solution or an offer serves, languages by name.

use crate::kit::i18n::Tr;
use crate::kit::number::money_whole;
use domain::I18nText;
use domain::Lang;
use domain::matching::money::Amount;
use domain::matching::rank::Reason;
use domain::matching::{Covered, Reach};

/// An amount as the reader's language writes it (`US$ 120,000`, `120 000 $US`).
pub fn amount(lang: Lang, a: &Amount) -> String {
    match finance::Currency::from_code(a.currency) {
        Ok(c) => money_whole(lang, a.value as f64, c),
        Err(_) => format!("{} {}", a.value, a.currency),
    }
}

/// A range of amounts in one currency.
pub fn range(lang: Lang, (lo, hi): &(Amount, Amount)) -> String {
    if lo.value == hi.value {
        amount(lang, lo)
    } else {
        format!("{} – {}", amount(lang, lo), amount(lang, hi))
    }
}

fn covered(tr: &Tr, lang: Lang, c: &Covered) -> String {
    match c {
        Covered::Country(c) => c.name(lang).to_string(),
        Covered::Region(r) => tr.t(&format!("region-{r}")),
    }
}

/// The countries and sub-regions served, by name.
pub fn reach(tr: &Tr, lang: Lang, r: &Reach) -> Vec<String> {
    r.regions
        .iter()
        .map(|g| tr.t(&format!("region-{g}")))
        .chain(r.countries.iter().map(|c| c.name(lang).to_string()))
        .collect()
}

/// Languages (ISO 639 codes) by their names in the reader's language.
pub fn languages(lang: Lang, codes: &[&str]) -> String {
    codes
        .iter()
        .map(|c| domain::matching::languages::name(c, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One reason as a short sentence; `networks` names the networks reasons mention.
pub fn reason(tr: &Tr, lang: Lang, r: &Reason, networks: &[(String, I18nText)]) -> String {
    let network = |id: &str| {
        networks
            .iter()
            .find(|(n, _)| n == id)
            .map(|(_, names)| names.best(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let n = |count: &usize| i64::try_from(*count).unwrap_or(i64::MAX);
    match r {
        Reason::Serves { covered: c } => {
            tr.ts("reason-serves", &[("place", &covered(tr, lang, c))])
        }
        Reason::Domain { domain } => tr.ts(
            "reason-domain",
            &[("domain", &tr.t(&format!("domain-{domain}")))],
        ),
        Reason::AnyDomain => tr.t("reason-any-domain"),
        Reason::Words { strong: true } => tr.t("reason-words-strong"),
        Reason::Words { strong: false } => tr.t("reason-words"),
        Reason::ReferencesNear { count, covered: c } => tr.tsn(
            "reason-references-near",
            n(count),
            &[("place", &covered(tr, lang, c))],
        ),
        Reason::ReferencesInNetwork { count, network: id } => tr.tsn(
            "reason-references-network",
            n(count),
            &[("network", &network(id))],
        ),
        Reason::PriceFits { min, max, budget } => tr.ts(
            "reason-price-fits",
            &[
                ("price", &range(lang, &(*min, *max))),
                ("budget", &amount(lang, budget)),
            ],
        ),
        Reason::PriceAbove { min, budget } => tr.ts(
            "reason-price-above",
            &[
                ("price", &amount(lang, min)),
                ("budget", &amount(lang, budget)),
            ],
        ),
        Reason::PriceOnRequest => tr.t("reason-price-on-request"),
        Reason::Speaks { languages: l } => {
            tr.ts("reason-speaks", &[("languages", &languages(lang, l))])
        }
        Reason::SpeaksNone => tr.t("reason-speaks-none"),
        Reason::TicketFits {
            min,
            max,
            amount: a,
            converted,
        } => {
            let sought = match converted {
                Some(c) => format!("{} ≈ {}", amount(lang, a), amount(lang, c)),
                None => amount(lang, a),
            };
            tr.ts(
                "reason-ticket-fits",
                &[("amount", &sought), ("range", &range(lang, &(*min, *max)))],
            )
        }
        Reason::Instrument { instrument } => tr.ts(
            "reason-instrument",
            &[("instrument", &tr.t(&format!("instrument-{instrument}")))],
        ),
        Reason::Practices { count, domain } => tr.tsn(
            "reason-practices",
            n(count),
            &[("domain", &tr.t(&format!("domain-{domain}")))],
        ),
        Reason::Finished { count } => tr.tsn("reason-finished", n(count), &[]),
        Reason::SameCountry { country } => {
            tr.ts("reason-same-country", &[("place", country.name(lang))])
        }
        Reason::SameRegion { region } => tr.ts(
            "reason-same-region",
            &[("place", &tr.t(&format!("region-{region}")))],
        ),
        Reason::Distance { km } => tr.tsn("reason-distance", i64::from(*km), &[]),
        Reason::SharedNetwork { network: id } => {
            tr.ts("reason-shared-network", &[("network", &network(id))])
        }
        Reason::Writes { languages: l } => {
            tr.ts("reason-writes", &[("languages", &languages(lang, l))])
        }
    }
}
