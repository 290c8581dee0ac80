// `careerkb show`: one career's profile as a readable report, every fact with the file and line
// it came from, or as the JSON document of report::career_profile_json.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "report/printers.hpp"
#include "report/profile.hpp"
#include "report/text_format.hpp"

namespace careerkb::report {
namespace {

using namespace detail;

// '$41,810/yr', 'CAD 40,000/yr', '$20.10/hr': an amount as the guide stated it.
std::string stated_amount(const db::ProfileSalaryFact& f) {
  long long cents = std::llround(f.amount * 100);  // '$20.10/hr': cents matter in hourly pay
  std::string text = money(static_cast<double>(cents / 100));
  if (cents % 100) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%02d", static_cast<int>(cents % 100));
    text += buf;
  }
  if (f.currency != "USD") text = f.currency + " " + text.substr(1);
  return text + (f.period == "hourly" ? "/hr" : f.period == "monthly" ? "/mo" : "/yr");
}

// The text of a nullable column, '' when NULL.
std::string text(const std::optional<std::string>& value) {
  return value.value_or("");
}

void profile_table(std::ostream& out, const db::CareerProfile& p, bool color) {
  auto heading = [&](const std::string& h) {
    out << '\n' << (color ? ansi_bold + h + ansi_reset : h) << '\n';
  };
  auto field = [&](const char* name, const std::string& value) {
    out << "  " << name << std::string(16 - std::strlen(name), ' ') << value << '\n';
  };
  auto range = [](const std::optional<double>& lo, const std::optional<double>& hi) {
    return lo || hi ? money(lo) + " – " + money(hi) : std::string("-");
  };
  auto level = [](const std::optional<std::string>& name) {
    return text(name).empty() ? std::string("-") : *name;
  };
  out << (color ? ansi_bold + p.career + ansi_reset : p.career) << '\n';
  field("median pay", money(p.median_salary_annual_usd));
  field("pay range", range(p.salary_min_annual_usd, p.salary_max_annual_usd));
  field("growth", percent(p.growth_pct));
  field("education", level(p.typical_education));
  field("guides", std::to_string(p.guides.size()));

  for (const db::GuideProfile& g : p.guides) {
    const std::string& src = g.source;
    auto at = [&](const std::optional<int>& line) {
      return src + ":" + (line ? std::to_string(*line) : std::string("?"));
    };
    auto bullets = [&](const char* title, const std::vector<std::string>& items) {
      if (items.empty()) return;
      heading(std::string("  ") + title);
      for (const std::string& item : items) out << "    - " << one_line(item) << '\n';
    };
    heading("== " + src + ": " + g.title + " ==");
    if (!text(g.summary).empty()) out << "  " << one_line(*g.summary) << '\n';
    field("median pay", money(g.median_salary_annual_usd));
    field("average pay", money(g.average_salary_annual_usd));
    field("pay range", range(g.salary_min_annual_usd, g.salary_max_annual_usd));
    std::string period = text(g.growth_period);
    field("growth", percent(g.growth_pct) + (period.empty() ? "" : " (" + period + ")"));
    field("education", level(g.typical_education));
    if (!g.salary_facts.empty()) heading("  Salary facts (as written)");
    for (const db::ProfileSalaryFact& f : g.salary_facts) {
      std::string what = parse::to_string(f.kind) + (text(f.label).empty() ? "" : " " + *f.label);
      if (!text(f.occupation).empty()) what += " [" + *f.occupation + "]";
      out << "    " << at(f.line) << "  " << what << "  " << stated_amount(f) << "  \""
          << one_line(f.original_text) << "\"\n";
    }
    if (!g.education.empty()) heading("  Education");
    for (const db::ProfileEducation& e : g.education)
      out << "    " << at(e.line) << "  " << e.level << (e.typical ? " (typical)" : "") << "  \""
          << one_line(e.text) << "\"\n";
    if (!g.outlook.empty()) heading("  Outlook");
    for (const db::ProfileOutlook& o : g.outlook)
      out << "    " << at(o.line) << "  " << percent(o.growth_pct) << "  \""
          << one_line(o.original_text) << "\"\n";
    bullets("Duties", g.duties);
    bullets("Technical skills", g.technical_skills);
    bullets("Soft skills", g.soft_skills);
    bullets("Tools", g.tools);
    bullets("Certifications", g.certifications);
    if (!g.tiers.empty()) heading("  Career tiers");
    for (const db::ProfileTier& t : g.tiers) {
      const std::optional<double>&lo = t.years_min, &hi = t.years_max;
      std::string years = !lo  ? ""
                          : hi ? number(*lo) + "-" + number(*hi) + " years"
                               : number(*lo) + "+ years";
      out << "    " << at(t.line) << "  " << t.name << (years.empty() ? "" : "  " + years) << '\n';
    }
    if (!g.specializations.empty()) heading("  Specializations");
    for (const db::ProfileSpecialization& s : g.specializations)
      out << "    " << at(s.line) << "  " << s.name << "  " << money(s.median_salary_annual_usd)
          << '\n';
    if (!g.faqs.empty()) heading("  FAQs");
    for (const db::ProfileFaq& f : g.faqs)
      out << "    " << at(f.line) << "  " << one_line(f.question) << "\n      "
          << one_line(f.answer) << '\n';
    bullets("Pros", g.pros);
    bullets("Cons", g.cons);
    bullets("Related careers", g.related_careers);
    if (!g.warnings.empty()) heading("  Import warnings");
    for (const db::ProfileWarning& w : g.warnings)
      out << "    " << at(w.line) << "  " << one_line(w.message) << '\n';
  }
}

}  // namespace

void print_profile(std::ostream& out, const db::CareerProfile& profile, Format format, bool color) {
  if (format == Format::json) {
    out << dump(career_profile_json(profile), 2) << '\n';
  } else if (format == Format::table) {
    profile_table(out, profile, color);
  } else {
    throw std::invalid_argument("a career profile prints as table or json only");
  }
}

}  // namespace careerkb::report
