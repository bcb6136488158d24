//! Tables as uploaded: CSV in any encoding and the first sheet of an .xlsx workbook. Never a
//! panic; a sheet read has a header and rows no longer than their line numbers allow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use services::csv::{read, read_xlsx};

fuzz_target!(|data: &[u8]| {
    for read in [read(data), read_xlsx(data)] {
        match read {
            Ok(sheet) => {
                let mut last = 0;
                for row in &sheet.rows {
                    assert!(row.line > last, "lines increase: {} after {last}", row.line);
                    last = row.line;
                    for (h, _) in sheet.cells(row) {
                        assert!(sheet.header.iter().any(|x| x == h));
                    }
                }
            }
            Err(problems) => assert!(!problems.is_empty(), "a refusal says why"),
        }
    }
});
