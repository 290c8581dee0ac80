// The one key a career is known by. careers.normalized_name holds it, guides whose keys are
// equal merge into one career, and search and `show` look a typed name up by it, so every
// layer computes it here and nowhere else.
#pragma once

#include <string>
#include <string_view>

namespace careerkb::parse {

// The name's words as the search index splits them (text::lowercase_words), single-spaced,
// leading articles dropped while a word remains, the last word singular: "The Athletic
// Coaches" -> "athletic coach", "HVAC-R Service Techs" -> "hvac r service tech", "RNs" -> "rn".
// A key is its own key: career_key(career_key(x)) == career_key(x).
std::string career_key(std::string_view name);

// An occupation as a guide names it, for storing beside a figure that is about it: lowercase,
// single-spaced, leading articles dropped, the last word singular by the same rule as the key,
// punctuation kept ("Police and Sheriff's Patrol Officers" -> "police and sheriff's patrol
// officer"). career_key(occupation_label(x)) == career_key(x).
std::string occupation_label(std::string_view name);

// A lowercase word made singular: secretaries -> secretary, coaches -> coach, firemen ->
// fireman, technicians -> technician; business, status, analysis, specimen stay as they are.
std::string singular_word(std::string_view word);

}  // namespace careerkb::parse
