//! The directory's import files (organizations CSV, memberships CSV, JSON): read and checked
//! without a panic, and a file is either read whole or refused with a located problem.
#![no_main]

use libfuzzer_sys::fuzz_target;
use services::directory::{Format, read_file};

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let format = match first % 3 {
        0 => Format::OrganizationsCsv,
        1 => Format::MembershipsCsv,
        _ => Format::Json,
    };
    let read = read_file(format, bytes);
    for p in &read.problems {
        assert!(
            p.line.is_some() || p.item.is_some(),
            "every problem is located: {p:?}"
        );
    }
    let _ = read.counts();
});
