// The import summary's grouping of warnings (issue #17 item 5): by message, largest first,
// each group in import order, and the text printer's cut at the first 10 files.
#include <doctest/doctest.h>

#include <sstream>

#include "report/import_summary.hpp"

using namespace careerkb;

TEST_CASE("import summary: warnings group by message, the largest group first") {
  std::vector<db::ImportWarning> warnings = {{"a.md", 0, "no median or average salary found"},
                                             {"a.md", 0, "no duties found"},
                                             {"b.md", 0, "no duties found"},
                                             {"c.md", 4, "no duties found"}};
  std::vector<report::WarningGroup> groups = report::group_warnings(warnings);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].message == "no duties found");
  REQUIRE(groups[0].warnings.size() == 3);
  CHECK(groups[0].warnings[0]->file == "a.md");
  CHECK(groups[0].warnings[2]->file == "c.md");
  CHECK(groups[1].message == "no median or average salary found");
}

TEST_CASE("import summary: each kind lists its first 10 files, --warnings all every one") {
  db::ImportReport r;
  for (int i = 0; i < 12; ++i)
    r.warnings.push_back({"g" + std::to_string(i) + ".md", 0, "no duties found"});
  r.warnings.push_back({"odd.md", 7, "a list was cut at 500 items: the file is unusually long"});
  std::ostringstream first;
  report::print_import_summary(first, r, "kb.db", report::WarningDetail::first_files);
  CHECK(first.str().find("13 warnings:\n  12 guides with no duties found\n    g0.md\n") !=
        std::string::npos);
  CHECK(first.str().find("    g9.md\n    and 2 more\n") != std::string::npos);
  CHECK(first.str().find("g10.md") == std::string::npos);
  CHECK(first.str().find("  1 guide: a list was cut at 500 items: the file is unusually long\n"
                         "    odd.md:7\n") != std::string::npos);
  CHECK(first.str().find("--warnings all lists every one") != std::string::npos);
  std::ostringstream all;
  report::print_import_summary(all, r, "kb.db", report::WarningDetail::all);
  CHECK(all.str().find("    g11.md\n") != std::string::npos);
  CHECK(all.str().find("more") == std::string::npos);
}
