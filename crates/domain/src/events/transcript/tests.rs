//! The parser on hand-written cases, and on any input (it never panics).

use super::*;
use proptest::prelude::*;

fn cue(start_ms: u64, end_ms: u64, text: &str) -> Cue {
    Cue {
        start_ms,
        end_ms,
        text: text.into(),
        voice: None,
    }
}

fn vtt(text: &str) -> Vec<Cue> {
    parse_webvtt(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn srt(text: &str) -> Vec<Cue> {
    parse_srt(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn vtt_err(text: &str) -> String {
    match parse_webvtt(text) {
        Ok(cues) => panic!("parsed, expected a refusal: {cues:?}"),
        Err(e) => e.to_string(),
    }
}

fn srt_err(text: &str) -> String {
    match parse_srt(text) {
        Ok(cues) => panic!("parsed, expected a refusal: {cues:?}"),
        Err(e) => e.to_string(),
    }
}

const TWO: &str =
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\n\n00:00:03.000 --> 00:00:04.000\nWorld\n";

fn two() -> Vec<Cue> {
    vec![cue(1000, 2500, "Hello"), cue(3000, 4000, "World")]
}

#[test]
fn utf8_byte_order_mark_is_removed() {
    let bytes = [b"\xEF\xBB\xBF".as_slice(), TWO.as_bytes()].concat();
    assert_eq!(decode(&bytes).as_deref(), Ok(TWO));
    assert_eq!(parse(&bytes), Ok((Format::WebVtt, two())));
    // A mark left in a string by the caller does not hide the header either.
    assert_eq!(parse_webvtt(&format!("\u{feff}{TWO}")), Ok(two()));
}

#[test]
fn crlf_and_lone_cr_line_endings() {
    assert_eq!(vtt(&TWO.replace('\n', "\r\n")), two());
    assert_eq!(vtt(&TWO.replace('\n', "\r")), two());
    let srt_text = "1\n00:00:01,000 --> 00:00:02,500\nHello\nthere\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld\n";
    let expected = vec![cue(1000, 2500, "Hello\nthere"), cue(3000, 4000, "World")];
    assert_eq!(srt(&srt_text.replace('\n', "\r\n")), expected);
    assert_eq!(srt(&srt_text.replace('\n', "\r")), expected);
    // Lines are counted the same way in every convention.
    let bad = "WEBVTT\r\rxx\r00:00:02.000 --> 00:00:01.000\rA";
    assert_eq!(parse_webvtt(bad).map_err(|e| e.line), Err(4));
    assert_eq!(
        parse_webvtt(&bad.replace('\r', "\r\n")).map_err(|e| e.line),
        Err(4)
    );
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_and_utf32_with_byte_order_mark() {
    let text = TWO.replace("World", "Wörld 世界 🎤");
    let expected = vtt(&text);
    for big_endian in [false, true] {
        assert_eq!(
            parse(&utf16(&text, big_endian)),
            Ok((Format::WebVtt, expected.clone()))
        );
    }
    let mut le = vec![0xFF, 0xFE, 0, 0];
    let mut be = vec![0, 0, 0xFE, 0xFF];
    for c in text.chars() {
        le.extend((c as u32).to_le_bytes());
        be.extend((c as u32).to_be_bytes());
    }
    assert_eq!(parse(&le), Ok((Format::WebVtt, expected.clone())));
    assert_eq!(parse(&be), Ok((Format::WebVtt, expected)));
}

#[test]
fn undecodable_text_is_refused_at_its_line() {
    // "é" in Windows-1252, on the third line.
    let e = decode(b"1\n00:00:01,000 --> 00:00:02,000\nCaf\xE9\n").unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.reason.contains("not UTF-8 (byte 0xE9)"), "{e}");
    assert_eq!(decode(b"ab\r\ncd\xE2\x82").unwrap_err().line, 2);
    // A lone surrogate on the second line of UTF-16.
    let mut bytes = utf16("A\nB", false);
    bytes.extend([0x00, 0xD8, b'x', 0]);
    assert_eq!(decode(&bytes).unwrap_err().line, 2);
    assert_eq!(decode(&utf16("A\nB", true)[..7]).unwrap_err().line, 2);
    // UTF-16 without its mark would otherwise pass as UTF-8 full of NULs.
    let e = decode(&utf16("WEBVTT\n", false)[2..]).unwrap_err();
    assert!(e.reason.contains("NUL"), "{e}");
}

#[test]
fn header_may_carry_text_and_metadata_lines() {
    assert_eq!(
        vtt(&TWO.replace("WEBVTT", "WEBVTT - Translation of that film")),
        two()
    );
    assert_eq!(vtt(&TWO.replace("WEBVTT", "WEBVTT\tx")), two());
    assert_eq!(
        vtt(&TWO.replace("WEBVTT\n", "WEBVTT\nKind: captions\nLanguage: en\n")),
        two()
    );
    // A cue right below the header, without the blank line.
    assert_eq!(vtt(&TWO.replace("WEBVTT\n\n", "WEBVTT\n")), two());
    assert_eq!(vtt("WEBVTT"), vec![]);
    assert_eq!(
        vtt_err(&TWO.replace("WEBVTT", "WEBVTTX")),
        "line 1: the file has time codes but does not start with \"WEBVTT\", as a WebVTT file must"
    );
}

#[test]
fn note_style_and_region_blocks_are_skipped() {
    let text = "WEBVTT\n\nNOTE\nThis translation was done by Kyle\n\nSTYLE\n::cue { color: papayawhip; }\n\nREGION\nid:fred\nwidth:40%\n\n00:00:01.000 --> 00:00:02.500 region:fred\nHello\n\nNOTE one line\n\n00:00:03.000 --> 00:00:04.000\nWorld\n\nNOTE end";
    assert_eq!(vtt(text), two());
    // "NOTES" is not a comment: it is an identifier without time codes.
    assert!(
        vtt_err("WEBVTT\n\nNOTES\nabc\n")
            .starts_with("line 3: \"NOTES\" is not followed by time codes")
    );
}

#[test]
fn cue_identifiers_and_settings() {
    let text = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500 align:start position:10%\nHello\n\n6e2b1f0c/17-0\n00:00:03.000 --> 00:00:04.000\tline:-1\nWorld\n";
    assert_eq!(vtt(text), two());
}

#[test]
fn time_codes_with_and_without_hours() {
    let cues = vtt("WEBVTT\n\n01:02.500 --> 123:59:59.999\nA\n\n0:1:5.2 --> 1:2:7.05\nB");
    assert_eq!(
        (cues[0].start_ms, cues[0].end_ms),
        (62_500, 123 * 3_600_000 + 3_599_999)
    );
    assert_eq!((cues[1].start_ms, cues[1].end_ms), (65_200, 3_727_050));
    assert_eq!(format_timestamp(3_723_456), "01:02:03.456");
    assert_eq!(format_timestamp(0), "00:00:00.000");
    assert_eq!(format_timestamp(123 * 3_600_000), "123:00:00.000");
}

#[test]
fn tags_are_removed_and_character_references_decoded() {
    let text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.loud Esme  Bloggs>Hi <b>bold</b> <i>it</i> <u>u</u> <c.magenta.bg_black>c</c>\n<lang en>x</lang> <ruby>漢字<rt>かんじ</rt></ruby> a<00:00:01.500>b &amp; &lt;tag&gt;&nbsp;&lrm;&rlm;&#233;&#xE9; &unknown; AT&T 2 < 3\n";
    let cues = vtt(text);
    assert_eq!(cues.len(), 1);
    assert_eq!(cues[0].voice.as_deref(), Some("Esme Bloggs"));
    assert_eq!(
        cues[0].text,
        "Hi bold it u c\nx 漢字 ab & <tag>\u{a0}\u{200e}\u{200f}éé &unknown; AT&T 2 < 3"
    );
    // A speaker named with a reference; the first voice of a cue wins.
    let cues =
        vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana &amp; Bo>Hi</v>\n<v Carl>Yo</v>");
    assert_eq!(cues[0].voice.as_deref(), Some("Ana & Bo"));
    assert_eq!(cues[0].text, "Hi\nYo");
}

#[test]
fn empty_cues_are_left_out() {
    let text = "WEBVTT\n\n00:00:00.500 --> 00:00:01.000\n\n00:00:01.000 --> 00:00:02.500\nHello\n\n00:00:02.000 --> 00:00:02.500\n<i> </i>\n\n00:00:03.000 --> 00:00:04.000\nWorld";
    assert_eq!(vtt(text), two());
}

#[test]
fn a_time_code_line_ends_the_previous_cue() {
    // As YouTube writes them: no blank line before the next cue.
    let text =
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\n00:00:03.000 --> 00:00:04.000\nWorld";
    assert_eq!(vtt(text), two());
}

#[test]
fn overlapping_and_unordered_cues_keep_file_order() {
    let text = "WEBVTT\n\n00:00:05.000 --> 00:00:09.000\nA\n\n00:00:01.000 --> 00:00:20.000\nB\n\n00:00:02.000 --> 00:00:03.000\nC";
    let starts: Vec<_> = vtt(text)
        .iter()
        .map(|c| (c.start_ms, c.text.clone()))
        .collect();
    assert_eq!(
        starts,
        [(5000, "A".into()), (1000, "B".into()), (2000, "C".into())]
    );
}

#[test]
fn bad_webvtt_is_refused_with_line_and_reason() {
    let ends_early =
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n\n3\n00:00:02.000 --> 00:00:01.000\nB\n";
    assert_eq!(
        vtt_err(ends_early),
        "line 7: the cue ends (00:00:01.000) before it starts (00:00:02.000)"
    );
    let malformed = vtt_err("WEBVTT\n\n00:00:07.000 --> 00:00:1d.890\nB");
    assert_eq!(
        malformed,
        "line 3: malformed time code \"00:00:1d.890\" (expected hh:mm:ss.mmm or mm:ss.mmm)"
    );
    assert!(
        vtt_err("WEBVTT\n\n00:61:00.000 --> 01:00:00.000\nB")
            .starts_with("line 3: minutes must be below 60")
    );
    assert!(
        vtt_err("WEBVTT\n\n00:00:60.000 --> 01:00:00.000\nB")
            .starts_with("line 3: seconds must be below 60")
    );
    assert!(vtt_err("WEBVTT\n\n00:00:01.0000 --> 00:00:02.000\nB").contains("malformed"));
    assert!(vtt_err("WEBVTT\n\n00:00:01 --> 00:00:02\nB").contains("malformed"));
    assert!(vtt_err("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nB").contains("has a comma"));
    assert!(vtt_err("WEBVTT\n\n00:00:01.000 -->\nB").contains("need a start and an end"));
    for huge in ["99999999999999999999", "99999999999", "168"] {
        let e = vtt_err(&format!(
            "WEBVTT\n\n{huge}:00:00.000 --> {huge}:00:02.000\nB"
        ));
        assert!(
            e.starts_with("line 3: ") && e.contains("beyond 168 hours"),
            "{huge}: {e}"
        );
    }
    // A week less a second is still a time.
    assert!(parse(b"WEBVTT\n\n167:59:58.000 --> 167:59:59.000\nB").is_ok());
    // Text without a time code would be lost unseen.
    let untimed = vtt_err(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n\nCaption text #2\n\n00:00:03.000 --> 00:00:04.000\nC",
    );
    assert!(
        untimed.starts_with("line 6: \"Caption text #2\" is not followed by time codes"),
        "{untimed}"
    );
    // A WebVTT file that lost its header is refused as such, by detection and directly.
    let headless = TWO.trim_start_matches("WEBVTT\n\n");
    assert_eq!(detect(headless), Format::WebVtt);
    let e = parse(headless.as_bytes()).unwrap_err();
    assert_eq!(
        (e.line, e.reason.contains("does not start with \"WEBVTT\"")),
        (1, true)
    );
    assert_eq!(
        vtt_err("Hello"),
        "line 1: a WebVTT file must start with \"WEBVTT\""
    );
}

#[test]
fn srt_variants() {
    let expected = vec![cue(1000, 2500, "Hello"), cue(3000, 4000, "World")];
    // Comma milliseconds, no blank line at the end.
    assert_eq!(
        srt("1\n00:00:01,000 --> 00:00:02,500\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld"),
        expected
    );
    // Extra blank lines, whitespace-only lines, numbering gaps, a dot, no numbers, coordinates.
    assert_eq!(
        srt(
            "\n\n7\n00:00:01,000 --> 00:00:02,500  X1:000 X2:000\nHello\n\n  \n\n\n00:00:03.000 --> 00:00:04.000\nWorld\n\n\n"
        ),
        expected
    );
    // A lost blank line between cues, with or without the number.
    assert_eq!(
        srt("1\n00:00:01,000 --> 00:00:02,500\nHello\n2\n00:00:03,000 --> 00:00:04,000\nWorld"),
        expected
    );
    assert_eq!(
        srt("00:00:01,000 --> 00:00:02,500\nHello\n00:00:03,000 --> 00:00:04,000\nWorld"),
        expected
    );
    // A cue without text is left out.
    assert_eq!(
        srt(
            "1\n00:00:00,000 --> 00:00:01,000\n\n\n2\n00:00:01,000 --> 00:00:02,500\nHello\n\n3\n00:00:03,000 --> 00:00:04,000\nWorld"
        ),
        expected
    );
}

#[test]
fn srt_formatting_is_removed_and_other_text_kept() {
    let cues = srt(
        "1\n00:00:01,000 --> 00:00:02,000\n<font color=\"#ff00ff\"><i><FONT size=9>Some italic</font></i> &amp; <b>bold</b> <s>x</s></font>\n{\\an8}On top: 2<3,5>1 <invalid>kept</invalid> A --> B {braces}\n{\\an1}\n",
    );
    assert_eq!(
        cues,
        vec![cue(
            1000,
            2000,
            "Some italic & bold x\nOn top: 2<3,5>1 <invalid>kept</invalid> A --> B {braces}"
        )]
    );
}

#[test]
fn bad_srt_is_refused_with_line_and_reason() {
    assert_eq!(
        srt_err("1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:00:03,000 --> 00:00:02,000\nB"),
        "line 6: the cue ends (00:00:02.000) before it starts (00:00:03.000)"
    );
    assert!(
        srt_err("1\n00:00:01 --> 00:00:10\nA")
            .starts_with("line 2: malformed time code \"00:00:01\" (expected hh:mm:ss,mmm)")
    );
    assert!(
        srt_err("1\n00:00:01,000 --> 00:00:11:890\nA")
            .starts_with("line 2: malformed time code \"00:00:11:890\"")
    );
    assert_eq!(
        srt_err("1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\nText\n"),
        "line 6: expected the time codes of cue 2 (such as \"00:00:01,000 --> 00:00:04,000\"), found \"Text\""
    );
    assert_eq!(srt_err("1"), "line 1: cue 1 has no time codes");
    assert_eq!(
        srt_err("some text\n00:00:00,500 --> 00:00:07,000"),
        "line 1: expected a cue number or time codes, found \"some text\""
    );
    assert!(
        srt_err("1\n00:00:01,000 --> 00:00:02,000\nA\n\nB\n")
            .contains("blank line inside the previous cue")
    );
}

#[test]
fn limits_are_enforced_with_the_line() {
    let mut text = String::from("WEBVTT\n");
    for _ in 0..MAX_CUES {
        text.push_str("\n00:00:01.000 --> 00:00:02.000\nx\n");
    }
    assert_eq!(vtt(&text).len(), MAX_CUES);
    text.push_str("\n00:00:01.000 --> 00:00:02.000\nx\n");
    let e = parse_webvtt(&text).unwrap_err();
    assert_eq!(
        (e.line, e.reason.as_str()),
        (3 * MAX_CUES + 3, "the file has more than 200,000 cues")
    );

    let long = "é".repeat(MAX_CUE_CHARS / 2);
    let ok = format!(
        "1\n00:00:01,000 --> 00:00:02,000\n{long}\n<b>{}</b>",
        &long[2..]
    );
    assert_eq!(srt(&ok)[0].text.chars().count(), MAX_CUE_CHARS);
    let e = parse_srt(&format!("{ok}\nx")).unwrap_err();
    assert_eq!(
        (e.line, e.reason.as_str()),
        (5, "the cue's text is longer than 10,000 characters")
    );
    let e = parse_plain(&format!("a\n\n{}", "x".repeat(MAX_CUE_CHARS + 1))).unwrap_err();
    assert_eq!(e.line, 3);
}

#[test]
fn detection() {
    assert_eq!(detect(TWO), Format::WebVtt);
    assert_eq!(detect("WEBVTT"), Format::WebVtt);
    assert_eq!(detect("1\n00:00:01,000 --> 00:00:02,000\nA"), Format::Srt);
    assert_eq!(detect("1\n00:00:01.000 --> 00:00:02.000\nA"), Format::Srt);
    assert_eq!(detect("00:00:01,000 --> 00:00:02,000\nA"), Format::Srt);
    assert_eq!(detect("00:00:01.000 --> 00:00:02.000\nA"), Format::WebVtt);
    assert_eq!(
        detect("Welcome, everyone.\n\nToday: transit."),
        Format::PlainText
    );
    assert_eq!(detect(""), Format::PlainText);
    assert_eq!(Format::from_file_name("Talk.EN.VTT"), Some(Format::WebVtt));
    assert_eq!(Format::from_file_name("talk.srt"), Some(Format::Srt));
    assert_eq!(Format::from_file_name("talk.txt"), Some(Format::PlainText));
    assert_eq!(Format::from_file_name("talk"), None);
}

#[test]
fn plain_text_gives_one_cue_per_paragraph() {
    let bytes = b"\xEF\xBB\xBF  Welcome, everyone.\r\nThis is <b>literal</b> &amp;.\r\n\r\n\r\n   \r\nQuestions?\r\n";
    let expected = vec![
        cue(0, 0, "Welcome, everyone.\nThis is <b>literal</b> &amp;."),
        cue(0, 0, "Questions?"),
    ];
    assert_eq!(parse(bytes), Ok((Format::PlainText, expected)));
}

#[test]
fn files_without_cues_are_refused_by_parse() {
    assert_eq!(
        parse(b"").unwrap_err().to_string(),
        "line 1: the file is empty"
    );
    assert_eq!(
        parse(b" \n\n").unwrap_err().to_string(),
        "line 1: the file is empty"
    );
    assert_eq!(
        parse(b"WEBVTT\n\nNOTE nothing").unwrap_err().to_string(),
        "line 1: the file has no cue with text"
    );
    // The format functions themselves accept a valid empty file.
    assert_eq!(parse_webvtt("WEBVTT\n\nNOTE nothing"), Ok(vec![]));
    // A caller that knows the format does not get plain text from a broken SRT.
    assert!(parse_as(b"1\nsome text", Format::Srt).is_err());
    assert_eq!(
        parse(b"1\nsome text").map(|(f, _)| f),
        Ok(Format::PlainText)
    );
}

#[test]
fn to_webvtt_writes_escaped_text_and_voices() {
    let cues = vec![
        Cue {
            voice: Some("Ana <host>".into()),
            ..cue(1000, 2500, "a --> b & <c>\n  \n second ")
        },
        cue(3_723_456, 3_723_456, " "),
        cue(3_723_456, 3_800_000, "last"),
    ];
    let out = to_webvtt(&cues);
    assert_eq!(
        out,
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Ana &lt;host&gt;>a --&gt; b &amp; &lt;c&gt;\nsecond\n\n01:02:03.456 --> 01:03:20.000\nlast\n"
    );
    let back = vtt(&out);
    assert_eq!(back[0].voice.as_deref(), Some("Ana <host>"));
    assert_eq!(back[0].text, "a --> b & <c>\nsecond");
    assert_eq!(back.len(), 2);
}

/// Found by fuzzing (fuzz/fuzz_targets/transcript.rs): a voice ending in "--" and the tag's
/// closing ">" made "-->", so the cue line read back as a malformed time line.
#[test]
fn a_voice_ending_in_dashes_is_written_so_that_it_reads_back() {
    let cues = vec![Cue {
        voice: Some("Sample 0:52.000 --".into()),
        ..cue(10_000, 19_000, "[S> 00")
    }];
    let out = to_webvtt(&cues);
    assert!(!out.lines().nth(3).unwrap().contains("-->"), "{out}");
    assert_eq!(parse_webvtt(&out), Ok(cues));
}

/// Found by fuzzing: a character reference that decodes to a line break (`&#xa;`) left the
/// space before it on its line, which the line's trimming promises to remove; the WebVTT we
/// wrote then read back without it.
#[test]
fn a_line_break_made_by_a_character_reference_is_a_trimmed_line_break() {
    let srt = "1\r\n00:00:01,000 --> 00:00:02,500\r\nfirst &#xa; second\r\n";
    let cues = parse_srt(srt).unwrap();
    assert_eq!(cues[0].text, "first\nsecond");
    assert_eq!(parse_webvtt(&to_webvtt(&cues)), Ok(cues));
}

/// What parsing makes of a cue: the form `to_webvtt` promises to preserve.
fn normalized(cues: &[Cue]) -> Vec<Cue> {
    cues.iter()
        .filter_map(|c| {
            let text: Vec<&str> = lines(&c.text)
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let voice = c
                .voice
                .as_deref()
                .map(collapse_spaces)
                .filter(|v| !v.is_empty());
            (!text.is_empty()).then(|| Cue {
                text: text.join("\n"),
                voice,
                ..c.clone()
            })
        })
        .collect()
}

fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        Just("<".into()),
        Just(">".into()),
        Just("&".into()),
        Just("&amp;".into()),
        Just("-->".into()),
        Just("\n".into()),
        Just("\r".into()),
        Just(" ".into()),
        Just("\u{a0}".into()),
        Just("NOTE".into()),
        Just("<v x>".into()),
        Just("1".into()),
        "[a-z]{1,8}",
    ];
    proptest::collection::vec(piece, 0..25).prop_map(|p| p.concat())
}

fn any_cue() -> impl Strategy<Value = Cue> {
    // Up to the longest recording a transcript may time (MAX_HOURS), less the longest cue.
    let start = prop_oneof![0..100_000_000u64, 0..MAX_HOURS * 3_600_000 - 10_000_000];
    (
        start,
        0..10_000_000u64,
        tricky_text(),
        proptest::option::of(tricky_text()),
    )
        .prop_map(|(start_ms, d, text, voice)| Cue {
            start_ms,
            end_ms: start_ms.saturating_add(d),
            text,
            voice,
        })
}

/// A file with every feature, to be mutated.
const SAMPLE_VTT: &str = "WEBVTT - sample\nKind: captions\n\nNOTE a comment\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:r\n\nintro\n00:00:01.000 --> 00:00:02.500 align:start position:10%\n<v Ana>Hello <b>you</b> &amp; <ruby>漢<rt>かん</rt></ruby>\n<c.x>second</c> <00:00:02.000>line\n\n01:02.500 --> 01:03.000\nWorld\n00:01:04.000 --> 00:01:05.000\nnext\n";
const SAMPLE_SRT: &str = "1\r\n00:00:01,000 --> 00:00:02,500\r\n<font color=\"red\">Hello</font> {\\an8}<i>you</i>\r\n\r\n3\r\n00:00:03,000 --> 00:00:04,000 X1:0\r\nWorld &lt;\r\n\r\n\r\n00:00:05.000 --> 00:00:06.000\r\nend";

#[derive(Debug, Clone)]
enum Mutation {
    Delete(prop::sample::Index),
    Replace(prop::sample::Index, u8),
    Insert(prop::sample::Index, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let token = prop::sample::select(vec![
        "-->",
        "<",
        ">",
        "&",
        "\n",
        "\r",
        "\n\n",
        ":",
        ".",
        ",",
        "9",
        "99",
        "WEBVTT",
        "NOTE ",
        "<v ",
        "&#x",
        "\u{feff}",
        "\0",
        "\u{10000}",
    ]);
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Mutation::Delete),
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Replace(i, b)),
        (any::<prop::sample::Index>(), token).prop_map(|(i, t)| Mutation::Insert(i, t)),
    ]
}

fn mutate(base: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for m in mutations {
        match m {
            Mutation::Delete(i) if !bytes.is_empty() => {
                bytes.remove(i.index(bytes.len()));
            }
            Mutation::Replace(i, b) if !bytes.is_empty() => {
                let at = i.index(bytes.len());
                bytes[at] = *b;
            }
            Mutation::Insert(i, t) => {
                let at = i.index(bytes.len() + 1);
                bytes.splice(at..at, t.bytes());
            }
            _ => {}
        }
    }
    bytes
}

/// What every accepted file promises its readers.
fn check_cues(cues: &[Cue]) -> Result<(), TestCaseError> {
    prop_assert!(cues.len() <= MAX_CUES);
    for c in cues {
        prop_assert!(c.start_ms <= c.end_ms, "{c:?}");
        prop_assert!(
            !c.text.is_empty() && c.text.chars().count() <= MAX_CUE_CHARS,
            "{c:?}"
        );
        prop_assert!(
            c.text.lines().all(|l| !l.is_empty() && l.trim() == l),
            "{c:?}"
        );
    }
    Ok(())
}

fn check_everything(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok((_, cues)) = parse(bytes) {
        check_cues(&cues)?;
        // Whatever was read can be written and read back unchanged.
        prop_assert_eq!(parse_webvtt(&to_webvtt(&cues)), Ok(cues));
    }
    for format in [Format::WebVtt, Format::Srt, Format::PlainText] {
        if let Ok(cues) = parse_as(bytes, format) {
            check_cues(&cues)?;
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        check_everything(&bytes)?;
        let text = String::from_utf8_lossy(&bytes);
        let _ = (detect(&text), parse_webvtt(&text), parse_srt(&text), parse_plain(&text));
    }

    #[test]
    fn mutated_valid_files_never_panic(
        which in 0..4usize,
        mutations in proptest::collection::vec(mutation(), 1..8),
    ) {
        let base = match which {
            0 => SAMPLE_VTT.as_bytes().to_vec(),
            1 => SAMPLE_SRT.as_bytes().to_vec(),
            2 => utf16(SAMPLE_VTT, false),
            _ => utf16(SAMPLE_SRT, true),
        };
        check_everything(&mutate(&base, &mutations))?;
    }

    #[test]
    fn written_cues_read_back_the_same(cues in proptest::collection::vec(any_cue(), 0..12)) {
        prop_assert_eq!(parse_webvtt(&to_webvtt(&cues)), Ok(normalized(&cues)));
    }
}

#[test]
fn samples_parse_as_intended() {
    let (format, cues) = parse(SAMPLE_VTT.as_bytes()).unwrap();
    assert_eq!(format, Format::WebVtt);
    let texts: Vec<_> = cues.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["Hello you & 漢\nsecond line", "World", "next"]);
    assert_eq!(cues[0].voice.as_deref(), Some("Ana"));
    let (format, cues) = parse(SAMPLE_SRT.as_bytes()).unwrap();
    assert_eq!(format, Format::Srt);
    let texts: Vec<_> = cues.iter().map(|c| (c.start_ms, c.text.as_str())).collect();
    assert_eq!(
        texts,
        [(1000, "Hello you"), (3000, "World <"), (5000, "end")]
    );
}
