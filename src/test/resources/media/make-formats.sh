#!/usr/bin/env bash
# Regenerates the small files in formats/ that show what the player accepts and refuses: make-formats.sh
# Each is two seconds of a tone (and a test picture for the videos). Needs (Debian): ffmpeg.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p formats
# ff OUTPUT ARGS...: the output's options come last, before its name
ff() { local out="$1"; shift; ffmpeg -hide_banner -loglevel error -y "$@" -map_metadata -1 -fflags +bitexact "$out"; }
tone=(-f lavfi -i "sine=frequency=440:sample_rate=22050:duration=2")
picture=(-f lavfi -i "testsrc=size=64x36:rate=10:duration=2")
ff formats/clip.mp4 "${picture[@]}" "${tone[@]}" -c:v libx264 -pix_fmt yuv420p -c:a aac -b:a 24k -shortest
ff formats/clip-hevc.mp4 "${picture[@]}" "${tone[@]}" -c:v libx265 -pix_fmt yuv420p -tag:v hvc1 -c:a aac -b:a 24k -shortest -x265-params log-level=none
ff formats/clip.ogg "${tone[@]}" -c:a libopus -b:a 16k
ff formats/clip.aac "${tone[@]}" -c:a aac -b:a 24k -f adts
# an MP3 with a cover picture, which ffprobe reports as a video stream
ff formats/clip-cover.mp3 "${tone[@]}" -f lavfi -i "color=c=blue:size=32x32:duration=1" -map 0:a -map 1:v -frames:v 1 \
  -c:a libmp3lame -b:a 32k -c:v mjpeg -disposition:v attached_pic -id3v2_version 3
# M4A with Apple Lossless audio, which the player cannot decode
ff formats/clip-alac.m4a "${tone[@]}" -c:a alac
ls -l formats
