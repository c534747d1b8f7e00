// The checks a plugin's entry, descriptor and interface table must pass against the v1 ABI and
// against its plugin.json, filling a LoadedPlugin from what they say.
#pragma once

#include <string>
#include <vector>

#include <orderhub/abi/plugin.h>

#include "orderhub/loader/loaded_plugin.h"
#include "orderhub/loader/plugin_manifest.h"

namespace orderhub::loader {

// Returns every problem found (empty when the plugin is sound). Checks that would read through a
// struct already found unusable are skipped. plugin is filled as far as the checks got.
std::vector<std::string> check_entry(const orderhub_plugin_entry* entry,
                                     const PluginManifest& manifest, LoadedPlugin& plugin);

}  // namespace orderhub::loader
