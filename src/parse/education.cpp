// Maps the phrases guides use for schooling ("associate's degree", "high school diploma or GED",
// "certificate program") to the ordinal EducationLevel scale. Matching runs on a normalized copy
// of the text (lowercase, apostrophes dropped, dashes as spaces) so one phrase covers the
// spellings "bachelor's", "Bachelors" and "two-year"/"two year".
#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>

#include "parse/education.hpp"
#include "parse/education_phrases.hpp"

namespace careerkb::parse {
namespace {

using namespace education_phrases;

constexpr std::array<const char*, 8> level_names = {
    "none",   "high_school", "postsecondary_nondegree", "some_college", "associate", "bachelor",
    "master", "doctoral"};

struct Normalized {
  std::string lower;             // what most phrases are matched against
  std::string cased;             // same bytes, case kept, for abbreviations
  std::vector<uint32_t> origin;  // byte offset in the original text of each normalized byte
  std::string_view original;
};

// Fills `n` from `text`. The buffers are reused between calls: this runs on every line.
void normalize(std::string_view text, Normalized& n) {
  n.original = text;
  n.lower.resize(text.size());
  n.cased.resize(text.size());
  n.origin.resize(text.size());
  size_t len = 0;
  char* cased = n.cased.data();
  char* lower = n.lower.data();
  uint32_t* origin = n.origin.data();
  auto put = [&](char c, size_t from) {
    if (c == ' ' && (len == 0 || cased[len - 1] == ' ')) return;
    cased[len] = c;
    lower[len] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    origin[len++] = static_cast<uint32_t>(from);
  };
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '\'') {
      ++i;
    } else if (c == '-' || c == '\t' || c == '\n' || c == '\r') {
      put(' ', i++);
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80') {
      auto b2 = static_cast<unsigned char>(text[i + 2]);
      if (b2 >= 0x90 && b2 <= 0x95) {
        put(' ', i);                          // hyphens and dashes U+2010..U+2015
      } else if (b2 != 0x98 && b2 != 0x99) {  // ‘ ’ are dropped like '
        put(text[i], i), put(text[i + 1], i + 1), put(text[i + 2], i + 2);
      }
      i += 3;
    } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      put(' ', i);
      i += 2;
    } else {
      put(c, i++);
    }
  }
  n.lower.resize(len);
  n.cased.resize(len);
  n.origin.resize(len);
}

struct Match {
  size_t begin, end;  // in the normalized text
  L level;
};

// `s` is a whole word or phrase at [b, e): nothing alphanumeric glued before, and after it at
// most a plural 's' ("certificate programs", "bachelors").
bool bounded(std::string_view s, size_t b, size_t e) {
  if (b > 0 && is_alnum(s[b - 1])) return false;
  if (e == b || !is_alnum(s[e - 1]) || e >= s.size() || !is_alnum(s[e])) return true;
  return s[e] == 's' && (e + 1 >= s.size() || !is_alnum(s[e + 1]));
}

// End of the word at pos (letters and digits), for looking at what follows a keyword.
size_t word_end(std::string_view s, size_t pos) {
  while (pos < s.size() && is_alnum(s[pos])) ++pos;
  return pos;
}

bool word_is(std::string_view s, size_t pos, std::initializer_list<std::string_view> words) {
  std::string_view w = s.substr(pos, word_end(s, pos) - pos);
  return std::find(words.begin(), words.end(), w) != words.end();
}

size_t skip_space(std::string_view s, size_t pos) {
  return pos < s.size() && s[pos] == ' ' ? pos + 1 : pos;
}

// "associate's or bachelor's degree", "master's and doctoral programs": the keyword is one of
// a list of degrees.
bool starts_degree_list(std::string_view s, size_t pos) {
  pos = skip_space(s, pos);
  if (pos < s.size() && (s[pos] == ',' || s[pos] == '/')) {
    pos = skip_space(s, pos + 1);
    if (word_is(s, pos, {"or", "and"})) pos = skip_space(s, word_end(s, pos));
  } else if (word_is(s, pos, {"or", "and"})) {
    pos = skip_space(s, word_end(s, pos));
  } else {
    return false;
  }
  return word_is(s, pos,
                 {"bachelor", "bachelors", "master", "masters", "associate", "associates",
                  "doctoral", "doctorate", "degree", "degrees"});
}

// 'associate' and 'master' name a degree only with a qualifier: "associate degree", "Associate
// of Applied Science", "master's", "Master of Science", "master's or doctoral degree".
void match_qualified(const Normalized& n, size_t b, std::vector<Match>& out) {
  std::string_view s = n.lower;
  std::string_view key;
  if (s.compare(b, 9, "associate") == 0) {
    key = "associate";
  } else if (s.compare(b, 6, "master") == 0) {
    key = "master";
  } else {
    return;
  }
  L level = key == "associate" ? L::associate : L::master;
  size_t e = b + key.size();
  if (!bounded(s, b, e)) return;
  bool plural = e < s.size() && s[e] == 's';
  // The apostrophe is gone from the normalized text; "master's" alone names the degree.
  size_t from = plural ? n.origin[e] : 0;
  bool possessive = plural && ((from >= 1 && n.original[from - 1] == '\'') ||
                               (from >= 3 && n.original.substr(from - 3, 3) == "\xE2\x80\x99"));
  size_t after = skip_space(s, e + (plural ? 1 : 0));
  bool ok = word_is(s, after, {"degree", "degrees"}) || starts_degree_list(s, e + (plural ? 1 : 0));
  if (level == L::master && possessive) ok = true;
  if (!ok && word_is(s, after, {"of", "in"})) {
    size_t field = skip_space(s, word_end(s, after));
    ok = word_is(s, field,
                 {"science", "sciences", "applied", "arts", "occupational", "general", "business",
                  "public", "health", "education", "engineering", "fine", "social", "nursing",
                  "library", "physician", "physical"});
    // "Master of <Anything>" written as a title is the degree; "a master of the craft" is not.
    if (level == L::master && n.cased[b] == 'M' && word_is(s, after, {"of"})) ok = true;
  }
  if (ok) out.push_back({b, e, level});
}

// 'certificate' alone counts when the words around it are about schooling ("a one-year
// certificate from a community college"), not when it is a credential or a form.
void match_certificate(const Normalized& n, size_t b, std::vector<Match>& out) {
  constexpr std::string_view key = "certificate";
  constexpr size_t window = 48;
  std::string_view s = n.lower;
  if (s.compare(b, key.size(), key) != 0) return;
  size_t e = b + key.size();
  if (!bounded(s, b, e)) return;
  size_t from = b > window ? b - window : 0;
  std::string_view around = s.substr(from, e + window - from);
  for (std::string_view cue :
       {"program", "course", "school", "college", "training", "vocational", "postsecondary",
        "community", "diploma", "study", "institute", "education", "month", "year"}) {
    size_t c = around.find(cue);
    while (c != std::string_view::npos && c > 0 && is_alnum(around[c - 1]))
      c = around.find(cue, c + 1);
    if (c != std::string_view::npos) {
      out.push_back({b, e, L::postsecondary_nondegree});
      return;
    }
  }
}

// Bucket of a word's first character: 0-25 letters (either case), 26-35 digits, else -1.
int bucket(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= '0' && c <= '9') return 26 + (c - '0');
  return -1;
}

// The phrase table bucketed by first character, so each word is compared only with the few
// phrases that could start there.
struct PhraseIndex {
  std::array<std::vector<const Phrase*>, 36> buckets;
  PhraseIndex() {
    for (const Phrase& p : phrases) buckets[static_cast<size_t>(bucket(p.text[0]))].push_back(&p);
  }
};

// Bit of a signature's second character (folded) in SignatureIndex::second_chars.
constexpr std::uint32_t second_char_bit(char c) {
  c = fold_ascii(c);
  if (is_lowercase_letter(c)) return 1u << (c - 'a');
  return c == '.' ? 1u << 26 : 0;
}

// The signatures filed by their first letter (folded), 'a' first. The second characters each
// first letter can have let most words be passed over without a comparison.
struct SignatureIndex {
  std::array<std::vector<const Signature*>, 26> by_letter;
  std::array<std::uint32_t, 26> second_chars{};
  SignatureIndex() {
    for (const Signature& sig : signatures) {
      auto letter = static_cast<size_t>(fold_ascii(sig.word[0]) - 'a');
      by_letter[letter].push_back(&sig);
      second_chars[letter] |= second_char_bit(sig.word[1]);
    }
  }
};

}  // namespace

const char* education_level_name(EducationLevel level) {
  auto i = static_cast<size_t>(level);
  return i < level_names.size() ? level_names[i] : "none";
}

std::optional<EducationLevel> education_level_from_name(std::string_view name) {
  for (size_t i = 0; i < level_names.size(); ++i)
    if (name == level_names[i]) return static_cast<EducationLevel>(i);
  return std::nullopt;
}

std::vector<EducationMention> find_education_levels(std::string_view text) {
  static const PhraseIndex index;
  // Texts over 4 GiB would overflow `origin`; no line of a guide comes near.
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  thread_local Normalized n;
  normalize(text, n);
  std::string_view lower = n.lower, cased = n.cased;
  std::vector<Match> matches;
  for (size_t b = 0; b < lower.size(); ++b) {
    char c = lower[b];
    int k = bucket(c);
    if (k < 0 || (b > 0 && is_alnum(lower[b - 1]))) continue;
    for (const Phrase* p : index.buckets[static_cast<size_t>(k)]) {
      std::string_view s = p->cased ? cased : lower;
      size_t e = b + p->text.size();
      if (e > s.size() || s[b + 1] != p->text[1]) continue;  // every phrase has 3+ bytes
      if (s.substr(b, p->text.size()) == p->text && bounded(s, b, e))
        matches.push_back({b, e, p->level});
    }
    if (c == 'a' || c == 'm') match_qualified(n, b, matches);
    if (c == 'c') match_certificate(n, b, matches);
  }

  // A phrase inside a longer one of another level is not a mention of its own: the "college
  // degree" in "two-year college degree" is the associate degree.
  auto inside_other = [&](const Match& m) {
    return std::any_of(matches.begin(), matches.end(), [&](const Match& o) {
      return o.level != m.level && o.begin <= m.begin && m.end <= o.end &&
             o.end - o.begin > m.end - m.begin;
    });
  };
  std::array<size_t, level_names.size()> first;
  first.fill(std::string_view::npos);
  for (const Match& m : matches) {
    auto& f = first[static_cast<size_t>(m.level)];
    if (m.begin < f && !inside_other(m)) f = m.begin;
  }
  std::vector<EducationMention> out;
  for (size_t i = 0; i < first.size(); ++i)
    if (first[i] != std::string_view::npos)
      out.push_back({static_cast<EducationLevel>(i), n.origin[first[i]]});
  std::sort(out.begin(), out.end(), [](const EducationMention& a, const EducationMention& b) {
    return a.position < b.position;
  });
  return out;
}

bool may_name_education(std::string_view text) {
  static const SignatureIndex index;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const char c = text[i];
    if (is_alnum(c)) {
      // A word starts here (the loop steps over whole words): compare the signatures that
      // start with its letter, then move past it.
      const char first = fold_ascii(c);
      if (is_lowercase_letter(first) && i + 1 < n &&
          (index.second_chars[static_cast<size_t>(first - 'a')] & second_char_bit(text[i + 1]))) {
        for (const Signature* sig : index.by_letter[static_cast<size_t>(first - 'a')]) {
          if (signature_at(text, i, *sig)) return true;
        }
      }
      while (i < n && is_alnum(text[i])) ++i;
      continue;
    }
    // Apostrophes, which normalize() drops: ' and U+2018/U+2019.
    if (c == '\'') return true;
    if (c == '\xE2' && i + 2 < n && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x98' || text[i + 2] == '\x99')) {
      return true;
    }
    ++i;
  }
  return false;
}

}  // namespace careerkb::parse
