// Markdown reader: the CommonMark/GFM block structure that career pages use (ATX and Setext
// headings, nested bullet and numbered lists, pipe tables, block quotes, fenced code) read line
// by line into Blocks. Fenced code is read as plain text (its lines can still hold facts); raw
// HTML is read as text with its tags removed; indented code blocks are not recognised.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/document.hpp"
#include "parse/inline_text.hpp"
#include "parse/markdown_lines.hpp"

namespace careerkb::parse {
namespace {

using detail::collapse_whitespace;
using detail::strip_markdown_inline;
using markdown::atx_heading;
using markdown::has_unescaped_pipe;
using markdown::Indent;
using markdown::is_link_reference_definition;
using markdown::is_thematic_break;
using markdown::list_marker;
using markdown::ListMarker;
using markdown::measure_indent;
using markdown::only_chars;
using markdown::setext_level;
using markdown::split_cells;
using markdown::strip_comments;
using markdown::strip_quote_markers;
using markdown::table_separator_columns;
using markdown::trim;

class MarkdownReader {
 public:
  explicit MarkdownReader(std::string_view utf8) {
    if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
    std::size_t start = 0;
    while (start <= utf8.size()) {
      std::size_t end = utf8.find('\n', start);
      if (end == std::string_view::npos) end = utf8.size();
      std::string_view line = utf8.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find("-->") != std::string_view::npos) last_comment_end_ = lines_.size();
      lines_.push_back(line);
      start = end + 1;
    }
  }

  Document read() {
    std::size_t i = skip_front_matter();
    emit_front_matter_title(i);
    for (; i < lines_.size(); ++i) read_line(i);
    if (fence_open_) emit_code();
    close_block();
    return std::move(doc_);
  }

 private:
  // YAML front matter ("---" first line, closed within 100 lines) is metadata, not page text.
  // A blank line means it was a thematic break after all (front matter has none).
  std::size_t skip_front_matter() const {
    if (lines_.empty() || (trim(lines_[0]) != "---" && trim(lines_[0]) != "+++")) return 0;
    for (std::size_t i = 1; i < lines_.size() && i < 100; ++i) {
      if (trim(lines_[i]) == trim(lines_[0]) || trim(lines_[i]) == "...") return i + 1;
      if (trim(lines_[i]).empty()) return 0;
    }
    return 0;
  }

  // The front matter's "title:" is the page's title as the site shows it: a level-1 heading,
  // unless the page writes its own "# Title".
  void emit_front_matter_title(std::size_t end) {
    for (std::size_t k = end; k < lines_.size(); ++k) {
      if (lines_[k].starts_with("# ")) return;
    }
    for (std::size_t k = 1; k + 1 < end; ++k) {
      std::string_view line = trim(lines_[k]);
      if (!line.starts_with("title:")) continue;
      std::string_view title = trim(line.substr(6));
      if (title.size() >= 2 && (title.front() == '"' || title.front() == '\'') &&
          title.back() == title.front()) {
        title = title.substr(1, title.size() - 2);
      }
      if (!title.empty()) emit(BlockKind::heading, title, static_cast<int>(k) + 1, 1);
      return;
    }
  }

  void read_line(std::size_t& i) {
    const int number = static_cast<int>(i) + 1;
    int depth = 0;
    if (fence_open_) {
      std::string_view body = strip_quote_markers(lines_[i], depth, fence_quote_depth_);
      std::string_view content = trim(body);
      if (content.size() >= fence_length_ && only_chars(content, std::string(1, fence_char_))) {
        emit_code();
      } else {
        if (code_line_ == 0 && !content.empty()) code_line_ = number;
        if (code_line_ != 0) (code_ += body) += '\n';
      }
      return;
    }
    const std::string line =
        strip_comments(strip_quote_markers(lines_[i], depth), in_comment_, i < last_comment_end_);
    if (depth != quote_depth_) {  // entering or leaving a block quote ends the open block
      close_block();
      in_table_ = false;
      quote_depth_ = depth;
    }
    const bool breaks_after = line.ends_with("  ") || line.ends_with("\\");
    struct SetBreak {
      bool& flag;
      bool value;
      ~SetBreak() { flag = value; }
    } set_break{hard_break_, breaks_after};
    const Indent indent = measure_indent(line);
    const std::string_view content = trim(std::string_view(line).substr(indent.bytes));
    if (content.empty()) {
      close_block();
      in_table_ = false;
      return;
    }
    std::string_view heading;
    ListMarker marker;
    if (open_fence(content)) {
      close_block();
      in_table_ = false;
    } else if (int level = atx_heading(content, heading)) {
      close_block();
      in_table_ = false;
      list_columns_.clear();
      // "Pay {#pay}": a heading's anchor attribute is markup, not its text.
      if (size_t brace = heading.rfind(" {#");
          brace != std::string_view::npos && heading.ends_with("}")) {
        heading = heading.substr(0, brace);
      }
      emit(BlockKind::heading, heading, number, level);
    } else if (in_table_ && table_separator_columns(content) == 0 && has_unescaped_pipe(content)) {
      emit_row(content, number, false);
    } else if (open_ && open_kind_ == BlockKind::paragraph && indent.columns < 4 &&
               setext_level(content)) {
      open_kind_ = BlockKind::heading;  // the paragraph above is the heading's text
      open_level_ = setext_level(content);
      close_block();
      list_columns_.clear();
    } else if (indent.columns < 4 && is_thematic_break(content)) {
      close_block();
      in_table_ = false;
      list_columns_.clear();
    } else if (starts_table(content, i)) {
      close_block();
      pop_lists(indent.columns);
      emit_row(content, number, true);
      in_table_ = true;
      ++i;  // the delimiter row is layout, not content
    } else if (table_separator_columns(content) != 0) {
      close_block();  // a stray delimiter row carries no text
    } else if (!open_ && is_link_reference_definition(content)) {
      in_table_ = false;
    } else if (list_marker(content, marker)) {
      close_block();
      in_table_ = false;
      open_block(BlockKind::list_item, content.substr(marker.text_bytes), number);
      open_indent_ = list_depth(indent.columns, indent.columns + marker.text_columns);
    } else if (open_ && hard_break_ && open_kind_ == BlockKind::paragraph) {
      // A hard line break ("  " or "\\" at the end) makes each line its own block, as <br>
      // does in the HTML reader: "Median pay: $X" and "Hours: Y" are separate facts.
      close_block();
      open_block(BlockKind::paragraph, content, number);
    } else if (open_) {
      (open_text_ += '\n') += content;  // lazy continuation of a paragraph or list item
    } else {
      in_table_ = false;
      pop_lists(indent.columns);
      open_block(BlockKind::paragraph, content, number);
    }
  }

  bool open_fence(std::string_view content) {
    if (content.size() < 3 || (content[0] != '`' && content[0] != '~')) return false;
    std::size_t n = content.find_first_not_of(content[0]);
    if (n == std::string_view::npos) n = content.size();
    if (n < 3) return false;
    // A backtick fence's info string cannot hold backticks ("```x``` y" is inline code).
    if (content[0] == '`' && content.find('`', n) != std::string_view::npos) return false;
    fence_open_ = true;
    fence_char_ = content[0];
    fence_length_ = n;
    fence_quote_depth_ = quote_depth_;
    return true;
  }

  bool starts_table(std::string_view content, std::size_t i) const {
    if (!has_unescaped_pipe(content) || i + 1 >= lines_.size()) return false;
    int depth = 0;
    std::string_view next = trim(strip_quote_markers(lines_[i + 1], depth));
    std::size_t columns = table_separator_columns(next);
    return depth == quote_depth_ && columns != 0 && columns == split_cells(content).size();
  }

  // Nesting depth of a list item whose marker sits at marker_column: it is a child of every
  // open item whose text column it reaches, a sibling of the others.
  int list_depth(int marker_column, int text_column) {
    pop_lists(marker_column);
    int depth = static_cast<int>(list_columns_.size());
    list_columns_.push_back(text_column);
    return depth;
  }

  void pop_lists(int column) {
    while (!list_columns_.empty() && column < list_columns_.back()) list_columns_.pop_back();
  }

  void open_block(BlockKind kind, std::string_view text, int line) {
    open_ = true;
    open_kind_ = kind;
    open_text_.assign(text);
    open_line_ = line;
    open_level_ = 0;
    open_indent_ = 0;
  }

  void close_block() {
    if (!open_) return;
    open_ = false;
    std::string_view text = open_text_;
    if (open_kind_ == BlockKind::list_item &&
        (text.starts_with("[ ] ") || text.starts_with("[x] ") || text.starts_with("[X] "))) {
      text.remove_prefix(4);  // task-list checkbox
    }
    emit(open_kind_, text, open_line_, open_level_, open_indent_);
  }

  void emit(BlockKind kind, std::string_view raw, int line, int level = 0, int indent = 0) {
    Block block;
    block.kind = kind;
    block.text = collapse_whitespace(strip_markdown_inline(raw));
    if (block.text.empty()) return;
    block.line = line;
    block.level = kind == BlockKind::heading ? level : 0;
    block.indent = indent;
    block.marked = kind == BlockKind::list_item;
    doc_.blocks.push_back(std::move(block));
  }

  // Cells are kept as written (no padding to the header's width), empty ones included.
  void emit_row(std::string_view content, int line, bool header) {
    Block block;
    block.kind = BlockKind::table_row;
    block.line = line;
    block.header_row = header;
    bool any_text = false;
    for (std::string_view cell : split_cells(content)) {
      block.cells.push_back(collapse_whitespace(strip_markdown_inline(cell)));
      any_text = any_text || !block.cells.back().empty();
      if (block.cells.size() > 1) block.text += " | ";
      block.text += block.cells.back();
    }
    if (any_text) doc_.blocks.push_back(std::move(block));
  }

  // Code is literal: no inline markup is removed, only whitespace collapsed.
  // Fenced text is laid out by hand, line by line, the way plain-text guides are (aligned
  // columns, score bars, dashes for bullets): the plain-text reader reads it.
  void emit_code() {
    fence_open_ = false;
    close_block();
    in_table_ = false;
    for (Block& block : read_plain_text(code_).blocks) {
      block.line += code_line_ - 1;
      if (block.kind == BlockKind::heading) block.kind = BlockKind::paragraph;
      doc_.blocks.push_back(std::move(block));
    }
    code_.clear();
    code_line_ = 0;
  }

  std::vector<std::string_view> lines_;
  std::size_t last_comment_end_ = 0;  // index of the last line holding "-->"
  Document doc_;

  bool open_ = false;        // a paragraph or list item is collecting lines
  bool hard_break_ = false;  // the previous line ended with a hard line break
  BlockKind open_kind_ = BlockKind::paragraph;
  std::string open_text_;
  int open_line_ = 0, open_level_ = 0, open_indent_ = 0;

  std::vector<int> list_columns_;  // text column of each open list level, outermost first
  bool in_table_ = false;
  bool in_comment_ = false;
  int quote_depth_ = 0;

  bool fence_open_ = false;
  char fence_char_ = '`';
  std::size_t fence_length_ = 0;
  int fence_quote_depth_ = 0;
  std::string code_;
  int code_line_ = 0;
};

}  // namespace

Document read_markdown(std::string_view utf8) {
  return MarkdownReader(utf8).read();
}

}  // namespace careerkb::parse
