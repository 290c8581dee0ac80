// Structure that plain text writes without markup a reader would know (internal to the parse
// stage; read_text.cpp uses it): heading marks at the margin (org-mode, AsciiDoc, Markdown in
// a .txt) and indented outline exports. Each decision is made once per file.
#pragma once

#include <string_view>
#include <vector>

namespace careerkb::parse {

// Leading spaces of a line, a tab counting four.
int leading_spaces(std::string_view line);

// Plain-text markup whose headings start at the margin with a run of one character: org-mode
// ("* Pay", "** Entry level"), AsciiDoc ("== Pay") and Markdown in a .txt ("## Pay").
struct HeadingMarks {
  char mark = 0;  // 0: the text marks no headings this way
  bool asciidoc = false, org = false;
};

// The run of `mark` that opens `line` at the margin, followed by a space and text; else 0.
int marked_level(std::string_view line, char mark);

// Which mark, if any, the text writes its headings with.
HeadingMarks heading_marks(std::string_view utf8);

// Markup lines that carry no text of the page (AsciiDoc attributes and delimiters, org
// keywords and drawers).
bool is_markup_only(std::string_view s, const HeadingMarks& marks);

// The indent of every line (1-based; -1 for a blank line) when the text is an indented
// outline, as mind-map and outliner exports write one; empty otherwise.
std::vector<int> outline_indents(std::string_view utf8);

// The depth of an indent among the outline's indents: 0 for the least indented.
int outline_depth(const std::vector<int>& indents, int spaces);

}  // namespace careerkb::parse
