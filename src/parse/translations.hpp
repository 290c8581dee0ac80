// Translations: a bilingual page gives every fact twice, once in English and once in Spanish
// ("Provide prenatal checkups" / "Realizar controles prenatales"). The Spanish twins would
// join every list as strays, so they are dropped before the outline is built: whole blocks
// that read as Spanish, and the Spanish half after " / " in a heading, cell or item.
#pragma once

#include <optional>
#include <string_view>

#include "parse/document.hpp"

namespace careerkb::parse {

// True when a text's function words are Spanish and none are English.
bool reads_as_spanish(std::string_view text);

// The document without its Spanish blocks and halves, other blocks copied with their lines;
// nullopt when the document holds none (the common case, decided by a byte scan).
std::optional<Document> drop_translations(const Document& doc);

}  // namespace careerkb::parse
