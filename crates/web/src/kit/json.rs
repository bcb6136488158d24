//! The JSON shapes every capability's API shares: multilingual text (one schema, `Text`: a map
//! of BCP 47 tag to text with its keys sorted, which is also how `I18nText` serializes in the
//! export and the audit log), reading such a text from a request, and the one list shape.

use crate::kit::error::ApiError;
use domain::I18nText;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// Text in one or more languages: BCP 47 tag (en, ko, ja, zh-Hans, fr) -> text.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize, ToSchema)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text, each key a language of citydriver; an unknown one is refused naming
    /// `{field}.{key}`.
    pub fn into_i18n(self, field: &str) -> Result<I18nText, ApiError> {
        let mut out = I18nText::new();
        for (k, v) in self.0 {
            let lang = domain::Lang::try_from(k.clone())
                .map_err(|r| ApiError::invalid(&format!("{field}.{k}"), &r))?;
            out.0.insert(lang, v);
        }
        Ok(out)
    }
}

/// Declares a list type of the one shape, `{items, page, per_page, total}`, made from a
/// `domain::Page` of anything that turns into the item.
macro_rules! list_of {
    ($(#[$m:meta])* $name:ident, $item:ty) => {
        $(#[$m])*
        #[derive(serde::Serialize, utoipa::ToSchema)]
        pub struct $name {
            items: Vec<$item>,
            page: u64,
            per_page: u64,
            total: u64,
        }
        impl<T: Into<$item>> From<domain::Page<T>> for $name {
            fn from(p: domain::Page<T>) -> Self {
                $name {
                    items: p.items.into_iter().map(Into::into).collect(),
                    page: p.page,
                    per_page: p.per_page,
                    total: p.total,
                }
            }
        }
    };
}
pub(crate) use list_of;

/// RFC 3339 in UTC.
pub fn time(micros: i64) -> String {
    domain::time::rfc3339(micros)
}

#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "only describes the paging parameters for the OpenAPI document"
)]
pub struct PageParams {
    /// 1 to 1,000,000. Default 1.
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u64>,
    /// 1 to 500. Default 50.
    #[param(minimum = 1, maximum = 500)]
    per_page: Option<u64>,
}
