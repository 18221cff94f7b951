#!/usr/bin/env bash
# Regenerates the demo city's media in this folder (committed; each file ≤ 40 KB):
# - the sound pieces of clips.json (24), spoken by espeak-ng (French voices) from their transcripts,
#   so transcript and audio always match: mp3, 16 kHz mono, 24 kbit/s CBR;
# - the 3 pictures of images.json, drawn with ImageMagick, without any metadata.
# Needs Debian packages: espeak-ng sox ffmpeg imagemagick fonts-dejavu-core jq
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
max_bytes=$((40 * 1024))

check_size() {
  local size
  size=$(stat -c %s "$1")
  if ((size > max_bytes)); then
    echo "$1 is $size bytes, over the $max_bytes-byte budget: shorten it" >&2
    exit 1
  fi
}

# --- Sound: one espeak-ng French voice variant per clip, for some variety.
voices=(fr+m3 fr+f2 fr+m1 fr+f4 fr+m7 fr+f3 fr+m2 fr+f1 fr+m4 fr+f5)
count=$(jq '.clips | length' "$here/clips.json")
for ((i = 0; i < count; i++)); do
  file=$(jq -r ".clips[$i].file" "$here/clips.json")
  jq -r ".clips[$i].transcript" "$here/clips.json" >"$work/text.txt"
  espeak-ng -v "${voices[$((i % ${#voices[@]}))]}" -s 155 -f "$work/text.txt" -w "$work/voice.wav"
  sox -R "$work/voice.wav" -r 16000 "$work/voice16k.wav" norm -1
  ffmpeg -hide_banner -loglevel error -y -i "$work/voice16k.wav" -map_metadata -1 -fflags +bitexact \
    -ac 1 -c:a libmp3lame -b:a 24k "$here/$file"
  check_size "$here/$file"
done

# --- Pictures: 640×400 drawings with a caption band.
font=DejaVu-Sans
caption() { # image, text
  convert "$1" -fill '#000000b0' -draw 'rectangle 0,352 640,400' -fill white -font "$font" -pointsize 22 \
    -gravity southwest -annotate +16+12 "$2" "$1"
}
finish() { # png → jpg without metadata
  convert "$1" -strip -sampling-factor 4:2:0 -quality 72 "$here/$2"
  check_size "$here/$2"
}

# The lift bridge between its two towers, at dusk.
convert -size 640x400 gradient:'#f4a259-#5b8e7d' \
  -fill '#2e5c8a' -draw 'rectangle 0,300 640,400' \
  -fill '#6b6b6b' -draw 'rectangle 150,90 190,330' -draw 'rectangle 450,90 490,330' \
  -fill '#3d3d3d' -draw 'rectangle 190,230 450,250' -draw 'rectangle 100,270 640,285' -draw 'rectangle 0,270 150,285' \
  -stroke '#3d3d3d' -strokewidth 3 -draw 'line 170,90 190,230' -draw 'line 470,90 450,230' \
  "$work/bridge.png"
caption "$work/bridge.png" 'Le pont de Recouvrance'
finish "$work/bridge.png" pont-de-recouvrance.jpg

# The lighthouse at night, its beam over the sea.
convert -size 640x400 gradient:'#0b1d3a-#1f3b73' \
  -fill '#0a2740' -draw 'rectangle 0,310 640,400' \
  -fill '#f6e27a80' -draw 'polygon 330,120 640,40 640,150' \
  -fill '#4a4a4a' -draw 'ellipse 320,330 90,30 180,360' \
  -fill '#f2f2f2' -draw 'polygon 295,320 345,320 335,130 305,130' \
  -fill '#c0392b' -draw 'rectangle 301,200 339,225' -draw 'rectangle 297,270 343,295' \
  -fill '#f6e27a' -draw 'rectangle 308,105 332,130' -fill '#c0392b' -draw 'polygon 300,105 340,105 320,85' \
  "$work/lighthouse.png"
caption "$work/lighthouse.png" 'Le phare, la nuit'
finish "$work/lighthouse.png" phare-la-nuit.jpg

# Three market stalls under slanted rain.
convert -size 640x400 gradient:'#8e9aa6-#c9d1d9' \
  -fill '#7f8c8d' -draw 'rectangle 0,320 640,400' \
  -fill '#c0392b' -draw 'polygon 40,170 220,170 200,210 60,210' \
  -fill '#27ae60' -draw 'polygon 240,170 420,170 400,210 260,210' \
  -fill '#f1c40f' -draw 'polygon 440,170 620,170 600,210 460,210' \
  -fill '#8b5a2b' -draw 'rectangle 60,210 200,300' -draw 'rectangle 260,210 400,300' -draw 'rectangle 460,210 600,300' \
  -stroke '#ecf0f1' -strokewidth 2 \
  -draw 'line 30,20 10,70' -draw 'line 130,10 110,60' -draw 'line 230,30 210,80' -draw 'line 330,15 310,65' \
  -draw 'line 430,25 410,75' -draw 'line 530,10 510,60' -draw 'line 620,30 600,80' -draw 'line 80,100 60,150' \
  -draw 'line 280,95 260,145' -draw 'line 480,100 460,150' -draw 'line 180,90 160,140' -draw 'line 580,110 560,160' \
  "$work/market.png"
caption "$work/market.png" 'Le marché sous la pluie'
finish "$work/market.png" marche-sous-la-pluie.jpg

ls -l "$here"
