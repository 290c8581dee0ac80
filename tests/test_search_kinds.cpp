// The search vocabularies (search/kinds.hpp): each name reads back to its value, the schema has
// an index for every searchable kind, and the CLI's filter options are the names the core prints.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "db/database.hpp"
#include "db_test_util.hpp"
#include "search/filter_values.hpp"
#include "search/kinds.hpp"
#include "search/query.hpp"

using namespace careerkb;
using namespace careerkb::search;

TEST_CASE("search kinds: plural and singular names read back to their scope, any case") {
  for (const SearchableKind& k : searchable_kinds) {
    CAPTURE(k.plural);
    CHECK(scope_from_name(k.plural) == k.scope);
    CHECK(scope_from_name(k.singular) == k.scope);
    std::string upper = k.plural;
    std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
    CHECK(scope_from_name(upper) == k.scope);
    CHECK(scope_name(k.scope) == k.plural);
  }
  CHECK(scope_name(Scope::any) == "any");
  CHECK(!scope_from_name("any").has_value());
  CHECK(!scope_from_name("dutie").has_value());
  CHECK(scope_names_list() == "duties, skills, tools, certifications, sections, faqs");
}

TEST_CASE("search kinds: --in lists parse to scopes, once each, and name the valid ones") {
  CHECK(parse_kinds("Duty, skills,duties") == std::vector<Scope>{Scope::duties, Scope::skills});
  CHECK_THROWS_WITH_AS(parse_kinds("faqs,perks"), doctest::Contains("perks"),
                       std::invalid_argument);
  const std::string valid = scope_names_list();
  CHECK_THROWS_WITH_AS(parse_kinds("perks"), doctest::Contains(valid.c_str()),
                       std::invalid_argument);
}

TEST_CASE("search kinds: every fact kind's name reads back, other text does not") {
  std::set<std::string> names;
  for (const auto& [kind, name] : fact_kind_names) {
    CHECK(fact_kind_from_name(name) == kind);
    CHECK(std::string(to_string(kind)) == name);
    names.insert(name);
  }
  CHECK(names.size() == fact_kind_names.size());
  CHECK(!fact_kind_from_name("Duty").has_value());
  CHECK(!fact_kind_from_name("").has_value());
}

TEST_CASE("search kinds: each filter has one option name, spelled as the CLI takes it") {
  std::set<std::string> names;
  for (const auto& [field, name] : filter_field_options) {
    CHECK(std::string(option_name(field)) == name);
    CHECK(std::string(name).starts_with("--"));
    names.insert(name);
  }
  CHECK(names.size() == filter_field_options.size());
}

TEST_CASE("search kinds: a new database has the content table and index of every kind") {
  test::TempDir dir;
  db::Database database(dir.file("kb.db"), db::OpenMode::read_write);
  std::vector<std::string> fts = db::fts_table_names(database.sql());
  std::set<std::string> indexes(fts.begin(), fts.end());
  for (const SearchableKind& k : searchable_kinds) {
    CAPTURE(k.plural);
    CHECK(indexes.count(k.fts) == 1);
    SQLite::Statement table(database.sql(), "SELECT count(*) FROM sqlite_schema WHERE name = ?");
    table.bind(1, k.plural);
    REQUIRE(table.executeStep());
    CHECK(table.getColumn(0).getInt() == 1);
  }
  CHECK(indexes.size() == searchable_kinds.size());
}

TEST_CASE("search kinds: the query syntax help names every kind a term can be scoped to") {
  const std::string help = query_syntax_help();
  for (const SearchableKind& k : searchable_kinds) {
    CAPTURE(k.plural);
    CHECK(help.find(k.plural) != std::string::npos);
  }
}
