//! The map of members, drawn on the server as SVG: land outlines shipped with the project
//! (`assets/world-land.path`, Natural Earth 1:110m, equirectangular: x = lon + 180, y = 90 - lat)
//! and one linked dot per organization — or, when they are too many, one linked circle per
//! country sized by its count, so the page stays small at any size. No tile server, no
//! JavaScript.

pub const LAND_PATH: &str = include_str!("../../assets/world-land.path");

pub struct Point {
    pub id: String,
    pub name: String,
    pub lang: &'static str,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The view box that frames the points (the whole world when there are none or they spread wide).
pub fn frame(points: &[Point]) -> (f64, f64, f64, f64) {
    if points.is_empty() {
        return (0.0, 0.0, 360.0, 180.0);
    }
    let xs = points.iter().map(|p| p.lon + 180.0);
    let ys = points.iter().map(|p| 90.0 - p.lat);
    let (x0, x1) = xs.fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(x), b.max(x)));
    let (y0, y1) = ys.fold((f64::MAX, f64::MIN), |(a, b), y| (a.min(y), b.max(y)));
    let pad = 6.0;
    let (mut w, mut h) = ((x1 - x0) + 2.0 * pad, (y1 - y0) + 2.0 * pad);
    // Keep the world's 2:1 shape, and never zoom closer than 40 degrees across.
    w = w.max(40.0).max(h * 2.0);
    h = w / 2.0;
    if w >= 300.0 {
        return (0.0, 0.0, 360.0, 180.0);
    }
    let cx = (x0 + x1) / 2.0;
    let cy = (y0 + y1) / 2.0;
    let x = (cx - w / 2.0).clamp(0.0, 360.0 - w);
    let y = (cy - h / 2.0).clamp(0.0, 180.0 - h);
    (x, y, w, h)
}

/// A country's circle: where, how many, its name and where it leads.
pub struct Cluster {
    pub lat: f64,
    pub lon: f64,
    pub count: u64,
    pub label: String,
    pub href: String,
}

fn frame_and_land(points: &[Point], title: &str) -> (String, f64) {
    let (x, y, w, h) = frame(points);
    let s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{x:.2} {y:.2} {w:.2} {h:.2}\" role=\"img\" aria-label=\"{}\" class=\"map-svg\">\
         <rect x=\"0\" y=\"0\" width=\"360\" height=\"180\" fill=\"#dcecf7\"/>\
         <path d=\"{LAND_PATH}\" fill=\"#efeadf\" stroke=\"#9a9a8f\" stroke-width=\"{:.3}\"/>",
        esc(title),
        w / 1200.0
    );
    (s, w)
}

pub fn svg(points: &[Point], title: &str) -> String {
    let (mut s, w) = frame_and_land(points, title);
    let r = w / 180.0;
    for p in points {
        let (cx, cy) = (p.lon + 180.0, 90.0 - p.lat);
        s.push_str(&format!(
            "<a href=\"/orgs/{id}\"><title>{name}</title><circle cx=\"{cx:.3}\" cy=\"{cy:.3}\" r=\"{r:.3}\" fill=\"#c0392b\" fill-opacity=\"0.8\" stroke=\"#fff\" stroke-width=\"{sw:.3}\"/></a>",
            id = esc(&p.id),
            name = esc(&p.name),
            sw = r / 4.0
        ));
    }
    s.push_str("</svg>");
    s
}

/// The world with a circle per country: its area follows the count, the largest under the rest.
pub fn clusters_svg(clusters: &[Cluster], title: &str) -> String {
    let (mut s, _) = frame_and_land(&[], title);
    let max = clusters.iter().map(|c| c.count).max().unwrap_or(1).max(1) as f64;
    for c in clusters {
        let (cx, cy) = (c.lon + 180.0, 90.0 - c.lat);
        let r = 0.8 + 5.2 * (c.count as f64 / max).sqrt();
        s.push_str(&format!(
            "<a href=\"{href}\"><title>{label}</title><circle cx=\"{cx:.2}\" cy=\"{cy:.2}\" r=\"{r:.2}\" fill=\"#c0392b\" fill-opacity=\"0.55\" stroke=\"#fff\" stroke-width=\"0.25\"/></a>",
            href = esc(&c.href),
            label = esc(&c.label),
        ));
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(lat: f64, lon: f64) -> Point {
        Point {
            id: "x".into(),
            name: "<x>".into(),
            lang: "en",
            country: "KR".into(),
            lat,
            lon,
        }
    }

    #[test]
    fn frames_points_and_escapes_names() {
        assert_eq!(frame(&[]), (0.0, 0.0, 360.0, 180.0));
        let (x, y, w, h) = frame(&[pt(37.5, 127.0), pt(35.1, 129.0)]);
        assert!((w - 40.0).abs() < 1e-9 && (h - 20.0).abs() < 1e-9);
        assert!(x < 307.0 && x + w > 309.0 && y < 52.5 && y + h > 54.9);
        assert_eq!(
            frame(&[pt(60.0, -170.0), pt(-40.0, 170.0)]),
            (0.0, 0.0, 360.0, 180.0)
        );
        let s = svg(&[pt(1.0, 2.0)], "t");
        assert!(s.contains("<title>&lt;x&gt;</title>") && !s.contains("<x>"));
        assert!(LAND_PATH.starts_with('M') && LAND_PATH.len() > 10_000);
        let c = Cluster {
            lat: 37.5,
            lon: 127.0,
            count: 3,
            label: "Korea <3>".into(),
            href: "/directory?country=KR&network=a&b".into(),
        };
        let s = clusters_svg(&[c], "t");
        assert!(s.contains("&lt;3&gt;") && s.contains("country=KR&amp;network=a&amp;b"));
    }
}
