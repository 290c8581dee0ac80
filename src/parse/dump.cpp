// Renders a Guide as "kind<TAB>line<TAB>value" lines: easy to diff, easy to grep.
#include "parse/dump.hpp"

#include <cmath>
#include <sstream>

namespace careerkb::parse {
namespace {

std::string number(double value) {
  std::ostringstream out;
  if (value == std::floor(value) && std::abs(value) < 1e15) {
    out << static_cast<long long>(value);
  } else {
    out << value;
  }
  return out.str();
}

std::string optional_number(const std::optional<double>& value) {
  return value ? number(*value) : "-";
}

}  // namespace

std::string dump_guide(const Guide& g) {
  std::ostringstream out;
  auto line = [&](std::string_view kind, int at, const std::string& value) {
    out << kind << '\t' << at << '\t' << value << '\n';
  };
  line("career", 0, g.career);
  line("title", 0, g.title);
  line("median", 0, optional_number(g.median_salary()));
  line("average", 0, optional_number(g.average_salary()));
  line("range", 0, optional_number(g.salary_min()) + " .. " + optional_number(g.salary_max()));
  if (const OutlookFact* growth = g.growth()) {
    line("growth", growth->line, number(*growth->growth_pct) + "% " + growth->period);
  }
  if (auto level = g.typical_education())
    line("typical_education", 0, education_level_name(*level));
  for (const Section& s : g.sections)
    line("section", s.line, to_string(s.kind) + (" | " + s.heading));
  for (const TextItem& t : g.duties) line("duty", t.line, t.text);
  for (const TextItem& t : g.technical_skills) line("technical_skill", t.line, t.text);
  for (const TextItem& t : g.soft_skills) line("soft_skill", t.line, t.text);
  for (const TextItem& t : g.tools) line("tool", t.line, t.text);
  for (const Certification& c : g.certifications) {
    line("certification", c.line, c.name + (c.body.empty() ? "" : " | " + c.body));
  }
  for (const EducationFact& e : g.education) {
    line(e.typical ? "education*" : "education", e.line, education_level_name(e.level));
  }
  for (const SalaryFact& f : g.salary_facts) {
    line("salary", f.line,
         to_string(f.kind) + (" " + number(f.amount)) + " " + f.currency + " " + f.period + " -> " +
             optional_number(f.amount_annual_usd) + (f.label.empty() ? "" : " [" + f.label + "]") +
             (f.occupation.empty() ? "" : " {" + f.occupation + "}"));
  }
  for (const OutlookFact& o : g.outlook) {
    std::string value = o.growth_pct ? number(*o.growth_pct) + "% " + o.period : "";
    if (o.annual_openings) value += "openings " + std::to_string(*o.annual_openings);
    line("outlook", o.line, value + (o.occupation.empty() ? "" : " {" + o.occupation + "}"));
  }
  for (const Tier& t : g.tiers) {
    line("tier", t.line,
         t.name + " | " + (t.years_min ? std::to_string(*t.years_min) : "-") + ".." +
             (t.years_max ? std::to_string(*t.years_max) : "-"));
  }
  for (const Specialization& s : g.specializations) {
    line("specialization", s.line,
         s.name + " | " + optional_number(s.median_salary_annual_usd) + " | " +
             optional_number(s.growth_pct));
  }
  for (const Faq& f : g.faqs) line("faq", f.line, f.question);
  for (const ProCon& p : g.pros_cons) line(p.pro ? "pro" : "con", p.line, p.text);
  for (const TextItem& t : g.related_careers) line("related", t.line, t.text);
  for (const Diagnostic& d : g.warnings) line("warning", d.line, d.message);
  for (const Discard& d : g.discarded) line("discarded", d.line, d.text + " {" + d.reason + "}");
  return out.str();
}

std::string dump_explanation(const std::vector<BlockExplanation>& blocks) {
  std::ostringstream out;
  out << "# line\tblock\tsection\trole\ttext\tcues\n";
  for (const BlockExplanation& b : blocks) {
    out << b.line << '\t' << b.block_kind << '\t' << b.section << '\t' << b.role << '\t' << b.text
        << '\t';
    for (size_t k = 0; k < b.cues.size(); ++k) out << (k ? "; " : "") << b.cues[k];
    out << '\n';
  }
  return out.str();
}

}  // namespace careerkb::parse
