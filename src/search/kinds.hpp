// The vocabularies of search, each spelled in one table: the kinds of fact a query can be scoped
// to (`duties:blood`, `--in skills`), the kind of fact a hit is, and the career filters. Every
// layer that names one of them (query parser, SQL, scoring, facets, printers, CLI help) reads these
// tables, so a new searchable kind is one row here and one in search_sql.hpp's `tables`.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace careerkb::search {

// Which kind of fact a term or a search is meant for; `any` applies to every kind.
enum class Scope { any, duties, skills, tools, certifications, sections, faqs };

struct SearchableKind {
  Scope scope;
  const char* plural;    // the name `--in` and `duties:` take, and the content table
  const char* singular;  // accepted too: `--in duty`, `duty:blood`
  const char* fts;       // its external-content FTS5 index
};

// In the order that breaks ties between equal scores.
inline constexpr std::array<SearchableKind, 6> searchable_kinds{{
    {Scope::duties, "duties", "duty", "duties_fts"},
    {Scope::skills, "skills", "skill", "skills_fts"},
    {Scope::tools, "tools", "tool", "tools_fts"},
    {Scope::certifications, "certifications", "certification", "certifications_fts"},
    {Scope::sections, "sections", "section", "sections_fts"},
    {Scope::faqs, "faqs", "faq", "faqs_fts"},
}};

// The row of a scope (not `any`).
constexpr const SearchableKind& searchable_kind(Scope scope) {
  for (const SearchableKind& k : searchable_kinds) {
    if (k.scope == scope) return k;
  }
  return searchable_kinds.front();  // Scope::any has no row; callers never ask for it
}

// "duties", "skills", ... and "any".
std::string_view scope_name(Scope scope);

// The scope a name stands for, plural or singular, ASCII case ignored: "Duty" -> duties.
std::optional<Scope> scope_from_name(std::string_view name);

// "duties, skills, tools, certifications, sections, faqs": for help texts and error messages.
std::string scope_names_list();

// What one search result is. The names are what every output format prints.
enum class FactKind { duty, technical_skill, soft_skill, tool, certification, section, faq };

inline constexpr std::array<std::pair<FactKind, const char*>, 7> fact_kind_names{{
    {FactKind::duty, "duty"},
    {FactKind::technical_skill, "technical_skill"},
    {FactKind::soft_skill, "soft_skill"},
    {FactKind::tool, "tool"},
    {FactKind::certification, "certification"},
    {FactKind::section, "section"},
    {FactKind::faq, "faq"},
}};

const char* to_string(FactKind kind);
// The kind a printed name stands for; std::nullopt for any other text.
std::optional<FactKind> fact_kind_from_name(std::string_view name);

// The filters on a career, as the core knows them; `option_name` is how people and the CLI
// write each one.
enum class FilterField {
  min_salary,
  max_salary,
  min_education,
  max_education,
  min_growth,
  certification,
  tier
};

inline constexpr std::array<std::pair<FilterField, const char*>, 7> filter_field_options{{
    {FilterField::min_salary, "--min-salary"},
    {FilterField::max_salary, "--max-salary"},
    {FilterField::min_education, "--min-education"},
    {FilterField::max_education, "--max-education"},
    {FilterField::min_growth, "--min-growth"},
    {FilterField::certification, "--certification"},
    {FilterField::tier, "--tier"},
}};

// "--min-salary" for FilterField::min_salary.
const char* option_name(FilterField field);

}  // namespace careerkb::search
