// Boilerplate lines of scraped guides: navigation bars, sign-up prompts, resume-builder ads.
// Such lines are marked once per block (Outline::boilerplate) and left out of every fact.
#include <bitset>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "parse/extract.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {

namespace {

// Cue phrases found in one pass: each position's next four bytes are hashed and looked up in
// a small bit set, and only on a hit are the cues with that hash compared. Forty memmem() calls
// per block cost a tenth of the parse time, almost all of it per-call overhead on short blocks.
// The hash ignores case by setting every byte's 0x20 bit ('A' and 'a' alike, but also '@' and
// '`'), so blocks need no lowercased copy; equals_ci() has the last word.
class CueFinder {
 public:
  explicit CueFinder(std::initializer_list<std::string_view> cues) : by_slot_(slot_count) {
    for (std::string_view cue : cues) {
      heads_.set(slot(head(cue.data())));
      by_slot_[slot(head(cue.data()))].push_back(cue);
    }
  }
  // Case-insensitive for ASCII letters, like searching a lowercased copy of `text`.
  bool found_in(std::string_view text) const {
    if (text.size() < 4) return false;
    for (size_t i = 0; i + 4 <= text.size(); ++i) {
      const std::uint32_t h = head(text.data() + i);
      if (!heads_.test(slot(h))) continue;
      for (std::string_view cue : by_slot_[slot(h)]) {
        if (head(cue.data()) == h && equals_ci(text.substr(i, cue.size()), cue)) return true;
      }
    }
    return false;
  }

 private:
  static constexpr size_t slot_count = 4096;
  static std::uint32_t head(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v | 0x20202020u;
  }
  static size_t slot(std::uint32_t h) { return (h * 2654435761u) >> 20; }  // 12 bits
  std::bitset<slot_count> heads_;
  std::vector<std::vector<std::string_view>> by_slot_;  // lowercase cues, 4+ characters
};

// "Page 2 of 3": a printed page's running footer.
bool holds_page_count(std::string_view text) {
  for (size_t at = find_ci(text, "page "); at != std::string_view::npos;
       at = find_ci(text, "page ", at + 5)) {
    size_t k = at + 5;
    size_t digits = k;
    while (digits < text.size() && is_ascii_digit(text[digits])) ++digits;
    if (digits == k || !starts_with_ci(text.substr(digits), " of ")) continue;
    k = digits + 4;
    if (k < text.size() && is_ascii_digit(text[k])) return true;
  }
  return false;
}

}  // namespace

bool is_boilerplate_line(std::string_view text) {
  // A navigation bar: "Guides | Careers | Schools | Salaries | Sign In".
  // Searching for " | " stops at every space; most lines have no '|' at all.
  int bars = 0;
  if (text.find('|') != std::string_view::npos) {
    for (size_t at = text.find(" | "); at != std::string_view::npos;
         at = text.find(" | ", at + 3)) {
      ++bars;
    }
  }
  if (bars >= 3 && !contains_money_or_percent(text)) return true;
  if (has_at_most_words(text, 15) && holds_page_count(text)) return true;
  // "ADVERTISEMENT — Certified OEM parts ...", "Sponsored: ...": a marked ad.
  for (std::string_view mark : {"advertisement", "sponsored", "paid content", "promoted"}) {
    if (starts_with_ci(text, mark)) {
      std::string_view rest = trim(text.substr(mark.size()));
      if (rest.empty() || !is_ascii_alpha(rest.front())) return true;
    }
  }
  // "Sources: Bureau of Labor Statistics ...", "Share: Facebook · Email", "Skip to content":
  // a citation, a share bar, a skip link, a post's tags or a contact line, unless it holds the
  // figure it cites.
  for (std::string_view label :
       {"source:", "sources:", "references:", "share:", "skip to ", "tags:", "filed under:",
        "categories:", "posted in:", "email:", "e-mail:", "phone:", "tel:", "fax:"}) {
    if (starts_with_ci(text, label) && !contains_money_or_percent(text)) return true;
  }
  static const CueFinder cues{{
      "sign up",
      "signup",
      "subscribe",
      "newsletter",
      "resume builder",
      "credit card",
      "free trial",
      "upgrade to",
      "get started",
      "job alerts",
      "cookie",
      "share this",
      "share career",
      "view examples",
      "explore career guide",
      "our free",
      "check out our",
      "click here",
      "download",
      "premium features",
      "join over",
      "log in",
      "create an account",
      "unlimited applies",
      "easy to cancel",
      "school finder",
      "ultimate resume",
      "stronger resume",
      "ad-free",
      "pinned resume",
      "custom resume url",
      "career coach",
      "ai resume",
      "ai cover letter",
      "ai headshots",
      "ai interview",
      "go to account",
  }};
  if (!cues.found_in(text)) return false;
  // A paragraph of prose that says "it is not required to get started" in its last sentence
  // is no sign-up pitch: a long text is page furniture only when most of its sentences are.
  if (has_at_most_words(text, 30)) return true;
  const std::vector<Sentence> sentences = split_sentences(text);
  size_t pitches = 0;
  for (const Sentence& sentence : sentences) pitches += cues.found_in(sentence.text) ? 1 : 0;
  return 2 * pitches >= sentences.size();
}

}  // namespace careerkb::parse
