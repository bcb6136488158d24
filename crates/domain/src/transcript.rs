//! Time-coded transcripts: decoding and parsing WebVTT, SRT and plain-text subtitle files into
//! [`Cue`]s, and writing cues back as WebVTT. Pure: bytes in, cues or a refusal with its line out.
//!
//! The parsers follow the WebVTT spec where it matters to a reader (header, NOTE/STYLE/REGION
//! blocks, identifiers, settings, tags, character references, a `-->` line ending a cue) and are
//! lenient where nothing is lost (non-padded time codes, whitespace-only lines count as blank),
//! but refuse a file rather than silently drop text that has no time code.

use std::fmt::Write as _;

/// More cues than any recording has; a larger file is a mistake or an attack on memory.
pub const MAX_CUES: usize = 200_000;
/// Longer than any spoken cue; a larger one means the file's blank lines were lost.
pub const MAX_CUE_CHARS: usize = 10_000;

/// One timed piece of a transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub start_ms: u64,
    /// Never before `start_ms` in a parsed cue.
    pub end_ms: u64,
    /// Plain text: tags removed, character references decoded, each line trimmed, lines joined
    /// with `'\n'`, never empty in a parsed cue.
    pub text: String,
    /// The speaker, from the first `<v Speaker Name>` of a WebVTT cue.
    pub voice: Option<String>,
}

/// Why a file was refused, and where (1-based line in the decoded text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ParseError {
    pub line: usize,
    pub reason: String,
}

fn refuse(line: usize, reason: impl Into<String>) -> ParseError {
    ParseError {
        line,
        reason: reason.into(),
    }
}

/// The kinds of transcript file read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    WebVtt,
    Srt,
    /// No time codes: cues carry time 0 and the caller shows them without links.
    PlainText,
}

impl Format {
    /// The format a file name promises by its extension (`.vtt`, `.srt`, `.txt`), if any.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let (_, ext) = name.rsplit_once('.')?;
        match ext.to_ascii_lowercase().as_str() {
            "vtt" | "webvtt" => Some(Format::WebVtt),
            "srt" => Some(Format::Srt),
            "txt" => Some(Format::PlainText),
            _ => None,
        }
    }
}

/// Decodes, detects the format and parses. A file without any cue is refused: an empty
/// transcript attached to a recording is a wrong file, not a transcript.
pub fn parse(bytes: &[u8]) -> Result<(Format, Vec<Cue>), ParseError> {
    let text = decode(bytes)?;
    let format = detect(&text);
    Ok((format, parse_decoded(&text, format)?))
}

/// Like [`parse`], for a caller that knows the format (say, from [`Format::from_file_name`]):
/// a `.srt` that does not parse as SRT is refused rather than read as plain text.
pub fn parse_as(bytes: &[u8], format: Format) -> Result<Vec<Cue>, ParseError> {
    parse_decoded(&decode(bytes)?, format)
}

fn parse_decoded(text: &str, format: Format) -> Result<Vec<Cue>, ParseError> {
    // Said first, whatever the format: "no WEBVTT header" would mislead about an empty file.
    if text.trim().is_empty() {
        return Err(refuse(1, "the file is empty"));
    }
    let cues = match format {
        Format::WebVtt => parse_webvtt(text)?,
        Format::Srt => parse_srt(text)?,
        Format::PlainText => parse_plain(text)?,
    };
    if cues.is_empty() {
        return Err(refuse(1, "the file has no cue with text"));
    }
    Ok(cues)
}

/// Text from UTF-8 (with or without byte order mark), or UTF-16/UTF-32 with one. The mark is
/// removed. Other encodings are refused with the line where decoding failed, since guessing a
/// legacy code page would put wrong letters in front of readers without anyone noticing.
pub fn decode(bytes: &[u8]) -> Result<String, ParseError> {
    // UTF-32 LE's mark begins with UTF-16 LE's, so it is tried first.
    let text = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE\0\0") {
        decode_utf32(rest, u32::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\0\0\xFE\xFF") {
        decode_utf32(rest, u32::from_be_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        decode_utf8(rest)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        decode_utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        decode_utf16(rest, u16::from_be_bytes)?
    } else {
        decode_utf8(bytes)?
    };
    // UTF-16 without a mark decodes as "valid" UTF-8 full of NULs; no subtitle has one.
    if let Some(pos) = text.find('\0') {
        return Err(refuse(
            line_at(&text[..pos]),
            "the text contains a NUL character (a binary file, or UTF-16 without a byte order mark?)",
        ));
    }
    Ok(text)
}

fn decode_utf8(bytes: &[u8]) -> Result<String, ParseError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let good = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let line = std::str::from_utf8(good).map(line_at).unwrap_or(1);
            let reason = match (e.error_len(), bytes.get(e.valid_up_to())) {
                (Some(_), Some(byte)) => format!(
                    "the text is not UTF-8 (byte 0x{byte:02X}); save the file as UTF-8 and try again"
                ),
                _ => "the text ends in the middle of a UTF-8 character".to_owned(),
            };
            Err(refuse(line, reason))
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ParseError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(e) => {
                let reason = format!(
                    "the UTF-16 text has a broken character (lone surrogate 0x{:04X})",
                    e.unpaired_surrogate()
                );
                return Err(refuse(line_at(&text), reason));
            }
        }
    }
    if !bytes.len().is_multiple_of(2) {
        return Err(refuse(
            line_at(&text),
            "the UTF-16 text ends in the middle of a character",
        ));
    }
    Ok(text)
}

fn decode_utf32(bytes: &[u8], unit: fn([u8; 4]) -> u32) -> Result<String, ParseError> {
    let mut text = String::with_capacity(bytes.len() / 4);
    for c in bytes.chunks_exact(4) {
        let code = unit([c[0], c[1], c[2], c[3]]);
        match char::from_u32(code) {
            Some(c) => text.push(c),
            None => {
                let reason = format!("the UTF-32 text has an invalid character (0x{code:08X})");
                return Err(refuse(line_at(&text), reason));
            }
        }
    }
    if !bytes.len().is_multiple_of(4) {
        return Err(refuse(
            line_at(&text),
            "the UTF-32 text ends in the middle of a character",
        ));
    }
    Ok(text)
}

/// The format the text looks like. `WEBVTT` on the first line makes WebVTT; otherwise the
/// first time-code line decides: SRT if it has comma milliseconds or follows a cue number,
/// WebVTT otherwise (so that a WebVTT file that lost its header is refused as such, rather
/// than read as something else); no time code at all makes plain text.
pub fn detect(text: &str) -> Format {
    let mut previous: Option<&str> = None;
    for line in lines(strip_bom(text)) {
        if previous.is_none() && is_keyword(line, "WEBVTT") {
            return Format::WebVtt;
        }
        if let Some((start, _)) = line.split_once("-->") {
            return if start.contains(',') || previous.is_some_and(is_cue_number) {
                Format::Srt
            } else {
                Format::WebVtt
            };
        }
        previous = Some(line);
    }
    Format::PlainText
}

/// Parses WebVTT text. A valid file without cues gives an empty list; cues whose text is empty
/// (allowed by WebVTT) are left out, since they have nothing to show.
pub fn parse_webvtt(text: &str) -> Result<Vec<Cue>, ParseError> {
    let lines: Vec<&str> = lines(strip_bom(text)).collect();
    if !lines.first().is_some_and(|l| is_keyword(l, "WEBVTT")) {
        let reason = if lines.iter().any(|l| l.contains("-->")) {
            "the file has time codes but does not start with \"WEBVTT\", as a WebVTT file must"
        } else {
            "a WebVTT file must start with \"WEBVTT\""
        };
        return Err(refuse(1, reason));
    }
    // The header's other lines (Kind:, Language:, ...) run to the first blank line; a cue may
    // follow it directly.
    let mut i = 1;
    while lines
        .get(i)
        .is_some_and(|l| !is_blank(l) && !l.contains("-->"))
    {
        i += 1;
    }
    let mut cues = Vec::new();
    loop {
        while lines.get(i).is_some_and(|l| is_blank(l)) {
            i += 1;
        }
        let Some(&first) = lines.get(i) else { break };
        if !first.contains("-->") {
            if ["NOTE", "STYLE", "REGION"]
                .iter()
                .any(|k| is_keyword(first, k))
            {
                i += 1;
                while lines
                    .get(i)
                    .is_some_and(|l| !is_blank(l) && !l.contains("-->"))
                {
                    i += 1;
                }
                continue;
            }
            // A cue identifier; its time codes must follow, or the text would be lost unseen.
            if !lines.get(i + 1).is_some_and(|l| l.contains("-->")) {
                return Err(refuse(
                    i + 1,
                    format!(
                        "{} is not followed by time codes (a cue is an optional identifier, a line \
                         such as \"00:00:01.000 --> 00:00:04.000\", then its text)",
                        quote(first)
                    ),
                ));
            }
            i += 1;
        }
        let timing_line = i + 1;
        let timing = lines.get(i).copied().unwrap_or_default();
        let (start_ms, end_ms) =
            parse_timing(timing, Format::WebVtt).map_err(|r| refuse(timing_line, r))?;
        i += 1;
        let mut text = CueText::default();
        // Per the spec a line with "-->" ends the text and starts the next cue, as in YouTube's
        // files, where a cue follows the previous one without a blank line.
        while let Some(&line) = lines.get(i).filter(|l| !is_blank(l) && !l.contains("-->")) {
            let plain = text.vtt_line(line);
            text.add(&plain, i + 1)?;
            i += 1;
        }
        push_cue(&mut cues, start_ms, end_ms, text, timing_line)?;
    }
    Ok(cues)
}

/// Parses SubRip text: cues of an optional number, time codes (comma or dot before the
/// milliseconds; anything after the end time, such as coordinates, is ignored) and text. Numbers
/// are not checked (gaps and repeats are common). `<b> <i> <u> <s> <font>` tags and `{\an8}`
/// position codes are removed; other `<` text is kept, since SRT has no escaping.
pub fn parse_srt(text: &str) -> Result<Vec<Cue>, ParseError> {
    let lines: Vec<&str> = lines(strip_bom(text)).collect();
    let mut cues = Vec::new();
    let mut i = 0;
    let mut seen_cue = false;
    loop {
        while lines.get(i).is_some_and(|l| is_blank(l)) {
            i += 1;
        }
        let Some(&first) = lines.get(i) else { break };
        if is_cue_number(first) {
            match lines.get(i + 1) {
                Some(next) if next.contains("-->") => i += 1,
                Some(next) if !is_blank(next) => {
                    return Err(refuse(
                        i + 2,
                        format!(
                            "expected the time codes of cue {} (such as \"00:00:01,000 --> \
                             00:00:04,000\"), found {}",
                            first.trim(),
                            quote(next)
                        ),
                    ));
                }
                _ => {
                    return Err(refuse(
                        i + 1,
                        format!("cue {} has no time codes", first.trim()),
                    ));
                }
            }
        } else if !first.contains("-->") {
            let hint = if seen_cue {
                " (is there a blank line inside the previous cue's text?)"
            } else {
                ""
            };
            return Err(refuse(
                i + 1,
                format!(
                    "expected a cue number or time codes, found {}{hint}",
                    quote(first)
                ),
            ));
        }
        let timing_line = i + 1;
        let timing = lines.get(i).copied().unwrap_or_default();
        let (start_ms, end_ms) =
            parse_timing(timing, Format::Srt).map_err(|r| refuse(timing_line, r))?;
        seen_cue = true;
        i += 1;
        let mut text = CueText::default();
        while let Some(&line) = lines.get(i) {
            if is_blank(line) || starts_srt_cue(&lines, i) {
                break;
            }
            let plain = srt_line(line);
            text.add(&plain, i + 1)?;
            i += 1;
        }
        push_cue(&mut cues, start_ms, end_ms, text, timing_line)?;
    }
    Ok(cues)
}

/// Whether line `i` starts a cue although no blank line came before it (a file that lost one).
/// Only time codes count, so that text such as "A --> B" stays text.
fn starts_srt_cue(lines: &[&str], i: usize) -> bool {
    let looks_timed = |l: &&str| {
        l.split_once("-->").is_some_and(|(start, _)| {
            let start = start.trim();
            !start.is_empty()
                && start
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | ',' | '.'))
        })
    };
    lines.get(i).is_some_and(looks_timed)
        || (lines.get(i).is_some_and(|l| is_cue_number(l))
            && lines.get(i + 1).is_some_and(looks_timed))
}

/// One cue per paragraph (lines up to a blank line), times 0. The text is kept as written (no
/// tags or character references are read), each line trimmed.
pub fn parse_plain(text: &str) -> Result<Vec<Cue>, ParseError> {
    let mut cues = Vec::new();
    let mut paragraph = CueText::default();
    let mut first_line = 1;
    for (n, line) in lines(strip_bom(text)).enumerate() {
        if is_blank(line) {
            let done = std::mem::take(&mut paragraph);
            push_cue(&mut cues, 0, 0, done, first_line)?;
        } else {
            if paragraph.text.is_empty() {
                first_line = n + 1;
            }
            paragraph.add(line, n + 1)?;
        }
    }
    push_cue(&mut cues, 0, 0, paragraph, first_line)?;
    Ok(cues)
}

/// Writes cues as WebVTT that [`parse_webvtt`] reads back to the same cues (text escaped, so
/// that `<`, `&` and `-->` stay text). Lines that are blank after trimming cannot be written in
/// a cue and are left out, as are cues left without text, as parsing would do.
pub fn to_webvtt(cues: &[Cue]) -> String {
    let mut out = String::from("WEBVTT\n");
    for cue in cues {
        let text: Vec<&str> = lines(&cue.text)
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if text.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "\n{} --> {}",
            format_timestamp(cue.start_ms),
            format_timestamp(cue.end_ms)
        );
        if let Some(voice) = cue.voice.as_deref().map(collapse_spaces)
            && !voice.is_empty()
        {
            out.push_str("<v ");
            escape_into(&mut out, &voice);
            out.push('>');
        }
        for (n, line) in text.iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            escape_into(&mut out, line);
        }
        out.push('\n');
    }
    out
}

/// `hh:mm:ss.mmm`, hours growing past two digits when needed, as WebVTT writes time codes.
pub fn format_timestamp(ms: u64) -> String {
    let hours = ms / 3_600_000;
    let in_hour = ms % 3_600_000;
    format!(
        "{hours:02}:{:02}:{:02}.{:03}",
        in_hour / 60_000,
        in_hour % 60_000 / 1000,
        ms % 1000
    )
}

// --- lines ---------------------------------------------------------------------------------

/// Lines split at CRLF, lone CR or LF, as both formats allow all three.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text).filter(|t| !t.is_empty());
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(['\r', '\n']) {
            Some(at) => {
                let skip = if current[at..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                rest = Some(&current[at + skip..]).filter(|r| !r.is_empty());
                Some(&current[..at])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// The 1-based number of the line on which `prefix` ends, counted as [`lines`] does.
fn line_at(prefix: &str) -> usize {
    let bytes = prefix.as_bytes();
    1 + bytes
        .iter()
        .enumerate()
        .filter(|&(at, &b)| b == b'\n' || (b == b'\r' && bytes.get(at + 1) != Some(&b'\n')))
        .count()
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Whitespace-only lines count as blank: they are invisible, and files have them between cues.
fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// `WEBVTT`, `NOTE`, ... alone or followed by a space or tab (so `NOTES` is not a comment).
fn is_keyword(line: &str, keyword: &str) -> bool {
    line.strip_prefix(keyword)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
}

fn is_cue_number(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// A line quoted for a message, cut so that a huge line does not make a huge message.
fn quote(line: &str) -> String {
    const KEEP: usize = 60;
    let line = line.trim();
    match line.char_indices().nth(KEEP) {
        Some((at, _)) => format!("\"{}…\"", &line[..at]),
        None => format!("\"{line}\""),
    }
}

// --- time codes ----------------------------------------------------------------------------

/// `start --> end [settings]`; WebVTT wants a dot before the milliseconds, SRT a comma (a dot is
/// accepted too, as many SRT writers use one).
fn parse_timing(line: &str, format: Format) -> Result<(u64, u64), String> {
    let (left, right) = line.split_once("-->").unwrap_or((line, ""));
    let start = left.trim();
    let right = right.trim_start();
    let end = &right[..right.find(char::is_whitespace).unwrap_or(right.len())];
    if start.is_empty() || end.is_empty() {
        return Err(format!(
            "time codes need a start and an end, as in \"{}\"",
            example(format)
        ));
    }
    let start_ms = parse_time(start, format)?;
    let end_ms = parse_time(end, format)?;
    if end_ms < start_ms {
        return Err(format!(
            "the cue ends ({}) before it starts ({})",
            format_timestamp(end_ms),
            format_timestamp(start_ms)
        ));
    }
    Ok((start_ms, end_ms))
}

fn example(format: Format) -> &'static str {
    match format {
        Format::Srt => "00:00:01,000 --> 00:00:04,000",
        _ => "00:00:01.000 --> 00:00:04.000",
    }
}

/// `[hours:]mm:ss.fff`. Minutes, seconds and fraction may have fewer digits than the spec's
/// 2, 2 and 3 (`0:1:5.2` is 65.2 s): some tools write them so, and the value is unambiguous.
fn parse_time(code: &str, format: Format) -> Result<u64, String> {
    let malformed = || {
        let shape = match format {
            Format::Srt => "hh:mm:ss,mmm",
            _ => "hh:mm:ss.mmm or mm:ss.mmm",
        };
        format!("malformed time code {} (expected {shape})", quote(code))
    };
    let sep = code.rfind(['.', ',']).ok_or_else(malformed)?;
    if format != Format::Srt && code[sep..].starts_with(',') {
        return Err(format!(
            "time code {} has a comma; WebVTT time codes have a dot before the milliseconds",
            quote(code)
        ));
    }
    let fraction = &code[sep + 1..];
    let parts: Vec<&str> = code[..sep].split(':').collect();
    let (hours, minutes, seconds) = match parts.as_slice() {
        [m, s] => ("0", *m, *s),
        [h, m, s] => (*h, *m, *s),
        _ => return Err(malformed()),
    };
    let digits = |d: &str, max_len: usize| {
        !d.is_empty() && d.len() <= max_len && d.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(hours, usize::MAX)
        && digits(minutes, 2)
        && digits(seconds, 2)
        && digits(fraction, 3))
    {
        return Err(malformed());
    }
    let too_large = || format!("time code {} is too large", quote(code));
    // Only the hours can overflow; the other parts are at most three digits.
    let h: u64 = hours.parse().map_err(|_| too_large())?;
    let [m, s, f] = [minutes, seconds, fraction].map(|d| d.parse::<u64>().unwrap_or_default());
    if m >= 60 {
        return Err(format!(
            "minutes must be below 60 in time code {}",
            quote(code)
        ));
    }
    if s >= 60 {
        return Err(format!(
            "seconds must be below 60 in time code {}",
            quote(code)
        ));
    }
    // "5" after the dot is 500 ms, "05" is 50 ms: the fraction is decimal.
    let millis = f * 10u64.pow(3 - fraction.len() as u32);
    h.checked_mul(3_600_000)
        .and_then(|t| t.checked_add(m * 60_000 + s * 1000 + millis))
        .ok_or_else(too_large)
}

// --- cue text ------------------------------------------------------------------------------

/// A cue's text as it is collected, line by line, so that limits are checked as it grows.
#[derive(Default)]
struct CueText {
    text: String,
    chars: usize,
    voice: Option<String>,
    /// Inside `<rt>`: ruby annotations (readings) are left out, so the text reads as written.
    in_ruby_text: bool,
}

impl CueText {
    fn add(&mut self, plain: &str, line: usize) -> Result<(), ParseError> {
        let plain = plain.trim();
        if plain.is_empty() {
            return Ok(());
        }
        if !self.text.is_empty() {
            self.text.push('\n');
            self.chars += 1;
        }
        self.text.push_str(plain);
        self.chars += plain.chars().count();
        if self.chars > MAX_CUE_CHARS {
            return Err(refuse(
                line,
                format!(
                    "the cue's text is longer than {} characters",
                    grouped(MAX_CUE_CHARS)
                ),
            ));
        }
        Ok(())
    }

    /// One line of WebVTT cue text without its tags. A `<` with no `>` on its line is kept as
    /// text, since files that forgot to escape it are common and the reader wants to see it.
    fn vtt_line(&mut self, line: &str) -> String {
        let mut out = String::with_capacity(line.len());
        let mut rest = line;
        // Once no `>` is left, no later `<` can close: saves rescanning the line for each one.
        let mut closable = true;
        while let Some(c) = rest.chars().next() {
            let mut taken = c.len_utf8();
            match c {
                '<' => match closable.then(|| rest.find('>')).flatten() {
                    Some(close) => {
                        self.vtt_tag(&rest[1..close]);
                        taken = close + 1;
                    }
                    None => {
                        closable = false;
                        self.emit(&mut out, '<');
                    }
                },
                '&' => match entity(rest) {
                    Some((decoded, len)) => {
                        self.emit(&mut out, decoded);
                        taken = len;
                    }
                    None => self.emit(&mut out, '&'),
                },
                c => self.emit(&mut out, c),
            }
            rest = &rest[taken..];
        }
        out
    }

    fn emit(&self, out: &mut String, c: char) {
        if !self.in_ruby_text {
            out.push(c);
        }
    }

    fn vtt_tag(&mut self, tag: &str) {
        let name_of = |t: &str| {
            t.split(|c: char| c == '.' || c.is_whitespace())
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        if let Some(closing) = tag.strip_prefix('/') {
            if matches!(name_of(closing).as_str(), "rt" | "ruby") {
                self.in_ruby_text = false;
            }
            return;
        }
        match name_of(tag).as_str() {
            "rt" => self.in_ruby_text = true,
            "v" if self.voice.is_none() => {
                let annotation = tag.split_once(char::is_whitespace).map(|(_, a)| a);
                let voice = collapse_spaces(&decode_entities(annotation.unwrap_or_default()));
                self.voice = Some(voice).filter(|v| !v.is_empty());
            }
            // b, i, u, c, lang, ruby, timestamps (<00:00:01.000>) and unknown tags: markup only.
            _ => {}
        }
    }
}

/// One line of SRT text without its formatting tags and `{\...}` position codes.
fn srt_line(line: &str) -> String {
    // Bounds the search for a closing `>` or `}`, so a line full of `<` stays linear.
    const TAG_MAX: usize = 256;
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let close = |b: u8| rest.bytes().take(TAG_MAX).position(|x| x == b);
        let mut taken = c.len_utf8();
        match c {
            '<' => match close(b'>').filter(|&at| is_srt_format_tag(&rest[1..at])) {
                Some(at) => taken = at + 1,
                None => out.push('<'),
            },
            '{' if rest.starts_with("{\\") => match close(b'}') {
                Some(at) => taken = at + 1,
                None => out.push('{'),
            },
            '&' => match entity(rest) {
                Some((decoded, len)) => {
                    out.push(decoded);
                    taken = len;
                }
                None => out.push('&'),
            },
            c => out.push(c),
        }
        rest = &rest[taken..];
    }
    out
}

fn is_srt_format_tag(tag: &str) -> bool {
    let tag = tag.strip_prefix('/').unwrap_or(tag);
    let name = tag.split(char::is_whitespace).next().unwrap_or_default();
    ["b", "i", "u", "s", "font"]
        .iter()
        .any(|known| name.eq_ignore_ascii_case(known))
}

/// The character reference at the start of `text` (`&amp;`, `&#233;`, `&#xE9;`, ...) and its
/// length. Unknown names are left as text rather than guessed.
fn entity(text: &str) -> Option<(char, usize)> {
    // The longest reference decoded, "&#x10FFFF;", has 10 bytes.
    let semicolon = text.bytes().take(11).position(|b| b == b';')?;
    let name = text.get(1..semicolon)?;
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code).filter(|&c| c != '\0')?
        }
    };
    Some((c, semicolon + 1))
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match (c == '&').then(|| entity(rest)).flatten() {
            Some((decoded, len)) => {
                out.push(decoded);
                rest = &rest[len..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// A speaker's name on one line, as WebVTT annotations are read: runs of whitespace become one
/// space.
fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn push_cue(
    cues: &mut Vec<Cue>,
    start_ms: u64,
    end_ms: u64,
    text: CueText,
    line: usize,
) -> Result<(), ParseError> {
    if text.text.is_empty() {
        return Ok(());
    }
    if cues.len() >= MAX_CUES {
        return Err(refuse(
            line,
            format!("the file has more than {} cues", grouped(MAX_CUES)),
        ));
    }
    cues.push(Cue {
        start_ms,
        end_ms,
        text: text.text,
        voice: text.voice,
    });
    Ok(())
}

/// 200000 as "200,000", as the limits are written in messages.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
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
        assert!(
            vtt_err("WEBVTT\n\n99999999999999999999:00:00.000 --> 00:00:02.000\nB")
                .contains("too large")
        );
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
            srt(
                "1\n00:00:01,000 --> 00:00:02,500\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld"
            ),
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
        let start = prop_oneof![0..100_000_000u64, any::<u64>()];
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
}
