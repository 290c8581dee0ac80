// `careerkb import` as a library call: guide files in, one all-or-nothing transaction out.
// Loading (files -> LoadedGuide) and writing (LoadedGuide -> rows) meet only through a producer
// callback, so parsing can later move to its own thread without changing the writer.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "db/database.hpp"
#include "db/load_guide.hpp"
#include "db/write_guide.hpp"

namespace careerkb::db {

struct ImportOptions {
  // Any error (an unreadable or refused file) or any parser warning aborts the whole run and
  // rolls it back; without it a bad file is skipped and reported.
  bool strict = false;
  // Files larger than this are refused before being read (CLI: --max-file-size, e.g. 64M).
  std::uint64_t max_file_bytes = 64ull << 20;
};

// An import aborted under --strict (or by a database failure): the transaction was rolled back
// and the database is as it was. what() names the file, and the line when there is one.
class ImportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ImportReport {
  int files_seen = 0;
  int imported = 0;                   // new paths
  int replaced = 0;                   // known paths whose content changed
  int unchanged = 0;                  // known paths with the same SHA-256: skipped without parsing
  std::vector<std::string> skipped;   // "PATH: reason", one per file or path not imported
  WriteCounts written;                // rows written in this run
  std::int64_t careers = 0;           // distinct careers of the guides written in this run
  int careers_removed = 0;            // careers left without guides, deleted
  std::vector<std::string> warnings;  // "file:line: message" from the written guides

  bool all_imported() const { return skipped.empty(); }
};

// What a producer yields per file: a guide to write, a file known to be unchanged, or an error.
struct ImportItem {
  enum class Kind { guide, unchanged, error };
  Kind kind = Kind::error;
  std::string display_path;
  std::string error;   // Kind::error: "PATH: reason"
  LoadedGuide loaded;  // Kind::guide
};

// Returns the next item, or nothing at the end. Called only from the importing thread.
using ImportProducer = std::function<std::optional<ImportItem>()>;

// Canonical path -> SHA-256 of the sources already stored, read before the run: lets the
// producer skip parsing files that did not change. Only a hint; the writer checks again.
using KnownHashes = std::unordered_map<std::string, std::string>;
KnownHashes known_hashes(Database& db);

// The producer over files: collects PATH arguments (see collect_files), then reads and parses
// one file per call.
ImportProducer file_producer(const std::vector<std::string>& paths, const ImportOptions& options,
                             KnownHashes known);

// Writes everything `next` yields in ONE transaction, committed last; then optimizes the FTS
// indexes, runs ANALYZE and checkpoints the WAL into the main file. However the run ends, the
// file is left in rollback-journal mode (one file, no -wal/-shm). Throws ImportError when
// strict and anything is wrong, DbError/SQLite::Exception when the database fails; both leave
// the database content unchanged. `progress` gets one line per file.
ImportReport import_items(Database& db, const ImportProducer& next, const ImportOptions& options,
                          std::ostream* progress = nullptr);

// import_items(db, file_producer(paths, ...)), with the files parsed on a second thread.
ImportReport import_paths(Database& db, const std::vector<std::string>& paths,
                          const ImportOptions& options, std::ostream* progress = nullptr);

// "64M", "100k", "1G", "123", "64MiB", "2mb" (binary units, case-insensitive) -> bytes.
// Throws std::invalid_argument naming the text.
std::uint64_t parse_byte_size(std::string_view text);

}  // namespace careerkb::db
