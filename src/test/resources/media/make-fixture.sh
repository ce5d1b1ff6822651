#!/usr/bin/env bash
# Regenerates a spoken fixture with known sentence times: make-fixture.sh DIR [DIR...]
#
# DIR holds sentences.txt (one sentence a line, our own text) and fixture.conf (SPEED, NOISE, LEAD, TAIL,
# PAUSES, BITRATE, optionally FORMATS). Each sentence is spoken alone by espeak-ng's Mandarin voice, its own leading and
# trailing silence trimmed, then the sentences are joined with the listed pauses, a faint pink-noise bed
# is mixed under the whole recording and the result is encoded as M4A (AAC) and MP3. The true start and end
# of every sentence, in seconds, go to truth.tsv; transcript.txt is the untimed text a host would import
# (one paragraph, as ASR delivers it).
#
# Needs (Debian): espeak-ng sox ffmpeg. The encoded files are committed, so tests do not depend on the
# versions of these tools; only regenerating does.
set -euo pipefail

for tool in espeak-ng sox soxi ffmpeg; do
  command -v "$tool" >/dev/null || { echo "make-fixture.sh: $tool is missing (apt-get install espeak-ng sox ffmpeg)" >&2; exit 1; }
done
[ $# -ge 1 ] || { echo "usage: make-fixture.sh DIR [DIR...]" >&2; exit 2; }

RATE=22050

make_one() {
  local dir="$1"
  local SPEED NOISE LEAD TAIL PAUSES BITRATE FORMATS="m4a mp3"
  # shellcheck disable=SC1091
  source "$dir/fixture.conf"
  local work
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN

  mapfile -t sentences < <(grep -v '^[[:space:]]*$' "$dir/sentences.txt")
  read -r -a pauses <<<"$PAUSES"
  if [ "${#pauses[@]}" -ne $((${#sentences[@]} - 1)) ]; then
    echo "$dir: ${#sentences[@]} sentences need $((${#sentences[@]} - 1)) pauses, fixture.conf lists ${#pauses[@]}" >&2
    return 1
  fi

  silence() { sox -r "$RATE" -c 1 -b 16 -n "$2" trim 0 "$(printf '%.0f' "$(echo "$1 * $RATE" | bc -l)")s"; }

  local parts=() at lead_samples
  silence "$LEAD" "$work/lead.wav"
  parts+=("$work/lead.wav")
  at=$(soxi -s "$work/lead.wav")
  printf 'index\tstart\tend\ttext\n' >"$dir/truth.tsv"
  for i in "${!sentences[@]}"; do
    espeak-ng -v cmn -s "$SPEED" -w "$work/raw$i.wav" "${sentences[$i]}"
    # Trimmed on the clean voice, so a sentence's true start is exactly where its samples begin.
    sox "$work/raw$i.wav" -r "$RATE" -c 1 -b 16 "$work/s$i.wav" \
      silence 1 0.005 0.1% reverse silence 1 0.005 0.1% reverse
    local n
    n=$(soxi -s "$work/s$i.wav")
    printf '%d\t%.3f\t%.3f\t%s\n' $((i + 1)) "$(echo "$at / $RATE" | bc -l)" "$(echo "($at + $n) / $RATE" | bc -l)" \
      "${sentences[$i]}" >>"$dir/truth.tsv"
    parts+=("$work/s$i.wav")
    at=$((at + n))
    if [ "$i" -lt $((${#sentences[@]} - 1)) ]; then
      silence "${pauses[$i]}" "$work/p$i.wav"
      parts+=("$work/p$i.wav")
      at=$((at + $(soxi -s "$work/p$i.wav")))
    fi
  done
  silence "$TAIL" "$work/tail.wav"
  parts+=("$work/tail.wav")
  sox "${parts[@]}" "$work/speech.wav"

  # -R: the same noise every run.
  sox -R -r "$RATE" -c 1 -b 16 -n "$work/noise.wav" synth "$(soxi -D "$work/speech.wav")" pinknoise vol "$NOISE"
  sox -R -m -v 0.9 "$work/speech.wav" -v 1 "$work/noise.wav" "$work/mixed.wav"

  local common=(-hide_banner -loglevel error -y -i "$work/mixed.wav" -map_metadata -1 -fflags +bitexact -flags +bitexact -ac 1)
  for format in $FORMATS; do
    case "$format" in
      m4a) ffmpeg "${common[@]}" -c:a aac -b:a "$BITRATE" "$dir/episode.m4a" ;;
      mp3) ffmpeg "${common[@]}" -c:a libmp3lame -b:a "$BITRATE" "$dir/episode.mp3" ;;
      *) echo "$dir: unknown format $format" >&2; return 1 ;;
    esac
  done
  tr -d '\n' <"$dir/sentences.txt" >"$dir/transcript.txt"
  echo "$dir: ${#sentences[@]} sentences, $(soxi -D "$work/speech.wav") s"
}

for d in "$@"; do make_one "$d"; done
