#!/usr/bin/env bash
# Installs the plugin API package from a build tree to a fresh prefix, builds the hello-invoice
# example out of tree against it (a separate CMake project, as a third party would), checks the
# manifest and the one exported symbol, and asks orderhub to check the plugin.
#
# Usage: package_invoice_test.sh SOURCE_DIR BUILD_DIR WORK_DIR CXX_COMPILER
set -euo pipefail

source_dir=$1
build_dir=$2
work_dir=$3
cxx_compiler=$4

fail() {
  echo "invoice package test: $*" >&2
  exit 1
}

rm -rf "$work_dir"
mkdir -p "$work_dir"
prefix="$work_dir/prefix"
cmake --install "$build_dir" --prefix "$prefix" --component orderhub-plugin-api

# Strict flags so that the SDK's invoice headers are proven warning-free outside the project.
example_build="$work_dir/hello-invoice-build"
cmake -S "$source_dir/examples/hello-invoice" -B "$example_build" \
  -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_CXX_COMPILER="$cxx_compiler" \
  -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror"
cmake --build "$example_build" -j2

plugin_dir="$example_build/plugins/hello-invoice"
[ -f "$plugin_dir/plugin.json" ] || fail "no plugin.json in $plugin_dir"
[ -f "$plugin_dir/libhello-invoice.so" ] || fail "no libhello-invoice.so in $plugin_dir"

python3 - "$plugin_dir/plugin.json" <<'PYTHON'
import json, sys
manifest = json.load(open(sys.argv[1]))
expected = {
    "id": "org.example.hello-invoice", "name": "Hello Invoice", "vendor": "Example Vendor",
    "version": "0.1.0", "kind": "invoice", "abi": {"major": 1, "minor": 0},
    "capabilities": ["invoice.render"], "library": "libhello-invoice.so",
}
for key, value in expected.items():
    if manifest.get(key) != value:
        sys.exit(f"plugin.json: {key} is {manifest.get(key)!r}, expected {value!r}")
PYTHON

exported=$(nm -D --defined-only "$plugin_dir/libhello-invoice.so" | awk '$2 ~ /^[A-Z]$/ {print $3}')
[ "$exported" = "orderhub_plugin_entry_v1" ] || fail "the plugin exports: $exported"

[ -x "$build_dir/bin/orderhub" ] || fail "no orderhub executable in $build_dir/bin"
"$build_dir/bin/orderhub" plugins check "$plugin_dir"

echo "invoice package test: passed"
