//! What every capability's handlers share, written once: the state, the request context
//! (language, actor, CSRF), errors (the JSON envelope and the error page), extractors that
//! cannot be had without their checks (`CsrfForm`, `Paged`, `ApiJson`…), the JSON shapes every
//! list and text uses, and what templates call. It imports no capability module.
//!
//! Inside, the modules form a line with no way back: `i18n` ← `view` ← `error` ← `ctx` ←
//! `extract` ← `page`; `state` and `json` stand beside them.

pub mod chart;
pub mod ctx;
pub mod error;
pub mod extract;
pub mod i18n;
pub mod json;
pub mod number;
pub mod page;
pub mod state;
pub mod view;

pub use ctx::{ApiActor, ApiUser, Ctx, SignedIn};
pub use error::{ApiError, ErrorEnvelope, PageError};
pub use extract::{ApiJson, ApiPaged, ApiPath, ApiQuery, CsrfForm, CsrfMultipart, Fields, Paged};
pub use json::Text;
pub use page::{PageResult, Refused, form_page, html, no_store, with_status};
pub use state::{AppState, WebConfig};
pub use view::{Chrome, Pager};
