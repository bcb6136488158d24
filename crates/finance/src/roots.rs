//! Every positive root of a sum of powers `Σ c·x^e` on an interval, by isolation: between two
//! neighbouring roots of the derivative the function is monotone, so it has at most one root
//! there, and it has one exactly when its sign changes. The roots of the derivative are found
//! the same way, down to a single term, which has none. Nothing depends on a starting guess, so
//! no root is missed and none is found twice; where the function only touches zero (a double
//! root) it is found as a turn at which the function is zero within its rounding error.
//!
//! Two shapes share the search: a polynomial (whole exponents, evaluated by Horner's rule),
//! which is the NPV of yearly flows in `x = 1/(1+r)`, and a sum of real powers, which is the
//! NPV of dated flows.

/// What the search needs of a function of `x > 0`.
pub(crate) trait Terms: Sized {
    /// How many terms are not zero.
    fn terms(&self) -> usize;
    /// The value and the slope at `x`.
    fn eval(&self, x: f64) -> (f64, f64);
    /// A bound of the rounding error of the value at `x`.
    fn rounding(&self, x: f64) -> f64;
    /// A function with one term fewer whose positive zeros split `(0, ∞)` into pieces on each
    /// of which this one keeps its sign or crosses zero once (its derivative, or that of the
    /// function divided by its lowest power).
    fn turns(&self) -> Self;
}

/// A polynomial: `0[i]` is the coefficient of `x^i`.
#[derive(Debug, Clone)]
pub(crate) struct Poly(pub Vec<f64>);

impl Terms for Poly {
    fn terms(&self) -> usize {
        self.0.iter().filter(|c| **c != 0.0).count()
    }
    fn eval(&self, x: f64) -> (f64, f64) {
        let (mut p, mut d) = (0.0, 0.0);
        for &c in self.0.iter().rev() {
            d = d * x + p;
            p = p * x + c;
        }
        (p, d)
    }
    fn rounding(&self, x: f64) -> f64 {
        let size = self
            .0
            .iter()
            .rev()
            .fold(0.0, |acc, &c| acc * x.abs() + c.abs());
        4.0 * self.0.len() as f64 * f64::EPSILON * size
    }
    fn turns(&self) -> Poly {
        Poly(
            self.0
                .iter()
                .enumerate()
                .skip(1)
                .map(|(i, &c)| c * i as f64)
                .collect(),
        )
    }
}

/// A sum of real powers `Σ c·x^e` (exponents at least 0).
#[derive(Debug, Clone)]
pub(crate) struct Powers(pub Vec<(f64, f64)>);

impl Terms for Powers {
    fn terms(&self) -> usize {
        self.0.iter().filter(|(c, _)| *c != 0.0).count()
    }
    fn eval(&self, x: f64) -> (f64, f64) {
        self.0.iter().fold((0.0, 0.0), |(p, d), &(c, e)| {
            let xe = x.powf(e);
            (p + c * xe, d + c * e * xe / x)
        })
    }
    fn rounding(&self, x: f64) -> f64 {
        let size: f64 = self.0.iter().map(|&(c, e)| c.abs() * x.powf(e)).sum();
        8.0 * self.0.len() as f64 * f64::EPSILON * size
    }
    /// `g = f / x^e₀` (`e₀` the lowest exponent) has the zeros and the signs of `f` for
    /// `x > 0`; between the zeros of `x·g'(x)` it is monotone, and its constant term drops out.
    fn turns(&self) -> Powers {
        let e0 = self
            .0
            .iter()
            .filter(|(c, _)| *c != 0.0)
            .map(|t| t.1)
            .fold(f64::INFINITY, f64::min);
        Powers(
            self.0
                .iter()
                .filter(|(c, e)| *c != 0.0 && *e != e0)
                .map(|&(c, e)| (c * (e - e0), e - e0))
                .collect(),
        )
    }
}

/// The roots of `f` in `[lo, hi]` (with `0 < lo`), ascending.
pub(crate) fn roots<F: Terms>(f: &F, lo: f64, hi: f64) -> Vec<f64> {
    if f.terms() <= 1 || lo >= hi {
        return vec![];
    }
    let mut edges = vec![lo];
    edges.extend(
        roots(&f.turns(), lo, hi)
            .into_iter()
            .filter(|&t| t > lo && t < hi),
    );
    edges.push(hi);
    // An edge is a root when the function is zero there: exactly at the ends of the interval,
    // within its rounding error at a turn (where it may only touch zero).
    let last = edges.len() - 1;
    let at: Vec<(f64, bool)> = edges
        .iter()
        .enumerate()
        .map(|(i, &e)| {
            let v = f.eval(e).0;
            (
                v,
                v == 0.0 || (i > 0 && i < last && v.abs() <= f.rounding(e)),
            )
        })
        .collect();
    let mut found: Vec<f64> = edges
        .iter()
        .zip(&at)
        .filter(|(_, (_, root))| *root)
        .map(|(&e, _)| e)
        .collect();
    for (w, v) in edges.windows(2).zip(at.windows(2)) {
        let ((fu, ru), (fv, rv)) = (v[0], v[1]);
        if !ru && !rv && (fu < 0.0) != (fv < 0.0) {
            found.push(bracketed_root(f, w[0], w[1], fu < 0.0));
        }
    }
    found.sort_by(f64::total_cmp);
    found.dedup_by(|x, y| (*x - *y).abs() <= 8.0 * f64::EPSILON * x.abs().max(y.abs()));
    found
}

/// The one root in `(u, v)` of a function that changes sign once there (negative on the left
/// when `rising`): Newton's steps kept inside the bracket, bisection when a step would leave it
/// or not shrink it enough.
pub(crate) fn bracketed_root<F: Terms>(f: &F, mut u: f64, mut v: f64, rising: bool) -> f64 {
    let mut x = middle(u, v);
    // Far from the root of a steep function Newton's steps shrink slowly; a step that is not
    // at most half the one before is replaced by bisection, so the bracket at least halves
    // every two steps.
    let mut last_step = v - u;
    for _ in 0..200 {
        let (y, d) = f.eval(x);
        if y == 0.0 {
            return x;
        }
        if (y < 0.0) == rising {
            u = x;
        } else {
            v = x;
        }
        let newton = x - y / d;
        let next = if newton > u && newton < v && (newton - x).abs() <= 0.5 * last_step {
            newton
        } else {
            middle(u, v)
        };
        last_step = (next - x).abs();
        if next == x || v - u <= 2.0 * f64::EPSILON * x.abs() {
            return next;
        }
        x = next;
    }
    x
}

/// The point that halves a bracket: in the logarithm while it spans more than a factor of
/// four (the rates of dated flows are searched over 10⁻³⁰⁰ < x < 10¹⁵, which halving the
/// width would take a thousand steps to narrow), else in the middle.
fn middle(u: f64, v: f64) -> f64 {
    if u > 0.0 && v > 4.0 * u {
        u.sqrt() * v.sqrt()
    } else {
        0.5 * (u + v)
    }
}

/// Bounds `(lo, hi)` between which every positive root of a polynomial lies (Cauchy's bound
/// of the polynomial and of its reverse), or none if it has fewer than two terms.
pub(crate) fn positive_root_bounds(a: &[f64]) -> Option<(f64, f64)> {
    let first = a.iter().position(|&c| c != 0.0)?;
    let last = a.iter().rposition(|&c| c != 0.0)?;
    if first == last {
        return None;
    }
    let cauchy = |lead: f64, rest: &mut dyn Iterator<Item = &f64>| {
        1.0 + rest.map(|c| (c / lead).abs()).fold(0.0, f64::max)
    };
    let hi = cauchy(a[last], &mut a[first..last].iter());
    let lo = 1.0 / cauchy(a[first], &mut a[first + 1..=last].iter());
    Some((lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_roots(roots: &[f64]) -> Vec<f64> {
        let mut a = vec![1.0];
        for &r in roots {
            let mut b = vec![0.0; a.len() + 1];
            for (i, &c) in a.iter().enumerate() {
                b[i + 1] += c;
                b[i] -= r * c;
            }
            a = b;
        }
        a
    }

    #[test]
    fn finds_every_root_of_a_product() {
        let want = [0.2, 0.5, 0.9, 1.3, 2.0];
        let got = roots(&Poly(from_roots(&want)), 0.01, 10.0);
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 1e-12, "{got:?}");
        }
    }

    #[test]
    fn a_double_root_is_found_once_and_complex_ones_not_at_all() {
        // (x - 1)^2 (x^2 + 1)
        let got = roots(&Poly(vec![1.0, -2.0, 2.0, -2.0, 1.0]), 0.01, 5.0);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!((got[0] - 1.0).abs() < 1e-7, "{got:?}");
        assert!(roots(&Poly(vec![1.0, 0.0, 1.0]), 0.01, 5.0).is_empty());
    }

    #[test]
    fn bounds_hold_every_positive_root() {
        let a = from_roots(&[0.001, 0.5, 3000.0]);
        let (lo, hi) = positive_root_bounds(&a).unwrap();
        assert!(lo <= 0.001 && hi >= 3000.0, "{lo} {hi}");
        assert_eq!(roots(&Poly(a), lo, hi).len(), 3);
        assert_eq!(positive_root_bounds(&[0.0, 2.0, 0.0]), None);
    }

    #[test]
    fn real_powers_are_searched_the_same_way() {
        // x^0.5 - 2 x^1.5 + x^2.25: roots where it crosses zero on (0, 4).
        let f = Powers(vec![(1.0, 0.5), (-2.0, 1.5), (1.0, 2.25)]);
        let got = roots(&f, 1e-6, 4.0);
        for x in &got {
            assert!(f.eval(*x).0.abs() < 1e-12, "{x}");
        }
        // Sign changes on a fine grid, counted independently.
        let grid: Vec<f64> = (1..4000).map(|i| i as f64 / 1000.0).collect();
        let changes = grid
            .windows(2)
            .filter(|w| (f.eval(w[0]).0 < 0.0) != (f.eval(w[1]).0 < 0.0))
            .count();
        assert_eq!(got.len(), changes, "{got:?}");
    }
}
