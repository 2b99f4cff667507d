#!/usr/bin/env bash
# Whole-process wall time and peak RSS of the csi command line, measured with GNU time.
#
#   csi-bench/scripts/end-to-end.sh [REPEATS] [bank|ingest|all]      (default 5 bank)
#
# Runs each case REPEATS times and prints the median and the minimum of the wall time and of
# the peak resident set size, for two launchers:
#   java -jar   plain 'java -jar csi-cli/target/csi.jar' (JVM defaults), and
#   bin/csi     the launcher script (class-data-sharing archive, start-up flags).
# Cases: one estimate of the ECSI bank model (250 x 27) as text and as JSON, and the text one
# with '--bootstrap 5000 --seed 1'. The report goes to /dev/null. Needs GNU time (/usr/bin/time;
# Debian/Ubuntu: apt-get install -y time) and a built jar (bin/csi builds it on first use).
# Timings on a shared machine vary: run it more than once and read the load average printed.
#
# 'ingest' (or 'all') measures reading large files (issue #11): the 1,000,000 x 15 float file of
# the simulated ACSI layout (126 MB, AcsiFloatGenerator) to a JSON report with --streaming and in
# memory, and the 1 GB file of 18.5 million rows x 27 small integers (CsvGenerator) with
# --streaming under -Xmx256m. The files are generated once into CSI_E2E_DIR (default
# /tmp/csi-e2e; about 1.2 GB) with csi-bench/target/benchmarks.jar (build it with
# 'mvn -B -DskipTests package -pl csi-bench -am'). With CSI_E2E_OLD_JAR=/path/to/csi.jar the
# same cases also run on that jar (e.g. one built from an older commit), for a side-by-side figure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repeats="${1:-5}"
cases="${2:-bank}"
jar="$root/csi-cli/target/csi.jar"
data="$root/csi-cli/src/test/resources/satisfaction"
gnu_time=/usr/bin/time

if [[ ! -x "$gnu_time" ]] || ! "$gnu_time" -f %e true >/dev/null 2>&1; then
    echo "end-to-end.sh: GNU time not found at $gnu_time (Debian/Ubuntu: apt-get install -y time)" >&2
    exit 2
fi
[[ "$repeats" =~ ^[1-9][0-9]*$ ]] || { echo "end-to-end.sh: REPEATS must be a positive integer, not '$repeats'" >&2; exit 2; }
[[ "$cases" =~ ^(bank|ingest|all)$ ]] || { echo "end-to-end.sh: cases must be bank, ingest or all, not '$cases'" >&2; exit 2; }

# One bin/csi run first, so the jar and its archive exist and are up to date.
"$root/bin/csi" --version >/dev/null

estimate=(estimate --data "$data/satisfaction.csv" --model "$data/ecsi-bank.model" --scale 0:10)

# Prints "median min" of the numbers on standard input.
median_min() {
    sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                        printf "%s %s", m, v[1] }'
}

# measure LABEL COMMAND...: REPEATS runs, then one line of medians and minima.
measure() {
    local label="$1"; shift
    local out times=() rss=()
    out="$(mktemp)"
    for ((i = 0; i < repeats; i++)); do
        if ! "$gnu_time" -f "%e %M" -o "$out" "$@" >/dev/null 2>/dev/null; then
            echo "end-to-end.sh: '$label' failed: $*" >&2
            rm -f "$out"
            exit 1
        fi
        read -r t m <"$out"
        times+=("$t"); rss+=("$m")
    done
    rm -f "$out"
    local tm rm
    tm="$(printf '%s\n' "${times[@]}" | median_min)"
    rm="$(printf '%s\n' "${rss[@]}" | median_min)"
    # GNU time gives the peak RSS in KiB.
    echo "$label|$tm $rm" | awk -F'|' '{ split($2, v, " ");
        printf "%-42s %7.2f %7.2f %9.0f %9.0f\n", $1, v[1], v[2], v[3] / 1024, v[4] / 1024 }'
}

echo "csi end to end, $repeats runs each, $(nproc) cores; $(uptime | sed 's/.*load/load/')"
printf '%-42s %7s %7s %9s %9s\n' "case" "med s" "min s" "med MiB" "min MiB"
if [[ "$cases" != ingest ]]; then
    measure "estimate, java -jar" java -jar "$jar" "${estimate[@]}"
    measure "estimate, bin/csi" "$root/bin/csi" "${estimate[@]}"
    measure "estimate --format json, java -jar" java -jar "$jar" "${estimate[@]}" --format json
    measure "estimate --format json, bin/csi" "$root/bin/csi" "${estimate[@]}" --format json
    measure "estimate --bootstrap 5000, java -jar" java -jar "$jar" "${estimate[@]}" --bootstrap 5000 --seed 1
    measure "estimate --bootstrap 5000, bin/csi" "$root/bin/csi" "${estimate[@]}" --bootstrap 5000 --seed 1
fi
if [[ "$cases" != bank ]]; then
    dir="${CSI_E2E_DIR:-/tmp/csi-e2e}"
    bench="$root/csi-bench/target/benchmarks.jar"
    [[ -f "$bench" ]] || { echo "end-to-end.sh: $bench missing: mvn -B -DskipTests package -pl csi-bench -am" >&2; exit 2; }
    mkdir -p "$dir"
    [[ -f "$dir/acsi-1m.csv" ]] || java -cp "$bench" dev.csimodel.bench.AcsiFloatGenerator "$dir/acsi-1m.csv" 1000000 \
        "$dir/acsi.model" >&2
    [[ -f "$dir/bank-1g.csv" ]] || java -cp "$bench" dev.csimodel.bench.CsvGenerator "$dir/bank-1g.csv" 18500000 >&2
    acsi=(estimate --data "$dir/acsi-1m.csv" --model "$dir/acsi.model" --scale 1:10 --format json)
    bank=(estimate --data "$dir/bank-1g.csv" --model "$data/ecsi-bank.model" --scale 1:10 --format json --streaming)
    measure "1M x 15 float --streaming, bin/csi" "$root/bin/csi" "${acsi[@]}" --streaming
    measure "1M x 15 float in memory, bin/csi" "$root/bin/csi" "${acsi[@]}"
    measure "1M x 15 float --streaming, 1 thread" "$root/bin/csi" "${acsi[@]}" --streaming --read-threads 1
    measure "1 GB --streaming -Xmx256m, java -jar" java -Xmx256m -jar "$jar" "${bank[@]}"
    if [[ -n "${CSI_E2E_OLD_JAR:-}" ]]; then
        old=(java -XX:+UseSerialGC -Xshare:auto -jar "$CSI_E2E_OLD_JAR")
        measure "old: 1M x 15 float --streaming" "${old[@]}" "${acsi[@]}" --streaming
        measure "old: 1M x 15 float in memory" "${old[@]}" "${acsi[@]}"
        measure "old: 1 GB --streaming -Xmx256m" java -Xmx256m -jar "$CSI_E2E_OLD_JAR" "${bank[@]}"
    fi
fi
echo "after: $(uptime | sed 's/.*load/load/')"
