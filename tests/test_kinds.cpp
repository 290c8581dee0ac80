// The kind vocabularies of kinds.hpp: every value has one name, and every name reads back as
// its value. (That the database admits exactly these names is test_kind_checks.cpp.)
#include "parse/kinds.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace careerkb::parse;

namespace {

template <class Kind, size_t N>
void check_round_trip(const KindName<Kind> (&names)[N]) {
  std::set<std::string> seen;
  for (size_t i = 0; i < N; ++i) {
    const KindName<Kind>& row = names[i];
    CAPTURE(row.name);
    CHECK(static_cast<size_t>(row.kind) == i);  // one row per value, in declaration order
    CHECK(std::string(to_string(row.kind)) == row.name);
    CHECK(from_string<Kind>(row.name) == row.kind);
    CHECK(seen.insert(row.name).second);
  }
  CHECK_FALSE(from_string<Kind>("").has_value());
  CHECK_FALSE(from_string<Kind>("Median").has_value());  // stored names are lowercase
  CHECK_FALSE(from_string<Kind>("bonus").has_value());
}

}  // namespace

TEST_CASE("kinds: each section kind and salary kind has one name that reads back") {
  check_round_trip(section_kind_names);
  check_round_trip(salary_kind_names);
  CHECK(std::string(to_string(SectionKind::day_in_life)) == "day_in_life");
  CHECK(from_string<SalaryKind>("range_low") == SalaryKind::range_low);
}
