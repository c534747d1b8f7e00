// The commands of the orderhub executable, one line each; each command lives in its own file.
#include "orderhub/cli/command.h"
#include "plugins_commands.h"

namespace orderhub::cli {

CommandRegistry builtin_commands() {
  CommandRegistry registry;
  registry.add(plugins_command());
  return registry;
}

}  // namespace orderhub::cli
