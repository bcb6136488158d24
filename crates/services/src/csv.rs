//! The one reader for every table people upload — CSV here, and the first sheet of an `.xlsx`
//! workbook (`read_xlsx`), both read into the same `Sheet` — for every CSV file people upload (organizations, memberships, invitations,
//! and the Driver's costs, KPIs and risks to come): the encoding found (a BOM, UTF-8, or the
//! legacy code page a spreadsheet wrote: Shift_JIS, EUC-KR, GBK, Windows-1252…), the header,
//! and the rows with their line numbers. Every problem says its line and field, in one shape.
//! It never panics on any input.

use domain::FieldErrors;
use serde::Serialize;
use std::borrow::Cow;

/// One problem of an uploaded file: a line (the header is line 1) or an item of a JSON file,
/// the field, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<u64>,
    pub item: Option<String>,
    pub field: String,
    pub reason: String,
}

impl Problem {
    pub fn at_line(line: u64, field: &str, reason: impl Into<String>) -> Problem {
        Problem {
            line: Some(line),
            item: None,
            field: field.to_string(),
            reason: reason.into(),
        }
    }
    pub fn at_item(item: &str, field: &str, reason: impl Into<String>) -> Problem {
        Problem {
            line: None,
            item: Some(item.to_string()),
            field: field.to_string(),
            reason: reason.into(),
        }
    }
    /// "line 3: email", as a form names the problem.
    pub fn place(&self) -> String {
        match (&self.line, &self.item) {
            (Some(l), _) => format!("line {l}: {}", self.field),
            (None, Some(i)) => format!("{i}: {}", self.field),
            (None, None) => self.field.clone(),
        }
    }
}

/// Problems as form fields (`"line 3: email" -> reason`).
pub fn fields(problems: &[Problem]) -> FieldErrors {
    let mut f = FieldErrors::new();
    for p in problems {
        f.add(p.place(), p.reason.clone());
    }
    f
}

/// A file read: its header (trimmed, as written) and its rows.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// Where the row starts in the file (the header is line 1).
    pub line: u64,
    cells: Vec<String>,
}

impl Sheet {
    /// The column of a header name, in any case.
    pub fn col(&self, name: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }
    /// (header, value) of each cell of a row.
    pub fn cells<'a>(&'a self, row: &'a Row) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.header
            .iter()
            .map(String::as_str)
            .zip(row.cells.iter().map(|c| c.trim()))
    }
}

impl Row {
    /// The cell of a column, trimmed; none when the column is absent or the cell blank.
    pub fn get(&self, col: Option<usize>) -> Option<&str> {
        col.and_then(|c| self.cells.get(c))
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }
}

/// The text of a file: a BOM says its encoding; otherwise UTF-8 when it is valid; otherwise
/// the legacy encoding the bytes clearly are (the detector prefers it over every other
/// candidate, and it decodes them all). Bytes that are none of these are refused at the line
/// of the first one that is not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Problem> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return Ok(enc.decode_without_bom_handling(&bytes[bom..]).0);
    }
    let bad = match std::str::from_utf8(bytes) {
        Ok(s) => return Ok(Cow::Borrowed(s)),
        Err(e) => e.valid_up_to(),
    };
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    let (enc, sure) = det.guess_assess(None, false);
    if sure
        && let Some(text) = enc.decode_without_bom_handling_and_without_replacement(bytes)
        && plausible(&text)
    {
        return Ok(text);
    }
    let line = bytes[..bad].iter().filter(|b| **b == b'\n').count() as u64 + 1;
    Err(Problem::at_line(line, "file", "is not valid UTF-8"))
}

/// Whether a legacy decoding reads as text people write: each run of non-ASCII characters is
/// CJK (Han, kana, Hangul, their punctuation), a word of another script (three letters or
/// more), or letters inside a Latin word (`Séoul`). Stray bytes (`ÿş` between commas) are not.
fn plausible(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_ascii() {
            i += 1;
        }
        let run = &chars[start..i];
        let cjk = run.iter().all(|c| {
            matches!(*c as u32, 0x3000..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
        });
        let letters = run.iter().all(|c| c.is_alphabetic());
        let in_latin_word = (start > 0 && chars[start - 1].is_ascii_alphabetic())
            || chars.get(i).is_some_and(|c| c.is_ascii_alphabetic());
        if !(cjk || (letters && (run.len() >= 3 || in_latin_word))) {
            return false;
        }
    }
    true
}

/// The line (from 1) of byte offsets that only grow, counting every line ending a spreadsheet
/// writes (`\n`, `\r\n`, a lone `\r`), blank lines included. It moves forward from where it
/// was, so a whole file costs one pass.
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl Lines<'_> {
    fn line_at(&mut self, byte: u64) -> u64 {
        // A record's position can be the start of the blank lines before it.
        let mut to = (byte as usize).min(self.bytes.len());
        while to < self.bytes.len() && matches!(self.bytes[to], b'\n' | b'\r') {
            to += 1;
        }
        while self.at < to {
            let b = self.bytes[self.at];
            if b == b'\n' || (b == b'\r' && self.bytes.get(self.at + 1) != Some(&b'\n')) {
                self.line += 1;
            }
            self.at += 1;
        }
        self.line
    }
}

/// Reads the first sheet of an `.xlsx` workbook whole, as `read` reads a CSV file: the first
/// row that is not blank is the header, each row keeps its number in the sheet as its line,
/// blank rows are skipped. Numbers come as a spreadsheet shows them plainly (`1234.5`). A file that is not a workbook is refused; it never panics.
pub fn read_xlsx(bytes: &[u8]) -> Result<Sheet, Vec<Problem>> {
    use calamine::{Data, Reader, Xlsx};
    let refused = |why: String| vec![Problem::at_line(1, "file", why)];
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| refused(format!("is not an .xlsx workbook ({e})")))?;
    let first = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| refused("has no sheet".into()))?;
    let range = book
        .worksheet_range(&first)
        .map_err(|e| refused(format!("cannot be read ({e})")))?;
    let cell = |d: &Data| -> String {
        match d {
            Data::Empty => String::new(),
            Data::String(s) => s.clone(),
            Data::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 9e15 {
                    format!("{}", *f as i64)
                } else {
                    f.to_string()
                }
            }
            Data::Int(i) => i.to_string(),
            Data::Bool(b) => b.to_string(),
            Data::DateTime(dt) => dt.to_string(),
            Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
            Data::Error(e) => format!("#{e:?}"),
        }
    };
    let top = range.start().map_or(0, |(r, _)| r);
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for (i, r) in range.rows().enumerate() {
        let cells: Vec<String> = r.iter().map(cell).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = u64::from(top) + i as u64 + 1;
        match header {
            None => header = Some(cells.iter().map(|c| c.trim().to_string()).collect()),
            Some(_) => rows.push(Row { line, cells }),
        }
    }
    let header = header.ok_or_else(|| refused("is empty".into()))?;
    Ok(Sheet { header, rows })
}

/// Reads a CSV file whole. Blank rows are skipped; a row with more cells than the header is a
/// problem; missing trailing cells are blank.
pub fn read(bytes: &[u8]) -> Result<Sheet, Vec<Problem>> {
    let text = decode(bytes).map_err(|p| vec![p])?;
    let mut rdr = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
        Err(e) => return Err(vec![Problem::at_line(1, "header", e.to_string())]),
    };
    if header.iter().all(String::is_empty) {
        return Err(vec![Problem::at_line(1, "header", "is empty")]);
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut lines = Lines {
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
    };
    for rec in rdr.records() {
        match rec {
            Ok(r) => {
                let line = lines.line_at(r.position().map_or(0, |p| p.byte()));
                if r.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                if r.len() > header.len() {
                    problems.push(Problem::at_line(
                        line,
                        "line",
                        format!(
                            "has {} fields where the header has {}",
                            r.len(),
                            header.len()
                        ),
                    ));
                    continue;
                }
                rows.push(Row {
                    line,
                    cells: r.iter().map(str::to_string).collect(),
                });
            }
            Err(e) => {
                let line = lines.line_at(e.position().map_or(0, |p| p.byte()));
                problems.push(Problem::at_line(line, "line", e.to_string()));
            }
        }
    }
    if problems.is_empty() {
        Ok(Sheet { header, rows })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn encodings_and_lines() {
        let s = read(b"\xEF\xBB\xBFemail,name\na@x.test,A\n\n b@x.test , B\n").unwrap();
        assert_eq!(s.header, ["email", "name"]);
        assert_eq!(s.rows.len(), 2);
        assert_eq!(
            (s.rows[1].line, s.rows[1].get(s.col("EMAIL"))),
            (4, Some("b@x.test"))
        );
        // A spreadsheet saved in Japan writes Shift_JIS; in Korea, EUC-KR.
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("name\n東京都庁の皆さま\n");
        assert_eq!(
            read(&sjis).unwrap().rows[0].get(Some(0)),
            Some("東京都庁の皆さま")
        );
        let (kr, _, _) = encoding_rs::EUC_KR.encode("name\n서울특별시 스마트도시정책관\n");
        assert_eq!(
            read(&kr).unwrap().rows[0].get(Some(0)),
            Some("서울특별시 스마트도시정책관")
        );
        let (ru, _, _) = encoding_rs::WINDOWS_1251.encode("name\nУльяновская область\n");
        assert_eq!(
            read(&ru).unwrap().rows[0].get(Some(0)),
            Some("Ульяновская область")
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("name\nSéoul\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(read(&utf16).unwrap().rows[0].get(Some(0)), Some("Séoul"));
        let bad = read(b"a,b\n1,2,3\n\"open\n").unwrap_err();
        assert_eq!(bad[0].place(), "line 2: line");
        // A French spreadsheet's Windows-1252 is read as such…
        assert_eq!(
            read(b"name\nS\xe9oul la capitale\n").unwrap().rows[0].get(Some(0)),
            Some("S\u{e9}oul la capitale")
        );
        // …and stray bytes are refused where they stand.
        let stray = read(b"id,name\nlyon,Lyon\nx,\xff\xfe\n").unwrap_err();
        assert_eq!(
            (stray[0].line, stray[0].reason.as_str()),
            (Some(3), "is not valid UTF-8")
        );
        let stray = read(b"id,name\nok,Ok\nbad,\xc3\x28\n").unwrap_err();
        assert_eq!(stray[0].line, Some(3));
    }

    proptest! {
        #[test]
        fn any_bytes_give_rows_or_problems(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            match read(&bytes) {
                Ok(s) => prop_assert!(s.rows.iter().all(|r| r.line >= 2)),
                Err(p) => prop_assert!(!p.is_empty()),
            }
        }
    }
}
