#!/bin/sh
# Scores the entity extractor on the module's gold articles with the shared
# scorer, on the gold normalized text and on the normalizer's output.
# Run from the module root: sh entity/testdata/score.sh
set -e
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== gold normalized text"
SOKHAN_ENTITY_OUT="$out/gold" go test ./entity -run TestWriteScoreJSON -count=1 >/dev/null
python3 ../shared/tools/score.py --pairs testdata "$out/gold" | tail -1
echo "== normalizer output"
SOKHAN_ENTITY_OUT="$out/raw" SOKHAN_ENTITY_RAW=1 go test ./entity -run TestWriteScoreJSON -count=1 >/dev/null
python3 ../shared/tools/score.py --pairs testdata "$out/raw" | tail -1
