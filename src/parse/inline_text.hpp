// Private helpers of the Markdown and HTML readers (not part of the parse API): whitespace
// collapsing that also knows Unicode spaces, and removal of Markdown inline markup (emphasis,
// code spans, links, images, autolinks, raw tags, escapes, entities) leaving the visible text.
// Every scan here is linear in the input, so hostile text (10^6 brackets) cannot stall a reader.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careerkb::parse::detail {

inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

inline bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// Byte length of a Unicode space at s[i] (NBSP, U+2000..U+200A, U+202F, U+205F, U+3000), else 0.
// Decoded &nbsp; and typographic spaces must separate words like an ASCII space does.
inline std::size_t unicode_space_length(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (i + 1 < s.size() && at(0) == 0xC2 && at(1) == 0xA0) return 2;
  if (i + 2 >= s.size()) return 0;
  if (at(0) == 0xE2 && at(1) == 0x80 && ((at(2) >= 0x80 && at(2) <= 0x8A) || at(2) == 0xAF)) {
    return 3;
  }
  if (at(0) == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;
  if (at(0) == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;
  return 0;
}

// Byte length of an invisible character at s[i] (U+200B zero-width space, U+FEFF BOM), else 0.
inline std::size_t zero_width_length(std::string_view s, std::size_t i) {
  if (i + 2 >= s.size()) return 0;
  const std::string_view three = s.substr(i, 3);
  return (three == "\xE2\x80\x8B" || three == "\xEF\xBB\xBF") ? 3 : 0;
}

// Trims and turns every run of whitespace (ASCII or Unicode spaces) into one ASCII space.
inline std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    if (is_ascii_space(s[i])) {
      pending_space = true;
      ++i;
    } else if (std::size_t n = unicode_space_length(s, i)) {
      pending_space = true;
      i += n;
    } else if (std::size_t z = zero_width_length(s, i)) {
      i += z;
    } else {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += s[i++];
    }
  }
  return out;
}

inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the entity starting at s[i] == '&' into out and returns its length, or 0 when it is
// not one. Only entities that career pages actually use are named; numeric ones all work.
inline std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t window = s.substr(i, 14).find(';');  // bounded: "&&&&…" stays linear
  if (window == std::string_view::npos || window < 3) return 0;
  const std::size_t semi = i + window;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  if (name[0] == '#') {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    std::uint32_t cp = 0;
    for (char c : digits) {
      std::uint32_t d;
      if (is_ascii_digit(c)) {
        d = static_cast<std::uint32_t>(c - '0');
      } else if (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        d = static_cast<std::uint32_t>((c | 0x20) - 'a' + 10);
      } else {
        return 0;
      }
      cp = cp * (hex ? 16 : 10) + d;
      if (cp > 0x10FFFF) cp = 0x110000;  // stays invalid without overflowing
    }
    append_utf8(out, cp);
    return semi - i + 1;
  }
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},         {"lt", "<"},    {"gt", ">"},    {"quot", "\""},  {"apos", "'"},
      {"nbsp", "\xC2\xA0"}, {"ndash", "–"}, {"mdash", "—"}, {"hellip", "…"}, {"lsquo", "‘"},
      {"rsquo", "’"},       {"ldquo", "“"}, {"rdquo", "”"}, {"bull", "•"},   {"middot", "·"},
      {"euro", "€"},        {"pound", "£"}, {"yen", "¥"},   {"cent", "¢"},   {"copy", "©"},
      {"reg", "®"},         {"trade", "™"}, {"deg", "°"},   {"times", "×"},  {"plusmn", "±"},
      {"frac12", "½"},      {"shy", ""}};
  for (const auto& [entity, text] : kNamed) {
    if (name == entity) {
      out += text;
      return semi - i + 1;
    }
  }
  return 0;
}

// Removes Markdown inline markup from one block's raw text and returns the visible text
// (whitespace not yet collapsed). Follows CommonMark where it matters for reading: `_` inside a
// word is literal (snake_case), `*` between spaces is literal (5 * 3), unmatched delimiters stay.
class InlineStripper {
 public:
  explicit InlineStripper(std::string_view s) : s_(s) {}

  std::string run() {
    match_code_spans();
    match_pairs('[', ']', bracket_close_);
    match_pairs('(', ')', paren_close_);
    std::vector<std::pair<std::size_t, std::size_t>> link_ends;  // (index of ']', resume index)
    for (std::size_t i = 0; i < s_.size();) {
      if (!link_ends.empty() && i >= link_ends.back().first) {
        if (i == link_ends.back().first) i = link_ends.back().second;  // skip "](url)"
        link_ends.pop_back();
        continue;
      }
      const char c = s_[i];
      if (c == '\\' && i + 1 < s_.size() && (is_ascii_punct(s_[i + 1]) || s_[i + 1] == '\n')) {
        out_ += s_[i + 1] == '\n' ? ' ' : s_[i + 1];  // backslash-newline is a hard line break
        i += 2;
      } else if (c == '`') {
        i = code_span(i);
      } else if (c == '!' && i + 1 < s_.size() && s_[i + 1] == '[' && link_end(i + 1) != 0) {
        i = link_end(i + 1);  // images carry no readable text: alt and source both go
      } else if (c == '[' && link_end(i) != 0) {
        if (i + 1 < s_.size() && s_[i + 1] == '^') {
          i = link_end(i);  // footnote reference
        } else {
          link_ends.emplace_back(bracket_close_[i], link_end(i));
          ++i;
        }
      } else if (c == '<') {
        i = angle(i);
      } else if (c == '&') {
        std::size_t n = decode_entity(s_, i, out_);
        if (n == 0) out_ += c;
        i += n == 0 ? 1 : n;
      } else if (c == '*' || c == '_' || c == '~') {
        i = delimiter_run(i);
      } else {
        out_ += c;
        ++i;
      }
    }
    return finish();
  }

 private:
  struct Run {
    std::size_t pos;  // index in out_ of the run's first character
    std::size_t len;  // characters still unmatched, counted from the run's outer edge
    char ch;
  };
  static constexpr std::size_t npos = std::string_view::npos;

  std::size_t run_length(std::size_t i, char ch) const {
    std::size_t j = i;
    while (j < s_.size() && s_[j] == ch) ++j;
    return j - i;
  }

  // Pairs each backtick run with the next run of equal length (CommonMark code spans) in one
  // pass: per length, a queue of run positions consumed front to back.
  void match_code_spans() {
    code_close_.assign(s_.size(), npos);
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // (pos, len)
    for (std::size_t i = 0; i < s_.size();) {
      if (s_[i] == '\\') {
        i += 2;
      } else if (s_[i] == '`') {
        std::size_t len = run_length(i, '`');
        runs.emplace_back(i, len);
        i += len;
      } else {
        ++i;
      }
    }
    std::vector<std::vector<std::size_t>> by_length;
    std::vector<std::size_t> head;
    for (std::size_t r = 0; r < runs.size(); ++r) {
      std::size_t len = std::min<std::size_t>(runs[r].second, 64);
      if (by_length.size() <= len) {
        by_length.resize(len + 1);
        head.resize(len + 1, 0);
      }
      by_length[len].push_back(r);
    }
    for (std::size_t r = 0; r < runs.size();) {
      std::size_t len = std::min<std::size_t>(runs[r].second, 64);
      auto& queue = by_length[len];
      while (head[len] < queue.size() && queue[head[len]] <= r) ++head[len];
      if (head[len] < queue.size() && runs[queue[head[len]]].second == runs[r].second) {
        std::size_t closer = queue[head[len]];
        code_close_[runs[r].first] = runs[closer].first;
        r = closer + 1;
      } else {
        ++r;
      }
    }
  }

  // Matches open/close characters outside code spans and escapes, innermost first.
  void match_pairs(char open, char close, std::vector<std::size_t>& closing) {
    closing.assign(s_.size(), npos);
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < s_.size(); ++i) {
      if (s_[i] == '\\') {
        ++i;
      } else if (s_[i] == '`' && code_close_[i] != npos) {
        i = code_close_[i] + run_length(i, '`') - 1;
      } else if (s_[i] == open) {
        stack.push_back(i);
      } else if (s_[i] == close && !stack.empty()) {
        closing[stack.back()] = i;
        stack.pop_back();
      }
    }
  }

  // End (exclusive) of a link or image label starting at s_[i] == '[': "[text](dest)",
  // "[text][ref]" and "[^note]"; 0 when the bracket is literal text.
  std::size_t link_end(std::size_t i) const {
    std::size_t close = bracket_close_[i];
    if (close == npos) return 0;
    if (i + 1 < s_.size() && s_[i + 1] == '^') {
      return close + 1 < s_.size() && s_[close + 1] == ':' ? 0 : close + 1;
    }
    if (close + 1 >= s_.size()) return 0;
    if (s_[close + 1] == '(' && paren_close_[close + 1] != npos) return paren_close_[close + 1] + 1;
    if (s_[close + 1] == '[' && bracket_close_[close + 1] != npos) {
      return bracket_close_[close + 1] + 1;
    }
    return 0;
  }

  std::size_t code_span(std::size_t i) {
    std::size_t len = run_length(i, '`');
    std::size_t close = code_close_[i];
    if (close == npos) {
      out_.append(len, '`');
      return i + len;
    }
    std::string_view code = s_.substr(i + len, close - i - len);
    if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ' &&
        code.find_first_not_of(' ') != npos) {
      code = code.substr(1, code.size() - 2);
    }
    for (char c : code) out_ += c == '\n' ? ' ' : c;
    return close + len;
  }

  // "<https://x>" and "<a@b.org>" keep their address; "<br>" is a space; other tags vanish.
  std::size_t angle(std::size_t i) {
    std::size_t end = i + 1;
    while (end < s_.size() && s_[end] != '>' && s_[end] != '<') ++end;
    if (end >= s_.size() || s_[end] != '>') {
      out_ += '<';
      return i + 1;
    }
    std::string_view inner = s_.substr(i + 1, end - i - 1);
    bool has_space = false;
    for (char c : inner) has_space = has_space || is_ascii_space(c);
    std::size_t colon = inner.find(':');
    bool scheme = colon != npos && colon >= 2 && colon <= 32 && is_ascii_alpha(inner[0]);
    for (std::size_t k = 1; scheme && k < colon; ++k) {
      char c = inner[k];
      scheme = is_ascii_alpha(c) || is_ascii_digit(c) || c == '+' || c == '.' || c == '-';
    }
    std::size_t at = inner.find('@');
    if (!has_space && (scheme || (at != npos && at > 0 && at + 1 < inner.size()))) {
      out_ += inner;
      return end + 1;
    }
    std::string_view name = inner.substr(!inner.empty() && inner[0] == '/' ? 1 : 0);
    std::size_t n = 0;
    while (n < name.size() &&
           (is_ascii_alpha(name[n]) || (n > 0 && (is_ascii_digit(name[n]) || name[n] == '-')))) {
      ++n;
    }
    if (n == 0 || (n < name.size() && !is_ascii_space(name[n]) && name[n] != '/')) {
      out_ += '<';
      return i + 1;
    }
    std::string_view tag = name.substr(0, n);
    if (tag.size() == 2 && (tag[0] | 0x20) == 'b' && (tag[1] | 0x20) == 'r') out_ += ' ';
    return end + 1;
  }

  // Copies a run of *, _ or ~ and records it when it may open or close emphasis; pairing and
  // removal wait until the whole text is read (finish()).
  std::size_t delimiter_run(std::size_t i) {
    const char ch = s_[i];
    const std::size_t len = run_length(i, ch);
    const char before = i == 0 ? ' ' : s_[i - 1];
    const char after = i + len >= s_.size() ? ' ' : s_[i + len];
    const bool before_space = is_ascii_space(before), after_space = is_ascii_space(after);
    const bool left =
        !after_space && (!is_ascii_punct(after) || before_space || is_ascii_punct(before));
    const bool right =
        !before_space && (!is_ascii_punct(before) || after_space || is_ascii_punct(after));
    bool can_open = left, can_close = right;
    if (ch == '_') {
      can_open = left && (!right || is_ascii_punct(before));
      can_close = right && (!left || is_ascii_punct(after));
    }
    if (ch == '~' && len != 2) can_open = can_close = false;  // "~50k" is not strikethrough
    Run run{out_.size(), len, ch};
    out_.append(len, ch);
    auto& openers = openers_[ch == '*' ? 0 : ch == '_' ? 1 : 2];
    while (can_close && run.len > 0 && !openers.empty()) {
      Run& opener = openers.back();
      std::size_t k = std::min(opener.len, run.len);
      for (std::size_t d = 0; d < k; ++d) {
        dead_.push_back(opener.pos + opener.len - 1 - d);
        dead_.push_back(run.pos + d);
      }
      opener.len -= k;
      run.len -= k;
      run.pos += k;
      if (opener.len == 0) openers.pop_back();
    }
    if (can_open && run.len > 0) openers.push_back(run);
    return i + len;
  }

  std::string finish() {
    std::vector<bool> remove(out_.size(), false);
    for (std::size_t p : dead_) remove[p] = true;
    std::string text;
    text.reserve(out_.size());
    for (std::size_t p = 0; p < out_.size(); ++p) {
      if (!remove[p]) text += out_[p];
    }
    return text;
  }

  std::string_view s_;
  std::string out_;
  std::vector<std::size_t> code_close_, bracket_close_, paren_close_;
  std::vector<Run> openers_[3];
  std::vector<std::size_t> dead_;  // positions in out_ of delimiters that were paired
};

inline std::string strip_markdown_inline(std::string_view s) {
  return InlineStripper(s).run();
}

}  // namespace careerkb::parse::detail
