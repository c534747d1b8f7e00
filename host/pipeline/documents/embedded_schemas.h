// embedded_schemas.h: the JSON Schemas of plugin-api/schema, compiled into the binary at build
// time (embed_schemas.cmake generates the definition), so validation never depends on files
// installed beside the executable.
#pragma once

#include <span>
#include <string_view>

namespace orderhub::pipeline {

struct EmbeddedSchema {
  std::string_view name;  // the file name without ".schema.json": "order_batch"
  std::string_view text;  // the schema, verbatim
};

// Every schema, by name.
std::span<const EmbeddedSchema> embedded_schemas();

}  // namespace orderhub::pipeline
