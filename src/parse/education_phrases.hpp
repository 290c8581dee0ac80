// Internal to education.cpp: the table of phrases that name education levels, and the
// signature words that let a text be passed over when it can hold none of them (with the
// compile-time checks that keep the two tables in step). Not part of the parse stage's API.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "parse/education.hpp"

namespace careerkb::parse::education_phrases {

using L = EducationLevel;

struct Phrase {
  std::string_view text;  // in normalized form: lowercase unless `cased`, no apostrophes
  L level;
  bool cased = false;  // abbreviations: 'GED' and 'BS in' are degrees, 'ged' and 'bs' are not
};

// 'associate' and 'master' are not here: alone they are ordinary words ("sales associate",
// "Mastering advanced procedures"), so match_qualified() checks what follows them.
inline constexpr Phrase phrases[] = {
    {"no formal education", L::none},
    {"no formal educational credential", L::none},
    {"no degree required", L::none},
    {"no degree is required", L::none},
    {"no degree needed", L::none},
    {"high school", L::high_school},
    {"GED", L::high_school, true},
    {"secondary school diploma", L::high_school},
    {"completion of secondary school", L::high_school},
    {"secondary school graduation", L::high_school},
    {"postsecondary nondegree", L::postsecondary_nondegree},
    {"post secondary nondegree", L::postsecondary_nondegree},
    {"postsecondary certificate", L::postsecondary_nondegree},
    {"post secondary certificate", L::postsecondary_nondegree},
    {"certificate program", L::postsecondary_nondegree},
    {"vocational training", L::postsecondary_nondegree},
    {"vocational program", L::postsecondary_nondegree},
    {"vocational school", L::postsecondary_nondegree},
    {"diploma program", L::postsecondary_nondegree},
    {"trade school", L::postsecondary_nondegree},
    {"non degree", L::postsecondary_nondegree},
    {"nondegree", L::postsecondary_nondegree},
    {"some college", L::some_college},
    {"college coursework", L::some_college},
    {"two year degree", L::associate},
    {"2 year degree", L::associate},
    {"two year college degree", L::associate},
    {"2 year college degree", L::associate},
    {"AAS", L::associate, true},
    {"a.a.s.", L::associate},
    {"bachelor", L::bachelor},
    {"baccalaureate", L::bachelor},
    {"four year degree", L::bachelor},
    {"4 year degree", L::bachelor},
    {"four year college", L::bachelor},
    {"4 year college", L::bachelor},
    {"four year university", L::bachelor},
    {"undergraduate degree", L::bachelor},
    {"college degree", L::bachelor},  // unqualified, it usually means a four-year degree
    {"university degree", L::bachelor},
    {"BS in", L::bachelor, true},
    {"BA in", L::bachelor, true},
    {"BSc", L::bachelor, true},
    {"BSN", L::bachelor, true},
    {"b.s.", L::bachelor},
    {"b.sc", L::bachelor},
    {"b.a.", L::bachelor},
    {"graduate degree", L::master},
    {"MBA", L::master, true},
    {"MSc", L::master, true},
    {"MSN", L::master, true},
    {"MS in", L::master, true},
    {"m.s.", L::master},
    {"m.sc", L::master},
    {"doctoral", L::doctoral},
    {"doctorate", L::doctoral},
    {"phd", L::doctoral},
    {"ph.d", L::doctoral},
    {"md degree", L::doctoral},
    {"m.d.", L::doctoral},
    {"pharmd", L::doctoral},
    {"pharm.d", L::doctoral},
    {"Doctor of", L::doctoral, true},
    {"professional degree", L::doctoral},
    {"medical school", L::doctoral},
};

// ASCII letters and digits, by byte: a table lookup instead of three range tests, since the
// scans in education.cpp ask for every byte of every block.
inline constexpr std::array<bool, 256> alnum_bytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return table;
}();

constexpr bool is_alnum(char c) {
  return alnum_bytes[static_cast<unsigned char>(c)];
}

// Words that tell a text may name an education level, for skipping the many blocks that do
// not. Every phrase above holds one of them starting a word, and so do the keywords that
// match_qualified() and match_certificate() look for (checked at compile time below). They
// have no spaces or dashes, so they read the same in the raw text as in the normalized one,
// unless an apostrophe (dropped by normalize) is inside: texts with one are never skipped.
struct Signature {
  std::string_view word;  // lowercase unless `cased`, like Phrase::text
  bool cased = false;
};
inline constexpr Signature signatures[] = {
    {"formal"},        {"degree"},     {"nondegree"}, {"school"},    {"GED", true}, {"certificate"},
    {"vocational"},    {"diploma"},    {"college"},   {"AAS", true}, {"a.a.s."},    {"bachelor"},
    {"baccalaureate"}, {"university"}, {"BS", true},  {"BA", true},  {"b.s"},       {"b.a."},
    {"MBA", true},     {"MS", true},   {"m.s"},       {"doctor"},    {"phd"},       {"ph.d"},
    {"m.d."},          {"pharm"},      {"associate"}, {"master"},
};

constexpr char fold_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// `sig` at text[at], folding the text's case unless the signature is cased.
constexpr bool signature_at(std::string_view text, std::size_t at, const Signature& sig) {
  if (text.size() - at < sig.word.size()) return false;
  for (std::size_t k = 0; k < sig.word.size(); ++k) {
    char c = sig.cased ? text[at + k] : fold_ascii(text[at + k]);
    if (c != sig.word[k]) return false;
  }
  return true;
}

// A phrase matched without case (`cased` false) can only be vouched for by a signature that
// ignores case too.
constexpr bool has_signature(std::string_view phrase, bool phrase_cased) {
  for (const Signature& sig : signatures) {
    if (sig.cased && !phrase_cased) continue;
    for (std::size_t at = 0; at < phrase.size(); ++at) {
      if ((at == 0 || phrase[at - 1] == ' ') && signature_at(phrase, at, sig)) return true;
    }
  }
  return false;
}

constexpr bool is_lowercase_letter(char c) {
  return c >= 'a' && c <= 'z';
}

constexpr bool signatures_are_plain_words() {
  for (const Signature& sig : signatures) {
    // may_name_education() looks signatures up by their first two characters.
    if (sig.word.size() < 2 || !is_lowercase_letter(fold_ascii(sig.word[0]))) return false;
    for (char c : sig.word) {
      if (!is_alnum(c) && c != '.') return false;
      if (!sig.cased && c != fold_ascii(c)) return false;
    }
  }
  return true;
}

constexpr bool every_phrase_has_signature() {
  for (const Phrase& p : phrases) {
    if (!has_signature(p.text, p.cased)) return false;
  }
  return has_signature("associate", false) && has_signature("master", false) &&
         has_signature("certificate", false);
}

static_assert(signatures_are_plain_words());
static_assert(every_phrase_has_signature(), "a phrase needs a word in `signatures`");

}  // namespace careerkb::parse::education_phrases
