//! Cost and benefit lines from a table: a CSV file or the first sheet of an `.xlsx` workbook
//! (`csv::read` / `csv::read_xlsx`), with a header `label, kind, <one column a year>` — the
//! year columns named as the user likes (`0, 1, 2` or `2027, 2028`), read in order. Amounts in
//! major units of the model's currency (a CO₂ line in tonnes); every problem says its line and
//! column.

use crate::csv::{self, Problem, Sheet};
use domain::driver::parts::{Day, Kpi, KpiValue, MAX_KPI_VALUES};
use finance::model::{Benefit, Line, LineKind, MAX_HORIZON, MAX_LINES};
use finance::{Currency, Money};

/// The table of an uploaded file: a workbook when it is one (a ZIP file named `.xlsx`),
/// otherwise CSV.
pub fn read_table(file_name: &str, bytes: &[u8]) -> Result<Sheet, Vec<Problem>> {
    let is_xlsx =
        file_name.to_ascii_lowercase().ends_with(".xlsx") || bytes.starts_with(b"PK\x03\x04");
    if is_xlsx {
        csv::read_xlsx(bytes)
    } else {
        csv::read(bytes)
    }
}

/// The lines of a table, or every problem of it.
pub fn cost_lines(sheet: &Sheet, currency: Currency) -> Result<Vec<Line>, Vec<Problem>> {
    let mut problems = vec![];
    let (Some(label_col), Some(kind_col)) = (sheet.col("label"), sheet.col("kind")) else {
        return Err(vec![Problem::at_line(
            1,
            "header",
            "needs the columns label and kind, then one column a year",
        )]);
    };
    let year_cols: Vec<usize> = (0..sheet.header.len())
        .filter(|c| *c != label_col && *c != kind_col)
        .collect();
    if year_cols.len() > MAX_HORIZON as usize {
        problems.push(Problem::at_line(
            1,
            "header",
            format!(
                "has {} year columns; a model has at most {MAX_HORIZON} years",
                year_cols.len()
            ),
        ));
    }
    if sheet.rows.len() > MAX_LINES {
        problems.push(Problem::at_line(
            1,
            "file",
            format!(
                "has {} lines; a model has at most {MAX_LINES}",
                sheet.rows.len()
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // Tonnes of CO₂ are kept in kilograms: three decimals, as a currency with three digits.
    let tonnes =
        Currency::from_code("KWD").map_err(|e| vec![Problem::at_line(1, "file", e.to_string())])?;
    let mut lines = vec![];
    for row in &sheet.rows {
        let label = row.get(Some(label_col)).unwrap_or_default().to_string();
        if label.is_empty() {
            problems.push(Problem::at_line(row.line, "label", "is empty"));
        }
        let kind_text = row.get(Some(kind_col)).unwrap_or_default();
        let Some(kind) = LineKind::from_key(kind_text) else {
            problems.push(Problem::at_line(
                row.line,
                "kind",
                format!("{kind_text:?} is not a kind (capital, operating, energy_saved, time_saved, avoided_costs, revenue, co2, other, residual)"),
            ));
            continue;
        };
        let mut amounts = vec![];
        for &c in &year_cols {
            let column = sheet.header[c].as_str();
            let text = row.get(Some(c)).unwrap_or("0");
            let unit = if kind == LineKind::Benefit(Benefit::Co2) {
                tonnes
            } else {
                currency
            };
            match Money::parse(text, unit) {
                Ok(m) if m.minor >= 0 => amounts.push(m.minor),
                Ok(_) => problems.push(Problem::at_line(
                    row.line,
                    column,
                    "must not be negative (enter costs as positive amounts)",
                )),
                Err(e) => problems.push(Problem::at_line(row.line, column, e.to_string())),
            }
        }
        while amounts.last() == Some(&0) {
            amounts.pop();
        }
        lines.push(Line {
            label,
            kind,
            amounts,
        });
    }
    if problems.is_empty() {
        Ok(lines)
    } else {
        Err(problems)
    }
}

/// The most lines a file of KPI values may have.
pub const MAX_KPI_LINES: usize = 60_000;

/// Dated values of a project's KPIs from a table with the columns `date` and `value`, and `kpi`
/// (the KPI's id as the page shows it, or its name in any language) unless the project has a
/// single KPI. Dates as 2026-12-01; values with a decimal point or comma. Every problem names
/// its line; any problem means no value is taken.
pub fn kpi_values(
    sheet: &Sheet,
    kpis: &[(String, Kpi)],
) -> Result<Vec<(String, Vec<KpiValue>)>, Vec<Problem>> {
    let (kpi_col, date_col, value_col) = (sheet.col("kpi"), sheet.col("date"), sheet.col("value"));
    let header = |reason: &str| Err(vec![Problem::at_line(1, "header", reason)]);
    if kpis.is_empty() {
        return Err(vec![Problem::at_line(
            1,
            "kpi",
            "the project has no KPI yet: add one, then its values",
        )]);
    }
    if date_col.is_none() || value_col.is_none() || (kpi_col.is_none() && kpis.len() > 1) {
        return header(
            "needs the columns kpi, date and value (kpi may be left out when the project has one KPI)",
        );
    }
    if sheet.rows.len() > MAX_KPI_LINES {
        return header(&format!(
            "the file has {} lines; at most {MAX_KPI_LINES} at once",
            sheet.rows.len()
        ));
    }
    let find = |cell: &str| -> Result<usize, String> {
        if let Some(i) = kpis.iter().position(|(id, _)| id == cell) {
            return Ok(i);
        }
        let by_name: Vec<usize> = (0..kpis.len())
            .filter(|i| {
                kpis[*i]
                    .1
                    .name
                    .0
                    .values()
                    .any(|n| n.trim().to_lowercase() == cell.to_lowercase())
            })
            .collect();
        match by_name[..] {
            [i] => Ok(i),
            [] => Err(format!(
                "'{cell}' is neither the id nor the name of a KPI of the project"
            )),
            _ => Err(format!("several KPIs are named '{cell}': give its id")),
        }
    };
    let mut problems = Vec::new();
    let mut found: Vec<Vec<KpiValue>> = vec![Vec::new(); kpis.len()];
    for row in &sheet.rows {
        let kpi = match (kpi_col, row.get(kpi_col)) {
            (None, _) => Some(0),
            (Some(_), None) => {
                problems.push(Problem::at_line(row.line, "kpi", "is empty"));
                None
            }
            (Some(_), Some(cell)) => find(cell)
                .map_err(|r| problems.push(Problem::at_line(row.line, "kpi", r)))
                .ok(),
        };
        let date = match row.get(date_col) {
            None => {
                problems.push(Problem::at_line(row.line, "date", "is empty"));
                None
            }
            Some(d) => Day::try_from(d.to_string())
                .map_err(|r| problems.push(Problem::at_line(row.line, "date", r)))
                .ok(),
        };
        let value = match row.get(value_col) {
            None => {
                problems.push(Problem::at_line(row.line, "value", "is empty"));
                None
            }
            Some(v) => {
                let text = if v.contains('.') {
                    v.replace(',', "")
                } else {
                    v.replace(',', ".")
                };
                match text.replace([' ', '\u{a0}'], "").parse::<f64>() {
                    Ok(x) if x.is_finite() => Some(x),
                    _ => {
                        problems.push(Problem::at_line(
                            row.line,
                            "value",
                            format!("'{v}' is not a number"),
                        ));
                        None
                    }
                }
            }
        };
        if let (Some(k), Some(date), Some(value)) = (kpi, date, value) {
            found[k].push(KpiValue { date, value });
        }
    }
    if sheet.rows.is_empty() {
        problems.push(Problem::at_line(1, "file", "has no values"));
    }
    for (i, new) in found.iter().enumerate() {
        let mut days: Vec<Day> = kpis[i].1.values.iter().map(|v| v.date).collect();
        days.extend(new.iter().map(|v| v.date));
        days.sort_unstable();
        days.dedup();
        if days.len() > MAX_KPI_VALUES {
            problems.push(Problem::at_item(
                &kpis[i].0,
                "values",
                format!(
                    "would hold {} dated values; a KPI keeps at most {MAX_KPI_VALUES}",
                    days.len()
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(kpis
        .iter()
        .zip(found)
        .filter(|(_, new)| !new.is_empty())
        .map(|((id, _), new)| (id.clone(), new))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_file_makes_it_panic(bytes in prop::collection::vec(any::<u8>(), 0..3000), zip in any::<bool>()) {
            let mut bytes = bytes;
            if zip {
                bytes.splice(0..0, *b"PK\x03\x04");
            }
            if let Ok(sheet) = read_table("lines.xlsx", &bytes) {
                let _ = cost_lines(&sheet, krw());
            }
            if let Ok(sheet) = read_table("lines.csv", &bytes) {
                let _ = cost_lines(&sheet, krw());
            }
        }

        #[test]
        fn a_damaged_workbook_is_refused_not_a_panic(flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..20)) {
            let mut bytes = workbook();
            for (at, b) in flips {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            if let Ok(sheet) = read_table("lines.xlsx", &bytes) {
                let _ = cost_lines(&sheet, krw());
            }
        }
    }

    fn workbook() -> Vec<u8> {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in ["label", "kind", "2027", "2028"].iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        ws.write_string(1, 0, "Works").unwrap();
        ws.write_string(1, 1, "capital").unwrap();
        ws.write_number(1, 2, 1_000_000.0).unwrap();
        ws.write_number(1, 3, 250_000.0).unwrap();
        ws.write_string(3, 0, "Fares").unwrap();
        ws.write_string(3, 1, "revenue").unwrap();
        ws.write_number(3, 3, -4.0).unwrap();
        wb.save_to_buffer().unwrap()
    }

    fn krw() -> Currency {
        Currency::from_code("KRW").unwrap()
    }

    #[test]
    fn lines_come_from_a_csv_file_with_line_numbered_problems() {
        let good = "label,kind,2027,2028,2029\nWorks,capital,600000,400000,\nEnergy,energy_saved,0,0,180000\nCO2,co2,0,0,4.5\n";
        let lines = cost_lines(&read_table("lines.csv", good.as_bytes()).unwrap(), krw()).unwrap();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].amounts, [600_000, 400_000]);
        assert_eq!(lines[1].kind, LineKind::Benefit(Benefit::EnergySaved));
        assert_eq!(lines[2].amounts, [0, 0, 4500], "tonnes kept in kilograms");
        let bad = "label,kind,0,1\nWorks,capex,100,1.5\n,lunch,1,2\nFares,revenue,-5,x\n";
        let problems =
            cost_lines(&read_table("lines.csv", bad.as_bytes()).unwrap(), krw()).unwrap_err();
        let places: Vec<String> = problems.iter().map(Problem::place).collect();
        assert_eq!(
            places,
            [
                "line 2: 1",
                "line 3: label",
                "line 3: kind",
                "line 4: 0",
                "line 4: 1"
            ],
            "{problems:?}"
        );
        let no_header = cost_lines(
            &read_table("x.csv", b"name,2027\nWorks,5\n").unwrap(),
            krw(),
        )
        .unwrap_err();
        assert_eq!(no_header[0].place(), "line 1: header");
    }

    #[test]
    fn lines_come_from_a_workbook_the_same_way() {
        let sheet = read_table("case.xlsx", &workbook()).unwrap();
        let problems = cost_lines(&sheet, krw()).unwrap_err();
        assert_eq!(
            problems.iter().map(Problem::place).collect::<Vec<_>>(),
            ["line 4: 2028"]
        );
        assert!(read_table("case.xlsx", b"PK\x03\x04 not really a zip").is_err());
        assert!(read_table("case.xlsx", &[]).is_err());
    }

    fn kpis() -> Vec<(String, Kpi)> {
        let kpi = |name: &str, values: Vec<KpiValue>| Kpi {
            name: domain::I18nText::en(name).with(domain::Lang::Ko, format!("{name} 지표")),
            unit: "%".into(),
            baseline: 0.0,
            target: 100.0,
            target_date: None,
            standard: None,
            code: None,
            values,
        };
        let day = |s: &str| Day::try_from(s.to_string()).unwrap();
        vec![
            (
                "a1".into(),
                kpi(
                    "Energy",
                    vec![KpiValue {
                        date: day("2026-01-01"),
                        value: 1.0,
                    }],
                ),
            ),
            ("b2".into(), kpi("Repairs", vec![])),
            ("c3".into(), kpi("repairs", vec![])),
        ]
    }

    #[test]
    fn kpi_values_come_by_id_or_name_with_every_problem_on_its_line() {
        let good = "kpi,date,value\na1,2026-02-01,12.5\nEnergy 지표,2026-03-01,\"13,5\"\nb2,2026-02-01,1 200.25\n";
        let v = kpi_values(&read_table("v.csv", good.as_bytes()).unwrap(), &kpis()).unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].0, "a1");
        assert_eq!(
            v[0].1.iter().map(|x| x.value).collect::<Vec<_>>(),
            [12.5, 13.5]
        );
        assert_eq!(v[1].1[0].value, 1200.25);
        let bad = "kpi,date,value\nzz,2026-02-01,1\nrepairs,2026-13-01,x\n,2026-02-01,NaN\na1,,\n";
        let problems =
            kpi_values(&read_table("v.csv", bad.as_bytes()).unwrap(), &kpis()).unwrap_err();
        let places: Vec<String> = problems.iter().map(Problem::place).collect();
        assert_eq!(
            places,
            [
                "line 2: kpi",
                "line 3: kpi",
                "line 3: date",
                "line 3: value",
                "line 4: kpi",
                "line 4: value",
                "line 5: date",
                "line 5: value"
            ],
            "{problems:?}"
        );
        assert!(problems[1].reason.contains("several"), "{problems:?}");
        // One KPI: the kpi column may be left out; several: it may not.
        let one = &kpis()[..1];
        let v = kpi_values(
            &read_table("v.csv", b"date,value\n2026-05-01,3\n").unwrap(),
            one,
        )
        .unwrap();
        assert_eq!(v[0].1.len(), 1);
        let e = kpi_values(
            &read_table("v.csv", b"date,value\n2026-05-01,3\n").unwrap(),
            &kpis(),
        )
        .unwrap_err();
        assert_eq!(e[0].place(), "line 1: header");
        let e = kpi_values(&read_table("v.csv", b"date,value\n").unwrap(), one).unwrap_err();
        assert_eq!(e[0].place(), "line 1: file");
    }

    #[test]
    fn a_kpi_keeps_at_most_its_number_of_values() {
        let mut csv = String::from("date,value\n");
        let start = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
        for i in 0..MAX_KPI_VALUES as i64 {
            csv.push_str(&format!("{},1\n", start + chrono::Duration::days(i)));
        }
        let e =
            kpi_values(&read_table("v.csv", csv.as_bytes()).unwrap(), &kpis()[..1]).unwrap_err();
        assert_eq!(
            e[0].place(),
            "a1: values",
            "the stored day makes it one too many"
        );
    }
}
