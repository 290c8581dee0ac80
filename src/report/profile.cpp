// Writes GuideProfile and CareerProfile as the JSON documents of `export` and `show`. Field
// names and number forms are the published format: tests/tools/compare_profiles.py and the CLI
// tests read them.
#include "report/profile.hpp"

#include <cmath>

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

json number_or_null(const std::optional<double>& value) {
  if (!value) return nullptr;
  return number(*value);
}

// Career figures keep SQLite's REAL as it is: an average of 41810 reads 41810.0.
json double_or_null(const std::optional<double>& value) {
  if (!value) return nullptr;
  return *value;
}

json text_or_null(const std::optional<std::string>& value) {
  if (!value) return nullptr;
  return *value;
}

template <class Row, class RowFn>
json rows(const std::vector<Row>& items, RowFn row) {
  json out = json::array();
  for (const Row& item : items) out.push_back(row(item));
  return out;
}

}  // namespace

json guide_profile_json(const db::GuideProfile& g) {
  json p = json::object();
  p["source"] = g.source;
  p["path"] = g.path;
  p["career"] = g.career;
  p["title"] = g.title;
  p["summary"] = text_or_null(g.summary);
  p["median_salary_annual_usd"] = number_or_null(g.median_salary_annual_usd);
  p["average_salary_annual_usd"] = number_or_null(g.average_salary_annual_usd);
  p["salary_min_annual_usd"] = number_or_null(g.salary_min_annual_usd);
  p["salary_max_annual_usd"] = number_or_null(g.salary_max_annual_usd);
  p["growth_pct"] = number_or_null(g.growth_pct);
  p["growth_period"] = text_or_null(g.growth_period);
  p["typical_education"] = text_or_null(g.typical_education);
  p["duties"] = g.duties;
  p["technical_skills"] = g.technical_skills;
  p["soft_skills"] = g.soft_skills;
  p["tools"] = g.tools;
  p["certifications"] = g.certifications;
  p["tiers"] = rows(g.tiers, [](const db::ProfileTier& t) {
    return json{{"name", t.name},
                {"years_min", number_or_null(t.years_min)},
                {"years_max", number_or_null(t.years_max)},
                {"line", t.line}};
  });
  p["salary_facts"] = rows(g.salary_facts, [](const db::ProfileSalaryFact& f) {
    return json{{"kind", parse::to_string(f.kind)},
                {"label", text_or_null(f.label)},
                {"occupation", text_or_null(f.occupation)},
                {"amount", number(f.amount)},
                {"currency", f.currency},
                {"period", f.period},
                {"amount_annual_usd", number_or_null(f.amount_annual_usd)},
                {"original_text", f.original_text},
                {"line", f.line}};
  });
  p["education"] = rows(g.education, [](const db::ProfileEducation& e) {
    return json{{"level", e.level}, {"typical", e.typical}, {"text", e.text}, {"line", e.line}};
  });
  p["outlook"] = rows(g.outlook, [](const db::ProfileOutlook& o) {
    return json{{"occupation", text_or_null(o.occupation)},
                {"growth_pct", number_or_null(o.growth_pct)},
                {"period", text_or_null(o.period)},
                {"annual_openings", number_or_null(o.annual_openings)},
                {"original_text", o.original_text},
                {"line", o.line}};
  });
  p["specializations"] = rows(g.specializations, [](const db::ProfileSpecialization& s) {
    return json{{"name", s.name},
                {"median_salary_annual_usd", number_or_null(s.median_salary_annual_usd)},
                {"growth_pct", number_or_null(s.growth_pct)},
                {"line", s.line}};
  });
  p["faqs"] = rows(g.faqs, [](const db::ProfileFaq& f) {
    return json{{"question", f.question}, {"answer", f.answer}, {"line", f.line}};
  });
  p["pros"] = g.pros;
  p["cons"] = g.cons;
  p["related_careers"] = g.related_careers;
  p["warnings"] = rows(g.warnings, [](const db::ProfileWarning& w) {
    return json{{"line", w.line ? json(*w.line) : json(nullptr)}, {"message", w.message}};
  });
  return p;
}

json career_profile_json(const db::CareerProfile& c) {
  return json{
      {"career", c.career},
      {"median_salary_annual_usd", double_or_null(c.median_salary_annual_usd)},
      {"salary_min_annual_usd", double_or_null(c.salary_min_annual_usd)},
      {"salary_max_annual_usd", double_or_null(c.salary_max_annual_usd)},
      {"growth_pct", double_or_null(c.growth_pct)},
      {"typical_education", text_or_null(c.typical_education)},
      {"source_count", c.source_count},
      {"guides", rows(c.guides, guide_profile_json)},
  };
}

json export_json(const std::vector<db::GuideProfile>& guides) {
  return rows(guides, guide_profile_json);
}

void print_export(std::ostream& out, const std::vector<db::GuideProfile>& guides, bool ndjson) {
  if (ndjson) {
    for (const db::GuideProfile& g : guides) out << guide_profile_json(g).dump() << "\n";
  } else {
    out << export_json(guides).dump(2) << "\n";
  }
}

}  // namespace careerkb::report
