// Private helpers of the HTML reader (not part of the parse API): what each element means to
// the reader, which elements are site boilerplate, and 1-based source lines for libxml2 nodes.
// Tree scans here loop over parent/child pointers instead of recursing.
#pragma once

#include <libxml/tree.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "parse/inline_text.hpp"

namespace careerkb::parse::html {

enum class ElementKind {
  skip,
  header,
  block,
  heading,
  list,
  item,
  table,
  thead,
  row,
  cell,
  line_break,
  inline_
};

inline std::string_view tag_name(const xmlNode* node) {
  return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

inline bool one_of(std::string_view tag, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), tag) != names.end();
}

// libxml2's HTML parser lowercases tag names, so plain comparisons suffice.
inline ElementKind classify(std::string_view tag) {
  // Never page text: code, styling, widgets, site navigation, forms and embedded media.
  // <aside> is not here: career pages put their key-facts box (median pay, range) in one; an
  // aside that is an advert or a newsletter box is dropped by its class like any other element.
  if (one_of(tag,
             {"script", "style",  "noscript", "template", "svg",    "nav",      "footer", "form",
              "button", "iframe", "head",     "title",    "select", "textarea", "input",  "object",
              "embed",  "canvas", "video",    "audio",    "dialog", "map"})) {
    return ElementKind::skip;
  }
  if (tag == "header") return ElementKind::header;
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
    return ElementKind::heading;
  }
  if (one_of(tag, {"ul", "ol", "menu", "dir"})) return ElementKind::list;
  if (tag == "li") return ElementKind::item;
  if (tag == "table") return ElementKind::table;
  if (tag == "thead") return ElementKind::thead;
  if (tag == "tr") return ElementKind::row;
  if (tag == "td" || tag == "th") return ElementKind::cell;
  if (tag == "br") return ElementKind::line_break;
  if (one_of(tag,
             {"p",          "div",     "section", "article", "main",    "body",     "html",
              "blockquote", "dd",      "dt",      "dl",      "pre",     "figure",   "figcaption",
              "caption",    "address", "center",  "details", "summary", "fieldset", "legend",
              "aside",      "hgroup",  "tbody",   "tfoot",   "hr"})) {
    return ElementKind::block;
  }
  return ElementKind::inline_;
}

// Page-level containers carry theme classes ("has-cookie-banner") and headings carry slug ids
// ("social-media-manager"); neither says the element itself is boilerplate.
inline bool exempt_from_attribute_check(std::string_view tag) {
  return one_of(tag, {"html", "body", "main", "article"}) || classify(tag) == ElementKind::heading;
}

// True when a class, id, aria-label or role value names a widget that is not page content.
inline bool names_boilerplate(std::string_view value) {
  static constexpr std::string_view kWords[] = {
      "cookie",  "consent", "newsletter", "subscribe",  "signup",      "sign-up",      "pricing",
      "paywall", "advert",  "ad-banner",  "promo",      "share",       "social",       "breadcrumb",
      "modal",   "popup",   "banner",     "navigation", "contentinfo", "complementary"};
  std::string lower(value);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (std::string_view word : kWords) {
    for (std::size_t at = lower.find(word); at != std::string::npos;
         at = lower.find(word, at + 1)) {
      // "promotion" is a career-guide topic (promotion prospects), not an advert.
      if (word == "promo" && std::string_view(lower).substr(at + 5, 4) == "tion") continue;
      return true;
    }
  }
  return false;
}

struct Attributes {
  bool hidden = false;       // the HTML hidden attribute: never rendered
  bool boilerplate = false;  // class, id, aria-label or role names a widget
  int heading_level = 0;     // role="heading" (aria-level) or a heading's styling class, else 0
};

// The heading level a class list styles an element as, 0 for none: pages built from <div>s
// style their headings instead of tagging them ("text-2xl font-bold", "card-title").
inline int styled_heading_level(std::string_view classes) {
  int level = 0;
  bool bold = false;
  size_t from = 0;
  while (from < classes.size()) {
    size_t end = classes.find(' ', from);
    if (end == std::string_view::npos) end = classes.size();
    std::string_view token = classes.substr(from, end - from);
    from = end + 1;
    if (token.empty()) continue;
    size_t colon = token.rfind(':');  // "md:text-3xl": a breakpoint prefix
    if (colon != std::string_view::npos) token.remove_prefix(colon + 1);
    auto set = [&](int l) { level = level == 0 ? l : std::min(level, l); };
    if (token == "text-4xl" || token == "text-5xl" || token == "text-3xl") set(1);
    if (token == "text-2xl" || token == "text-xl") set(2);
    if (token == "font-bold" || token == "font-semibold" || token == "font-extrabold") bold = true;
    if (token == "title" || token == "heading" || token == "headline" ||
        token.ends_with("-title") || token.ends_with("-heading") || token.ends_with("-headline") ||
        token.ends_with("__title") || token.ends_with("__heading"))
      set(2);
  }
  // A large size alone is a lead paragraph's styling; with weight it is a heading.
  if (level > 0 && !bold && classes.find("title") == std::string_view::npos &&
      classes.find("heading") == std::string_view::npos &&
      classes.find("headline") == std::string_view::npos)
    return 0;
  return level;
}

inline Attributes scan_attributes(const xmlNode* node) {
  Attributes result;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    const std::string_view name = a->name ? reinterpret_cast<const char*>(a->name) : "";
    if (name == "hidden") result.hidden = true;
    const xmlNode* value = a->children;
    const std::string_view text =
        value != nullptr && value->type == XML_TEXT_NODE && value->content != nullptr
            ? reinterpret_cast<const char*>(value->content)
            : "";
    if (name == "role" && text == "heading" && result.heading_level == 0) result.heading_level = 2;
    if (name == "aria-level" && text.size() == 1 && text[0] >= '1' && text[0] <= '6')
      result.heading_level = text[0] - '0';
    if (name == "class" && result.heading_level == 0)
      result.heading_level = styled_heading_level(text);
    if (name != "class" && name != "id" && name != "aria-label" && name != "role") continue;
    if (value != nullptr && value->type == XML_TEXT_NODE && value->content != nullptr &&
        names_boilerplate(reinterpret_cast<const char*>(value->content))) {
      result.boilerplate = true;
    }
  }
  return result;
}

// Visits the descendants of root in document order without recursion; visit(node) returns
// false to stop.
template <typename Visit>
void for_each_descendant(const xmlNode* root, Visit visit) {
  const xmlNode* n = root->children;
  while (n != nullptr) {
    if (!visit(n)) return;
    if (n->children != nullptr && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n->next == nullptr) {
      n = n->parent;
      if (n == root || n == nullptr) return;
    }
    n = n->next;
  }
}

// Stores in every element's _private slot (libxml2 leaves it to applications) how many
// non-space text bytes its subtree holds outside skipped elements: one pass, no recursion, so
// later questions about an element's size cost O(1) however deeply widgets nest.
inline void annotate_text_sizes(xmlNode* root) {
  auto size_of = [](const xmlNode* n) -> std::uintptr_t {
    if (n->type == XML_ELEMENT_NODE) return reinterpret_cast<std::uintptr_t>(n->_private);
    std::uintptr_t count = 0;
    if (n->type == XML_TEXT_NODE && n->content != nullptr) {
      for (const xmlChar* c = n->content; *c; ++c) count += detail::is_ascii_space(*c) ? 0 : 1;
    }
    return count;
  };
  xmlNode* n = root;
  for (;;) {
    if (n->type == XML_ELEMENT_NODE) {
      n->_private = nullptr;
      if (n->children != nullptr && classify(tag_name(n)) != ElementKind::skip) {
        n = n->children;
        continue;
      }
    }
    for (;;) {  // n and its subtree are done: credit its parent, then move on or climb
      if (n == root || n->parent == nullptr) return;
      const std::uintptr_t total = size_of(n->parent) + size_of(n);
      n->parent->_private = reinterpret_cast<void*>(total);
      if (n->next != nullptr) {
        n = n->next;
        break;
      }
      n = n->parent;
    }
  }
}

// A boilerplate class on an element holding a lot of text is more likely a theme class on a
// content wrapper than a widget: widgets (cookie notes, share bars) are short.
inline bool has_much_text(const xmlNode* element) {
  return reinterpret_cast<std::uintptr_t>(element->_private) > 3000;
}

// A table holding another table or a heading lays out a page; only other tables are data
// whose rows become table_row blocks. The scan stops at the first nested table, so the scans of
// all tables together visit each node about once.
inline bool is_data_table(const xmlNode* table) {
  bool layout = false;
  for_each_descendant(table, [&](const xmlNode* n) {
    if (n->type == XML_ELEMENT_NODE) {
      ElementKind kind = classify(tag_name(n));
      layout = kind == ElementKind::table || kind == ElementKind::heading;
    }
    return !layout;
  });
  return !layout;
}

// libxml2 stores node lines in 16 bits (65535 = "later"); with XML_PARSE_BIG_LINES text nodes
// keep the full line in psvi. A text node's line is where its first parsed segment ended: a
// segment stops at an entity or a raw '<', or after ~1000 bytes, so the newlines of that prefix
// lead back to where the text began. Entities like &eacute; end a segment unseen, which can only
// make this estimate low, never high.
inline int text_segment_start(const xmlNode* text) {
  long line = text->line;
  if (line == 65535 && text->psvi != nullptr) {
    line = static_cast<long>(reinterpret_cast<std::intptr_t>(text->psvi));
  }
  if (text->content == nullptr) return static_cast<int>(line);
  std::string_view content = reinterpret_cast<const char*>(text->content);
  content = content.substr(0, std::min<std::size_t>(content.find_first_of("&<"), 1000));
  return static_cast<int>(line - std::count(content.begin(), content.end(), '\n'));
}

// Line of the element's start tag (where its '>' is).
inline int element_line(const xmlNode* node) {
  const xmlNode* n = node;
  for (int hops = 0; n != nullptr && hops < 8; ++hops) {
    if (n->line != 65535) return std::max<int>(1, n->line);
    const xmlNode* child = n->children;
    if (child != nullptr && child->type == XML_TEXT_NODE) return text_segment_start(child);
    n = child;
  }
  return static_cast<int>(std::max(1L, xmlGetLineNo(node)));
}

// Line of the first non-blank character of a text node, never below `floor` (a line already
// seen earlier in the document).
inline int text_start_line(const xmlNode* text, int floor) {
  int line = text_segment_start(text);
  if (text->content != nullptr) {
    for (const xmlChar* c = text->content; *c && detail::is_ascii_space(*c); ++c) {
      line += *c == '\n' ? 1 : 0;
    }
  }
  return std::max(line, floor);
}

}  // namespace careerkb::parse::html
