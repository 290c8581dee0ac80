// Storage failures: which SQLite errors stop a run, and the advice printed with them.
#include "db/storage_failure.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace careerkb::db {
namespace {

namespace fs = std::filesystem;

std::string readable_size(std::uintmax_t bytes) {
  char text[32];
  if (bytes >= (1u << 20))
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  else
    std::snprintf(text, sizeof text, "%ju KB", bytes >> 10);
  return text;
}

}  // namespace

bool is_storage_failure(const SQLite::Exception& e) {
  switch (e.getErrorCode() & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_NOMEM:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return true;
    default:
      return false;
  }
}

namespace {

// "kb.db: <what SQLite said>", and what to do when there is something to do.
struct Failure {
  std::string what;
  std::string advice;  // "free space on /mnt/small (12 KB free now)", or empty
};

// `free_note` follows the free space: when it was measured, and what it means.
Failure describe(const std::string& db_path, const SQLite::Exception& e, const char* free_note) {
  fs::path folder = fs::absolute(fs::path(db_path)).parent_path();
  Failure f{db_path + ": " + e.what(), ""};
  switch (e.getErrorCode() & 0xff) {
    case SQLITE_FULL: {
      std::error_code ec;
      fs::space_info space = fs::space(folder, ec);
      f.advice = "free space on " + folder.string();
      if (!ec) f.advice += " (" + readable_size(space.available) + " " + free_note + ")";
      break;
    }
    case SQLITE_IOERR:
      f.advice = "check the disk that holds " + folder.string();
      break;
    default:
      break;
  }
  return f;
}

}  // namespace

std::string nothing_written_message(const std::string& db_path, const SQLite::Exception& e) {
  // Measured after the rollback freed what the run had written: what is free is not enough.
  Failure f = describe(db_path, e, "free after the rollback, not enough for this import");
  if (f.advice.empty()) return f.what + "; nothing was written";
  return f.what + ": " + f.advice + ", then run the import again; nothing was written";
}

std::string committed_message(const std::string& step, const std::string& db_path,
                              const SQLite::Exception& e) {
  Failure f = describe(db_path, e, "free now");
  return step + " failed (" + f.what + (f.advice.empty() ? "" : ": " + f.advice) +
         "); the guides were committed and the database works as it is: the next careerkb "
         "import finishes this step";
}

}  // namespace careerkb::db
