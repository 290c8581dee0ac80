// The career filters `search` and `careers` share: one set of options, one conversion to
// search::Filters, so the two commands cannot drift apart.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "search/search.hpp"

namespace careerkb::cli {

struct FilterOptions {
  std::string db;
  std::string min_education, max_education, min_salary, max_salary, min_growth;
  std::string certification, tier;
  std::string format = "table";
};

// Adds --db, --min/--max-education, --min/--max-salary, --min-growth, --certification, --tier
// and --format to `cmd`.
void add_filter_options(CLI::App* cmd, FilterOptions& o);

// Checks every filter before the database is opened, so a typo is reported as such even when
// the database is missing. Throws std::invalid_argument with a one-line message.
search::Filters to_filters(const FilterOptions& o);

}  // namespace careerkb::cli
