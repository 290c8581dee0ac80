// Splitting guide text into dictionary words. The split follows SQLite's unicode61 tokenizer
// closely enough for a spelling aid: every ASCII character but a letter or digit separates, and
// so do the non-ASCII punctuation, symbol, space and emoji blocks; accented Latin letters fold
// as remove_diacritics 2 folds them (the table below was read from SQLite itself). Any other
// character is a letter of a word we leave out, so a word's folding never has to be guessed.
#include "parse/terms.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace careerkb::parse {
namespace {

// What unicode61 (remove_diacritics 2) makes of U+00C0..U+024F: the ASCII letter it folds to,
// ' ' for a separator (multiplication and division signs), '.' for a letter kept as it is.
constexpr std::string_view latin_folds =
    "aaaaaa.ceeeeiiii.nooooo .uuuuy..aaaaaa.ceeeeiiii.nooooo .uuuuy.y"  // U+00C0
    "aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll."  // U+0100
    "...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzzs"  // U+0140
    "................................oo.............uu..............."  // U+0180
    ".............aaiioouuuuuuuuuu.aa......ggkkoooo..j...gg..nnaa...."  // U+01C0
    "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............"  // U+0200
    "................";                                                 // U+0240
constexpr char32_t latin_folds_first = 0xC0;

constexpr char separator = ' ';
constexpr char foreign = '.';   // part of a word, but not one the dictionary keeps
constexpr char dropped = '\0';  // a combining mark: removed, the word goes on

struct Range {
  char32_t first, last;
};
// Punctuation, symbols, spaces and emoji outside Latin-1: word separators for unicode61.
constexpr Range separator_ranges[] = {
    {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x214F},   {0x2190, 0x245F},
    {0x2500, 0x2BFF}, {0x2E00, 0x2E7F}, {0x3000, 0x303F},   {0xFE00, 0xFE0F},
    {0xFE30, 0xFE4F}, {0xFEFF, 0xFEFF}, {0xFF00, 0xFF0F},   {0xFF1A, 0xFF20},
    {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}, {0x1F000, 0x1FAFF}, {0xE0000, 0xE007F},
};

// The dictionary letter a non-ASCII code point stands for, or separator/foreign/dropped.
char classify(char32_t cp) {
  if (cp < latin_folds_first) {
    // Latin-1 punctuation and symbols separate; ª ² ³ µ ¹ º ¼ ½ ¾ are word characters.
    constexpr std::u32string_view word_characters =
        U"\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC\u00BD\u00BE";
    return word_characters.find(cp) == std::u32string_view::npos ? separator : foreign;
  }
  if (cp < latin_folds_first + latin_folds.size()) return latin_folds[cp - latin_folds_first];
  if (cp >= 0x300 && cp <= 0x36F) return dropped;
  for (const Range& r : separator_ranges) {
    if (cp >= r.first && cp <= r.last) return separator;
  }
  return foreign;
}

// What each byte is to the word splitter; the three ASCII word classes are bits, so one OR over
// a word tells whether it needs lowercasing or has a digit.
enum : unsigned char {
  ascii_separator = 0,
  ascii_lower = 1,
  ascii_upper = 2,
  ascii_digit = 4,
  ascii_word = ascii_lower | ascii_upper | ascii_digit,
  non_ascii = 8,
};
constexpr std::array<unsigned char, 256> byte_classes = [] {
  std::array<unsigned char, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = ascii_lower;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = ascii_upper;
  for (int c = '0'; c <= '9'; ++c) classes[c] = ascii_digit;
  for (int c = 0x80; c < 0x100; ++c) classes[c] = non_ascii;
  return classes;
}();

// What an invalid byte reads as: a space (U+2000), so it separates words like U+FFFD does.
constexpr char32_t invalid_byte = 0x2000;

// Decodes the UTF-8 sequence at text[i] and advances i; an invalid byte is skipped alone.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  unsigned char lead = byte(i);
  int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return invalid_byte;
  }
  char32_t cp = lead & (0x3F >> (length - 1));
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return invalid_byte;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

}  // namespace

// Eight letters at a time, multiply and fold: a word is hashed in two or three steps, where a
// byte-wise hash would take one dependent multiply per letter.
std::uint32_t term_hash(std::string_view word) {
  std::uint64_t h = word.size() * 0x9E3779B97F4A7C15ull;
  std::size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, word.data() + i, 8);
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  if (i < word.size()) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, word.data() + i, word.size() - i);
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  return static_cast<std::uint32_t>(h);
}

void TermCollector::insert(std::string_view word) {
  if (word.size() < min_term_letters || word.size() > max_term_letters) return;
  std::uint32_t hash = term_hash(word);

  if (slots_.empty()) {
    slots_.resize(4096);  // a guide's ~900 words without a rehash
    words_.reserve(1024);
  }
  std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    Slot& slot = slots_[at];
    if (slot.word == 0) {
      words_.emplace_back(word);
      slot = {hash, static_cast<std::uint32_t>(words_.size())};
      break;
    }
    if (slot.hash == hash && words_[slot.word - 1] == word) return;
  }
  if (words_.size() * 2 > slots_.size()) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.word == 0) continue;
      std::size_t at = slot.hash & mask;
      while (slots_[at].word != 0) at = (at + 1) & mask;
      slots_[at] = slot;
    }
  }
}

std::size_t TermCollector::add_folded_word(std::string_view text, std::size_t i) {
  folded_.clear();
  bool keep = true;  // false once the word has a digit or a letter that does not fold
  while (i < text.size()) {
    char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c >= 'a' && c <= 'z') {
        folded_ += c;
      } else if (c >= 'A' && c <= 'Z') {
        folded_ += static_cast<char>(c - 'A' + 'a');
      } else if (c >= '0' && c <= '9') {
        keep = false;
      } else {
        break;
      }
      ++i;
      continue;
    }
    char folded = classify(next_code_point(text, i));
    if (folded == separator) break;  // consumed: the caller goes on after it
    if (folded == foreign) {
      keep = false;
    } else if (folded != dropped) {
      folded_ += folded;
    }
  }
  if (keep) insert(folded_);
  return i;
}

void TermCollector::add(std::string_view text) {
  const std::size_t n = text.size();
  auto class_at = [&](std::size_t at) {
    return byte_classes[static_cast<unsigned char>(text[at])];
  };
  std::size_t i = 0;
  while (i < n) {
    if (class_at(i) == ascii_separator) {
      ++i;
      continue;
    }
    // Fast path: a word of ASCII letters (and digits) is looked up as a slice of the text.
    std::size_t start = i;
    unsigned seen = 0;
    for (unsigned char c; i < n && ((c = class_at(i)) & ascii_word); ++i) seen |= c;
    if (i < n && class_at(i) == non_ascii) {
      i = add_folded_word(text, start);
      continue;
    }
    if ((seen & ascii_digit) || i - start < min_term_letters) continue;
    std::string_view word = text.substr(start, i - start);
    if (seen & ascii_upper) {
      folded_.assign(word);
      for (char& ch : folded_)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      word = folded_;
    }
    insert(word);
  }
}

std::vector<std::string> TermCollector::take() {
  std::vector<std::string> words = std::move(words_);
  words_.clear();
  slots_.clear();
  return words;
}

std::vector<std::string> distinct_terms(const Guide& guide) {
  TermCollector terms;
  for (const Section& s : guide.sections) {
    terms.add(s.heading);
    terms.add(s.text);
  }
  for (const auto* items :
       {&guide.duties, &guide.technical_skills, &guide.soft_skills, &guide.tools}) {
    for (const TextItem& item : *items) terms.add(item.text);
  }
  for (const Certification& c : guide.certifications) {
    terms.add(c.name);
    terms.add(c.body);
  }
  for (const Faq& f : guide.faqs) {
    terms.add(f.question);
    terms.add(f.answer);
  }
  return terms.take();
}

}  // namespace careerkb::parse
