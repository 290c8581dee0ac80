// Small string helpers shared by the readers and the fact extractor. ASCII case folding only:
// the phrases we look for (headings, cue words) are English.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careerkb::parse {

inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trim(std::string_view s);
std::string collapse_spaces(std::string_view s);
std::string to_lower(std::string_view s);
bool contains_ci(std::string_view haystack, std::string_view needle);
// `text` cut to at most `longest` bytes for display, at a code point boundary, ending in "..."
// when it was cut: shortened("Patience when progress is slow", 12) == "Patience...".
std::string shortened(std::string_view text, size_t longest);
// Case-insensitive search from `from`; npos when absent.
size_t find_ci(std::string_view haystack, std::string_view needle, size_t from = 0);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool equals_ci(std::string_view a, std::string_view b);
inline bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && equals_ci(s.substr(s.size() - suffix.size()), suffix);
}
// Whole-word, case-insensitive search; returns npos when absent.
size_t find_word_ci(std::string_view haystack, std::string_view word, size_t from = 0);
bool contains_word_ci(std::string_view haystack, std::string_view word);

int count_words(std::string_view s);
// count_words(s), but counting stops at `cap`: min(count_words(s), cap). Blocks can be long
// paragraphs, and most callers only compare the count with a small threshold.
int count_words_up_to(std::string_view s, int cap);
inline bool has_at_most_words(std::string_view s, int n) {
  return count_words_up_to(s, n + 1) <= n;
}
int count_letters(std::string_view s);    // ASCII letters plus every non-ASCII code point
bool contains_money(std::string_view s);  // a '$', '€' or '£' anywhere
bool contains_money_or_percent(std::string_view s);
// "Name: ________": a worksheet's blank to fill in, which no fact holds.
inline bool holds_fill_in_blank(std::string_view s) {
  return s.find("___") != std::string_view::npos;
}

// Words of a text: runs of letters, digits, apostrophes and hyphens.
std::vector<std::string_view> split_words(std::string_view s);
// The same into `words` (cleared first), reusing its storage: for loops over many sentences.
void split_words(std::string_view s, std::vector<std::string_view>& words);

struct Sentence {
  std::string_view text;
  size_t offset;  // into the text it came from
};
// Splits prose at '.', '!' or '?' followed by a space and a capital/digit; keeps "e.g." whole.
std::vector<Sentence> split_sentences(std::string_view s);

bool looks_like_heading(std::string_view text);  // see read_text.cpp

// "WHAT THEY DO (sample of reported tasks)": every letter a capital, some letters at all.
bool is_all_caps(std::string_view s);

}  // namespace careerkb::parse
