//! A project's uploaded tables: cost and benefit lines, KPI values (CSV or .xlsx). Never a
//! panic; lines read are within the model's limits, values read stay with their KPI.
#![no_main]

use domain::driver::parts::{Kpi, MAX_KPI_VALUES};
use finance::Currency;
use finance::model::{MAX_HORIZON, MAX_LINES};
use libfuzzer_sys::fuzz_target;
use services::driver::import::{cost_lines, kpi_values, read_table};

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let name = if first & 1 == 0 { "costs.csv" } else { "costs.xlsx" };
    let currency = Currency::from_code(if first & 2 == 0 { "EUR" } else { "KRW" }).unwrap();
    let Ok(sheet) = read_table(name, bytes) else {
        return;
    };
    if let Ok(lines) = cost_lines(&sheet, currency) {
        assert!(lines.len() <= MAX_LINES);
        for l in &lines {
            assert!(l.amounts.len() <= MAX_HORIZON as usize + 1, "{l:?}");
        }
    }
    let kpi = |name: &str| Kpi {
        name: domain::I18nText::en(name).with(domain::Lang::Ko, format!("{name} 지표")),
        unit: "%".into(),
        baseline: 0.0,
        target: 100.0,
        target_date: None,
        standard: None,
        code: None,
        values: vec![],
    };
    let kpis = vec![("a1".to_string(), kpi("Energy")), ("b2".to_string(), kpi("Waste"))];
    if let Ok(values) = kpi_values(&sheet, &kpis) {
        for (id, vs) in &values {
            assert!(kpis.iter().any(|(k, _)| k == id), "{id}");
            assert!(vs.len() <= MAX_KPI_VALUES);
        }
    }
});
