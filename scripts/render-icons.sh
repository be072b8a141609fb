#!/usr/bin/env bash
# Renders packaging/icons/kraken-agent-console.svg into the committed icons: hicolor PNGs for
# Linux, an .ico for Windows and an .icns for macOS. Run it after editing the SVG and commit the
# results; builds use the committed files, so no build machine needs these tools.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), node.
set -euo pipefail
icons="$(cd "$(dirname "$0")/../packaging/icons" && pwd)"
svg="$icons/kraken-agent-console.svg"
for tool in rsvg-convert convert node; do
  command -v "$tool" >/dev/null || { echo "render-icons.sh: $tool is missing" >&2; exit 1; }
done

mkdir -p "$icons/hicolor"
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$svg" -o "$icons/hicolor/$size.png"
done

# Windows: classic bitmaps up to 48 px (every shell and NSIS reads those), PNG at 256.
convert "$icons/hicolor/16.png" "$icons/hicolor/24.png" "$icons/hicolor/32.png" \
  "$icons/hicolor/48.png" "$icons/hicolor/64.png" "$icons/hicolor/256.png" \
  "$icons/kraken-agent-console.ico"

node "$(dirname "$0")/lib/pack-icns.js" "$icons/kraken-agent-console.icns" \
  16="$icons/hicolor/16.png" 32="$icons/hicolor/32.png" 64="$icons/hicolor/64.png" \
  128="$icons/hicolor/128.png" 256="$icons/hicolor/256.png" 512="$icons/hicolor/512.png"
echo "Rendered icons into $icons"
