// Stage 1 of the pipeline: raw file bytes to clean UTF-8 text.
// Pure functions, no I/O. Handles BOM, Windows-1252 files, CRLF/CR line ends, non-breaking
// spaces, and mojibake (UTF-8 that was once mis-decoded as Windows-1252 or Windows-1253).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careerkb::text {

struct DecodedText {
  std::string utf8;                  // clean UTF-8, '\n' line ends; line count equals the input's
  std::string encoding;              // "utf-8", "utf-8-bom" or "windows-1252"
  std::vector<std::string> repairs;  // one entry per kind of repair made, e.g. "crlf", "mojibake"
};

// Decodes bytes into UTF-8. Never throws on odd input: bytes that are not valid UTF-8 make the
// whole input be read as Windows-1252 (every byte then maps to some character).
// Line numbers are preserved: a line N of the input is line N of the output.
DecodedText decode_bytes(std::string_view bytes);

// Reverses UTF-8 -> Windows-1252/1253 mojibake ("β€”" -> "—", "πŸ“ˆ" -> "📈") wherever a run of
// characters re-encodes to valid multi-byte UTF-8; correct text (Greek, accents, emoji, CJK) is
// left untouched. Returns the number of runs repaired.
int repair_mojibake(std::string& utf8);

// True when the bytes look like a binary file (NUL bytes or many control characters).
bool looks_binary(std::string_view bytes);

}  // namespace careerkb::text
