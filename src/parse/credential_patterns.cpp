// Credential shapes; see credential_patterns.hpp. An expansion that ends in an organisation's
// word (Board, Society, Agency...) names the body that awards a credential, not the credential.
#include "parse/credential_patterns.hpp"

#include <algorithm>

#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

bool is_upper_run(std::string_view s, size_t min, size_t max) {
  if (s.size() < min || s.size() > max) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return is_ascii_upper(c) || is_ascii_digit(c); }) &&
         is_ascii_upper(s.front());
}

// An acronym as credentials are written: "CPhT", "RHIT", "R.EEG", "SA-C" (2-8 characters,
// mostly capitals).
bool is_acronym_word(std::string_view w) {
  if (w.size() < 2 || w.size() > 8 || !is_ascii_upper(w.front())) return false;
  int upper = 0, lower = 0;
  for (char c : w) {
    if (is_ascii_upper(c)) ++upper;
    if (c >= 'a' && c <= 'z') ++lower;
    if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '-' && c != '.') return false;
  }
  if (is_known_non_credential(w)) return false;
  // Job titles, which an expansion in brackets spells out: "RN (Registered Nurse)".
  for (std::string_view title : {"GI", "OT", "PT", "RN", "LPN", "CNA", "EMT"}) {
    if (w == title) return false;
  }
  return upper >= 2 && lower <= 2;
}

bool ends_in_organisation(std::string_view expansion) {
  static constexpr std::string_view bodies[] = {
      "board",          "society",     "association", "agency",     "commission",
      "council",        "college",     "institute",   "academy",    "organization",
      "committee",      "alliance",    "federation",  "department", "bureau",
      "administration", "center",      "centre",      "foundation", "registry",
      "examiners",      "program",     "programs",    "office",     "network",
      "union",          "examination", "exam"};
  std::vector<std::string_view> words = split_words(expansion);
  if (words.empty()) return true;
  for (std::string_view b : bodies) {
    if (equals_ci(words.back(), b)) return true;
  }
  // "National Board for Certification in Occupational Therapy": a body named first.
  for (size_t k = 0; k + 1 < words.size() && k < 3; ++k) {
    for (std::string_view b : bodies) {
      if (equals_ci(words[k], b)) return true;
    }
  }
  return false;
}

// The capitalised words right before `end` ("Nutrition and Dietetics Technician, Registered"),
// up to eight, joined by small words; empty when there are none.
std::string_view expansion_before(std::string_view s, size_t end) {
  std::string_view before = s.substr(0, end);
  std::vector<std::string_view> words = split_words(before);
  size_t first = words.size();
  int capitals = 0;
  for (size_t k = words.size(); k-- > 0 && words.size() - k <= 9;) {
    std::string_view w = words[k];
    bool small = equals_ci(w, "and") || equals_ci(w, "of") || equals_ci(w, "in") ||
                 equals_ci(w, "on") || equals_ci(w, "for") || equals_ci(w, "the");
    if (is_ascii_upper(w.front())) {
      ++capitals;
      first = k;
    } else if (!small || k + 1 == words.size()) {
      break;
    }
  }
  if (capitals < 2 || first == words.size()) return {};
  size_t from = static_cast<size_t>(words[first].data() - s.data());
  return trim(s.substr(from, end - from));
}

void add(std::vector<std::string>& out, std::string name) {
  name = collapse_spaces(name);
  if (name.empty()) return;
  for (const std::string& n : out) {
    if (equals_ci(n, name)) return;
  }
  out.push_back(std::move(name));
}

// Life-support and safety cards, with the words that belong to their name.
constexpr std::string_view common_cards[] = {
    "Basic Life Support", "CPR/BLS", "BLS",          "ACLS",         "PALS",    "CPR and first aid",
    "CPR/First Aid",      "CPR",     "OSHA 10-Hour", "OSHA 30-Hour", "ServSafe"};

}  // namespace

bool is_known_non_credential(std::string_view word) {
  static constexpr std::string_view known[] = {
      "US",   "USA",   "UK",   "EU",   "AI",  "HR",   "EHR", "EMR", "ICU", "NICU", "PICU",
      "CICU", "SICU",  "ED",   "ER",   "OR",  "PACU", "PPE", "GED", "FAQ", "AM",   "PM",
      "II",   "III",   "IV",   "NHS",  "VA",  "IT",   "SOC", "CAD", "AUD", "EUR",  "GBP",
      "USD",  "SGD",   "PDF",  "ID",   "DNA", "ECG",  "EKG", "MRI", "CT",  "PET",  "OK",
      "TV",   "HIPAA", "LIS",  "LIMS", "DEI", "ERGs", "JD",  "AND", "THE", "FOR",  "OF",
      "TO",   "IN",    "WITH", "ON",   "AT",  "BY",   "AN"};
  return std::find(std::begin(known), std::end(known), word) != std::end(known);
}

void find_pattern_credentials(std::string_view s, bool credential_context,
                              std::vector<std::string>& out) {
  // Most sentences hold neither a bracket nor a card's name: two byte scans say so.
  const bool bracket = s.find('(') != std::string_view::npos;
  const bool card_letters =
      credential_context &&
      (s.find("BLS") != std::string_view::npos || s.find("CPR") != std::string_view::npos ||
       s.find("ACLS") != std::string_view::npos || s.find("PALS") != std::string_view::npos ||
       s.find("OSHA") != std::string_view::npos || s.find("ServSafe") != std::string_view::npos ||
       contains_ci(s, "life support"));
  if (!bracket && !card_letters) return;
  for (size_t open = s.find('('); open != std::string_view::npos; open = s.find('(', open + 1)) {
    size_t close = s.find(')', open);
    if (close == std::string_view::npos || close - open > 60) continue;
    std::string_view inside = s.substr(open + 1, close - open - 1);
    // The word glued before the bracket, or one space before it: "HT(ASCP)", "ARRT (M)".
    size_t word_end = open;
    bool spaced = word_end > 0 && s[word_end - 1] == ' ';
    if (spaced) --word_end;
    size_t word_start = word_end;
    while (word_start > 0 && (is_ascii_alpha(s[word_start - 1]) ||
                              is_ascii_digit(s[word_start - 1]) || s[word_start - 1] == '-')) {
      --word_start;
    }
    std::string_view word = s.substr(word_start, word_end - word_start);
    if (!spaced && is_upper_run(word, 2, 6) && is_upper_run(inside, 1, 6)) {
      add(out, std::string(s.substr(word_start, close + 1 - word_start)));  // HT(ASCP)
      continue;
    }
    if (spaced && is_upper_run(word, 3, 6) && is_upper_run(inside, 1, 3)) {
      add(out, std::string(s.substr(word_start, close + 1 - word_start)));  // ARRT (M)
      continue;
    }
    if (!credential_context) continue;
    // "OSC (Ophthalmic Surgical Assisting)": an acronym with its expansion after it.
    if (spaced && is_acronym_word(word) && !is_upper_run(inside, 1, 8) &&
        has_at_most_words(inside, 8) && count_words(inside) >= 2 &&
        is_ascii_upper(trim(inside).front()) && !ends_in_organisation(inside)) {
      add(out, std::string(s.substr(word_start, close + 1 - word_start)));
      continue;
    }
    // "Nutrition and Dietetics Technician, Registered (NDTR)": the expansion before it.
    if (is_acronym_word(inside)) {
      std::string_view expansion = expansion_before(s, spaced ? open - 1 : open);
      if (!expansion.empty() && !ends_in_organisation(expansion)) {
        size_t from = static_cast<size_t>(expansion.data() - s.data());
        add(out, std::string(s.substr(from, close + 1 - from)));
      }
    }
  }
  if (!card_letters) return;
  for (std::string_view card : common_cards) {
    size_t at = find_word_ci(s, card);
    if (at == std::string_view::npos) continue;
    // Only the longest form once: "CPR and first aid" over "CPR".
    bool inside_longer = std::any_of(out.begin(), out.end(),
                                     [&](const std::string& n) { return contains_ci(n, card); });
    if (inside_longer) continue;
    std::string name(s.substr(at, card.size()));
    // "BLS for Healthcare Providers", "a BLS card": the card's own qualifier.
    std::string_view after = s.substr(at + card.size());
    // "BLS" is also the Bureau of Labor Statistics: only a card, course or certification.
    if (card == "BLS" && !starts_with_ci(trim(after), "card") &&
        !starts_with_ci(trim(after), "cert") && !starts_with_ci(trim(after), "course") &&
        !starts_with_ci(trim(after), "training") && !starts_with_ci(trim(after), "through") &&
        !starts_with_ci(trim(after), "from") && !starts_with_ci(trim(after), "for Healthcare")) {
      continue;
    }
    if (starts_with_ci(after, " for Healthcare Providers")) name += " for Healthcare Providers";
    add(out, std::move(name));
  }
}

bool names_a_body(std::string_view name) {
  // The words before a trailing "(ACRONYM)".
  if (size_t open = name.rfind(" ("); open != std::string_view::npos && name.ends_with(")")) {
    name = name.substr(0, open);
  }
  std::vector<std::string_view> words = split_words(name);
  if (words.size() < 3) return false;
  static constexpr std::string_view bodies[] = {
      "association", "society",      "commission", "council",  "agency",     "institute",
      "academy",     "organization", "committee",  "alliance", "federation", "laboratories"};
  for (std::string_view b : bodies) {
    if (equals_ci(words.back(), b) || equals_ci(words.front(), b)) return true;
  }
  // "National Board for Certification in Dental Laboratory Technology".
  return words.size() >= 4 && equals_ci(words[1], "board") &&
         (equals_ci(words[2], "for") || equals_ci(words[2], "of"));
}

std::vector<std::string> split_credential_list(std::string_view text) {
  std::vector<std::string> parts;
  size_t from = 0;
  while (from < text.size()) {
    size_t best = std::string_view::npos, length = 0;
    for (std::string_view sep : {", ", "; ", " or ", " and ", " / "}) {
      size_t at = text.find(sep, from);
      // A separator inside brackets belongs to the part: "CHDS (both from AHDI)".
      if (at != std::string_view::npos) {
        size_t open = text.rfind('(', at), close = text.rfind(')', at);
        if (open != std::string_view::npos && open >= from &&
            (close == std::string_view::npos || close < open)) {
          continue;
        }
      }
      if (at < best) {
        best = at;
        length = sep.size();
      }
    }
    std::string_view part =
        trim(text.substr(from, best == std::string_view::npos ? best : best - from));
    while (!part.empty() && (part.back() == '.' || part.back() == ',')) part.remove_suffix(1);
    // A lowercase part is a remark between the names ("..., renewed every year, and BLS").
    if (!part.empty() && !(part.front() >= 'a' && part.front() <= 'z')) {
      if (!has_at_most_words(part, 8)) return {};
      parts.emplace_back(part);
    }
    if (best == std::string_view::npos) break;
    from = best + length;
  }
  return parts;
}

}  // namespace careerkb::parse
