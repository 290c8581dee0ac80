// Attribution of figures to occupations; see attribution.hpp for the rule.
#include "parse/attribution.hpp"

#include <algorithm>

#include "parse/extract.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {

std::string_view sentence_at(std::string_view text, size_t position) {
  if (position >= text.size()) return text;
  std::vector<Sentence> sentences = split_sentences(text);
  for (size_t k = 0; k < sentences.size(); ++k) {
    size_t next = k + 1 < sentences.size() ? sentences[k + 1].offset : text.size();
    if (position < sentences[k].offset || position >= next) continue;
    // Callers measure the position from the sentence's start, so the view must hold it even
    // when it falls on the space trimmed off either end.
    size_t begin = static_cast<size_t>(sentences[k].text.data() - text.data());
    size_t end = begin + sentences[k].text.size();
    begin = std::min(begin, position);
    end = std::max(end, position + 1);
    return text.substr(begin, end - begin);
  }
  return text;
}

namespace {

std::vector<std::string> words_of(const std::string& name) {
  std::vector<std::string> words;
  for (std::string_view w : split_words(name)) words.emplace_back(w);
  return words;
}

bool same_head(const std::string& a, const std::string& b) {
  auto family = [](const std::string& w) {
    return w.starts_with("tech") ? std::string("tech") : w;
  };
  return family(a) == family(b);
}

}  // namespace

bool same_occupation(const std::string& mention, const std::string& career) {
  if (mention == career) return true;
  std::vector<std::string> m = words_of(mention), c = words_of(career);
  if (m.empty() || c.empty()) return false;
  // "emt" for "emergency medical technician".
  if (m.size() == 1 && c.size() > 1) {
    std::string initials;
    for (const std::string& w : c) initials += w[0];
    if (m[0] == initials) return true;
  }
  // "heavy and tractor-trailer truck drivers" names truck drivers among others.
  if (m.size() > c.size() && std::equal(c.rbegin(), c.rend(), m.rbegin())) return true;
  if (!same_head(m.back(), c.back())) return false;
  // "police and sheriff's patrol officers": the career's modifiers stand before the "and" of
  // a joined title (its head left out, "police [officers] and ..."): the statistical group the
  // career is counted in. In "medical records and health information technicians" the words
  // before "and" name another job.
  const size_t modifiers = c.size() - 1;
  for (size_t k = modifiers; modifiers > 0 && k < m.size(); ++k) {
    if (m[k] == "and" && std::equal(c.begin(), c.end() - 1, m.begin() + (k - modifiers))) {
      return true;
    }
  }
  // Every modifier the mention has is (a short form of) one the career has: "vet tech",
  // "sterile processing techs", or just "techs".
  for (size_t i = 0; i + 1 < m.size(); ++i) {
    // "credentialed registrars", "experienced podiatrists": a word for the worker's standing,
    // not for another job.
    static constexpr std::string_view standing[] = {
        "credentialed", "certified", "licensed",   "experienced", "new",    "entry-level",
        "full-time",    "part-time", "practicing", "working",     "senior", "junior"};
    if (std::find(std::begin(standing), std::end(standing), m[i]) != std::end(standing)) continue;
    bool found = false;
    // The career's short form of the word: "pv" for "photovoltaic", "er" for "emergency".
    for (size_t j = 0; j + 1 < c.size(); ++j) {
      found |= c[j].starts_with(m[i]) ||
               (c[j].size() <= 3 && m[i].size() > 3 && c[j].front() == m[i].front());
    }
    if (!found) return false;
  }
  return true;
}

std::string figure_occupation(std::string_view sentence, size_t position,
                              const std::string& career) {
  const OccupationMention* nearest = nullptr;
  std::vector<OccupationMention> mentions = find_occupations(sentence);
  for (const OccupationMention& m : mentions) {
    if (m.position <= position) nearest = &m;
  }
  // "Nurse practitioners, a role many RNs move into, are projected to grow 40 percent": a name
  // inside an aside set off by commas is not the subject the figure belongs to.
  if (nearest && nearest != &mentions.front()) {
    // A clause comma is followed by a space; "$62,400" holds no comma of a clause.
    auto clause_comma = [&](size_t at) {
      return sentence[at] == ',' && at + 1 < sentence.size() && sentence[at + 1] == ' ';
    };
    size_t open = nearest->position;
    while (open > 0 && !clause_comma(open - 1)) --open;
    size_t close = nearest->position;
    while (close < position && !clause_comma(close)) ++close;
    const std::string_view aside = trim(sentence.substr(open, close - open));
    const bool joined = starts_with_ci(aside, "and ") || starts_with_ci(aside, "or ") ||
                        starts_with_ci(aside, "but ");
    if (open > 0 && close < position && close - open <= 60 && !joined) {
      --open;
      // The subject is the clause before the aside: "veterinary technologists and technicians,
      // who assist veterinarians, earned ...". Words that join into one name count as one
      // ("Nurse practitioners"); a joined subject that names the career is the career's figure
      // ("EMTs and paramedics"), unless the career's word is a bare head that shares the first
      // name's modifiers ("cardiovascular technologists and technicians").
      size_t clause = open;
      while (clause > 0 && !clause_comma(clause - 1)) --clause;
      std::vector<const OccupationMention*> names;
      for (const OccupationMention& m : mentions) {
        if (m.position < clause || m.position >= open) continue;
        if (!names.empty()) {
          std::string_view between =
              sentence.substr(names.back()->position, m.position - names.back()->position);
          if (!contains_word_ci(between, "and") && !contains_word_ci(between, "or")) {
            names.back() = &m;
            continue;
          }
        }
        names.push_back(&m);
      }
      const OccupationMention* subject = names.empty() ? nullptr : names.front();
      for (size_t k = 1; subject && k < names.size(); ++k) {
        const bool bare_head = names[k]->name.find(' ') == std::string::npos &&
                               names.front()->name.find(' ') != std::string::npos;
        if (!bare_head && same_occupation(names[k]->name, career)) return {};
      }
      if (subject) nearest = subject;
    }
  }
  // "For comparison, medical coding jobs are projected to grow 7%": a figure offered for
  // comparison is another group's unless the sentence names the career for it.
  if (!nearest) {
    std::string_view opening = trim(sentence);
    for (std::string_view marker :
         {"for comparison", "by comparison", "in comparison", "compared with", "compared to"}) {
      if (starts_with_ci(opening, marker)) return "comparison";
    }
    return {};
  }
  const std::string& name = nearest->name;
  if (same_occupation(name, career)) return {};
  std::vector<std::string> career_words = words_of(career);
  // "web developers and digital designers": the career named first in a joined subject.
  for (const OccupationMention& m : mentions) {
    if (&m == nearest || m.position > nearest->position || !same_occupation(m.name, career)) {
      continue;
    }
    std::string_view between = sentence.substr(m.position, nearest->position - m.position);
    if (between.size() < 80 && (contains_ci(between, " and ") || contains_ci(between, " or "))) {
      return {};
    }
  }
  // "radiologic and MRI technologists, including mammographers": a group that names the career
  // among its members.
  for (std::string_view marker : {"including ", "such as ", "which include", "among them"}) {
    size_t at = to_lower(sentence.substr(0, position)).rfind(marker);
    if (at == std::string::npos) continue;
    std::string_view members = sentence.substr(at, position - at);
    for (size_t k = 0; k + 1 < career_words.size(); ++k) {
      const std::string& w = career_words[k];
      if (w.size() >= 5 && contains_ci(members, std::string_view(w).substr(0, w.size() - 2))) {
        return {};
      }
    }
    if (!career_words.empty() && career_words.size() == 1 &&
        contains_ci(members, career_words.front())) {
      return {};
    }
  }
  // "the overall average for health technicians" in a medical technician guide: the umbrella
  // of the same kind of job, not another occupation. "all healthcare occupations" is not.
  std::vector<std::string> m = words_of(name), c = words_of(career);
  if (!m.empty() && !c.empty() && same_head(m.back(), c.back())) {
    for (std::string_view marker :
         {"overall", "broadly", "generally", "as a whole", "in general"}) {
      if (contains_word_ci(sentence, marker)) return {};
    }
  }
  return name;
}

}  // namespace careerkb::parse
