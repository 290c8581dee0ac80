// Helpers shared by the parse-stage unit tests.
#pragma once

#include <string>
#include <vector>

#include "parse/document.hpp"
#include "parse/guide.hpp"

namespace careerkb::parse {

// A guide parsed from plain text or Markdown written in the test, as its file would be read.
inline Guide parse_text(const char* text, std::vector<BlockExplanation>* explanation = nullptr) {
  return parse_guide(read_plain_text(text), "guide.txt", explanation);
}
inline Guide parse_markdown(const char* text) {
  return parse_guide(read_markdown(text), "guide.md");
}

// The texts of a fact list, in order, to compare with an expected list.
inline std::vector<std::string> texts(const std::vector<TextItem>& items) {
  std::vector<std::string> out;
  for (const TextItem& item : items) out.push_back(item.text);
  return out;
}

}  // namespace careerkb::parse
