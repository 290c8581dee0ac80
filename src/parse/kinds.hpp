// The closed vocabularies of a Guide: what a section is about and what a salary figure is.
// Each name in the tables below is the string stored in the database (sections.kind,
// salary_facts.kind); schema/006_kind_checks.sql admits exactly these names with CHECK
// constraints, so a new kind needs a migration as well as a line here.
#pragma once

#include <optional>
#include <string_view>

namespace careerkb::parse {

// Normalized section kinds. `other` is a heading we have no meaning for; `overview` is the text
// before a guide's first heading. classify_heading (extract.hpp) gives the others.
enum class SectionKind {
  other,
  overview,
  key_facts,
  duties,
  day_in_life,
  skills,  // mixed list: technical and soft told apart item by item
  technical_skills,
  soft_skills,
  tools,
  certifications,
  education,
  salary,
  outlook,
  career_path,
  faq,
  pros_cons,
  pros,
  cons,
  related,
  global,
  specializations,
  boilerplate,  // page furniture: parse_guide keeps no section of this kind, nor does the schema
                // (it stays last: kinds.cpp checks that each value has its row)
};

// What a salary figure is. `label` (SalaryFact) says more for some kinds: the level's name for
// `level`, "p10" or "p90" for `percentile`, a stage word for a range.
enum class SalaryKind {
  median,
  average,
  range_low,
  range_high,
  entry,
  mid,
  senior,
  level,  // a row of a pay-by-level table
  percentile,
  other,  // a pay figure whose words say no more (it stays last, as boilerplate above)
};

template <class Kind>
struct KindName {
  Kind kind;
  const char* name;
};

// One row per value, in declaration order: the only place the names are spelled.
inline constexpr KindName<SectionKind> section_kind_names[] = {
    {SectionKind::other, "other"},
    {SectionKind::overview, "overview"},
    {SectionKind::key_facts, "key_facts"},
    {SectionKind::duties, "duties"},
    {SectionKind::day_in_life, "day_in_life"},
    {SectionKind::skills, "skills"},
    {SectionKind::technical_skills, "technical_skills"},
    {SectionKind::soft_skills, "soft_skills"},
    {SectionKind::tools, "tools"},
    {SectionKind::certifications, "certifications"},
    {SectionKind::education, "education"},
    {SectionKind::salary, "salary"},
    {SectionKind::outlook, "outlook"},
    {SectionKind::career_path, "career_path"},
    {SectionKind::faq, "faq"},
    {SectionKind::pros_cons, "pros_cons"},
    {SectionKind::pros, "pros"},
    {SectionKind::cons, "cons"},
    {SectionKind::related, "related"},
    {SectionKind::global, "global"},
    {SectionKind::specializations, "specializations"},
    {SectionKind::boilerplate, "boilerplate"},
};

inline constexpr KindName<SalaryKind> salary_kind_names[] = {
    {SalaryKind::median, "median"},         {SalaryKind::average, "average"},
    {SalaryKind::range_low, "range_low"},   {SalaryKind::range_high, "range_high"},
    {SalaryKind::entry, "entry"},           {SalaryKind::mid, "mid"},
    {SalaryKind::senior, "senior"},         {SalaryKind::level, "level"},
    {SalaryKind::percentile, "percentile"}, {SalaryKind::other, "other"},
};

// The stored name: to_string(SectionKind::day_in_life) == "day_in_life". Never empty.
const char* to_string(SectionKind kind);
const char* to_string(SalaryKind kind);

// The kind a stored name stands for, std::nullopt for any other text (case matters):
// from_string<SalaryKind>("range_low") == SalaryKind::range_low.
template <class Kind>
std::optional<Kind> from_string(std::string_view name);
template <>
std::optional<SectionKind> from_string<SectionKind>(std::string_view name);
template <>
std::optional<SalaryKind> from_string<SalaryKind>(std::string_view name);

}  // namespace careerkb::parse
