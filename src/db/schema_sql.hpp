// The schema/*.sql files, compiled in by cmake/embed_schema.cmake: one migration step per file.
#pragma once

#include <vector>

namespace careerkb::db {

struct Migration {
  int version;       // NNN of schema/NNN_name.sql; after it runs, PRAGMA user_version = version
  const char* name;  // file name, for messages
  const char* sql;
};

const std::vector<Migration>& schema_migrations();

}  // namespace careerkb::db
