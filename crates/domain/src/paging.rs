//! Which slice of a list is asked for: one rule for every list of pages and API alike
//! (`page` 1 to 1,000,000, `per_page` 1 to 500, default 50), and the one shape lists come back
//! in. The bound on `page` keeps every offset far inside what a database takes (a page of
//! 2^63 used to overflow the SQL layer's signed offset).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: u64,
    pub per_page: u64,
}

/// A page of a list: its items and where it stands in the whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            page: self.page,
            per_page: self.per_page,
            total: self.total,
        }
    }
    /// How many pages the whole list takes (at least one, so "page 1 of 1" when it is empty).
    pub fn pages(&self) -> u64 {
        self.total.div_ceil(self.per_page.max(1)).max(1)
    }
}

impl Default for Paging {
    fn default() -> Self {
        Paging {
            page: 1,
            per_page: Paging::DEFAULT_PER_PAGE,
        }
    }
}

impl Paging {
    pub const DEFAULT_PER_PAGE: u64 = 50;
    pub const MAX_PER_PAGE: u64 = 500;
    pub const MAX_PAGE: u64 = 1_000_000;

    /// Checks the numbers; the error names the parameter and says what it takes.
    pub fn new(page: Option<u64>, per_page: Option<u64>) -> Result<Paging, (&'static str, String)> {
        let page = page.unwrap_or(1);
        let per_page = per_page.unwrap_or(Self::DEFAULT_PER_PAGE);
        if !(1..=Self::MAX_PAGE).contains(&page) {
            return Err((
                "page",
                format!("must be a number from 1 to {}", Self::MAX_PAGE),
            ));
        }
        if !(1..=Self::MAX_PER_PAGE).contains(&per_page) {
            return Err((
                "per_page",
                format!("must be a number from 1 to {}", Self::MAX_PER_PAGE),
            ));
        }
        Ok(Paging { page, per_page })
    }

    /// From the text of query parameters (a page address or an API call).
    pub fn parse(
        page: Option<&str>,
        per_page: Option<&str>,
    ) -> Result<Paging, (&'static str, String)> {
        let num =
            |name: &'static str, v: Option<&str>| -> Result<Option<u64>, (&'static str, String)> {
                match v.map(str::trim).filter(|v| !v.is_empty()) {
                    None => Ok(None),
                    Some(v) => v.parse::<u64>().map(Some).map_err(|_| match name {
                        "page" => (
                            name,
                            format!("must be a number from 1 to {}", Self::MAX_PAGE),
                        ),
                        _ => (
                            name,
                            format!("must be a number from 1 to {}", Self::MAX_PER_PAGE),
                        ),
                    }),
                }
            };
        Paging::new(num("page", page)?, num("per_page", per_page)?)
    }

    /// With another size (a page that shows fewer rows keeps the same rules otherwise).
    pub fn of(page: u64, per_page: u64) -> Paging {
        Paging {
            page: page.clamp(1, Self::MAX_PAGE),
            per_page: per_page.clamp(1, Self::MAX_PER_PAGE),
        }
    }

    /// Rows to skip.
    pub fn offset(&self) -> u64 {
        (self.page - 1).saturating_mul(self.per_page)
    }

    /// This slice of a list held whole in memory (short lists: networks, a network's members).
    pub fn slice<T>(&self, all: Vec<T>) -> Page<T> {
        let total = all.len() as u64;
        let items = all
            .into_iter()
            .skip(usize::try_from(self.offset()).unwrap_or(usize::MAX))
            .take(self.per_page as usize)
            .collect();
        self.page_of(items, total)
    }

    pub fn page_of<T>(&self, items: Vec<T>, total: u64) -> Page<T> {
        Page {
            items,
            page: self.page,
            per_page: self.per_page,
            total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_defaults() {
        assert_eq!(Paging::parse(None, None), Ok(Paging::default()));
        assert_eq!(Paging::default().per_page, 50);
        assert_eq!(Paging::parse(Some("0"), None).unwrap_err().0, "page");
        assert_eq!(Paging::parse(Some("abc"), None).unwrap_err().0, "page");
        assert_eq!(Paging::parse(None, Some("501")).unwrap_err().0, "per_page");
        assert_eq!(
            Paging::parse(Some("3"), Some("500")).unwrap().offset(),
            1000
        );
        let p = Paging::new(Some(2), Some(2))
            .unwrap()
            .slice(vec![1, 2, 3, 4, 5]);
        assert_eq!((p.pages(), p.total, p.items), (3, 5, vec![3, 4]));
        for far in [
            "9223372036854775807",
            "18446744073709551615",
            "1000001",
            "99999999999999999999999",
        ] {
            assert_eq!(
                Paging::parse(Some(far), None).unwrap_err().0,
                "page",
                "{far}"
            );
        }
        let last = Paging::parse(Some("1000000"), Some("500")).unwrap();
        assert!(last.slice(vec![1]).items.is_empty());
        assert!(i64::try_from(last.offset()).is_ok());
    }
}
