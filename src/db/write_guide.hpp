// Writing parsed guides into the schema's tables (schema/001_init.sql), every fact with its
// source line. The caller owns the transaction; the writer only prepares its statements once
// and reuses them for every guide.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/load_guide.hpp"

namespace careerkb::db {

// The writer's input: one parsed file, as src/ingest loads it.
using ingest::LoadedGuide;

// Sets every careers.normalized_name to parse::career_key(name), as migration v5 asks: a
// career whose new key another (older) career already has is merged into that one.
void rekey_careers(SQLite::Database& db);

// Rows written for one guide (or, summed, for a run).
struct WriteCounts {
  std::int64_t guides = 0;
  std::int64_t duties = 0;
  std::int64_t skills = 0;
  std::int64_t salary_facts = 0;

  WriteCounts& operator+=(const WriteCounts& other);
};

struct KnownSource {
  std::int64_t id = 0;
  std::string sha256;
};

struct WrittenGuide {
  std::int64_t source_id = 0;
  std::int64_t guide_id = 0;
  std::int64_t career_id = 0;
  bool new_career = false;
  WriteCounts counts;
};

class GuideWriter {
 public:
  explicit GuideWriter(SQLite::Database& db);

  // The source row stored under a canonical path, if any.
  std::optional<KnownSource> find_source(const std::string& canonical_path);

  // Deletes a source; ON DELETE CASCADE removes its guide, every fact row and its warnings,
  // and the FTS delete triggers fire for each removed row. The career row stays (see below).
  void delete_source(std::int64_t source_id);

  // Inserts the source, finds or creates the career, and writes the guide and all its facts.
  // Throws SQLite::Exception (e.g. a CHECK constraint on an unknown salary period).
  WrittenGuide write(const LoadedGuide& loaded);

  // Deletes careers no guide refers to any more; returns how many.
  int delete_orphan_careers();

 private:
  SQLite::Database& db_;
  SQLite::Statement find_source_, delete_source_, insert_source_, find_career_, insert_career_,
      insert_guide_, insert_section_, insert_duty_, insert_skill_, insert_tool_,
      insert_certification_, insert_education_, insert_salary_, insert_outlook_, insert_tier_,
      insert_specialization_, insert_faq_, insert_pro_con_, insert_related_, insert_warning_;

  std::int64_t career_for(const LoadedGuide& loaded, bool& created);
};

}  // namespace careerkb::db
