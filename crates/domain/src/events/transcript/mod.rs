//! Time-coded transcripts: decoding and parsing WebVTT, SRT and plain-text subtitle files into
//! [`Cue`]s, and writing cues back as WebVTT. Pure: bytes in, cues or a refusal with its line out.
//!
//! The parsers follow the WebVTT spec where it matters to a reader (header, NOTE/STYLE/REGION
//! blocks, identifiers, settings, tags, character references, a `-->` line ending a cue) and are
//! lenient where nothing is lost (non-padded time codes, whitespace-only lines count as blank),
//! but refuse a file rather than silently drop text that has no time code.

mod decode;

pub use decode::decode;

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

pub(super) fn refuse(line: usize, reason: impl Into<String>) -> ParseError {
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
            // A voice ending in "--" would make "-->" with the tag's end, which reads as a
            // time line; the space before it is dropped again when the voice is read.
            if voice.ends_with('-') {
                out.push(' ');
            }
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
pub(super) fn line_at(prefix: &str) -> usize {
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

/// The longest recording a transcript may time: a week of hours. A time code beyond it is a
/// mistake (or an attack on whoever exports it), and is refused at its line.
pub const MAX_HOURS: u64 = 24 * 7;

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
    let too_large = || {
        format!(
            "time code {} is beyond {MAX_HOURS} hours: no recording is that long",
            quote(code)
        )
    };
    // Only the hours can be large; the other parts are at most three digits.
    let h: u64 = hours.parse().map_err(|_| too_large())?;
    if h >= MAX_HOURS {
        return Err(too_large());
    }
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
        // A character reference may have made a line break (`&#xa;`): each of its lines is
        // trimmed as a line of the file is (found by fuzzing the round trip).
        for part in lines(plain) {
            self.add_line(part.trim(), line)?;
        }
        Ok(())
    }

    fn add_line(&mut self, plain: &str, line: usize) -> Result<(), ParseError> {
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
mod tests;
