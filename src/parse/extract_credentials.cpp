// Education and certifications. The typical education is the entry path the
// guide states (a "Typical Education" box, else the first requirement sentence); every level
// mentioned is kept too, with its sentence. Certifications are read from certification lists
// and from the ways prose names credentials ("CST certification", "certified by the ... (ASCP)").
#include <algorithm>
#include <initializer_list>
#include <vector>

#include "parse/credential_patterns.hpp"
#include "parse/education.hpp"
#include "parse/extract.hpp"
#include "parse/money.hpp"
#include "parse/roles.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

bool skip_for_facts(SectionKind kind) {
  return kind == SectionKind::boilerplate || kind == SectionKind::global;
}

bool contains_any_ci(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (contains_ci(text, needle)) return true;
  }
  return false;
}

bool states_requirement(std::string_view sentence) {
  for (std::string_view cue :
       {"require", "need", "typical", "usual", "most ", "minimum", "standard route", "common route",
        "at least", "must", "generally", "entry", "employers"}) {
    if (contains_ci(sentence, cue)) return true;
  }
  return false;
}

bool is_typical_label(std::string_view text) {
  std::string lower = to_lower(trim(text));
  if (lower == "education" || lower == "typical education") return true;
  for (std::string_view cue :
       {"typical education", "education level", "entry-level education", "education required",
        "required education", "minimum education", "education needed", "typical entry"}) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  return false;
}

// An acronym as credentials are written: 2-6 letters, mostly capitals ("ASCP", "CPhT", "RRT").
bool is_acronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  int upper = 0;
  for (char c : word) {
    if (!is_ascii_alpha(c)) return false;
    upper += is_ascii_upper(c) ? 1 : 0;
  }
  if (!is_ascii_upper(word.front()) || upper < 2 || upper + 1 < static_cast<int>(word.size())) {
    return false;
  }
  return !is_known_non_credential(word);
}

void add_certification(Guide& guide, std::string name, std::string body, int line) {
  name = collapse_spaces(name);
  if (name.empty() || guide.certifications.size() >= max_facts_per_list) return;
  for (const Certification& c : guide.certifications) {
    if (to_lower(c.name) == to_lower(name)) return;
  }
  guide.certifications.push_back({std::move(name), std::move(body), line});
}

// A credential found by its shape, unless one already read holds it ("BLS" after "Basic Life
// Support (BLS)").
void add_shaped_certification(Guide& guide, std::string name, int line) {
  for (const Certification& c : guide.certifications) {
    if (contains_ci(c.name, name)) return;
  }
  add_certification(guide, std::move(name), "", line);
}

// "Certified Phlebotomy Technician (CPT)": 'Certified'/'Registered' and up to four capitalized
// words, with a parenthesized acronym when one follows.
void find_named_credentials(std::string_view text, int line, Guide& guide) {
  for (std::string_view lead : {"Certified ", "Registered ", "Licensed "}) {
    size_t at = text.find(lead);
    while (at != std::string_view::npos) {
      size_t end = at + lead.size();
      int words = 0;
      while (words < 4 && end < text.size() && (is_ascii_upper(text[end]))) {
        size_t word_end = end;
        while (word_end < text.size() && !is_space(text[word_end]) && text[word_end] != ',' &&
               text[word_end] != ')' && text[word_end] != ';' && text[word_end] != '.') {
          ++word_end;
        }
        end = word_end;
        ++words;
        if (end + 1 < text.size() && text[end] == ' ' && is_ascii_upper(text[end + 1])) {
          ++end;
        } else {
          break;
        }
      }
      if (words > 0) {
        std::string name(trim(text.substr(at, end - at)));
        if (text.substr(end).starts_with(" (")) {
          size_t close = text.find(')', end);
          if (close != std::string_view::npos && close - end < 12) {
            name = std::string(text.substr(at, close + 1 - at));
          }
        }
        add_certification(guide, name, "", line);
      }
      at = text.find(lead, end);
    }
  }
}

// "More than 30 states require a state license", "an unencumbered RN license", "an
// unrestricted state medical license", "a license to practice dentistry", "DEA registration":
// a licence the job requires, with the words before it that name it (and "to practice X"
// after it). Only in a sentence that requires or holds one; a driver's licence is no
// credential of the career.
void find_required_license(std::string_view sentence, int line, Guide& guide) {
  if (!states_requirement(sentence) && !contains_ci(sentence, "hold")) return;
  static constexpr std::string_view ends_name[] = {
      "a",    "an",    "the",     "your",     "their", "his",  "her",    "its",  "this",
      "that", "and",   "or",      "of",       "for",   "with", "to",     "hold", "holds",
      "need", "needs", "require", "requires", "have",  "has",  "plus",   "also", "any",
      "by",   "in",    "on",      "from",     "get",   "earn", "obtain", "must", "be"};
  auto ends_the_name = [](std::string_view w) {
    return std::any_of(std::begin(ends_name), std::end(ends_name),
                       [&](std::string_view e) { return equals_ci(w, e); });
  };
  std::vector<std::string_view> words = split_words(sentence);
  for (size_t k = 1; k < words.size(); ++k) {
    const bool license = equals_ci(words[k], "license") || equals_ci(words[k], "licence");
    const bool registration = equals_ci(words[k], "registration") && is_acronym(words[k - 1]);
    if (!license && !registration) continue;
    // "state licensing board", "license fees": a word about the licence, not its name.
    const size_t end = static_cast<size_t>(words[k].data() - sentence.data()) + words[k].size();
    std::string_view after = sentence.substr(end);
    if (after.starts_with(" fee") || after.starts_with(" board")) continue;
    size_t first = k;
    while (first > 0 && k - first < 4) {
      std::string_view w = words[first - 1];
      std::string_view gap(w.data() + w.size(),
                           static_cast<size_t>(words[first].data() - (w.data() + w.size())));
      if (trim(gap).size() > 0 || is_ascii_digit(w.front()) || ends_the_name(w)) break;
      --first;
    }
    if (first == k) {
      // "a license to practice dentistry": named by what it permits.
      if (!license || !starts_with_ci(after, " to practice ")) continue;
    }
    bool driving = false;
    for (size_t m = first; m < k; ++m) driving |= starts_with_ci(words[m], "driver");
    if (driving) continue;
    const size_t from = static_cast<size_t>(words[first].data() - sentence.data());
    size_t to = end;
    if (license && starts_with_ci(after, " to practice ")) {
      // Up to two words of what it permits: "dentistry", "podiatric medicine".
      size_t m = k + 3;
      const size_t practice_end = end + std::string_view(" to practice").size();
      to = practice_end;
      for (size_t taken = 0; m < words.size() && taken < 2; ++m, ++taken) {
        std::string_view w = words[m];
        bool joined = static_cast<size_t>(w.data() - sentence.data()) == to + 1;
        if (!joined || ends_the_name(w)) break;
        to = static_cast<size_t>(w.data() - sentence.data()) + w.size();
      }
      if (to == practice_end) continue;
    }
    add_certification(guide, std::string(sentence.substr(from, to - from)), "", line);
  }
}

// `words` is scratch space, reused from one sentence to the next.
void find_acronym_credentials(std::string_view sentence, int line, Guide& guide,
                              std::vector<std::string_view>& words) {
  split_words(sentence, words);
  for (size_t k = 0; k < words.size(); ++k) {
    // Most words are not cues: compare in place rather than lowercase a copy of each, and
    // only words that start like a cue (c, e or r).
    const std::string_view w = words[k];
    const char first =
        is_ascii_upper(w.front()) ? static_cast<char>(w.front() - 'A' + 'a') : w.front();
    if (first != 'c' && first != 'e' && first != 'r') continue;
    const bool certif = starts_with_ci(w, "certif");
    bool cue = certif || equals_ci(w, "credential") || equals_ci(w, "credentials") ||
               equals_ci(w, "exam") || equals_ci(w, "registry") || equals_ci(w, "card");
    if (!cue) continue;
    // "CST certification", "(MLT) certification", "the ASCP certifies", "a Basic Life Support
    // (BLS) card": the acronym, with its spelled-out name when one stands before it.
    if (k > 0 && is_acronym(words[k - 1])) {
      std::string name(words[k - 1]);
      size_t acronym_at = static_cast<size_t>(words[k - 1].data() - sentence.data());
      if (acronym_at > 0 && sentence[acronym_at - 1] == '(' && k >= 2) {
        size_t first = k - 1;
        while (first > 0 && k - 1 - first < 5 && is_ascii_upper(words[first - 1].front()) &&
               !is_acronym(words[first - 1])) {
          --first;
        }
        if (first < k - 1) {
          size_t from = static_cast<size_t>(words[first].data() - sentence.data());
          name = std::string(sentence.substr(from, acronym_at + words[k - 1].size() + 1 - from));
        }
      }
      // "the CRNA credential", "an OSHA 10 card": the noun after the acronym is part of the
      // name the page gives it.
      const bool noun = equals_ci(w, "certification") || equals_ci(w, "credential") ||
                        equals_ci(w, "exam") || equals_ci(w, "registry") || equals_ci(w, "card");
      const bool bare = name == words[k - 1];
      // "CPR/AED certification": two cards under one noun are one name.
      if (bare && k >= 2 && acronym_at > 0 && sentence[acronym_at - 1] == '/' &&
          is_acronym(words[k - 2]) &&
          words[k - 2].data() + words[k - 2].size() == sentence.data() + acronym_at - 1) {
        name = std::string(words[k - 2]) + "/" + name;
      }
      if (bare && noun) name += " " + std::string(w);
      add_certification(guide, name, "", line);
    }
    // "certification from the American Society for Clinical Pathology (ASCP) or ... (AMT)",
    // "certification through the AAMA or AMT": acronyms in the rest of the clause.
    if (certif && k + 1 < words.size()) {
      std::string next = to_lower(words[k + 1]);
      if (next == "from" || next == "through" || next == "by" || next == "with") {
        for (size_t j = k + 2; j < words.size() && j < k + 20; ++j) {
          if (is_acronym(words[j])) add_certification(guide, std::string(words[j]), "", line);
        }
      }
    }
  }
}

// A parenthesized acronym such as "(CPT)", "(TS-C)" or "(MLT)": its closing position, or npos.
size_t acronym_in_parentheses(std::string_view text, size_t* open_at) {
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open < 3 || close - open > 10) continue;
    std::string_view inside = text.substr(open + 1, close - open - 1);
    int upper = 0;
    bool ok = true;
    for (char c : inside) {
      upper += is_ascii_upper(c) ? 1 : 0;
      ok &= is_ascii_alpha(c) || is_ascii_digit(c) || c == '-';
    }
    if (ok && upper >= 2) {
      *open_at = open;
      return close;
    }
  }
  return std::string_view::npos;
}

// One item of a certification list: "Certified Phlebotomy Technician (CPT) from the NHA",
// "Advanced credential: PTCB's Certified ... (CSPT)", "Tech in Surgery – Certified (TS-C)".
void add_certification_item(std::string_view item, int line, Guide& guide) {
  size_t open = 0;
  size_t close = acronym_in_parentheses(item, &open);
  std::string_view name = item;
  std::string body;
  // "ExCPT certification from the National Healthcareer Association (NHA)": the bracket names
  // the body the item ends with, not the credential.
  if (close != std::string_view::npos) {
    for (std::string_view sep : {" from ", " through ", " offered by ", " awarded by ", " by "}) {
      size_t at = item.find(sep);
      std::string_view before = at == std::string_view::npos ? "" : item.substr(0, at);
      bool named = false;  // "ExCPT certification" names it; "Board certification" does not
      for (std::string_view w : split_words(before)) named |= is_acronym(w);
      if (at != std::string_view::npos && at > 0 && at < open && named) {
        close = std::string_view::npos;
        break;
      }
    }
  }
  if (close != std::string_view::npos) {
    name = item.substr(0, close + 1);
    body = std::string(trim(item.substr(close + 1)));
  } else {
    for (std::string_view sep : {" from ", " through ", " offered by ", " awarded by ", " by ",
                                 ", ", " - ", " – ", " — "}) {
      size_t at = name.find(sep);
      // A dash parts the name from its issuer only when an issuer follows ("Heartsaver First
      // Aid CPR AED - American Heart Association"); "CRCST – Certified Registered ..." names it.
      bool dash = sep.find('-') != std::string_view::npos || sep.size() > 3;
      if (dash && at != std::string_view::npos) {
        std::string_view after = name.substr(at + sep.size());
        bool issuer = false;
        for (std::string_view body : {"Association", "Board", "Society", "Council", "Commission",
                                      "Institute", "College", "Academy", "Agency", "Red Cross"}) {
          issuer |= after.find(body) != std::string_view::npos;
        }
        if (!issuer || after.starts_with("Certified") || after.starts_with("Registered")) continue;
      }
      if (at != std::string_view::npos && at > 0) {
        body = std::string(trim(name.substr(at + sep.size())));
        name = trim(name.substr(0, at));
      }
    }
  }
  // A short label before a colon ("Advanced credential: ...") is not part of the name.
  std::string acronym_label;
  if (size_t colon = name.find(": ");
      colon != std::string_view::npos && count_words(name.substr(0, colon)) <= 3) {
    // "RMA: Registered Medical Assistant, ..." names the credential by its acronym first.
    std::string_view label = trim(name.substr(0, colon));
    if (is_acronym(label)) acronym_label = std::string(label);
    name = trim(name.substr(colon + 2));
  }
  for (std::string_view lead : {"from ", "through ", "by ", "awarded by ", ", "}) {
    if (body.starts_with(lead)) body.erase(0, lead.size());
  }
  if (body.starts_with("the ")) body.erase(0, 4);
  while (!name.empty() && (name.back() == ',' || name.back() == '.')) name.remove_suffix(1);
  // A body that awards credentials, or schooling ("High school diploma or GED"), is none.
  if (names_a_body(name)) return;
  for (std::string_view schooling : {"high school", "ged", "associate", "bachelor"}) {
    if (starts_with_ci(name, schooling) && !contains_ci(name, "certif")) return;
  }
  std::string full(name);
  if (!acronym_label.empty()) full += " (" + acronym_label + ")";
  add_certification(guide, full, body, line);
}

}  // namespace

void extract_education(const Outline& outline, Guide& guide) {
  const Document& doc = *outline.doc;
  std::optional<size_t> typical_fact;
  std::optional<size_t> first_requirement_in_section, first_requirement_anywhere;
  std::optional<size_t> first_in_section;  // any level an education section names first
  bool after_prerequisite = false;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    SectionKind kind = outline.kind[i];
    if (skip_for_facts(kind) || outline.boilerplate[i]) continue;
    // A block that names no schooling leaves every fact and flag below as it is.
    if (!may_name_education(b.text)) continue;
    bool labelled = i > 0 && has_at_most_words(doc.blocks[i - 1].text, 8) &&
                    is_typical_label(doc.blocks[i - 1].text) && !is_typical_label(b.text);
    std::string_view text = b.text;
    // "Typical education: Associate's degree" (or a table row "Typical education | ...")
    // carries its label inline.
    for (char separator : {':', '|'}) {
      size_t at = text.find(separator);
      if (at != std::string_view::npos && at < 40 && is_typical_label(text.substr(0, at))) {
        labelled = true;
      }
    }
    for (const Sentence& s : split_sentences(text)) {
      std::vector<EducationMention> mentions = find_education_levels(s.text);
      if (mentions.empty()) continue;
      bool answers = kind != SectionKind::faq && kind != SectionKind::pros &&
                     kind != SectionKind::cons && kind != SectionKind::career_path &&
                     b.kind != BlockKind::heading && !outline.is_heading[i];
      // "a high school diploma to enroll" names a prerequisite, not the entry path itself.
      std::optional<size_t> first_index;
      for (const EducationMention& m : mentions) {
        std::string_view after = s.text.substr(m.position, 80);
        bool prerequisite = contains_ci(after, "to enroll") || contains_ci(after, "to apply") ||
                            contains_ci(after, "for admission") ||
                            contains_ci(after, "to be admitted");
        if (!prerequisite && !first_index) first_index = guide.education.size();
        if (!prerequisite && answers && kind == SectionKind::education && !first_in_section) {
          first_in_section = guide.education.size();
        }
        guide.education.push_back({m.level, false, std::string(s.text), b.line});
      }
      if (!first_index) {
        // "You need a diploma to enroll, but the real requirement is a course." The entry path
        // is in what follows.
        if (answers && states_requirement(s.text)) after_prerequisite = true;
        continue;
      }
      if (after_prerequisite && answers && !first_requirement_anywhere) {
        first_requirement_anywhere = *first_index;
        if (kind == SectionKind::education) first_requirement_in_section = *first_index;
      }
      after_prerequisite = false;
      if (labelled && !typical_fact) typical_fact = *first_index;
      if (answers && states_requirement(s.text)) {
        if (kind == SectionKind::education && !first_requirement_in_section) {
          first_requirement_in_section = *first_index;
        }
        if (!first_requirement_anywhere) first_requirement_anywhere = *first_index;
      }
      labelled = false;  // the label covers the value's first sentence only
    }
  }
  std::optional<size_t> chosen = typical_fact                   ? typical_fact
                                 : first_requirement_in_section ? first_requirement_in_section
                                 : first_requirement_anywhere   ? first_requirement_anywhere
                                                                : first_in_section;
  // A guide that names one level only, in no requirement wording, still states its path.
  if (!chosen && !guide.education.empty() &&
      std::all_of(guide.education.begin(), guide.education.end(), [&](const EducationFact& e) {
        return e.level == guide.education.front().level;
      })) {
    chosen = 0;
  }
  if (chosen) guide.education[*chosen].typical = true;
}

namespace {

// "CLARB Certificate", "Certified Court Clerk designation", "OSHA 10-Hour Construction card":
// the noun the page writes right after a credential's name is part of the name it gives it.
void name_credential_nouns(const Document& doc, Guide& guide) {
  static constexpr std::string_view nouns[] = {"certificate", "certification", "license",
                                               "licence",     "card",          "designation",
                                               "credential",  "registration"};
  for (Certification& c : guide.certifications) {
    // Blocks are in line order; credentials need not be.
    const size_t block = static_cast<size_t>(
        std::lower_bound(doc.blocks.begin(), doc.blocks.end(), c.line,
                         [](const Block& b, int line) { return b.line < line; }) -
        doc.blocks.begin());
    for (size_t k = block; k < doc.blocks.size() && doc.blocks[k].line == c.line; ++k) {
      const std::string_view text = doc.blocks[k].text;
      const size_t at = find_ci(text, c.name);
      if (at == std::string_view::npos) continue;
      const std::string_view rest = text.substr(at + c.name.size());
      // The noun, or (as in "OSHA 10-Hour Construction card") one capitalized word, then it.
      auto noun_at = [&](std::string_view after) -> size_t {
        if (!after.starts_with(" ")) return 0;
        after.remove_prefix(1);
        for (std::string_view noun : nouns) {
          if (!starts_with_ci(after, noun)) continue;
          // "cardiac" is no card.
          if (noun.size() < after.size() && is_ascii_alpha(after[noun.size()])) continue;
          return noun.size() + 1;
        }
        return 0;
      };
      size_t length = noun_at(rest);
      if (length == 0 && rest.size() > 2 && rest[0] == ' ' && is_ascii_upper(rest[1])) {
        const size_t space = rest.find(' ', 1);
        if (space != std::string_view::npos) {
          const size_t tail = noun_at(rest.substr(space));
          if (tail > 0) length = space + tail;
        }
      }
      if (length > 0 && !contains_ci(c.name, trim(rest.substr(0, length)))) {
        c.name += std::string(rest.substr(0, length));
      }
      break;
    }
  }
}

}  // namespace

void extract_certifications(const Outline& outline, const BlockRoles& roles, Guide& guide) {
  const Document& doc = *outline.doc;
  std::vector<std::string_view> words;  // scratch for find_acronym_credentials
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    SectionKind kind = outline.kind[i];
    if (skip_for_facts(kind) || outline.boilerplate[i] || outline.is_heading[i]) continue;
    // "Key credentials: CSFA, CSA, SA-C": a label that names credentials, then a list of them.
    if (size_t colon = b.text.find(": "); colon != std::string::npos && colon < 40 &&
                                          classify_heading(std::string_view(b.text).substr(
                                              0, colon)) == SectionKind::certifications) {
      std::vector<std::string> parts = split_inline_list(b.text);
      if (parts.empty()) parts = split_credential_list(std::string_view(b.text).substr(colon + 2));
      bool all_short = !parts.empty() && std::all_of(parts.begin(), parts.end(), [](auto& p) {
        return has_at_most_words(p, 8);
      });
      if (all_short) {
        for (const std::string& part : parts) add_certification_item(part, b.line, guide);
        continue;
      }
    }
    // A requirement written out under a short title ("Education. A master's degree or higher
    // from ..."): the credentials it names are read from its sentences below.
    bool requirement = false;
    if (roles.role[i] == Role::certification && !has_at_most_words(roles.item_text[i], 20)) {
      std::string title = item_title(roles.item_text[i]);
      bool names_credential = contains_ci(title, "certif") || contains_ci(title, "licens") ||
                              contains_ci(title, "regist");
      for (std::string_view w : split_words(title)) names_credential |= is_acronym(w);
      requirement = title.size() < roles.item_text[i].size() && !names_credential;
    }
    if (roles.role[i] == Role::certification && !requirement) {
      add_certification_item(roles.item_text[i], b.line, guide);
      continue;
    }
    bool list_context = b.kind == BlockKind::list_item || kind == SectionKind::certifications;
    std::vector<std::string> shaped;
    // Shapes only a credential has ("HT(ASCP)", "ARRT (M)") are read wherever they stand.
    if (!list_context && b.text.find('(') != std::string::npos) {
      find_pattern_credentials(b.text, false, shaped);
      for (std::string& name : shaped) add_shaped_certification(guide, std::move(name), b.line);
      shaped.clear();
    }
    // Every cue word and every credential_talk phrase below contains one of these; outside a
    // list, a block with none of them has nothing to read.
    if (!list_context &&
        !contains_any_ci(b.text, {"certif", "credential", "exam", "registry", "card", "licen"})) {
      continue;
    }
    const bool card_talk = contains_ci(b.text, "card");
    for (const Sentence& s : split_sentences(b.text)) {
      bool credential_talk = contains_ci(s.text, "certification") ||
                             contains_ci(s.text, "credential") ||
                             contains_ci(s.text, "certified by");
      if (list_context || credential_talk) find_named_credentials(s.text, b.line, guide);
      find_acronym_credentials(s.text, b.line, guide, words);
      find_required_license(s.text, b.line, guide);
      find_pattern_credentials(s.text, list_context || credential_talk || card_talk, shaped);
      for (std::string& name : shaped) add_shaped_certification(guide, std::move(name), b.line);
      shaped.clear();
    }
  }
  name_credential_nouns(doc, guide);
}

}  // namespace careerkb::parse
