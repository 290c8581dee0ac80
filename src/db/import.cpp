// The import run: one transaction around every file, skip-or-abort on bad files, replacement
// of changed sources, and the after-commit maintenance that leaves a self-contained file.
#include "db/import.hpp"

#include "db/fts_sync.hpp"
#include "db/search_terms.hpp"
#include "db/storage_failure.hpp"
#include "ingest/parse_ahead.hpp"

#include <SQLiteCpp/Transaction.h>

#include <set>
#include <utility>

namespace careerkb::db {
namespace {

std::string warning_text(const std::string& path, const parse::Diagnostic& w) {
  return w.line > 0 ? path + ":" + std::to_string(w.line) + ": " + w.message
                    : path + ": " + w.message;
}

// A savepoint per file, so a file the database refuses (a CHECK constraint, say) is undone
// alone and the run goes on. SQLiteCpp's Savepoint leaves the savepoint open after a rollback,
// hence this small guard.
class FileSavepoint {
 public:
  explicit FileSavepoint(SQLite::Database& db) : db_(db) { db_.exec("SAVEPOINT import_file"); }
  FileSavepoint(const FileSavepoint&) = delete;
  FileSavepoint& operator=(const FileSavepoint&) = delete;
  ~FileSavepoint() {
    if (!released_) {
      try {
        db_.exec("ROLLBACK TO import_file; RELEASE import_file");
      } catch (...) {  // destructors never throw; the outer transaction still rolls back
      }
    }
  }
  void release() {
    db_.exec("RELEASE import_file");
    released_ = true;
  }

 private:
  SQLite::Database& db_;
  bool released_ = false;
};

// Puts the file back in rollback-journal mode: a WAL file makes every later reader (even a
// read-only one) create -wal and -shm files beside it, and the database should stay one file
// that can be copied or shipped. Database turns WAL on again for the next writer. If a reader
// is active the switch is refused (busy); the file is then still consistent, just in WAL mode,
// and the next import finishes the job.
void back_to_rollback_journal(SQLite::Database& db) {
  try {
    db.exec("PRAGMA journal_mode=DELETE");
  } catch (...) {  // see above: a consistent file in WAL mode
  }
}

// After the commit: merge FTS segments, refresh planner statistics, move the WAL into the main
// file and leave it in rollback-journal mode. The guides are committed already, so a failing
// step (a full disk, say) is a warning in the report, not an error: the file works as it is,
// only slower or in WAL mode. It is then left in WAL mode, which tells the next import to run
// these steps again (Database::unfinished_maintenance).
void maintain(Database& db, ImportReport& report) {
  SQLite::Database& sql = db.sql();
  bool all_done = true;
  auto step = [&](const char* what, auto&& run) {
    try {
      run();
    } catch (const SQLite::Exception& e) {
      all_done = false;
      report.unfinished.push_back(committed_message(what, db.path(), e));
    }
  };
  step("merging the full-text index", [&] {
    SQLite::Transaction tx(sql, SQLite::TransactionBehavior::IMMEDIATE);
    for (const std::string& name : fts_table_names(sql))
      sql.exec("INSERT INTO \"" + name + "\"(\"" + name + "\") VALUES('optimize')");
    tx.commit();
  });
  step("ANALYZE", [&] { sql.exec("ANALYZE"); });
  // Blocked by a reader, the checkpoint returns a row saying so, no error; the switch below is
  // then refused too and the next import checkpoints. A full disk is an error.
  step("moving the WAL into the database file",
       [&] { sql.exec("PRAGMA wal_checkpoint(TRUNCATE)"); });
  if (all_done) back_to_rollback_journal(sql);
}

// About 3 MB of text per batch for guides of typical size: FTS5's own in-memory index is 1 MB
// before it writes a segment, so batches this size add little merge work.
constexpr std::size_t guides_per_index_batch = 100;

}  // namespace

std::string ImportWarning::text() const {
  return warning_text(file, {line, message});
}

ingest::KnownHashes known_hashes(Database& db) {
  ingest::KnownHashes known;
  SQLite::Statement q(db.sql(), "SELECT path, sha256 FROM sources");
  while (q.executeStep()) known.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
  return known;
}

namespace {

// Everything `next` yields, in one transaction, committed last. Returns whether any row changed.
bool write_in_one_transaction(Database& db, const ingest::ImportProducer& next,
                              const ImportOptions& options, std::ostream* progress,
                              ImportReport& report) {
  SQLite::Database& sql = db.sql();
  auto say = [&](const std::string& line) {
    if (progress) *progress << line << '\n';
  };
  auto skip = [&](const std::string& reason) {
    if (options.strict) throw ImportError(reason);
    report.skipped.push_back(reason);
    say("skipped " + reason);
  };

  // IMMEDIATE: take the write lock now rather than fail on upgrade halfway through the run.
  SQLite::Transaction tx(sql, SQLite::TransactionBehavior::IMMEDIATE);
  TriggersOff triggers_off(sql);  // before any statement is prepared: see fts_sync.hpp
  GuideWriter writer(sql);
  FtsSync fts(sql);
  SearchTermCounts terms(sql);
  std::set<std::int64_t> careers;
  int changed = 0;

  while (std::optional<ingest::ImportItem> item = next()) {
    ++report.files_seen;
    if (item->kind == ingest::ImportItem::Kind::error) {
      skip(item->error);
      continue;
    }
    if (item->kind == ingest::ImportItem::Kind::unchanged) {
      ++report.unchanged;
      say("unchanged " + item->display_path);
      continue;
    }
    const ingest::LoadedGuide& loaded = item->loaded;
    if (options.strict && !loaded.guide.warnings.empty())
      throw ImportError(warning_text(loaded.file.display_path, loaded.guide.warnings.front()) +
                        " (--strict)");

    std::optional<KnownSource> old = writer.find_source(loaded.file.canonical_path);
    if (old && old->sha256 == loaded.sha256) {
      ++report.unchanged;
      say("unchanged " + item->display_path);
      continue;
    }
    try {
      FileSavepoint savepoint(sql);
      // Never INSERT OR REPLACE: deleting the source cascades to every fact row and fires the
      // FTS delete triggers, so no stale text stays searchable.
      std::vector<std::string> old_terms;
      if (old) {
        old_terms = terms.stored_terms(old->id);
        fts.unindex_source(old->id);
        writer.delete_source(old->id);
      }
      WrittenGuide written = writer.write(loaded);
      savepoint.release();
      // Counted only now that the file's rows are kept; flushed before the commit.
      terms.count(old_terms, -1);
      terms.count(loaded.terms, +1);
      // Indexed in batches, outside the per-file savepoints (each savepoint makes FTS5 write
      // out what it holds in memory as a segment of its own).
      fts.queue(written.guide_id);
      if (fts.queued() >= guides_per_index_batch) fts.flush();
      report.written += written.counts;
      careers.insert(written.career_id);
      ++(old ? report.replaced : report.imported);
      ++changed;
      for (const parse::Diagnostic& w : loaded.guide.warnings)
        report.warnings.push_back({loaded.file.display_path, w.line, w.message});
      report.discarded += static_cast<std::int64_t>(loaded.guide.discarded.size());
      say((old ? "replaced " : "imported ") + item->display_path);
    } catch (const SQLite::Exception& e) {
      // A full disk is no fault of this file: the run stops (see import_items).
      if (is_storage_failure(e)) throw;
      skip(loaded.file.display_path + ": cannot store: " + e.what());
    }
  }

  fts.flush();
  fts.resume_merging();
  report.careers = static_cast<std::int64_t>(careers.size());
  report.careers_removed = writer.delete_orphan_careers();
  terms.flush();
  tx.commit();
  return changed > 0 || report.careers_removed > 0;
}

}  // namespace

ImportReport import_items(Database& db, const ingest::ImportProducer& next,
                          const ImportOptions& options, std::ostream* progress) {
  ImportReport report;
  bool changed = false;
  try {
    changed = write_in_one_transaction(db, next, options, progress, report);
  } catch (const SQLite::Exception& e) {
    // Rolled back (by SQLite itself or by the transaction's destructor): say so, and what to do.
    back_to_rollback_journal(db.sql());
    throw ImportError(nothing_written_message(db.path(), e));
  } catch (...) {
    back_to_rollback_journal(db.sql());
    throw;
  }
  // Nothing written (every file unchanged): no optimize/ANALYZE, the content stays as it was,
  // unless an earlier run's steps after its commit are still to do.
  if (changed || db.unfinished_maintenance())
    maintain(db, report);
  else
    back_to_rollback_journal(db.sql());
  return report;
}

ImportReport import_paths(Database& db, const std::vector<std::string>& paths,
                          const ImportOptions& options, std::ostream* progress) {
  ingest::ImportProducer files =
      ingest::file_producer(paths, options.max_file_bytes, known_hashes(db));
  return import_items(db, ingest::parse_ahead(std::move(files)), options, progress);
}

}  // namespace careerkb::db
