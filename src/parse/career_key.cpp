#include "parse/career_key.hpp"

#include <algorithm>
#include <vector>

#include "text/words.hpp"

namespace careerkb::parse {
namespace {

bool is_article(std::string_view w) {
  return w == "a" || w == "an" || w == "the";
}

// Singular words that end like a plural; a key must not turn them into something else.
constexpr std::string_view singular_as_written[] = {
    // -men that is not a plural of -man
    "specimen", "abdomen", "regimen", "acumen", "lumen", "omen", "semen", "stamen", "albumen",
    "bitumen", "foramen", "hymen",
    // plural in form, one thing in meaning
    "series", "species", "news", "ems", "gas"};

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Lowercase ASCII and split at whitespace only, so punctuation stays part of its word.
std::vector<std::string> whitespace_words(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string normalized(std::vector<std::string> words) {
  size_t first = 0;
  while (words.size() - first > 1 && is_article(words[first])) ++first;
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first));
  if (words.empty()) return "";
  words.back() = singular_word(words.back());
  return join(words);
}

}  // namespace

std::string singular_word(std::string_view word) {
  auto ends = [&](std::string_view suffix) {
    return word.size() > suffix.size() + 1 && word.ends_with(suffix);
  };
  std::string w(word);
  if (std::find(std::begin(singular_as_written), std::end(singular_as_written), word) !=
      std::end(singular_as_written)) {
    return w;
  }
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";  // secretaries
  if (ends("sses") || ends("ches") || ends("shes") || ends("xes"))
    return w.substr(0, w.size() - 2);                         // coaches, boxes
  if (ends("men")) return w.substr(0, w.size() - 3) + "man";  // firemen
  if (ends("ss") || ends("us") || ends("is")) return w;       // business, status, analysis
  if (w.size() > 2 && w.back() == 's') w.pop_back();          // technicians, rns
  return w;
}

std::string career_key(std::string_view name) {
  return normalized(text::lowercase_words(name));
}

std::string occupation_label(std::string_view name) {
  return normalized(whitespace_words(name));
}

}  // namespace careerkb::parse
