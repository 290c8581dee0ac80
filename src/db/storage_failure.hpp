// Failures of the storage under the database (a full disk, an I/O error) as messages that
// say what happened and what to do, naming the file and the folder to free space in.
#pragma once

#include <SQLiteCpp/Exception.h>

#include <string>

namespace careerkb::db {

// A failure of the file or the disk, not of one guide's rows: the whole run stops on it
// (SQLite may already have rolled the transaction back). A CHECK or other constraint is not.
bool is_storage_failure(const SQLite::Exception& e);

// A run that failed before its commit, built after the rollback: "kb.db: database or disk is
// full: free space on /mnt/small (4.9 MB free after the rollback, not enough for this import),
// then run the import again; nothing was written".
std::string nothing_written_message(const std::string& db_path, const SQLite::Exception& e);

// A step after the commit that failed: "merging the full-text index failed (kb.db: database or
// disk is full: free space on /mnt/small); the guides were committed and ...".
std::string committed_message(const std::string& step, const std::string& db_path,
                              const SQLite::Exception& e);

}  // namespace careerkb::db
