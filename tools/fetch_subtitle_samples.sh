#!/usr/bin/env bash
# Fetches the sample WebVTT/SRT files that crates/domain/tests/real_subtitles.rs reads: the source
# distributions of three Python subtitle libraries, unpacked as published. They are others' files,
# so they are fetched on demand and never committed.
#
# usage: tools/fetch_subtitle_samples.sh [DIR]   (default: target/subtitle-samples)
# then:  CITYDRIVER_SUBTITLE_SAMPLES=DIR cargo test -p citydriver-domain --test real_subtitles
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned so that the test's list of expected refusals names files that exist.
PACKAGES=(webvtt-py==0.6.0 pysrt==1.1.2 srt==3.5.3)
DEST="${1:-target/subtitle-samples}"
STAMP="$DEST/.fetched"

# Idempotent: a folder unpacked from exactly these versions is left as it is.
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "${PACKAGES[*]}" ]]; then
  echo "subtitle samples already in $DEST"
  exit 0
fi

PIP=(pip)
command -v pip >/dev/null 2>&1 || PIP=(python3 -m pip)

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"${PIP[@]}" download --quiet --no-deps --no-binary :all: "${PACKAGES[@]}" -d "$WORK/sdists"

# Unpack into a fresh folder first so an interrupted run never leaves a half-filled $DEST.
mkdir -p "$WORK/unpacked"
for archive in "$WORK"/sdists/*; do
  case "$archive" in
    *.tar.gz | *.tgz) tar -xzf "$archive" -C "$WORK/unpacked" ;;
    *.zip) python3 -m zipfile -e "$archive" "$WORK/unpacked" ;;
    *) echo "unexpected download: $archive" >&2; exit 1 ;;
  esac
done
echo "${PACKAGES[*]}" >"$WORK/unpacked/.fetched"

rm -rf "$DEST"
mkdir -p "$(dirname "$DEST")"
mv "$WORK/unpacked" "$DEST"
echo "subtitle samples: $(find "$DEST" -type f \( -name '*.vtt' -o -name '*.srt' \) | wc -l) files in $DEST"
