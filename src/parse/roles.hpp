// Block roles: what each list-like block of a guide is (a duty, a technical or soft skill, a
// tool, a credential, a career tier, a "how to become" step), decided the way a reader decides:
// from the heading above it, from its own words, and from its neighbours in the same list.
// The cues and their weights live in one table (cues.cpp); `careerkb dump --explain` prints
// the votes behind every role so a miss can be traced to the cue that was absent.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/extract.hpp"

namespace careerkb::parse {

enum class Role {
  none,  // not an item of any fact list
  duty,
  skill,  // a skill whose kind (technical or soft) is decided item by item
  technical_skill,
  soft_skill,
  tool,
  certification,
  tier,
  step,  // a step of a "how to become" path: not a duty, not a credential
};
const char* role_name(Role role);

// One vote for a role, with the cue that cast it ("heading: duties", "starts with a task verb").
// Cues are static text from the cue table; `summed` marks a run's vote that averages its
// items' cue of that name.
struct RoleVote {
  Role role;
  int points;
  std::string_view cue;
  bool summed = false;
};

// A list written inside a sentence (prose_series.hpp), with the role its phrases were given.
struct SeriesRoles {
  size_t block = 0;
  size_t sentence = 0;  // byte offset of its sentence in the block's text
  std::string lead;
  std::vector<std::string> items;
  std::vector<Role> role;  // per item; none when the series is no fact list
  std::vector<RoleVote> votes;
};

// The verdict for each block of an Outline's document.
struct BlockRoles {
  std::vector<Role> role;                        // per block; none for headings, prose
  std::vector<int> run;                          // per block: its run of sibling items, or -1
  std::vector<std::vector<RoleVote>> why;        // per block: its own content votes
  std::vector<std::vector<RoleVote>> run_votes;  // per run: the votes that decided it
  std::vector<std::string_view> item_text;  // per block: the text that becomes the fact (in doc)
  std::vector<SeriesRoles> series;          // lists inside the paragraphs no role claims
};

BlockRoles assign_roles(const Outline& outline);

// --- The cue table's interface (cues.cpp) -------------------------------------------------
// Votes from the section's heading kind: a duties heading makes its lists duties.
void heading_votes(SectionKind kind, std::vector<RoleVote>& votes);
// Votes from an item's own words: "Calibrate the scanner" is a duty, "Patience" a quality.
void content_votes(std::string_view item, std::vector<RoleVote>& votes);
// "Calibrate the scanner", "Performs echocardiograms": the first word is a task verb.
bool opens_with_task_verb(std::string_view text);
// One word in any verb form of the task-verb lexicon: "inspect", "Evaluating", "keeps".
bool is_task_verb(std::string_view word);
// A sentence that says its subject does a task: "the technologist reviews the patient's
// history", "Aides bathe and dress clients" (a task verb among its first words, after a subject).
// `career_noun` ("baker"), when known, is the page's occupation, a subject in its own right
// ("Bakers shape loaves").
bool states_a_task(std::string_view sentence, std::string_view career_noun = {});
// "Bakers", "baker", "secretaries": the word names the career whose head noun is given.
bool names_the_career(std::string_view word, std::string_view career_noun);
// What a soft-or-technical item is, from its words alone.
Role skill_kind(std::string_view item);
// Each item's skill kind from its words; an item that names neither takes its siblings'
// majority (technical on a tie).
std::vector<Role> sibling_skill_kinds(const std::vector<std::string_view>& items);
// The first personal-quality phrase in prose, as a whole word or phrase ("patience", "attention
// to detail"): its position and the phrase, or npos.
size_t find_quality_phrase(std::string_view text, std::string_view* phrase);
// The part of a "Title: explanation" / "Title — explanation" item that names it.
std::string item_title(std::string_view item);

// Per-block explanation for `careerkb dump --explain`.
struct BlockExplanation {
  int line = 0;
  std::string block_kind;  // heading, paragraph, list_item, table_row
  std::string section;     // the enclosing section's kind
  std::string role;
  std::string text;  // the block's text, cut to a readable length
  std::vector<std::string> cues;
};
std::vector<BlockExplanation> explain_roles(const Outline& outline, const BlockRoles& roles);

}  // namespace careerkb::parse
