#!/usr/bin/env bash
# Makes the Dockerfile's two base images from Debian's packages and a local Java 25, for machines that reach
# no container registry (with a registry, the Dockerfile's defaults, the public Temurin images, need nothing):
#   docker/base-images.sh                      -> api-emulator-base:25-jdk and api-emulator-base:25-jre
#   docker build --network host -f docker/Dockerfile \
#     --build-arg JDK_IMAGE=api-emulator-base:25-jdk --build-arg JRE_IMAGE=api-emulator-base:25-jre -t api-emulator .
# Root filesystem: `mmdebstrap --variant=minbase` of this machine's Debian release from its own apt sources.
# Java: JAVA25_HOME (default: the Temurin 25 under /usr/lib/jvm), copied whole for the JDK image and cut down
# with jlink for the JRE image. The CA certificates this machine trusts beyond Debian's
# (/usr/local/share/ca-certificates) go into both images' system and Java trust stores, or Maven inside the
# build could not reach Maven Central through this machine's network.
# Needs root, a running Docker engine and mmdebstrap (apt-get install docker.io mmdebstrap).
set -euo pipefail

JAVA25_HOME=${JAVA25_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk* 2>/dev/null | head -n 1)}
JDK_IMAGE=${JDK_IMAGE:-api-emulator-base:25-jdk}
JRE_IMAGE=${JRE_IMAGE:-api-emulator-base:25-jre}
SUITE=${SUITE:-$(. /etc/os-release && echo "$VERSION_CODENAME")}
# what a Java server needs at run time: no compiler, debugger, packaging or desktop-only modules
JRE_EXCLUDED='^(jdk\.(compiler|javadoc|jshell|jdeps|jlink|jpackage|jartool|jconsole|jstatd|jdi|editpad|hotspot\.agent|internal\.(ed|le|opt|md)|graal\.compiler.*|internal\.vm\.ci)|java\.compiler)$'

[ -x "${JAVA25_HOME:-}/bin/jlink" ] || { echo "base-images: no JDK 25 at '${JAVA25_HOME:-}' (set JAVA25_HOME)" >&2; exit 1; }
WORK=$(mktemp -d -t api-emulator-base.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# the machine's apt sources (deb822 files, else sources.list), so the root filesystem comes from the same mirror
if compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
  cat /etc/apt/sources.list.d/*.sources >"$WORK/sources"
else
  grep -h '^deb ' /etc/apt/sources.list >"$WORK/sources"
fi

echo "base-images: Debian $SUITE minbase root filesystem" >&2
mkdir -p "$WORK/extra-ca"
cp /usr/local/share/ca-certificates/*.crt "$WORK/extra-ca/" 2>/dev/null || true
mmdebstrap --quiet --variant=minbase --include=ca-certificates,passwd --aptopt='Acquire::Retries "5"' \
  --customize-hook="cp $WORK/extra-ca/. \"\$1/usr/local/share/ca-certificates/\" -r" \
  --customize-hook='chroot "$1" update-ca-certificates >/dev/null' \
  --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*' \
  "$SUITE" "$WORK/rootfs" - <"$WORK/sources"

# java_into DIR: a Java under /opt/java/openjdk in the root filesystem, trusting the extra CA certificates
java_into() {
  rm -rf "$WORK/rootfs/opt/java"
  mkdir -p "$WORK/rootfs/opt/java"
  cp -a "$1" "$WORK/rootfs/opt/java/openjdk"
  local cacerts="$WORK/rootfs/opt/java/openjdk/lib/security/cacerts" crt
  # a distribution's cacerts may be a link to the host's store: the image gets a copy of its own
  if [ -L "$cacerts" ]; then cp --remove-destination "$(readlink -f "$cacerts")" "$cacerts"; fi
  for crt in "$WORK"/extra-ca/*.crt; do
    [ -e "$crt" ] || continue
    "$JAVA25_HOME/bin/keytool" -importcert -noprompt -cacerts -storepass changeit -keystore "$cacerts" \
      -alias "local-$(basename "$crt" .crt)" -file "$crt" >/dev/null 2>&1 || true
  done
}

# import NAME: the root filesystem as image NAME, with the Temurin images' Java environment
# (BASE_LABEL=key=value adds a label: scripts/ci-docker.sh records what the images were made from)
import() {
  local label=()
  [ -z "${BASE_LABEL:-}" ] || label=(--change "LABEL $BASE_LABEL")
  tar -C "$WORK/rootfs" -c . | docker import "${label[@]}" \
    --change 'ENV JAVA_HOME=/opt/java/openjdk' \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["bash"]' - "$1" >/dev/null
  echo "base-images: $1 ($(docker image inspect -f '{{.Size}}' "$1" | awk '{printf "%d MB", $1 / 1000000}'))" >&2
}

java_into "$JAVA25_HOME"
import "$JDK_IMAGE"

modules=$("$JAVA25_HOME/bin/java" --list-modules | sed 's/@.*//' | grep -Ev "$JRE_EXCLUDED" | paste -sd, -)
"$JAVA25_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$WORK/jre" >/dev/null
java_into "$WORK/jre"
import "$JRE_IMAGE"
