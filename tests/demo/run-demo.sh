#!/usr/bin/env bash
# The main job of `make demo`.
set -euo pipefail
build_dir=${1:-build}
"$build_dir/bin/orderhub" plugins list
