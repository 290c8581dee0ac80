// The search core: user query -> one MATCH per FTS5 table in scope -> hits merged across kinds.
// Filters run in SQL against career_summary; snippets are made only for the hits kept. SQLite's
// own error text for MATCH never reaches the user: the query parser guarantees valid syntax, and
// anything SQLite still refuses becomes a one-line SearchError.
#include "search/search.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>

#include "report/profile.hpp"
#include "search/query.hpp"
#include "search/synonyms.hpp"

namespace careerkb::search {
namespace {

// One searchable table. `weight` scales scores so that a short fact (a duty, a skill) outranks a
// long section paragraph or FAQ answer that merely mentions the same word.
struct Table {
  Scope scope;
  const char* name;      // kind name for --in, also the content table
  const char* fts;       // its external-content FTS5 index
  const char* text_sql;  // Hit::text
  const char* kind_sql;  // Hit::kind
  double weight;
};

constexpr std::array<Table, 6> tables{{
    {Scope::duties, "duties", "duties_fts", "t.text", "'duty'", 1.0},
    {Scope::skills, "skills", "skills_fts", "t.text",
     "CASE t.kind WHEN 'soft' THEN 'soft_skill' ELSE 'technical_skill' END", 1.0},
    {Scope::tools, "tools", "tools_fts", "t.name", "'tool'", 1.0},
    {Scope::certifications, "certifications", "certifications_fts", "t.name", "'certification'",
     1.0},
    {Scope::sections, "sections", "sections_fts", "t.heading", "'section'", 0.5},
    {Scope::faqs, "faqs", "faqs_fts", "t.question", "'faq'", 0.7},
}};

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Lowercase and single-spaced, as careers.normalized_name is stored.
std::string normalize_name(std::string_view s) {
  std::string out;
  for (char c : trim(s)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

// Salary and education filters as SQL over the alias `cs` (career_summary). A NULL figure fails
// every comparison, which is what makes an unknown value fail the filter.
std::string filter_sql(const Filters& f) {
  std::string sql;
  if (f.min_salary) sql += " AND cs.median_salary_annual_usd >= ?";
  if (f.max_salary) sql += " AND cs.median_salary_annual_usd <= ?";
  if (f.min_education) sql += " AND cs.typical_education_rank >= ?";
  if (f.max_education) sql += " AND cs.typical_education_rank <= ?";
  return sql;
}

void bind_filters(SQLite::Statement& st, int& index, const Filters& f) {
  if (f.min_salary) st.bind(index++, *f.min_salary);
  if (f.max_salary) st.bind(index++, *f.max_salary);
  if (f.min_education) st.bind(index++, static_cast<int>(*f.min_education));
  if (f.max_education) st.bind(index++, static_cast<int>(*f.max_education));
}

std::optional<double> optional_double(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getDouble();
}

// SQLite refused a statement. Its text may name FTS5 internals, which mean nothing to a user
// (and the parser should have made them impossible), so those are replaced by a plain sentence.
[[noreturn]] void rethrow_sqlite(const SQLite::Exception& e) {
  std::string msg = e.what();
  std::replace(msg.begin(), msg.end(), '\n', ' ');
  std::string lower = lower_ascii(msg);
  if (lower.find("fts5") != std::string::npos || lower.find("syntax") != std::string::npos ||
      lower.find("match") != std::string::npos)
    msg = "the search index rejected the expression; try plain words";
  throw SearchError("could not run query: " + msg);
}

// Stops SQLite once a search has used up its time budget (sqlite3_progress_handler): a query
// that matches most of a large corpus ends with a clear message instead of hanging.
class TimeBudget {
 public:
  TimeBudget(SQLite::Database& db, int budget_ms) : db_(db), budget_ms_(budget_ms) {
    if (budget_ms_ <= 0) return;
    deadline_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(budget_ms_);
    sqlite3_progress_handler(db_.getHandle(), 1000, &TimeBudget::over, this);
  }
  ~TimeBudget() {
    if (budget_ms_ > 0) sqlite3_progress_handler(db_.getHandle(), 0, nullptr, nullptr);
  }
  TimeBudget(const TimeBudget&) = delete;
  TimeBudget& operator=(const TimeBudget&) = delete;

  bool expired() const { return expired_; }
  int budget_ms() const { return budget_ms_; }

 private:
  static int over(void* self) {
    auto* budget = static_cast<TimeBudget*>(self);
    if (std::chrono::steady_clock::now() > budget->deadline_) budget->expired_ = true;
    return budget->expired_ ? 1 : 0;
  }
  SQLite::Database& db_;
  int budget_ms_;
  std::chrono::steady_clock::time_point deadline_;
  bool expired_ = false;
};

struct Candidate {
  Hit hit;
  size_t table = 0;
  std::int64_t rowid = 0;
  const std::string* match = nullptr;  // the table's MATCH expression, for the snippet
};

// Up to `limit` best rows of one table, scored relative to the table's best row. bm25() is
// negative (lower is better) and is not comparable across tables: each table has its own
// document frequencies, and FTS5 clamps the IDF of a word found in over half the rows to ~0.
// So a row's score is weight * (its bm25 / the table's best bm25), in (0, weight].
void search_table(SQLite::Database& db, size_t index, const std::string& match,
                  const Filters& filters, std::vector<Candidate>& out) {
  const Table& t = tables[index];
  std::string sql =
      std::string("SELECT t.id, c.name, ") + t.text_sql + ", " + t.kind_sql + ", s.path, t.line, " +
      t.fts + ".rank, cs.median_salary_annual_usd, cs.typical_education FROM " + t.fts + " JOIN " +
      t.name + " t ON t.id = " + t.fts +
      ".rowid JOIN guides g ON g.id = t.guide_id"
      " JOIN careers c ON c.id = g.career_id JOIN sources s ON s.id = g.source_id"
      " JOIN career_summary cs ON cs.career_id = c.id WHERE " +
      t.fts + " MATCH ?" + filter_sql(filters) + " ORDER BY " + t.fts + ".rank LIMIT ?";
  SQLite::Statement st(db, sql);
  int bind = 1;
  st.bind(bind++, match);
  bind_filters(st, bind, filters);
  st.bind(bind++, filters.limit);
  std::optional<double> best;
  while (st.executeStep()) {
    Candidate c;
    c.table = index;
    c.rowid = st.getColumn(0).getInt64();
    c.match = &match;
    Hit& h = c.hit;
    h.career = st.getColumn(1).getString();
    h.text = st.getColumn(2).getString();
    h.kind = st.getColumn(3).getString();
    h.file = std::filesystem::path(st.getColumn(4).getString()).filename().string();
    h.line = st.getColumn(5).getInt();
    double rank = st.getColumn(6).getDouble();
    if (!best) best = rank;
    h.score = t.weight * (*best < 0 ? rank / *best : 1.0);
    h.median_salary_annual_usd = optional_double(st.getColumn(7));
    h.typical_education = st.getColumn(8).getString();
    out.push_back(std::move(c));
  }
}

// Snippets for the kept hits only: snippet() re-reads and re-tokenizes the row, so making one
// for every matching row of a large table would cost far more than the search itself.
void add_snippets(SQLite::Database& db, std::vector<Candidate>& kept) {
  std::map<size_t, std::unique_ptr<SQLite::Statement>> statements;
  for (Candidate& c : kept) {
    auto& st = statements[c.table];
    if (!st) {
      const char* fts = tables[c.table].fts;
      st = std::make_unique<SQLite::Statement>(
          db, std::string("SELECT snippet(") + fts + ", -1, char(2), char(3), '…', 12) FROM " +
                  fts + " WHERE " + fts + " MATCH ? AND rowid = ?");
    }
    st->reset();
    st->bind(1, *c.match);
    st->bind(2, c.rowid);
    c.hit.snippet = st->executeStep() ? st->getColumn(0).getString() : c.hit.text;
  }
}

}  // namespace

double parse_salary_amount(std::string_view text) {
  // 45000, 45k, $45,000, $45.5k, and hourly 20/h, $21.50/hr, 20/hour (x 2080 h a year).
  // Commas only as thousands separators. Hand-written: std::regex trips GCC 12's
  // -Wmaybe-uninitialized under the sanitizers, and this is four rules.
  auto fail = [&]() -> double {
    throw std::invalid_argument("invalid salary '" + std::string(text) +
                                "': expected an annual USD amount such as 45000, 45k or $45,000,"
                                " or an hourly one such as 20/h");
  };
  std::string_view s = trim(text);
  if (s.starts_with('$')) s.remove_prefix(1);
  double multiplier = 1;
  for (std::string_view hourly : {"/hour", "/hr", "/h"}) {
    if (s.size() > hourly.size() && lower_ascii(s.substr(s.size() - hourly.size())) == hourly) {
      s.remove_suffix(hourly.size());
      multiplier = 2080;
      break;
    }
  }
  if (!s.empty() && (s.back() == 'k' || s.back() == 'K')) {
    s.remove_suffix(1);
    multiplier *= 1000;
  }
  std::string digits;
  size_t group = 0;
  bool seen_comma = false, seen_dot = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits += c;
      ++group;
    } else if (c == ',' && !seen_dot && group >= 1 && (seen_comma ? group == 3 : group <= 3)) {
      seen_comma = true;
      group = 0;
    } else if (c == '.' && !seen_dot && group > 0) {
      if (seen_comma && group != 3) return fail();
      seen_dot = true;
      digits += c;
      group = 0;
    } else {
      return fail();
    }
  }
  if (digits.empty() || group == 0 || (seen_comma && !seen_dot && group != 3)) return fail();
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value)) {
    return fail();
  }
  return value * multiplier;
}

parse::EducationLevel parse_education_level(std::string_view text) {
  std::string name = lower_ascii(trim(text));
  std::replace(name.begin(), name.end(), '-', '_');
  std::replace(name.begin(), name.end(), ' ', '_');
  std::string valid;
  for (int rank = 0; rank <= static_cast<int>(parse::EducationLevel::doctoral); ++rank) {
    auto level = static_cast<parse::EducationLevel>(rank);
    if (name == parse::education_level_name(level)) return level;
    valid += (rank ? ", " : "") + std::string(parse::education_level_name(level));
  }
  throw std::invalid_argument("unknown education level '" + std::string(text) +
                              "' (valid: " + valid + ")");
}

std::vector<std::string> parse_kinds(std::string_view comma_list) {
  std::vector<std::string> kinds;
  while (true) {
    size_t comma = comma_list.find(',');
    std::string word = lower_ascii(trim(comma_list.substr(0, comma)));
    if (!word.empty()) {
      std::string found;
      for (const char* kind : kind_names) {
        std::string_view k = kind;
        std::string_view singular = k == "duties" ? "duty" : k.substr(0, k.size() - 1);
        if (word == k || word == singular) found = kind;
      }
      if (found.empty()) {
        std::string valid;
        for (const char* kind : kind_names)
          valid += (valid.empty() ? "" : ", ") + std::string(kind);
        throw std::invalid_argument("unknown kind '" + word + "' (valid: " + valid + ")");
      }
      if (std::find(kinds.begin(), kinds.end(), found) == kinds.end()) kinds.push_back(found);
    }
    if (comma == std::string_view::npos) break;
    comma_list.remove_prefix(comma + 1);
  }
  return kinds;
}

SearchResult search(SQLite::Database& db, std::string_view user_query, const Filters& filters) {
  if (filters.limit < 1) throw std::invalid_argument("limit must be at least 1");
  std::vector<std::string> kinds;
  for (const std::string& k : filters.kinds) {
    for (const std::string& parsed : parse_kinds(k)) kinds.push_back(parsed);
  }
  Query query = parse_query(user_query);  // QueryError propagates: its message is for the user
  std::vector<std::string> synonym_notes = expand_synonyms(db, query);
  SearchResult result;
  result.fts_query = to_fts5(query);
  result.notes = query.notes;
  result.notes.insert(result.notes.end(), synonym_notes.begin(), synonym_notes.end());

  // Each table gets its own expression: a `skills:` term applies to skills_fts only.
  std::array<std::string, tables.size()> matches;
  bool any_table = false;
  for (size_t i = 0; i < tables.size(); ++i) {
    bool wanted =
        kinds.empty() || std::find(kinds.begin(), kinds.end(), tables[i].name) != kinds.end();
    if (wanted) matches[i] = to_fts5(query, tables[i].scope);
    any_table = any_table || !matches[i].empty();
  }
  if (!any_table)
    result.notes.push_back(
        "nothing to search: the query's field scopes exclude every kind in --in");

  std::vector<Candidate> candidates;
  TimeBudget budget(db, filters.time_budget_ms);
  try {
    for (size_t i = 0; i < tables.size(); ++i) {
      if (!matches[i].empty()) search_table(db, i, matches[i], filters, candidates);
    }
    // Best score first; ties go to the shorter kind of fact, then by career and line so the
    // order is the same on every run.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                       if (a.hit.score != b.hit.score) return a.hit.score > b.hit.score;
                       if (a.table != b.table) return a.table < b.table;
                       if (a.hit.career != b.hit.career) return a.hit.career < b.hit.career;
                       return a.hit.line < b.hit.line;
                     });
    if (candidates.size() > static_cast<size_t>(filters.limit)) candidates.resize(filters.limit);
    add_snippets(db, candidates);
  } catch (const SQLite::Exception& e) {
    if (budget.expired()) {
      throw SearchError("the query was stopped after " + std::to_string(budget.budget_ms()) +
                        " ms: use more specific words, or raise --timeout-ms");
    }
    rethrow_sqlite(e);
  }
  for (Candidate& c : candidates) result.hits.push_back(std::move(c.hit));
  return result;
}

std::vector<CareerRow> list_careers(SQLite::Database& db, const Filters& filters) {
  std::string sql =
      "SELECT cs.career, cs.median_salary_annual_usd, cs.salary_min_annual_usd,"
      " cs.salary_max_annual_usd, cs.growth_pct, cs.typical_education, cs.source_count"
      " FROM career_summary cs WHERE 1" +
      filter_sql(filters) + " ORDER BY cs.career COLLATE NOCASE, cs.career_id";
  if (filters.limit > 0) sql += " LIMIT ?";
  std::vector<CareerRow> rows;
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
      rows.push_back(std::move(r));
    }
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

// Careers whose name or normalized name contains `needle` (lowercase), by name.
std::vector<Match> careers_containing(SQLite::Database& db, const std::string& needle) {
  SQLite::Statement st(db,
                       "SELECT id, name, instr(lower(name), ?1) = 1 OR instr(normalized_name, ?1) "
                       "= 1 FROM careers WHERE instr(lower(name), ?1) > 0 OR "
                       "instr(normalized_name, ?1) > 0 ORDER BY name COLLATE NOCASE, id");
  st.bind(1, needle);
  std::vector<Match> out;
  while (st.executeStep())
    out.push_back(
        {st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getInt() != 0});
  return out;
}

std::int64_t find_career(SQLite::Database& db, std::string_view career) {
  std::string needle = normalize_name(career);
  if (needle.empty()) throw SearchError("no career name given");
  SQLite::Statement exact(db,
                          "SELECT id FROM careers WHERE lower(name) = ?1 OR normalized_name = ?1 "
                          "ORDER BY id LIMIT 1");
  exact.bind(1, needle);
  if (exact.executeStep()) return exact.getColumn(0).getInt64();

  std::vector<Match> found = careers_containing(db, needle);
  // 'phlebotomists' should still find 'Phlebotomist': names are stored singular.
  if (found.empty() && needle.size() > 3 && needle.back() == 's') {
    found = careers_containing(db, needle.substr(0, needle.size() - 1));
  }
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

nlohmann::json json_or_null(const SQLite::Column& c) {
  if (c.isNull()) return nullptr;
  if (c.isInteger()) return c.getInt64();
  if (c.isFloat()) return c.getDouble();
  return c.getString();
}

}  // namespace

nlohmann::json career_profile(SQLite::Database& db, std::string_view career) {
  try {
    std::int64_t id = find_career(db, career);
    SQLite::Statement st(db,
                         "SELECT c.name, cs.median_salary_annual_usd, cs.salary_min_annual_usd,"
                         " cs.salary_max_annual_usd, cs.growth_pct, cs.typical_education,"
                         " cs.source_count FROM careers c LEFT JOIN career_summary cs"
                         " ON cs.career_id = c.id WHERE c.id = ?");
    st.bind(1, id);
    if (!st.executeStep()) throw SearchError("career vanished while reading it");
    nlohmann::json profile = {
        {"career", st.getColumn(0).getString()},
        {"median_salary_annual_usd", json_or_null(st.getColumn(1))},
        {"salary_min_annual_usd", json_or_null(st.getColumn(2))},
        {"salary_max_annual_usd", json_or_null(st.getColumn(3))},
        {"growth_pct", json_or_null(st.getColumn(4))},
        {"typical_education", json_or_null(st.getColumn(5))},
        {"source_count", st.getColumn(6).isNull() ? 0 : st.getColumn(6).getInt()},
        {"guides", nlohmann::json::array()},
    };
    SQLite::Statement guides(db, "SELECT id FROM guides WHERE career_id = ? ORDER BY id");
    guides.bind(1, id);
    std::vector<std::int64_t> ids;
    while (guides.executeStep()) ids.push_back(guides.getColumn(0).getInt64());
    for (std::int64_t gid : ids) profile["guides"].push_back(report::guide_profile(db, gid));
    return profile;
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e);
  }
}

}  // namespace careerkb::search
