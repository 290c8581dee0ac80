// Keeping the FTS5 indexes in step with the fact tables during an import, in batches.
//
// The schema's triggers keep each <table>_fts in sync for any tool that edits rows with SQL. An
// import cannot afford them: a statement that fires a trigger runs inside a statement savepoint,
// and FTS5 writes its in-memory index out as a new segment at every savepoint, so each inserted
// row became a one-row segment that later had to be merged (profiling showed over half of the
// import's time there). So the importing connection turns triggers off and indexes the rows
// itself, a batch of guides per statement, outside any savepoint.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace careerkb::db {

// Disables triggers on a connection for its lifetime (SQLITE_DBCONFIG_ENABLE_TRIGGER); statements
// must be prepared after it exists. Restores the previous setting when destroyed.
class TriggersOff {
 public:
  explicit TriggersOff(SQLite::Database& db);
  ~TriggersOff();
  TriggersOff(const TriggersOff&) = delete;
  TriggersOff& operator=(const TriggersOff&) = delete;

 private:
  SQLite::Database& db_;
  int previous_ = 1;
};

// Indexes the rows of written guides, and unindexes those of a source about to be deleted. Every
// FTS5 table of the schema is covered: each `<table>_fts` found in the database indexes the
// same-named columns of `<table>`, which has a guide_id.
class FtsSync {
 public:
  explicit FtsSync(SQLite::Database& db);
  ~FtsSync();
  FtsSync(const FtsSync&) = delete;
  FtsSync& operator=(const FtsSync&) = delete;

  // Removes the index entries of every row of the source's guide; call before deleting it.
  void unindex_source(std::int64_t source_id);
  // Queues a written guide; its rows are indexed by the next flush().
  void queue(std::int64_t guide_id);
  std::size_t queued() const { return queued_.size(); }
  // Indexes every queued guide: one INSERT ... SELECT per FTS table.
  void flush();

  // FTS5 merges segments while it writes ('automerge', 4 by default). An import ends with
  // 'optimize', which merges every segment into one anyway, so merging along the way is work
  // done twice: pausing it took 10,000 guides from about 20 s to 17 s (the writer thread from
  // 17.4 s to 13-14 s of CPU). So the first flush() or unindex_source() pauses it, and this
  // puts back the setting each table had; call it inside the import's transaction, so a failed
  // import rolls the setting back with everything else. An import that indexes nothing changes
  // nothing (writing the setting would change FTS5's structure record).
  void resume_merging();

 private:
  struct Index;
  void pause_merging();
  void set_automerge(const Index& index, const std::string& value);
  SQLite::Database& db_;
  std::vector<std::unique_ptr<Index>> indexes_;
  std::vector<std::int64_t> queued_;
  bool paused_ = false;
};

}  // namespace careerkb::db
