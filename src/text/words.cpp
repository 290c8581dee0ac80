#include "text/words.hpp"

#include <algorithm>
#include <array>

#include "text/cp125x.hpp"

namespace careerkb::text {
namespace {

struct Range {
  char32_t lo, hi;
};

// Non-ASCII punctuation, symbols and emoji that SQLite's unicode61 tokenizer separates on
// (checked against SQLite 3.40 and Unicode 14 in the tests). Without them `nurse — doctor` or an
// emoji would become a term FTS5 reads as zero tokens, and the whole query would match nothing.
// Any other non-ASCII character counts as a token character (unicode61 would separate a few
// rarer symbols too; inside quotes FTS5 then splits them itself, so only adjacency is kept).
constexpr std::array<Range, 44> separator_ranges{{
    {0x80, 0xA9},       {0xAB, 0xB1},       {0xB4, 0xB4},       {0xB6, 0xB8},
    {0xBB, 0xBB},       {0xBF, 0xBF},       {0xD7, 0xD7},       {0xF7, 0xF7},
    {0x2000, 0x2064},   {0x206A, 0x206F},   {0x20A0, 0x20B9},   {0x2190, 0x23F3},
    {0x2500, 0x26FF},   {0x2701, 0x2775},   {0x2794, 0x2B4C},   {0x2B50, 0x2B59},
    {0x3000, 0x3004},   {0x3008, 0x3020},   {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},
    {0xFF01, 0xFF0F},   {0xFF1A, 0xFF20},   {0xFF3B, 0xFF40},   {0xFF5B, 0xFF65},
    {0xFFF9, 0xFFFD},   {0x1F300, 0x1F320}, {0x1F330, 0x1F335}, {0x1F337, 0x1F37C},
    {0x1F380, 0x1F393}, {0x1F3A0, 0x1F3C4}, {0x1F3C6, 0x1F3CA}, {0x1F3E0, 0x1F3F0},
    {0x1F400, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4F7}, {0x1F4F9, 0x1F4FC},
    {0x1F500, 0x1F53D}, {0x1F540, 0x1F543}, {0x1F550, 0x1F567}, {0x1F5FB, 0x1F640},
    {0x1F645, 0x1F64F}, {0x1F680, 0x1F6C5}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F},
}};

}  // namespace

bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  return std::none_of(separator_ranges.begin(), separator_ranges.end(),
                      [c](Range r) { return c >= r.lo && c <= r.hi; });
}

std::vector<std::string> lowercase_words(std::string_view utf8) {
  std::vector<std::string> words;
  std::string current;
  for (size_t i = 0; i < utf8.size();) {
    size_t len = detail::utf8_char_length(utf8, i);
    const bool malformed = len == 0;
    if (malformed) len = 1;
    const char32_t c = malformed ? 0x110000 : detail::utf8_char_at(utf8, i, len);
    if (malformed || is_word_char(c)) {
      for (size_t k = 0; k < len; ++k) {
        const char ch = utf8[i + k];
        current += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
    i += len;
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

}  // namespace careerkb::text
