# Compiler flags for orderhub's own code: strict warnings, and the sanitizer build CI runs.
add_compile_options(-Wall -Wextra)
if(ORDERHUB_WERROR)
  add_compile_options(-Werror)
endif()

if(ORDERHUB_SANITIZE)
  set(ORDERHUB_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all
                               -fno-omit-frame-pointer)
  add_compile_options(${ORDERHUB_SANITIZER_FLAGS})
  add_link_options(${ORDERHUB_SANITIZER_FLAGS})
endif()

# Debug information: line tables (-g1) unless ORDERHUB_FULL_DEBUG_INFO is on. Line tables are what
# backtraces, debuggers' stack views and sanitizer reports need; full variable information costs
# about a third of the build time of the whole tree at -O2.
option(ORDERHUB_FULL_DEBUG_INFO "Full debug information (-g) instead of line tables (-g1)" OFF)
if(NOT ORDERHUB_FULL_DEBUG_INFO)
  foreach(language C CXX)
    foreach(configuration DEBUG RELWITHDEBINFO)
      string(REGEX REPLACE "(^| )-g( |$)" "\\1-g1\\2" CMAKE_${language}_FLAGS_${configuration}
                           "${CMAKE_${language}_FLAGS_${configuration}}")
    endforeach()
  endforeach()
endif()
