// Reads a guide's rows back into its JSON profile. One ProfileReader prepares its statements
// once, so an export of thousands of guides does not re-prepare per guide.
#include "report/profile.hpp"

#include <SQLiteCpp/Statement.h>

#include <cmath>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace careerkb::report {
namespace {

using nlohmann::json;

// 47400.0 is written as 47400: whole amounts read as integers, as people and the golden files
// write them; anything else stays a double.
json number(double value) {
  if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15)
    return static_cast<std::int64_t>(value);
  return value;
}

json number_or_null(const SQLite::Column& c) {
  if (c.isNull()) return nullptr;
  if (c.isInteger()) return c.getInt64();
  return number(c.getDouble());
}

json text_or_null(const SQLite::Column& c) {
  if (c.isNull()) return nullptr;
  return c.getString();
}

class ProfileReader {
 public:
  explicit ProfileReader(SQLite::Database& db)
      : guide_(db,
               "SELECT s.path, c.name, g.title, g.summary, g.median_salary_annual_usd, "
               "g.average_salary_annual_usd, g.salary_min_annual_usd, g.salary_max_annual_usd, "
               "g.growth_pct, g.growth_period, e.name, g.source_id "
               "FROM guides g JOIN sources s ON s.id = g.source_id "
               "JOIN careers c ON c.id = g.career_id "
               "LEFT JOIN education_levels e ON e.rank = g.typical_education_rank "
               "WHERE g.id = ?"),
        duties_(db, "SELECT text FROM duties WHERE guide_id = ? ORDER BY id"),
        skills_(db, "SELECT text FROM skills WHERE guide_id = ? AND kind = ? ORDER BY id"),
        tools_(db, "SELECT name FROM tools WHERE guide_id = ? ORDER BY id"),
        certifications_(db, "SELECT name FROM certifications WHERE guide_id = ? ORDER BY id"),
        tiers_(db,
               "SELECT name, years_min, years_max, line FROM tiers WHERE guide_id = ? "
               "ORDER BY ordinal"),
        salary_(db,
                "SELECT kind, label, occupation, amount, currency, period, amount_annual_usd, "
                "original_text, line FROM salary_facts WHERE guide_id = ? ORDER BY id"),
        education_(db,
                   "SELECT l.name, e.is_typical, e.text, e.line FROM education e "
                   "JOIN education_levels l ON l.rank = e.level_rank WHERE e.guide_id = ? "
                   "ORDER BY e.id"),
        outlook_(db,
                 "SELECT occupation, growth_pct, period, annual_openings, original_text, line "
                 "FROM outlook WHERE guide_id = ? ORDER BY id"),
        specializations_(db,
                         "SELECT name, median_salary_annual_usd, growth_pct, line "
                         "FROM specializations WHERE guide_id = ? ORDER BY id"),
        faqs_(db, "SELECT question, answer, line FROM faqs WHERE guide_id = ? ORDER BY id"),
        pros_cons_(db, "SELECT text FROM pros_cons WHERE guide_id = ? AND kind = ? ORDER BY id"),
        related_(db, "SELECT name FROM related_careers WHERE guide_id = ? ORDER BY id"),
        warnings_(db, "SELECT line, message FROM import_warnings WHERE source_id = ? ORDER BY id") {
  }

  json read(std::int64_t id) {
    SQLite::Statement& g = guide_;
    g.reset();
    g.bind(1, id);
    if (!g.executeStep()) throw std::out_of_range("no guide with id " + std::to_string(id));
    std::string path = g.getColumn(0).getString();
    json p = json::object();
    p["source"] = std::filesystem::path(path).filename().string();
    p["path"] = path;
    p["career"] = g.getColumn(1).getString();
    p["title"] = g.getColumn(2).getString();
    p["summary"] = text_or_null(g.getColumn(3));
    p["median_salary_annual_usd"] = number_or_null(g.getColumn(4));
    p["average_salary_annual_usd"] = number_or_null(g.getColumn(5));
    p["salary_min_annual_usd"] = number_or_null(g.getColumn(6));
    p["salary_max_annual_usd"] = number_or_null(g.getColumn(7));
    p["growth_pct"] = number_or_null(g.getColumn(8));
    p["growth_period"] = text_or_null(g.getColumn(9));
    p["typical_education"] = text_or_null(g.getColumn(10));
    std::int64_t source_id = g.getColumn(11).getInt64();
    g.reset();

    p["duties"] = strings(duties_, id);
    p["technical_skills"] = strings(skills_, id, "technical");
    p["soft_skills"] = strings(skills_, id, "soft");
    p["tools"] = strings(tools_, id);
    p["certifications"] = strings(certifications_, id);
    p["tiers"] = rows(tiers_, id, [](SQLite::Statement& q) {
      return json{{"name", q.getColumn(0).getString()},
                  {"years_min", number_or_null(q.getColumn(1))},
                  {"years_max", number_or_null(q.getColumn(2))},
                  {"line", q.getColumn(3).getInt()}};
    });
    p["salary_facts"] = rows(salary_, id, [](SQLite::Statement& q) {
      return json{{"kind", q.getColumn(0).getString()},
                  {"label", text_or_null(q.getColumn(1))},
                  {"occupation", text_or_null(q.getColumn(2))},
                  {"amount", number(q.getColumn(3).getDouble())},
                  {"currency", q.getColumn(4).getString()},
                  {"period", q.getColumn(5).getString()},
                  {"amount_annual_usd", number_or_null(q.getColumn(6))},
                  {"original_text", q.getColumn(7).getString()},
                  {"line", q.getColumn(8).getInt()}};
    });
    p["education"] = rows(education_, id, [](SQLite::Statement& q) {
      return json{{"level", q.getColumn(0).getString()},
                  {"typical", q.getColumn(1).getInt() != 0},
                  {"text", q.getColumn(2).getString()},
                  {"line", q.getColumn(3).getInt()}};
    });
    p["outlook"] = rows(outlook_, id, [](SQLite::Statement& q) {
      return json{{"occupation", text_or_null(q.getColumn(0))},
                  {"growth_pct", number_or_null(q.getColumn(1))},
                  {"period", text_or_null(q.getColumn(2))},
                  {"annual_openings", number_or_null(q.getColumn(3))},
                  {"original_text", q.getColumn(4).getString()},
                  {"line", q.getColumn(5).getInt()}};
    });
    p["specializations"] = rows(specializations_, id, [](SQLite::Statement& q) {
      return json{{"name", q.getColumn(0).getString()},
                  {"median_salary_annual_usd", number_or_null(q.getColumn(1))},
                  {"growth_pct", number_or_null(q.getColumn(2))},
                  {"line", q.getColumn(3).getInt()}};
    });
    p["faqs"] = rows(faqs_, id, [](SQLite::Statement& q) {
      return json{{"question", q.getColumn(0).getString()},
                  {"answer", q.getColumn(1).getString()},
                  {"line", q.getColumn(2).getInt()}};
    });
    p["pros"] = strings(pros_cons_, id, "pro");
    p["cons"] = strings(pros_cons_, id, "con");
    p["related_careers"] = strings(related_, id);
    p["warnings"] = rows(warnings_, source_id, [](SQLite::Statement& q) {
      return json{{"line", number_or_null(q.getColumn(0))},
                  {"message", q.getColumn(1).getString()}};
    });
    return p;
  }

 private:
  SQLite::Statement guide_, duties_, skills_, tools_, certifications_, tiers_, salary_, education_,
      outlook_, specializations_, faqs_, pros_cons_, related_, warnings_;

  template <class RowFn>
  static json rows(SQLite::Statement& q, std::int64_t id, RowFn row) {
    q.reset();
    q.bind(1, id);
    json out = json::array();
    while (q.executeStep()) out.push_back(row(q));
    q.reset();
    return out;
  }

  static json strings(SQLite::Statement& q, std::int64_t id, const char* kind = nullptr) {
    q.reset();
    q.bind(1, id);
    if (kind) q.bind(2, kind);
    json out = json::array();
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    q.reset();
    return out;
  }
};

}  // namespace

json guide_profile(SQLite::Database& db, std::int64_t guide_id) {
  return ProfileReader(db).read(guide_id);
}

json export_guides(SQLite::Database& db) {
  ProfileReader reader(db);
  json all = json::array();
  SQLite::Statement ids(db,
                        "SELECT g.id FROM guides g JOIN sources s ON s.id = g.source_id "
                        "ORDER BY s.path");
  while (ids.executeStep()) all.push_back(reader.read(ids.getColumn(0).getInt64()));
  return all;
}

}  // namespace careerkb::report
