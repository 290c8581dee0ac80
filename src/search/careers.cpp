// Careers without a keyword: `careerkb careers` (every career passing the filters, by name), a
// search with filters but no words (the same careers, best paid or fastest growing first), and
// `careerkb show` (one career found by name, with its full profile).
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "db/profile.hpp"
#include "parse/career_key.hpp"
#include "search/engine.hpp"

namespace careerkb::search {

using detail::bind_filters;
using detail::filter_sql;
using detail::guide_sources;
using detail::optional_double;
using detail::rethrow_sqlite;

namespace {

// Lowercase and single-spaced, to compare with a career's display name; the stored key is
// parse::career_key.
std::string lowercase_name(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::vector<CareerHit> detail::list_filtered_careers(SQLite::Database& db, const Filters& filters) {
  const char* order = filters.min_growth ? "cs.growth_pct" : "cs.median_salary_annual_usd";
  std::string sql =
      "SELECT cs.career, cs.median_salary_annual_usd, cs.growth_pct, cs.typical_education,"
      " cs.career_id FROM career_summary cs WHERE 1" +
      filter_sql(filters) + " ORDER BY " + order + " IS NULL, " + order +
      " DESC, cs.career COLLATE NOCASE, cs.career_id LIMIT ?";
  SQLite::Statement st(db, sql);
  int bind = 1;
  bind_filters(st, bind, filters);
  st.bind(bind++, filters.limit);
  std::vector<CareerHit> rows;
  std::vector<std::int64_t> ids;
  while (st.executeStep()) {
    CareerHit r;
    r.career = st.getColumn(0).getString();
    r.median_salary_annual_usd = optional_double(st.getColumn(1));
    r.growth_pct = optional_double(st.getColumn(2));
    r.typical_education = st.getColumn(3).getString();
    ids.push_back(st.getColumn(4).getInt64());
    rows.push_back(std::move(r));
  }
  std::map<std::int64_t, std::vector<GuideSource>> guides = guide_sources(db, filters, ids);
  for (size_t i = 0; i < rows.size(); ++i) rows[i].guides = std::move(guides[ids[i]]);
  return rows;
}

std::vector<CareerRow> list_careers(SQLite::Database& db, const Filters& filters) {
  std::string sql =
      "SELECT cs.career, cs.median_salary_annual_usd, cs.salary_min_annual_usd,"
      " cs.salary_max_annual_usd, cs.growth_pct, cs.typical_education, cs.source_count,"
      " cs.career_id"
      " FROM career_summary cs WHERE 1" +
      filter_sql(filters) + " ORDER BY cs.career COLLATE NOCASE, cs.career_id";
  if (filters.limit > 0) sql += " LIMIT ?";
  std::vector<CareerRow> rows;
  std::vector<std::int64_t> ids;
  try {
    SQLite::Statement st(db, sql);
    int bind = 1;
    bind_filters(st, bind, filters);
    if (filters.limit > 0) st.bind(bind++, filters.limit);
    while (st.executeStep()) {
      CareerRow r;
      r.career = st.getColumn(0).getString();
      r.median = optional_double(st.getColumn(1));
      r.min = optional_double(st.getColumn(2));
      r.max = optional_double(st.getColumn(3));
      r.growth_pct = optional_double(st.getColumn(4));
      r.typical_education = st.getColumn(5).getString();
      r.sources = st.getColumn(6).getInt();
      ids.push_back(st.getColumn(7).getInt64());
      rows.push_back(std::move(r));
    }
    std::map<std::int64_t, std::vector<GuideSource>> guides = guide_sources(db, filters, ids);
    for (size_t i = 0; i < rows.size(); ++i) rows[i].guides = std::move(guides[ids[i]]);
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
  return rows;
}

namespace {

struct Match {
  std::int64_t id;
  std::string name;
  bool prefix;
};

// Careers whose lowercase name contains `name` or whose key contains `key`, by name.
std::vector<Match> careers_containing(SQLite::Database& db, const std::string& name,
                                      const std::string& key) {
  SQLite::Statement st(db,
                       "SELECT id, name, instr(lower(name), ?1) = 1 OR instr(normalized_name, ?2) "
                       "= 1 FROM careers WHERE instr(lower(name), ?1) > 0 OR "
                       "instr(normalized_name, ?2) > 0 ORDER BY name COLLATE NOCASE, id");
  st.bind(1, name);
  st.bind(2, key);
  std::vector<Match> out;
  while (st.executeStep())
    out.push_back(
        {st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getInt() != 0});
  return out;
}

std::int64_t find_career(SQLite::Database& db, std::string_view career) {
  const std::string name = lowercase_name(career);
  // "Medical Secretaries", "athletic coaches", "HVAC-R service tech": a key, however typed.
  const std::string key = parse::career_key(career);
  if (name.empty() || key.empty()) throw SearchError("no career name given");
  SQLite::Statement exact(db,
                          "SELECT id FROM careers WHERE lower(name) = ?1 OR normalized_name = ?2 "
                          "ORDER BY id LIMIT 1");
  exact.bind(1, name);
  exact.bind(2, key);
  if (exact.executeStep()) return exact.getColumn(0).getInt64();

  std::vector<Match> found = careers_containing(db, name, key);
  if (found.size() == 1) return found.front().id;
  auto prefixes =
      std::count_if(found.begin(), found.end(), [](const Match& m) { return m.prefix; });
  if (prefixes == 1)
    return std::find_if(found.begin(), found.end(), [](const Match& m) { return m.prefix; })->id;
  if (found.empty())
    throw SearchError("no career matches '" + std::string(career) +
                      "' (`careerkb careers` lists them)");
  std::string names;
  for (size_t i = 0; i < found.size() && i < 5; ++i) names += (i ? ", " : "") + found[i].name;
  if (found.size() > 5) names += ", …";
  throw SearchError("'" + std::string(career) + "' matches " + std::to_string(found.size()) +
                    " careers: " + names);
}

}  // namespace

db::CareerProfile career_profile(SQLite::Database& db, std::string_view career) {
  try {
    return db::read_career_profile(db, find_career(db, career));
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  } catch (const std::out_of_range&) {
    throw SearchError("career vanished while reading it");
  }
}

}  // namespace careerkb::search
