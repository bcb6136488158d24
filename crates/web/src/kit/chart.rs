//! Charts drawn on the server as SVG: readable without JavaScript, printable, and small (a
//! chart of 50 years or 40 bins is a few kilobytes). Every text is given by the caller in the
//! reader's language and escaped here; labels are shortened to the room they have, counting a
//! CJK character as one em and a Latin one as about half, so that Korean, Japanese and Chinese
//! labels do not overflow.

use std::fmt::Write;

const FONT: f64 = 12.0;
pub const INK: &str = "#1f2933";
pub const GRID: &str = "#d9dee3";
pub const BENEFIT: &str = "#2f855a";
pub const COST: &str = "#c05621";
pub const ACCENT: &str = "#2b6cb0";
pub const WARN: &str = "#c53030";

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The width of a text in pixels at `font` pixels, estimated: CJK and Hangul a full em, other
/// letters about 0.6 em.
pub fn text_width(s: &str, font: f64) -> f64 {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if (0x1100..=0x11FF).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7AF).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
            {
                1.0
            } else {
                0.6
            }
        })
        .sum::<f64>()
        * font
}

/// `s`, shortened with an ellipsis to fit `width` pixels.
pub fn fit(s: &str, width: f64, font: f64) -> String {
    if text_width(s, font) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        let next = format!("{out}{c}…");
        if text_width(&next, font) > width {
            break;
        }
        out.push(c);
    }
    format!("{out}…")
}

/// Round values for an axis from `lo` to `hi`: steps of 1, 2 or 5 times a power of ten, about
/// `count` of them, covering both ends.
pub fn ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let (lo, hi) = if lo.is_finite() && hi.is_finite() {
        (lo.min(hi), lo.max(hi))
    } else {
        (0.0, 1.0)
    };
    let span = if hi > lo { hi - lo } else { hi.abs().max(1.0) };
    let raw = span / count.max(1) as f64;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power);
    let first = (lo / step).floor() * step;
    let mut out = vec![];
    let mut v = first;
    while v < hi + step * 0.5 && out.len() < 50 {
        out.push(if v.abs() < step * 1e-9 { 0.0 } else { v });
        v += step;
    }
    if out.len() < 2 {
        out.push(first + step);
    }
    out
}

/// An SVG being drawn.
pub struct Svg {
    body: String,
    width: f64,
    height: f64,
}

impl Svg {
    pub fn new(width: f64, height: f64, title: &str) -> Svg {
        let mut body = String::new();
        let _ = write!(body, "<title>{}</title>", esc(title));
        Svg {
            body,
            width,
            height,
        }
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, tip: &str) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{fill}"><title>{}</title></rect>"#,
            w.max(0.0),
            h.max(0.0),
            esc(tip)
        );
    }

    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, stroke: &str, dashed: bool) {
        let dash = if dashed {
            r#" stroke-dasharray="4 3""#
        } else {
            ""
        };
        let _ = write!(
            self.body,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{stroke}"{dash}/>"#
        );
    }

    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: &str) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            self.body,
            r#"<polyline points="{}" fill="none" stroke="{stroke}" stroke-width="2"/>"#,
            pts.join(" ")
        );
    }

    /// A closed shape, filled with `fill` at `opacity`.
    pub fn polygon(
        &mut self,
        points: &[(f64, f64)],
        fill: &str,
        opacity: f64,
        stroke: &str,
        dashed: bool,
    ) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let dash = if dashed {
            r#" stroke-dasharray="4 3""#
        } else {
            ""
        };
        let _ = write!(
            self.body,
            r#"<polygon points="{}" fill="{fill}" fill-opacity="{opacity}" stroke="{stroke}" stroke-width="2"{dash}/>"#,
            pts.join(" ")
        );
    }

    pub fn dot(&mut self, x: f64, y: f64, fill: &str, tip: &str) {
        let _ = write!(
            self.body,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="3" fill="{fill}"><title>{}</title></circle>"#,
            esc(tip)
        );
    }

    /// A text; `anchor` is start, middle or end.
    pub fn text(&mut self, x: f64, y: f64, s: &str, anchor: &str, fill: &str) {
        let _ = write!(
            self.body,
            r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" fill="{fill}" font-size="{FONT}">{}</text>"#,
            esc(s)
        );
    }

    pub fn finish(self) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" font-family="system-ui, sans-serif">{}</svg>"#,
            self.body,
            w = self.width,
            h = self.height
        )
    }
}

/// A vertical value axis from `lo` to `hi` mapped onto `top..bottom`, with its ticks.
struct Axis {
    lo: f64,
    hi: f64,
    top: f64,
    bottom: f64,
    ticks: Vec<f64>,
}

impl Axis {
    fn new(lo: f64, hi: f64, top: f64, bottom: f64) -> Axis {
        let ticks = ticks(lo.min(0.0), hi.max(0.0), 5);
        let (lo, hi) = (ticks[0], ticks[ticks.len() - 1]);
        Axis {
            lo,
            hi,
            top,
            bottom,
            ticks,
        }
    }

    fn y(&self, v: f64) -> f64 {
        if self.hi == self.lo {
            return self.bottom;
        }
        self.bottom - (v - self.lo) / (self.hi - self.lo) * (self.bottom - self.top)
    }

    fn draw(&self, svg: &mut Svg, left: f64, right: f64, label: &dyn Fn(f64) -> String) {
        for &t in &self.ticks {
            let y = self.y(t);
            svg.line(left, y, right, y, if t == 0.0 { INK } else { GRID }, false);
            svg.text(left - 4.0, y + 4.0, &label(t), "end", INK);
        }
    }
}

/// What a chart of yearly figures is told.
pub struct Years<'a> {
    pub title: &'a str,
    /// Under each bar: the year.
    pub labels: &'a [String],
    /// The unit of the value axis ("KRW, millions").
    pub unit: &'a str,
    /// How a value of the axis is written (already divided by the unit's scale).
    pub tick: &'a dyn Fn(f64) -> String,
    /// How a value is written in a tooltip.
    pub value: &'a dyn Fn(f64) -> String,
}

/// Cash flows by year: benefits up, costs down, and the cumulative net flow as a line.
pub fn cash_flows(
    y: &Years,
    benefits: &[f64],
    costs: &[f64],
    cumulative: &[f64],
    legend: [&str; 3],
) -> String {
    let n = y.labels.len().max(1);
    let (w, h, left, right, top, bottom) = (720.0, 300.0, 72.0, 708.0, 36.0, 260.0);
    let mut svg = Svg::new(w, h, y.title);
    let max = benefits
        .iter()
        .chain(cumulative)
        .fold(0.0_f64, |a, b| a.max(*b));
    let min = costs
        .iter()
        .map(|c| -c)
        .chain(cumulative.iter().copied())
        .fold(0.0_f64, f64::min);
    let axis = Axis::new(min, max, top, bottom);
    axis.draw(&mut svg, left, right, y.tick);
    svg.text(left, 20.0, y.unit, "start", INK);
    let slot = (right - left) / n as f64;
    let bar = (slot * 0.7).max(1.0);
    let zero = axis.y(0.0);
    let every = (n as f64 / 12.0).ceil() as usize;
    for t in 0..n {
        let x = left + slot * t as f64 + (slot - bar) / 2.0;
        let b = benefits.get(t).copied().unwrap_or(0.0);
        let c = costs.get(t).copied().unwrap_or(0.0);
        let label = y.labels.get(t).map_or("", String::as_str);
        svg.rect(
            x,
            axis.y(b),
            bar,
            zero - axis.y(b),
            BENEFIT,
            &format!("{label} {}: {}", legend[0], (y.value)(b)),
        );
        svg.rect(
            x,
            zero,
            bar,
            axis.y(-c) - zero,
            COST,
            &format!("{label} {}: {}", legend[1], (y.value)(c)),
        );
        if t % every == 0 {
            svg.text(x + bar / 2.0, bottom + 16.0, label, "middle", INK);
        }
    }
    let points: Vec<(f64, f64)> = cumulative
        .iter()
        .enumerate()
        .map(|(t, v)| (left + slot * (t as f64 + 0.5), axis.y(*v)))
        .collect();
    svg.polyline(&points, ACCENT);
    for (t, (x, yy)) in points.iter().enumerate() {
        let label = y.labels.get(t).map_or("", String::as_str);
        svg.dot(
            *x,
            *yy,
            ACCENT,
            &format!("{label} {}: {}", legend[2], (y.value)(cumulative[t])),
        );
    }
    legend_row(
        &mut svg,
        w - 12.0,
        20.0,
        &[(BENEFIT, legend[0]), (COST, legend[1]), (ACCENT, legend[2])],
    );
    svg.finish()
}

/// A legend set right-aligned ending at `x`.
fn legend_row(svg: &mut Svg, x: f64, y: f64, items: &[(&str, &str)]) {
    // Each entry as wide as its label needs, up to 220 pixels.
    let rooms: Vec<f64> = items
        .iter()
        .map(|(_, l)| (text_width(l, FONT) + 30.0).min(220.0))
        .collect();
    let mut at = x - rooms.iter().sum::<f64>();
    for ((color, label), room) in items.iter().zip(rooms) {
        svg.rect(at, y - 10.0, 10.0, 10.0, color, label);
        svg.text(at + 14.0, y, &fit(label, room - 20.0, FONT), "start", INK);
        at += room;
    }
}

/// The distribution of the NPV over the trials: bins of `width` from `lo`, with P10, P50,
/// P90 and zero marked.
pub fn histogram(
    title: &str,
    counts: &[u32],
    lo: f64,
    width: f64,
    marks: &[(&str, f64)],
    value: &dyn Fn(f64) -> String,
) -> String {
    let (w, h, left, right, top, bottom) = (720.0, 260.0, 20.0, 700.0, 40.0, 220.0);
    let mut svg = Svg::new(w, h, title);
    let n = counts.len().max(1);
    let max = counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let hi = lo + width * n as f64;
    let x = |v: f64| left + (v - lo) / (hi - lo).max(f64::MIN_POSITIVE) * (right - left);
    let slot = (right - left) / n as f64;
    for (i, c) in counts.iter().enumerate() {
        let bh = *c as f64 / max * (bottom - top);
        let from = lo + width * i as f64;
        let fill = if from + width <= 0.0 { COST } else { ACCENT };
        svg.rect(
            left + slot * i as f64 + 0.5,
            bottom - bh,
            (slot - 1.0).max(0.5),
            bh,
            fill,
            &format!("{} – {}: {c}", value(from), value(from + width)),
        );
    }
    svg.line(left, bottom, right, bottom, INK, false);
    svg.text(left, bottom + 16.0, &value(lo), "start", INK);
    svg.text(right, bottom + 16.0, &value(hi), "end", INK);
    for (i, (label, v)) in marks.iter().enumerate() {
        if !(lo..=hi).contains(v) {
            continue;
        }
        let color = if *v == 0.0 { WARN } else { INK };
        svg.line(x(*v), top - 4.0, x(*v), bottom, color, true);
        svg.text(x(*v), 14.0 + 12.0 * (i % 2) as f64, label, "middle", color);
    }
    svg.finish()
}

/// One bar of a tornado: the label and the NPV with the input at its P10 and at its P90.
pub struct Swing<'a> {
    pub label: &'a str,
    pub at_low: f64,
    pub at_high: f64,
}

/// The inputs that move the NPV most, widest first, around the base NPV.
pub fn tornado(
    title: &str,
    bars: &[Swing],
    base: f64,
    legend: [&str; 2],
    value: &dyn Fn(f64) -> String,
) -> String {
    let row = 26.0;
    let (w, left, right, top) = (720.0, 210.0, 700.0, 36.0);
    let h = top + row * bars.len().max(1) as f64 + 30.0;
    let mut svg = Svg::new(w, h, title);
    let lo = bars
        .iter()
        .flat_map(|b| [b.at_low, b.at_high])
        .fold(base, f64::min);
    let hi = bars
        .iter()
        .flat_map(|b| [b.at_low, b.at_high])
        .fold(base, f64::max);
    let pad = ((hi - lo) * 0.05).max(1.0);
    let (lo, hi) = (lo - pad, hi + pad);
    let x = |v: f64| left + (v - lo) / (hi - lo) * (right - left);
    for (i, b) in bars.iter().enumerate() {
        let y = top + row * i as f64;
        svg.text(
            left - 8.0,
            y + 16.0,
            &fit(b.label, left - 16.0, FONT),
            "end",
            INK,
        );
        for (v, color, which) in [(b.at_low, COST, legend[0]), (b.at_high, BENEFIT, legend[1])] {
            let (a, z) = (x(base).min(x(v)), x(base).max(x(v)));
            svg.rect(
                a,
                y + 4.0,
                z - a,
                row - 8.0,
                color,
                &format!("{} — {which}: {}", b.label, value(v)),
            );
        }
    }
    let bottom = top + row * bars.len().max(1) as f64;
    svg.line(x(base), top - 6.0, x(base), bottom, INK, false);
    svg.text(x(base), top - 12.0, &value(base), "middle", INK);
    legend_row(
        &mut svg,
        w - 12.0,
        h - 8.0,
        &[(COST, legend[0]), (BENEFIT, legend[1])],
    );
    svg.finish()
}

/// How the capital costs are paid for: one bar split by source, and a legend with each
/// source's amount and share.
pub fn funding_mix(
    title: &str,
    sources: &[(String, f64)],
    value: &dyn Fn(f64) -> String,
    share: &dyn Fn(f64) -> String,
) -> String {
    const COLORS: [&str; 6] = [
        "#2b6cb0", "#2f855a", "#b7791f", "#6b46c1", "#c05621", "#4a5568",
    ];
    let shown: Vec<&(String, f64)> = sources.iter().filter(|(_, a)| *a > 0.0).collect();
    let total: f64 = shown.iter().map(|(_, a)| a).sum();
    let h = 70.0 + 20.0 * shown.len() as f64;
    let (w, left, right) = (720.0, 20.0, 700.0);
    let mut svg = Svg::new(w, h, title);
    let mut at = left;
    for (i, (label, amount)) in shown.iter().enumerate() {
        let width = if total > 0.0 {
            amount / total * (right - left)
        } else {
            0.0
        };
        let color = COLORS[i % COLORS.len()];
        svg.rect(
            at,
            12.0,
            width,
            28.0,
            color,
            &format!("{label}: {} ({})", value(*amount), share(amount / total)),
        );
        at += width;
        let y = 62.0 + 20.0 * i as f64;
        svg.rect(left, y - 10.0, 10.0, 10.0, color, label);
        svg.text(left + 16.0, y, &fit(label, 380.0, FONT), "start", INK);
        svg.text(right - 90.0, y, &value(*amount), "end", INK);
        svg.text(right, y, &share(amount / total), "end", INK);
    }
    svg.finish()
}

/// The debt service coverage ratio by year, against the covenant: years below it in red.
pub fn dscr(y: &Years, ratios: &[Option<f64>], covenant: f64, covenant_label: &str) -> String {
    let n = y.labels.len().max(1);
    let (w, h, left, right, top, bottom) = (720.0, 240.0, 56.0, 708.0, 30.0, 200.0);
    let mut svg = Svg::new(w, h, y.title);
    let max = ratios
        .iter()
        .flatten()
        .fold(covenant * 1.5, |a, b| a.max(b.min(covenant * 4.0)));
    let min = ratios.iter().flatten().fold(0.0_f64, |a, b| a.min(*b));
    let axis = Axis::new(min, max, top, bottom);
    axis.draw(&mut svg, left, right, y.tick);
    let slot = (right - left) / n as f64;
    let bar = (slot * 0.7).max(1.0);
    let every = (n as f64 / 12.0).ceil() as usize;
    for t in 0..n {
        let x = left + slot * t as f64 + (slot - bar) / 2.0;
        let label = y.labels.get(t).map_or("", String::as_str);
        if let Some(Some(r)) = ratios.get(t) {
            let shown = r.min(axis.hi);
            let (a, z) = (axis.y(shown.max(0.0)), axis.y(shown.min(0.0)));
            svg.rect(
                x,
                a,
                bar,
                z - a,
                if *r < covenant { WARN } else { BENEFIT },
                &format!("{label}: {}", (y.value)(*r)),
            );
        }
        if t % every == 0 {
            svg.text(x + bar / 2.0, bottom + 16.0, label, "middle", INK);
        }
    }
    let cy = axis.y(covenant);
    svg.line(left, cy, right, cy, WARN, true);
    svg.text(
        right,
        cy - 4.0,
        &format!("{covenant_label} {}", (y.value)(covenant)),
        "end",
        WARN,
    );
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(ticks(0.0, 10.0, 5), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        let t = ticks(-1234.0, 5678.0, 5);
        assert!(t[0] <= -1234.0 && *t.last().unwrap() >= 5678.0, "{t:?}");
        assert!(
            t.windows(2).all(|w| (w[1] - w[0] - 2000.0).abs() < 1e-9),
            "{t:?}"
        );
        assert!(ticks(5.0, 5.0, 5).len() >= 2);
        assert!(ticks(f64::NAN, 1.0, 5).len() >= 2);
    }

    #[test]
    fn cjk_labels_are_shortened_to_their_room() {
        assert_eq!(fit("Energy", 100.0, 12.0), "Energy");
        let label = fit("エネルギー削減による節約額の見込み", 120.0, 12.0);
        assert!(text_width(&label, 12.0) <= 120.0, "{label}");
        assert!(label.ends_with('…'));
    }

    #[test]
    fn text_is_escaped_and_charts_stay_small() {
        let labels: Vec<String> = (2027..2077).map(|y| y.to_string()).collect();
        let f = |v: f64| format!("{v:.0}");
        let y = Years {
            title: "<script>",
            labels: &labels,
            unit: "KRW",
            tick: &f,
            value: &f,
        };
        let v: Vec<f64> = (0..50).map(|t| t as f64 * 1000.0).collect();
        let svg = cash_flows(&y, &v, &v, &v, ["b", "c", "<x>"]);
        assert!(!svg.contains("<script>") && svg.contains("&lt;script&gt;"));
        assert!(!svg.contains("<x>"));
        assert!(svg.len() < 60_000, "{}", svg.len());
        let counts = vec![100_u32; 40];
        let h = histogram("npv", &counts, -5.0, 1.0, &[("P50", 0.0)], &f);
        assert_eq!(h.matches("<rect").count(), 40);
    }
}
