# Writes OUTPUT: a C++ file holding every SCHEMA_DIRECTORY/*.schema.json as a raw string literal,
# keyed by its file name without ".schema.json" ("order_batch"). Run with cmake -P at build time.
file(GLOB schema_files ${SCHEMA_DIRECTORY}/*.schema.json)
list(SORT schema_files)

set(delimiter "orderhub_schema")
set(entries "")
foreach(schema_file IN LISTS schema_files)
  get_filename_component(file_name ${schema_file} NAME)
  string(REPLACE ".schema.json" "" schema_name ${file_name})
  file(READ ${schema_file} schema_text)
  string(FIND "${schema_text}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${schema_file} contains the raw string delimiter ${delimiter}")
  endif()
  string(APPEND entries "    {\"${schema_name}\", R\"${delimiter}(${schema_text})${delimiter}\"},\n")
endforeach()

set(content "// Generated from plugin-api/schema/*.schema.json by embed_schemas.cmake: do not edit.
#include \"pipeline/documents/embedded_schemas.h\"

namespace orderhub::pipeline {

std::span<const EmbeddedSchema> embedded_schemas() {
  static const EmbeddedSchema schemas[] = {
${entries}  };
  return schemas;
}

}  // namespace orderhub::pipeline
")

file(WRITE ${OUTPUT} "${content}")
