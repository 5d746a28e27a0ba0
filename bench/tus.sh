#!/usr/bin/env bash
# TUS upload throughput with the official Java client (tus-java-client 0.5.1, CHUNK bytes per PATCH):
# this server's /v1/upload/{onna_id}/tus vs @tus/server 2.4.5 + @tus/file-store 2.1.1, both storing on the same disk
# (under BENCH_TMP), with raw `dd` write speed there as the ceiling. This server's RSS is sampled during uploads of
# two sizes (SIZE2 and SIZE) to show memory stays flat, i.e. bodies are streamed, not buffered.
# Usage: bench/tus.sh     (SIZE=1GiB SIZE2=256MiB CHUNK=8MiB WARMUP=128MiB BENCH_TMP=/tmp JAR=...; SIDES="ours peer")
# Goals: ours/peer MiB/s >= 1.0; peak RSS < 400 MiB at both sizes, about the same at both.
source "$(dirname "$0")/lib.sh"
need java curl jq node npm dd

# bytes_of 8MiB -> 8388608 (KiB/MiB/GiB suffixes, or plain bytes)
bytes_of() {
  local v="$1"
  case "$v" in
    *GiB) echo $(( ${v%GiB} * 1073741824 )) ;;
    *MiB) echo $(( ${v%MiB} * 1048576 )) ;;
    *KiB) echo $(( ${v%KiB} * 1024 )) ;;
    *) echo "$v" ;;
  esac
}
SIZE_B="$(bytes_of "${SIZE:-1GiB}")"
SIZE2_B="$(bytes_of "${SIZE2:-$(( SIZE_B / 4 ))}")"
CHUNK_B="$(bytes_of "${CHUNK:-8MiB}")"
# uploaded to each server before its measured upload (0 = none): the JVM's JIT (and V8's) warm up first
WARMUP_B="$(bytes_of "${WARMUP:-128MiB}")"
SIDES="${SIDES:-ours peer}"
has_side() { [[ " $SIDES " == *" $1 "* ]]; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }

UPLOADER_DIR="$BENCH_DIR/tus-uploader"
if [[ ! -f "$UPLOADER_DIR/target/tus-uploader-1.jar" || -n "${BUILD:-}" ]]; then
  log "building bench/tus-uploader"
  (cd "$REPO_DIR" && ./mvnw -B -q -ntp -f "$UPLOADER_DIR/pom.xml" package) >&2
fi
upload() { # upload CREATION_URL BYTES [BEARER] -> RESULT fields
  TUS_BEARER="${3:-}" java -cp "$UPLOADER_DIR/target/tus-uploader-1.jar:$UPLOADER_DIR/target/lib/*" \
    bench.TusUploadBench "$1" "$2" "$CHUNK_B" | sed -n 's/^RESULT //p'
}

# --- ceiling: raw sequential write to the same disk
dd_mib_s() {
  local out count=$(( (SIZE_B + CHUNK_B - 1) / CHUNK_B ))
  out="$(dd if=/dev/zero of="$RUN_DIR/dd.bin" bs="$CHUNK_B" count="$count" oflag=direct 2>&1)" \
    || out="$(dd if=/dev/zero of="$RUN_DIR/dd.bin" bs="$CHUNK_B" count="$count" conv=fdatasync 2>&1)"
  rm -f "$RUN_DIR/dd.bin"
  awk '/copied/ { for (i = 1; i <= NF; i++) if ($i == "copied,") { printf "%.1f", $1 / 1048576 / $(i + 1); exit } }' <<<"$out"
}
log "dd ceiling: writing $(mib "$SIZE_B") MiB to $RUN_DIR"
dd_speed="$(dd_mib_s)"

# --- peer: @tus/server + file store
if has_side peer; then
  if [[ ! -d "$BENCH_DIR/node_modules/@tus/server" ]]; then
    log "installing @tus/server and @tus/file-store (npm ci)"
    (cd "$BENCH_DIR" && npm ci --no-audit --no-fund) >&2
  fi
  pport="$(free_port 18090)"
  mkdir -p "$RUN_DIR/peer-store"
  node "$BENCH_DIR/tus-peer.mjs" "$RUN_DIR/peer-store" "$pport" >"$RUN_DIR/peer.log" 2>&1 &
  launched; peer_pid="$LAST_PID"
  until curl -fsS -o /dev/null -X OPTIONS "http://127.0.0.1:$pport/files" 2>/dev/null; do
    kill -0 "$peer_pid" 2>/dev/null || die "tus peer exited: $(cat "$RUN_DIR/peer.log")"; sleep 0.1
  done
  if (( WARMUP_B > 0 )); then
    log "warm-up: $(mib "$WARMUP_B") MiB to @tus/server"
    upload "http://127.0.0.1:$pport/files" "$WARMUP_B" >/dev/null || die "warm-up upload to the peer failed"
  fi
  log "uploading $(mib "$SIZE_B") MiB to @tus/server"
  peer_result="$(upload "http://127.0.0.1:$pport/files" "$SIZE_B")" && [[ -n "$peer_result" ]] \
    || die "upload to the peer failed (log: $RUN_DIR/peer.log, BENCH_KEEP=1 keeps it)"
  peer_rss="$(rss_mib "$peer_pid" VmHWM)"
  log "peer: $peer_result"
  stop_pid "$peer_pid"
  rm -rf "$RUN_DIR/peer-store"
fi

# --- this server, once per size, each on a fresh server so VmHWM belongs to that upload
# sample_rss PID FILE: the highest VmRSS seen every 100 ms while PID lives, written to FILE (MiB)
sample_rss() {
  local max=0 kib
  while kib="$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$1/status" 2>/dev/null)" && [[ -n "$kib" ]]; do
    (( kib > max )) && { max="$kib"; echo "$max" >"$2"; }
    sleep 0.1
  done
}
declare -A OURS OURS_RSS_BEFORE OURS_RSS_PEAK OURS_HWM
ours_upload() { # ours_upload BYTES
  local bytes="$1" port base token ws file pid sampler
  port="$(free_port 18080)"; base="http://127.0.0.1:$port"
  start_server "$port" "$RUN_DIR/data-$bytes" "$RUN_DIR/ours-$bytes.log"; pid="$LAST_PID"
  wait_ok "$base/v1/health" "$pid" "${START_TIMEOUT:-180}"
  token="$(onna_token "$base")"
  ws="$(create_workspace "$base" "$token" tus-bench)"
  new_file() {
    curl -fsS -X POST "$base/v1/resources/files" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"onna_parent_id\":\"$ws\",\"ref\":\"bench-$1\",\"url\":\"https://example.com/bench.bin\",\"name\":\"bench.bin\"}" \
      | jq -er .onna_id || die "creating the file resource failed"
  }
  if (( WARMUP_B > 0 )); then
    log "warm-up: $(mib "$WARMUP_B") MiB to this server"
    upload "$base/v1/upload/$(new_file warmup)/tus" "$WARMUP_B" "$token" >/dev/null || die "warm-up upload failed"
  fi
  file="$(new_file "$bytes")"
  OURS_RSS_BEFORE[$bytes]="$(rss_mib "$pid" VmRSS)"
  sample_rss "$pid" "$RUN_DIR/rss-$bytes" & launched; sampler="$LAST_PID"
  log "uploading $(mib "$bytes") MiB to this server (file $file)"
  OURS[$bytes]="$(upload "$base/v1/upload/$file/tus" "$bytes" "$token")" && [[ -n "${OURS[$bytes]}" ]] || die "upload to this server failed (log: $RUN_DIR/ours-$bytes.log, BENCH_KEEP=1 keeps it)"
  OURS_HWM[$bytes]="$(rss_mib "$pid" VmHWM)"
  stop_pid "$sampler"
  OURS_RSS_PEAK[$bytes]="$(awk '{ printf "%.1f", $1 / 1024 }' "$RUN_DIR/rss-$bytes")"
  local size
  size="$(curl -fsS -H "Authorization: Bearer $token" "$base/v1/resources/files/$file" | jq -r '.size // empty')"
  [[ "$size" == "$bytes" ]] || log "WARNING: file read reports size '${size}', expected $bytes"
  log "ours $(mib "$bytes") MiB: ${OURS[$bytes]}; RSS before ${OURS_RSS_BEFORE[$bytes]} MiB, peak ${OURS_RSS_PEAK[$bytes]} MiB"
  stop_pid "$pid"
  rm -rf "$RUN_DIR/data-$bytes"
}
if has_side ours; then
  SERVER_JAR="$(server_jar)"
  ours_upload "$SIZE2_B"
  ours_upload "$SIZE_B"
fi

ours_speed="$(field "${OURS[$SIZE_B]:-}" mib_s)"
peer_speed="$(field "${peer_result:-}" mib_s)"
r="$(ratio "$ours_speed" "$peer_speed")"
print_header "tus ($(mib "$SIZE_B") MiB in $(mib "$CHUNK_B") MiB PATCHes, tus-java-client 0.5.1; storage under $BENCH_TMP)"
printf '%-40s %12s %s\n' "upload to" "MiB/s" "vs peer"
printf '%-40s %12s %s\n' "this server" "${ours_speed:--}" "$r (goal >= 1.00 $(verdict "$r" '>=' 1.0))"
printf '%-40s %12s %s\n' "@tus/server 2.4.5 + @tus/file-store" "${peer_speed:--}" "peak RSS ${peer_rss:--} MiB"
printf '%-40s %12s %s\n' "dd write ceiling (same disk)" "${dd_speed:--}" "ours/dd $(ratio "$ours_speed" "$dd_speed")"
if has_side ours; then
  printf '%-12s %12s %16s %16s %12s\n' "size (MiB)" "MiB/s" "RSS before (MiB)" "RSS peak (MiB)" "VmHWM (MiB)"
  for b in "$SIZE2_B" "$SIZE_B"; do
    printf '%-12s %12s %16s %16s %12s\n' "$(mib "$b")" "$(field "${OURS[$b]}" mib_s)" "${OURS_RSS_BEFORE[$b]}" \
      "${OURS_RSS_PEAK[$b]}" "${OURS_HWM[$b]}"
  done
  big="${OURS_RSS_PEAK[$SIZE_B]}"; small="${OURS_RSS_PEAK[$SIZE2_B]}"
  flat="$(ratio "$big" "$small")"
  under="$(awk -v a="$big" -v b="$small" 'BEGIN { print (a + 0 < 400 && b + 0 < 400) ? "PASS" : "FAIL" }')"
  echo "peak RSS < 400 MiB: $under; peak at $(mib "$SIZE_B") MiB / peak at $(mib "$SIZE2_B") MiB: $flat (goal about 1.0, $(verdict "$flat" '<=' 1.15) at <= 1.15)"
fi
