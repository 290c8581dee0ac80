// Finding lists inside sentences; see prose_series.hpp.
#include "parse/prose_series.hpp"

#include <algorithm>
#include <optional>

#include "parse/roles.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

// An item longer than this is a clause of prose, not a list entry.
constexpr int max_item_words = 14;

// Words after which the first item of a noun series begins: "tend to share patience, ...",
// "Coursework covers anatomy, ...", "you need the diplomacy to ..., the patience to ...".
constexpr std::string_view series_openers[] = {
    "share",     "shares", "cover",  "covers", "covered", "include", "includes",
    "including", "need",   "needs",  "study",  "learn",   "master",  "requires",
    "require",   "bring",  "brings", "offer",  "offers",  "like",    "involve",
    "involves",  "means",  "with",   "are",    "is",      "have",    "has",
    "as",        "on",     "use",    "uses",   "demands", "takes",   "expect"};

// A word the items of a verb series may stand behind: a subject or a modal, never the item.
// "has to investigate ..., track ...": the infinitive marker stands before the first item too.
constexpr std::string_view subject_words[] = {
    "they", "you",  "he",    "she",  "we",      "i",         "might", "may",   "will",
    "can",  "also", "often", "then", "usually", "typically", "must",  "would", "to"};

constexpr std::string_view articles[] = {"the", "a", "an", "each", "every", "our", "your", "this"};

bool is_one_of(std::string_view word, const auto& list) {
  return std::any_of(std::begin(list), std::end(list),
                     [&](std::string_view w) { return equals_ci(word, w); });
}

std::string_view strip_joiners(std::string_view part) {
  part = trim(part);
  for (std::string_view lead : {"and ", "or ", "as well as ", "plus "}) {
    if (starts_with_ci(part, lead)) part = trim(part.substr(lead.size()));
  }
  for (std::string_view adverb : {"then ", "also "}) {
    if (starts_with_ci(part, adverb)) part = trim(part.substr(adverb.size()));
  }
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (starts_with_ci(part, article)) part = trim(part.substr(article.size()));
  }
  while (!part.empty() && std::string_view(".,;:!").find(part.back()) != std::string_view::npos) {
    part.remove_suffix(1);
  }
  return trim(part);
}

// "and then align", "also inspect": a word of time or frequency may stand before an item's verb.
constexpr std::string_view item_adverbs[] = {"then",    "also",       "often",    "usually",
                                             "finally", "sometimes",  "later",    "regularly",
                                             "still",   "frequently", "routinely"};

// The index of the first word past such adverbs (the last word is never skipped).
size_t past_adverbs(const std::vector<std::string_view>& words) {
  size_t k = 0;
  while (k + 1 < words.size() && is_one_of(words[k], item_adverbs)) ++k;
  return k;
}

bool starts_with_task_verb(std::string_view part) {
  std::vector<std::string_view> words = split_words(part);
  const size_t k = past_adverbs(words);
  return k < words.size() && is_task_verb(words[k]);
}

// Task verbs and nothing else, one per comma ("align" or "align, bolt" before "and weld the
// beams"); "adjust straps" is a clause even though "straps" is also a verb's form.
bool is_bare_verb(std::string_view part) {
  for (size_t from = 0;;) {
    const size_t comma = part.find(',', from);
    std::vector<std::string_view> words =
        split_words(strip_joiners(part.substr(from, comma - from)));
    const size_t k = past_adverbs(words);
    if (k + 1 != words.size() || !is_task_verb(words[k])) return false;
    if (comma == std::string_view::npos) return true;
    from = comma + 1;
  }
}

std::string_view span(std::string_view from, std::string_view to) {
  return {from.data(), static_cast<size_t>(to.data() + to.size() - from.data())};
}

bool starts_with_gerund(std::string_view part) {
  std::vector<std::string_view> words = split_words(part);
  return !words.empty() && words.front().size() > 4 && to_lower(words.front()).ends_with("ing");
}

// Where the first item starts inside the sentence's first part, given how the other items
// start: at the first task verb past the subject, the first -ing word, or after the word that
// opens a noun series. npos when the part holds no such start.
size_t first_item_start(std::string_view part, bool verbs, bool gerunds) {
  std::vector<std::string_view> words = split_words(part);
  auto at = [&](size_t k) { return static_cast<size_t>(words[k].data() - part.data()); };
  if (verbs) {
    for (size_t k = 1; k < words.size(); ++k) {
      if (is_task_verb(words[k]) && !to_lower(words[k]).ends_with("ing")) {
        // The word before is the subject or a modal: "They inspect", "you might interpret",
        // "the dosimetrist imports".
        bool named_subject = k >= 2 && is_one_of(words[k - 2], articles);
        if (is_one_of(words[k - 1], subject_words) || named_subject || k == 1) return at(k);
      }
    }
    return std::string_view::npos;
  }
  if (gerunds) {
    for (size_t k = 1; k < words.size(); ++k) {
      if (words[k].size() > 4 && to_lower(words[k]).ends_with("ing")) return at(k);
    }
    return std::string_view::npos;
  }
  // The sentence's first word opens a clause, not the list ("On the technical side, they
  // use ..."), and "such as" brings an item's examples.
  for (size_t k = words.size(); k-- > 1;) {
    if (equals_ci(words[k], "as") && equals_ci(words[k - 1], "such")) continue;
    if (is_one_of(words[k], series_openers) && k + 1 < words.size()) return at(k + 1);
  }
  return std::string_view::npos;
}

// "When a referral arrives, the fitter measures ...": a clause opened by one of these words
// and closed by a comma stands before the sentence's subject, never in its list.
bool is_opening_clause(std::string_view part) {
  static constexpr std::string_view subordinators[] = {
      "when", "if", "after", "before", "once", "while", "whenever", "because", "since", "until"};
  std::vector<std::string_view> words = split_words(part);
  return words.size() >= 2 && is_one_of(words.front(), subordinators);
}

// In a series of verb clauses ("they read blueprints, rig and signal loads, and then align,
// bolt and weld the beams"; "They also install metal decking, stairs and handrails, and
// inspect ..."), commas also separate the nouns or verbs inside one clause. A part that opens
// with no task verb continues the clause before it; a bare verb shares the object of the clause
// after it. True when the parts are verb clauses.
bool join_verb_clauses(std::vector<std::string_view>& parts) {
  if (parts.size() < 2 || is_opening_clause(parts.front())) return false;
  // The clauses' subject is the worker ("they read", "She also checks"); "use touch to relieve
  // pain, ease stress and improve ..." lists purposes, not tasks.
  const size_t start = first_item_start(parts.front(), true, false);
  if (start == std::string_view::npos) return false;
  std::vector<std::string_view> before = split_words(parts.front().substr(0, start));
  if (!before.empty() && equals_ci(before.back(), "to")) return false;
  if (std::none_of(parts.begin() + 1, parts.end(), [](std::string_view part) {
        return starts_with_task_verb(strip_joiners(part));
      })) {
    return false;
  }
  std::vector<std::string_view> clauses = {parts.front()};
  for (size_t k = 1; k < parts.size(); ++k) {
    const std::string_view part = strip_joiners(parts[k]);
    // "stairs and handrails" ends a series of nouns; "order braces" is a clause whose verb
    // the lexicon lacks.
    const bool ends_nouns =
        part.find(" and ") != std::string_view::npos || part.find(" or ") != std::string_view::npos;
    if (is_bare_verb(clauses.back()) || (!starts_with_task_verb(part) && ends_nouns))
      clauses.back() = span(clauses.back(), parts[k]);
    else
      clauses.push_back(parts[k]);
  }
  if (clauses.size() < 2) return false;
  parts = std::move(clauses);
  return true;
}

// "..., obtain consent, and, once results arrive, interpret them": a short clause set off by
// commas inside the list is an aside, and a joiner left alone belongs to the item after it.
// True when such a joiner stood before the last part: the list's end is marked.
bool merge_asides(std::vector<std::string_view>& parts) {
  for (size_t k = 1; k + 1 < parts.size();) {
    std::string_view part = trim(parts[k]);
    std::vector<std::string_view> words = split_words(part);
    bool aside = !words.empty() && words.size() <= 5 &&
                 is_one_of(words.front(), std::initializer_list<std::string_view>{
                                              "once", "when", "if", "after", "before", "while",
                                              "where", "whenever", "unless"});
    if (aside) {
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(k));
      continue;
    }
    ++k;
  }
  bool joins_last = false;
  for (size_t k = 0; k + 1 < parts.size();) {
    std::string_view part = trim(parts[k]);
    if (!equals_ci(part, "and") && !equals_ci(part, "or")) {
      ++k;
      continue;
    }
    joins_last |= k + 2 == parts.size();
    parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(k));
  }
  return joins_last;
}

// "electrical, mechanical, and hydraulic faults": adjectives before one noun are a single
// phrase, not a list (their words end as adjectives do, and so does the last item's first).
// Such a sentence is no series at all: its other items are the same noun phrase's kin.
bool modifies_last_noun(const std::vector<std::string>& items) {
  auto adjective = [](std::string_view w) {
    for (std::string_view end : {"al", "ic", "ive", "ous", "ary", "ful"}) {
      if (w.size() > end.size() + 3 && ends_with_ci(w, end)) return true;
    }
    return false;
  };
  if (items.size() < 2) return false;
  const std::vector<std::string_view> last = split_words(items.back());
  if (last.size() != 2 || !adjective(last.front())) return false;
  // The two items before the last end in adjectives: "..., fixing electrical, mechanical,
  // and hydraulic faults" (one adjective alone may be a noun: "radiology, clinical work").
  size_t adjectives = 0;
  for (size_t k = items.size() - 1; k-- > 0;) {
    std::vector<std::string_view> words = split_words(items[k]);
    if (words.empty() || !adjective(words.back())) break;
    ++adjectives;
  }
  return adjectives >= 2;
}

std::optional<ProseSeries> series_in(std::string_view sentence) {
  std::string_view body = trim(sentence);
  // A quoted sentence ends in its closing quote: '... and QGIS."'.
  for (bool trimmed = true; trimmed && !body.empty();) {
    trimmed = false;
    for (std::string_view end : {".", "!", "\"", "\xe2\x80\x9d"}) {
      if (body.ends_with(end)) {
        body.remove_suffix(end.size());
        trimmed = true;
      }
    }
  }
  // A question or a sentence of figures is no list of facts.
  if (body.empty() || body.back() == '?' || contains_money_or_percent(body)) return std::nullopt;
  // "... and contours the organs at risk such as the cord, lungs or rectum": the examples
  // after the series' last item are that item's, not more items.
  for (std::string_view example :
       {" such as ", " including ", " e.g. ", " like ", " for example "}) {
    size_t at = body.find(example);
    if (at == std::string_view::npos) continue;
    std::string_view before = body.substr(0, at);
    size_t commas = 0;
    for (size_t c = before.find(", "); c != std::string_view::npos; c = before.find(", ", c + 2)) {
      ++commas;
    }
    // After two commas, or straight after one (", such as ..."), the examples end the list,
    // unless its closing ", and" comes after them: then they belong to an item inside it.
    std::string_view rest = body.substr(at);
    bool list_goes_on = rest.find(", and ") != std::string_view::npos ||
                        rest.find(", or ") != std::string_view::npos;
    if (list_goes_on) continue;
    if (commas >= 2 || before.ends_with(","))
      body = before.ends_with(",") ? before.substr(0, at - 1) : before;
  }
  std::string_view lead;
  std::string_view list = body;
  if (size_t colon = body.find(": "); colon != std::string_view::npos) {
    lead = body.substr(0, colon);
    list = body.substr(colon + 2);
  }
  std::vector<std::string_view> parts;
  for (size_t from = 0;;) {
    size_t comma = list.find(", ", from);
    parts.push_back(list.substr(from, comma == std::string_view::npos ? comma : comma - from));
    if (comma == std::string_view::npos) break;
    from = comma + 2;
  }
  const bool joined_last = merge_asides(parts);
  if (parts.size() < 2) return std::nullopt;
  // "a, b, and c" (the last part opens with the joiner) or "a, b and c" (split at its first
  // "and": "c" may hold an "and" of its own only after the Oxford comma).
  std::string_view last = trim(parts.back());
  if (joined_last || starts_with_ci(last, "and ") || starts_with_ci(last, "or ")) {
    parts.back() = last;
  } else {
    size_t joiner = last.find(" and ");
    if (joiner == std::string_view::npos) joiner = last.find(" or ");
    if (joiner == std::string_view::npos) return std::nullopt;
    parts.back() = last.substr(0, joiner);
    parts.push_back(last.substr(joiner + 1));
  }
  const bool verb_clauses = lead.empty() && join_verb_clauses(parts);
  if (parts.size() < (verb_clauses ? 2u : 3u)) return std::nullopt;
  int verbs = 0, gerunds = 0;
  for (size_t k = 1; k < parts.size(); ++k) {
    std::string_view part = strip_joiners(parts[k]);
    if (part.empty() || count_words(part) > max_item_words) return std::nullopt;
    verbs += starts_with_task_verb(part) ? 1 : 0;
    gerunds += starts_with_gerund(part) ? 1 : 0;
  }
  const int others = static_cast<int>(parts.size()) - 1;
  ProseSeries series;
  std::string_view first = parts.front();
  if (lead.empty()) {
    // "adjusting straps" is both a gerund and a task verb's form: the gerund shape decides.
    const bool gerund_items = !verb_clauses && 2 * gerunds > others;
    const bool verb_items = verb_clauses || (!gerund_items && 2 * verbs >= others);
    size_t start = is_opening_clause(first) && parts.size() >= 4
                       ? std::string_view::npos
                       : first_item_start(first, verb_items, gerund_items);
    // "When the scan arrives, the dosimetrist imports the images, fuses ..., and contours
    // ...": an opening clause stands before the part that holds the first item.
    if (start == std::string_view::npos && parts.size() >= 4) {
      parts.erase(parts.begin());
      first = parts.front();
      start = first_item_start(first, verb_items, gerund_items);
      // The clause joins the lead: its words still say what the list is.
      lead = body.substr(0, static_cast<size_t>(first.data() - body.data()));
      if (start != std::string_view::npos)
        lead = body.substr(0, first.data() - body.data() + start);
    } else if (start != std::string_view::npos) {
      lead = first.substr(0, start);
    }
    if (start == std::string_view::npos) return std::nullopt;
    lead = trim(lead);
    first = first.substr(start);
  }
  series.lead = std::string(lead);
  for (size_t k = 0; k < parts.size(); ++k) {
    std::string_view item = strip_joiners(k == 0 ? first : parts[k]);
    if (item.empty() || count_words(item) > max_item_words) return std::nullopt;
    series.items.emplace_back(item);
  }
  if (modifies_last_noun(series.items)) return std::nullopt;
  return series;
}

}  // namespace

std::vector<ProseSeries> find_prose_series(std::string_view paragraph) {
  std::vector<ProseSeries> found;
  for (const Sentence& sentence : split_sentences(paragraph)) {
    // Semicolon lists have their reader (split_inline_list); this one reads comma prose.
    if (sentence.text.find(';') != std::string_view::npos) continue;
    if (std::optional<ProseSeries> series = series_in(sentence.text)) {
      series->sentence = sentence.offset;
      found.push_back(std::move(*series));
    }
  }
  return found;
}

}  // namespace careerkb::parse
