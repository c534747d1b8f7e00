// Queries on a loaded plugin.
#include "orderhub/loader/loaded_plugin.h"

#include <algorithm>

namespace orderhub::loader {

bool LoadedPlugin::has_capability(std::string_view capability) const {
  return std::find(capabilities.begin(), capabilities.end(), capability) != capabilities.end();
}

}  // namespace orderhub::loader
