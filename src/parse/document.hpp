// The one document model every input format is read into: an ordered list of blocks
// (headings, paragraphs, list items, table rows), each with the source line it starts on.
// Readers are pure functions; the fact extractor (parse_guide) only ever sees a Document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careerkb::parse {

enum class BlockKind { heading, paragraph, list_item, table_row };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::string text;                // inline text, markup and list markers removed, trimmed
  int line = 0;                    // 1-based source line where the block starts
  int level = 0;                   // heading: 1..6 when the format says so, 0 when guessed
  int indent = 0;                  // list item: nesting depth (0 = top)
  bool marked = false;             // list item: had an explicit bullet or number
  std::vector<std::string> cells;  // table row: cell texts (text holds them joined by " | ")
  bool header_row = false;         // table row: a header row (th cells or above a --- rule)
  int extra_lines = 0;             // lines the block runs on after `line` (wrapped text)
};

struct Document {
  std::vector<Block> blocks;
};

enum class Format { text, markdown, html };

// Chooses the format from the file name's extension, falling back to sniffing the content
// (an HTML file that is really plain text is read as text, and the reverse).
Format detect_format(std::string_view file_name, std::string_view content);
const char* format_name(Format format);

Document read_plain_text(std::string_view utf8);
Document read_markdown(std::string_view utf8);
Document read_html(std::string_view utf8);
Document read_document(std::string_view utf8, Format format);

}  // namespace careerkb::parse
