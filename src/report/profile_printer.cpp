// `careerkb show`: one career's profile as a readable report, every fact with the file and line
// it came from, or as the JSON document search::career_profile returns.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "report/printers.hpp"
#include "report/text_format.hpp"

namespace careerkb::report {
namespace {

using namespace detail;

// Profile fields, read defensively: a key the profile lacks prints as empty, not as an exception.
std::optional<double> num(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_number()) return std::nullopt;
  return j[key].get<double>();
}

std::string str(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || !j[key].is_string()) return "";
  return j[key].get<std::string>();
}

const nlohmann::json& list(const nlohmann::json& j, const char* key) {
  static const nlohmann::json empty = nlohmann::json::array();
  return j.contains(key) && j[key].is_array() ? j[key] : empty;
}

// '$41,810/yr', 'CAD 40,000/yr', '$20.10/hr': an amount as the guide stated it.
std::string stated_amount(const nlohmann::json& f) {
  double amount = num(f, "amount").value_or(0);
  std::string currency = str(f, "currency"), period = str(f, "period");
  long long cents = std::llround(amount * 100);  // '$20.10/hr': cents matter in hourly pay
  std::string text = money(static_cast<double>(cents / 100));
  if (cents % 100) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%02d", static_cast<int>(cents % 100));
    text += buf;
  }
  if (currency != "USD") text = currency + " " + text.substr(1);
  return text + (period == "hourly" ? "/hr" : period == "monthly" ? "/mo" : "/yr");
}

void profile_table(std::ostream& out, const nlohmann::json& p, bool color) {
  auto heading = [&](const std::string& h) {
    out << '\n' << (color ? ansi_bold + h + ansi_reset : h) << '\n';
  };
  auto field = [&](const char* name, const std::string& value) {
    out << "  " << name << std::string(16 - std::strlen(name), ' ') << value << '\n';
  };
  auto range = [](const std::optional<double>& lo, const std::optional<double>& hi) {
    return lo || hi ? money(lo) + " – " + money(hi) : std::string("-");
  };
  out << (color ? ansi_bold + str(p, "career") + ansi_reset : str(p, "career")) << '\n';
  field("median pay", money(num(p, "median_salary_annual_usd")));
  field("pay range", range(num(p, "salary_min_annual_usd"), num(p, "salary_max_annual_usd")));
  field("growth", percent(num(p, "growth_pct")));
  std::string education = str(p, "typical_education");
  field("education", education.empty() ? "-" : education);
  field("guides", std::to_string(list(p, "guides").size()));

  for (const nlohmann::json& g : list(p, "guides")) {
    std::string src = str(g, "source");
    auto at = [&](const nlohmann::json& item) {
      return src + ":" +
             (item.contains("line") && item["line"].is_number()
                  ? std::to_string(item["line"].get<long>())
                  : std::string("?"));
    };
    auto bullets = [&](const char* title, const char* key) {
      if (list(g, key).empty()) return;
      heading(std::string("  ") + title);
      for (const auto& item : list(g, key)) {
        if (item.is_string()) out << "    - " << one_line(item.get<std::string>()) << '\n';
      }
    };
    heading("== " + src + ": " + str(g, "title") + " ==");
    if (!str(g, "summary").empty()) out << "  " << one_line(str(g, "summary")) << '\n';
    field("median pay", money(num(g, "median_salary_annual_usd")));
    field("average pay", money(num(g, "average_salary_annual_usd")));
    field("pay range", range(num(g, "salary_min_annual_usd"), num(g, "salary_max_annual_usd")));
    std::string period = str(g, "growth_period");
    field("growth", percent(num(g, "growth_pct")) + (period.empty() ? "" : " (" + period + ")"));
    field("education", str(g, "typical_education").empty() ? "-" : str(g, "typical_education"));
    if (!list(g, "salary_facts").empty()) heading("  Salary facts (as written)");
    for (const auto& f : list(g, "salary_facts")) {
      std::string what = str(f, "kind") + (str(f, "label").empty() ? "" : " " + str(f, "label"));
      if (!str(f, "occupation").empty()) what += " [" + str(f, "occupation") + "]";
      out << "    " << at(f) << "  " << what << "  " << stated_amount(f) << "  \""
          << one_line(str(f, "original_text")) << "\"\n";
    }
    if (!list(g, "education").empty()) heading("  Education");
    for (const auto& e : list(g, "education"))
      out << "    " << at(e) << "  " << str(e, "level")
          << (e.value("typical", false) ? " (typical)" : "") << "  \"" << one_line(str(e, "text"))
          << "\"\n";
    if (!list(g, "outlook").empty()) heading("  Outlook");
    for (const auto& o : list(g, "outlook"))
      out << "    " << at(o) << "  " << percent(num(o, "growth_pct")) << "  \""
          << one_line(str(o, "original_text")) << "\"\n";
    bullets("Duties", "duties");
    bullets("Technical skills", "technical_skills");
    bullets("Soft skills", "soft_skills");
    bullets("Tools", "tools");
    bullets("Certifications", "certifications");
    if (!list(g, "tiers").empty()) heading("  Career tiers");
    for (const auto& t : list(g, "tiers")) {
      auto lo = num(t, "years_min"), hi = num(t, "years_max");
      std::string years = !lo  ? ""
                          : hi ? number(*lo) + "-" + number(*hi) + " years"
                               : number(*lo) + "+ years";
      out << "    " << at(t) << "  " << str(t, "name") << (years.empty() ? "" : "  " + years)
          << '\n';
    }
    if (!list(g, "specializations").empty()) heading("  Specializations");
    for (const auto& s : list(g, "specializations"))
      out << "    " << at(s) << "  " << str(s, "name") << "  "
          << money(num(s, "median_salary_annual_usd")) << '\n';
    if (!list(g, "faqs").empty()) heading("  FAQs");
    for (const auto& f : list(g, "faqs"))
      out << "    " << at(f) << "  " << one_line(str(f, "question")) << "\n      "
          << one_line(str(f, "answer")) << '\n';
    bullets("Pros", "pros");
    bullets("Cons", "cons");
    bullets("Related careers", "related_careers");
    if (!list(g, "warnings").empty()) heading("  Import warnings");
    for (const auto& w : list(g, "warnings"))
      out << "    " << at(w) << "  " << one_line(str(w, "message")) << '\n';
  }
}

}  // namespace

void print_profile(std::ostream& out, const nlohmann::json& profile, Format format, bool color) {
  if (format == Format::json) {
    out << dump(profile, 2) << '\n';
  } else if (format == Format::table) {
    profile_table(out, profile, color);
  } else {
    throw std::invalid_argument("a career profile prints as table or json only");
  }
}

}  // namespace careerkb::report
