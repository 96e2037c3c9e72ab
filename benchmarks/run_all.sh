#!/usr/bin/env bash
# Runs every benchmark on the development data and prints the numbers (make bench).
# Skips with a message when ../shared/data is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data
NB=.venv/bin/newsbrief
if [ ! -d "$DATA" ]; then
  echo "skipped: $DATA not found; benchmarks need the evaluation data (see docs/benchmarks.md)"
  exit 0
fi
mkdir -p bench-results
for set in cnndm_summeval xsum_extracts_dev newsroom_bartscore; do
  echo "== eval summ: $set"
  $NB eval summ --data "$DATA/summ/$set.jsonl" --json "bench-results/summ-$set.json"
done
echo "== eval extract"
$NB eval extract --data "$DATA/extraction" --json bench-results/extract.json
echo "== eval labelled"
$NB eval labelled --data tests/data --json bench-results/labelled.json > /dev/null
$NB eval labelled --data tests/data/fresh --json bench-results/labelled-fresh.json > /dev/null
$NB eval labelled --data tests/data/frozen --json bench-results/labelled-frozen.json > /dev/null
echo "== eval speed"
$NB eval speed --data "$DATA/summ/cnndm_summeval.jsonl" --json bench-results/speed.json
.venv/bin/python benchmarks/report.py bench-results docs/benchmarks.md
