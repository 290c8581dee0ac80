// Code-page tables for Windows-1252 and Windows-1253 plus strict UTF-8 checking. Strictness
// matters: mojibake repair trusts that a byte run which passes here is a character someone
// really wrote, so overlongs and surrogates must never pass.
#include "text/cp125x.hpp"

#include <cstdint>
#include <cstring>

#include <array>

namespace careerkb::text::detail {
namespace {

// Windows-1252 bytes 0x80-0x9F; the rest of the upper half is Latin-1 and maps to itself.
// Undefined slots hold the C1 control of the same value on purpose (see cp1252_char).
constexpr std::array<char32_t, 32> cp1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 0x98
};

// Windows-1253 characters that are neither shared with 1252 nor in its two contiguous Greek
// letter blocks (handled arithmetically in mojibake_byte).
struct GreekExtra {
  char32_t c;
  unsigned char byte;
};
constexpr std::array<GreekExtra, 10> cp1253_extras = {{
    {0x0384, 0xB4},  // tonos
    {0x0385, 0xA1},  // dialytika tonos
    {0x0386, 0xA2},  // capital alpha with tonos
    {0x0388, 0xB8},
    {0x0389, 0xB9},
    {0x038A, 0xBA},
    {0x038C, 0xBC},
    {0x038E, 0xBE},
    {0x038F, 0xBF},
    {0x2015, 0xAF},  // horizontal bar
}};

}  // namespace

char32_t cp1252_char(unsigned char b) {
  if (b >= 0x80 && b <= 0x9F) return cp1252_high[b - 0x80];
  return b;
}

int mojibake_byte(char32_t c) {
  if (c < 0x80) return -1;
  // C1 controls and Latin-1: 1252 shows A0-FF as Latin-1, and 1253 keeps the Latin-1 symbols it
  // has at the same positions, so the byte is the code point either way.
  if (c <= 0xFF) return static_cast<int>(c);
  for (std::size_t i = 0; i < cp1252_high.size(); ++i) {
    if (cp1252_high[i] == c) return static_cast<int>(0x80 + i);
  }
  if (c >= 0x0390 && c <= 0x03A1) return static_cast<int>(c - 0x0390 + 0xC0);
  if (c >= 0x03A3 && c <= 0x03CE) return static_cast<int>(c - 0x03A3 + 0xD3);
  for (const GreekExtra& extra : cp1253_extras) {
    if (extra.c == c) return extra.byte;
  }
  return -1;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::size_t utf8_char_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  // The allowed range of the second byte is what rules out overlongs (E0, F0), surrogates (ED)
  // and values past U+10FFFF (F4); later bytes only need to be continuation bytes.
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (s.size() - i < length) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

char32_t utf8_char_at(std::string_view s, std::size_t i, std::size_t len) {
  const auto byte = [&](std::size_t k) {
    return static_cast<char32_t>(static_cast<unsigned char>(s[k]));
  };
  if (len == 1) return byte(i);
  static constexpr unsigned char lead_mask[] = {0, 0, 0x1F, 0x0F, 0x07};
  char32_t c = byte(i) & lead_mask[len];
  for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  return c;
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // Eight ASCII bytes at a time: nearly all of a guide.
    std::uint64_t block;
    if (s.size() - i >= 8 &&
        (std::memcpy(&block, s.data() + i, 8), (block & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    const std::size_t len = utf8_char_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace careerkb::text::detail
