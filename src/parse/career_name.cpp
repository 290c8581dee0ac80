// Whose guide is this? Finds the career a guide is about from its title or headings, and the
// occupation phrases in a sentence ("medical records and health information technicians"), so
// a figure about another occupation is not taken for the guide's own.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "parse/attribution.hpp"
#include "parse/career_key.hpp"
#include "parse/extract.hpp"
#include "parse/text_util.hpp"
#include "text/words.hpp"

namespace careerkb::parse {
namespace {

// Head nouns of occupation names, singular and lowercase; plurals are matched by stripping 's'.
constexpr std::string_view job_nouns[] = {
    "technician",    "technologist",
    "assistant",     "therapist",
    "hygienist",     "nurse",
    "aide",          "phlebotomist",
    "sonographer",   "paramedic",
    "emt",           "cna",
    "lpn",           "rn",
    "specialist",    "coder",
    "scribe",        "dispatcher",
    "pharmacist",    "physician",
    "dentist",       "surgeon",
    "doctor",        "radiographer",
    "engineer",      "developer",
    "manager",       "analyst",
    "designer",      "worker",
    "operator",      "mechanic",
    "electrician",   "plumber",
    "welder",        "teacher",
    "counselor",     "dietitian",
    "nutritionist",  "optician",
    "audiologist",   "coordinator",
    "administrator", "officer",
    "clerk",         "representative",
    "consultant",    "scientist",
    "midwife",       "attendant",
    "orderly",       "tech",
    "practitioner",  "veterinarian",
    "trainer",       "driver",
    "pilot",         "chef",
    "cook",          "accountant",
    "programmer",    "architect",
    "librarian",     "paralegal",
    "inspector",     "installer",
    "dosimetrist",   "perfusionist",
    "optometrist",   "chiropractor",
    "psychologist",  "secretary",
    "receptionist",  "caregiver",
    "planner",       "supervisor",
    "director",      "educator",
    "registrar",     "occupation",
    "profession",
};

// Words that end an occupation phrase when walking left from its head noun.
constexpr std::string_view stop_words[] = {
    "the",       "a",       "an",         "for",     "of",      "that",     "which",  "who",
    "is",        "are",     "be",         "was",     "were",    "as",       "in",     "on",
    "to",        "by",      "with",       "from",    "at",      "than",     "such",   "like",
    "most",      "many",    "some",       "all",     "other",   "these",    "those",  "their",
    "our",       "your",    "its",        "it",      "shows",   "says",     "states", "including",
    "include",   "between", "per",        "while",   "when",    "where",    "how",    "what",
    "do",        "does",    "can",        "will",    "may",     "earn",     "earns",  "make",
    "makes",     "median",  "average",    "salary",  "pay",     "wage",     "growth", "job",
    "jobs",      "employ",  "employment", "about",   "become",  "becoming", "work",   "working",
    "help",      "you",     "they",       "them",    "he",      "she",      "his",    "her",
    "according", "bls",     "overall",    "broadly", "this",    "there",    "both",   "each",
    "every",     "whose",   "also",       "into",    "through", "not",      "no",     "or",
    "but",       "if",      "than",       "have",    "has",     "had",      "being",  "been",
    "more",      "less",    "new",
};

bool in_list(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  std::string lower = to_lower(word);
  for (auto it = begin; it != end; ++it) {
    if (lower == *it) return true;
  }
  return false;
}

// Agent nouns built like job names: podiatrist, machinist, epidemiologist, statistician,
// sonographer. The list above cannot hold every job; the word's build names the rest.
bool has_job_suffix(std::string_view lower) {
  if (lower.ends_with("s")) lower.remove_suffix(1);
  static constexpr std::string_view not_jobs[] = {
      "checklist", "playlist", "shortlist", "wishlist", "waitlist", "blacklist", "whitelist",
      "tourist", "finalist", "perfectionist", "realist", "idealist", "minimalist", "extremist",
      // Said of any practitioner in a page, as "professional" is: it names no one job.
      "clinician"};
  for (std::string_view word : not_jobs) {
    if (lower == word) return false;
  }
  if (lower.size() >= 8 && lower.ends_with("ist") && !lower.ends_with("sist") &&
      !lower.ends_with("list")) {
    return true;
  }
  // Crafts named by their old agent words: millwright, shipwright, locksmith, blacksmith.
  if (lower.size() >= 8 && (lower.ends_with("wright") || lower.ends_with("smith"))) return true;
  return (lower.size() >= 7 && lower.ends_with("ician")) ||
         (lower.size() >= 9 && lower.ends_with("ographer"));
}

}  // namespace

bool is_job_noun(std::string_view word) {
  std::string lower = to_lower(word);
  if (lower.ends_with("'s")) return false;
  for (std::string_view noun : job_nouns) {
    if (lower == noun) return true;
    if (lower.size() == noun.size() + 1 && lower.starts_with(noun) && lower.back() == 's') {
      return true;
    }
  }
  return has_job_suffix(lower);
}

namespace {

bool is_stop_word(std::string_view word) {
  return in_list(word, std::begin(stop_words), std::end(stop_words));
}

// Cuts a title down to the occupation: "Complete Health Technician Career Guide" ->
// "Health Technician", "How to Become a Medical Technician" -> "Medical Technician",
// "Health Technician Duties and Responsibilities" -> "Health Technician".
std::string occupation_from_title(std::string_view title) {
  std::vector<std::string_view> words = split_words(title);
  // The occupation is the first run of words that ends in a job noun; in "EMT (Emergency
  // Medical Technician)" the spelled-out name is preferred to the acronym.
  std::vector<std::string> names;
  for (size_t head = 0; head < words.size(); ++head) {
    if (!is_job_noun(words[head])) continue;
    const size_t first_noun = head;
    // "Physical Therapist Assistant": the name runs to the last of consecutive job nouns.
    while (head + 1 < words.size() && is_job_noun(words[head + 1]) &&
           is_ascii_upper(words[head + 1].front()) == is_ascii_upper(words[head].front()) &&
           words[head + 1].data() == words[head].data() + words[head].size() + 1) {
      ++head;
    }
    size_t start = first_noun;
    while (start > 0 && head - start < 4) {
      std::string_view w = words[start - 1];
      // "Orthotic and Prosthetic Technician": 'and' between two capitalized modifiers.
      if (equals_ci(w, "and") && start >= 2 && start < head + 1 &&
          is_ascii_upper(words[start].front()) && is_ascii_upper(words[start - 2].front()) &&
          !is_stop_word(words[start - 2]) && !is_job_noun(words[start - 2])) {
        start -= 2;
        continue;
      }
      if (is_stop_word(w) || is_job_noun(w) || is_ascii_digit(w.front())) break;
      static constexpr std::string_view title_words[] = {
          "complete", "guide", "career", "careers", "ultimate", "becoming", "how", "to"};
      if (in_list(w, std::begin(title_words), std::end(title_words))) break;
      // Title case throughout: a lowercase word before the head is prose, not a name.
      if (!is_ascii_upper(w.front())) break;
      // Punctuation between two words ends the name ("Laboratory > Medical ...").
      std::string_view gap(w.data() + w.size(), words[start].data() - (w.data() + w.size()));
      if (!trim(gap).empty()) break;
      --start;
    }
    std::string name;
    for (size_t i = start; i <= head; ++i) {
      if (!name.empty()) name += ' ';
      name += words[i];
    }
    // Titles say "Technicians" in some pages; the career is singular.
    std::string head_lower = to_lower(words[head]);
    bool singular = in_list(head_lower, std::begin(job_nouns), std::end(job_nouns));
    if (!singular && head_lower.back() == 's') name.pop_back();
    names.push_back(std::move(name));
    if (names.size() == 2) break;
    while (head + 1 < words.size() && is_job_noun(words[head + 1])) ++head;
  }
  if (names.empty()) return {};
  bool first_is_acronym = names[0].find(' ') == std::string::npos &&
                          std::all_of(names[0].begin(), names[0].end(),
                                      [](char c) { return is_ascii_upper(c) || c == 's'; });
  if (names.size() == 2 && first_is_acronym && names[1].find(' ') != std::string::npos) {
    return names[1];
  }
  return names[0];
}

std::string title_from_file_name(std::string_view file_name) {
  size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  size_t dot = file_name.rfind('.');
  if (dot != std::string_view::npos) file_name = file_name.substr(0, dot);
  std::string name;
  std::string spaced(file_name);
  for (char& c : spaced) {
    if (c == '_' || c == '-' || c == '.') c = ' ';
  }
  for (std::string_view piece : split_words(spaced)) {
    // Drop counters and hash-like chunks ("000", "2f72c28bee4e0b55").
    bool has_digit = false;
    for (char c : piece) has_digit |= is_ascii_digit(c);
    if (has_digit) continue;
    if (!name.empty()) name += ' ';
    std::string word(piece);
    if (word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    name += word;
  }
  return name;
}

// Abbreviations kept in capitals when a name written in capitals is put in title case.
constexpr std::string_view kept_abbreviations[] = {
    "EKG", "ECG", "EEG", "MRI", "CT",  "EMT", "LPN", "LVN", "RN",  "CNA", "HVAC", "HVAC-R",
    "PTA", "OTA", "PT",  "OT",  "CST", "ER",  "OR",  "ICU", "IV",  "II",  "III",  "IT",
    "EMS", "HR",  "CPA", "ASL", "DNA", "MLT", "MLS", "RRT", "CRT", "SLP", "CMA",  "RMA"};

// "RESPIRATORY THERAPIST" -> "Respiratory Therapist", "EKG TECHNICIAN" -> "EKG Technician".
// "oncology nurse" -> "Oncology Nurse"; a name in mixed case is left as the page wrote it.
std::string display_name(std::string name) {
  // "oncology nurse" from a title in sentence case: shown as people write a job's name.
  if (std::none_of(name.begin(), name.end(), [](char c) { return is_ascii_upper(c); })) {
    bool word_start = true;
    for (size_t i = 0; i < name.size(); ++i) {
      if (word_start && name.compare(i, 4, "and ") != 0 && name.compare(i, 3, "of ") != 0)
        name[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[i])));
      word_start = name[i] == ' ';
    }
  }
  // "Ophthalmic Tech": the job's name is the long form of the short one.
  if (name.size() > 5 && name.ends_with(" Tech")) name += "nician";
  bool any_lower =
      std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (any_lower) return name;
  std::string out;
  size_t from = 0;
  while (from < name.size()) {
    size_t end = name.find(' ', from);
    if (end == std::string::npos) end = name.size();
    std::string word = name.substr(from, end - from);
    bool keep = std::any_of(std::begin(kept_abbreviations), std::end(kept_abbreviations),
                            [&](std::string_view a) { return a == word; });
    if (!keep) {
      for (size_t k = 1; k < word.size(); ++k) {
        // "X-RAY" -> "X-Ray": a letter after a hyphen starts a word part.
        if (word[k - 1] != '-' && is_ascii_upper(word[k]))
          word[k] = static_cast<char>(word[k] - 'A' + 'a');
      }
    }
    if (!out.empty()) out += ' ';
    out += word;
    from = end + 1;
  }
  return out;
}

// The blocks that are not boilerplate, with their words split as career keys split them (so
// that a name is counted however the page punctuates it: "X-ray technologists", "x ray
// technologist"). Words are split only for a block that may hold a name asked for.
class BlockWords {
 public:
  explicit BlockWords(const Outline& outline) {
    const Document& doc = *outline.doc;
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
      if (!outline.boilerplate[i]) texts_.push_back(doc.blocks[i].text);
    }
    words_.resize(texts_.size());
  }
  size_t size() const { return texts_.size(); }
  // Empty when the block's text cannot hold `stem`.
  const std::vector<std::string>& words(size_t block, std::string_view stem) {
    static const std::vector<std::string> none;
    if (find_ci(texts_[block], stem) == std::string_view::npos) return none;
    if (!words_[block]) words_[block] = text::lowercase_words(texts_[block]);
    return *words_[block];
  }

 private:
  std::vector<std::string_view> texts_;
  std::vector<std::optional<std::vector<std::string>>> words_;
};

// How often the page names an occupation: its career key as whole words, the last word in any
// number ("occupation" is not counted in "occupational", "coaches" is counted for "coach");
// stops counting at `cap`.
int count_mentions(BlockWords& blocks, const std::string& key, int cap) {
  const std::vector<std::string> name = text::lowercase_words(key);
  if (name.empty()) return 0;
  // What every spelling of the last word starts with: "secretar" of secretary/secretaries.
  const std::string& head = name.back();
  const std::string_view stem =
      std::string_view(head).substr(0, head.size() > 5 ? head.size() - 2 : head.size());
  int n = 0;
  for (size_t b = 0; b < blocks.size() && n < cap; ++b) {
    const std::vector<std::string>& words = blocks.words(b, stem);
    for (size_t at = 0; at + name.size() <= words.size() && n < cap; ++at) {
      size_t k = 0;
      while (k + 1 < name.size() && words[at + k] == name[k]) ++k;
      if (k + 1 == name.size() &&
          (words[at + k] == name[k] || singular_word(words[at + k]) == name[k])) {
        ++n;
      }
    }
  }
  return n;
}

// "HR Specialist" in a page that also writes "Human Resources Specialist" as a name: the
// career is shown spelled out, the way the page names it in full.
std::string spelled_out(const Document& doc, const std::string& name) {
  size_t space = name.find(' ');
  if (space == std::string::npos || space < 2 || space > 5) return name;
  std::string_view short_form(name.data(), space);
  if (!std::all_of(short_form.begin(), short_form.end(), is_ascii_upper)) return name;
  const std::string rest = name.substr(space);
  for (const Block& block : doc.blocks) {
    std::string_view text = block.text;
    for (size_t at = text.find(rest); at != std::string_view::npos; at = text.find(rest, at + 1)) {
      std::vector<std::string_view> before = split_words(text.substr(0, at));
      if (before.size() < short_form.size()) continue;
      std::vector<std::string_view> expansion(before.end() - short_form.size(), before.end());
      bool spells = true;
      for (size_t k = 0; k < expansion.size(); ++k) {
        spells &= expansion[k].size() > 1 && expansion[k].front() == short_form[k];
      }
      if (!spells) continue;
      std::string full;
      for (std::string_view w : expansion) full += std::string(w) + " ";
      full.pop_back();
      return full + rest;
    }
  }
  return name;
}

// "Speech Language Pathologist" from a file name, in a page that writes "speech-language": the
// name keeps the page's hyphens.
std::string page_spelling(const Document& doc, std::string name) {
  for (size_t space = name.find(' '); space != std::string::npos;
       space = name.find(' ', space + 1)) {
    size_t left = name.rfind(' ', space - 1);
    left = left == std::string::npos ? 0 : left + 1;
    size_t right = name.find(' ', space + 1);
    if (right == std::string::npos) right = name.size();
    std::string spaced = name.substr(left, right - left);
    std::string hyphened = spaced;
    hyphened[space - left] = '-';
    bool has_hyphened = false, has_spaced = false;
    for (const Block& block : doc.blocks) {
      has_hyphened |= find_ci(block.text, hyphened) != std::string_view::npos;
      has_spaced |= find_ci(block.text, spaced) != std::string_view::npos;
    }
    if (has_hyphened && !has_spaced) name[space] = '-';
  }
  return name;
}

// "why oncology nurses are the hardest hires", "Health education specialist in Canada": a title
// in sentence case names the job in lowercase, so the words before its head noun are the name's
// modifiers only if the page repeats them. The longer readings, up to two words more:
// {"oncology nurse", "why oncology nurse"}. Empty when the title writes the head in capitals.
std::vector<std::string> lowercase_readings(std::string_view title, const std::string& name) {
  std::vector<std::string> out;
  if (name.find(' ') != std::string::npos) {
    // "Health education specialist": only a one-word name is read further.
    if (!std::all_of(name.begin() + static_cast<std::ptrdiff_t>(name.find(' ')), name.end(),
                     [](char c) { return !is_ascii_upper(c); })) {
      return out;
    }
  }
  std::vector<std::string_view> words = split_words(title);
  const std::string last = to_lower(name.substr(name.rfind(' ') + 1));
  for (size_t head = 0; head < words.size(); ++head) {
    std::string word = to_lower(words[head]);
    if (word != last && singular_word(word) != last) continue;
    if (is_ascii_upper(words[head].front()) && head > 0) return out;
    std::string reading = name.substr(name.rfind(' ') + 1);  // singular, as the name has it
    for (size_t k = head; k > 0 && out.size() < 2;) {
      std::string_view w = words[--k];
      std::string_view gap(w.data() + w.size(), words[k + 1].data() - (w.data() + w.size()));
      if (!trim(gap).empty() || is_stop_word(w) || is_job_noun(w) || is_ascii_digit(w.front()))
        break;
      reading = std::string(w) + " " + reading;
      out.push_back(reading);
    }
    break;
  }
  return out;
}

}  // namespace

// The title itself when it is one to three capitalised plain words ("Glazier", "Bank Teller")
// and the page names its last word, in any number, at least twice more; else empty.
std::string repeated_short_title(std::string_view title, BlockWords& blocks) {
  title = trim(title);
  std::vector<std::string_view> words = split_words(title);
  if (words.empty() || words.size() > 3) return {};
  for (std::string_view w : words) {
    if (!is_ascii_upper(w.front()) || is_stop_word(w) ||
        !std::all_of(w.begin(), w.end(), [](char c) { return is_ascii_alpha(c) || c == '-'; }))
      return {};
  }
  if (words.back().size() < 4) return {};
  // The heading is one mention of itself.
  return count_mentions(blocks, career_key(words.back()), 3) >= 3 ? std::string(title) : "";
}

std::string find_career_name(const Outline& outline, std::string_view file_name, int* line) {
  const Document& doc = *outline.doc;
  // Candidates are the occupations the headings and the file name name; the career is the one
  // the page stands behind: early in its headings and repeated in its text. A site's or a
  // series' name in the title names no occupation, or one the page hardly repeats.
  struct Candidate {
    std::string name;
    std::string key;  // career_key(name)
    int score = 0;
    int line = 0;
  };
  std::vector<Candidate> candidates;
  auto add = [&](std::string name, int score, int at) {
    // "Occupation Summary", "Profession": a generic word names no career.
    std::string key = career_key(name);
    // "Related occupation", "Machine Trades Occupations": a group or a link names no career.
    if (name.empty() || key == "occupation" || key == "profession" ||
        key.ends_with(" occupation") || key.ends_with(" profession"))
      return;
    // "P technician" from "O&P technician": a one-letter word is a piece of an abbreviation.
    if (name.size() > 1 && name[1] == ' ') return;
    for (Candidate& c : candidates) {
      if (c.key == key) {
        c.score = std::max(c.score, score);
        return;
      }
    }
    candidates.push_back({std::move(name), std::move(key), score, at});
  };
  BlockWords blocks(outline);
  int headings = 0;
  std::vector<std::string> title_readings;
  for (size_t i = 0; i < doc.blocks.size() && headings < 12; ++i) {
    const Block& b = doc.blocks[i];
    if (!outline.is_heading[i] && b.kind != BlockKind::heading) continue;
    if (outline.kind[i] == SectionKind::boilerplate || outline.boilerplate[i]) continue;
    ++headings;
    std::string name = occupation_from_title(b.text);
    // "# Glazier", "Farrier": a short title of plain words that the page keeps repeating
    // names its occupation even when the job word is not one the lexicon knows.
    // It is the weakest candidate: any occupation a heading or the file name names wins.
    if (headings == 1 && name.empty()) {
      add(repeated_short_title(b.text, blocks), 1, b.line);
      continue;
    }
    if (headings == 1 && !name.empty()) title_readings = lowercase_readings(b.text, name);
    // The first heading is the title; a later one counts when it names the job in title case.
    if (headings > 1 && (name.empty() || !is_ascii_upper(name.front()))) continue;
    add(std::move(name), headings == 1 ? 4 : headings <= 3 ? 3 : 2, b.line);
  }
  std::string from_file = occupation_from_title(title_from_file_name(file_name));
  add(from_file, 3, 0);
  if (candidates.empty()) {
    if (line) *line = 0;
    return title_from_file_name(file_name);
  }
  // "Technicians also calibrate ..." as a later heading: a generic job word that heads another
  // candidate's name counts every mention of that name as its own; it is no name of its own.
  // ("Perfusionist" under "Cardiovascular Perfusionist" is a name.)
  if (candidates.size() > 1) {
    static constexpr std::string_view generic[] = {
        "technician", "technologist", "assistant", "specialist", "worker",  "aide",
        "officer",    "manager",      "operator",  "clerk",      "analyst", "coordinator"};
    std::erase_if(candidates, [&](const Candidate& c) {
      if (c.line == 0 || c.line == candidates.front().line ||
          std::find(std::begin(generic), std::end(generic), c.key) == std::end(generic))
        return false;
      return std::any_of(candidates.begin(), candidates.end(),
                         [&](const Candidate& other) { return other.key.ends_with(" " + c.key); });
    });
  }
  if (candidates.size() > 1) {
    for (Candidate& c : candidates) {
      c.score += count_mentions(blocks, c.key, 8);
    }
  }
  const Candidate* best = &candidates.front();
  for (const Candidate& c : candidates) {
    if (c.score > best->score) best = &c;
  }
  // A file name is a short slug: "machinist.txt" for a page headed "CNC Machinist" that says
  // "CNC machinist" often. A heading that names a rank or a city ("Master Electrician",
  // "Riverton Police Officer") once is not the career's name.
  if (best->name == from_file) {
    const std::string key = best->key;
    const int short_mentions = count_mentions(blocks, key, 1000);
    for (const Candidate& c : candidates) {
      if (c.line == 0 || !c.key.ends_with(" " + key)) continue;
      if (10 * count_mentions(blocks, c.key, 1000) >= 3 * short_mentions) best = &c;
    }
  }
  // The title's head noun in lowercase prose: the longest reading the page repeats as often
  // as a third of the bare noun's mentions is the name ("oncology nurse", not "nurse").
  std::string name = best->name;
  if (!title_readings.empty() &&
      career_key(best->name) ==
          career_key(title_readings.front().substr(title_readings.front().rfind(' ') + 1))) {
    const int bare = count_mentions(blocks, best->key, 1000);
    for (const std::string& reading : title_readings) {
      const int mentions = count_mentions(blocks, career_key(reading), 1000);
      if (mentions >= 2 && 10 * mentions >= 3 * bare) name = reading;
    }
  }
  if (line) *line = best->line;
  return spelled_out(doc, page_spelling(doc, display_name(name)));
}

std::vector<OccupationMention> find_occupations(std::string_view sentence) {
  std::vector<OccupationMention> found;
  std::vector<std::string_view> words = split_words(sentence);
  for (size_t i = 0; i < words.size(); ++i) {
    if (!is_job_noun(words[i])) continue;
    // "the three technician levels", "technician programs": a job noun used as a modifier.
    if (i + 1 < words.size()) {
      static constexpr std::string_view modified[] = {
          "level",    "levels", "role",    "roles",    "position", "positions", "program",
          "programs", "school", "schools", "training", "ladder",   "track"};
      std::string_view next = words[i + 1];
      bool adjacent = next.data() == words[i].data() + words[i].size() + 1;
      if (adjacent && std::any_of(std::begin(modified), std::end(modified),
                                  [&](std::string_view m) { return equals_ci(next, m); })) {
        continue;
      }
    }
    size_t start = i;
    while (start > 0 && i - start < 6) {
      std::string_view w = words[start - 1];
      if (is_job_noun(w) || is_ascii_digit(w.front())) break;
      // Punctuation between two words ends the phrase: "from PayScale, health technicians".
      std::string_view gap(w.data() + w.size(), words[start].data() - (w.data() + w.size()));
      if (trim(gap).size() > 0) break;
      if (to_lower(w) == "and") {
        // "medical records and health information technicians": 'and' joins modifiers only.
        if (start < 2 || is_stop_word(words[start - 2]) || is_job_noun(words[start - 2])) break;
      } else if (is_stop_word(w)) {
        break;
      }
      --start;
    }
    std::string name;
    for (size_t k = start; k <= i; ++k) {
      if (!name.empty()) name += ' ';
      name += words[k];
    }
    size_t position = static_cast<size_t>(words[start].data() - sentence.data());
    // "For that occupation the BLS reports ...": a bare generic word points back to the
    // occupation already named, it names no other.
    std::string key = occupation_label(name);
    const bool pointer =
        start > 0 && (equals_ci(words[start - 1], "that") || equals_ci(words[start - 1], "this") ||
                      equals_ci(words[start - 1], "the"));
    if (pointer && (key == "occupation" || key == "profession")) continue;
    found.push_back({std::move(key), position});
  }
  return found;
}

}  // namespace careerkb::parse
