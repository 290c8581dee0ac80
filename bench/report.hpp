// The benchmark's output: a readable table per corpus size (builds, query latency, issue #6's
// targets), a scale table when several sizes ran, and the same figures as JSON for machines.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "results.hpp"

namespace careerkb::bench {

// What the run used, printed once.
struct RunInfo {
  std::string careerkb, sqlite3_version, sqlite_utils_version, work_dir;
  unsigned cpus = 0;
  double load_average = 0;  // 1-minute load when the run started: other work on the machine
};

void print_table(std::ostream& out, const RunInfo& info, const std::vector<SizeResult>& sizes);

nlohmann::json to_json(const RunInfo& info, const std::vector<SizeResult>& sizes);

// printf-style formatting into a std::string (GCC 12 has no std::format).
std::string format(const char* pattern, ...) __attribute__((format(printf, 1, 2)));

}  // namespace careerkb::bench
