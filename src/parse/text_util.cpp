// String helpers for the parse stage: trimming, case-insensitive search, sentence splitting,
// and the occupation-name normalization used to merge careers.
#include "parse/text_util.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

namespace careerkb::parse {

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : trim(s)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

static char fold(char c) {
  return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Case-insensitive search is the parser's hottest loop (every cue word against every block).
// Candidates are found with memchr on the needle's first character in both cases (SIMD in
// libc), and only those are compared in full.
size_t find_ci(std::string_view haystack, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (from >= haystack.size() || needle.size() > haystack.size() - from) {
    return std::string_view::npos;
  }
  const char lower = fold(needle[0]);
  const char upper = is_ascii_alpha(lower) ? static_cast<char>(lower - 'a' + 'A') : lower;
  const char* base = haystack.data();
  const size_t last = haystack.size() - needle.size();  // last start position that fits
  auto next_of = [&](char c, size_t at) -> size_t {
    if (at > last) return std::string_view::npos;
    const void* hit = std::memchr(base + at, c, last - at + 1);
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - base) : std::string_view::npos;
  };
  size_t next_lower = next_of(lower, from);
  size_t next_upper = upper == lower ? std::string_view::npos : next_of(upper, from);
  while (next_lower != std::string_view::npos || next_upper != std::string_view::npos) {
    size_t i = std::min(next_lower, next_upper);
    size_t j = 1;
    while (j < needle.size() && fold(base[i + j]) == fold(needle[j])) ++j;
    if (j == needle.size()) return i;
    if (i == next_lower) next_lower = next_of(lower, i + 1);
    if (i == next_upper) next_upper = next_of(upper, i + 1);
  }
  return std::string_view::npos;
}

bool equals_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

bool contains_ci(std::string_view haystack, std::string_view needle) {
  return find_ci(haystack, needle, 0) != std::string_view::npos;
}

std::string shortened(std::string_view text, size_t longest) {
  if (text.size() <= longest) return std::string(text);
  size_t cut = longest > 3 ? longest - 3 : 0;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && find_ci(s.substr(0, prefix.size()), prefix, 0) == 0;
}

static bool is_word_char(char c) {
  return is_ascii_alpha(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

size_t find_word_ci(std::string_view haystack, std::string_view word, size_t from) {
  for (size_t i = find_ci(haystack, word, from); i != std::string_view::npos;
       i = find_ci(haystack, word, i + 1)) {
    bool left_ok = i == 0 || !is_word_char(haystack[i - 1]);
    size_t end = i + word.size();
    bool right_ok = end >= haystack.size() || !is_word_char(haystack[end]);
    if (left_ok && right_ok) return i;
  }
  return std::string_view::npos;
}

bool contains_word_ci(std::string_view haystack, std::string_view word) {
  return find_word_ci(haystack, word) != std::string_view::npos;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  split_words(s, words);
  return words;
}

void split_words(std::string_view s, std::vector<std::string_view>& words) {
  words.clear();
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_word_char(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && (is_word_char(s[i]) || s[i] == '\'' || s[i] == '-')) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
}

int count_words(std::string_view s) {
  return count_words_up_to(s, std::numeric_limits<int>::max());
}

int count_words_up_to(std::string_view s, int cap) {
  // Same word boundaries as split_words, without building the vector: this runs on every block.
  int n = 0;
  size_t i = 0;
  while (i < s.size() && n < cap) {
    while (i < s.size() && !is_word_char(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && (is_word_char(s[i]) || s[i] == '\'' || s[i] == '-')) ++i;
    if (i > start) ++n;
  }
  return n;
}

int count_letters(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_ascii_alpha(s[i])) {
      ++n;
    } else if (c >= 0xC0) {
      ++n;  // the lead byte of a non-ASCII code point
    }
  }
  return n;
}

bool contains_money(std::string_view s) {
  return s.find('$') != std::string_view::npos || s.find("€") != std::string_view::npos ||
         s.find("£") != std::string_view::npos;
}

bool contains_money_or_percent(std::string_view s) {
  // A lone "$" or "%" is no figure; "€" and "£" take more than one byte.
  return s.size() > 1 && (contains_money(s) || s.find('%') != std::string_view::npos);
}

std::vector<Sentence> split_sentences(std::string_view s) {
  std::vector<Sentence> out;
  size_t start = 0;
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    char c = s[i];
    if (c != '.' && c != '!' && c != '?') continue;
    // A dot leader between a label and its figure ("earned less than .. $29,320", "more than
    // . $83,400") ends no sentence.
    if (c == '.' && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '.')) continue;
    // The sentence's end may carry a citation or a closing quote: "$132,810.[6] Employment",
    // "said. \"Then".
    size_t end = i + 1;
    if (end < s.size() && s[end] == '[') {
      size_t close = end + 1;
      while (close < s.size() && is_ascii_digit(s[close])) ++close;
      if (close > end + 1 && close < s.size() && s[close] == ']') end = close + 1;
    }
    while (end < s.size() && (s[end] == '"' || s[end] == ')' || s[end] == '\'')) ++end;
    if (end + 1 >= s.size() || s[end] != ' ') continue;
    char next = s[end + 1];
    // A quotation may open the next sentence: "11 years. \"We verify ...".
    if ((next == '"' || next == '(') && end + 2 < s.size()) next = s[end + 2];
    bool capital = is_ascii_upper(next) || is_ascii_digit(next) ||
                   static_cast<unsigned char>(next) >= 0x80 || next == '$';
    // "e.g. Epic", "U.S. Bureau": a one-letter token before the dot is an abbreviation.
    bool abbreviation = i >= 2 && s[i - 2] == '.';
    if (capital && !abbreviation) {
      out.push_back({trim(s.substr(start, end - start)), start});
      start = end + 1;
      i = end;
    }
  }
  if (start < s.size()) out.push_back({trim(s.substr(start)), start});
  return out;
}

// "WHAT THEY DO (sample of reported tasks)": every letter a capital, some letters at all.
bool is_all_caps(std::string_view s) {
  int upper = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] >= 'a' && s[k] <= 'z') {
      // Lowercase words inside brackets are a note on the title.
      size_t open = s.rfind('(', k), close = s.rfind(')', k);
      if (open == std::string_view::npos || (close != std::string_view::npos && close > open)) {
        return false;
      }
    }
    upper += is_ascii_upper(s[k]);
  }
  return upper >= 3;
}

}  // namespace careerkb::parse
