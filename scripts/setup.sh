#!/bin/sh
# Installs what kg needs to build, test and benchmark on Debian 12 (bookworm).
# Runs apt-get through sudo when not root. Safe to run again.
set -eu

PACKAGES="
  build-essential cmake ninja-build pkg-config
  librocksdb-dev libboost-graph-dev nlohmann-json3-dev libsimdjson-dev catch2 libicu-dev
  libgraphviz-dev graphviz libssl-dev libjemalloc-dev iso-codes
  python3 python3-networkx python3-numpy python3-scipy python3-pyld raptor2-utils
  opennlp jq gettext
  clang libclang-rt-dev clang-format
"

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $PACKAGES
