// The import run: one transaction around every file, skip-or-abort on bad files, replacement
// of changed sources, and the after-commit maintenance that leaves a self-contained file.
#include "db/import.hpp"

#include "db/fts_sync.hpp"
#include "db/search_terms.hpp"
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

// After the commit: merge FTS segments, refresh planner statistics, and move the WAL into the
// main file so the database can be copied as one file.
void maintain(SQLite::Database& db) {
  {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    for (const std::string& name : fts_table_names(db))
      db.exec("INSERT INTO \"" + name + "\"(\"" + name + "\") VALUES('optimize')");
    tx.commit();
  }
  db.exec("ANALYZE");
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

// Leaves the file in rollback-journal mode when a run ends, whatever its outcome (also when
// nothing changed, or a strict run rolled back): a WAL file makes every later reader (even a
// read-only one) create -wal and -shm files beside it, and the database should stay one file
// that can be copied or shipped. Database turns WAL on again for the next writer. If a reader
// is active the switch is refused (busy); the file is then still consistent, just in WAL mode.
class BackToRollbackJournal {
 public:
  explicit BackToRollbackJournal(SQLite::Database& db) : db_(db) {}
  BackToRollbackJournal(const BackToRollbackJournal&) = delete;
  BackToRollbackJournal& operator=(const BackToRollbackJournal&) = delete;
  ~BackToRollbackJournal() {
    try {
      db_.exec("PRAGMA journal_mode=DELETE");
    } catch (...) {  // destructors never throw
    }
  }

 private:
  SQLite::Database& db_;
};

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

ImportReport import_items(Database& db, const ingest::ImportProducer& next,
                          const ImportOptions& options, std::ostream* progress) {
  SQLite::Database& sql = db.sql();
  ImportReport report;
  auto say = [&](const std::string& line) {
    if (progress) *progress << line << '\n';
  };
  auto skip = [&](const std::string& reason) {
    if (options.strict) throw ImportError(reason);
    report.skipped.push_back(reason);
    say("skipped " + reason);
  };

  // Declared before the transaction, so it runs after the commit or the rollback.
  BackToRollbackJournal journal(sql);
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
      skip(loaded.file.display_path + ": cannot store: " + e.what());
    }
  }

  fts.flush();
  fts.resume_merging();
  report.careers = static_cast<std::int64_t>(careers.size());
  report.careers_removed = writer.delete_orphan_careers();
  terms.flush();
  tx.commit();
  // Nothing written (every file unchanged): no optimize/ANALYZE, the content stays as it was.
  if (changed > 0 || report.careers_removed > 0) maintain(sql);
  return report;
}

ImportReport import_paths(Database& db, const std::vector<std::string>& paths,
                          const ImportOptions& options, std::ostream* progress) {
  ingest::ImportProducer files =
      ingest::file_producer(paths, options.max_file_bytes, known_hashes(db));
  return import_items(db, ingest::parse_ahead(std::move(files)), options, progress);
}

}  // namespace careerkb::db
