//! Numbers, amounts and rates as the reader's language writes them: `1,234.5` in English,
//! `1 234,5` in French (ICU4X's data, built in), the currency's symbol before the amount
//! (`₩1,500,000`, `¥1,500`, `$12.50`) or after it in French (`12,50 $US` is what French
//! writes for dollars; we write the symbol: `12,50 $`), and as many decimals as the currency
//! has: none for the won and the yen.

use domain::Lang;
use finance::Currency;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

thread_local! {
    /// ICU4X's formatters are not shared between threads; each thread makes its own, once,
    /// from the data compiled into the binary.
    static FORMATTERS: Vec<(Lang, DecimalFormatter)> = Lang::ALL
        .iter()
        .filter_map(|&l| {
            let prefs: icu_decimal::DecimalFormatterPreferences = match l.tag().parse::<icu_locale_core::Locale>() {
                Ok(loc) => (&loc).into(),
                Err(_) => Default::default(),
            };
            DecimalFormatter::try_new(prefs, Default::default()).ok().map(|f| (l, f))
        })
        .collect();
}

/// `value` with `digits` decimals, grouped as the language groups digits.
pub fn decimal(lang: Lang, value: f64, digits: u32) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let scaled = (value * 10f64.powi(digits as i32)).round();
    if scaled.abs() >= 9.0e18 {
        return format!("{value:.0}");
    }
    let mut d = Decimal::from(scaled as i64);
    d.multiply_pow10(-(digits as i16));
    FORMATTERS.with(|all| match all.iter().find(|(l, _)| *l == lang) {
        Some((_, f)) => f.format(&d).to_string(),
        None => d.to_string(),
    })
}

/// An amount in major units of `currency`, with its symbol and the currency's decimals.
pub fn money(lang: Lang, major: f64, currency: Currency) -> String {
    money_to(lang, major, currency, currency.digits())
}

/// An amount in whole major units (prices, budgets, tickets): `US$ 40,000`, not `40,000.00`.
pub fn money_whole(lang: Lang, major: f64, currency: Currency) -> String {
    money_to(lang, major.round(), currency, 0)
}

fn money_to(lang: Lang, major: f64, currency: Currency, digits: u32) -> String {
    let number = decimal(lang, major.abs(), digits);
    let sign = if major < 0.0 && number.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "−"
    } else {
        ""
    };
    let symbol = currency.symbol();
    let symbol = if symbol.is_empty() {
        currency.code().to_string()
    } else {
        symbol
    };
    match lang {
        Lang::Fr => format!("{sign}{number}\u{a0}{symbol}"),
        _ if symbol.chars().all(|c| c.is_ascii_alphabetic()) => {
            format!("{sign}{symbol}\u{a0}{number}")
        }
        _ => format!("{sign}{symbol}{number}"),
    }
}

/// A rate (0.0525) as a percentage (`5.25%`, `5,25 %` in French).
pub fn percent(lang: Lang, rate: f64, digits: u32) -> String {
    if !rate.is_finite() {
        return "—".into();
    }
    let number = decimal(lang, rate * 100.0, digits);
    match lang {
        Lang::Fr => format!("{number}\u{202f}%"),
        _ => format!("{number}%"),
    }
}

/// A power of 1,000 that leaves at most four digits of `max`, and its exponent (0 for units,
/// 1 for thousands, 2 for millions, 3 for billions): charts label their axes in that unit.
pub fn axis_unit(max: f64) -> (f64, u32) {
    let mut scale = 1.0;
    let mut k = 0;
    while max.abs() / scale >= 10_000.0 && k < 4 {
        scale *= 1000.0;
        k += 1;
    }
    (scale, k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> Currency {
        Currency::from_code(code).unwrap()
    }

    #[test]
    fn amounts_are_written_as_each_language_writes_them() {
        assert_eq!(money(Lang::En, 1234.5, c("USD")), "$1,234.50");
        assert_eq!(money(Lang::Fr, 1234.5, c("EUR")), "1\u{202f}234,50\u{a0}€");
        assert_eq!(money(Lang::Ko, 1_500_000.0, c("KRW")), "₩1,500,000");
        assert_eq!(money(Lang::Ja, -1500.0, c("JPY")), "−¥1,500");
        assert_eq!(money(Lang::ZhHans, 0.004, c("USD")), "$0.00");
        assert_eq!(decimal(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
        assert_eq!(percent(Lang::En, 0.0525, 2), "5.25%");
        assert_eq!(percent(Lang::Fr, 0.0525, 1), "5,3\u{202f}%");
        assert_eq!(decimal(Lang::En, f64::NAN, 2), "—");
    }

    #[test]
    fn axes_are_labelled_in_a_unit_of_a_thousand() {
        assert_eq!(axis_unit(950.0), (1.0, 0));
        assert_eq!(axis_unit(12_000.0), (1000.0, 1));
        assert_eq!(axis_unit(-3.5e9), (1e6, 2));
    }
}
