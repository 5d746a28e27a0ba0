#!/usr/bin/env bash
# Start-up of the Docker image: bench/docker-startup.sh [runs] [image]     (default 5 runs of api-emulator:ci;
# build it first, e.g. with scripts/ci-docker.sh or `docker build -f docker/Dockerfile -t api-emulator:ci .`)
# Per run, from `docker run` (a new container, port published on 127.0.0.1):
#   - the first 200 from GET /v1/health through the mapped port;
#   - the image's own HEALTHCHECK reporting healthy, probed every 250 ms for this measure (the image's 5 s interval
#     would round the figure up to its next probe).
# Prints each run and the medians, with the image size and the machine's load.
set -euo pipefail
RUNS=${1:-5}
IMAGE=${2:-api-emulator:ci}
NAME=api-emulator-bench-$$

docker image inspect "$IMAGE" >/dev/null || { echo "no image $IMAGE: build it first" >&2; exit 1; }

now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
WORK=$(mktemp -d); trap 'docker rm -f "$NAME" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

for run in $(seq "$RUNS"); do
  start=$(now_ms)
  docker run -d --name "$NAME" -p 127.0.0.1::8080 --health-interval=250ms "$IMAGE" >/dev/null
  port=$(docker port "$NAME" 8080/tcp | head -n 1 | sed 's/.*://')
  health=
  for _ in $(seq 1200); do  # at most 2 minutes
    if [ -z "$health" ] && curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/v1/health"; then
      health=$(($(now_ms) - start))
    fi
    if [ "$(docker inspect -f '{{.State.Health.Status}}' "$NAME")" = healthy ]; then break; fi
    sleep 0.1
  done
  healthy=$(($(now_ms) - start))
  [ "$(docker inspect -f '{{.State.Health.Status}}' "$NAME")" = healthy ] || { docker logs --tail 30 "$NAME" >&2; exit 1; }
  echo "$health" >>"$WORK/health"; echo "$healthy" >>"$WORK/healthy"
  echo "run $run: /v1/health 200 after ${health} ms, healthy after ${healthy} ms" >&2
  docker rm -f "$NAME" >/dev/null
done

echo "image $IMAGE: $(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%d MB", $1 / 1000000}')"
echo "median of $RUNS runs: /v1/health 200 after $(median <"$WORK/health") ms, HEALTHCHECK healthy after $(median <"$WORK/healthy") ms"
echo "(nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg))"
