#!/usr/bin/env bash
# Runs orderhub-plugin-manifest on a library it must refuse, and checks that it exits 1, names the
# problem, and leaves no plugin.json behind.
# Usage: manifest_refuses.sh TOOL LIBRARY WORK_DIR EXPECTED_MESSAGE
set -uo pipefail

tool=$1
library=$2
work_dir=$3
expected=$4

mkdir -p "$work_dir"
output="$work_dir/plugin.json"
rm -f "$output"

message=$("$tool" "$library" "$output" 2>&1)
status=$?

if [ "$status" -ne 1 ]; then
  echo "expected exit status 1, got $status; output: $message" >&2
  exit 1
fi
if [[ "$message" != *"$expected"* ]]; then
  echo "expected the message to contain: $expected" >&2
  echo "it was: $message" >&2
  exit 1
fi
if [ -e "$output" ]; then
  echo "a refused library still got a plugin.json" >&2
  exit 1
fi
