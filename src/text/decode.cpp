// Stage 1 of the pipeline: raw bytes to clean UTF-8 (see decode.hpp). Everything downstream
// matches on plain spaces, '\n' and real characters, so each clean-up here spares every later
// stage from guessing; line numbers must survive because reports point back into the sources.
#include "text/decode.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "text/cp125x.hpp"

namespace careerkb::text {
namespace {

using detail::append_utf8;
using detail::mojibake_byte;
using detail::utf8_char_at;
using detail::utf8_char_length;

void note_repair(std::vector<std::string>& repairs, const char* kind) {
  if (std::find(repairs.begin(), repairs.end(), kind) == repairs.end()) repairs.emplace_back(kind);
}

std::u32string to_chars(std::string_view utf8) {
  std::u32string chars;
  chars.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t len = utf8_char_length(utf8, i);
    chars.push_back(utf8_char_at(utf8, i, len));
    i += len;
  }
  return chars;
}

std::string from_cp1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (char b : bytes) append_utf8(out, detail::cp1252_char(static_cast<unsigned char>(b)));
  return out;
}

// CR, LF and NUL are ASCII, so this works on UTF-8 bytes directly. A CR looks only at the very
// next input byte, which keeps "one input line break = one '\n'" exact even around NULs.
std::string normalize_line_ends(std::string_view s, std::vector<std::string>& repairs) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    // Copy the stretch up to the next CR or NUL in one go: most files have neither.
    std::size_t stop = i;
    while (stop < s.size() && s[stop] != '\r' && s[stop] != '\0') ++stop;
    out.append(s, i, stop - i);
    if (stop == s.size()) break;
    if (s[stop] == '\r') {
      note_repair(repairs, "crlf");
      out.push_back('\n');
      if (stop + 1 < s.size() && s[stop + 1] == '\n') ++stop;
    } else {
      note_repair(repairs, "nul");
    }
    i = stop + 1;
  }
  return out;
}

// Spaces that look like a space but defeat word splitting and matching.
bool is_odd_space(char32_t c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}

// Only characters with no visible or joining role: U+200C/U+200D stay, since emoji sequences
// and some scripts need them.
bool is_zero_width(char32_t c) {
  return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

std::string normalize_spaces(std::string_view s, std::vector<std::string>& repairs) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    // ASCII holds no odd space, zero-width character or ligature: copy it in one go.
    std::size_t ascii_end = i;
    while (ascii_end < s.size() && (static_cast<unsigned char>(s[ascii_end]) & 0x80) == 0)
      ++ascii_end;
    out.append(s, i, ascii_end - i);
    i = ascii_end;
    if (i == s.size()) break;
    const std::size_t len = utf8_char_length(s, i);
    const char32_t c = utf8_char_at(s, i, len);
    if (is_odd_space(c)) {
      note_repair(repairs, "nbsp");
      out.push_back(' ');
    } else if (is_zero_width(c)) {
      note_repair(repairs, "zero-width");
    } else if (c >= 0xFB00 && c <= 0xFB04) {
      // Typographic ligatures from PDF exports ("speciﬁcation") hide words from search.
      static constexpr std::string_view expansions[] = {"ff", "fi", "fl", "ffi", "ffl"};
      note_repair(repairs, "ligatures");
      out.append(expansions[c - 0xFB00]);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

// ---- mojibake ----

bool is_greek_letter(char32_t c) {
  return c >= 0x0386 && c <= 0x03CE && c != 0x0387;
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return is_greek_letter(c) || (c >= 0x0400 && c <= 0x052F);
}

// Two-byte results outside the scripts real text uses here (Latin, Greek, Cyrillic) are far more
// likely to be an accented capital next to a symbol in correct text ("É”" would give U+0254).
// The code pages' own two-byte glyphs (ˆ ˜ ΄ ΅) must pass, or text mangled twice ("Ë†") could
// not be undone. Combining accents (decomposed "é" is "e" + U+0301) need a letter, or an accent
// stacked on one, as base: the character written just before, itself possibly a repair.
bool plausible_two_byte(char32_t c, char32_t base) {
  if (c == 0x02C6 || c == 0x02DC || (c >= 0x0384 && c <= 0x0387)) return true;
  if (c >= 0x0300 && c <= 0x036F) return is_letter(base) || (base >= 0x0300 && base <= 0x036F);
  return (c >= 0xA0 && c <= 0x24F) || is_greek_letter(c) || (c >= 0x0400 && c <= 0x052F);
}

// Private use, noncharacters and the unassigned planes 4-13 never come out of real text.
bool plausible_long(char32_t c) {
  if (c >= 0xE000 && c <= 0xF8FF) return false;
  if (c >= 0xFDD0 && c <= 0xFDEF) return false;
  if ((c & 0xFFFE) == 0xFFFE) return false;
  return c < 0x40000 || (c >= 0xE0000 && c < 0xF0000);
}

struct Sequence {
  char32_t value = 0;
  std::size_t length = 0;  // in characters; 0 = no sequence here
};

// The character that chars[i...] would spell if it were mis-decoded UTF-8, with no judgement
// yet on whether the text is really mojibake.
Sequence read_sequence(const std::u32string& chars, std::size_t i) {
  const int lead = mojibake_byte(chars[i]);
  std::size_t length = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  } else {
    return {};
  }
  if (chars.size() - i < length) return {};
  std::string bytes(1, static_cast<char>(lead));
  for (std::size_t k = 1; k < length; ++k) {
    const int b = mojibake_byte(chars[i + k]);
    if (b < 0x80 || b > 0xBF) return {};
    bytes.push_back(static_cast<char>(b));
  }
  if (utf8_char_length(bytes, 0) != length) return {};
  return {utf8_char_at(bytes, 0, length), length};
}

// Two characters are the shortest mojibake and the easiest to meet by chance in correct text, so
// the neighbours decide. prev_repaired says chars[i - 1] came out of a repair, which makes it
// mojibake context rather than a real Greek word around us.
bool two_byte_is_real_text(const std::u32string& chars, std::size_t i, bool prev_repaired,
                           char32_t value, char32_t base) {
  const char32_t lead = chars[i];
  const char32_t cont = chars[i + 1];
  const char32_t before = i > 0 ? chars[i - 1] : 0;
  if (!plausible_two_byte(value, base)) return true;
  const char32_t after = i + 2 < chars.size() ? chars[i + 2] : 0;
  const char32_t after2 = i + 3 < chars.size() ? chars[i + 3] : 0;
  // Greek capitals meet the accented capitals 1253 puts at 0xA2-0xBF ("ΑΓΆΠΗ") and Greek words
  // end next to » or ’; a Greek letter on either side marks such a word. A following letter
  // that itself starts mojibake does not count: Greek text mis-decoded as 1253 looks like that.
  if (is_greek_letter(lead)) {
    if (!prev_repaired && is_greek_letter(before)) return true;
    if (is_greek_letter(cont) && is_greek_letter(after) && read_sequence(chars, i + 2).length == 0)
      return true;
  }
  // A word ending in a capital like Å or Ñ before a closing quote or "’s".
  if ((cont == 0x2019 || cont == 0x201D) && is_letter(lead)) {
    if (!is_letter(after)) return true;
    if (after < 0x80 && !is_letter(after2)) return true;
  }
  return false;
}

// Three characters: the risk is a word ending in a lowercase letter (é, α, η...) before two
// pieces of punctuation ("café…”", "Τρίτη…”"). Leads "â" and "β" begin all the punctuation
// mojibake ("â€”", "ACMEâ„¢"), so for them only punctuation that closes a word and a word
// boundary after the run count as real text.
bool three_byte_is_real_text(const std::u32string& chars, std::size_t i, bool prev_repaired) {
  const char32_t lead = chars[i];
  const char32_t cont = chars[i + 1];
  if (i == 0 || prev_repaired || !is_letter(lead) || !is_letter(chars[i - 1])) return false;
  if (lead != U'â' && lead != U'β') return cont >= 0x2010 && cont <= 0x205F;
  const bool closes_word = cont == U'…' || cont == U'’' || cont == U'”' || cont == U'—';
  return closes_word && (i + 3 >= chars.size() || !is_letter(chars[i + 3]));
}

// Repairs the non-ASCII run chars[begin, end) of a window that also holds the character before
// the run (when there is one) and up to three after it, the context the checks above look at.
int repair_run(const std::u32string& chars, std::size_t begin, std::size_t end, std::string& out) {
  int repaired = 0;
  bool prev_repaired = false;  // the character before the run is ASCII: never a repair
  char32_t last_written = begin > 0 ? chars[begin - 1] : 0;
  for (std::size_t i = begin; i < end;) {
    const Sequence seq = read_sequence(chars, i);
    bool take = seq.length != 0 && plausible_long(seq.value);
    if (take && seq.length == 2)
      take = !two_byte_is_real_text(chars, i, prev_repaired, seq.value, last_written);
    if (take && seq.length == 3) take = !three_byte_is_real_text(chars, i, prev_repaired);
    if (take) {
      append_utf8(out, seq.value);
      last_written = seq.value;
      i += seq.length;
      ++repaired;
    } else {
      append_utf8(out, chars[i]);
      last_written = chars[i];
      ++i;
    }
    prev_repaired = take;
  }
  return repaired;
}

// Mojibake is made only of non-ASCII characters, and an ASCII character resets every piece of
// state the checks carry, so only the runs of non-ASCII characters (with a little context) are
// decoded; ASCII text, most of any guide, is copied as bytes.
int repair_pass(std::string& utf8) {
  std::string out;
  out.reserve(utf8.size());
  int repaired = 0;
  const std::size_t n = utf8.size();
  std::size_t at = 0;
  while (at < n) {
    std::size_t run = at;
    while (run < n && (static_cast<unsigned char>(utf8[run]) & 0x80) == 0) ++run;
    out.append(utf8, at, run - at);
    if (run == n) break;
    std::size_t run_end = run;
    while (run_end < n && (static_cast<unsigned char>(utf8[run_end]) & 0x80) != 0) ++run_end;
    const std::size_t before = run > 0 ? 1 : 0;    // an ASCII byte
    std::size_t after = 0, context_end = run_end;  // up to three characters of any kind
    for (; after < 3 && context_end < n; ++after) {
      context_end += std::max<std::size_t>(1, utf8_char_length(utf8, context_end));
    }
    context_end = std::min(context_end, n);
    const std::u32string window =
        to_chars(std::string_view(utf8).substr(run - before, context_end - (run - before)));
    repaired += repair_run(window, before, window.size() - after, out);
    at = run_end;
  }
  if (repaired > 0) utf8 = std::move(out);
  return repaired;
}

// Eight copies of byte `b` in one word.
constexpr std::uint64_t every_byte(unsigned char b) {
  return 0x0101010101010101ull * b;
}

// True when some byte of `chunk` is below `n` (at most 0x80). Exact: the lowest such byte
// borrows in the subtraction and sets its top bit, which ~chunk keeps because the byte is
// below 0x80; no byte at or above n can set both ("hasless" in Bit Twiddling Hacks).
constexpr bool has_byte_below(std::uint64_t chunk, unsigned char n) {
  return ((chunk - every_byte(n)) & ~chunk & every_byte(0x80)) != 0;
}
static_assert(has_byte_below(0x4141414141410A41ull, 0x20));
static_assert(!has_byte_below(0x20FF7F8041414141ull, 0x20));
static_assert(has_byte_below(0x4141414141414100ull, 1) && !has_byte_below(every_byte(0x20), 0x20));

}  // namespace

int repair_mojibake(std::string& utf8) {
  // Invalid input has no single reading to repair; leave it for the caller to notice.
  if (!detail::is_valid_utf8(utf8)) return 0;
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c & 0x80) == 0; })) return 0;
  int total = 0;
  // Text mis-decoded twice needs one pass per round; three covers anything seen in practice.
  for (int pass = 0; pass < 3; ++pass) {
    const int repaired = repair_pass(utf8);
    if (repaired == 0) break;
    total += repaired;
  }
  return total;
}

DecodedText decode_bytes(std::string_view bytes) {
  DecodedText result;
  constexpr std::string_view bom = "\xEF\xBB\xBF";
  const bool had_bom = bytes.starts_with(bom);
  if (had_bom) bytes.remove_prefix(bom.size());

  std::string text;
  if (detail::is_valid_utf8(bytes)) {
    result.encoding = had_bom ? "utf-8-bom" : "utf-8";
    text.assign(bytes);
  } else {
    // A broken BOM file is still read whole as 1252: mixing decoders per line would put
    // mojibake right back in.
    result.encoding = "windows-1252";
    note_repair(result.repairs, "windows-1252");
    text = from_cp1252(bytes);
  }

  text = normalize_line_ends(text, result.repairs);
  // Mojibake goes before space clean-up: its runs can contain U+00A0 ("Â" + NBSP is a mangled
  // NBSP, "Ã" + NBSP a mangled "à"), and a mangled BOM only becomes removable once repaired.
  if (repair_mojibake(text) > 0) note_repair(result.repairs, "mojibake");
  result.utf8 = normalize_spaces(text, result.repairs);
  return result;
}

bool looks_binary(std::string_view bytes) {
  static constexpr std::array<std::string_view, 7> signatures = {"\x89PNG",
                                                                 "\x7F"
                                                                 "ELF",
                                                                 "%PDF",
                                                                 "PK\x03\x04",
                                                                 "GIF8",
                                                                 "\xFF\xD8\xFF",
                                                                 "\x1F\x8B"};
  for (std::string_view signature : signatures) {
    if (bytes.starts_with(signature)) return true;
  }
  const std::string_view window = bytes.substr(0, 64 * 1024);
  std::size_t controls = 0;
  // True for a NUL, which makes the file binary at once; counts the other controls.
  auto is_nul_else_count = [&](char ch) {
    const auto b = static_cast<unsigned char>(ch);
    if (b == 0) return true;
    const bool allowed = b == '\t' || b == '\n' || b == '\r' || b == '\f';
    if ((b < 0x20 && !allowed) || b == 0x7F) ++controls;
    return false;
  };
  // Eight bytes at a time: a chunk with no byte below 0x20 and no 0x7F, most of any text,
  // holds neither a NUL nor a control, so its bytes need no look one by one.
  std::size_t i = 0;
  for (; i + 8 <= window.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, window.data() + i, 8);
    if (!has_byte_below(chunk, 0x20) && !has_byte_below(chunk ^ every_byte(0x7F), 1)) continue;
    for (std::size_t k = i; k < i + 8; ++k) {
      if (is_nul_else_count(window[k])) return true;
    }
  }
  for (; i < window.size(); ++i) {
    if (is_nul_else_count(window[i])) return true;
  }
  return controls * 10 > window.size();
}

}  // namespace careerkb::text
