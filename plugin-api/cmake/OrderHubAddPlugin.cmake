# orderhub_add_plugin(<name> [NO_INSTALL] <source>...): builds an orderhub plugin the one way every plugin is
# built, first-party or third-party: a MODULE library compiled as C++17 against OrderHub::PluginApi,
# exporting only orderhub_plugin_entry_v*, with no undefined symbols, placed in
# ${ORDERHUB_PLUGIN_OUTPUT_DIRECTORY}/<name>/ (default ${CMAKE_BINARY_DIR}/plugins) together with the
# plugin.json that orderhub-plugin-manifest writes after every link.
#
# Installing the project puts both files in ${ORDERHUB_PLUGIN_INSTALL_DIRECTORY}/<name>/ (default
# ${CMAKE_INSTALL_LIBDIR}/orderhub/plugins), unless NO_INSTALL is given (plugins built for tests).
#
# Used in-tree (plugin-api/CMakeLists.txt includes this file) and from the installed package
# (OrderHubPluginApiConfig.cmake includes it), so the file must not depend on where it lives except
# through the global property set below.
include_guard(GLOBAL)
include(GNUInstallDirs)

# Where the linker version script sits: beside this file, in-tree and installed alike. Remembered
# globally because the function runs in other directories, where CMAKE_CURRENT_LIST_DIR differs.
set_property(GLOBAL PROPERTY ORDERHUB_PLUGIN_API_CMAKE_DIRECTORY "${CMAKE_CURRENT_LIST_DIR}")

function(orderhub_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 plugin "NO_INSTALL" "" "")
  set(sources ${plugin_UNPARSED_ARGUMENTS})
  if(NOT sources)
    message(FATAL_ERROR "orderhub_add_plugin(${name}): no source files given")
  endif()
  if(NOT TARGET OrderHub::PluginApi OR NOT TARGET OrderHub::plugin-manifest)
    message(FATAL_ERROR "orderhub_add_plugin(${name}): OrderHub::PluginApi and "
                        "OrderHub::plugin-manifest are missing; find_package(OrderHubPluginApi) first")
  endif()
  get_property(cmake_directory GLOBAL PROPERTY ORDERHUB_PLUGIN_API_CMAKE_DIRECTORY)
  set(version_script "${cmake_directory}/orderhub-plugin.map")

  if(DEFINED ORDERHUB_PLUGIN_OUTPUT_DIRECTORY)
    set(output_directory "${ORDERHUB_PLUGIN_OUTPUT_DIRECTORY}/${name}")
  else()
    set(output_directory "${CMAKE_BINARY_DIR}/plugins/${name}")
  endif()
  if(DEFINED ORDERHUB_PLUGIN_INSTALL_DIRECTORY)
    set(install_directory "${ORDERHUB_PLUGIN_INSTALL_DIRECTORY}/${name}")
  else()
    set(install_directory "${CMAKE_INSTALL_LIBDIR}/orderhub/plugins/${name}")
  endif()

  add_library(${name} MODULE ${sources})
  target_link_libraries(${name} PRIVATE OrderHub::PluginApi)
  set_target_properties(${name} PROPERTIES
    CXX_STANDARD 17
    CXX_STANDARD_REQUIRED ON
    CXX_EXTENSIONS OFF
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    # The generator expression keeps multi-config generators from appending a per-config folder:
    # the host looks for exactly <output>/<name>/.
    LIBRARY_OUTPUT_DIRECTORY "$<1:${output_directory}>"
    LINK_DEPENDS "${version_script}")
  target_link_options(${name} PRIVATE
    "LINKER:--version-script=${version_script}"
    "LINKER:--no-undefined")

  add_custom_command(TARGET ${name} POST_BUILD
    COMMAND OrderHub::plugin-manifest "$<TARGET_FILE:${name}>"
            "$<TARGET_FILE_DIR:${name}>/plugin.json"
    COMMENT "Writing plugin.json for ${name}"
    VERBATIM)

  if(NOT plugin_NO_INSTALL)
    install(TARGETS ${name} LIBRARY DESTINATION "${install_directory}")
    install(FILES "$<TARGET_FILE_DIR:${name}>/plugin.json" DESTINATION "${install_directory}")
  endif()
endfunction()
