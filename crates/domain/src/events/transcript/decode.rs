//! The bytes of a subtitle file as text: UTF-8, or UTF-16/UTF-32 with a byte order mark.

use super::{ParseError, line_at, refuse};

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
