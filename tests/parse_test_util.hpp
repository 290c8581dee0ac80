// Helpers shared by the parse-stage unit tests.
#pragma once

#include <string>
#include <vector>

#include "parse/guide.hpp"

namespace careerkb::parse {

// The texts of a fact list, in order, to compare with an expected list.
inline std::vector<std::string> texts(const std::vector<TextItem>& items) {
  std::vector<std::string> out;
  for (const TextItem& item : items) out.push_back(item.text);
  return out;
}

}  // namespace careerkb::parse
