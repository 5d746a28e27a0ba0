-- Shared wrk done(): one machine-readable RESULT line that the bench scripts parse.
-- Loaded with dofile() by the request scripts; BENCH_WRK_DIR points at this folder.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f socket_errors=%d non2xx3xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
