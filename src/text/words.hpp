// Where a word ends, as SQLite's unicode61 tokenizer (which the FTS5 index uses) decides it:
// ASCII letters and digits and most non-ASCII characters are word characters; ASCII punctuation
// and the non-ASCII punctuation, symbols and emoji it separates on are not. The query parser and
// career keys both split text here, so a name typed in a query meets the name stored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careerkb::text {

bool is_word_char(char32_t c);

// The words of a UTF-8 text, ASCII lowercased ("HVAC-R Techs" -> hvac, r, techs). A byte that
// is not part of well-formed UTF-8 counts as a word character.
std::vector<std::string> lowercase_words(std::string_view utf8);

}  // namespace careerkb::text
