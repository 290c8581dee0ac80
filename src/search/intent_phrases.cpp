// The phrase shapes of intent.hpp, over a query's words: money ("$60k", "$20 an hour"),
// salary comparisons, degrees with or without a negation, and growth. Each recogniser returns
// the words it covers and what they set; intent.cpp decides whether to cut them out.
#include <algorithm>
#include <initializer_list>
#include <stdexcept>
#include <string_view>

#include "search/filter_values.hpp"
#include "search/intent.hpp"
#include "search/intent_words.hpp"

namespace careerkb::search::intent_detail {
namespace {

using Level = parse::EducationLevel;
using Phrases = std::initializer_list<std::string_view>;

class PhraseReader {
 public:
  explicit PhraseReader(const std::vector<Word>& words) : words_(words) {}

  std::optional<Match> at(size_t i) const {
    if (!usable(i)) return std::nullopt;
    if (auto m = salary(i)) return m;
    if (auto m = education(i)) return m;
    return growth(i);
  }

 private:
  bool usable(size_t i) const { return i < words_.size() && !words_[i].text.empty(); }

  // Words matched by `phrase` ("more than") at i, or 0.
  size_t phrase_at(size_t i, std::string_view phrase) const {
    size_t n = 0;
    while (!phrase.empty()) {
      size_t space = phrase.find(' ');
      std::string_view word = phrase.substr(0, space);
      if (!usable(i + n) || words_[i + n].text != word) return 0;
      ++n;
      phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
    }
    return n;
  }

  // The longest of `phrases` at i, in words; 0 when none matches.
  size_t longest_at(size_t i, Phrases phrases) const {
    size_t best = 0;
    for (std::string_view p : phrases) best = std::max(best, phrase_at(i, p));
    return best;
  }

  struct Money {
    double annual_usd = 0;
    size_t length = 0;
    bool certain = false;  // written as money ($, k, /h, dollars, a period), not a bare number
  };

  std::optional<Money> money(size_t i) const {
    if (!usable(i)) return std::nullopt;
    std::string text = words_[i].text;
    Money m;
    bool plus = text.ends_with('+');
    if (plus) text.pop_back();
    bool hourly = text.ends_with("/h") || text.ends_with("/hr") || text.ends_with("/hour");
    bool annual = false;
    for (std::string_view year : {"/yr", "/year"}) {
      if (text.ends_with(year)) {
        text.resize(text.size() - year.size());
        annual = true;
      }
    }
    bool thousands = text.find('k') != std::string::npos;
    m.certain = text.starts_with('$') || hourly || thousands || annual;
    try {
      m.annual_usd = parse_salary_amount(text);
    } catch (const std::invalid_argument&) {
      return std::nullopt;
    }
    m.length = 1;
    if (size_t n = longest_at(i + m.length, {"dollars", "usd", "bucks"})) {
      m.length += n;
      m.certain = true;
    }
    const Phrases per_hour = {"an hour", "a hour", "per hour", "hourly", "an hr",
                              "per hr",  "/hr",    "/hour",    "/h"};
    const Phrases per_year = {"a year", "per year",  "annually", "yearly", "a yr",
                              "per yr", "per annum", "/yr",      "/year"};
    if (size_t n = longest_at(i + m.length, per_hour)) {
      m.length += n;
      if (!hourly) m.annual_usd *= 2080;
      hourly = m.certain = true;
    } else if (size_t y = longest_at(i + m.length, per_year)) {
      m.length += y;
      annual = m.certain = true;
    }
    // Nobody earns $20 a year: a small amount not marked otherwise is an hourly wage.
    if (!hourly && !thousands && !annual && m.annual_usd < 500) m.annual_usd *= 2080;
    if (plus && !m.certain) return std::nullopt;
    return m;
  }

  std::optional<Match> salary(size_t i) const {
    const Phrases pay_words = {"pays",          "pay",       "paying",     "paid",  "earn",
                               "earns",         "earning",   "make",       "makes", "making",
                               "salary",        "salaries",  "wage",       "wages", "income",
                               "with a salary", "salary of", "a salary of"};
    const Phrases at_least = {
        "more than",  "over",         "above",       "at least", "greater than", "higher than",
        "upwards of", "no less than", "starting at", "minimum",  "min",          ">",
        ">="};
    const Phrases at_most = {"less than",    "under", "below",      "at most",
                             "no more than", "up to", "lower than", "maximum",
                             "max",          "<",     "<="};
    size_t n = longest_at(i, pay_words);
    bool pay_word = n > 0;
    Match m;
    auto acceptable = [&](const Money& amount) {
      return amount.certain || (pay_word && amount.annual_usd >= 1000);
    };
    auto finish = [&](size_t at) {
      // "over 50k salary": a pay word after the amount belongs to the phrase.
      m.length = at + longest_at(at, {"salary", "pay", "salaries", "wage", "wages"}) - i;
      return m;
    };
    if (size_t b = phrase_at(i + n, "between")) {
      auto low = money(i + n + b);
      if (!low) return std::nullopt;
      size_t at = i + n + b + low->length;
      size_t a = longest_at(at, {"and", "to"});
      auto high = a ? money(at + a) : std::nullopt;
      if (!high || !acceptable(*low) || !acceptable(*high)) return std::nullopt;
      m.effect.min_salary = std::min(low->annual_usd, high->annual_usd);
      m.effect.max_salary = std::max(low->annual_usd, high->annual_usd);
      m.effect.meaning = std::string(option_name(FilterField::min_salary)) + " " +
                         format_number(*m.effect.min_salary) + " " +
                         option_name(FilterField::max_salary) + " " +
                         format_number(*m.effect.max_salary);
      return finish(at + a + high->length);
    }
    size_t c = longest_at(i + n, at_least);
    bool minimum = c > 0;
    if (!minimum) c = longest_at(i + n, at_most);
    auto amount = money(i + n + c);
    if (!amount || !acceptable(*amount)) return std::nullopt;
    if (c == 0) {
      // A bare amount is a filter only as "60k+" ("nurse $60k" stays a search).
      if (!words_[i + n].text.ends_with('+')) return std::nullopt;
      minimum = true;
    }
    (minimum ? m.effect.min_salary : m.effect.max_salary) = amount->annual_usd;
    m.effect.meaning =
        std::string(option_name(minimum ? FilterField::min_salary : FilterField::max_salary)) +
        " " + format_number(amount->annual_usd);
    return finish(i + n + c + amount->length);
  }

  struct Degree {
    Level level;
    size_t length;
    bool generic;  // "degree", "college": any degree, so at least an associate's
  };

  std::optional<Degree> degree(size_t i, bool introduced) const {
    struct Named {
      Level level;
      Phrases phrases;
    };
    const Named named[] = {
        {Level::associate,
         {"two year degree", "2 year degree", "two year college degree", "associate degree",
          "associate's degree", "associates degree", "associate's", "community college degree"}},
        {Level::bachelor,
         {"four year degree", "4 year degree", "four year college degree", "bachelor's degree",
          "bachelors degree", "bachelor degree", "bachelor's", "bachelors"}},
        {Level::high_school,
         {"high school diploma", "high school graduate", "high school graduates",
          "high school education", "ged", "hs diploma"}},
        {Level::master, {"master's degree", "masters degree", "master degree", "master's"}},
        {Level::doctoral, {"doctoral degree", "doctorate", "phd"}},
        {Level::postsecondary_nondegree, {"certificate program", "postsecondary certificate"}},
    };
    for (const Named& n : named) {
      if (size_t len = longest_at(i, n.phrases)) return Degree{n.level, len, false};
    }
    if (!introduced) return std::nullopt;
    // Only after "with", "without", "requiring"...: bare words that are also ordinary text.
    if (size_t len = longest_at(i, {"high school"})) return Degree{Level::high_school, len, false};
    if (size_t len = longest_at(i, {"associate", "associates"}))
      return Degree{Level::associate, len, false};
    if (size_t len = longest_at(i, {"college degree", "university degree", "degree", "college",
                                    "a degree", "university"}))
      return Degree{Level::associate, len, true};
    return std::nullopt;
  }

  std::optional<Match> education(size_t i) const {
    const Phrases without = {"without",       "no",          "not requiring",   "don't need",
                             "dont need",     "do not need", "doesn't require", "does not require",
                             "don't require", "not needing", "without needing", "without requiring",
                             "w/o",           "no need for", "without going to"};
    const Phrases requiring = {"requiring", "requires", "require",  "that require", "need",
                               "needs",     "needing",  "at least", "with at least"};
    const Phrases ceiling = {"with", "with only", "with just", "only", "just", "having", "for"};
    const Phrases articles = {"a", "an", "any", "the"};
    Match m;
    auto describe = [&](FilterField field, Level level) {
      m.effect.meaning = std::string(option_name(field)) + " " + parse::education_level_name(level);
    };
    size_t n = longest_at(i, without);
    if (n) {
      n += longest_at(i + n, articles);
      auto d = degree(i + n, true);
      if (!d || d->level == Level::none) return std::nullopt;
      // The level just below: "no degree" (generic, an associate's at least) -> some_college.
      Level below = static_cast<Level>(static_cast<int>(d->level) - 1);
      m.effect.max_education = below;
      describe(FilterField::max_education, below);
      m.length = n + d->length;
      return m;
    }
    n = longest_at(i, requiring);
    bool floor = n > 0;
    if (!floor) n = longest_at(i, ceiling);
    bool introduced = n > 0;
    n += longest_at(i + n, articles);
    auto d = degree(i + n, introduced);
    if (!d || (d->generic && !floor)) return std::nullopt;
    (floor ? m.effect.min_education : m.effect.max_education) = d->level;
    describe(floor ? FilterField::min_education : FilterField::max_education, d->level);
    m.length = n + d->length;
    return m;
  }

  std::optional<Match> growth(size_t i) const {
    Match m;
    size_t n = longest_at(
        i, {"growing quickly", "growing fast", "growing rapidly", "quickly growing",
            "rapidly growing", "fast growing", "fastest growing", "faster growing", "in demand",
            "high demand", "in high demand", "high growth", "growing field", "growing fields"});
    if (n) {
      m.length = n;
      m.effect.min_growth = fast_growth_pct;
    } else {
      n = longest_at(i, {"growth", "growing", "job growth"});
      if (!n) return std::nullopt;
      n += longest_at(i + n, {"over", "above", "more than", "of at least", "at least", "of over"});
      if (!usable(i + n)) return std::nullopt;
      std::string number = words_[i + n].text;
      size_t length = n + 1;
      if (!number.ends_with('%')) {
        if (!phrase_at(i + n + 1, "percent") && !phrase_at(i + n + 1, "%")) return std::nullopt;
        ++length;
      }
      try {
        m.effect.min_growth = parse_growth_pct(number);
      } catch (const std::invalid_argument&) {
        return std::nullopt;
      }
      m.length = length;
    }
    m.effect.meaning = std::string(option_name(FilterField::min_growth)) + " " +
                       format_number(*m.effect.min_growth);
    return m;
  }

  const std::vector<Word>& words_;
};

}  // namespace

std::optional<Match> read_phrase(const std::vector<Word>& words, size_t i) {
  return PhraseReader(words).at(i);
}

}  // namespace careerkb::search::intent_detail
