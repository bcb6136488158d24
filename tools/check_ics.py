#!/usr/bin/env python3
"""Read an iCalendar file with the PyPI `icalendar` parser and print what a client would see.

An independent check of citydriver's writer (crates/domain/src/calendar.rs), run by
crates/domain/tests/ical_python.rs.

Requirements (this script installs nothing itself):

    pip install icalendar

Usage:

    python3 tools/check_ics.py FILE

Prints JSON lines to stdout: first {"kind": "calendar", ...}, then one {"kind": "event", ...} per
VEVENT with its UID and its start and end as UTC ISO 8601 instants ("2020-10-21T21:30:00Z"), or as
dates ("2020-10-22") for all-day events, plus the unescaped text properties.

Exits non-zero, with the reasons on stderr, when the file breaks a rule that `icalendar` itself
tolerates: a line not ended by CRLF, a physical line over 75 octets, a fold that splits a UTF-8
character, a timed DTSTART/DTEND/DTSTAMP that is not UTC (we promise UTC instants), or a parse error.
"""

import json
import sys
from datetime import date, datetime, timedelta

import icalendar

MAX_OCTETS = 75


def check_framing(raw, problems):
    # icalendar accepts LF-only files and overlong lines, so the octets are checked here.
    if not raw.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n")[:-1], start=1):
        if len(line) > MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets")
        if b"\r" in line or b"\n" in line:
            problems.append(f"line {number}: a bare CR or LF")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not UTF-8 on its own (a fold split a character)")


def as_utc(value, what, problems):
    """A datetime as "YYYY-MM-DDTHH:MM:SSZ", a date as "YYYY-MM-DD"."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() != timedelta(0):
            problems.append(f"{what}: {value!r} is not a UTC instant")
            return None
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    problems.append(f"{what}: unexpected value {value!r}")
    return None


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def x_text(component, name):
    """A property `icalendar` does not know (X-WR-CALNAME, X-CITYDRIVER-TZID), which it returns
    raw; RFC 5545 §3.8.8.2 makes TEXT their default type, so unescape it here."""
    value = component.get(name)
    if value is None:
        return None
    raw, out, i = str(value), [], 0
    while i < len(raw):
        if raw[i] == "\\" and i + 1 < len(raw):
            out.append("\n" if raw[i + 1] in "nN" else raw[i + 1])
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def main(path):
    with open(path, "rb") as f:
        raw = f.read()
    problems = []
    check_framing(raw, problems)
    cal = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    lines = [
        {
            "kind": "calendar",
            "version": text(cal, "VERSION"),
            "prodid": text(cal, "PRODID"),
            "method": text(cal, "METHOD"),
            "name": x_text(cal, "X-WR-CALNAME"),
        }
    ]
    for component in cal.walk():
        for error in component.errors:
            problems.append(f"{component.name}: {error}")
    for event in cal.walk("VEVENT"):
        uid = text(event, "UID")
        if "DTSTAMP" not in event:
            problems.append(f"{uid}: no DTSTAMP")
        else:
            as_utc(event.decoded("DTSTAMP"), f"{uid} DTSTAMP", problems)
        try:
            # .start/.end refuse a DATE start with a DATE-TIME end and compute the end a client
            # would use when DTEND is absent.
            start, end = event.start, event.end
        except Exception as e:  # icalendar raises InvalidCalendar or a plain error
            problems.append(f"{uid}: {e}")
            continue
        categories = event.get("CATEGORIES")
        if categories is not None and not isinstance(categories, list):
            categories = [categories]
        lines.append(
            {
                "kind": "event",
                "uid": uid,
                "start": as_utc(start, f"{uid} DTSTART", problems),
                "end": as_utc(end, f"{uid} DTEND", problems),
                "summary": text(event, "SUMMARY"),
                "description": text(event, "DESCRIPTION"),
                "location": text(event, "LOCATION"),
                "url": text(event, "URL"),
                "categories": [str(c) for cat in categories or [] for c in cat.cats],
                "status": text(event, "STATUS"),
                "sequence": event.decoded("SEQUENCE") if "SEQUENCE" in event else None,
                "tzid": x_text(event, "X-CITYDRIVER-TZID"),
            }
        )
    for line in lines:
        # ASCII-only JSON, so the reader need not agree with us on the pipe's encoding.
        print(json.dumps(line))
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_ics.py FILE")
    main(sys.argv[1])
