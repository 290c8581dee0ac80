// Credentials recognised by their written shape rather than by the words around them:
// "HT(ASCP)", "ARRT (M)", "OSC (Ophthalmic Surgical Assisting)", "Nutrition and Dietetics
// Technician, Registered (NDTR)", and the credentials every health job asks for (BLS, CPR and
// first aid, OSHA 10-Hour). Pure functions over one sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careerkb::parse {

// Appends the credentials `sentence` names. Shapes that only a credential has (an acronym with
// its board in brackets glued on, "ARRT (M)") are read anywhere; an acronym beside its
// expansion and the common life-support and safety cards only when `credential_context` (a
// credentials section, a list item, or a sentence that talks of certification).
void find_pattern_credentials(std::string_view sentence, bool credential_context,
                              std::vector<std::string>& out);

// True for capitals that look like a credential's but name something else: a country, a
// currency, a unit of a hospital (ICU, NICU), a record system, a test, a word in capitals.
bool is_known_non_credential(std::string_view word);

// True when a name is an awarding body's ("National Board for Certification in ...",
// "Commission on Dental Accreditation (CODA)") or an exam's, not a credential's.
bool names_a_body(std::string_view name);

// Splits "ARRT (MR) or ARMRIT", "RHDS, CHDS (both from AHDI)" into credential names; empty
// when a part is too long to be one.
std::vector<std::string> split_credential_list(std::string_view text);

}  // namespace careerkb::parse
