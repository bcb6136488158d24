//! Amounts of money: whole minor units of an ISO 4217 currency (cents of a dollar, won, yen —
//! KRW and JPY have no minor unit, the Kuwaiti dinar has three digits). The engine computes in
//! floating point; what is entered, stored and scheduled is counted in minor units, so a loan's
//! schedule repays its principal to the last cent.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 4217 currency that has a minor unit (funds and special codes such as XAU are
/// refused: a budget is not counted in gold).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency(iso_currency::Currency);

/// Why a currency code or an amount was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("unknown currency code {0:?} (an ISO 4217 code such as KRW, JPY, USD or EUR)")]
    UnknownCurrency(String),
    #[error("{amount:?} is not an amount in {currency}")]
    NotAnAmount {
        amount: String,
        currency: &'static str,
    },
    #[error("{amount:?} has more decimals than {currency} has ({digits})")]
    TooPrecise {
        amount: String,
        currency: &'static str,
        digits: u32,
    },
    #[error("{0:?} is too large")]
    TooLarge(String),
}

impl Currency {
    /// The currency of an ISO 4217 code, in any case ("krw" is KRW).
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        let unknown = || MoneyError::UnknownCurrency(code.to_owned());
        let c = iso_currency::Currency::from_code(&code.trim().to_ascii_uppercase())
            .ok_or_else(unknown)?;
        if c.is_fund() || c.is_special() || c.exponent().is_none() || c.is_superseded().is_some() {
            return Err(unknown());
        }
        Ok(Currency(c))
    }

    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// Digits after the decimal point: 0 for KRW and JPY, 2 for USD, 3 for KWD.
    pub fn digits(self) -> u32 {
        u32::from(self.0.exponent().unwrap_or(0))
    }

    /// Minor units in one major unit.
    pub fn minor_per_major(self) -> i64 {
        10_i64.pow(self.digits())
    }

    /// The usual symbol (₩, ¥, $, €), or the code when it has none of its own.
    pub fn symbol(self) -> String {
        self.0.symbol().to_string()
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let code = String::deserialize(d)?;
        Currency::from_code(&code).map_err(serde::de::Error::custom)
    }
}

/// The largest amount kept, in minor units: 2^53, below which every whole number is exact in
/// the engine's floating point (9 × 10^15 won; 90 × 10^12 dollars).
pub const MAX_MINOR: i64 = 1 << 53;

/// An amount in whole minor units of a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Money {
    pub minor: i64,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Parses a plain decimal amount ("1234.5", "-20", "1,234.50" with commas as thousands
    /// separators) into minor units, refusing more decimals than the currency has.
    pub fn parse(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let bad = || MoneyError::NotAnAmount {
            amount: text.to_owned(),
            currency: currency.code(),
        };
        let t: String = text
            .trim()
            .chars()
            .filter(|c| *c != ',' && *c != '_' && *c != ' ')
            .collect();
        let (negative, digits) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(&t)),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty() && fraction.is_empty()
            || !whole
                .chars()
                .chain(fraction.chars())
                .all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        let fraction = fraction.trim_end_matches('0');
        if fraction.len() as u32 > currency.digits() {
            return Err(MoneyError::TooPrecise {
                amount: text.to_owned(),
                currency: currency.code(),
                digits: currency.digits(),
            });
        }
        let too_large = || MoneyError::TooLarge(text.to_owned());
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| too_large())?
        };
        let scale = 10_i64.pow(currency.digits() - fraction.len() as u32);
        let fraction: i64 = if fraction.is_empty() {
            0
        } else {
            fraction.parse().map_err(|_| bad())?
        };
        let minor = whole
            .checked_mul(currency.minor_per_major())
            .and_then(|w| w.checked_add(fraction * scale))
            .filter(|m| *m <= MAX_MINOR)
            .ok_or_else(too_large)?;
        Ok(Money::new(if negative { -minor } else { minor }, currency))
    }

    /// The amount in major units (dollars, won), as the engine computes with it.
    pub fn major(self) -> f64 {
        self.minor as f64 / self.currency.minor_per_major() as f64
    }

    /// The nearest amount to `major` major units, half away from zero.
    pub fn from_major(major: f64, currency: Currency) -> Money {
        let minor = (major * currency.minor_per_major() as f64).round();
        Money::new(
            minor.clamp(-(MAX_MINOR as f64), MAX_MINOR as f64) as i64,
            currency,
        )
    }
}

/// A plain rendering (`-1234.50 USD`), for logs and spreadsheets; pages format amounts for
/// the reader's language.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.currency.digits() as usize;
        let per = self.currency.minor_per_major();
        let sign = if self.minor < 0 { "-" } else { "" };
        let (whole, part) = (
            self.minor.unsigned_abs() / per as u64,
            self.minor.unsigned_abs() % per as u64,
        );
        if d == 0 {
            write!(f, "{sign}{whole} {}", self.currency)
        } else {
            write!(f, "{sign}{whole}.{part:0d$} {}", self.currency)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> Currency {
        Currency::from_code(code).unwrap()
    }

    #[test]
    fn won_and_yen_have_no_minor_unit() {
        assert_eq!(c("KRW").digits(), 0);
        assert_eq!(c("jpy").digits(), 0);
        assert_eq!(c("USD").digits(), 2);
        assert_eq!(c("KWD").digits(), 3);
        assert_eq!(c("KRW").symbol(), "₩");
        assert!(matches!(
            Currency::from_code("XAU"),
            Err(MoneyError::UnknownCurrency(_))
        ));
        assert!(matches!(
            Currency::from_code("ABC"),
            Err(MoneyError::UnknownCurrency(_))
        ));
    }

    #[test]
    fn amounts_are_parsed_to_minor_units_or_refused() {
        assert_eq!(Money::parse("1,234.5", c("USD")).unwrap().minor, 123_450);
        assert_eq!(Money::parse("-20", c("EUR")).unwrap().minor, -2000);
        assert_eq!(Money::parse("1500000", c("KRW")).unwrap().minor, 1_500_000);
        assert_eq!(Money::parse("100.00", c("JPY")).unwrap().minor, 100);
        assert_eq!(Money::parse(".5", c("USD")).unwrap().minor, 50);
        assert!(matches!(
            Money::parse("100.5", c("JPY")),
            Err(MoneyError::TooPrecise { digits: 0, .. })
        ));
        for bad in ["", "-", "1.2.3", "abc", "1e5", "--1", "."] {
            assert!(
                matches!(
                    Money::parse(bad, c("USD")),
                    Err(MoneyError::NotAnAmount { .. })
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            Money::parse("99999999999999999999", c("USD")),
            Err(MoneyError::TooLarge(_))
        ));
        assert_eq!(
            Money::parse("-1234.5", c("USD")).unwrap().to_string(),
            "-1234.50 USD"
        );
        assert_eq!(
            Money::parse("1500000", c("KRW")).unwrap().to_string(),
            "1500000 KRW"
        );
    }

    #[test]
    fn a_currency_travels_as_its_code() {
        let m = Money::new(5, c("KWD"));
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"minor":5,"currency":"KWD"}"#);
        assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
        assert!(serde_json::from_str::<Money>(r#"{"minor":5,"currency":"ZZZ"}"#).is_err());
    }
}
