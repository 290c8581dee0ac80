// parse_guide: Document in, Guide out. Builds the outline, names the career, runs each
// extractor pass, and says in warnings what a reader would miss (no median, no duties...).
#include <algorithm>

#include "parse/cards.hpp"
#include "parse/career_key.hpp"
#include "parse/extract.hpp"
#include "parse/roles.hpp"
#include "parse/text_util.hpp"
#include "parse/translations.hpp"

namespace careerkb::parse {
namespace {

void collect_sections(const Outline& outline, Guide& guide) {
  const Document& doc = *outline.doc;
  auto body = [&](int first, int last) {
    std::string text;
    for (int k = first; k < last; ++k) {
      const Block& b = doc.blocks[k];
      if (outline.is_heading[k] || outline.boilerplate[k]) continue;
      if (!text.empty()) text += '\n';
      text += b.text;
    }
    return text;
  };
  // Text before the first heading (an introduction) is a section titled by the guide.
  int first_heading = outline.sections.empty() ? static_cast<int>(doc.blocks.size())
                                               : outline.sections.front().heading_block;
  if (std::string intro = body(0, first_heading); !intro.empty()) {
    guide.sections.push_back(
        {guide.title, SectionKind::overview, 1, intro, doc.blocks.front().line});
  }
  for (const Outline::Entry& s : outline.sections) {
    if (s.kind == SectionKind::boilerplate) continue;
    const Block& heading = doc.blocks[s.heading_block];
    if (outline.boilerplate[s.heading_block]) continue;
    guide.sections.push_back({heading.text, s.kind, heading.level > 0 ? heading.level : 2,
                              body(s.first, s.last), heading.line});
  }
}

std::string find_summary(const Outline& outline) {
  const Document& doc = *outline.doc;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::paragraph || outline.kind[i] == SectionKind::boilerplate) continue;
    if (outline.boilerplate[i] || has_at_most_words(b.text, 14)) continue;
    return b.text;
  }
  return {};
}

// Figures about occupations the guide lists as its own kinds ("Medical technicians include:
// cardiovascular technicians...") are specializations; others are only comparisons.
void collect_specializations(const Document& doc, Guide& guide) {
  // Listed = a list item names both the occupation's modifier and its kind of job:
  // "Cardiovascular technicians, whose duties..." lists cardiovascular technologists, while
  // "Registered Phlebotomy Technician (RPT)" does not list registered nurses.
  auto listed = [&](const std::string& occupation) {
    std::string modifier = occupation, head = occupation;
    if (size_t space = occupation.rfind(' '); space != std::string::npos) {
      modifier.resize(space);
      head = occupation.substr(space + 1);
    }
    std::string family = head.substr(0, std::min<size_t>(head.size(), 4));  // tech, nurs, ther
    for (const Block& b : doc.blocks) {
      if (b.kind == BlockKind::list_item && contains_ci(b.text, modifier) &&
          contains_ci(b.text, family)) {
        return true;
      }
    }
    return false;
  };
  auto find_or_add = [&](const std::string& name, int line) -> Specialization& {
    for (Specialization& s : guide.specializations) {
      if (occupation_label(s.name) == name) return s;
    }
    guide.specializations.push_back({name, std::nullopt, std::nullopt, line});
    return guide.specializations.back();
  };
  for (SalaryFact& fact : guide.salary_facts) {
    if (fact.occupation.empty() || !listed(fact.occupation) || fact.kind != SalaryKind::median)
      continue;
    find_or_add(fact.occupation, fact.line).median_salary_annual_usd = fact.amount_annual_usd;
  }
  for (const OutlookFact& fact : guide.outlook) {
    if (fact.occupation.empty() || !fact.growth_pct || !listed(fact.occupation)) continue;
    find_or_add(fact.occupation, fact.line).growth_pct = fact.growth_pct;
  }
}

// "Ironworkers in Lakeland earned a median annual wage of $72,950" and a table row
// "Structural iron and steel workers ... $72,950": an occupation whose median is the figure the
// page states as the career's own is the career under its statistical title, so its range and
// growth are the career's too. "occupation" (all occupations) and "comparison" name no title.
void adopt_statistical_titles(Guide& guide) {
  std::vector<std::string> titles;
  for (const SalaryFact& own : guide.salary_facts) {
    if (!own.occupation.empty() || own.kind != SalaryKind::median || !own.amount_annual_usd)
      continue;
    for (const SalaryFact& other : guide.salary_facts) {
      if (other.occupation.empty() || other.kind != SalaryKind::median ||
          !other.amount_annual_usd || other.occupation == "occupation" ||
          other.occupation == "comparison" || other.period != own.period ||
          other.amount != own.amount) {
        continue;
      }
      if (std::find(titles.begin(), titles.end(), other.occupation) == titles.end())
        titles.push_back(other.occupation);
    }
  }
  if (titles.size() != 1) return;  // two occupations with the career's median: neither is sure
  for (SalaryFact& f : guide.salary_facts) {
    if (f.occupation == titles.front()) f.occupation.clear();
  }
  for (OutlookFact& f : guide.outlook) {
    if (f.occupation == titles.front()) f.occupation.clear();
  }
}

}  // namespace

Guide parse_guide(const Document& document, std::string_view file_name,
                  std::vector<BlockExplanation>* explanation) {
  Guide guide;
  if (document.blocks.empty()) {
    guide.career = "";
    guide.warnings.push_back({0, "no text in the document"});
    return guide;
  }
  const std::optional<Document> english = drop_translations(document);
  const Document& read = english ? *english : document;
  const std::optional<Document> with_cards = fold_card_runs(read);
  const Document& folded = with_cards ? *with_cards : read;
  Outline outline = build_outline(folded);
  BlockRoles roles = assign_roles(outline);
  if (explanation) *explanation = explain_roles(outline, roles);
  int title_line = 0;
  guide.career = find_career_name(outline, file_name, &title_line);
  guide.title = guide.career;
  for (size_t i = 0; i < folded.blocks.size(); ++i) {
    if (outline.is_heading[i] && !outline.boilerplate[i]) {
      guide.title = folded.blocks[i].text;
      break;
    }
  }
  guide.summary = find_summary(outline);
  collect_sections(outline, guide);
  extract_lists(outline, roles, guide);
  extract_salaries(outline, guide);
  extract_outlook(outline, guide);
  adopt_statistical_titles(guide);
  extract_education(outline, guide);
  extract_certifications(outline, roles, guide);
  extract_tiers(outline, roles, guide);
  collect_specializations(folded, guide);
  note_discarded_items(outline, roles, guide);

  if (guide.career.empty()) guide.warnings.push_back({0, "no career name found"});
  if (!guide.median_salary() && !guide.average_salary()) {
    guide.warnings.push_back({0, "no median or average salary found"});
  }
  if (!guide.typical_education()) guide.warnings.push_back({0, "no typical education found"});
  if (guide.duties.empty()) guide.warnings.push_back({0, "no duties found"});
  for (size_t size : {guide.duties.size(), guide.technical_skills.size(), guide.soft_skills.size(),
                      guide.tools.size(), guide.salary_facts.size(), guide.certifications.size()}) {
    if (size >= max_facts_per_list) {
      guide.warnings.push_back({0, "a list was cut at " + std::to_string(max_facts_per_list) +
                                       " items: the file is unusually long"});
      break;
    }
  }
  return guide;
}

}  // namespace careerkb::parse
