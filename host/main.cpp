// The orderhub executable: everything it does lives in the cli library.
#include "orderhub/cli/application.h"

int main(int argc, char** argv) {
  return orderhub::cli::run_application(argc, argv);
}
