#!/usr/bin/env bash
# Runs every benchmark of this module with the short settings of RESULTS.md, one after another
# (2 cores: never two at once), and keeps the raw output in benchmarks/results/.
# Build first:  mvn -B -o -pl benchmarks -am install -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
JAR=${JAR:-target/benchmarks.jar}
OUT=${OUT:-results}
mkdir -p "$OUT"
[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -B -o -pl benchmarks -am install -DskipTests)" >&2; exit 1; }

java -jar "$JAR" MappingBenchmark -f 2 -wi 5 -w 1s -i 5 -r 1s \
  -rf json -rff "$OUT/mapping.json" | tee "$OUT/mapping.txt"
java -jar "$JAR" FirstItemBenchmark -f 20 -wi 0 -i 1 \
  -rf json -rff "$OUT/first-item.json" | tee "$OUT/first-item.txt"
# RepositoryBenchmark and AsyncRepositoryBenchmark in one run (the regex matches both), so that the
# sync and async ratios come from the same conditions; ~12 s of warm-up before the SDK settles.
java -jar "$JAR" RepositoryBenchmark -f 1 -wi 8 -w 2s -i 5 -r 2s \
  -rf json -rff "$OUT/repository.json" | tee "$OUT/repository.txt"
java -jar "$JAR" ThroughputBenchmark -f 1 -wi 6 -w 2s -i 5 -r 2s \
  -rf json -rff "$OUT/throughput.json" | tee "$OUT/throughput.txt"
java -cp "$JAR" dev.dynamorepo.benchmarks.RepositoryBenchmark | tee "$OUT/repository-requests.txt"
java -cp "$JAR" dev.dynamorepo.benchmarks.AsyncRepositoryBenchmark | tee "$OUT/async-repository-requests.txt"
java -cp "$JAR" dev.dynamorepo.benchmarks.FirstItemHarness 20 | tee "$OUT/first-item-harness.txt"
java -cp "$JAR" dev.dynamorepo.benchmarks.AutoIncrementHarness 200 1,4 3 | tee "$OUT/auto-increment.txt"
java -cp "$JAR" dev.dynamorepo.benchmarks.AsyncThroughputHarness 2000 3 | tee "$OUT/throughput-moto.txt"
# RESULTS-production.md: bulk put, parallel scan and projection bytes on moto, projection decode (JMH).
mkdir -p "$OUT/production"
java -cp "$JAR" dev.dynamorepo.benchmarks.ProductionHarness 10000 1000 20000 3 | tee "$OUT/production/harness.txt"
java -jar "$JAR" ProjectionDecodeBenchmark -f 2 -wi 3 -w 1s -i 5 -r 1s \
  -rf json -rff "$OUT/production/projection-decode.json" | tee "$OUT/production/projection-decode.txt"
# RESULTS-single-table.md: decode of single-table items by the table's mixed decoder vs each entity's
# own (JMH), the line's attribution with allocation, and the collection query's request count.
mkdir -p "$OUT/single-table"
java -jar "$JAR" MixedDecodeBenchmark -f 2 -wi 4 -w 1s -i 5 -r 1s \
  -rf json -rff "$OUT/single-table/mixed-decode.json" | tee "$OUT/single-table/mixed-decode.txt"
java -jar "$JAR" 'MixedDecodeBenchmark.line' -f 2 -wi 4 -w 1s -i 5 -r 1s -prof gc \
  -rf json -rff "$OUT/single-table/line-attribution.json" | tee "$OUT/single-table/line-attribution.txt"
java -jar "$JAR" 'MixedDecodeBenchmark.page' -f 3 -wi 4 -w 1s -i 3 -r 1s -prof gc \
  -rf json -rff "$OUT/single-table/pages-gc.json" | tee "$OUT/single-table/pages-gc.txt"
{ java -cp "$JAR" dev.dynamorepo.benchmarks.shop.CollectionQueryHarness
  java -cp "$JAR" dev.dynamorepo.benchmarks.shop.CollectionQueryHarness 100; } | tee "$OUT/single-table/collection-query.txt"
