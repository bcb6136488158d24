//! A small Atom (RFC 4287) writer for the feeds of collections: escaped text, RFC 3339 times.

use std::fmt::Write as _;

pub struct Feed {
    pub id: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub link: String,
    pub self_link: String,
    /// UTC microseconds.
    pub updated: i64,
    pub author: String,
    pub entries: Vec<Entry>,
}

pub struct Entry {
    pub id: String,
    pub title: String,
    pub link: String,
    pub updated: i64,
    pub published: Option<i64>,
    pub summary: String,
    pub categories: Vec<String>,
}

/// Text for an XML element or attribute: the five special characters escaped, and the control
/// characters XML 1.0 forbids dropped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn time(micros: i64) -> String {
    domain::time::rfc3339(micros)
}

pub fn write(f: &Feed) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    let _ = writeln!(x, "  <id>{}</id>", esc(&f.id));
    let _ = writeln!(x, "  <title>{}</title>", esc(&f.title));
    if let Some(s) = &f.subtitle {
        let _ = writeln!(x, "  <subtitle>{}</subtitle>", esc(s));
    }
    let _ = writeln!(
        x,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        esc(&f.link)
    );
    let _ = writeln!(
        x,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        esc(&f.self_link)
    );
    let _ = writeln!(x, "  <updated>{}</updated>", time(f.updated));
    let _ = writeln!(x, "  <author><name>{}</name></author>", esc(&f.author));
    x.push_str("  <generator>citydriver</generator>\n");
    for e in &f.entries {
        x.push_str("  <entry>\n");
        let _ = writeln!(x, "    <id>{}</id>", esc(&e.id));
        let _ = writeln!(x, "    <title>{}</title>", esc(&e.title));
        let _ = writeln!(
            x,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            esc(&e.link)
        );
        let _ = writeln!(x, "    <updated>{}</updated>", time(e.updated));
        if let Some(p) = e.published {
            let _ = writeln!(x, "    <published>{}</published>", time(p));
        }
        for c in &e.categories {
            let _ = writeln!(x, "    <category term=\"{}\"/>", esc(c));
        }
        let _ = writeln!(
            x,
            "    <summary type=\"text\">{}</summary>",
            esc(&e.summary)
        );
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_control_characters_dropped() {
        assert_eq!(esc("a<b>&\"c'\u{1}d"), "a&lt;b&gt;&amp;&quot;c&apos;d");
    }
}
