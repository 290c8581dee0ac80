// What `careerkb import` prints when a run ends: the counts, and the warnings grouped by what
// they say (`312 guides with no duties found`) with the first files of each, so a run over
// thousands of guides ends with a summary that fits a screen; or the whole report as JSON.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "db/import.hpp"

namespace careerkb::report {

// Warnings with the same message, in the order the guides were imported.
struct WarningGroup {
  std::string message;
  std::vector<const db::ImportWarning*> warnings;
};

// Groups by message, the largest group first (ties by message, so the order is stable).
std::vector<WarningGroup> group_warnings(const std::vector<db::ImportWarning>& warnings);

enum class WarningDetail {
  first_files,  // each group's first warning_files_shown files, then "and N more"
  all,          // every warning of every group
};
constexpr std::size_t warning_files_shown = 10;

// The text summary, for people: counts, then the warning groups.
void print_import_summary(std::ostream& out, const db::ImportReport& report,
                          const std::string& db_path, WarningDetail detail);

// The whole report, for programs: counts, every skipped file, every warning with its file and
// line, and the warning counts by message.
nlohmann::json import_report_json(const db::ImportReport& report, const std::string& db_path);

}  // namespace careerkb::report
