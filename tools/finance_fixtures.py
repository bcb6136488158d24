#!/usr/bin/env python3
"""Reference figures for crates/finance, from numpy-financial and pyxirr.

    python3 tools/finance_fixtures.py target/finance-fixtures.json

writes one JSON file of random cases with the answers of numpy-financial 1.0.0 (npv, irr,
mirr, pmt, ipmt, ppmt, nper, rate) and pyxirr 0.10.8 (xnpv, xirr), which
crates/finance/tests/reference.rs compares with ours (CITYDRIVER_FINANCE_FIXTURES names the
file). The random generator has a fixed seed, so the file is the same on every run with the
same packages; the versions used are written into it, and the script refuses other versions
of the two packages, whose answers the comparison's tolerance was not set for.

Two references are sharpened, since the comparison is to 1e-9 and they stop short of it:

- numpy_financial.rate is asked for tol=1e-10 instead of its default 1e-6, which is on the
  last Newton step and leaves an error of about its square times the curvature (up to 2e-7
  relative here); the iteration is the same, one or two steps longer.
- pyxirr.xirr stops its Newton iteration at a step (or an XNPV) below 1e-9 absolute, and
  its fallback accepts an XNPV below 1e-3, so its figure is off by up to 3e-7 relative here.
  Its figure is kept (compared to 1e-6), and sharpened: the root is where pyxirr's own xnpv
  changes sign, by bisection next to its figure (compared to 1e-9).

Where a reference is wrong or cannot be trusted, the case is left out here by a named rule,
counted in "excluded" (the test prints the counts), never quietly:

- nper_zero_rate: numpy-financial 1.0.0 returns (pv - fv) / pmt at a zero rate
  (numpy-financial issue #16, the sign of pv); the right figure, and ours, is
  -(fv + pv) / pmt. No zero rates are given to nper (they are to pmt, ipmt and ppmt).
- rate_newton_below_-1: numpy-financial's Newton iteration for rate from 0.1 passes below
  -1, where its steps are chaotic: ours are the same steps, but an ulp of difference in a
  power sends them elsewhere, and which root, if any, each ends on is chance.
- rate_ill_conditioned: the rounding of numpy-financial's g(r), whose ((1+r)^n - 1) / r
  loses digits near r = 0 (the loans at a zero rate, above all), can move its root by more
  than a tenth of the tolerance.
- rate_npf_does_not_settle_to_1e-10: numpy-financial answers at its default tolerance but
  not at 1e-10.
- irr: the reference is the set of real roots x > 0 that numpy.roots finds of the NPV as a
  polynomial in x = 1/(1+r) (numpy-financial's own approach), as rates in (-1, inf). Left
  out when that set is not well defined in floating point: a root whose imaginary part is
  neither clearly zero nor clearly not (irr_ambiguous_imaginary: a near-double root), or a
  real root whose condition number exceeds 1e5 (irr_ill_conditioned). numpy_financial.irr
  itself is recorded only where the root is unique; it keeps only eigenvalues whose
  imaginary part is exactly 0.0, so where the one real root comes back with a rounding-size
  imaginary part it answers nan (npf_irr_drops_real_root: the set is still compared).
- xnpv: pyxirr measures time from the earliest date, we (like a spreadsheet) from the first
  flow's; the first date is always the earliest here, so the two agree (later dates come in
  any order, some on one day).
- xirr where the flows in date order change sign once: there is exactly one root (Descartes'
  rule holds for real exponents), pyxirr's. Left out where pyxirr finds none
  (xirr_pyxirr_no_answer), where it lies beyond the rates our xirr searches
  (xirr_beyond_range: a float cannot tell it from -100 %, or it is above 10^300), where no
  sign change of pyxirr's xnpv is next to it (xirr_pyxirr_not_next_to_a_root), or where the
  root's condition number exceeds 1e5 (xirr_ill_conditioned).
- xirr where they change sign several times: every root, from an independent search here
  (sign changes of the XNPV on a grid of ln(1+r) over all the rates our xirr searches,
  refined by bisection), and pyxirr's must be one of ours. Left out when the search could
  have missed a pair of roots between grid points (xirr_near_touch: |XNPV| comes within 1e-3
  of its terms' size without crossing zero) or a root is ill-conditioned.
"""

import datetime as dt
import importlib.metadata
import json
import math
import os
import platform
import random
import sys
import warnings

import numpy as np

PINNED = {"numpy-financial": "1.0.0", "pyxirr": "0.10.8"}
SEED = 20240611
# How many cases of each kind; a few thousand each keeps the script to a few seconds.
N_FLOWS = 3000
N_LOANS = 3000
N_DATED = 2500

# A root of the NPV polynomial is taken as real when its imaginary part is below IMAG_REAL
# of its modulus, as complex above IMAG_COMPLEX; in between the case is ambiguous.
IMAG_REAL = 1e-10
IMAG_COMPLEX = 1e-6
# The largest condition number of a root kept: its relative error is about cond * eps, which
# must stay well under the comparison's 1e-9.
MAX_COND = 1e5


def exact(value):
    """Every float as the shortest text that reads back as the same float ("inf", "-inf"
    and "nan" included, which JSON numbers cannot say). A JSON number would do, but
    serde_json's default parsing may land one ulp off, and an ill-conditioned case notices."""
    if isinstance(value, float):
        return repr(float(value))
    if isinstance(value, list):
        return [exact(v) for v in value]
    if isinstance(value, dict):
        return {k: exact(v) for k, v in value.items()}
    return value


def check_versions():
    versions = {}
    for name, want in PINNED.items():
        got = importlib.metadata.version(name)
        if got != want:
            sys.exit(f"{name} {got} is installed; the fixtures are made with {want}")
        versions[name] = got
    versions["numpy"] = np.__version__
    versions["python"] = platform.python_version()
    return versions


def magnitude(rng):
    return 10.0 ** rng.uniform(0, 7)


def random_flows(rng):
    """A series of yearly flows of one of several shapes."""
    n = rng.randint(2, 50)
    size = magnitude(rng)
    shape = rng.choice(
        ["conventional", "conventional", "several_outflows", "random_signs", "sparse", "roots"]
    )
    if shape == "conventional":
        flows = [-size] + [size * rng.uniform(0, 0.5) for _ in range(n - 1)]
    elif shape == "several_outflows":
        k = rng.randint(1, n - 1)
        flows = [-size * rng.uniform(0.1, 1) for _ in range(k)]
        flows += [size * rng.uniform(0, 1) for _ in range(n - k)]
    elif shape == "random_signs":
        flows = [size * rng.uniform(-1, 1) for _ in range(n)]
    elif shape == "sparse":
        # Zeros, also at the start and at the end.
        flows = [size * rng.uniform(-1, 1) if rng.random() < 0.4 else 0.0 for _ in range(n)]
        flows[rng.randrange(n)] = -size
        flows[rng.randrange(n)] = size
    else:
        # A polynomial built from chosen roots x = 1/(1+r), well apart, so that several IRRs
        # exist (times a factor without positive roots).
        k = rng.randint(1, 4)
        rates = sorted(rng.uniform(-0.6, 1.5) for _ in range(k))
        if any(b - a < 0.1 for a, b in zip(rates, rates[1:])):
            rates = rates[:1]
        poly = np.array([1.0])
        for r in rates:
            poly = np.convolve(poly, [-1.0 / (1 + r), 1.0])  # (x - x_r), lowest power first
        extra = [rng.uniform(0.5, 2) for _ in range(rng.randint(0, 6))]
        poly = np.convolve(poly, extra or [1.0])
        flows = list(poly / np.max(np.abs(poly)) * size)
    return [float(c) for c in flows]


def irr_case(flows, excluded):
    """The real roots of the NPV in x = 1/(1+r), as numpy.roots finds them, or None."""
    coeffs = np.array(flows[::-1])  # highest power first
    found = np.roots(coeffs) if np.count_nonzero(coeffs) > 1 else np.array([])
    rates = []
    for z in found:
        size = abs(z)
        if size == 0.0:
            continue
        if abs(z.imag) > IMAG_COMPLEX * size:
            continue
        if abs(z.imag) > IMAG_REAL * size:
            excluded["irr_ambiguous_imaginary"] += 1
            return None
        x = z.real
        if x <= 0:
            continue
        # Relative condition of the root: the sum of the sizes of the terms at x over
        # x * |p'(x)|, with the powers of x divided by the largest (so that none overflows).
        exponents = np.arange(len(flows))
        powers = np.exp((exponents - (exponents[-1] if x > 1 else 0)) * math.log(x))
        terms = np.sum(np.abs(flows) * powers)
        slope = abs(np.sum(np.arange(len(flows)) * np.array(flows) * powers))
        if slope == 0.0 or terms / slope > MAX_COND:
            excluded["irr_ill_conditioned"] += 1
            return None
        rates.append(1.0 / x - 1.0)
    rates.sort()
    case = {"flows": flows, "roots": rates, "npf": None}
    if len(rates) == 1:
        import numpy_financial as npf

        value = float(npf.irr(flows))
        if math.isnan(value):
            excluded["npf_irr_drops_real_root"] += 1
        else:
            case["npf"] = value
    return case


def flow_cases(rng, excluded):
    import numpy_financial as npf

    npv, irr, mirr = [], [], []
    for _ in range(N_FLOWS):
        flows = random_flows(rng)
        rate = rng.choice([0.0, rng.uniform(-0.9, 2.0), rng.uniform(-0.05, 0.3)])
        npv.append({"rate": rate, "flows": flows, "want": float(npf.npv(rate, flows))})
        case = irr_case(flows, excluded)
        if case is not None:
            irr.append(case)
        finance, reinvest = rng.uniform(-0.05, 0.3), rng.uniform(-0.05, 0.3)
        value = float(npf.mirr(flows, finance, reinvest))
        mirr.append(
            {
                "flows": flows,
                "finance_rate": finance,
                "reinvest_rate": reinvest,
                "want": float(value),
            }
        )
    return npv, irr, mirr


def loan(rng):
    """Random loan terms: rate, number of periods, present and future value, timing."""
    rate = rng.choice(
        [0.0, rng.uniform(0.0, 0.02), rng.uniform(-0.05, 0.3), rng.uniform(0.3, 1.0)]
    )
    nper = rng.choice([rng.randint(1, 40), rng.randint(12, 480), rng.uniform(1, 60)])
    pv = rng.choice([1, -1]) * magnitude(rng)
    fv = rng.choice([0.0, 0.0, rng.uniform(-1, 1) * magnitude(rng)])
    when = rng.choice(["end", "begin"])
    return float(rate), float(nper), float(pv), float(fv), when


def loan_cases(rng, excluded):
    import numpy_financial as npf

    out = {"pmt": [], "ipmt": [], "ppmt": [], "nper": [], "rate": []}
    for _ in range(N_LOANS):
        rate, nper, pv, fv, when = loan(rng)
        terms = {"rate": rate, "nper": nper, "pv": pv, "fv": fv, "when": when}
        pmt = float(npf.pmt(rate, nper, pv, fv, when))
        out["pmt"].append({**terms, "want": float(pmt)})

        whole = float(max(1, math.floor(nper)))
        per = float(rng.randint(1, int(whole)))
        case = {**terms, "nper": whole, "per": per}
        out["ipmt"].append({**case, "want": float(npf.ipmt(rate, per, whole, pv, fv, when))})
        out["ppmt"].append({**case, "want": float(npf.ppmt(rate, per, whole, pv, fv, when))})

        # The number of periods of the payment just found (so that it is usually a real
        # answer), or of a payment off by a random factor (which may have none: nan).
        if rate == 0.0:
            excluded["nper_zero_rate"] += 1
        else:
            paid = pmt if rng.random() < 0.7 else pmt * rng.uniform(0.2, 3)
            with np.errstate(invalid="ignore", divide="ignore"):
                value = float(npf.nper(rate, paid, pv, fv, when))
            out["nper"].append(
                {
                    "rate": rate,
                    "pmt": paid,
                    "pv": pv,
                    "fv": fv,
                    "when": when,
                    "want": float(value),
                }
            )

        # The rate of the payment just found.
        case = rate_case(npf, whole, pmt, pv, fv, when, excluded)
        if case is not None:
            out["rate"].append(case)
    return out


def rate_case(npf, n, pmt, pv, fv, when, excluded):
    """numpy-financial's rate from its default start (0.1), or None where it cannot be a
    reference (counted in `excluded`)."""
    w = 1 if when == "begin" else 0
    if newton_leaves_domain(npf, n, pmt, pv, fv, w):
        excluded["rate_newton_below_-1"] += 1
        return None
    # The default tolerance (1e-6) is on the last Newton step, which leaves an error of about
    # its square times the curvature, up to 2e-7 relative here; tol=1e-10 is one or two more
    # steps of the same iteration, to full precision.
    value = float(npf.rate(n, pmt, pv, fv, when, tol=1e-10))
    if math.isnan(value):
        if not math.isnan(float(npf.rate(n, pmt, pv, fv, when))):
            excluded["rate_npf_does_not_settle_to_1e-10"] += 1
            return None
    elif rate_rounding(n, pmt, pv, fv, w, value) > 1e-10 * max(
        abs(value), 1e-3 * (abs(1 + value) + 1)
    ):
        excluded["rate_ill_conditioned"] += 1
        return None
    return {"nper": n, "pmt": pmt, "pv": pv, "fv": fv, "when": when, "want": value}


def newton_leaves_domain(npf, n, pmt, pv, fv, w):
    """Whether numpy-financial's Newton iteration for rate (from 0.1) passes below -1. There
    the iterates are chaotic: ours are the same steps, but an ulp of difference in a power
    sends them elsewhere, and which root (if any) each ends on is chance."""
    r = np.float64(0.1)
    for _ in range(100):
        following = r - npf._financial._g_div_gp(r, n, pmt, pv, fv, w)
        if not np.isfinite(following):
            return False  # no answer, from either
        if following <= -1.0:
            return True
        if abs(following - r) < 1e-10:
            return False
        r = following
    return False


def rate_rounding(n, pmt, pv, fv, w, r):
    """How far the rounding of numpy-financial's g(r) = fv + pv (1+r)^n + pmt (1+rw)
    ((1+r)^n - 1) / r can move its root: (1+r) rounded costs (1+r)^n n ulps, which divided
    by a small r is large (near r = 0 the formula loses digits), over the slope g'(r)."""
    eps = sys.float_info.epsilon
    t1, t2 = (1 + r) ** n, (1 + r) ** (n - 1)
    noise = eps * (abs(fv) + n * abs(t1 * pv) + n * t1 * abs(pmt * (1 + r * w) / r))
    slope = (
        n * t2 * pv
        - pmt * (t1 - 1) * (r * w + 1) / r**2
        + n * pmt * t2 * (r * w + 1) / r
        + pmt * (t1 - 1) * w / r
    )
    return math.inf if slope == 0 else noise / abs(slope)


START = dt.date(2000, 1, 1)


def random_dated(rng):
    """Dated flows; the first is the earliest, the others in any order (some on one day)."""
    n = rng.randint(2, 30)
    size = magnitude(rng)
    first = START + dt.timedelta(days=rng.randint(0, 9000))
    span = rng.choice([60, 400, 1500, 5000])
    later = sorted(first + dt.timedelta(days=rng.randint(1, span)) for _ in range(n - 1))
    if rng.random() < 0.2:
        rng.shuffle(later)
    if rng.random() < 0.2 and n > 2:
        later[-1] = later[-2]
    dates = [first] + later
    shape = rng.choice(["conventional", "conventional", "several_outflows", "random_signs"])
    if shape == "conventional":
        amounts = [-size] + [size * rng.uniform(0, 0.5) for _ in range(n - 1)]
    elif shape == "several_outflows":
        k = rng.randint(1, n - 1)
        amounts = [-size * rng.uniform(0.1, 1) for _ in range(k)]
        amounts += [size * rng.uniform(0, 1) for _ in range(n - k)]
    else:
        amounts = [size * rng.uniform(-1, 1) for _ in range(n)]
    return dates, [float(a) for a in amounts]


def merged_in_date_order(dates, amounts):
    """Years from the first date and amounts, in date order, flows of one day summed."""
    by_day = {}
    for d, a in zip(dates, amounts):
        by_day[d] = by_day.get(d, 0.0) + a
    days = sorted(by_day)
    t = np.array([(d - dates[0]).days / 365.0 for d in days])
    c = np.array([by_day[d] for d in days])
    return t, c


def sign_changes(values):
    signs = [v > 0 for v in values if v != 0]
    return sum(1 for a, b in zip(signs, signs[1:]) if a != b)


# The rates our xirr searches (crates/finance/src/dated.rs), in x = 1/(1+r): from r = 1e300
# to r = -1 + 1e-15, and where x to the power of the flows' span t stays within 10^+-300.
LOWEST_X, HIGHEST_X = 1e-300, 1e15


def searched(t):
    """The range of u = ln(1+r) = -ln(x) our xirr searches for flows over t years."""
    reach = 300.0 * math.log(10.0) / max(t[-1], 1e-9)
    return -min(math.log(HIGHEST_X), reach), -max(math.log(LOWEST_X), -reach)


# The independent search for the roots of an XNPV: sign changes on a grid of u = ln(1+r),
# fine from r = -0.999 to r = 10^6 (steps of 0.1 % in 1 + r), coarser beyond, out to the
# ends of the range we search.
FINE = np.linspace(math.log(1e-3), math.log(1e6), 20001)


def grid(lowest, highest):
    below = np.linspace(lowest, FINE[0], 2001)[:-1] if lowest < FINE[0] else np.array([])
    above = np.linspace(FINE[-1], highest, 4001)[1:]
    return np.concatenate([below, FINE, above])


def xnpv_on(t, c, u):
    """The XNPV at the rates r = exp(u) - 1, for an array u, and the size of its terms."""
    terms = c[:, None] * np.exp(-np.outer(t, u))
    return terms.sum(axis=0), np.abs(terms).sum(axis=0)


def condition(t, c, u):
    """The relative condition of a root in 1 + r: the size of the XNPV's terms over the
    slope in u = ln(1+r); its rounding moves the root by about this many ulps."""
    _, size = xnpv_on(t, c, np.array([u]))
    slope = abs(np.sum(t * c * np.exp(-t * u)))
    return math.inf if slope == 0.0 else size[0] / slope


def dated_roots(t, c, excluded):
    lowest, highest = searched(t)
    u = grid(lowest, highest)
    values, sizes = xnpv_on(t, c, u)
    signs = np.sign(values)
    cross = np.nonzero(signs[:-1] * signs[1:] < 0)[0]
    # A pair of roots closer than a grid step shows as |XNPV| dipping near zero and back;
    # where it comes within 1e-3 of its terms' size at a local minimum without crossing,
    # the case is left out.
    a = np.abs(values / sizes)
    same_sign = (signs[1:-1] == signs[:-2]) & (signs[1:-1] == signs[2:])
    minima = np.nonzero((a[1:-1] < a[:-2]) & (a[1:-1] < a[2:]) & same_sign)[0] + 1
    if np.any(a[minima] < 1e-3):
        excluded["xirr_near_touch"] += 1
        return None
    roots = []
    for i in cross:
        lo, hi = u[i], u[i + 1]
        flo = xnpv_on(t, c, np.array([lo]))[0][0]
        for _ in range(100):
            mid = 0.5 * (lo + hi)
            fmid = xnpv_on(t, c, np.array([mid]))[0][0]
            if fmid == 0 or mid in (lo, hi):
                break
            if (fmid < 0) == (flo < 0):
                lo, flo = mid, fmid
            else:
                hi = mid
        root = 0.5 * (lo + hi)
        if condition(t, c, root) > MAX_COND:
            excluded["xirr_ill_conditioned"] += 1
            return None
        roots.append(math.expm1(root))
    return roots


def sharpened(pyxirr, dates, amounts, rate):
    """pyxirr's root to full precision, or None if it is not next to one: pyxirr's Newton
    iteration stops at a step (or an XNPV) below 1e-9 and its fallback accepts an XNPV below
    1e-3, so its figure is good to about 1e-9 absolute only. The sharp root is where
    pyxirr's own xnpv changes sign, found by bisection in u = ln(1+r) next to its figure."""
    if rate <= -1.0:
        return None
    u0 = math.log1p(rate)
    f0 = pyxirr.xnpv(rate, dates, amounts)
    if f0 == 0.0:
        return rate
    h = 1e-13 * max(1.0, abs(u0))
    while h < 1e-4 * max(1.0, abs(u0)):
        for other in (u0 - h, u0 + h):
            f1 = pyxirr.xnpv(math.expm1(other), dates, amounts)
            if (f1 < 0) != (f0 < 0):
                lo, hi, flo = (u0, other, f0) if u0 < other else (other, u0, f1)
                for _ in range(200):
                    mid = 0.5 * (lo + hi)
                    if mid in (lo, hi):
                        break
                    fmid = pyxirr.xnpv(math.expm1(mid), dates, amounts)
                    if fmid == 0.0:
                        return math.expm1(mid)
                    if (fmid < 0) == (flo < 0):
                        lo, flo = mid, fmid
                    else:
                        hi = mid
                return math.expm1(0.5 * (lo + hi))
        h *= 4
    return None


def dated_cases(rng, excluded):
    import pyxirr

    xnpv, xirr = [], []
    for _ in range(N_DATED):
        dates, amounts = random_dated(rng)
        iso = [d.isoformat() for d in dates]
        rate = rng.choice([0.0, rng.uniform(-0.9, 2.0), rng.uniform(-0.05, 0.3)])
        xnpv.append(
            {
                "rate": rate,
                "dates": iso,
                "amounts": amounts,
                "want": float(pyxirr.xnpv(rate, dates, amounts)),
            }
        )
        t, c = merged_in_date_order(dates, amounts)
        # One sign change in date order: exactly one root (the XNPV has the first flow's
        # sign near r = inf and the last one's near r = -1), pyxirr's, sharpened.
        # Several: the roots of the independent search, and pyxirr's must be one of them.
        found = pyxirr.xirr(dates, amounts, silent=True)
        case = {"dates": iso, "amounts": amounts, "pyxirr": found, "root": None, "roots": None}
        if sign_changes(c) == 1:
            if found is None:
                excluded["xirr_pyxirr_no_answer"] += 1
                continue
            lowest, highest = searched(t)
            if not (found > -1.0 and lowest < math.log1p(found) < highest):
                # Beyond what a float tells from -100 %, or beyond 10^300 %.
                excluded["xirr_beyond_range"] += 1
                continue
            root = sharpened(pyxirr, dates, amounts, found)
            if root is None:
                excluded["xirr_pyxirr_not_next_to_a_root"] += 1
                continue
            if condition(t, c, math.log1p(root)) > MAX_COND:
                excluded["xirr_ill_conditioned"] += 1
                continue
            case["root"] = root
        elif sign_changes(c) > 1:
            case["roots"] = dated_roots(t, c, excluded)
            if case["roots"] is None:
                continue
        xirr.append(case)
    return xnpv, xirr


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    versions = check_versions()
    rng = random.Random(SEED)
    # numpy-financial computes both sides of its np.where (pmt divides by a zero rate before
    # choosing the zero-rate formula), and nper takes logarithms of negative numbers where
    # there is no answer: numpy's warnings about those are expected, and silenced.
    np.seterr(all="ignore")
    warnings.simplefilter("ignore", RuntimeWarning)
    excluded = {
        "irr_ambiguous_imaginary": 0,
        "irr_ill_conditioned": 0,
        "npf_irr_drops_real_root": 0,
        "nper_zero_rate": 0,
        "rate_newton_below_-1": 0,
        "rate_ill_conditioned": 0,
        "rate_npf_does_not_settle_to_1e-10": 0,
        "xirr_near_touch": 0,
        "xirr_ill_conditioned": 0,
        "xirr_pyxirr_no_answer": 0,
        "xirr_beyond_range": 0,
        "xirr_pyxirr_not_next_to_a_root": 0,
    }
    npv, irr, mirr = flow_cases(rng, excluded)
    loans = loan_cases(rng, excluded)
    xnpv, xirr = dated_cases(rng, excluded)
    out = {
        "versions": versions,
        "seed": SEED,
        "excluded": excluded,
        "npv": npv,
        "irr": irr,
        "mirr": mirr,
        **loans,
        "xnpv": xnpv,
        "xirr": xirr,
    }
    os.makedirs(os.path.dirname(sys.argv[1]) or ".", exist_ok=True)
    with open(sys.argv[1], "w") as f:
        f.write(json.dumps(exact(out), allow_nan=False))
    counts = {k: len(v) for k, v in out.items() if isinstance(v, list)}
    print(f"{sys.argv[1]}: {counts}; excluded {excluded}; {versions}")


if __name__ == "__main__":
    main()
