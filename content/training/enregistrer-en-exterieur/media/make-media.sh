#!/usr/bin/env bash
# Regenerates the sound examples and the picture of the module "Enregistrer en extérieur"
# (committed; each file ≤ 40 KB, no metadata). The voices are espeak-ng's, so each example's
# transcript in the lessons is exactly what is said; the faults are made with sox:
# - sature.mp3 / clipped.mp3: the sentence with far too much gain (clipped), brought back down so it
#   plays as loud as the others, the distortion kept;
# - niveau-juste.mp3 / good-level.mp3: the same sentence with its peaks at -12 dBFS;
# - vent.mp3 / wind.mp3: a sentence under gusts of wind (low-passed brown noise, slowly modulated);
# - bonnette.mp3 / windshield.mp3: the same sentence, sheltered, a faint hiss left;
# - vumetre.png: a level meter with its green, orange and red zones and the -12 dBFS mark.
# mp3: 16 kHz mono, 24 kbit/s CBR. Needs Debian packages: espeak-ng sox ffmpeg imagemagick fonts-dejavu-core
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

# A sentence spoken by espeak-ng, 16 kHz mono, with a little silence either side: voice, text, out.wav
speak() {
  espeak-ng -v "$1" -s 150 -w "$work/raw.wav" "$2"
  sox -R "$work/raw.wav" -r 16000 -c 1 "$3" norm -1 pad 0.4 0.6
}

# A wav becomes the committed mp3, without metadata: in.wav, file
encode() {
  ffmpeg -hide_banner -loglevel error -y -i "$1" -map_metadata -1 -fflags +bitexact \
    -ac 1 -c:a libmp3lame -b:a 24k "$here/$2"
  check_size "$here/$2"
}

# Noise as long as a wav: in.wav, out.wav, sox effects…
noise_for() {
  local in="$1" out="$2"
  shift 2
  sox -R -n -r 16000 -c 1 "$out" synth "$(soxi -D "$in")" "$@"
}

levels() { # voice, sentence, clipped file, good file
  speak "$1" "$2" "$work/voice.wav"
  noise_for "$work/voice.wav" "$work/floor.wav" pinknoise gain -52
  # Far too much gain: sox clips every sample over full scale (its warning is the point here).
  sox -R -m "$work/voice.wav" "$work/floor.wav" "$work/hot.wav" gain 22 2>/dev/null || true
  sox -R "$work/hot.wav" "$work/clipped.wav" gain -7
  encode "$work/clipped.wav" "$3"
  sox -R -m "$work/voice.wav" "$work/floor.wav" "$work/good.wav" norm -12
  encode "$work/good.wav" "$4"
}

wind() { # voice, sentence, windy file, sheltered file
  speak "$1" "$2" "$work/voice.wav"
  # Gusts: brown noise under 400 Hz, its loudness swelling and falling about every 2.5 s.
  noise_for "$work/voice.wav" "$work/gusts.wav" brownnoise lowpass 400 tremolo 0.4 85 norm -3
  noise_for "$work/voice.wav" "$work/pops.wav" pinknoise lowpass 1200 tremolo 1.3 100 gain -14
  sox -R -m -v 0.6 "$work/voice.wav" -v 0.9 "$work/gusts.wav" -v 0.7 "$work/pops.wav" "$work/windy.wav" norm -3
  encode "$work/windy.wav" "$3"
  noise_for "$work/voice.wav" "$work/hiss.wav" brownnoise lowpass 300 gain -34
  sox -R -m "$work/voice.wav" "$work/hiss.wav" "$work/sheltered.wav" norm -3
  encode "$work/sheltered.wav" "$4"
}

levels fr+m3 'Bonjour, nous sommes sur le quai de la Penfeld, et le vent se lève.' sature.mp3 niveau-juste.mp3
levels en-gb+m3 'Hello, we are on the Penfeld quay, and the wind is getting up.' clipped.mp3 good-level.mp3
wind fr+f2 'Ici, au bout de la jetée, on entend les drisses qui claquent sur les mâts.' vent.mp3 bonnette.mp3
wind en-gb+f2 'Here, at the end of the pier, you can hear the halyards slapping against the masts.' wind.mp3 windshield.mp3

# --- Picture: a level meter from -48 to 0 dBFS, 40 px per 6 dB (x = 40 + (48 + dB) × 80/12).
font=DejaVu-Sans
convert -size 760x220 xc:white \
  -fill '#2e7d32' -draw 'rectangle 40,70 520,120' \
  -fill '#ef8f00' -draw 'rectangle 520,70 600,120' \
  -fill '#c62828' -draw 'rectangle 600,70 680,120' \
  -stroke black -strokewidth 2 -fill none -draw 'rectangle 40,70 680,120' -stroke none \
  -fill black -font "$font" -pointsize 18 \
  -draw 'line 40,120 40,130' -annotate +28+150 '-48' \
  -draw 'line 200,120 200,130' -annotate +188+150 '-36' \
  -draw 'line 360,120 360,130' -annotate +348+150 '-24' \
  -draw 'line 440,120 440,130' -annotate +428+150 '-18' \
  -draw 'line 520,120 520,130' -annotate +508+150 '-12' \
  -draw 'line 600,120 600,130' -annotate +592+150 '-6' \
  -draw 'line 680,120 680,130' -annotate +676+150 '0' \
  -annotate +690+102 'dBFS' -pointsize 20 \
  -annotate +40+40 'Crêtes vers -12 dBFS · Peaks around -12 dBFS' \
  -stroke black -strokewidth 3 -draw 'line 520,50 520,68' -draw 'polygon 512,60 528,60 520,70' -stroke none \
  -pointsize 16 -annotate +40+195 'Réserve · headroom : -12 → 0' -annotate +470+195 'Saturation · clipping : 0' \
  "$work/meter.png"
convert "$work/meter.png" -strip +dither -colors 16 -define png:exclude-chunks=date,time "$here/vumetre.png"
check_size "$here/vumetre.png"

ls -l "$here"
