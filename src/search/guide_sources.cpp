// The guides a career result rests on, each cited by one line: every career that `search --by
// career`, a search with filters only, or `careerkb careers` returns carries them, so a reader can
// open the guide at the figure or fact that put the career in the list. One statement per page of
// results, whatever the number of careers on it.
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "search/engine.hpp"

namespace careerkb::search::detail {
namespace {

// The line each guide is cited by, when a filter chose the career, is that of the figure the
// filter compared: the same fact parse::Guide chose as the guide's headline (the first of its
// kind, hence ORDER BY id, the order the facts were written in). NULL when the guide lacks it.
std::string figure_line_sql(CitedFigure figure) {
  switch (figure) {
    case CitedFigure::salary:
      return "(SELECT f.line FROM salary_facts f WHERE f.guide_id = g.id AND f.kind = 'median'"
             " AND f.amount_annual_usd = g.median_salary_annual_usd ORDER BY f.id LIMIT 1)";
    case CitedFigure::growth:
      return "(SELECT f.line FROM outlook f WHERE f.guide_id = g.id"
             " AND f.growth_pct = g.growth_pct AND coalesce(f.occupation, '') = ''"
             " ORDER BY f.id LIMIT 1)";
    case CitedFigure::education:
      return "(SELECT f.line FROM education f WHERE f.guide_id = g.id AND f.is_typical = 1"
             " AND f.level_rank = g.typical_education_rank ORDER BY f.id LIMIT 1)";
    case CitedFigure::certification:
      return "(SELECT f.line FROM certifications f WHERE f.guide_id = g.id"
             " AND (instr(lower(f.name), ?) > 0 OR instr(lower(coalesce(f.body, '')), ?) > 0)"
             " ORDER BY f.id LIMIT 1)";
    case CitedFigure::tier:
      return "(SELECT f.line FROM tiers f WHERE f.guide_id = g.id AND instr(lower(f.name), ?) > 0"
             " ORDER BY f.id LIMIT 1)";
    case CitedFigure::none:
      break;
  }
  return "NULL";
}

// The guides table keeps no line for the title, so the fallback is the first line any section or
// fact of the guide starts on: the title's heading when the guide opens with one. A guide with
// neither (nothing was read from it) is cited by its line 1.
constexpr const char* first_line_sql =
    "min(coalesce((SELECT min(line) FROM sections WHERE guide_id = g.id), 1e9),"
    " coalesce((SELECT min(line) FROM duties WHERE guide_id = g.id), 1e9),"
    " coalesce((SELECT min(line) FROM skills WHERE guide_id = g.id), 1e9),"
    " coalesce((SELECT min(line) FROM salary_facts WHERE guide_id = g.id), 1e9),"
    " coalesce((SELECT min(line) FROM education WHERE guide_id = g.id), 1e9),"
    " coalesce((SELECT min(line) FROM outlook WHERE guide_id = g.id), 1e9))";

std::string ids_json(const std::vector<std::int64_t>& ids) {
  std::string json = "[";
  for (std::int64_t id : ids) json += (json.size() > 1 ? "," : "") + std::to_string(id);
  return json + "]";
}

// The best matching fact of this guide among the career's shown matches (best first), or 0.
int best_match_line(const std::vector<Hit>* matches, const std::string& file) {
  if (!matches) return 0;
  for (const Hit& m : *matches) {
    if (m.file == file) return m.line;
  }
  return 0;
}

}  // namespace

CitedFigure cited_figure(const Filters& f) {
  // Growth first: a search with filters only lists careers by growth when it is filtered on.
  if (f.min_growth) return CitedFigure::growth;
  if (f.min_salary || f.max_salary) return CitedFigure::salary;
  if (f.min_education || f.max_education) return CitedFigure::education;
  if (!f.certification.empty()) return CitedFigure::certification;
  if (!f.tier.empty()) return CitedFigure::tier;
  return CitedFigure::none;
}

std::map<std::int64_t, std::vector<GuideSource>> guide_sources(
    SQLite::Database& db, const Filters& filters, const std::vector<std::int64_t>& ids,
    const std::map<std::int64_t, const std::vector<Hit>*>& matches) {
  std::map<std::int64_t, std::vector<GuideSource>> out;
  if (ids.empty()) return out;
  const CitedFigure figure = cited_figure(filters);
  // json_each takes any number of careers in one bound value (`careers` has no LIMIT). CROSS
  // JOIN keeps it the outer loop, so only those careers' guides are read, through the index
  // that starts with career_id, instead of a scan of every guide.
  SQLite::Statement st(db, "SELECT g.career_id, s.path, " + figure_line_sql(figure) + ", " +
                               first_line_sql +
                               " FROM json_each(?) AS wanted"
                               " CROSS JOIN guides g ON g.career_id = wanted.value"
                               " JOIN sources s ON s.id = g.source_id");
  int bind = 1;
  if (figure == CitedFigure::certification) {
    std::string needle = lower_ascii(filters.certification);
    st.bind(bind++, needle);
    st.bind(bind++, needle);
  }
  if (figure == CitedFigure::tier) st.bind(bind++, lower_ascii(filters.tier));
  st.bind(bind++, ids_json(ids));
  while (st.executeStep()) {
    const std::int64_t career = st.getColumn(0).getInt64();
    GuideSource source;
    source.file = std::filesystem::path(st.getColumn(1).getString()).filename().string();
    auto found = matches.find(career);
    source.line = st.getColumn(2).isNull() ? 0 : st.getColumn(2).getInt();
    if (source.line <= 0)
      source.line = best_match_line(found == matches.end() ? nullptr : found->second, source.file);
    if (source.line <= 0) {
      const double first = st.getColumn(3).getDouble();
      source.line = first >= 1 && first < 1e9 ? static_cast<int>(first) : 1;
    }
    out[career].push_back(std::move(source));
  }
  for (auto& [career, guides] : out) {
    std::sort(guides.begin(), guides.end(), [](const GuideSource& a, const GuideSource& b) {
      return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
  }
  return out;
}

}  // namespace careerkb::search::detail
