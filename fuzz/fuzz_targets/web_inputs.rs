//! What the web reads itself from a request, without a library's decoder: the page to go back
//! to (`next=`), the language (`?lang=`, the cookie, `Accept-Language`), cookies, page numbers.
//! Never a panic; `next` never leaves the site and always makes a valid `Location`.
#![no_main]

use axum::http::{HeaderMap, HeaderValue};
use domain::Paging;
use libfuzzer_sys::fuzz_target;
use web::kit::ctx::{cookie, lang_of};
use web::site::local_path;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\u{0}');
    let (a, b, c) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let path = local_path(Some(a));
    assert!(path.starts_with('/'), "{path:?}");
    assert!(!path[1..].starts_with(['/', '\\']), "{path:?} leaves the site");
    assert!(
        path.bytes().all(|b| b.is_ascii_graphic()),
        "{path:?}: only visible ASCII"
    );
    assert!(HeaderValue::from_str(&path).is_ok(), "{path:?}");

    let mut headers = HeaderMap::new();
    for (name, value) in [("cookie", b), ("accept-language", c)] {
        if let Ok(v) = HeaderValue::from_str(value) {
            headers.insert(name, v);
        }
    }
    let _ = lang_of(Some(a), &headers);
    let _ = lang_of(None, &headers);
    if let Some(v) = cookie(&headers, "cd_csrf") {
        assert!(!v.contains(';'), "{v:?}");
    }
    if let Ok(p) = Paging::parse(Some(a), Some(b)) {
        assert!((1..=Paging::MAX_PAGE).contains(&p.page), "{p:?}");
        assert!((1..=Paging::MAX_PER_PAGE).contains(&p.per_page), "{p:?}");
        let _ = p.offset();
    }
});
