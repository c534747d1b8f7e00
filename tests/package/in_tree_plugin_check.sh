#!/usr/bin/env bash
# Checks the plugin directory that orderhub_add_plugin() produced in-tree: the library, and a
# plugin.json naming it and the plugin's id.
# Usage: in_tree_plugin_check.sh PLUGIN_DIR LIBRARY_FILE_NAME EXPECTED_ID
set -euo pipefail

plugin_dir=$1
library=$2
expected_id=$3

[ -f "$plugin_dir/$library" ] || { echo "no $library in $plugin_dir" >&2; exit 1; }
python3 - "$plugin_dir/plugin.json" "$library" "$expected_id" <<'PYTHON'
import json, sys
path, library, expected_id = sys.argv[1:]
manifest = json.load(open(path))
if manifest.get("id") != expected_id:
    sys.exit(f"{path}: id is {manifest.get('id')!r}, expected {expected_id!r}")
if manifest.get("library") != library:
    sys.exit(f"{path}: library is {manifest.get('library')!r}, expected {library!r}")
PYTHON
