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
