// Helpers shared by the database tests: a self-removing temp folder, whole-file I/O, a
// database made from fixture SQL, and an import run from parsed guides.
#pragma once

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/import.hpp"
#include "ingest/load_guide.hpp"

namespace careerkb::test {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed with everything in it.
struct TempDir {
  fs::path path;
  TempDir() {
    static std::atomic<int> counter{0};
    auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path = fs::temp_directory_path() / ("careerkb-test-db-" + std::to_string(getpid()) + "-" +
                                        std::to_string(stamp) + "-" + std::to_string(++counter));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void spit(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string file_sha(const std::string& path) {
  return ingest::sha256_hex(slurp(path));
}

// A new database in a TempDir, with `fixture_sql` run on it.
struct FixtureDb {
  TempDir dir;
  std::unique_ptr<db::Database> db;
  explicit FixtureDb(const std::string& fixture_sql)
      : db(std::make_unique<db::Database>(dir.file("t.db"), db::OpenMode::read_write)) {
    db->sql().exec(fixture_sql);
  }
  ~FixtureDb() { db.reset(); }  // closed before TempDir removes the folder
  SQLite::Database& sql() { return db->sql(); }
};

// Imports the given guides as one run, as the file producer would yield them.
inline db::ImportReport import_guides(db::Database& database,
                                      std::vector<ingest::LoadedGuide> guides,
                                      bool strict = false) {
  size_t next = 0;
  ingest::ImportProducer producer = [&]() -> std::optional<ingest::ImportItem> {
    if (next >= guides.size()) return std::nullopt;
    ingest::ImportItem item;
    item.kind = ingest::ImportItem::Kind::guide;
    item.display_path = guides[next].file.display_path;
    item.loaded = guides[next++];
    return item;
  };
  db::ImportOptions options;
  options.strict = strict;
  return db::import_items(database, producer, options);
}

}  // namespace careerkb::test
