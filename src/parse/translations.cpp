// Translations; see translations.hpp.
#include "parse/translations.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

// Words no English sentence uses, and English words no Spanish one does ("a", "en" and
// "con" are in neither: both languages, or English too).
constexpr std::string_view spanish_words[] = {
    "de",    "del",  "la",    "las",     "el",      "los",    "y",     "para",
    "una",   "por",  "que",   "al",      "su",      "sus",    "es",    "son",
    "se",    "como", "más",   "sobre",   "después", "dentro", "desde", "hasta",
    "entre", "cada", "ambos", "también", "muy",     "pero",   "sin",   "según"};
constexpr std::string_view english_words[] = {
    "the",  "and",  "of",    "to",  "for",   "with", "in",    "an",   "on",   "or",   "is",
    "are",  "you",  "your",  "at",  "by",    "from", "this",  "that", "it",   "as",   "be",
    "will", "can",  "per",   "our", "their", "who",  "after", "when", "into", "what", "do",
    "does", "how",  "they",  "we",  "he",    "she",  "not",   "have", "has",  "all",  "more",
    "most", "also", "about", "if",  "than",  "its",  "one",   "them", "were", "was",  "would"};

bool is_one_of(std::string_view word, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return equals_ci(word, w); });
}

// "á", "é", "í", "ó", "ú", "ñ", "¿", "¡" in UTF-8: a text that may be Spanish.
bool has_spanish_letter(std::string_view s) {
  for (size_t k = 0; k + 1 < s.size(); ++k) {
    unsigned char a = static_cast<unsigned char>(s[k]), b = static_cast<unsigned char>(s[k + 1]);
    if (a == 0xC3 && (b == 0xA1 || b == 0xA9 || b == 0xAD || b == 0xB3 || b == 0xBA || b == 0xB1))
      return true;
    if (a == 0xC2 && (b == 0xBF || b == 0xA1)) return true;
  }
  return false;
}

// Spanish and English cue counts of a text.
struct Cues {
  int spanish = 0, english = 0;
  bool letter = false;
};
Cues count_cues(std::string_view text) {
  Cues cues;
  for (std::string_view w : split_words(text)) {
    if (is_one_of(w, english_words)) ++cues.english;
    if (is_one_of(w, spanish_words)) ++cues.spanish;
  }
  cues.letter = has_spanish_letter(text);
  return cues;
}

// "Staff Nurse-Midwife / Partera de planta" -> "Staff Nurse-Midwife". On a page known to be
// bilingual, one Spanish cue in the second half of a pair is enough.
std::string without_spanish_half(std::string_view text) {
  size_t slash = text.rfind(" / ");
  if (slash == std::string_view::npos) return std::string(text);
  const Cues second = count_cues(text.substr(slash + 3));
  if (second.english > 0 || (second.spanish == 0 && !second.letter)) return std::string(text);
  return std::string(trim(text.substr(0, slash)));
}

}  // namespace

bool reads_as_spanish(std::string_view text) {
  const Cues cues = count_cues(text);
  if (cues.english > 0) return false;
  return cues.spanish >= 2 || (cues.spanish >= 1 && cues.letter);
}

std::optional<Document> drop_translations(const Document& doc) {
  int marked = 0;
  for (size_t k = 0; k < doc.blocks.size() && marked < 3; ++k) {
    marked += has_spanish_letter(doc.blocks[k].text) ? 1 : 0;
  }
  if (marked < 3) return std::nullopt;
  Document out;
  out.blocks.reserve(doc.blocks.size());
  for (const Block& b : doc.blocks) {
    Block copy = b;
    // A pair keeps its English half; a block with no pair goes when it reads as Spanish.
    if (copy.text.find(" / ") != std::string::npos) {
      copy.text = without_spanish_half(copy.text);
    } else if (reads_as_spanish(copy.text)) {
      continue;
    }
    if (!copy.cells.empty()) {
      // "Median pay / Salario medio | $131,480 | $131,480 al año": Spanish cells and halves go.
      std::vector<std::string> cells;
      for (const std::string& cell : copy.cells) {
        if (!cells.empty() && reads_as_spanish(cell)) continue;
        cells.push_back(without_spanish_half(cell));
      }
      copy.cells = std::move(cells);
      std::string joined;
      for (const std::string& cell : copy.cells) joined += (joined.empty() ? "" : " | ") + cell;
      copy.text = std::move(joined);
    }
    out.blocks.push_back(std::move(copy));
  }
  return out;
}

}  // namespace careerkb::parse
