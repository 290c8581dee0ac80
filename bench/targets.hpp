// The acceptance figures of issue #6 (set for 10,000 guides), checked against one run's
// figures: each as a value, its target and PASS / MISS (or n/a when a contender did not run).
#pragma once

#include <string>
#include <vector>

#include "results.hpp"

namespace careerkb::bench {

struct TargetCheck {
  std::string key;     // stable id for --json
  std::string what;    // for the table
  double value = 0;    // in `unit`
  std::string unit;    // "x" for a ratio, "ms", "MB"
  std::string target;  // "<= 1.5x"
  std::string status;  // PASS, MISS or n/a
  std::string note;    // why n/a, or the CPU-time view of a wall-clock ratio
};

std::vector<TargetCheck> check_targets(const SizeResult& result);

// Helpers the report shares.
const BuildResult* find_build(const SizeResult& result, const std::string& key);
// The samples of every query of `kind` ("" for all) pooled together.
Samples pooled_in_process(const SizeResult& result, const std::string& kind = "");
Samples pooled_process(const SizeResult& result, const std::string& kind = "");
Samples pooled_stock(const SizeResult& result, const std::string& tool, const std::string& kind);

}  // namespace careerkb::bench
