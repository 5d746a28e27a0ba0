#!/usr/bin/env bash
# Installs Debian's chromium when missing, for BrowserUploadTest (tus-js-client in a real browser; it skips
# without Chromium). Node and npm are expected on the machine; the tests install their npm packages themselves.
set -euo pipefail
if ! command -v chromium >/dev/null; then
  echo "install-chromium: installing Chromium (apt-get install -y chromium)" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o Acquire::Retries=5 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o Acquire::Retries=5 -o DPkg::Lock::Timeout=900 install -y -qq chromium >/dev/null
fi
