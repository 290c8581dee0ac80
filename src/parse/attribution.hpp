// Whose figure is it? A salary or growth figure in a sentence belongs to the guide's own
// career unless the sentence puts another occupation in front of it ("medical records and
// health information technicians earn about $39,000") and does not generalize ("overall",
// "broadly") to the whole family of jobs the guide is about.
#pragma once

#include <string>
#include <string_view>

namespace careerkb::parse {

// Returns "" when the figure at byte `position` of `sentence` is the career's own, else the
// normalized name of the occupation it is about. `career` is an occupation_label.
std::string figure_occupation(std::string_view sentence, size_t position,
                              const std::string& career);

// True when an occupation phrase names the career, allowing short forms: "techs", "vet tech"
// for "veterinary technician", "emt" for "emergency medical technician". Both normalized.
bool same_occupation(const std::string& mention, const std::string& career);

// A word that names a kind of worker: "technician", "Consultants", "phlebotomist".
bool is_job_noun(std::string_view word);

// The sentence of `text` that contains byte `position`.
std::string_view sentence_at(std::string_view text, size_t position);

}  // namespace careerkb::parse
