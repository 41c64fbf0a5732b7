//! Month-by-month charts as inline SVG: no script, colours from the stylesheet's classes, a
//! tooltip on every bar, readable at any width (the picture scales with its `viewBox`).

use super::html::esc;
use dyad_store::MonthRow;
use std::fmt::Write;

const WIDTH: f64 = 720.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 8.0;

/// The names of the quad classes 1–4.
pub(crate) const QUADS: [&str; 4] =
    ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

/// `(year, month)` of `YYYY-MM`.
fn ym(s: &str) -> Option<(i32, u32)> {
    let y = s.get(..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    (s.len() == 7 && (1..=12).contains(&m)).then_some((y, m))
}

/// Every month from the first to the last of `months` (sorted `YYYY-MM`), gaps filled.
pub(crate) fn month_range(months: &[&str]) -> Vec<String> {
    let parsed: Vec<(i32, u32)> = months.iter().filter_map(|m| ym(m)).collect();
    let (Some(&first), Some(&last)) = (parsed.iter().min(), parsed.iter().max()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let (mut y, mut m) = first;
    // At most 50 years of months.
    while (y, m) <= last && out.len() < 600 {
        out.push(format!("{y:04}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// Labels under the bars: every month when there are few, else each January (or the first
/// month), so that labels never overlap.
fn ticks(svg: &mut String, months: &[String], step: f64, y: f64, narrow: bool) {
    let few = months.len() <= if narrow { 6 } else { 14 };
    for (i, m) in months.iter().enumerate() {
        let label = match (few, m.get(5..7)) {
            (true, _) => m.clone(),
            (false, Some("01")) => m.get(..4).unwrap_or("").to_owned(),
            _ if i == 0 => m.get(..4).unwrap_or("").to_owned(),
            _ => continue,
        };
        if !few
            && i > 0
            && months.len() > 60
            && m.get(..4).and_then(|y| y.parse::<i32>().ok()).is_some_and(|y| y % 2 == 1)
        {
            continue;
        }
        let x = LEFT + step * (i as f64 + 0.5);
        let _ = write!(
            svg,
            r#"<text class="tick" x="{x:.1}" y="{y:.1}" text-anchor="middle">{}</text>"#,
            esc(&label)
        );
    }
}

fn frame(title: &str, width: f64, height: f64) -> String {
    format!(
        r#"<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{t}" preserveAspectRatio="xMidYMid meet"><title>{t}</title>"#,
        t = esc(title)
    )
}

/// A bar per month of `(month, count)` (sorted); months without a count show empty. Drawn
/// `width` units wide (a narrow column wants a small width, so that its labels stay legible).
pub(crate) fn month_bars(title: &str, data: &[(String, u64)], width: f64) -> String {
    let keys: Vec<&str> = data.iter().map(|(m, _)| m.as_str()).collect();
    let months = month_range(&keys);
    if months.is_empty() {
        return String::new();
    }
    let (top, plot, height) = (14.0, 110.0, 144.0);
    let max = data.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
    let step = (width - LEFT - RIGHT) / months.len() as f64;
    let mut svg = frame(title, width, height);
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{LEFT}" y1="{b:.1}" x2="{r:.1}" y2="{b:.1}"/><text class="tick" x="{lx:.1}" y="{ty:.1}" text-anchor="end">{max}</text><line class="grid" x1="{LEFT}" y1="{top}" x2="{r:.1}" y2="{top}"/>"#,
        b = top + plot,
        r = width - RIGHT,
        lx = LEFT - 4.0,
        ty = top + 4.0,
        max = max as u64,
    );
    for (i, m) in months.iter().enumerate() {
        let n = data.iter().find(|(k, _)| k == m).map_or(0, |(_, n)| *n);
        if n == 0 {
            continue;
        }
        let h = plot * n as f64 / max;
        let _ = write!(
            svg,
            r#"<rect class="bar" x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}"><title>{m}: {n}</title></rect>"#,
            x = LEFT + step * i as f64 + step * 0.12,
            y = top + plot - h,
            w = step * 0.76,
            m = esc(m),
        );
    }
    ticks(&mut svg, &months, step, height - 8.0, width < 500.0);
    svg.push_str("</svg>");
    svg
}

/// Relations over time: folded events per month stacked by quad class, and below, the month's
/// summed Goldstein value (cooperation up, conflict down).
pub(crate) fn relations(title: &str, rows: &[MonthRow]) -> String {
    let keys: Vec<&str> = rows.iter().map(|r| r.month.as_str()).collect();
    let months = month_range(&keys);
    if months.is_empty() {
        return String::new();
    }
    let (top, plot, gap, gplot) = (14.0, 120.0, 22.0, 70.0);
    let height = top + plot + gap + gplot + 26.0;
    let max =
        rows.iter().map(|r| r.quad_counts.iter().sum::<u32>()).max().unwrap_or(1).max(1) as f64;
    let gmax = rows.iter().map(|r| r.goldstein.abs()).fold(1.0_f64, f64::max);
    let step = (WIDTH - LEFT - RIGHT) / months.len() as f64;
    let zero = top + plot + gap + gplot / 2.0;
    let right = WIDTH - RIGHT;
    let mut svg = frame(title, WIDTH, height);
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{LEFT}" y1="{b:.1}" x2="{right:.1}" y2="{b:.1}"/><line class="grid" x1="{LEFT}" y1="{top}" x2="{right:.1}" y2="{top}"/><text class="tick" x="{lx:.1}" y="{ty:.1}" text-anchor="end">{max}</text><line class="axis" x1="{LEFT}" y1="{zero:.1}" x2="{right:.1}" y2="{zero:.1}"/><text class="tick" x="{lx:.1}" y="{zt:.1}" text-anchor="end">0</text><text class="tick" x="{LEFT}" y="{gt:.1}">Goldstein (sum)</text>"#,
        b = top + plot,
        lx = LEFT - 4.0,
        ty = top + 4.0,
        max = max as u64,
        zt = zero + 4.0,
        gt = top + plot + gap - 6.0,
    );
    for (i, m) in months.iter().enumerate() {
        let Some(row) = rows.iter().find(|r| &r.month == m) else { continue };
        let x = LEFT + step * i as f64 + step * 0.12;
        let w = step * 0.76;
        let mut y = top + plot;
        for (q, n) in row.quad_counts.iter().enumerate() {
            if *n == 0 {
                continue;
            }
            let h = plot * f64::from(*n) / max;
            y -= h;
            let _ = write!(
                svg,
                r#"<rect class="bar q{c}" x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}"><title>{m}: {n} {name}</title></rect>"#,
                c = q + 1,
                m = esc(m),
                name = QUADS.get(q).copied().unwrap_or(""),
            );
        }
        let g = row.goldstein;
        if g != 0.0 {
            let h = (gplot / 2.0) * g.abs() / gmax;
            let (class, gy) = if g > 0.0 { ("gpos", zero - h) } else { ("gneg", zero) };
            let _ = write!(
                svg,
                r#"<rect class="bar {class}" x="{x:.1}" y="{gy:.1}" width="{w:.1}" height="{h:.1}"><title>{m}: Goldstein {g:+.1}</title></rect>"#,
                m = esc(m),
            );
        }
    }
    ticks(&mut svg, &months, step, height - 8.0, false);
    svg.push_str("</svg>");
    svg
}

/// The legend of [`relations`], as HTML.
pub(crate) fn legend() -> String {
    let mut out = String::from(r#"<ul class="legend">"#);
    for (i, name) in QUADS.iter().enumerate() {
        let _ = write!(out, r#"<li><span class="swatch q{}"></span>{name}</li>"#, i + 1);
    }
    out.push_str(r#"<li><span class="swatch gpos"></span>Goldstein +</li><li><span class="swatch gneg"></span>Goldstein −</li></ul>"#);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_filled_between_the_first_and_the_last() {
        assert_eq!(
            month_range(&["2019-11", "2020-02"]),
            ["2019-11", "2019-12", "2020-01", "2020-02"]
        );
        assert!(month_range(&["2019", "bad"]).is_empty());
    }

    #[test]
    fn charts_are_svg_with_a_bar_per_count_and_escaped_titles() {
        let svg =
            month_bars("Mentions of <x>", &[("2019-01".into(), 2), ("2019-03".into(), 4)], 360.0);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains("Mentions of &lt;x&gt;"));
        let rows =
            [MonthRow { month: "2019-02".into(), quad_counts: [1, 0, 2, 0], goldstein: -3.5 }];
        let svg = relations("US–Russia", &rows);
        assert_eq!(svg.matches("class=\"bar q").count(), 2);
        assert!(svg.contains("gneg") && svg.contains("Goldstein -3.5"));
        assert!(!svg.contains("style="), "the CSP allows no inline style");
        assert_eq!(month_bars("none", &[], 360.0), "");
    }
}
