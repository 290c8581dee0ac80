// ship_database: VACUUM INTO a new file, then verify the copy opens as a CareerKB database.
#include "db/ship.hpp"

#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <system_error>

#include "db/database.hpp"

namespace careerkb::db {

ShipReport ship_database(const std::string& from, const std::string& to, bool overwrite) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(to, ec)) {
    if (!overwrite) throw DbError(to + " already exists (use --force to replace it)");
    if (fs::equivalent(from, to, ec)) throw DbError(to + " is the database being shipped");
    fs::remove(to, ec);
    if (ec) throw DbError("cannot replace " + to + ": " + ec.message());
  }
  if (fs::path parent = fs::absolute(to).parent_path(); !fs::exists(parent, ec)) {
    fs::create_directories(parent, ec);
    if (ec) throw DbError("cannot create folder " + parent.string() + ": " + ec.message());
  }
  ShipReport report;
  {
    Database source(from, OpenMode::read_only);
    try {
      SQLite::Statement vacuum(source.sql(), "VACUUM INTO ?");
      vacuum.bind(1, to);
      vacuum.exec();
    } catch (const SQLite::Exception& e) {
      fs::remove(to, ec);
      throw DbError("cannot write " + to + ": " + e.what());
    }
  }
  {
    Database copy(to, OpenMode::read_only);
    std::string verdict = copy.sql().execAndGet("PRAGMA quick_check").getString();
    if (verdict != "ok") throw DbError(to + ": quick_check failed after shipping: " + verdict);
  }
  report.source_bytes = fs::file_size(from, ec);
  report.shipped_bytes = fs::file_size(to, ec);
  return report;
}

}  // namespace careerkb::db
