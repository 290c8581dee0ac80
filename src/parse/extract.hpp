// Internal to the parse stage: the outline of a Document (which section each block belongs
// to) and the extractor passes that fill a Guide from it. Not part of the public API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/document.hpp"
#include "parse/guide.hpp"
#include "parse/kinds.hpp"

namespace careerkb::parse {

// The kind of section a heading opens (kinds.hpp): never overview, which no heading names.
SectionKind classify_heading(std::string_view heading);

// True for page furniture that is not about the career: sign-up pitches, pricing, share links.
bool is_boilerplate_line(std::string_view text);

// No fact list grows past this: real guides list tens of duties, and a hostile file with a
// million bullets must still parse in linear time. parse_guide warns when a list is cut.
constexpr size_t max_facts_per_list = 2000;

// Every block of the document with the section it falls in.
struct Outline {
  const Document* doc = nullptr;
  std::vector<bool> is_heading;   // per block: starts a section
  std::vector<SectionKind> kind;  // per block: kind of the enclosing section
  std::vector<int> section_of;    // per block: index into `sections`, -1 before any
  std::vector<bool> boilerplate;  // per block: is_boilerplate_line, computed once
  struct Entry {
    int heading_block;  // index of the heading block
    SectionKind kind;
    int first, last;  // content blocks [first, last)
    bool has_list_items = false;
    bool inherited = false;  // its heading names no kind: the kind is its parent's
  };
  std::vector<Entry> sections;
};

Outline build_outline(const Document& doc);

// Sections whose body is a list of facts of one kind (duties, skills, tools, credentials, a
// career path).
bool names_a_list(SectionKind kind);

// True when the section that `block` falls in holds list items (false before any section).
bool section_has_list(const Outline& outline, size_t block);

// A list written as one sentence: "...; bend and install conduit; pull wire ...", "Key
// technical skills: conduit bending, circuit troubleshooting ... and solar PV installation.",
// "Technical: a / b / c". Empty when the text is ordinary prose.
std::vector<std::string> split_inline_list(std::string_view text);

// Passes, in the order parse_guide runs them.
std::string find_career_name(const Outline& outline, std::string_view file_name, int* line);
struct BlockRoles;
void extract_lists(const Outline& outline, const BlockRoles& roles, Guide& guide);
void extract_salaries(const Outline& outline, Guide& guide);
void extract_outlook(const Outline& outline, Guide& guide);
void extract_education(const Outline& outline, Guide& guide);
void extract_certifications(const Outline& outline, const BlockRoles& roles, Guide& guide);
void extract_tiers(const Outline& outline, const BlockRoles& roles, Guide& guide);
// Last: every list item or table row that a role or a fact-list heading made a candidate and no
// pass took becomes a Discard (discards.cpp), unless a pass already said why it left it out.
void note_discarded_items(const Outline& outline, const BlockRoles& roles, Guide& guide);

// Records that a pass left `text` out, and why.
void discard(Guide& guide, int line, std::string_view text, std::string_view reason);

// Occupation phrases ("medical records and health information technicians", "an EMT") in a
// sentence, with their byte offsets, for telling whose figure a number is.
struct OccupationMention {
  std::string name;  // normalized
  size_t position;
};
std::vector<OccupationMention> find_occupations(std::string_view sentence);

}  // namespace careerkb::parse
