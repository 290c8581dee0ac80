// Unit tests for src/text: decode_bytes, repair_mojibake and looks_binary. The mojibake
// builders below use their own small code-page tables so the tests check the decoder against an
// independent reading of Windows-1252/1253 rather than against itself.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "text/decode.hpp"

using careerkb::text::decode_bytes;
using careerkb::text::looks_binary;
using careerkb::text::repair_mojibake;

namespace {

void put_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// What Windows-1252 shows for bytes 0x80-0x9F; undefined bytes show as their C1 control.
constexpr char32_t glyphs_1252[32] = {
    U'€', 0x81, U'‚', U'ƒ', U'„', U'…', U'†', U'‡', U'ˆ', U'‰', U'Š', U'‹', U'Œ', 0x8D, U'Ž', 0x8F,
    0x90, U'‘', U'’', U'“', U'”', U'•', U'–', U'—', U'˜', U'™', U'š', U'›', U'œ', 0x9D, U'ž', U'Ÿ'};

char32_t glyph_1252(unsigned char b) {
  return b >= 0x80 && b <= 0x9F ? glyphs_1252[b - 0x80] : b;
}

// Windows-1253 where it defines the byte differently from 1252, else the 1252 glyph: the hybrid
// the guides were rendered with.
char32_t glyph_1253_hybrid(unsigned char b) {
  switch (b) {
    case 0xA1:
      return U'΅';
    case 0xA2:
      return U'Ά';
    case 0xAF:
      return U'―';
    case 0xB4:
      return U'΄';
    case 0xB8:
      return U'Έ';
    case 0xB9:
      return U'Ή';
    case 0xBA:
      return U'Ί';
    case 0xBC:
      return U'Ό';
    case 0xBE:
      return U'Ύ';
    case 0xBF:
      return U'Ώ';
    default:
      break;
  }
  if (b >= 0xC0 && b <= 0xD1) return 0x0390 + (b - 0xC0);
  if (b >= 0xD3 && b <= 0xFE) return 0x03A3 + (b - 0xD3);
  return glyph_1252(b);
}

// Re-encodes the UTF-8 bytes of text as if each byte had been read in a single-byte code page.
template <typename Glyph>
std::string mangle(std::string_view text, Glyph glyph) {
  std::string out;
  for (char ch : text) put_utf8(out, glyph(static_cast<unsigned char>(ch)));
  return out;
}
std::string as_1252(std::string_view text) {
  return mangle(text, glyph_1252);
}
std::string as_1253(std::string_view text) {
  return mangle(text, glyph_1253_hybrid);
}

// Strict UTF-8 check written separately from the decoder's.
bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    char32_t c = 0;
    if (b < 0x80) {
      ++i;
      continue;
    } else if ((b & 0xE0) == 0xC0) {
      n = 2, c = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      n = 3, c = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      n = 4, c = b & 0x07;
    } else {
      return false;
    }
    if (i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      const auto cb = static_cast<unsigned char>(s[i + k]);
      if ((cb & 0xC0) != 0x80) return false;
      c = (c << 6) | (cb & 0x3F);
    }
    const char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < minimum[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    i += n;
  }
  return true;
}

// Line breaks as an editor counts them: CRLF, lone CR and LF are one each.
std::size_t count_line_breaks(std::string_view s) {
  std::size_t breaks = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) ++breaks;
  }
  return breaks;
}

std::size_t count_newlines(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += ch == '\n';
  return n;
}

// A string literal with its embedded NUL bytes kept.
template <std::size_t N>
std::string_view bytes_of(const char (&literal)[N]) {
  return std::string_view(literal, N - 1);
}

std::string repaired(std::string text) {
  repair_mojibake(text);
  return text;
}

using Repairs = std::vector<std::string>;

// The sample lists are laid out by hand: clang-format would put one string per line.
// clang-format off

// Clean text in many scripts; each must survive both kinds of mangling and come back exactly.
const std::vector<std::string> clean_samples = {
    "—", "’", "“quoted”", "café", "naïve", "Zürich", "São Paulo", "Ærøskøbing", "José Núñez",
    "Zoë Brontë", "Straße", "Á", "½ cup", "€100", "• bullet", "→ next", "📈 Market", "🇺🇸",
    "✅ done", "❌", "👩‍💻", "医疗技术员", "Привет", "Καλημέρα κόσμε", "Ψυχολογία",
    "ACME™ costs 5€", "decomposed cafe\u0301", "ΜΑΙ\u0308\u0301ΟΥ"};

// Correct text that must pass through untouched, chosen to sit close to mojibake patterns.
const std::vector<std::string> correct_samples = {
    "Καλημέρα κόσμε", "Ψυχολογία", "ΤΗΛΕΦΩΝΟ ΆΛΦΑ", "ΈΝΑ ΌΡΟΣ", "Ώρα", "ΑΓΆΠΗ", "ΔΆΣΟΣ",
    "ΚΆΤΙ", "ΜΆΡΚΟΣ", "«ΚΟΣΜΟΣ» και «Ο»", "ΤΟΥ ΜΑΡΚΟΥ’", "Ελληνικά", "Τρίτη…”", "Σαβ—”",
    "José Núñez", "Zoë Brontë", "São Paulo", "Ærøskøbing", "naïve café", "Straße", "CAFÉ”",
    "JOSÉ’s plan", "Å’s length", "café…”", "très—”", "“Voilà…”", "A→B", "½ × ¼",
    "© 2024 ACME™ ±5 °C", "📈 医疗技术员", "👩‍💻 🇺🇸 ✅ ❌", "Привет, мир"};

// clang-format on

}  // namespace

TEST_CASE("windows-1253 mojibake of an em dash is repaired") {
  CHECK(repaired("35,000β€”65,000") == "35,000—65,000");
}

TEST_CASE("windows-1253 mojibake of a chart emoji is repaired across both code pages") {
  // π is 1253's 0xF0 while Ÿ and ˆ are 1252 glyphs for bytes 1253 leaves undefined.
  CHECK(repaired("πŸ“ˆ Market Demand") == "📈 Market Demand");
}

TEST_CASE("windows-1253 mojibake of a flag pair is repaired") {
  CHECK(repaired("πŸ‡ΊπŸ‡Έ Salary") == "🇺🇸 Salary");
}

TEST_CASE("windows-1253 mojibake of a check mark and an angle quote are repaired") {
  CHECK(repaired("βœ… Pros") == "✅ Pros");
  CHECK(repaired("Home β€Ί Guides") == "Home › Guides");
}

TEST_CASE("a correct cross mark is left alone") {
  std::string text = "❌ Cons";
  CHECK(repair_mojibake(text) == 0);
  CHECK(text == "❌ Cons");
}

TEST_CASE("windows-1252 mojibake of dashes, accents and apostrophes is repaired") {
  CHECK(repaired("2020â€”2024") == "2020—2024");
  CHECK(repaired("cafÃ©") == "café");
  CHECK(repaired("itâ€™s") == "it’s");
  CHECK(repaired("10Â°C") == "10°C");
}

TEST_CASE("repair_mojibake returns the number of sequences repaired") {
  std::string text = "β€” and Ã© and πŸ“ˆ";
  CHECK(repair_mojibake(text) == 3);
  CHECK(text == "— and é and 📈");
  std::string clean = "plain text";
  CHECK(repair_mojibake(clean) == 0);
}

TEST_CASE("a line mixing mojibake and clean text repairs only the mojibake") {
  std::string text = "Pay πŸ‡ΊπŸ‡Έ 40,000β€”60,000 βœ… at the cafΓ©â€™s ❌ desk, Zoë";
  CHECK(repair_mojibake(text) == 6);
  CHECK(text == "Pay 🇺🇸 40,000—60,000 ✅ at the café’s ❌ desk, Zoë");
}

TEST_CASE("both mojibake flavours of varied text come back exactly") {
  for (const std::string& clean : clean_samples) {
    CAPTURE(clean);
    CHECK(repaired(as_1252(clean)) == clean);
    CHECK(repaired(as_1253(clean)) == clean);
  }
}

TEST_CASE("double- and triple-encoded mojibake is repaired in repeated passes") {
  std::string twice = as_1252(as_1252("—"));
  CHECK(repair_mojibake(twice) == 4);
  CHECK(twice == "—");
  CHECK(repaired(as_1252(as_1252(as_1252("café 📈")))) == "café 📈");
  CHECK(repaired(as_1253(as_1252("naïve"))) == "naïve");
}

TEST_CASE("correct Greek, accented names, emoji and CJK round-trip byte for byte") {
  for (const std::string& text : correct_samples) {
    CAPTURE(text);
    std::string copy = text;
    CHECK(repair_mojibake(copy) == 0);
    CHECK(copy == text);
    const auto decoded = decode_bytes(text);
    CHECK(decoded.utf8 == text);
    CHECK(decoded.repairs.empty());
    CHECK(decoded.encoding == "utf-8");
  }
}

TEST_CASE("repair_mojibake leaves invalid UTF-8 untouched") {
  std::string text = "caf\xE9 â€”";
  CHECK(repair_mojibake(text) == 0);
  CHECK(text == "caf\xE9 â€”");
}

TEST_CASE("clean UTF-8 decodes unchanged with no repairs") {
  const auto decoded = decode_bytes("Title\n\nBody with ✅ and é\n");
  CHECK(decoded.utf8 == "Title\n\nBody with ✅ and é\n");
  CHECK(decoded.encoding == "utf-8");
  CHECK(decoded.repairs.empty());
}

TEST_CASE("empty input decodes to empty UTF-8") {
  const auto decoded = decode_bytes("");
  CHECK(decoded.utf8.empty());
  CHECK(decoded.encoding == "utf-8");
  CHECK(decoded.repairs.empty());
}

TEST_CASE("a UTF-8 byte order mark is stripped") {
  const auto decoded = decode_bytes("\xEF\xBB\xBFHello");
  CHECK(decoded.utf8 == "Hello");
  CHECK(decoded.encoding == "utf-8-bom");
  CHECK(decoded.repairs.empty());
}

TEST_CASE("a windows-1252 file is decoded byte by byte") {
  const auto decoded = decode_bytes("caf\xE9 \x96 na\xEFve");
  CHECK(decoded.utf8 == "café – naïve");
  CHECK(decoded.encoding == "windows-1252");
  CHECK(decoded.repairs == Repairs{"windows-1252"});
}

TEST_CASE("bytes windows-1252 leaves undefined become the matching C1 controls") {
  const auto decoded = decode_bytes("\x81\x8D\x8F\x90\x9D");
  CHECK(decoded.utf8 == "\u0081\u008D\u008F\u0090\u009D");
  CHECK(decoded.encoding == "windows-1252");
}

TEST_CASE("a BOM file with invalid UTF-8 after the BOM is read as windows-1252") {
  const auto decoded = decode_bytes(
      "\xEF\xBB\xBF"
      "caf\xE9");
  CHECK(decoded.utf8 == "café");
  CHECK(decoded.encoding == "windows-1252");
}

TEST_CASE("windows-1252, mojibake and BOM files give the same text as their clean twin") {
  const std::string clean = "Café – naïve “quoted” text\nSecond line ’ok’ … ½\n";
  const std::string cp1252 =
      "Caf\xE9 \x96 na\xEFve \x93quoted\x94 text\r\nSecond line \x92ok\x92 \x85 \xBD\r\n";
  CHECK(decode_bytes(clean).utf8 == clean);
  CHECK(decode_bytes(cp1252).utf8 == clean);
  CHECK(decode_bytes(as_1252(clean)).utf8 == clean);
  CHECK(decode_bytes(as_1253(clean)).utf8 == clean);
  CHECK(decode_bytes("\xEF\xBB\xBF" + clean).utf8 == clean);
}

TEST_CASE("CRLF and lone CR become LF and keep the line count") {
  const std::string input = "one\r\ntwo\rthree\n\rfour\r\r";
  const auto decoded = decode_bytes(input);
  CHECK(decoded.utf8 == "one\ntwo\nthree\n\nfour\n\n");
  CHECK(count_newlines(decoded.utf8) == count_line_breaks(input));
  CHECK(decoded.repairs == Repairs{"crlf"});
}

TEST_CASE("line N of the input stays line N of the output") {
  const auto decoded =
      decode_bytes(bytes_of("a\r\nβ€”\r\n\r\nc\xC2\xA0"
                            "d\r\x00\ne"));
  CHECK(decoded.utf8 == "a\n—\n\nc d\n\ne");
}

TEST_CASE("NUL bytes are dropped") {
  const auto decoded = decode_bytes(bytes_of("a\0b\0"));
  CHECK(decoded.utf8 == "ab");
  CHECK(decoded.repairs == Repairs{"nul"});
}

TEST_CASE("non-breaking and other odd spaces become plain spaces") {
  const auto decoded = decode_bytes("a\u00A0b\u2007c\u202Fd\u2009e");
  CHECK(decoded.utf8 == "a b c d e");
  CHECK(decoded.repairs == Repairs{"nbsp"});
}

TEST_CASE("zero-width characters are removed but joiners inside emoji are kept") {
  const auto decoded = decode_bytes("a\u200Bb\uFEFFc \U0001F469\u200D\U0001F4BB");
  CHECK(decoded.utf8 == "abc \U0001F469\u200D\U0001F4BB");
  CHECK(decoded.repairs == Repairs{"zero-width"});
}

TEST_CASE("a mangled non-breaking space and a mangled BOM are repaired, then cleaned") {
  const auto nbsp = decode_bytes("10Â\u00A0kg");
  CHECK(nbsp.utf8 == "10 kg");
  CHECK(nbsp.repairs == Repairs{"mojibake", "nbsp"});
  const auto bom = decode_bytes("ï»¿Hello");
  CHECK(bom.utf8 == "Hello");
  CHECK(bom.repairs == Repairs{"mojibake", "zero-width"});
}

TEST_CASE("repairs lists each kind once in the order first made") {
  const auto decoded =
      decode_bytes(bytes_of("a\r\nb\xC2\xA0"
                            "c β€” d\r\n\x00 e\xC2\xA0"));
  CHECK(decoded.utf8 == "a\nb c — d\n e ");
  CHECK(decoded.repairs == Repairs{"crlf", "nul", "mojibake", "nbsp"});
  const auto legacy = decode_bytes("caf\xE9\r\n\xA0x");
  CHECK(legacy.utf8 == "café\n x");
  CHECK(legacy.repairs == Repairs{"windows-1252", "crlf", "nbsp"});
}

TEST_CASE("looks_binary spots known binary signatures") {
  CHECK(looks_binary("\x89PNG\r\n\x1A\n"));
  CHECK(
      looks_binary("\x7F"
                   "ELF\x02\x01"));
  CHECK(looks_binary("%PDF-1.7\n"));
  CHECK(looks_binary("PK\x03\x04rest"));
  CHECK(looks_binary("GIF89a"));
  CHECK(looks_binary("\xFF\xD8\xFF\xE0"));
}

TEST_CASE("looks_binary counts controls wherever they stand") {
  // The reading before the scan went eight bytes at a time: one byte after another.
  auto reference = [](std::string_view bytes) {
    const std::string_view window = bytes.substr(0, 64 * 1024);
    std::size_t controls = 0;
    for (char ch : window) {
      const auto b = static_cast<unsigned char>(ch);
      if (b == 0) return true;
      const bool allowed = b == '\t' || b == '\n' || b == '\r' || b == '\f';
      if ((b < 0x20 && !allowed) || b == 0x7F) ++controls;
    }
    return controls * 10 > window.size();
  };
  std::mt19937 random(7);
  const std::string alphabet = std::string("abc \n\t\r\f\x01\x1F\x7F\x80\xFF\x7E\x20", 15);
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 70, 'x');
    for (char& c : text) {
      // Mostly letters, with controls often enough to land on both sides of the threshold.
      c = random() % 4 == 0 ? alphabet[random() % alphabet.size()] : 'q';
    }
    if (random() % 20 == 0 && !text.empty()) text[random() % text.size()] = '\0';
    CAPTURE(text);
    CHECK(looks_binary(text) == reference(text));
  }
}

TEST_CASE("looks_binary accepts ordinary text") {
  CHECK_FALSE(looks_binary(""));
  CHECK_FALSE(looks_binary("Career guide\r\n\tIndented\fpage two\n"));
  CHECK_FALSE(looks_binary("Καλημέρα 📈 café"));
  CHECK_FALSE(looks_binary("caf\xE9 \x96 na\xEFve"));
}

TEST_CASE("looks_binary flags NUL bytes within the first 64 KB only") {
  CHECK(looks_binary(bytes_of("text\0more")));
  std::string late(70000, 'a');
  late += '\0';
  CHECK_FALSE(looks_binary(late));
}

TEST_CASE("looks_binary flags text with more than a tenth control bytes") {
  std::string some(90, 'a');
  some += std::string(10, '\x01');
  CHECK_FALSE(looks_binary(some));
  some += '\x1B';
  CHECK(looks_binary(some));
}

TEST_CASE("random bytes always decode to valid UTF-8 with the same line count") {
  std::mt19937 rng(20240611);
  // Pieces that push the decoder down its UTF-8 path and into mojibake and line-end handling.
  const std::vector<std::string> pieces = {
      "word ", "\r\n", "\r", "\n",    std::string(1, '\0'), "β€”",    "πŸ“ˆ",         "Ã©",
      "â€",    "Â",    "Γ",  "Ά",     "\xC2\xA0",           "\u200B", "\xEF\xBB\xBF", "é",
      "📈",     "Καλη", "Ÿ",  "\u0081"};
  for (int round = 0; round < 2000; ++round) {
    std::string input;
    const std::size_t length = rng() % 120;
    for (std::size_t k = 0; k < length; ++k) {
      if (round % 2 == 0) {
        // Line-end bytes are over-weighted so CR/LF/NUL meet odd neighbours often.
        const unsigned pick = rng() % 16;
        input += pick == 0 ? '\r' : pick == 1 ? '\n' : pick == 2 ? '\0' : static_cast<char>(rng());
      } else {
        input += pieces[rng() % pieces.size()];
      }
    }
    CAPTURE(round);
    const auto decoded = decode_bytes(input);
    CHECK(valid_utf8(decoded.utf8));
    CHECK(count_newlines(decoded.utf8) == count_line_breaks(input));
  }
}

TEST_CASE("typographic ligatures from PDF exports are spelled out") {
  careerkb::text::DecodedText d = careerkb::text::decode_bytes(
      "speci\xEF\xAC\x81"
      "cation \xEF\xAC\x82"
      "ow");
  CHECK(d.utf8 == "specification flow");
  CHECK(std::find(d.repairs.begin(), d.repairs.end(), "ligatures") != d.repairs.end());
}
