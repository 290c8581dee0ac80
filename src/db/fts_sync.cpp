// See fts_sync.hpp for why imports index in batches instead of through the triggers.
#include "db/fts_sync.hpp"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "db/database.hpp"

namespace careerkb::db {

TriggersOff::TriggersOff(SQLite::Database& db) : db_(db) {
  sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &previous_);
  sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
}

TriggersOff::~TriggersOff() {
  sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, previous_, nullptr);
}

struct FtsSync::Index {
  std::string fts;
  SQLite::Statement add, remove;
  std::string automerge;  // the setting before the import, as an SQL literal
  Index(SQLite::Database& db, std::string name, const std::string& add_sql,
        const std::string& remove_sql)
      : fts(std::move(name)), add(db, add_sql), remove(db, remove_sql) {}
};

namespace {

// Runs a bound statement and readies it for reuse, also when it fails.
void run(SQLite::Statement& st) {
  try {
    st.exec();
  } catch (...) {
    st.tryReset();
    throw;
  }
  st.reset();
}

std::string quoted(const std::string& name) {
  return '"' + name + '"';
}

}  // namespace

FtsSync::FtsSync(SQLite::Database& db) : db_(db) {
  for (const std::string& fts : fts_table_names(db)) {
    const std::string table = fts.substr(0, fts.size() - 4);  // "duties_fts" -> "duties"
    std::string columns, selected;
    SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?)");
    info.bind(1, fts);
    while (info.executeStep()) {
      std::string column = quoted(info.getColumn(0).getString());
      columns += ", " + column;
      selected += ", t." + column;
    }
    // The guide ids come as one JSON array, so a batch is a single statement.
    std::string add = "INSERT INTO " + quoted(fts) + "(rowid" + columns + ") SELECT t.id" +
                      selected + " FROM " + quoted(table) +
                      " t WHERE t.guide_id IN (SELECT value FROM json_each(?))";
    std::string remove = "INSERT INTO " + quoted(fts) + "(" + quoted(fts) + ", rowid" + columns +
                         ") SELECT 'delete', t.id" + selected + " FROM " + quoted(table) +
                         " t JOIN guides g ON g.id = t.guide_id WHERE g.source_id = ?";
    indexes_.push_back(std::make_unique<Index>(db, fts, add, remove));
  }
}

void FtsSync::pause_merging() {
  if (paused_) return;
  paused_ = true;
  for (auto& index : indexes_) {
    SQLite::Statement current(
        db_, "SELECT v FROM " + quoted(index->fts + "_config") + " WHERE k = 'automerge'");
    // FTS5's default when the table never had the setting.
    index->automerge = current.executeStep() ? current.getColumn(0).getString() : "4";
    set_automerge(*index, "0");
  }
}

void FtsSync::resume_merging() {
  if (!paused_) return;
  paused_ = false;
  for (auto& index : indexes_) set_automerge(*index, index->automerge);
}

void FtsSync::set_automerge(const Index& index, const std::string& value) {
  // The value must be an integer: it comes from FTS5's own config table or from this file.
  const std::string table = quoted(index.fts);
  db_.exec("INSERT INTO " + table + "(" + table + ", rank) VALUES('automerge', " +
           std::to_string(std::stoi(value)) + ")");
}

FtsSync::~FtsSync() = default;

void FtsSync::unindex_source(std::int64_t source_id) {
  pause_merging();
  for (auto& index : indexes_) {
    index->remove.bind(1, source_id);
    run(index->remove);
  }
}

void FtsSync::queue(std::int64_t guide_id) {
  queued_.push_back(guide_id);
}

void FtsSync::flush() {
  if (queued_.empty()) return;
  pause_merging();
  const std::string ids = nlohmann::json(queued_).dump();
  for (auto& index : indexes_) {
    index->add.bind(1, ids);
    run(index->add);
  }
  queued_.clear();
}

}  // namespace careerkb::db
