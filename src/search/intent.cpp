// Reads filters typed as words (see intent.hpp). The query is split into chunks at spaces; a
// chunk inside quotes, excluded (-word), field-scoped (duties:x), an operator (OR, NOT) or holding
// FTS5 syntax is never touched. The other chunks are split at hyphens into words ("two-year" ->
// two, year) and matched against the phrase shapes of intent_phrases.cpp; a phrase is cut out
// only when it covers whole chunks, so the remaining text is the rest of the input as typed.
#include "search/intent.hpp"

#include <algorithm>
#include <initializer_list>
#include <stdexcept>

#include "search/intent_words.hpp"

namespace careerkb::search {
namespace {

using intent_detail::Effect;
using intent_detail::Match;
using intent_detail::Word;
using Phrases = std::initializer_list<std::string_view>;

struct Chunk {
  size_t begin = 0, end = 0;  // bytes of the input
  bool eligible = true;
  bool removed = false;
  size_t first_word = 0, word_count = 0;
};

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string normalize_word(std::string_view raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw.substr(i, 3) == "\xE2\x80\x99") {  // ’ typed for '
      out += '\'';
      i += 2;
    } else {
      char c = raw[i];
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  while (!out.empty() && std::string_view(",.;!?").find(out.back()) != std::string_view::npos)
    out.pop_back();
  return out;
}

// Chunks the query language gives a meaning of its own are left alone.
bool eligible_chunk(std::string_view text, bool in_quote) {
  if (in_quote || text.starts_with('-')) return false;
  if (text == "OR" || text == "AND" || text == "NOT") return false;
  return text.find_first_of("\":*|(){}^") == std::string_view::npos;
}

class Reader {
 public:
  explicit Reader(std::string_view query) : query_(query) { split(); }

  Intents run() {
    for (size_t i = 0; i < words_.size();) {
      std::optional<Match> m;
      if (chunks_[words_[i].chunk].eligible) m = intent_detail::read_phrase(words_, i);
      if (m && covers_whole_chunks(i, m->length)) {
        apply(i, *m);
        i += m->length;
      } else {
        ++i;
      }
    }
    read_topic_and_fillers();
    for (const Chunk& c : chunks_) {
      if (!c.removed) {
        if (!out_.remaining.empty()) out_.remaining += ' ';
        out_.remaining += query_.substr(c.begin, c.end - c.begin);
      }
    }
    // Recognised phrases are only cut from unquoted text, so keeping the other chunks with one
    // space between them changes nothing the query parser reads but spacing inside quotes.
    if (!recognised_) out_.remaining = std::string(query_);
    return std::move(out_);
  }

 private:
  void split() {
    bool in_quote = false;
    for (size_t i = 0; i < query_.size();) {
      if (is_blank(query_[i])) {
        ++i;
        continue;
      }
      Chunk c;
      c.begin = i;
      bool starts_in_quote = in_quote;
      while (i < query_.size() && (in_quote || !is_blank(query_[i]))) {
        if (query_[i] == '"') in_quote = !in_quote;
        ++i;
      }
      c.end = i;
      std::string_view text = query_.substr(c.begin, c.end - c.begin);
      c.eligible = eligible_chunk(text, starts_in_quote);
      c.first_word = words_.size();
      if (c.eligible) {
        std::string norm = normalize_word(text);
        size_t start = 0;
        while (start <= norm.size()) {
          size_t dash = norm.find('-', start);
          if (dash == std::string::npos) dash = norm.size();
          if (dash > start) words_.push_back({norm.substr(start, dash - start), chunks_.size()});
          start = dash + 1;
        }
      } else {
        words_.push_back({"", chunks_.size()});  // a placeholder no phrase can match
      }
      c.word_count = words_.size() - c.first_word;
      chunks_.push_back(c);
    }
  }

  bool covers_whole_chunks(size_t i, size_t length) const {
    const Chunk& first = chunks_[words_[i].chunk];
    const Chunk& last = chunks_[words_[i + length - 1].chunk];
    return first.first_word == i && last.first_word + last.word_count == i + length;
  }

  void apply(size_t i, const Match& m) {
    const Effect& e = m.effect;
    if (e.min_salary) out_.min_salary = e.min_salary;
    if (e.max_salary) out_.max_salary = e.max_salary;
    if (e.min_education) out_.min_education = e.min_education;
    if (e.max_education) out_.max_education = e.max_education;
    if (e.min_growth) out_.min_growth = e.min_growth;
    const Chunk& first = chunks_[words_[i].chunk];
    const Chunk& last = chunks_[words_[i + m.length - 1].chunk];
    std::vector<FilterField> fields;
    if (e.min_salary) fields.push_back(FilterField::min_salary);
    if (e.max_salary) fields.push_back(FilterField::max_salary);
    if (e.min_education) fields.push_back(FilterField::min_education);
    if (e.max_education) fields.push_back(FilterField::max_education);
    if (e.min_growth) fields.push_back(FilterField::min_growth);
    out_.understood.push_back(
        {std::string(query_.substr(first.begin, last.end - first.begin)), e.meaning, fields});
    for (size_t c = words_[i].chunk; c <= words_[i + m.length - 1].chunk; ++c)
      chunks_[c].removed = true;
    recognised_ = true;
  }

  bool single_word_in(const Chunk& c, Phrases set) const {
    if (!c.eligible || c.removed || c.word_count != 1) return false;
    const std::string& w = words_[c.first_word].text;
    return std::find(set.begin(), set.end(), w) != set.end();
  }

  // Topic words go when other words remain to search; fillers go once anything was recognised.
  void read_topic_and_fillers() {
    const Phrases salary_words = {"pay",   "salary",   "salaries", "wage",
                                  "wages", "earnings", "income"};
    const Phrases duty_words = {"duties", "duty", "tasks", "responsibilities"};
    const Phrases fillers = {
        "jobs", "job",       "careers",  "career", "occupations", "occupation", "work", "roles",
        "role", "positions", "position", "that",   "which",       "who",        "with", "for",
        "a",    "an",        "the",      "me",     "show",        "find",       "list", "i",
        "can",  "do",        "get",      "what",   "are",         "is",         "some", "any",
        "and",  "to",        "of",       "in",     "where",       "you",        "good", "options"};
    auto is_topic = [&](const Chunk& c) {
      return single_word_in(c, salary_words) || single_word_in(c, duty_words);
    };
    bool other_words = false;
    for (const Chunk& c : chunks_) {
      if (!c.removed && !is_topic(c) && !(single_word_in(c, fillers))) other_words = true;
    }
    for (Chunk& c : chunks_) {
      if (!other_words || !is_topic(c)) continue;
      bool salary = single_word_in(c, salary_words);
      Topic topic = salary ? Topic::salary : Topic::duties;
      if (out_.topic != Topic::none && out_.topic != topic) continue;  // the first topic wins
      out_.topic = topic;
      out_.understood.push_back({std::string(query_.substr(c.begin, c.end - c.begin)),
                                 salary ? "salary sections first" : "duties first",
                                 {}});
      c.removed = true;
      recognised_ = true;
    }
    if (!recognised_) return;
    for (Chunk& c : chunks_) {
      if (single_word_in(c, fillers)) {
        out_.dropped.push_back(words_[c.first_word].text);
        c.removed = true;
      }
    }
  }

  std::string_view query_;
  std::vector<Chunk> chunks_;
  std::vector<Word> words_;
  Intents out_;
  bool recognised_ = false;
};

}  // namespace

Intents read_intents(std::string_view query) {
  return Reader(query).run();
}

}  // namespace careerkb::search
