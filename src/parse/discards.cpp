// Discards: what a pass read as a candidate fact and left out. Passes that drop an item for a
// reason of their own (a rate, a worksheet blank) say so where they drop it; this last pass
// catches the rest: an item that a role or a fact-list heading made a candidate and that no fact
// of the guide came from. A user reading `careerkb dump` sees every such item with its line.
#include <algorithm>
#include <set>

#include "parse/extract.hpp"
#include "parse/roles.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

// The lines some fact of the guide was read from.
std::set<int> fact_lines(const Guide& g) {
  std::set<int> lines;
  auto add = [&](const auto& facts) {
    for (const auto& f : facts) lines.insert(f.line);
  };
  add(g.duties);
  add(g.technical_skills);
  add(g.soft_skills);
  add(g.tools);
  add(g.certifications);
  add(g.education);
  add(g.salary_facts);
  add(g.outlook);
  add(g.tiers);
  add(g.specializations);
  add(g.faqs);
  add(g.pros_cons);
  add(g.related_careers);
  return lines;
}

// The same fact read from another line ("Lead Phlebotomist - 6+ years" beside the ladder table
// that also names it, a credential repeated in prose) was merged, not dropped.
bool taken_elsewhere(const Guide& g, Role role, std::string_view text) {
  auto names = [&](const auto& facts, auto name_of) {
    return std::any_of(facts.begin(), facts.end(), [&](const auto& f) {
      const std::string_view name = name_of(f);
      return !name.empty() && contains_ci(text, name);
    });
  };
  auto text_of = [](const TextItem& t) -> std::string_view { return t.text; };
  switch (role) {
    case Role::tier:
      return names(g.tiers, [](const Tier& t) -> std::string_view { return t.name; });
    case Role::certification:
      return names(g.certifications,
                   [](const Certification& c) -> std::string_view { return c.name; });
    case Role::duty:
      return names(g.duties, text_of);
    case Role::skill:
    case Role::technical_skill:
    case Role::soft_skill:
      return names(g.technical_skills, text_of) || names(g.soft_skills, text_of);
    case Role::tool:
      return names(g.tools, text_of);
    default:
      return false;
  }
}

std::string reason_for(Role role, SectionKind section) {
  switch (role) {
    case Role::step:
      return "a step of becoming one, not a duty or a credential";
    case Role::none:
      return std::string("under a ") + to_string(section) + " heading, but read as no fact";
    default:
      return std::string("read as ") + role_name(role) + ", but no " + role_name(role) +
             " was taken from it";
  }
}

}  // namespace

void discard(Guide& guide, int line, std::string_view text, std::string_view reason) {
  guide.discarded.push_back({line, shortened(text, 120), std::string(reason)});
}

void note_discarded_items(const Outline& outline, const BlockRoles& roles, Guide& guide) {
  const Document& doc = *outline.doc;
  const std::set<int> taken = fact_lines(guide);
  std::set<int> noted;
  for (const Discard& d : guide.discarded) noted.insert(d.line);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (outline.is_heading[i] || outline.boilerplate[i] ||
        outline.kind[i] == SectionKind::boilerplate)
      continue;
    const bool item = b.kind == BlockKind::list_item || b.kind == BlockKind::table_row;
    const Role role = roles.role[i];
    if (!item || (role == Role::none && !names_a_list(outline.kind[i]))) continue;
    if (taken.count(b.line) || noted.count(b.line) || taken_elsewhere(guide, role, b.text))
      continue;
    discard(guide, b.line, b.text, reason_for(role, outline.kind[i]));
    noted.insert(b.line);
  }
  std::stable_sort(guide.discarded.begin(), guide.discarded.end(),
                   [](const Discard& a, const Discard& b) { return a.line < b.line; });
}

}  // namespace careerkb::parse
