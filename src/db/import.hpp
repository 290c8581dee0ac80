// `careerkb import` as a library call: guide files in, one all-or-nothing transaction out.
// Loading (files -> LoadedGuide, src/ingest) and writing (LoadedGuide -> rows, here) meet only
// through a producer callback, so parsing runs on its own thread without the writer knowing.
#pragma once

#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/write_guide.hpp"
#include "ingest/file_producer.hpp"

namespace careerkb::db {

struct ImportOptions {
  // Any error (an unreadable or refused file) or any parser warning aborts the whole run and
  // rolls it back; without it a bad file is skipped and reported.
  bool strict = false;
  // Files larger than this are refused before being read (CLI: --max-file-size, e.g. 64M;
  // see ingest::parse_byte_size).
  std::uint64_t max_file_bytes = 64ull << 20;
};

// An import aborted under --strict (or by a database failure): the transaction was rolled back
// and the database is as it was. what() names the file, and the line when there is one.
class ImportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A parser warning about a guide the run wrote.
struct ImportWarning {
  std::string file;     // the guide's path as the user named it
  int line = 0;         // 0 when the whole guide is meant
  std::string message;  // "no duties found": the same text for the same kind of warning

  std::string text() const;  // "file:line: message", or "file: message"
};

struct ImportReport {
  int files_seen = 0;
  int imported = 0;                  // new paths
  int replaced = 0;                  // known paths whose content changed
  int unchanged = 0;                 // known paths with the same SHA-256: skipped without parsing
  std::vector<std::string> skipped;  // "PATH: reason", one per file or path not imported
  WriteCounts written;               // rows written in this run
  std::int64_t careers = 0;          // distinct careers of the guides written in this run
  int careers_removed = 0;           // careers left without guides, deleted
  std::vector<ImportWarning> warnings;  // of the written guides, in import order
  std::int64_t discarded = 0;  // items the written guides' passes left out (parse::Discard)

  // Steps after the commit that failed (merging the index, ANALYZE, the checkpoint), each a
  // message: the guides are committed, the file works, and the next import finishes them.
  std::vector<std::string> unfinished;

  bool all_imported() const { return skipped.empty(); }
};

// Canonical path -> SHA-256 of every stored source, for ingest::file_producer.
ingest::KnownHashes known_hashes(Database& db);

// Writes everything `next` yields in ONE transaction, committed last; then optimizes the FTS
// indexes, runs ANALYZE and checkpoints the WAL into the main file, and leaves the file in
// rollback-journal mode (one file, no -wal/-shm). Throws ImportError when strict and anything
// is wrong, or when the disk is full or fails before the commit (the message names the file
// and says nothing was written); the database content is then unchanged. A step after the
// commit that fails is a message in report.unfinished: the file stays in WAL mode, works, and
// the next import runs the steps again. `progress` gets one line per file.
ImportReport import_items(Database& db, const ingest::ImportProducer& next,
                          const ImportOptions& options, std::ostream* progress = nullptr);

// import_items(db, ingest::file_producer(paths, ...)), the files parsed on a second thread
// (ingest::parse_ahead).
ImportReport import_paths(Database& db, const std::vector<std::string>& paths,
                          const ImportOptions& options, std::ostream* progress = nullptr);

}  // namespace careerkb::db
