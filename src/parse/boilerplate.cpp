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

// Cue phrases found in one pass: each position's next four (lowercased) bytes are looked up in
// a small bit set, and only on a hit are the cues compared. Forty memmem() calls per block cost
// a tenth of the parse time, almost all of it per-call overhead on short blocks.
class CueFinder {
 public:
  explicit CueFinder(std::initializer_list<std::string_view> cues) : cues_(cues) {
    for (std::string_view cue : cues_) heads_.set(slot(head(cue.data())));
  }
  bool found_in(const std::string& lower) const {
    if (lower.size() < 4) return false;
    for (size_t i = 0; i + 4 <= lower.size(); ++i) {
      const std::uint32_t h = head(lower.data() + i);
      if (!heads_.test(slot(h))) continue;
      for (std::string_view cue : cues_) {
        if (head(cue.data()) == h && lower.compare(i, cue.size(), cue) == 0) return true;
      }
    }
    return false;
  }

 private:
  static std::uint32_t head(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static size_t slot(std::uint32_t h) { return (h * 2654435761u) >> 20; }  // 12 bits
  std::vector<std::string_view> cues_;  // lowercase, 4+ characters
  std::bitset<4096> heads_;
};

}  // namespace

bool is_boilerplate_line(std::string_view text) {
  // A navigation bar: "Guides | Careers | Schools | Salaries | Sign In".
  int bars = 0;
  for (size_t at = text.find(" | "); at != std::string_view::npos; at = text.find(" | ", at + 3)) {
    ++bars;
  }
  if (bars >= 3 && !contains_money_or_percent(text)) return true;
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
  return cues.found_in(to_lower(text));
}

}  // namespace careerkb::parse
