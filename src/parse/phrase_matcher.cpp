// Aho-Corasick over a folded alphabet: letters (case folded), digits, and the few punctuation
// marks cue phrases contain; every other byte is one "other" symbol, which no phrase holds.
#include "parse/phrase_matcher.hpp"

#include <algorithm>
#include <array>
#include <deque>

#include "parse/text_util.hpp"

namespace careerkb::parse {

int PhraseMatcher::symbol(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= '0' && c <= '9') return 26 + (c - '0');
  switch (c) {
    case ' ':
      return 36;
    case '-':
      return 37;
    case '\'':
      return 38;
    default:
      return 39;  // '/', '.', '(' and everything else
  }
}

PhraseMatcher::PhraseMatcher(std::span<const std::string_view> phrases) : phrases_(phrases) {
  for (std::string_view p : phrases) longest_ = std::max(longest_, p.size());
  next_.push_back({});
  next_[0].fill(-1);
  outputs_.emplace_back();
  for (size_t p = 0; p < phrases.size(); ++p) {
    int32_t state = 0;
    for (char c : phrases[p]) {
      int s = symbol(c);
      if (next_[state][s] < 0) {
        next_[state][s] = static_cast<int32_t>(next_.size());
        next_.push_back({});
        next_.back().fill(-1);
        outputs_.emplace_back();
      }
      state = next_[state][s];
    }
    outputs_[state].push_back(static_cast<int32_t>(p));
  }
  // Breadth first: failure links, and missing transitions filled in so a scan never backtracks.
  fail_.assign(next_.size(), 0);
  std::deque<int32_t> queue;
  for (int s = 0; s < alphabet; ++s) {
    if (next_[0][s] < 0) {
      next_[0][s] = 0;
    } else {
      queue.push_back(next_[0][s]);
    }
  }
  while (!queue.empty()) {
    int32_t state = queue.front();
    queue.pop_front();
    const std::vector<int32_t>& inherited = outputs_[fail_[state]];
    outputs_[state].insert(outputs_[state].end(), inherited.begin(), inherited.end());
    for (int s = 0; s < alphabet; ++s) {
      int32_t child = next_[state][s];
      if (child < 0) {
        next_[state][s] = next_[fail_[state]][s];
      } else {
        fail_[child] = next_[fail_[state]][s];
        queue.push_back(child);
      }
    }
  }
}

std::optional<PhraseMatcher::Hit> PhraseMatcher::first(std::string_view text,
                                                       bool whole_words) const {
  auto word_char = [&](size_t at) { return at < text.size() && is_ascii_alpha(text[at]); };
  std::optional<Hit> best;
  int32_t state = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    // Past the longest phrase after the best start, no earlier start can still end.
    if (best && i >= best->position + longest_) break;
    state = next_[state][symbol(text[i])];
    for (int32_t index : outputs_[state]) {
      std::string_view p = phrases_[index];
      size_t start = i + 1 - p.size();
      bool plain_word = p.size() < 6 && std::all_of(p.begin(), p.end(), is_ascii_alpha);
      if ((whole_words || plain_word) &&
          ((start > 0 && word_char(start - 1) && is_ascii_alpha(p.front())) ||
           (word_char(i + 1) && is_ascii_alpha(p.back())))) {
        continue;
      }
      if (!best || start < best->position ||
          (start == best->position && p.size() > best->phrase.size())) {
        best = Hit{start, p};
      }
    }
  }
  return best;
}

}  // namespace careerkb::parse
