#!/bin/sh
# Regenerate docs/brief.png (the README's picture): a real brief of the sample
# article, rendered to PDF by newsbrief and to PNG by pdftoppm (poppler-utils).
#   sh docs/make-brief-picture.sh
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
briefing brief samples/belarus-pasted.txt -o "$tmp/brief.pdf"
pdftoppm -png -r 80 -singlefile "$tmp/brief.pdf" "$tmp/brief"
cp "$tmp/brief.png" docs/brief.png
echo "wrote docs/brief.png"
