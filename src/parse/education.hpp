// The ordinal education scale (after the BLS "typical entry-level education" categories) and
// the mapping from the phrases guides use to it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careerkb::parse {

// Declared lowest first: the enum's value is the rank stored in the database.
enum class EducationLevel {
  none = 0,
  high_school,
  postsecondary_nondegree,
  some_college,
  associate,
  bachelor,
  master,
  doctoral,
};

const char* education_level_name(EducationLevel level);  // 'postsecondary_nondegree'
std::optional<EducationLevel> education_level_from_name(std::string_view name);

struct EducationMention {
  EducationLevel level;
  size_t position;  // byte offset in the text, so the first-named level can be told apart
};

// Every education level a sentence names, in order of appearance: "associate degree" ->
// associate, "high school diploma or GED" -> high_school, "certificate program" ->
// postsecondary_nondegree, "four-year degree" -> bachelor, "no formal education" -> none.
std::vector<EducationMention> find_education_levels(std::string_view text);

// False when find_education_levels() finds nothing in `text` nor in any part of it (such as
// one of its sentences); true when it may find something. A quick scan of the raw text that
// lets callers pass over the many blocks that never mention schooling.
bool may_name_education(std::string_view text);

}  // namespace careerkb::parse
