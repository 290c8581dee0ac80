// Private to src/text: the Windows-1252/1253 tables and the few UTF-8 primitives decode.cpp
// builds on. Kept out of decode.hpp so callers only ever see clean UTF-8 text, never bytes
// half-way through a code-page conversion.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace careerkb::text::detail {

// The character Windows-1252 shows for byte b. The five bytes 1252 leaves undefined come back
// as the C1 control of the same value, so every byte decodes and the mapping stays reversible.
char32_t cp1252_char(unsigned char b);

// The byte 0x80-0xFF that a mis-decoding would have shown as c, searching Windows-1252,
// Windows-1253 and the C1 controls together (the guides mix glyphs from both pages); -1 when no
// such byte exists, which includes all of ASCII.
int mojibake_byte(char32_t c);

// Appends c (a Unicode scalar value) as UTF-8.
void append_utf8(std::string& out, char32_t c);

// Length of the well-formed UTF-8 character starting at s[i], or 0 when the bytes there are not
// one (truncated, overlong, a surrogate or above U+10FFFF).
std::size_t utf8_char_length(std::string_view s, std::size_t i);

// Value of the character at s[i] whose length utf8_char_length already returned as len.
char32_t utf8_char_at(std::string_view s, std::size_t i, std::size_t len);

bool is_valid_utf8(std::string_view s);

}  // namespace careerkb::text::detail
