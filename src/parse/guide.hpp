// The plain Guide struct: everything CareerKB reads from one guide document, each fact with
// the 1-based line of the source it came from. Built by parse_guide, written by db::write_guide.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/document.hpp"
#include "parse/education.hpp"
#include "parse/kinds.hpp"

namespace careerkb::parse {

struct TextItem {
  std::string text;
  int line = 0;
};

struct Section {
  std::string heading;
  SectionKind kind = SectionKind::other;
  int level = 1;
  std::string text;  // body text, one block per line, boilerplate removed
  int line = 0;
};

struct Certification {
  std::string name;  // credential as written: 'Certified Phlebotomy Technician', 'ASCP'
  std::string body;  // issuing body when named, else empty
  int line = 0;
};

struct EducationFact {
  EducationLevel level = EducationLevel::none;
  bool typical = false;  // the usual entry path the guide states
  std::string text;
  int line = 0;
};

struct SalaryFact {
  SalaryKind kind = SalaryKind::other;
  std::string label;       // level/tier/specialization name, p10/p90..., "at least" (a bound)
  std::string occupation;  // non-empty when the figure is about another occupation
  double amount = 0;       // as written
  std::string currency = "USD";
  std::string period = "annual";            // hourly, annual, monthly
  std::optional<double> amount_annual_usd;  // empty when not USD
  std::string original_text;
  int line = 0;
};

struct OutlookFact {
  std::string occupation;  // non-empty when about another occupation
  std::optional<double> growth_pct;
  std::string period;  // '2022-2032' or empty
  std::optional<long> annual_openings;
  std::string original_text;
  int line = 0;
};

struct Tier {
  std::string name;
  std::optional<int> years_min;
  std::optional<int> years_max;  // empty for an open top ('8+ years')
  int line = 0;
};

struct Specialization {
  std::string name;
  std::optional<double> median_salary_annual_usd;
  std::optional<double> growth_pct;
  int line = 0;
};

struct Faq {
  std::string question;
  std::string answer;
  int line = 0;
};

struct ProCon {
  bool pro = true;
  std::string text;
  int line = 0;
};

struct Diagnostic {
  int line = 0;  // 0 when the whole document is meant
  std::string message;
};

// Text a pass read as a candidate fact and then left out, with why: `dump` lists them and the
// import summary counts them, so nothing a guide says disappears without a word.
struct Discard {
  int line = 0;
  std::string text;    // the item as the page wrote it (cut to a readable length)
  std::string reason;  // e.g. "names an amount of money, not a skill"
};

struct Guide {
  std::string career;  // the occupation the guide is about, e.g. 'Health Technician'
  std::string title;   // the document's own title line
  std::string summary;
  std::vector<Section> sections;
  std::vector<TextItem> duties;
  std::vector<TextItem> technical_skills;
  std::vector<TextItem> soft_skills;
  std::vector<TextItem> tools;
  std::vector<Certification> certifications;
  std::vector<EducationFact> education;
  std::vector<SalaryFact> salary_facts;
  std::vector<OutlookFact> outlook;
  std::vector<Tier> tiers;
  std::vector<Specialization> specializations;
  std::vector<Faq> faqs;
  std::vector<ProCon> pros_cons;
  std::vector<TextItem> related_careers;
  std::vector<Diagnostic> warnings;
  std::vector<Discard> discarded;

  // Headline figures, chosen among the facts above (annual USD); empty when the guide is silent.
  std::optional<double> median_salary() const;
  std::optional<double> average_salary() const;
  std::optional<double> salary_min() const;
  std::optional<double> salary_max() const;
  const OutlookFact* growth() const;  // the guide's own occupation's growth, or nullptr
  std::optional<EducationLevel> typical_education() const;
};

// Reads a Document into a Guide. Pure: no I/O, no SQLite. Never throws on odd input; what it
// cannot read becomes a warning. `file_name` is used to guess the career when no title says it.
// With `explanation`, also says for every block which role it was given and why (dump --explain).
struct BlockExplanation;
Guide parse_guide(const Document& document, std::string_view file_name,
                  std::vector<BlockExplanation>* explanation = nullptr);

}  // namespace careerkb::parse
