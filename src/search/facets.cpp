// --facets: how every match passing the filters splits by the career's typical education, the
// career's median pay band and the kind of fact. Counted in SQL per (career, kind) so a common
// word on a large corpus sends back one row per career, not one per fact; the rows of each pass
// that an earlier pass already found are left out, so no fact counts twice. The careers' figures
// are looked up afterwards, once per career.
#include <SQLiteCpp/Statement.h>

#include <map>

#include "search/engine.hpp"

namespace careerkb::search::detail {
namespace {

struct CareerCounts {
  std::string education;
  std::optional<double> median;
  std::map<std::string, long long> by_kind;
};

// One pass to count: rows matching `match` (or every topic row when null), optionally only of
// the named careers, minus the rows matching `exclude`.
struct Source {
  const std::string* match = nullptr;
  bool named_only = false;
  const std::string* exclude = nullptr;
  std::string topic_condition;
};

void count_source(SQLite::Database& db, size_t table, const Source& source, const Plan& plan,
                  std::map<std::int64_t, CareerCounts>& out) {
  const Table& t = tables[table];
  const std::string fts = t.fts;
  std::string sql = std::string("SELECT g.career_id, ") + t.kind_sql + ", count(*) FROM ";
  sql += source.match ? fts + " JOIN " + t.name + " t ON t.id = " + fts + ".rowid"
                      : std::string(t.name) + " t";
  sql += " JOIN guides g ON g.id = t.guide_id WHERE ";
  sql += source.match ? fts + " MATCH ?" : "1" + source.topic_condition;
  if (plan.allowed) sql += " AND g.career_id IN (SELECT value FROM json_each(?))";
  if (source.named_only) sql += in_list_sql("g.career_id", plan.named_careers.size());
  if (source.exclude)
    sql += " AND t.id NOT IN (SELECT rowid FROM " + fts + " WHERE " + fts + " MATCH ?)";
  sql += " GROUP BY g.career_id, 2";
  SQLite::Statement st(db, sql);
  int bind = 1;
  if (source.match) st.bind(bind++, *source.match);
  if (plan.allowed) st.bind(bind++, plan.allowed->json());
  if (source.named_only) bind_ids(st, bind, plan.named_careers);
  if (source.exclude) st.bind(bind++, *source.exclude);
  while (st.executeStep())
    out[st.getColumn(0).getInt64()].by_kind[st.getColumn(1).getString()] +=
        st.getColumn(2).getInt64();
}

// The education and pay of every counted career, looked up once per career.
void add_career_figures(SQLite::Database& db, std::map<std::int64_t, CareerCounts>& careers) {
  std::vector<std::int64_t> ids;
  for (const auto& [id, c] : careers) ids.push_back(id);
  for (const auto& [id, f] : career_figures(db, ids)) {
    careers[id].education = f.typical_education;
    careers[id].median = f.median;
  }
}

std::string band_of(const std::optional<double>& median) {
  if (!median) return "unknown";
  for (const SalaryBand& band : salary_bands) {
    if (*median >= band.from && *median < band.to) return band.name;
  }
  return "unknown";  // a negative figure, which no importer writes
}

std::vector<FacetCount> ordered(const std::map<std::string, long long>& counts,
                                const std::vector<std::string>& order) {
  std::vector<FacetCount> out;
  for (const std::string& value : order) {
    auto it = counts.find(value);
    out.push_back({value, it == counts.end() ? 0 : it->second});
  }
  return out;
}

Facets tally(const std::map<std::int64_t, CareerCounts>& careers, bool by_career) {
  std::map<std::string, long long> education, band, kind;
  for (const auto& [id, c] : careers) {
    long long facts = 0;
    for (const auto& [name, n] : c.by_kind) {
      kind[name] += by_career ? 1 : n;
      facts += n;
    }
    const long long weight = by_career ? 1 : facts;
    education[c.education.empty() ? "unknown" : c.education] += weight;
    band[band_of(c.median)] += weight;
  }
  std::vector<std::string> levels;
  for (int rank = 0; rank <= static_cast<int>(parse::EducationLevel::doctoral); ++rank)
    levels.push_back(parse::education_level_name(static_cast<parse::EducationLevel>(rank)));
  levels.push_back("unknown");
  std::vector<std::string> bands;
  for (const SalaryBand& b : salary_bands) bands.push_back(b.name);
  bands.push_back("unknown");
  return {ordered(education, levels), ordered(band, bands), ordered(kind, [] {
            std::vector<std::string> names;
            for (const auto& [fact_kind, name] : fact_kind_names) names.push_back(name);
            return names;
          }())};
}

}  // namespace

Facets count_facets(SQLite::Database& db, const Plan& plan, const Filters& filters, bool by_career,
                    bool no_words) {
  std::map<std::int64_t, CareerCounts> careers;
  if (no_words) {
    SQLite::Statement st(db,
                         "SELECT cs.career_id, cs.typical_education, cs.median_salary_annual_usd"
                         " FROM career_summary cs WHERE 1" +
                             filter_sql(filters));
    int bind = 1;
    bind_filters(st, bind, filters);
    while (st.executeStep()) {
      CareerCounts& c = careers[st.getColumn(0).getInt64()];
      c.education = st.getColumn(1).getString();
      c.median = optional_double(st.getColumn(2));
    }
    return tally(careers, true);
  }
  if (plan.allowed && plan.allowed->empty())
    return tally(careers, by_career);  // no career passes the filters
  for (size_t i = 0; i < tables.size(); ++i) {
    const TablePlan& t = plan.tables[i];
    // With the OR fallback every fact holding any word was a candidate, which includes the
    // full and the career-name matches.
    const std::string& widest =
        plan.partial_used && !t.partial_any.empty() ? t.partial_any : t.match;
    if (!widest.empty()) count_source(db, i, {&widest, false, nullptr, ""}, plan, careers);
    if (!t.named_match.empty() && &widest == &t.match)
      count_source(db, i, {&t.named_match, true, t.match.empty() ? nullptr : &t.match, ""}, plan,
                   careers);
    std::optional<std::string> on_topic = topic_condition(plan.topic, i);
    if (t.browse_named && on_topic)
      count_source(db, i, {nullptr, true, widest.empty() ? nullptr : &widest, *on_topic}, plan,
                   careers);
  }
  add_career_figures(db, careers);
  return tally(careers, by_career);
}

}  // namespace careerkb::search::detail
