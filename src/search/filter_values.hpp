// The values a user types for a filter (`45k`, `$20/h`, `associate`, `5%`, `duties,skills`),
// read into what search compares. Pure functions, no SQLite: the CLI checks every option with
// them before a database is opened, and the intent reader uses them on words in the query box.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/education.hpp"
#include "search/kinds.hpp"

namespace careerkb::search {

// '45000', '45k', '45K', '$45,000', '$45.5k' -> annual USD; hourly '20/h', '$21.50/hr',
// '20/hour' are annualised at 2,080 hours. Throws std::invalid_argument with a one-line message
// naming the text for anything else (negative, empty, another currency).
double parse_salary_amount(std::string_view text);

// 'associate', 'Associate', 'high-school', 'high school' -> the level. Throws
// std::invalid_argument with a message listing the valid names.
parse::EducationLevel parse_education_level(std::string_view text);

// '5', '5%', '7.5 %', '-2' -> percent. Throws std::invalid_argument naming the text otherwise.
double parse_growth_pct(std::string_view text);

// 'duties,skill, faqs' -> {duties, skills, faqs} (no repeats; names as searchable_kinds spells
// them, plural or singular). Throws std::invalid_argument naming the unknown kind and listing the
// valid ones.
std::vector<Scope> parse_kinds(std::string_view comma_list);

// A figure as a person writes it in a message: 60000, 41600, 7.5 (no trailing zeros).
std::string format_number(double value);

}  // namespace careerkb::search
