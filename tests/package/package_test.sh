#!/usr/bin/env bash
# Installs the plugin API package from a build tree to a fresh prefix, builds the example plugin
# out of tree against it (a separate CMake project, as a third party would), checks the plugin
# directory it produces, installs that, and, when the build has the orderhub binary, asks it to
# check the plugin.
#
# Usage: package_test.sh SOURCE_DIR BUILD_DIR WORK_DIR CXX_COMPILER
set -euo pipefail

source_dir=$1
build_dir=$2
work_dir=$3
cxx_compiler=$4

fail() {
  echo "package test: $*" >&2
  exit 1
}

rm -rf "$work_dir"
mkdir -p "$work_dir"
prefix="$work_dir/prefix"

cmake --install "$build_dir" --prefix "$prefix" --component orderhub-plugin-api

for installed in \
    "$prefix/include/orderhub/abi.h" \
    "$prefix/include/orderhub/sdk.h" \
    "$prefix/share/orderhub/schema/order_batch.schema.json" \
    "$prefix/bin/orderhub-plugin-manifest" \
    "$prefix/lib/cmake/OrderHubPluginApi/OrderHubPluginApiConfig.cmake" \
    "$prefix/lib/cmake/OrderHubPluginApi/OrderHubPluginApiConfigVersion.cmake" \
    "$prefix/lib/cmake/OrderHubPluginApi/OrderHubAddPlugin.cmake" \
    "$prefix/lib/cmake/OrderHubPluginApi/orderhub-plugin.map"; do
  [ -e "$installed" ] || fail "the package lacks $installed"
done
schema_count=$(find "$prefix/share/orderhub/schema" -name '*.schema.json' | wc -l)
[ "$schema_count" -eq 12 ] || fail "the package holds $schema_count schemas, expected 12"

# Strict flags so that the SDK headers are proven warning-free outside the project's own flags.
example_build="$work_dir/hello-channel-build"
cmake -S "$source_dir/examples/hello-channel" -B "$example_build" \
  -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_CXX_COMPILER="$cxx_compiler" \
  -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror"
cmake --build "$example_build" -j2

plugin_dir="$example_build/plugins/hello-channel"
[ -f "$plugin_dir/plugin.json" ] || fail "no plugin.json in $plugin_dir"
[ -f "$plugin_dir/libhello-channel.so" ] || fail "no libhello-channel.so in $plugin_dir"

python3 - "$plugin_dir/plugin.json" <<'PYTHON'
import json, sys
manifest = json.load(open(sys.argv[1]))
expected = {
    "id": "org.example.hello", "name": "Hello", "vendor": "Example Vendor", "version": "0.1.0",
    "kind": "channel", "abi": {"major": 1, "minor": 0},
    "capabilities": ["orders.download", "shipment.upload"], "library": "libhello-channel.so",
}
for key, value in expected.items():
    if manifest.get(key) != value:
        sys.exit(f"plugin.json: {key} is {manifest.get(key)!r}, expected {value!r}")
PYTHON

# Only orderhub_plugin_entry_v1 may be exported.
exported=$(nm -D --defined-only "$plugin_dir/libhello-channel.so" | awk '$2 ~ /^[A-Z]$/ {print $3}')
[ "$exported" = "orderhub_plugin_entry_v1" ] || fail "the plugin exports: $exported"

cmake --install "$example_build" --prefix "$work_dir/plugin-prefix"
for installed in libhello-channel.so plugin.json; do
  [ -f "$work_dir/plugin-prefix/lib/orderhub/plugins/hello-channel/$installed" ] ||
    fail "installing the example did not install $installed"
done

if [ -x "$build_dir/bin/orderhub" ]; then
  "$build_dir/bin/orderhub" plugins check "$plugin_dir"
fi

echo "package test: passed"
