// Section structure of a guide: which headings mean what ("Key Responsibilities" and "What does
// a X do?" both mean duties), and which section every block belongs to. Plain text has no
// heading levels, so "container" sections (FAQ, career path, pricing boxes) keep the short
// title-like lines inside them instead of letting each start a section of its own.
#include <bitset>
#include <string>
#include <utility>
#include <vector>

#include "parse/extract.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

struct Rule {
  std::string_view phrase;
  SectionKind kind;
};

// First match wins, so specific phrases come before general ones.
constexpr Rule heading_rules[] = {
    {"frequently asked", SectionKind::faq},
    {"faq", SectionKind::faq},
    {"common questions", SectionKind::faq},
    {"job application toolkit", SectionKind::boilerplate},
    {"template", SectionKind::boilerplate},
    {"interview questions", SectionKind::boilerplate},
    {"share career guide", SectionKind::boilerplate},
    {"subscription", SectionKind::boilerplate},
    {"sign up", SectionKind::boilerplate},
    {"newsletter", SectionKind::boilerplate},
    {"dream job", SectionKind::boilerplate},
    {"assess your", SectionKind::boilerplate},
    {"readiness", SectionKind::boilerplate},
    {"resume example", SectionKind::boilerplate},
    {"resume builder", SectionKind::boilerplate},
    {"cover letter", SectionKind::boilerplate},
    {"pricing", SectionKind::boilerplate},
    {"upgrade", SectionKind::boilerplate},
    {"premium", SectionKind::boilerplate},
    {"sources & references", SectionKind::boilerplate},
    {"sources and references", SectionKind::boilerplate},
    {"further reading", SectionKind::boilerplate},
    {"popular degree programs", SectionKind::boilerplate},
    {"helpful resources", SectionKind::boilerplate},
    {"skills gap", SectionKind::boilerplate},
    {"pros & cons", SectionKind::pros_cons},
    {"pros and cons", SectionKind::pros_cons},
    {"advantages and disadvantages", SectionKind::pros_cons},
    {"day in the life", SectionKind::day_in_life},
    {"typical day", SectionKind::day_in_life},
    {"technical skill", SectionKind::technical_skills},
    {"tech skill", SectionKind::technical_skills},
    {"technology skill", SectionKind::technical_skills},
    {"hard skill", SectionKind::technical_skills},
    {"clinical skill", SectionKind::technical_skills},
    {"technical abilit", SectionKind::technical_skills},
    {"technical competenc", SectionKind::technical_skills},
    {"soft skill", SectionKind::soft_skills},
    {"work style", SectionKind::soft_skills},
    {"soft abilit", SectionKind::soft_skills},
    {"key qualities", SectionKind::soft_skills},
    {"personal qualities", SectionKind::soft_skills},
    {"personal traits", SectionKind::soft_skills},
    {"interpersonal skill", SectionKind::soft_skills},
    {"people skills", SectionKind::soft_skills},
    {"related career", SectionKind::related},
    {"related role", SectionKind::related},
    {"related occupation", SectionKind::related},
    {"related job", SectionKind::related},
    {"similar career", SectionKind::related},
    {"similar role", SectionKind::related},
    {"career path", SectionKind::career_path},
    {"career ladder", SectionKind::career_path},
    {"ladder", SectionKind::career_path},
    {"career progression", SectionKind::career_path},
    {"career stages", SectionKind::career_path},
    {"career levels", SectionKind::career_path},
    {"by level", SectionKind::career_path},
    {"levels of", SectionKind::career_path},
    {"advancement", SectionKind::career_path},
    {"advance", SectionKind::career_path},
    {"move up", SectionKind::career_path},
    {"key facts", SectionKind::key_facts},
    {"quick facts", SectionKind::key_facts},
    {"at a glance", SectionKind::key_facts},
    {"fast facts", SectionKind::key_facts},
    {"global", SectionKind::global},
    {"international", SectionKind::global},
    {"worldwide", SectionKind::global},
    {"salary", SectionKind::salary},
    {"salaries", SectionKind::salary},
    {"pay", SectionKind::salary},
    {"wage", SectionKind::salary},
    {"earning", SectionKind::salary},
    {"compensation", SectionKind::salary},
    // "How much do they make?" but not "How much school?"
    {"how much do", SectionKind::salary},
    {"how much can", SectionKind::salary},
    {"how much will", SectionKind::salary},
    {"how much money", SectionKind::salary},
    {"how much you", SectionKind::salary},
    {"how much they", SectionKind::salary},
    {"how much a", SectionKind::salary},
    {"the money", SectionKind::salary},
    {"money talk", SectionKind::salary},
    {"income", SectionKind::salary},
    {"outlook", SectionKind::outlook},
    {"growth", SectionKind::outlook},
    {"job growth", SectionKind::outlook},
    {"employment growth", SectionKind::outlook},
    {"job market", SectionKind::outlook},
    {"demand", SectionKind::outlook},
    {"responsibilit", SectionKind::duties},
    {"duties", SectionKind::duties},
    {"job description", SectionKind::duties},
    {"tasks", SectionKind::duties},
    {"involve", SectionKind::duties},
    {"task by task", SectionKind::duties},
    {"day to day", SectionKind::duties},
    {"day-to-day", SectionKind::duties},
    {"what you'll do", SectionKind::duties},
    {"what you will do", SectionKind::duties},
    {"on the job", SectionKind::duties},
    {"nature of the work", SectionKind::duties},
    {"role overview", SectionKind::duties},
    {"about the role", SectionKind::duties},
    {"what the work", SectionKind::duties},     // "What the work actually is"
    {"examples of work", SectionKind::duties},  // civil-service class specifications
    {"essential functions", SectionKind::duties},
    {"illustrative duties", SectionKind::duties},
    {"what the job is", SectionKind::duties},
    {"the work itself", SectionKind::duties},
    {"all day", SectionKind::duties},  // "What the stylists actually did all day"
    {"certification", SectionKind::certifications},
    {"licens", SectionKind::certifications},
    {"credential", SectionKind::certifications},
    {"certs", SectionKind::certifications},
    {"tools", SectionKind::tools},
    {"tech stack", SectionKind::tools},
    {"equipment used", SectionKind::tools},
    {"equipment and technolog", SectionKind::tools},
    {"instruments", SectionKind::tools},
    {"specializ", SectionKind::specializations},
    {"specialties", SectionKind::specializations},
    {"types of", SectionKind::specializations},
    {"advantages", SectionKind::pros},
    {"benefits of", SectionKind::pros},
    {"drawbacks", SectionKind::cons},
    {"disadvantages", SectionKind::cons},
    {"education", SectionKind::education},
    {"training", SectionKind::education},
    {"how to become", SectionKind::education},
    {"how to apply", SectionKind::education},
    {"learning outcome", SectionKind::education},
    {"program outcome", SectionKind::education},
    {"objectives", SectionKind::education},
    {"curriculum", SectionKind::education},
    {"coursework", SectionKind::education},
    {"what you'll learn", SectionKind::education},
    {"what you will learn", SectionKind::education},
    {"application process", SectionKind::education},
    {"admission", SectionKind::education},
    {"steps to", SectionKind::education},
    {"next steps", SectionKind::education},  // what the reader should do, not the job's tasks
    {"path to", SectionKind::education},
    {"degree", SectionKind::education},
    {"schooling", SectionKind::education},
    {"requirements", SectionKind::education},
    {"technical", SectionKind::technical_skills},
    {"skills", SectionKind::skills},
    {"what we look for", SectionKind::skills},
    {"employers look for", SectionKind::skills},
    {"look for when", SectionKind::skills},  // "What do you look for when you hire?"
    {"look for in a", SectionKind::skills},
    // What a hirer wants, in a writer's own words: "What the foremen say they want", "What it
    // takes", "What makes a good dermatologist", "What separates a good barber from a hack".
    {"they want", SectionKind::skills},
    {"it takes", SectionKind::skills},
    {"makes a good", SectionKind::skills},
    {"makes a great", SectionKind::skills},
    {"separates a", SectionKind::skills},
    {"qualities", SectionKind::skills},
    {"competenc", SectionKind::skills},
    {"abilities", SectionKind::skills},
};

// Short headings that are a whole word on their own.
constexpr Rule exact_rules[] = {
    {"pros", SectionKind::pros},
    {"cons", SectionKind::cons},
    {"the pros", SectionKind::pros},
    {"the cons", SectionKind::cons},
    {"upsides", SectionKind::pros},
    {"downsides", SectionKind::cons},
    {"skills", SectionKind::skills},
    {"technical", SectionKind::technical_skills},
    {"soft", SectionKind::soft_skills},
    // A civil-service KSA block: "Knowledge of:", "Skill in:", "Ability to:".
    {"knowledge of", SectionKind::technical_skills},
    {"skill in", SectionKind::technical_skills},
    {"skills in", SectionKind::technical_skills},
    {"ability to", SectionKind::soft_skills},
    {"personal", SectionKind::soft_skills},
    {"working style", SectionKind::soft_skills},
    {"work style", SectionKind::soft_skills},
    {"clinical", SectionKind::technical_skills},
    {"hard", SectionKind::technical_skills},
    {"people", SectionKind::soft_skills},
    {"interpersonal", SectionKind::soft_skills},
    {"personal skills", SectionKind::soft_skills},
    {"human skills", SectionKind::soft_skills},
    {"knowledge", SectionKind::technical_skills},
    {"role", SectionKind::duties},
    {"the role", SectionKind::duties},
    {"the work", SectionKind::duties},
    {"the job", SectionKind::duties},
};

// Kinds whose untitled sub-lines (questions, tier names, price rows) stay inside them.
bool is_container(SectionKind kind) {
  switch (kind) {
    case SectionKind::faq:
    case SectionKind::career_path:
    case SectionKind::boilerplate:
    case SectionKind::key_facts:
    case SectionKind::related:
    case SectionKind::day_in_life:
    case SectionKind::pros_cons:
    case SectionKind::salary:
    case SectionKind::global:
      return true;
    default:
      return false;
  }
}

// "2. Role breakdown" -> "Role breakdown"; other text as it is.
std::string_view without_section_number(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && is_ascii_digit(text[digits])) ++digits;
  if (digits == 0 || digits > 2 || !text.substr(digits).starts_with(". ")) return text;
  return text.substr(digits + 2);
}

// Kinds a heading names whatever topic words it also holds.
bool names_page_part(SectionKind kind) {
  switch (kind) {
    case SectionKind::faq:
    case SectionKind::boilerplate:
    case SectionKind::pros_cons:
    case SectionKind::day_in_life:
      return true;
    default:
      return false;
  }
}

// The pairs of adjacent bytes of a short text, hashed into a bit set: a phrase whose first two
// bytes are not among them does not occur in the text. Lets a heading be checked against the
// hundred-odd rules with a bit test each, and find() run only for the few that may match.
class BytePairs {
 public:
  explicit BytePairs(std::string_view text) {
    for (size_t i = 0; i + 1 < text.size(); ++i) bits_.set(slot(text[i], text[i + 1]));
  }
  bool may_contain(std::string_view phrase) const {
    return phrase.size() < 2 || bits_.test(slot(phrase[0], phrase[1]));
  }

 private:
  static size_t slot(char a, char b) {
    return (static_cast<unsigned char>(a) * 31u + static_cast<unsigned char>(b)) % 1024;
  }
  std::bitset<1024> bits_;
};

// The text of a heading without leading emoji, symbols or counters ("✅ Pros" -> "Pros").
std::string_view strip_heading_decoration(std::string_view s) {
  while (!s.empty() && !is_ascii_alpha(s.front())) s.remove_prefix(1);
  // "Q: What does an electrician do?", "Q1: What does a scribe do all day?"
  if (s.size() > 3 && s[0] == 'Q') {
    size_t k = 1;
    while (k < s.size() && is_ascii_digit(s[k])) ++k;
    if (k + 1 < s.size() && (s[k] == ':' || s[k] == '.') && s[k + 1] == ' ') s.remove_prefix(k + 2);
  }
  // A wiki's edit link after the title: "Salary[edit]", "Role [edit]".
  if (s.ends_with("[edit]")) s.remove_suffix(std::string_view("[edit]").size());
  // A Markdown anchor after the title: "Pay {#pay}".
  if (size_t brace = s.rfind(" {#"); brace != std::string_view::npos && s.ends_with("}")) {
    s = s.substr(0, brace);
  }
  return trim(s);
}

// True when a money figure or a percentage stands under the heading at block `heading`,
// before the next heading.
bool heads_figures(const Document& doc, size_t heading) {
  for (size_t k = heading + 1; k < doc.blocks.size(); ++k) {
    if (doc.blocks[k].kind == BlockKind::heading) return false;
    if (contains_money_or_percent(doc.blocks[k].text)) return true;
  }
  return false;
}

}  // namespace

bool names_a_list(SectionKind kind) {
  switch (kind) {
    case SectionKind::duties:
    case SectionKind::skills:
    case SectionKind::technical_skills:
    case SectionKind::soft_skills:
    case SectionKind::tools:
    case SectionKind::certifications:
    case SectionKind::career_path:
      return true;
    default:
      return false;
  }
}

namespace {
SectionKind classify_heading_text(std::string_view heading);
}  // namespace

SectionKind classify_heading(std::string_view heading) {
  // "What nurse-midwives do / Qué hacen las enfermeras parteras": a bilingual heading is
  // read by each language's half.
  if (size_t slash = heading.find(" / "); slash != std::string_view::npos) {
    SectionKind whole = classify_heading_text(heading);
    if (whole != SectionKind::other) return whole;
    SectionKind first = classify_heading_text(heading.substr(0, slash));
    if (first != SectionKind::other) return first;
    return classify_heading_text(heading.substr(slash + 3));
  }
  return classify_heading_text(heading);
}

namespace {
SectionKind classify_heading_text(std::string_view heading) {
  // A long line is prose that happens to lack a full stop, whatever words it contains.
  if (!has_at_most_words(heading, 10)) return SectionKind::other;
  std::string text = to_lower(strip_heading_decoration(heading));
  // "On a typical day a technologist will:" leads into what the worker does, whatever
  // setting it names.
  if (text.ends_with(":")) {
    std::vector<std::string_view> words = split_words(text);
    if (words.size() >= 3) {
      std::string_view last = words.back();
      if (last.ends_with(":")) last.remove_suffix(1);
      for (std::string_view modal : {"will", "may", "might", "also", "typically", "usually"}) {
        if (last == modal) return SectionKind::duties;
      }
    }
  }
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
  for (const Rule& rule : exact_rules) {
    if (text == rule.phrase) return rule.kind;
  }
  while (!text.empty() && text.back() == '?') text.pop_back();
  const BytePairs pairs(text);
  // Page furniture and containers win wherever they are named ("Salary FAQ" is an FAQ); among
  // topics the one named first is the section's subject ("Skills each job demands" lists skills,
  // it is no outlook), ties going to the more specific rule listed first.
  const Rule* subject = nullptr;
  size_t subject_at = std::string::npos;
  for (const Rule& rule : heading_rules) {
    if (!pairs.may_contain(rule.phrase)) continue;
    // Whole words at the start, substrings otherwise: "pay" must not match "paying attention".
    size_t at = text.find(rule.phrase);
    if (at == std::string::npos) continue;
    bool starts_word = at == 0 || !is_ascii_alpha(text[at - 1]);
    if (!starts_word) continue;
    if (names_page_part(rule.kind)) return rule.kind;
    if (at < subject_at) subject = &rule, subject_at = at;
  }
  if (subject != nullptr) return subject->kind;
  // After the named kinds ("What does the career ladder look like?"): "What an EKG Technician
  // Does", "What Phlebotomists Do".
  // "do" must be the verb the question asks about: "What does school cost?" is no duties.
  // (The question may follow a speaker's name: "ScrubLife: What does that look like?")
  if (size_t what = text.find("what ");
      what != std::string::npos && (what == 0 || text[what - 1] == ' ')) {
    text = text.substr(what);
    if (text.ends_with(" does") || text.ends_with(" do")) return SectionKind::duties;
    bool asks_do =
        text.find(" do ") != std::string::npos || text.find(" does ") != std::string::npos;
    for (std::string_view tail :
         {" do all day", " do each day", " do every day", " do on the job", " do on a ",
          " do in a ", " do at work", " day to day", " day-to-day", " look like"}) {
      if (asks_do && text.find(tail) != std::string::npos) return SectionKind::duties;
    }
  }
  return SectionKind::other;
}
}  // namespace

bool section_has_list(const Outline& outline, size_t block) {
  int section = outline.section_of[block];
  return section >= 0 && outline.sections[section].has_list_items;
}

Outline build_outline(const Document& doc) {
  Outline out;
  out.doc = &doc;
  const size_t n = doc.blocks.size();
  out.is_heading.assign(n, false);
  out.kind.assign(n, SectionKind::other);
  out.section_of.assign(n, -1);
  out.boilerplate.resize(n);
  // A table's header row ("Occupation | Employment | Median hourly | ...") has the shape of a
  // navigation bar, but it names the columns of the figures below it.
  for (size_t i = 0; i < n; ++i) {
    const Block& b = doc.blocks[i];
    out.boilerplate[i] =
        !(b.kind == BlockKind::table_row && b.header_row) && is_boilerplate_line(b.text);
  }
  bool explicit_levels = false;
  int first_top_section = -1;  // the section of the first level-1 heading: the page title
  int first_text_block = -1;   // the first block that is not page furniture
  for (size_t i = 0; i < n && first_text_block < 0; ++i) {
    if (!out.boilerplate[i]) first_text_block = static_cast<int>(i);
  }
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::heading && b.level > 0) explicit_levels = true;
  }

  // Open sections as (level, kind, index); plain-text headings are level 0.
  struct Open {
    int level;
    SectionKind kind;
    int index;
    bool absorbed = false;  // an untitled heading that took its container's kind
    bool labelled = false;  // its list is split by short labels ("Mechanical", "Electronic")
  };
  std::vector<Open> stack;
  for (size_t i = 0; i < n; ++i) {
    const Block& b = doc.blocks[i];
    bool heading = b.kind == BlockKind::heading;
    SectionKind kind = SectionKind::other;
    if (heading || b.kind == BlockKind::paragraph || b.kind == BlockKind::list_item) {
      // A marked heading's section number is no sentence's full stop: "## 2. Skills".
      std::string_view shape = b.text;
      if (heading) shape = without_section_number(shape);
      kind = looks_like_heading(shape) ? classify_heading(b.text) : SectionKind::other;
      // Markup that says "heading" is believed when the words after a label name a list:
      // "Employer survey: hard-to-find abilities" has the shape of a "Label: value" line, but
      // "Quick facts: Medical Transcriptionists" is a box whose scope the markup ends.
      if (kind == SectionKind::other && heading && b.level >= 2 &&
          shape.find(": ") != std::string_view::npos && !shape.ends_with("?")) {
        const SectionKind named = classify_heading(b.text);
        if (names_a_list(named)) kind = named;
      }
    }
    // A paragraph such as <p><strong>Duties</strong></p> is a heading when its words say so.
    // So is a question an interviewer asks ("What does that look like in practice?").
    // And so is a line in capitals over a list ("<B>WHAT SEPARATES A GOOD BARBER FROM A
    // HACK</B><BR><UL>").
    const bool caps_over_list = is_all_caps(b.text) && has_at_most_words(b.text, 12) && i + 1 < n &&
                                doc.blocks[i + 1].kind == BlockKind::list_item;
    if (!heading && b.kind == BlockKind::paragraph && kind != SectionKind::other &&
        (has_at_most_words(b.text, 6) || b.text.ends_with("?") || caps_over_list)) {
      heading = true;
    }
    // "... Typical tasks include:" right before a list introduces that list: its last
    // sentence names the list's kind.
    if (!heading && b.kind == BlockKind::paragraph && b.text.ends_with(":") && i + 1 < n &&
        doc.blocks[i + 1].kind == BlockKind::list_item && has_at_most_words(b.text, 40)) {
      std::vector<Sentence> sentences = split_sentences(b.text);
      std::string_view last = sentences.empty() ? std::string_view(b.text) : sentences.back().text;
      last.remove_suffix(1);
      if (SectionKind lead = classify_heading(last);
          lead != SectionKind::other && lead != SectionKind::boilerplate) {
        kind = lead;
        heading = true;
      }
    }
    // "• Technical Skills" followed by deeper items, or "8. Career ladder" followed by text, is
    // a heading written as a list item.
    if (!heading && b.kind == BlockKind::list_item && kind != SectionKind::other &&
        has_at_most_words(b.text, 4) && i + 1 < n) {
      const Block& next = doc.blocks[i + 1];
      bool deeper_items = next.kind == BlockKind::list_item && next.indent > b.indent;
      // A lone item, not the last of a list of siblings: "Licensed Veterinary Technician (LVT)"
      // closing a credentials list stays an item.
      bool sibling_before = i > 0 && doc.blocks[i - 1].kind == BlockKind::list_item &&
                            doc.blocks[i - 1].indent == b.indent;
      bool followed_by_text = next.kind != BlockKind::list_item && !sibling_before;
      heading = deeper_items || followed_by_text;
    }
    if (heading) {
      int level = b.level > 0 ? b.level : (explicit_levels ? 7 : 0);
      SectionKind parent = stack.empty() ? SectionKind::other : stack.back().kind;
      // With explicit levels, the parent is the nearest open section above this level: an
      // untitled <h3>Professional</h3> after <h3>Clinical</h3> still sits under <h2>Skills</h2>.
      SectionKind ancestor = SectionKind::other;
      for (size_t k = stack.size(); k-- > 0;) {
        if (stack[k].level < level) {
          // The page's first top-level heading is its title ("Sign Language Interpreter
          // Licensure"): its words describe the page, not every section under it.
          bool page_title = stack[k].level == 1 && stack[k].index == first_top_section;
          if (!page_title) ancestor = stack[k].kind;
          break;
        }
      }
      // The page's title line ("WESTBROOK HIGH - CAREER PATHWAYS II") names the page, so the
      // headings after it are no labels inside it, whatever kind its words name.
      const bool under_title = !stack.empty() && stack.back().index == 0 &&
                               parent != SectionKind::boilerplate &&
                               out.sections.front().heading_block == first_text_block;
      bool stays_inside =
          kind == SectionKind::other && !stack.empty() && !under_title &&
          (is_container(parent) || (explicit_levels && ancestor != SectionKind::other));
      // "## The toolbox" after "## The money, honestly": a heading at the pay section's own
      // level stays inside it only when what it heads is more pay ("## Entry level" over
      // figures), not when it opens a topic of its own.
      // The same holds for a box of facts ("## At a glance" then "## What they do"): a
      // heading at its level ends it. Ladders and FAQs keep their same-level entries, but a
      // heading of higher rank ends any container ("**Ladder:**" then "### Tuesday").
      if (stays_inside && is_container(parent) && level > 0 && !stack.empty()) {
        size_t named = stack.size() - 1;
        while (named > 0 && stack[named].absorbed) --named;
        const int container_level = stack[named].level;
        const bool same_level_entry = parent == SectionKind::career_path ||
                                      parent == SectionKind::faq ||
                                      (parent == SectionKind::salary && heads_figures(doc, i));
        if (level < container_level || (level == container_level && !same_level_entry)) {
          stays_inside = false;
        }
      }
      // "What employers look for today" straight over "Mechanical" and its items: a short
      // untitled line under a list's heading, with nothing between, labels part of that list,
      // and so do the labels of the same shape after it ("Electronic", "With customers").
      if (!stays_inside && kind == SectionKind::other && level == 0 && !stack.empty() &&
          names_a_list(parent) && has_at_most_words(b.text, 4) && i + 1 < n &&
          doc.blocks[i + 1].kind == BlockKind::list_item &&
          (stack.back().labelled ||
           out.sections[static_cast<size_t>(stack.back().index)].heading_block ==
               static_cast<int>(i) - 1)) {
        stack.back().labelled = true;
        out.kind[i] = parent;
        out.section_of[i] = stack.back().index;
        continue;
      }
      if (stays_inside && !is_container(parent)) parent = ancestor;
      // Inside an FAQ every question is an entry, whatever its words ("What certifications...?").
      if (parent == SectionKind::faq && !b.text.empty() && b.text.back() == '?' &&
          (level == 0 || stack.back().level < level)) {
        stays_inside = true;
        kind = SectionKind::other;
      }
      if (stays_inside && level == 0) {
        // A title-like line inside a container is a label, not a section.
        out.kind[i] = parent;
        out.section_of[i] = stack.back().index;
        continue;
      }
      if (stays_inside) kind = parent;
      while (!stack.empty() && (level == 0 || stack.back().level >= level)) stack.pop_back();
      int index = static_cast<int>(out.sections.size());
      if (level == 1 && first_top_section < 0) first_top_section = index;
      out.sections.push_back({static_cast<int>(i), kind, static_cast<int>(i) + 1,
                              static_cast<int>(i) + 1, false, stays_inside});
      stack.push_back({level, kind, index, stays_inside});
      out.is_heading[i] = true;
      out.kind[i] = kind;
      out.section_of[i] = index;
      continue;
    }
    if (!stack.empty()) {
      out.kind[i] = stack.back().kind;
      out.section_of[i] = stack.back().index;
    }
  }
  // Each section's content runs to the next section's heading (nested ones included).
  for (size_t s = 0; s < out.sections.size(); ++s) {
    int end = s + 1 < out.sections.size() ? out.sections[s + 1].heading_block : static_cast<int>(n);
    out.sections[s].last = end;
    for (int k = out.sections[s].first; k < end; ++k) {
      if (doc.blocks[k].kind == BlockKind::list_item) {
        out.sections[s].has_list_items = true;
        break;
      }
    }
  }
  return out;
}

}  // namespace careerkb::parse
