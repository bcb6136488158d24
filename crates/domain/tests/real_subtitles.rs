//! The transcript parser on real files: the sample .vtt/.srt files that the PyPI packages
//! webvtt-py, pysrt and srt ship in their source distributions. They are others' files, so they
//! are fetched by `tools/fetch_subtitle_samples.sh` and read from `CITYDRIVER_SUBTITLE_SAMPLES`,
//! never committed (a relative path is taken from the workspace root). Without that variable the
//! test is skipped, unless `CITYDRIVER_REQUIRE_SAMPLES=1` (CI), where a missing or thin sample
//! folder fails it.

use citydriver_domain::events::transcript::{self, Cue, Format};
use std::path::{Path, PathBuf};

/// The files we refuse, each with a piece of the reason we must give and why that is right.
/// Paths are relative to the sample folder, so they name the pinned package versions.
const EXPECTED_REFUSALS: &[(&str, &str, &str)] = &[
    (
        "pysrt-1.1.2/tests/static/invalid.srt",
        "malformed time code \"00:00:01\"",
        "pysrt's invalid example: time codes without milliseconds",
    ),
    (
        "pysrt-1.1.2/tests/static/windows-1252.srt",
        "not UTF-8 (byte 0xC9)",
        "Windows-1252 text, which pysrt reads only when told the encoding; we ask for UTF-8",
    ),
    (
        "srt-3.5.3/srt_tools/tests/files/gb2312.srt",
        "not UTF-8",
        "GB2312 text, which srt's tools read only when told the encoding; we ask for UTF-8",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/empty.vtt",
        "the file is empty",
        "zero bytes",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/no_captions.vtt",
        "no cue with text",
        "a bare WEBVTT header: valid WebVTT, but nothing to attach to a recording",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/invalid.vtt",
        "does not start with \"WEBVTT\"",
        "WebVTT cues without the WEBVTT header",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/invalid_timeframe.vtt",
        "malformed time code \"00:00:1d.890\"",
        "a letter in a time code",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/invalid_timeframe.srt",
        "malformed time code \"00:00:11:890\"",
        "a colon where the comma before the milliseconds belongs",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/missing_timeframe.vtt",
        "\"Caption text #2\" is not followed by time codes",
        "a caption without time codes, which would otherwise vanish unseen",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/missing_timeframe.srt",
        "expected the time codes of cue 2",
        "cue 2 has its number and text but no time codes",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/invalid_format1.srt",
        "cue 1 has no time codes",
        "a lone cue number",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/invalid_format2.srt",
        "expected a cue number or time codes",
        "one line of text, no cue",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/invalid_format3.srt",
        "expected the time codes of cue 1",
        "a cue number followed by text",
    ),
    (
        "webvtt_py-0.6.0/tests/samples/invalid_format4.srt",
        "expected a cue number or time codes",
        "text before the first time codes",
    ),
];

/// A fact a reader would notice, checked on a file that parses.
struct SpotCheck {
    file: &'static str,
    index: usize,
    cue: (u64, u64, &'static str, Option<&'static str>),
}

const SPOT_CHECKS: &[SpotCheck] = &[
    SpotCheck {
        file: "webvtt_py-0.6.0/tests/samples/non_padded_timestamps.vtt",
        index: 2,
        cue: (65_200, 3_727_950, "Thanks for joining.", Some("Jane Doe")),
    },
    SpotCheck {
        file: "webvtt_py-0.6.0/tests/samples/styles_colours.vtt",
        index: 2,
        cue: (
            32_439,
            35_320,
            "Some italic and normal coloured text. By the way, 2 < 3 !",
            None,
        ),
    },
    SpotCheck {
        file: "webvtt_py-0.6.0/tests/samples/styles_colours.srt",
        index: 2,
        cue: (
            32_439,
            35_320,
            "Some italic and normal coloured text. By the way, 2 < 3 !",
            None,
        ),
    },
    SpotCheck {
        file: "webvtt_py-0.6.0/tests/samples/cue_tags.vtt",
        index: 0,
        cue: (16_500, 18_500, "When the moon hits your eye", None),
    },
    SpotCheck {
        file: "webvtt_py-0.6.0/tests/samples/youtube_dl.vtt",
        index: 1,
        cue: (286_470, 304_080, "yeah\nwhat", None),
    },
    SpotCheck {
        file: "webvtt_py-0.6.0/tests/samples/comments.vtt",
        index: 1,
        cue: (
            140_000,
            145_000,
            "- Har en kopp te.\n- Det smakar som te.",
            None,
        ),
    },
    SpotCheck {
        file: "pysrt-1.1.2/tests/static/bom-utf-16-le.srt",
        index: 2,
        cue: (
            19_000,
            24_000,
            "And I\nposted underneath against\nthis woman's tirades,\nagainst what is essentially\nthe human race.",
            None,
        ),
    },
    SpotCheck {
        // webvtt-py calls it invalid; by the WebVTT spec the repeated time-code line is an empty
        // cue (left out) followed by the real one, so nothing is lost.
        file: "webvtt_py-0.6.0/tests/samples/invalid_timeframe_in_cue_text.vtt",
        index: 1,
        cue: (7_000, 10_890, "Caption text #2", None),
    },
    SpotCheck {
        // The cue without text is left out.
        file: "webvtt_py-0.6.0/tests/samples/missing_caption_text.vtt",
        index: 1,
        cue: (11_890, 16_320, "Caption text #3", None),
    },
    SpotCheck {
        file: "pysrt-1.1.2/tests/static/bom-utf-32-be.srt",
        index: 0,
        cue: (
            6_500,
            9_000,
            "About 2 months ago I found myself on\nthe comment section of YouTube",
            None,
        ),
    },
];

#[test]
fn real_subtitle_files() {
    let required = std::env::var("CITYDRIVER_REQUIRE_SAMPLES").is_ok_and(|v| v == "1");
    let Some(root) = std::env::var_os("CITYDRIVER_SUBTITLE_SAMPLES").map(|dir| {
        // Cargo runs tests in the crate's folder; the fetch script's default is the workspace's.
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(dir)
    }) else {
        assert!(
            !required,
            "CITYDRIVER_REQUIRE_SAMPLES=1 but CITYDRIVER_SUBTITLE_SAMPLES is not set \
             (run tools/fetch_subtitle_samples.sh)"
        );
        println!("skipped: CITYDRIVER_SUBTITLE_SAMPLES is not set");
        return;
    };
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    if required {
        assert!(
            files.len() >= 10,
            "only {} .vtt/.srt files under {}",
            files.len(),
            root.display()
        );
    }

    let (mut parsed, mut cue_count, mut refused) = (0, 0, 0);
    let mut failures = Vec::new();
    let mut seen = Vec::new();
    for path in &files {
        let name = relative_name(&root, path);
        seen.push(name.clone());
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let format = Format::from_file_name(&name).unwrap_or(Format::PlainText);
        let expected = EXPECTED_REFUSALS.iter().find(|(file, ..)| *file == name);
        match (transcript::parse_as(&bytes, format), expected) {
            (Ok(cues), None) => {
                if let Err(problem) = check_parsed(&name, &bytes, format, &cues) {
                    failures.push(format!("{name}: {problem}"));
                }
                parsed += 1;
                cue_count += cues.len();
                println!("parsed  {name}: {} cues", cues.len());
            }
            (Err(e), Some((_, reason, why))) => {
                if !e.to_string().contains(reason) {
                    failures.push(format!("{name}: refused as \"{e}\", expected \"{reason}\""));
                }
                refused += 1;
                println!("refused {name}: {e} ({why})");
            }
            (Ok(cues), Some((_, _, why))) => failures.push(format!(
                "{name}: parsed ({} cues) but is listed as refused: {why}",
                cues.len()
            )),
            (Err(e), None) => failures.push(format!("{name}: {e}")),
        }
    }
    let missing: Vec<_> = EXPECTED_REFUSALS
        .iter()
        .map(|(file, ..)| *file)
        .chain(SPOT_CHECKS.iter().map(|check| check.file))
        .filter(|file| !seen.iter().any(|s| s == file))
        .collect();
    if !missing.is_empty() {
        // Another folder of one's own may be pointed at; the fetched one must hold them all.
        let message = format!(
            "listed files not found under {}: {missing:?}",
            root.display()
        );
        if required {
            failures.push(message);
        } else {
            println!("{message}");
        }
    }
    println!(
        "{} files: {parsed} parsed ({cue_count} cues), {refused} refused as expected, {} failures",
        files.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .path();
        if path.is_dir() {
            collect(&path, files);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("vtt") || e.eq_ignore_ascii_case("srt"))
        {
            files.push(path);
        }
    }
}

fn relative_name(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What a parsed real file must give: the format its name says is also the one detected, sane
/// cues, the spot checks, and cues that survive being written back as WebVTT.
fn check_parsed(name: &str, bytes: &[u8], format: Format, cues: &[Cue]) -> Result<(), String> {
    let text = transcript::decode(bytes).map_err(|e| e.to_string())?;
    let detected = transcript::detect(&text);
    if detected != format {
        return Err(format!("detected as {detected:?}, named {format:?}"));
    }
    if let Some(bad) = cues
        .iter()
        .find(|c| c.end_ms < c.start_ms || c.text.is_empty())
    {
        return Err(format!("bad cue {bad:?}"));
    }
    for check in SPOT_CHECKS.iter().filter(|check| check.file == name) {
        let (index, (start_ms, end_ms, text, voice)) = (check.index, check.cue);
        let expected = Cue {
            start_ms,
            end_ms,
            text: text.into(),
            voice: voice.map(String::from),
        };
        if cues.get(index) != Some(&expected) {
            return Err(format!(
                "cue {index} is {:?}, expected {expected:?}",
                cues.get(index)
            ));
        }
    }
    let written = transcript::to_webvtt(cues);
    match transcript::parse_webvtt(&written) {
        Ok(back) if back == cues => Ok(()),
        Ok(_) => Err("written as WebVTT, it reads back differently".into()),
        Err(e) => Err(format!("written as WebVTT, it is refused: {e}")),
    }
}
