//! Transcripts as uploaded (WebVTT, SRT, plain text, in any encoding a file may come in): the
//! parser never panics, a parsed cue keeps its promises, and what we write back as WebVTT
//! reads again as the same cues.
#![no_main]

use domain::events::transcript::{Format, parse, parse_as, to_webvtt};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let detected = parse(data);
    for format in [Format::WebVtt, Format::Srt, Format::PlainText] {
        if let Ok(cues) = parse_as(data, format) {
            for c in &cues {
                assert!(c.end_ms >= c.start_ms, "{c:?}");
                assert!(!c.text.trim().is_empty(), "{c:?}");
            }
            let again = parse_as(to_webvtt(&cues).as_bytes(), Format::WebVtt)
                .expect("our own WebVTT reads again");
            assert_eq!(again, cues, "the WebVTT we write reads as the same cues");
        }
    }
    if let Ok((format, cues)) = detected {
        assert_eq!(parse_as(data, format).ok(), Some(cues));
    }
});
