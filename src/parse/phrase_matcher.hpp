// PhraseMatcher: finds the first of many lowercase ASCII phrases in a text in one pass
// (Aho-Corasick), ignoring ASCII case, so a lexicon of hundreds of cue phrases costs one scan
// of an item instead of one search per phrase.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace careerkb::parse {

class PhraseMatcher {
 public:
  // `phrases` must outlive the matcher (they are the cue table's static strings).
  explicit PhraseMatcher(std::span<const std::string_view> phrases);

  struct Hit {
    size_t position;          // byte offset of the match in the text
    std::string_view phrase;  // the lexicon entry that matched
  };
  // The match that starts first (the longest there when several do). A short plain word
  // (letters only, under six) matches only as a whole word; a longer entry also matches inside
  // a word, so stems such as "calibrat" work. With `whole_words`, every entry must be a word.
  std::optional<Hit> first(std::string_view text, bool whole_words = false) const;

 private:
  static constexpr int alphabet = 40;
  static int symbol(char c);
  std::vector<std::array<int32_t, alphabet>> next_;
  std::vector<int32_t> fail_;
  std::vector<std::vector<int32_t>> outputs_;  // per state: indexes into phrases_
  std::span<const std::string_view> phrases_;
  size_t longest_ = 0;
};

}  // namespace careerkb::parse
