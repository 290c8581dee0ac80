// Lists written as prose: "Their days involve taping ankles, evaluating injuries and deciding
// when a player can return", "They inspect work areas, collect air samples, and keep the
// logs", "share a few traits: composure, candour, and empathy". A reader sees a list in such a
// sentence from its shape (three or more parallel phrases joined by commas and a final "and"),
// then decides what the list is from the phrases' words and the words that introduce it; the
// second step is the role vote of roles.cpp, the same one that decides bulleted lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careerkb::parse {

struct ProseSeries {
  std::string lead;                // the words before the first item ("Their days involve")
  std::vector<std::string> items;  // three or more phrases, without joining words
  size_t sentence = 0;             // byte offset of its sentence in the paragraph
};

// Every series in a paragraph, sentence by sentence. Empty for prose with no list in it.
std::vector<ProseSeries> find_prose_series(std::string_view paragraph);

}  // namespace careerkb::parse
