// Format detection and dispatch: the file extension chooses the reader, and a quick look at the
// content overrides it when the two disagree (a ".html" file that is really plain text, a
// ".txt" file that is really a saved web page).
#include <string>
#include <string_view>

#include "parse/document.hpp"
#include "parse/inline_text.hpp"

namespace careerkb::parse {
namespace {

using detail::is_ascii_alpha;
using detail::is_ascii_space;

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool starts_with_ignoring_case(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(s[i]) != lower(prefix[i])) return false;
  }
  return true;
}

// Lowercased extension of the file name's last path component, without the dot.
std::string extension(std::string_view file_name) {
  std::size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  std::size_t dot = file_name.rfind('.');
  std::string ext;
  if (dot == std::string_view::npos || dot == 0) return ext;
  for (char c : file_name.substr(dot + 1)) ext += lower(c);
  return ext;
}

std::string_view skip_space_and_bom(std::string_view s) {
  for (;;) {
    if (s.starts_with("\xEF\xBB\xBF")) {
      s.remove_prefix(3);
    } else if (!s.empty() && is_ascii_space(s.front())) {
      s.remove_prefix(1);
    } else {
      return s;
    }
  }
}

// Whether a tag ("<p", "</div", "<!DOCTYPE", "<!--") appears in the first 4 KB of content.
bool has_tag_near_start(std::string_view content) {
  std::string_view head = skip_space_and_bom(content).substr(0, 4096);
  for (std::size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1)) {
    char next = at + 1 < head.size() ? head[at + 1] : ' ';
    if (is_ascii_alpha(next) || next == '/' || next == '!') return true;
  }
  return false;
}

bool starts_as_html_document(std::string_view content) {
  std::string_view s = skip_space_and_bom(content);
  if (starts_with_ignoring_case(s, "<!doctype html")) return true;
  if (!starts_with_ignoring_case(s, "<html")) return false;
  return s.size() == 5 || s[5] == '>' || is_ascii_space(s[5]);
}

}  // namespace

Format detect_format(std::string_view file_name, std::string_view content) {
  const std::string ext = extension(file_name);
  if (ext == "html" || ext == "htm" || ext == "xhtml") {
    return has_tag_near_start(content) ? Format::html : Format::text;
  }
  if (starts_as_html_document(content)) return Format::html;
  if (ext == "md" || ext == "markdown") return Format::markdown;
  return Format::text;
}

const char* format_name(Format format) {
  switch (format) {
    case Format::markdown:
      return "markdown";
    case Format::html:
      return "html";
    case Format::text:
      break;
  }
  return "text";
}

namespace {

// Pages that type their bullets as text ("&bull; Calm under pressure<br>") hold list items in
// paragraphs; whatever the format, a paragraph opening with a bullet glyph is a list item.
void promote_typed_bullets(Document& doc) {
  for (Block& b : doc.blocks) {
    if (b.kind != BlockKind::paragraph) continue;
    for (std::string_view glyph : {"• ", "· ", "● ", "▪ ", "– ", "✔ ", "✓ ", "► ", "➤ ", "➢ ",
                                   "❖ ", "◆ ", "★ ", "☑ ", "✅ ", "■ ", "○ ", "◦ ", "‣ ", "→ "}) {
      if (b.text.starts_with(glyph) && b.text.size() > glyph.size()) {
        b.text.erase(0, glyph.size());
        b.kind = BlockKind::list_item;
        b.marked = true;
        break;
      }
    }
  }
}

}  // namespace

Document read_document(std::string_view utf8, Format format) {
  Document doc;
  switch (format) {
    case Format::markdown:
      doc = read_markdown(utf8);
      break;
    case Format::html:
      doc = read_html(utf8);
      break;
    case Format::text:
      doc = read_plain_text(utf8);
      break;
  }
  promote_typed_bullets(doc);
  return doc;
}

}  // namespace careerkb::parse
