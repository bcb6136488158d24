//! Amounts of a need, a price range or a ticket, in whole units of a currency, and how two
//! of them in different currencies are compared: at reference rates, approximate 2024 annual
//! averages in units per US dollar. They decide only whether a budget fits a range; a page
//! shows both amounts as they were written, and the converted one is marked as approximate.

use serde::Serialize;

/// Units of each accepted currency per US dollar (approximate 2024 annual averages).
const PER_USD: [(&str, f64); 18] = [
    ("AUD", 1.515),
    ("BND", 1.336),
    ("CNY", 7.19),
    ("EUR", 0.924),
    ("GBP", 0.782),
    ("IDR", 15_850.0),
    ("INR", 83.7),
    ("JPY", 151.4),
    ("KHR", 4_070.0),
    ("KRW", 1_364.0),
    ("LAK", 21_600.0),
    ("MMK", 2_100.0),
    ("MYR", 4.58),
    ("PHP", 57.3),
    ("SGD", 1.336),
    ("THB", 35.3),
    ("USD", 1.0),
    ("VND", 25_000.0),
];

/// The accepted currency codes.
pub fn currencies() -> impl Iterator<Item = &'static str> {
    PER_USD.iter().map(|(c, _)| *c)
}

/// An accepted ISO 4217 code, in any case.
pub fn currency(code: &str) -> Result<&'static str, String> {
    let up = code.trim().to_ascii_uppercase();
    currencies().find(|c| *c == up).ok_or_else(|| {
        format!(
            "'{}' is not one of: {}",
            code.trim(),
            currencies().collect::<Vec<_>>().join(", ")
        )
    })
}

/// A whole amount of a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Amount {
    pub value: i64,
    pub currency: &'static str,
}

impl Amount {
    pub fn new(value: i64, currency: &'static str) -> Amount {
        Amount { value, currency }
    }

    /// This amount in `currency`: itself when it is already in it, else at the reference rates.
    pub fn in_currency(self, currency: &'static str) -> Amount {
        if self.currency == currency {
            return self;
        }
        let rate = |c: &str| {
            PER_USD
                .iter()
                .find(|(k, _)| *k == c)
                .map(|(_, r)| *r)
                .unwrap_or(1.0)
        };
        let v = self.value as f64 / rate(self.currency) * rate(currency);
        Amount::new(v.round().clamp(0.0, i64::MAX as f64) as i64, currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_convert_through_the_dollar_and_stay_put_in_their_own_currency() {
        let idr = Amount::new(79_250_000_000, "IDR");
        assert_eq!(idr.in_currency("USD"), Amount::new(5_000_000, "USD"));
        assert_eq!(idr.in_currency("IDR"), idr);
        let krw = Amount::new(1_364_000, "KRW");
        assert_eq!(krw.in_currency("JPY"), Amount::new(151_400, "JPY"));
        assert_eq!(currency("vnd"), Ok("VND"));
        assert!(currency("XYZ").unwrap_err().contains("USD"));
    }
}
