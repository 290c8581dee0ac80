// Role assignment: groups the item-like blocks of a document into runs of siblings (one list,
// one table), sums the votes of the cue table for each run (its heading once, its items'
// content as an average, and a bonus when most siblings agree), and gives every item of the
// run the winning role. Skills are then told apart item by item, technical or soft, with the
// run's majority deciding an item whose own words say neither.
#include <algorithm>
#include <array>

#include "parse/prose_series.hpp"
#include "parse/roles.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

// Points a role needs to be given without a heading; below it a list stays unread.
constexpr int min_points = 3;
// Bonus when at least this share of a run's items (and at least 3) carry a cue for the role.
constexpr double agreeing_share = 0.75;
constexpr int siblings_agree_points = 4;
// A run of short phrases naming no task, at least this share of them personal qualities, is a
// list of skills whatever stands above it ("Geologic mapping ... Careful observation").
constexpr double quality_share_of_skill_list = 0.25;
constexpr int qualities_among_phrases_points = 2;

// Sections whose lists have a reader of their own (FAQ entries, pros and cons, related careers)
// or are not fact lists at all (pricing boxes): their blocks take no role here.
bool has_own_reader(SectionKind kind) {
  switch (kind) {
    case SectionKind::faq:
    case SectionKind::pros_cons:
    case SectionKind::pros:
    case SectionKind::cons:
    case SectionKind::related:
    case SectionKind::specializations:
    case SectionKind::boilerplate:
    case SectionKind::global:
    case SectionKind::salary:
    case SectionKind::outlook:
    case SectionKind::key_facts:
      return true;
    default:
      return false;
  }
}

// A paragraph that opens with a short title and explains it: "Integrity. Clients trust...",
// "Patience: staying calm when...", "Stock rooms — keep every OR supplied".
bool is_titled_paragraph(std::string_view text) {
  if (text.empty() || !is_ascii_upper(text.front()) || has_at_most_words(text, 4)) return false;
  // "A: ..." answers a question, and "a; b; c" is an inline list: prose readers take those.
  if (text.starts_with("A: ") || std::count(text.begin(), text.end(), ';') >= 2) return false;
  // A question, a long answer, or a speaker's words ("Okafor: I was a scrub tech first") is
  // conversation, not an item.
  if (text.ends_with("?") || !has_at_most_words(text, 45)) return false;
  for (std::string_view first_person : {"I", "I'm", "I've", "my", "we", "our", "me"}) {
    if (find_word_ci(text, first_person) != std::string_view::npos &&
        (first_person != "I" || text.find(" I ") != std::string_view::npos)) {
      return false;
    }
  }
  for (std::string_view sep : {". ", ": ", " — ", " – ", " - "}) {
    size_t at = text.find(sep);
    if (at == std::string_view::npos || at > 60) continue;
    std::string_view title = text.substr(0, at);
    if (!has_at_most_words(title, sep == ". " ? 4 : 6) ||
        title.find(',') != std::string_view::npos) {
      continue;
    }
    // "Mornings are busy. They ...": a short sentence, not a title.
    bool finite_verb = false;
    for (std::string_view verb : {"is", "are", "was", "were", "has", "have"}) {
      finite_verb |= find_word_ci(title, verb) != std::string_view::npos;
    }
    if (finite_verb) continue;
    std::string_view rest = text.substr(at + sep.size());
    return !rest.empty() && !has_at_most_words(rest, 3);
  }
  return false;
}

// A line under a credentials heading that is a condition or a figure, not a credential's name.
bool reads_as_requirement(std::string_view text) {
  if (contains_money_or_percent(text) || trim(text).ends_with(":")) return true;
  std::vector<std::string_view> words = split_words(text);
  static constexpr std::string_view conditions[] = {"be",   "hold",     "have",    "submit",
                                                    "pass", "complete", "provide", "obtain",
                                                    "meet", "show",     "apply",   "maintain"};
  return !words.empty() && std::any_of(std::begin(conditions), std::end(conditions),
                                       [&](std::string_view c) { return equals_ci(words[0], c); });
}

bool is_requirements_label(std::string_view text) {
  if (text.empty() || !has_at_most_words(text, 8)) return false;
  for (std::string_view cue : {"requirement", "qualification", "required", "preferred", "must have",
                               "must-have", "nice to have", "you'll thrive", "we're looking for",
                               "what you bring", "what you'll need"}) {
    if (contains_ci(text, cue)) return true;
  }
  return false;
}

// "Upon completion, students will be able to:", "Program Learning Outcomes": what a course
// teaches, not what the job does, whatever verbs its items start with.
bool is_learning_outcomes_label(std::string_view text) {
  if (text.empty() || !has_at_most_words(text, 16)) return false;
  for (std::string_view cue :
       {"will be able to", "students will", "graduates will", "learners will", "learning outcome",
        "program outcome", "course objective", "program objective", "learning objective"}) {
    if (contains_ci(text, cue)) return true;
  }
  return false;
}

// An item of a requirements list, by its own strongest cue: a credential, a technique, a
// quality or a tool; a degree, a task or a step is no fact of those lists.
Role requirement_item_role(std::string_view item, const std::vector<RoleVote>& votes) {
  Role best = Role::none;
  int best_points = 1;  // a bare "short noun phrase" is not enough
  // "Reports to an imaging supervisor", "Requires an associate degree in radiologic
  // technology": a sentence about the post or a degree names no skill, whatever its nouns.
  // ("Bring cultural humility" still names a quality.)
  const bool degree = contains_ci(item, "degree") || contains_ci(item, "diploma");
  const bool sentence = std::any_of(votes.begin(), votes.end(),
                                    [](const RoleVote& v) { return v.role == Role::duty; });
  for (const RoleVote& v : votes) {
    bool kept = v.role == Role::certification || v.role == Role::tool ||
                (v.role == Role::soft_skill && !degree) ||
                (v.role == Role::technical_skill && !degree && !sentence);
    if (kept && v.points > best_points) {
      best = v.role;
      best_points = v.points;
    }
  }
  if (best == Role::technical_skill || best == Role::soft_skill) {
    Role kind = skill_kind(item);
    if (kind != Role::none) best = kind;
  }
  return best;
}

bool has_heading_prior(SectionKind kind) {
  thread_local std::vector<RoleVote> votes;
  votes.clear();
  heading_votes(kind, votes);
  return !votes.empty();
}

void mention_votes(std::string_view text, std::string_view cue, int points,
                   std::vector<RoleVote>& votes);  // beside its word table, below

// The header row of the table that row `i` belongs to (the row itself when it is one), or
// nullptr: the rows above it are walked back while they are rows of the same table.
const Block* table_header(const Document& doc, size_t i) {
  size_t k = i;
  while (!doc.blocks[k].header_row && k > 0 && doc.blocks[k - 1].kind == BlockKind::table_row) --k;
  const Block& top = doc.blocks[k];
  return top.kind == BlockKind::table_row && top.header_row ? &top : nullptr;
}

// "Skill | Share of postings": a header whose first column names a kind of fact.
bool first_column_names_kind(const Block* header) {
  if (header == nullptr || header->cells.empty()) return false;
  std::vector<RoleVote> named;
  mention_votes(header->cells.front(), "", 0, named);
  return !named.empty();
}

// The text of a block as a fact, or empty when the block is no item candidate.
std::string_view candidate_text(const Outline& outline, size_t i) {
  const Block& b = outline.doc->blocks[i];
  if (outline.is_heading[i] || outline.boilerplate[i] || b.kind == BlockKind::heading) return {};
  SectionKind kind = outline.kind[i];
  if (has_own_reader(kind)) return {};
  if (b.kind == BlockKind::list_item) return b.text;
  // Under a duties heading with no list, a short paragraph that opens with a task verb is one
  // duty (a definition list's terms and descriptions, "Prepare patients" / "Explain the ...").
  if (b.kind == BlockKind::paragraph && kind == SectionKind::duties &&
      has_at_most_words(b.text, 30) && opens_with_task_verb(b.text) &&
      !section_has_list(outline, i)) {
    return b.text;
  }
  // "Detail oriented. Aides must follow care plans..." or "Calibrate: check the scanner...":
  // item paragraphs, in a section that writes no list.
  if (b.kind == BlockKind::paragraph && is_titled_paragraph(b.text) &&
      !section_has_list(outline, i)) {
    return b.text;
  }
  // "Skill | Share of postings" over "Customer service | 61%": a table whose first column's
  // header names a kind lists facts of it, whatever the other columns count.
  if (b.kind == BlockKind::table_row && !b.header_row && !b.cells.empty() &&
      first_column_names_kind(table_header(*outline.doc, i))) {
    return b.cells.front();
  }
  // A table row stands for its first cell, in a section of a list kind that has no list.
  // A row that prices or pays something ("Biennial renewal | $120") lists no facts of a kind.
  if (b.kind == BlockKind::table_row &&
      std::any_of(b.cells.begin() + (b.cells.empty() ? 0 : 1), b.cells.end(),
                  [](const std::string& c) { return contains_money_or_percent(c); })) {
    return {};
  }
  // (A kind with a prior has a section, so section_of[i] >= 0 here.)
  if (b.kind == BlockKind::table_row && !b.header_row && !b.cells.empty() &&
      has_heading_prior(kind) && kind != SectionKind::career_path &&
      kind != SectionKind::education && !section_has_list(outline, i)) {
    return b.cells.front();
  }
  return {};
}

bool same_run(const Outline& outline, size_t a, size_t b) {
  const Block& x = outline.doc->blocks[a];
  const Block& y = outline.doc->blocks[b];
  return x.kind == y.kind && x.indent == y.indent && outline.section_of[a] == outline.section_of[b];
}

// Skill roles fold into one family while a run's role is chosen.
Role family(Role role) {
  return role == Role::technical_skill || role == Role::soft_skill ? Role::skill : role;
}

struct RunVerdict {
  Role role = Role::none;
  std::vector<RoleVote> votes;  // the run's summed votes, strongest first
};

// Kind words in a long heading ("The skills that got me hired") or in the paragraph that
// leads into a list ("These are the tasks I do every day"): a weaker prior than a heading.
struct KindWord {
  std::string_view word;
  Role role;
};
constexpr KindWord kind_words[] = {
    {"skills", Role::skill},
    {"skill", Role::skill},
    {"qualities", Role::soft_skill},
    {"traits", Role::soft_skill},
    {"duties", Role::duty},
    {"tasks", Role::duty},
    {"typical day", Role::duty},  // "... told us about a typical day."
    {"all day", Role::duty},
    {"day-to-day", Role::duty},
    {"responsibilities", Role::duty},
    {"certifications", Role::certification},
    {"credentials", Role::certification},
    {"licenses", Role::certification},
    {"tools", Role::tool},
    {"equipment", Role::tool},
};

void mention_votes(std::string_view text, std::string_view cue, int points,
                   std::vector<RoleVote>& votes) {
  for (const KindWord& k : kind_words) {
    if (find_word_ci(text, k.word) != std::string_view::npos) {
      votes.push_back({family(k.role), points, cue});
      return;
    }
  }
}

// Words that introduce a list inside a sentence and say what it lists: "Their days involve
// ...", "On any shift you might ...", "You'll study ...". Weaker than a heading, and the
// phrases' own words must agree.
// What a course covers is education, not the job's skills: "Training may cover infection
// control, safe transfers and vital signs" lists course content.
constexpr KindWord series_lead_words[] = {
    {"days", Role::duty},      {"day", Role::duty},        {"shift", Role::duty},
    {"know-how", Role::skill}, {"strengths", Role::skill}, {"need", Role::skill},
    {"training", Role::none},  {"coursework", Role::none}, {"course", Role::none},
    {"courses", Role::none},   {"curriculum", Role::none}, {"study", Role::none},
    {"learn", Role::none},     {"program", Role::none},    {"cover", Role::none},
    {"covers", Role::none},    {"classes", Role::none},    {"subjects", Role::none},
};

// "In our office we use SAS, the R language and ArcGIS": what the workers use, named by short
// names, is the tools of the trade.
bool lists_tools_used(const std::string& lead, const std::vector<std::string>& items) {
  bool says_use = false;
  for (std::string_view w : {"use", "uses", "using"}) {
    says_use |= find_word_ci(lead, w) != std::string_view::npos;
  }
  if (!says_use || items.size() < 2) return false;
  return std::all_of(items.begin(), items.end(), [](const std::string& item) {
    std::vector<std::string_view> words = split_words(item);
    return !words.empty() && words.size() <= 4 && !is_task_verb(words.front());
  });
}
constexpr int course_content_points = 6;  // shown by dump --explain

// "The people side matters just as much:" / "Technical know-how:" before a skills list.
Role lead_in_skill_kind(std::string_view text) {
  // "On the people side:" is a label; in "People ask me what gets someone hired. Honestly, it
  // comes down to:" the word is only the sentence's subject. A longer lead-in names a kind
  // only by the word that qualifies skills: "the technical skills you need are".
  const bool label = has_at_most_words(text, 8);
  auto names = [&](std::string_view w) {
    size_t at = find_word_ci(text, w);
    if (at == std::string_view::npos) return false;
    if (label) return true;
    std::string_view after = trim(text.substr(at + w.size()));
    return starts_with_ci(after, "skill") || starts_with_ci(after, "side") ||
           starts_with_ci(after, "qualit") || starts_with_ci(after, "abilit");
  };
  for (std::string_view w : {"people", "personal", "soft", "interpersonal", "human"}) {
    if (names(w)) return Role::soft_skill;
  }
  for (std::string_view w : {"technical", "hard", "clinical", "hands-on"}) {
    if (names(w)) return Role::technical_skill;
  }
  return Role::none;
}

// `listed`: the items are a list's own (items or rows), not phrases cut from a sentence.
// `inherited`: the kind comes from a heading above the list's own ("### Who does well on the
// road" under "## What does a travel nurse do?"), a weaker prior than a heading naming it.
RunVerdict decide_run(SectionKind kind, const std::vector<std::vector<RoleVote>>& item_votes,
                      const std::vector<RoleVote>& context, bool listed, bool inherited = false) {
  constexpr size_t roles_count = static_cast<size_t>(Role::step) + 1;
  const double n = static_cast<double>(item_votes.size());
  std::array<double, roles_count> points{};
  std::array<int, roles_count> items_with{};
  std::array<std::string_view, roles_count> cue_of{};
  // "Essential skills: measure visual acuity, perform cover tests": under a heading that names
  // skills, an item written as a task is a skill stated as what one can do.
  const bool skills_heading = kind == SectionKind::skills ||
                              kind == SectionKind::technical_skills ||
                              kind == SectionKind::soft_skills;
  for (const std::vector<RoleVote>& votes : item_votes) {
    std::array<int, roles_count> best{};  // one vote per role and item: its strongest cue
    // "EHS I, 1-3 years": a rung named by an abbreviation is no credential.
    const bool names_years = std::any_of(votes.begin(), votes.end(), [](const RoleVote& v) {
      return v.role == Role::tier && v.points >= 4;
    });
    for (const RoleVote& v : votes) {
      if (names_years && v.role == Role::certification && v.points <= 2) continue;
      const Role role = skills_heading && v.role == Role::duty ? Role::skill : family(v.role);
      size_t r = static_cast<size_t>(role);
      if (v.points > best[r]) {
        best[r] = v.points;
        if (cue_of[r].empty()) cue_of[r] = v.cue;
      }
    }
    for (size_t r = 0; r < roles_count; ++r) {
      if (best[r] == 0) continue;
      points[r] += best[r] / n;
      if (best[r] >= 2) ++items_with[r];  // a weak cue ("short noun phrase") is no agreement
    }
  }
  RunVerdict verdict;
  for (size_t r = 0; r < roles_count; ++r) {
    Role role = static_cast<Role>(r);
    int rounded = static_cast<int>(points[r] + 0.5);
    if (rounded > 0) verdict.votes.push_back({role, rounded, cue_of[r], true});
    if (item_votes.size() >= 3 && items_with[r] > 0 && items_with[r] >= agreeing_share * n) {
      verdict.votes.push_back({role, siblings_agree_points, "siblings agree"});
    }
  }
  if (listed && item_votes.size() >= 4) {
    size_t qualities = 0, short_phrases = 0;
    bool phrases_without_tasks = true;
    for (const std::vector<RoleVote>& votes : item_votes) {
      bool short_phrase = false, quality = false;
      for (const RoleVote& v : votes) {
        short_phrase |= v.cue == "short noun phrase";
        // A quality, or a technique the lexicon knows ("Blood gas interpretation").
        quality |= (v.role == Role::soft_skill && v.points >= 3) ||
                   (v.role == Role::technical_skill && v.points >= 2);
        // No task written as a verb ("Mentoring" may be a skill's name), nor a credential (a
        // bare abbreviation may be a product: "ArcGIS Pro") or a rung: those lists have
        // their own readers.
        phrases_without_tasks &=
            !(family(v.role) == Role::duty && v.points >= 3) && family(v.role) != Role::step &&
            !(v.role == Role::certification && v.points >= 3) && v.role != Role::tier;
      }
      if (short_phrase) ++short_phrases;
      if (quality) ++qualities;
    }
    // Most items short phrases: one explained at length ("a real bedside manner, because ...")
    // does not make the list prose.
    phrases_without_tasks &= 3 * short_phrases >= 2 * item_votes.size();
    if (phrases_without_tasks && qualities > 0 &&
        static_cast<double>(qualities) >= quality_share_of_skill_list * n) {
      verdict.votes.push_back(
          {Role::skill, qualities_among_phrases_points, "short phrases, some of them qualities"});
    }
  }
  std::vector<RoleVote> heading;
  heading_votes(kind, heading);
  for (RoleVote& v : heading) {
    v.role = family(v.role);
    if (inherited) {
      v.points /= 2;
      v.cue = "heading above: its kind, inherited";
    }
  }
  const bool has_prior = !heading.empty();
  if (heading.empty()) heading = context;
  verdict.votes.insert(verdict.votes.begin(), heading.begin(), heading.end());

  std::array<int, roles_count> total{};
  for (const RoleVote& v : verdict.votes) total[static_cast<size_t>(v.role)] += v.points;
  // A kind word in a long heading or a lead-in is a hint, not a verdict: the items' own words
  // must agree ("Sample of reported job titles: ..." after a paragraph about tasks is none).
  if (!has_prior) {
    for (const RoleVote& v : heading) {
      size_t r = static_cast<size_t>(v.role);
      if (points[r] < 1.0) total[r] -= v.points;
    }
  }
  Role best = Role::none;
  int best_points = 0, second = 0;
  // On a tie the more specific role wins: a step, a credential or a tier over a duty or a
  // skill.
  auto specific = [](Role r) {
    return r == Role::step ? 3 : r == Role::certification ? 2 : r == Role::tier ? 1 : 0;
  };
  for (size_t r = 0; r < roles_count; ++r) {
    int p = total[r];
    if (p > best_points ||
        (p == best_points && p > 0 && specific(static_cast<Role>(r)) > specific(best))) {
      second = best_points;
      best_points = p;
      best = static_cast<Role>(r);
    } else if (p > second) {
      second = p;
    }
  }
  bool headed = !heading.empty();
  if (best == Role::none || best_points < min_points || (!headed && best_points == second)) {
    return verdict;
  }
  // Without a heading, a bare skill cue ("short noun phrase") is not enough: most items must
  // name a quality or a technique.
  if (!headed && best == Role::skill && best_points < min_points + 1) return verdict;
  verdict.role = best;
  std::stable_sort(verdict.votes.begin(), verdict.votes.end(),
                   [](const RoleVote& a, const RoleVote& b) { return a.points > b.points; });
  return verdict;
}

void assign_series_roles(const Outline& outline, BlockRoles& roles) {
  const Document& doc = *outline.doc;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    SectionKind kind = outline.kind[i];
    if (b.kind != BlockKind::paragraph || roles.role[i] != Role::none || outline.is_heading[i] ||
        outline.boilerplate[i] || (has_own_reader(kind) && kind != SectionKind::faq)) {
      continue;
    }
    for (ProseSeries& found : find_prose_series(b.text)) {
      SeriesRoles series{i, found.sentence, std::move(found.lead), std::move(found.items), {}, {}};
      std::vector<std::vector<RoleVote>> item_votes;
      for (const std::string& item : series.items) {
        std::vector<RoleVote> votes;
        content_votes(item, votes);
        item_votes.push_back(std::move(votes));
      }
      std::vector<RoleVote> context;
      for (const KindWord& k : series_lead_words) {
        if (k.role == Role::none && find_word_ci(series.lead, k.word) != std::string_view::npos) {
          context.push_back({Role::none, course_content_points, "course content"});
          break;
        }
      }
      if (!context.empty()) {
        // Course content outweighs any heading: the series is education, whatever its words.
        series.role.assign(series.items.size(), Role::none);
        series.votes = std::move(context);
        roles.series.push_back(std::move(series));
        continue;
      }
      if (lists_tools_used(series.lead, series.items)) {
        series.role.assign(series.items.size(), Role::technical_skill);
        series.votes = {{Role::technical_skill, 3, "the words before the series say it is used"}};
        roles.series.push_back(std::move(series));
        continue;
      }
      mention_votes(series.lead, "a kind word before the series", 3, context);
      for (const KindWord& k : series_lead_words) {
        if (!context.empty()) break;
        if (find_word_ci(series.lead, k.word) != std::string_view::npos) {
          context.push_back({k.role, 3, "the words before the series"});
        }
      }
      if (context.empty() && lead_in_skill_kind(series.lead) != Role::none) {
        context.push_back({Role::skill, 3, "the words before the series name a skill kind"});
      }
      RunVerdict verdict = decide_run(kind, item_votes, context, false);
      // Inside a sentence a heading is no proof ("documents events such as snoring, limb
      // movements and awakenings" under Duties lists examples): the phrases must agree.
      bool items_agree =
          std::any_of(verdict.votes.begin(), verdict.votes.end(), [&](const RoleVote& v) {
            return family(v.role) == verdict.role &&
                   (v.cue == "siblings agree" || (v.summed && v.points >= 2));
          });
      if (!items_agree) verdict.role = Role::none;
      series.role.assign(series.items.size(), verdict.role);
      if (verdict.role == Role::skill) {
        Role lead = lead_in_skill_kind(series.lead);
        if (lead == Role::none && kind == SectionKind::technical_skills)
          lead = Role::technical_skill;
        if (lead == Role::none && kind == SectionKind::soft_skills) lead = Role::soft_skill;
        if (lead != Role::none) {
          std::fill(series.role.begin(), series.role.end(), lead);
        } else {
          series.role = sibling_skill_kinds({series.items.begin(), series.items.end()});
        }
      }
      series.votes = std::move(verdict.votes);
      roles.series.push_back(std::move(series));
    }
  }
}

}  // namespace

BlockRoles assign_roles(const Outline& outline) {
  const Document& doc = *outline.doc;
  const size_t n = doc.blocks.size();
  BlockRoles roles;
  roles.role.assign(n, Role::none);
  roles.run.assign(n, -1);
  roles.why.resize(n);
  roles.item_text.resize(n);
  for (size_t i = 0; i < n; ++i) roles.item_text[i] = candidate_text(outline, i);

  int run_index = 0;
  for (size_t first = 0; first < n;) {
    if (roles.item_text[first].empty()) {
      ++first;
      continue;
    }
    size_t last = first + 1;
    while (last < n && !roles.item_text[last].empty() && same_run(outline, first, last)) ++last;
    std::vector<std::vector<RoleVote>> item_votes;
    for (size_t i = first; i < last; ++i) {
      std::vector<RoleVote> votes;
      content_votes(roles.item_text[i], votes);
      item_votes.push_back(std::move(votes));
    }
    SectionKind kind = outline.kind[first];
    // Item paragraphs ("Education. A master's degree...") are items only when their words say
    // so too: under a credentials or duties heading they are often requirements or prose.
    if (doc.blocks[first].kind == BlockKind::paragraph && kind == SectionKind::certifications) {
      bool any_credential = false;
      for (const std::vector<RoleVote>& votes : item_votes) {
        for (const RoleVote& v : votes) any_credential |= v.role == Role::certification;
      }
      if (!any_credential) {
        first = last;
        ++run_index;
        roles.run_votes.emplace_back();
        continue;
      }
    }
    std::vector<RoleVote> context;
    if (int section = outline.section_of[first]; section >= 0 && kind == SectionKind::other) {
      const Block& heading = doc.blocks[outline.sections[section].heading_block];
      mention_votes(heading.text, "a kind word in the heading", 3, context);
    }
    if (first > 0 && context.empty() && doc.blocks[first - 1].kind == BlockKind::paragraph &&
        !outline.is_heading[first - 1] && kind == SectionKind::other) {
      mention_votes(doc.blocks[first - 1].text, "a kind word in the lead-in", 3, context);
    }
    // "Skill | Share of postings" over rows of skills: the first column's header names them.
    if (context.empty() && kind == SectionKind::other &&
        doc.blocks[first].kind == BlockKind::table_row) {
      const Block* header = table_header(doc, first);
      if (header && !header->cells.empty())
        mention_votes(header->cells.front(), "a kind word in the column's header", 3, context);
    }
    // A job posting's "Requirements" / "Preferred" / "You'll thrive here if you" list mixes a
    // degree, a licence, techniques and qualities: each item is what its own words say.
    const std::string_view lead_in =
        first > 0 && doc.blocks[first - 1].kind == BlockKind::paragraph &&
                !outline.is_heading[first - 1] && has_at_most_words(doc.blocks[first - 1].text, 8)
            ? std::string_view(doc.blocks[first - 1].text)
            : std::string_view();
    const int section = outline.section_of[first];
    const std::string_view heading_text =
        section >= 0 ? std::string_view(doc.blocks[outline.sections[section].heading_block].text)
                     : std::string_view();
    const std::string_view long_lead_in =
        first > 0 && doc.blocks[first - 1].kind == BlockKind::paragraph &&
                !outline.is_heading[first - 1]
            ? std::string_view(doc.blocks[first - 1].text)
            : std::string_view();
    // What a course teaches is no role at all; a requirements list's items go by their words.
    const bool outcomes =
        is_learning_outcomes_label(long_lead_in) || is_learning_outcomes_label(heading_text);
    if (outcomes || is_requirements_label(lead_in) || is_requirements_label(heading_text)) {
      for (size_t i = first; i < last; ++i) {
        if (!outcomes) {
          roles.role[i] = requirement_item_role(roles.item_text[i], item_votes[i - first]);
        }
        roles.run[i] = run_index;
        roles.why[i] = std::move(item_votes[i - first]);
      }
      roles.run_votes.push_back({{Role::none, 0,
                                  outcomes ? "learning outcomes: what a course teaches"
                                           : "a requirements list: each item by its words"}});
      ++run_index;
      first = last;
      continue;
    }
    // A sub-heading that names no kind of its own passes on its parent's kind as a hint.
    const bool inherited = section >= 0 && outline.sections[static_cast<size_t>(section)].inherited;
    RunVerdict verdict = decide_run(kind, item_votes, context, true, inherited);
    // Paragraphs are items only when their own words agree with the role: under "What does a
    // chef do?", "Picture: a pile of peppers" is a caption, not a duty.
    if (doc.blocks[first].kind == BlockKind::paragraph && verdict.role != Role::none) {
      const bool agree = std::any_of(item_votes.begin(), item_votes.end(), [&](const auto& votes) {
        return std::any_of(votes.begin(), votes.end(), [&](const RoleVote& v) {
          return family(v.role) == verdict.role && v.points >= 2;
        });
      });
      if (!agree) verdict.role = Role::none;
    }

    // Skills: the nearest label's kind (a lead-in such as "On the people side:", else the
    // heading), else each item's words, else the run's majority.
    std::vector<Role> kinds(last - first, verdict.role);
    if (verdict.role == Role::skill) {
      Role labelled = kind == SectionKind::technical_skills ? Role::technical_skill
                      : kind == SectionKind::soft_skills    ? Role::soft_skill
                                                            : Role::none;
      if (first > 0 && doc.blocks[first - 1].kind == BlockKind::paragraph &&
          has_at_most_words(doc.blocks[first - 1].text, 12)) {
        Role lead = lead_in_skill_kind(doc.blocks[first - 1].text);
        if (lead != Role::none) {
          labelled = lead;
          verdict.votes.push_back({lead, 0, "lead-in names the kind"});
        }
      }
      if (labelled != Role::none) {
        std::fill(kinds.begin(), kinds.end(), labelled);
      } else {
        kinds = sibling_skill_kinds(std::vector<std::string_view>(
            roles.item_text.begin() + static_cast<std::ptrdiff_t>(first),
            roles.item_text.begin() + static_cast<std::ptrdiff_t>(last)));
      }
    }
    // A heading is no proof that every line under it names a credential: under "Requirements
    // for a License", "Be at least 18 years of age" is a requirement and "Median wage: $30.25"
    // a figure. An item whose own words name no credential loses the role when it reads as
    // one of those (its credentials, if any, are still read from its sentences).
    if (verdict.role == Role::certification) {
      for (size_t i = first; i < last; ++i) {
        const std::vector<RoleVote>& votes = item_votes[i - first];
        bool names_credential = std::any_of(votes.begin(), votes.end(), [](const RoleVote& v) {
          return v.role == Role::certification;
        });
        if (!names_credential && reads_as_requirement(roles.item_text[i])) {
          kinds[i - first] = Role::none;
        }
      }
    }
    for (size_t i = first; i < last; ++i) {
      roles.role[i] = kinds[i - first];
      roles.run[i] = run_index;
      roles.why[i] = std::move(item_votes[i - first]);
    }
    roles.run_votes.push_back(std::move(verdict.votes));
    ++run_index;
    first = last;
  }
  assign_series_roles(outline, roles);
  return roles;
}

std::vector<Role> sibling_skill_kinds(const std::vector<std::string_view>& items) {
  std::vector<Role> kinds;
  int soft = 0, technical = 0;
  for (std::string_view item : items) {
    kinds.push_back(skill_kind(item));
    soft += kinds.back() == Role::soft_skill;
    technical += kinds.back() == Role::technical_skill;
  }
  // One quality among phrases the lexicon does not place makes no list of qualities.
  Role majority = soft > technical && soft >= 2 ? Role::soft_skill : Role::technical_skill;
  for (Role& r : kinds) {
    if (r == Role::none) r = majority;
  }
  return kinds;
}

std::vector<BlockExplanation> explain_roles(const Outline& outline, const BlockRoles& roles) {
  static constexpr std::array<const char*, 4> block_kinds = {"heading", "paragraph", "list_item",
                                                             "table_row"};
  const Document& doc = *outline.doc;
  std::vector<BlockExplanation> out;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    BlockExplanation e;
    e.line = b.line;
    e.block_kind = outline.is_heading[i] ? "heading" : block_kinds[static_cast<int>(b.kind)];
    e.section = outline.boilerplate[i] ? "boilerplate" : to_string(outline.kind[i]);
    e.role = role_name(roles.role[i]);
    e.text = shortened(b.text, 70);
    auto add = [&](const RoleVote& v, std::string_view prefix) {
      e.cues.push_back(std::string(role_name(v.role)) + " +" + std::to_string(v.points) + " (" +
                       std::string(prefix) + (v.summed ? "items: " : "") + std::string(v.cue) +
                       ")");
    };
    for (const RoleVote& v : roles.why[i]) add(v, "");
    if (roles.run[i] >= 0) {
      for (const RoleVote& v : roles.run_votes[roles.run[i]]) add(v, "run: ");
    }
    for (const SeriesRoles& series : roles.series) {
      if (series.block != i) continue;
      std::string line = "series after \"" + series.lead + "\": ";
      for (size_t k = 0; k < series.items.size(); ++k) {
        line += (k ? " | " : "") + series.items[k] + " = " + role_name(series.role[k]);
      }
      e.cues.push_back(std::move(line));
      for (const RoleVote& v : series.votes) add(v, "series: ");
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace careerkb::parse
