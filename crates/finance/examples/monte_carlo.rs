//! Times the Monte Carlo of a model: `monte_carlo MODEL.json REPEATS [THREADS [WARM_MS]]`,
//! where the file holds `{"model": …, "simulation": …}` as the API takes them. It first runs
//! untimed for WARM_MS milliseconds (0 by default): on this kind of virtual machine a process's
//! second thread runs beside its first only after some 100–200 ms of work. Prints one JSON line:
//! the median and every time in milliseconds, and the NPV's P10/P50/P90 and P(NPV<0) of the
//! last run. Used by bench/finance.py, which runs NumPy on the same model beside it.

use citydriver_finance::Model;
use citydriver_finance::risk::Simulation;
use std::time::Instant;

#[derive(serde::Deserialize)]
struct Case {
    model: Model,
    simulation: Simulation,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, path, repeats, rest @ ..] = args.as_slice() else {
        return Err("usage: monte_carlo MODEL.json REPEATS [THREADS [WARM_MS]]".into());
    };
    let case: Case = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let problems: Vec<String> = case
        .model
        .problems()
        .into_iter()
        .chain(case.simulation.problems(&case.model))
        .map(|p| p.to_string())
        .collect();
    if !problems.is_empty() {
        return Err(problems.join("; ").into());
    }
    let repeats: usize = repeats.parse()?;
    let threads: usize = match rest.first() {
        Some(t) => t.parse()?,
        None => std::thread::available_parallelism()?.get(),
    };
    let warm: u64 = rest.get(1).map_or(Ok(0), |w| w.parse())?;
    let warming = Instant::now();
    while warming.elapsed().as_millis() < u128::from(warm) {
        std::hint::black_box(case.simulation.run_on(&case.model, threads));
    }
    let mut times = vec![];
    let mut last = None;
    for _ in 0..repeats.max(1) {
        let start = Instant::now();
        let outcome = case.simulation.run_on(&case.model, threads);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        last = Some(outcome);
    }
    let o = last.ok_or("no run")?;
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    println!(
        "{}",
        serde_json::json!({
            "threads": threads,
            "median_ms": median,
            "times_ms": times,
            "p10": o.npv.p10, "p50": o.npv.p50, "p90": o.npv.p90,
            "mean": o.npv.mean, "sem": o.npv.sem,
            "p_negative": o.p_negative,
        })
    );
    Ok(())
}
