//! The Driver's charts, drawn on the server as SVG with the primitives of `kit::chart`: the
//! readiness radar (latest against the one before, and the peers' median), the risk heat map,
//! the milestone timeline with today's line and the slippage against the baseline, a KPI's
//! values against its target, and the stakeholder graph. Texts come in the reader's language;
//! each chart draws a bounded number of items and says how many it left out.

use crate::kit::Ctx;
use crate::kit::chart::{ACCENT, BENEFIT, COST, GRID, INK, Svg, WARN, fit, ticks};
use domain::driver::parts::{Kpi, Milestone, Risk, RiskStatus, Stakeholder};
use domain::driver::readiness::{Benchmark, Dimension, Scores};
use services::driver::ProjectPage;
use services::driver::readiness::{Readiness, scores_of};

fn txt(c: &Ctx, t: &domain::I18nText) -> String {
    t.best(c.lang).to_string()
}

/// The most rows a timeline draws, and the most nodes of a graph.
pub const MAX_ROWS: usize = 40;

#[derive(Debug, Default)]
pub struct ProjectCharts {
    pub radar: Option<String>,
    pub heat: Option<String>,
    pub graph: Option<String>,
    pub gantt: Option<String>,
    /// (KPI id, chart).
    pub kpis: Vec<(String, String)>,
}

/// The charts a tab shows (`brief`: all of them).
pub fn for_page(
    c: &Ctx,
    p: &ProjectPage,
    readiness: Option<&Readiness>,
    section: &str,
) -> ProjectCharts {
    let all = section == "brief";
    let mut out = ProjectCharts::default();
    if all || section == "discover" || section == "overview" {
        out.radar = readiness.and_then(|r| radar(c, r));
    }
    if all || section == "plan" {
        if !p.parts.risks.is_empty() {
            out.heat = Some(heat_map(c, &p.parts.risks));
        }
        if !p.parts.stakeholders.is_empty() {
            out.graph = Some(graph(c, p));
        }
    }
    if (all || section == "deploy") && !p.parts.milestones.is_empty() {
        let today = chrono::Utc::now().date_naive();
        out.gantt = Some(timeline(c, &p.parts.milestones, today));
    }
    if all || section == "operate" {
        out.kpis = p
            .parts
            .kpis
            .iter()
            .take(if all { 6 } else { 50 })
            .map(|(id, k)| (id.clone(), kpi_line(c, k)))
            .collect();
    }
    out
}

/// The readiness radar: the latest scores, the assessment before (dashed) and the peers'
/// median when there is a benchmark.
pub fn radar(c: &Ctx, r: &Readiness) -> Option<String> {
    let latest = r.assessments.first()?;
    let (w, h, cx, cy, radius) = (640.0, 340.0, 320.0, 170.0, 110.0);
    let mut svg = Svg::new(w, h, &c.tr.t("driver-readiness-radar"));
    let n = Dimension::ALL.len() as f64;
    let at = |i: usize, v: f64| {
        let a = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n;
        (
            cx + a.cos() * radius * v / 100.0,
            cy + a.sin() * radius * v / 100.0,
        )
    };
    for ring in [25.0, 50.0, 75.0, 100.0] {
        let pts: Vec<(f64, f64)> = (0..Dimension::ALL.len()).map(|i| at(i, ring)).collect();
        svg.polygon(&pts, "none", 0.0, GRID, false);
    }
    for (i, d) in Dimension::ALL.iter().enumerate() {
        let (x, y) = at(i, 100.0);
        svg.line(cx, cy, x, y, GRID, false);
        let (lx, ly) = at(i, 122.0);
        let anchor = if (lx - cx).abs() < 20.0 {
            "middle"
        } else if lx > cx {
            "start"
        } else {
            "end"
        };
        let room = if anchor == "middle" {
            200.0
        } else {
            w / 2.0 - radius - 30.0
        };
        let label = fit(&c.tr.t(&format!("driver-dimension-{d}")), room, 12.0);
        svg.text(lx, ly + 4.0, &label, anchor, INK);
    }
    let shape = |s: &Scores| -> Vec<(f64, f64)> {
        Dimension::ALL
            .iter()
            .enumerate()
            .map(|(i, d)| at(i, s.get(d).copied().unwrap_or(0.0)))
            .collect()
    };
    if let Some(Benchmark::Percentiles { medians, .. }) = &r.network {
        svg.polygon(&shape(medians), "none", 0.0, BENEFIT, true);
    }
    if let Some(before) = r.assessments.get(1) {
        svg.polygon(&shape(&scores_of(before)), "none", 0.0, COST, true);
    }
    let now = scores_of(latest);
    svg.polygon(&shape(&now), ACCENT, 0.25, ACCENT, false);
    for (i, d) in Dimension::ALL.iter().enumerate() {
        let v = now.get(d).copied().unwrap_or(0.0);
        let (x, y) = at(i, v);
        svg.dot(
            x,
            y,
            ACCENT,
            &format!("{}: {v}", c.tr.t(&format!("driver-dimension-{d}"))),
        );
    }
    Some(svg.finish())
}

/// The heat map of open risks: likelihood across, impact up, the count in each cell.
pub fn heat_map(c: &Ctx, risks: &[(String, Risk)]) -> String {
    let (cell, left, top) = (56.0, 90.0, 20.0);
    let mut svg = Svg::new(
        left + cell * 5.0 + 20.0,
        top + cell * 5.0 + 50.0,
        &c.tr.t("driver-heat-map"),
    );
    for l in 1..=5u8 {
        for i in 1..=5u8 {
            let score = l * i;
            let fill = match score {
                0..=4 => "#c6f6d5",
                5..=9 => "#fefcbf",
                10..=14 => "#fbd38d",
                _ => "#feb2b2",
            };
            let in_cell: Vec<&Risk> = risks
                .iter()
                .map(|(_, r)| r)
                .filter(|r| r.status != RiskStatus::Closed && r.likelihood == l && r.impact == i)
                .collect();
            let x = left + f64::from(l - 1) * cell;
            let y = top + f64::from(5 - i) * cell;
            let tip: Vec<String> = in_cell.iter().take(10).map(|r| txt(c, &r.title)).collect();
            svg.rect(
                x + 1.0,
                y + 1.0,
                cell - 2.0,
                cell - 2.0,
                fill,
                &tip.join("; "),
            );
            if !in_cell.is_empty() {
                svg.text(
                    x + cell / 2.0,
                    y + cell / 2.0 + 5.0,
                    &in_cell.len().to_string(),
                    "middle",
                    INK,
                );
            }
        }
        let x = left + f64::from(l - 1) * cell + cell / 2.0;
        svg.text(x, top + cell * 5.0 + 16.0, &l.to_string(), "middle", INK);
        let y = top + f64::from(5 - l) * cell + cell / 2.0 + 4.0;
        svg.text(left - 8.0, y, &l.to_string(), "end", INK);
    }
    svg.text(
        left + cell * 2.5,
        top + cell * 5.0 + 38.0,
        &c.tr.t("driver-likelihood"),
        "middle",
        INK,
    );
    svg.text(
        4.0,
        top - 6.0,
        &fit(&c.tr.t("driver-impact"), left, 12.0),
        "start",
        INK,
    );
    svg.finish()
}

/// Milestones on a timeline: the baseline as a grey mark, the expected date as a dot, the
/// slippage between them (red when late), today's line.
pub fn timeline(c: &Ctx, ms: &[(String, Milestone)], today: chrono::NaiveDate) -> String {
    let shown: Vec<&Milestone> = ms.iter().map(|(_, m)| m).take(MAX_ROWS).collect();
    let (row, left, right, top) = (22.0, 200.0, 700.0, 30.0);
    let h = top + row * shown.len() as f64 + 40.0;
    let mut svg = Svg::new(right + 20.0, h, &c.tr.t("driver-timeline"));
    let day = |d: chrono::NaiveDate| d.num_days_from_ce() as f64;
    use chrono::Datelike;
    let mut lo = day(today);
    let mut hi = day(today);
    for m in &shown {
        for d in [m.baseline, m.expected()] {
            lo = lo.min(day(d.0));
            hi = hi.max(day(d.0));
        }
    }
    let (lo, hi) = (lo - 15.0, hi + 15.0);
    let x = |d: f64| left + (d - lo) / (hi - lo) * (right - left);
    // Year marks.
    let first = chrono::NaiveDate::from_num_days_from_ce_opt(lo as i32).map_or(2000, |d| d.year());
    let last = chrono::NaiveDate::from_num_days_from_ce_opt(hi as i32).map_or(2000, |d| d.year());
    for y in first..=last + 1 {
        if let Some(d) = chrono::NaiveDate::from_ymd_opt(y, 1, 1) {
            let xd = day(d);
            if xd >= lo && xd <= hi {
                svg.line(x(xd), top - 8.0, x(xd), h - 30.0, GRID, false);
                svg.text(x(xd) + 2.0, top - 12.0, &y.to_string(), "start", INK);
            }
        }
    }
    for (i, m) in shown.iter().enumerate() {
        let y = top + row * i as f64 + row / 2.0;
        svg.text(
            left - 8.0,
            y + 4.0,
            &fit(&txt(c, &m.title), left - 16.0, 12.0),
            "end",
            INK,
        );
        let (b, e) = (x(day(m.baseline.0)), x(day(m.expected().0)));
        let late = m.slippage_days() > 0;
        if (e - b).abs() > 0.5 {
            svg.rect(
                b.min(e),
                y - 3.0,
                (e - b).abs(),
                6.0,
                if late { WARN } else { BENEFIT },
                "",
            );
        }
        svg.rect(
            b - 1.0,
            y - 8.0,
            2.0,
            16.0,
            "#718096",
            &format!("{}: {}", c.tr.t("driver-baseline"), m.baseline),
        );
        let label = if m.done.is_some() {
            "driver-done"
        } else {
            "driver-planned"
        };
        let fill = if m.done.is_some() { BENEFIT } else { ACCENT };
        let days = m.slippage_days().to_string();
        svg.dot(
            e,
            y,
            fill,
            &format!(
                "{}: {} ({})",
                c.tr.t(label),
                m.expected(),
                c.tr.ts("driver-slippage", &[("days", &days)])
            ),
        );
    }
    let t = x(day(today));
    svg.line(t, top - 8.0, t, h - 30.0, WARN, true);
    svg.text(t, h - 16.0, &c.tr.t("driver-today"), "middle", WARN);
    if ms.len() > shown.len() {
        let more = (ms.len() - shown.len()).to_string();
        svg.text(
            left,
            h - 4.0,
            &c.tr.ts("driver-more-rows", &[("count", &more)]),
            "start",
            INK,
        );
    }
    svg.finish()
}

/// A KPI's dated values against its baseline and target.
pub fn kpi_line(c: &Ctx, k: &Kpi) -> String {
    let (w, h, left, right, top, bottom) = (520.0, 220.0, 60.0, 500.0, 16.0, 180.0);
    let mut svg = Svg::new(w, h, &txt(c, &k.name));
    let values: Vec<f64> = k.values.iter().map(|v| v.value).collect();
    let lo = values
        .iter()
        .copied()
        .chain([k.baseline, k.target])
        .fold(f64::INFINITY, f64::min);
    let hi = values
        .iter()
        .copied()
        .chain([k.baseline, k.target])
        .fold(f64::NEG_INFINITY, f64::max);
    let t = ticks(lo, hi, 4);
    let (lo, hi) = (t[0], t[t.len() - 1]);
    let y = |v: f64| {
        if hi > lo {
            bottom - (v - lo) / (hi - lo) * (bottom - top)
        } else {
            bottom
        }
    };
    for v in &t {
        svg.line(left, y(*v), right, y(*v), GRID, false);
        svg.text(
            left - 4.0,
            y(*v) + 4.0,
            &crate::kit::number::decimal(c.lang, *v, 1),
            "end",
            INK,
        );
    }
    svg.line(left, y(k.target), right, y(k.target), BENEFIT, true);
    svg.text(
        right,
        y(k.target) - 4.0,
        &c.tr.t("driver-target"),
        "end",
        BENEFIT,
    );
    svg.line(left, y(k.baseline), right, y(k.baseline), "#718096", true);
    svg.text(
        left + 4.0,
        y(k.baseline) - 4.0,
        &c.tr.t("driver-baseline"),
        "start",
        INK,
    );
    let shown: Vec<_> = k.values.iter().rev().take(120).rev().collect();
    if let (Some(first), Some(last)) = (shown.first(), shown.last()) {
        let (d0, d1) = (first.date.0, last.date.0);
        let span = (d1 - d0).num_days().max(1) as f64;
        let x = |d: chrono::NaiveDate| left + (d - d0).num_days() as f64 / span * (right - left);
        let pts: Vec<(f64, f64)> = shown.iter().map(|v| (x(v.date.0), y(v.value))).collect();
        if pts.len() > 1 {
            svg.polyline(&pts, ACCENT);
        }
        for v in &shown {
            svg.dot(
                x(v.date.0),
                y(v.value),
                ACCENT,
                &format!(
                    "{}: {}",
                    v.date,
                    crate::kit::number::decimal(c.lang, v.value, 2)
                ),
            );
        }
        svg.text(left, h - 12.0, &first.date.to_string(), "start", INK);
        svg.text(right, h - 12.0, &last.date.to_string(), "end", INK);
    } else {
        svg.text(
            (left + right) / 2.0,
            (top + bottom) / 2.0,
            &c.tr.t("driver-no-values"),
            "middle",
            INK,
        );
    }
    svg.finish()
}

/// The stakeholders on a circle and their relationships as lines, one colour a kind.
pub fn graph(c: &Ctx, p: &ProjectPage) -> String {
    let nodes: Vec<&(String, Stakeholder)> = p.parts.stakeholders.iter().take(MAX_ROWS).collect();
    let (w, h) = (720.0, 460.0);
    let (cx, cy, r) = (w / 2.0, h / 2.0, 170.0);
    let mut svg = Svg::new(w, h, &c.tr.t("driver-ecosystem"));
    let n = nodes.len().max(1) as f64;
    let at = |i: usize| {
        let a = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n;
        (cx + a.cos() * r, cy + a.sin() * r)
    };
    let index = |id: &str| nodes.iter().position(|(i, _)| i == id);
    for (_, rel) in &p.parts.relationships {
        if let (Some(a), Some(b)) = (index(&rel.from), index(&rel.to)) {
            let colour = match rel.kind {
                domain::driver::parts::RelationKind::Legal => "#6b46c1",
                domain::driver::parts::RelationKind::Financial => COST,
                domain::driver::parts::RelationKind::Technical => ACCENT,
            };
            let ((x1, y1), (x2, y2)) = (at(a), at(b));
            svg.line(x1, y1, x2, y2, colour, false);
            svg.text(
                (x1 + x2) / 2.0,
                (y1 + y2) / 2.0 - 3.0,
                &c.tr.t(&format!("driver-relation-{}", rel.kind)),
                "middle",
                colour,
            );
        }
    }
    for (i, (_, s)) in nodes.iter().enumerate() {
        let (x, y) = at(i);
        let name = p.stakeholder_name(s, c.lang);
        svg.dot(x, y, INK, &name);
        let anchor = if (x - cx).abs() < 10.0 {
            "middle"
        } else if x > cx {
            "start"
        } else {
            "end"
        };
        let dx = match anchor {
            "start" => 8.0,
            "end" => -8.0,
            _ => 0.0,
        };
        let room = if anchor == "middle" {
            200.0
        } else {
            w / 2.0 - r - 20.0
        };
        svg.text(x + dx, y - 4.0, &fit(&name, room, 12.0), anchor, INK);
        svg.text(
            x + dx,
            y + 12.0,
            &fit(
                &c.tr.t(&format!("driver-stakeholder-role-{}", s.role)),
                room,
                12.0,
            ),
            anchor,
            "#4a5568",
        );
    }
    if p.parts.stakeholders.len() > nodes.len() {
        let more = (p.parts.stakeholders.len() - nodes.len()).to_string();
        svg.text(
            8.0,
            h - 8.0,
            &c.tr.ts("driver-more-rows", &[("count", &more)]),
            "start",
            INK,
        );
    }
    svg.finish()
}
