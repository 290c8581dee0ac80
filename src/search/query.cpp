// Parses the user's search language into the Query model (see query.hpp). One linear pass over
// the input splits it into terms and OR markers; a second pass groups them into clauses.
// fts5_expression.cpp turns the model back into text, re-quoting every token, so no user byte
// is ever FTS5 syntax.
#include "search/query.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "text/words.hpp"

namespace careerkb::search {
namespace {

constexpr size_t max_terms = 64;
constexpr size_t max_term_chars = 256;

// Returned for bytes that are not valid UTF-8: they stay token characters, like any other
// non-ASCII byte, and are passed on inside quotes for SQLite to judge.
constexpr char32_t malformed = 0x110000;

struct CodePoint {
  char32_t cp;
  size_t len;
};

CodePoint decode_at(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  const size_t len = b >= 0xF8 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {malformed, 1};
  char32_t cp = b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return {malformed, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, len};
}

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_space(char32_t c) {
  return c <= 0x20 || c == 0x7F || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// FTS5 syntax characters and list punctuation end a term; `|` and `"` are handled before.
bool is_hard_separator(char32_t c) {
  return c < 0x80 &&
         std::string_view("(){}^+:,;").find(static_cast<char>(c)) != std::string_view::npos;
}

bool ends_term(char32_t c) {
  return is_space(c) || is_hard_separator(c) || c == '"' || c == '|';
}

size_t count_code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

char ascii_lower(char ch) {
  return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
}

struct Tokens {
  std::vector<std::string> tokens;
  bool last_at_end = false;  // the final token runs to the end of the text (a `*` may follow)
};

// Splits at separators and lowercases ASCII; FTS5 folds the rest itself.
Tokens tokenize(std::string_view text) {
  Tokens out;
  std::string current;
  for (size_t i = 0; i < text.size();) {
    const CodePoint cp = decode_at(text, i);
    if (text::is_word_char(cp.cp)) {
      for (size_t k = 0; k < cp.len; ++k) current += ascii_lower(text[i + k]);
    } else if (!current.empty()) {
      out.tokens.push_back(std::move(current));
      current.clear();
    }
    i += cp.len;
  }
  out.last_at_end = !current.empty();
  if (!current.empty()) out.tokens.push_back(std::move(current));
  return out;
}

struct Item {
  bool is_or = false;
  Term term;
};

class Parser {
 public:
  explicit Parser(std::string_view input) : s_(input) {}

  Query run() {
    scan();
    group();
    return std::move(q_);
  }

 private:
  void note(std::string text) {
    if (std::find(q_.notes.begin(), q_.notes.end(), text) == q_.notes.end()) {
      q_.notes.push_back(std::move(text));
    }
  }

  // A run of ORs acts as one, which also keeps items_ bounded by the term cap.
  void push_or() {
    if (items_.empty() || !items_.back().is_or) items_.push_back({true, {}});
  }

  bool skip_minuses() {
    const size_t start = pos_;
    while (peek() == '-') advance();
    return pos_ != start;
  }

  char32_t peek_at(size_t i) const { return static_cast<unsigned char>(s_[i]); }
  char32_t peek() const { return pos_ < s_.size() ? decode_at(s_, pos_).cp : 0; }
  void advance() { pos_ += decode_at(s_, pos_).len; }

  // Long terms are cut on a code point boundary so the scan stays linear and output bounded.
  std::string_view capped(std::string_view text) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); i += decode_at(text, i).len) {
      if (++chars > max_term_chars) {
        note("a term longer than 256 characters was cut short");
        return text.substr(0, i);
      }
    }
    return text;
  }

  void scan() {
    size_t terms = 0;
    while (pos_ < s_.size()) {
      const char32_t c = peek();
      if (is_space(c)) {
        advance();
      } else if (c == '|') {
        push_or();
        advance();
      } else if (is_hard_separator(c)) {
        if (c == '(' || c == ')')
          note("parentheses are not supported; the words inside count as usual");
        advance();
      } else if (terms == max_terms) {
        note("only the first 64 terms are searched");
        return;
      } else if (auto term = read_term()) {
        term->negated = term->negated || std::exchange(pending_not_, false);
        const Scope scope = std::exchange(pending_scope_, Scope::any);
        if (term->scope == Scope::any) term->scope = scope;
        items_.push_back({false, std::move(*term)});
        ++terms;
      }
    }
    if (pending_not_) note("NOT at the end had nothing to exclude and was ignored");
    if (pending_scope_ != Scope::any) {
      note(std::string(scope_name(pending_scope_)) + ": had no word after it and was ignored");
    }
  }

  // Reads one term at pos_, or handles a keyword; empty when nothing searchable was there.
  std::optional<Term> read_term() {
    Term term;
    const size_t start = pos_;
    term.negated = skip_minuses();
    // Field names are short; stopping early keeps a long word from being scanned twice.
    size_t name_end = pos_;
    while (name_end < s_.size() && name_end - pos_ < 16 && is_ascii_alnum(peek_at(name_end))) {
      ++name_end;
    }
    if (name_end > pos_ && name_end < s_.size() && s_[name_end] == ':') {
      if (auto scope = scope_from_name(s_.substr(pos_, name_end - pos_))) {
        term.scope = *scope;
        pos_ = name_end + 1;
        term.negated = skip_minuses() || term.negated;
      }
    }
    const bool modified = pos_ != start;

    bool phrase = false;
    bool starred = false;
    std::string_view text;
    if (peek() == '"') {
      phrase = true;
      const size_t close = s_.find('"', pos_ + 1);
      if (close == std::string_view::npos) {
        note("a missing closing quote was added at the end");
        text = s_.substr(pos_ + 1);
        pos_ = s_.size();
      } else {
        text = s_.substr(pos_ + 1, close - pos_ - 1);
        pos_ = close + 1;
      }
      while (peek() == '*') {
        starred = true;
        advance();
      }
    } else {
      const size_t begin = pos_;
      while (pos_ < s_.size() && !ends_term(peek())) advance();
      text = s_.substr(begin, pos_ - begin);
      if (!modified) {
        if (text == "OR") {
          push_or();
          return std::nullopt;
        }
        if (text == "AND") return std::nullopt;
        if (text == "NOT") {
          pending_not_ = true;
          return std::nullopt;
        }
        if (text == "NEAR" && peek() == '(') {
          note("NEAR(...) is not supported; its words count as usual");
          return std::nullopt;
        }
      }
      while (!text.empty() && text.back() == '*') {
        starred = true;
        text.remove_suffix(1);
      }
    }

    Tokens split = tokenize(capped(text));
    term.tokens = std::move(split.tokens);
    if (term.tokens.empty()) {
      if (phrase && !starred) {
        note("an empty phrase \"\" was ignored");
      } else if (starred) {
        note("a '*' needs at least 2 letters of a word right before it and was ignored");
      } else if (term.scope != Scope::any && text.empty()) {
        pending_scope_ = term.scope;  // `duties: blood` is read as duties:blood
        pending_not_ = pending_not_ || term.negated;
      } else if (term.negated) {
        note("a '-' needs a word right after it and was ignored");
      }
      return std::nullopt;
    }
    if (starred) {
      if ((phrase || split.last_at_end) && count_code_points(term.tokens.back()) >= 2) {
        term.prefix = true;
      } else {
        note("a '*' needs at least 2 letters of a word right before it and was ignored");
      }
    }
    if (!phrase && !term.prefix && term.tokens.size() == 1 && term.tokens[0] == "or") {
      note("a lowercase 'or' is ignored; write OR to match either term");
      return std::nullopt;
    }
    return term;
  }

  // OR joins the positive terms on either side; an exclusion always stands alone.
  void group() {
    std::vector<Clause> positives;
    std::vector<Clause> negatives;
    bool or_pending = false;
    bool after_positive = false;
    const std::string lone_or = "an OR needs a search term on each side and was ignored";
    for (Item& item : items_) {
      if (item.is_or) {
        if (!after_positive && !or_pending) note(lone_or);
        or_pending = or_pending || after_positive;
        after_positive = false;
      } else if (item.term.negated) {
        if (std::exchange(or_pending, false)) note(lone_or + "; an exclusion stands alone");
        negatives.push_back({{std::move(item.term)}});
        after_positive = false;
      } else {
        if (std::exchange(or_pending, false)) {
          positives.back().alternatives.push_back(std::move(item.term));
        } else {
          positives.push_back({{std::move(item.term)}});
        }
        after_positive = true;
      }
    }
    if (or_pending) note(lone_or);

    if (positives.empty()) {
      if (!negatives.empty())
        throw QueryError("a query needs at least one term that is not excluded");
      const bool blank = std::all_of(
          s_.begin(), s_.end(), [](char ch) { return static_cast<unsigned char>(ch) <= 0x20; });
      throw QueryError(blank ? "the search query is empty"
                             : "the query has no words to search for");
    }
    q_.clauses = std::move(positives);
    for (Clause& c : negatives) q_.clauses.push_back(std::move(c));
  }

  std::string_view s_;
  size_t pos_ = 0;
  bool pending_not_ = false;          // after NOT
  Scope pending_scope_ = Scope::any;  // after a field name with a space behind it
  std::vector<Item> items_;
  Query q_;
};

}  // namespace

Query parse_query(std::string_view input) {
  return Parser(input).run();
}

}  // namespace careerkb::search
