// Reading and writing the versioned structs that cross the plugin ABI, by its rules: a reader
// copies min(struct_size, sizeof) into a zeroed local and refuses a struct smaller than its v1.0
// size; a writer never writes past the struct_size its owner declared.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <orderhub/abi/status.h>
#include <orderhub/abi/writer.h>

namespace orderhub::services {

// The size of a v1.0 struct: the end of its last v1.0 field. Later minors append fields, so this
// stays the minimum a reader accepts even when sizeof(Struct) grows.
#define ORDERHUB_V1_SIZE(Struct, last_field) \
  (offsetof(Struct, last_field) + sizeof(Struct::last_field))

// Copies *source into destination (zeroed first) as the ABI rules say. Returns false, leaving
// destination zeroed, when source is NULL or declares a struct_size below minimum_size; the caller
// reports that with the struct's name. declared_size receives the struct_size read, if wanted.
template <class Struct>
bool copy_versioned_struct(const Struct* source, std::size_t minimum_size, Struct& destination,
                           std::uint32_t* declared_size = nullptr) {
  std::memset(static_cast<void*>(&destination), 0, sizeof(Struct));
  if (source == nullptr) {
    return false;
  }
  std::uint32_t size = 0;
  std::memcpy(&size, source, sizeof(size));
  if (declared_size != nullptr) {
    *declared_size = size;
  }
  if (size < minimum_size) {
    return false;
  }
  std::memcpy(static_cast<void*>(&destination), source,
              std::min<std::size_t>(size, sizeof(Struct)));
  return true;
}

// Fills a caller-owned orderhub_error: message truncated to fit (and to struct_size),
// NUL-terminated. Does nothing for a NULL error or one whose struct_size cannot hold the fields.
void fill_error(orderhub_error* error, std::string_view message, std::uint32_t retry_after_ms = 0);

// Reads the message a callee left in an error the caller owns, stopping at the NUL or the capacity.
std::string_view error_message(const orderhub_error& error);

// Writes data through a writer the other side owns. Returns the writer's status; INVALID_ARGUMENT
// for a writer that is NULL, too small or without a write function.
orderhub_status write_through(const orderhub_writer* writer, std::string_view data);

}  // namespace orderhub::services
