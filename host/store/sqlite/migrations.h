// migrations.h: the SQLite schema as an ordered list of migrations compiled into the binary, and
// the step that brings a database up to the latest one.
//
// Rules: a released migration is never edited; a change is a new migration appended with the next
// version. The version of a database lives in the one-row table schema_version.
#pragma once

#include <span>
#include <string_view>

namespace orderhub::store::sqlite {

class Connection;

struct Migration {
  int version;
  std::string_view summary;
  std::string_view sql;
};

std::span<const Migration> migrations();

// The version the newest migration brings a database to.
int latest_schema_version();

// The database's version; 0 for a database without orderhub tables.
int read_schema_version(Connection& connection);

// Applies every migration newer than the database, all in one write transaction, so that
// processes opening the same new file at once create the schema exactly once. Throws StoreError
// schema_too_new when the database is newer than this binary.
void migrate(Connection& connection);

}  // namespace orderhub::store::sqlite
