// HTML reader: libxml2's forgiving HTML parser builds the DOM, and one iterative walk turns
// headings, paragraphs, list items and table rows into Blocks while skipping site boilerplate
// (scripts, navigation, cookie and newsletter widgets). The walk keeps its own stack, so no
// nesting depth can overflow the C++ stack.
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/document.hpp"
#include "parse/html_dom.hpp"
#include "parse/inline_text.hpp"

namespace careerkb::parse {
namespace {

using detail::collapse_whitespace;
using html::ElementKind;

using DocPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

DocPtr parse(std::string_view utf8) {
  DocPtr doc(nullptr, xmlFreeDoc);
  // libxml2 takes an int length; a web page never comes near 2 GiB, so longer input is cut.
  const int size = static_cast<int>(std::min<std::size_t>(utf8.size(), INT_MAX));
  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8.data(), size);
  if (ctxt == nullptr) return doc;
  // IGNORE_ENC: the text is already UTF-8, so a <meta charset=...> must not re-decode it.
  // NOBLANKS is left out: it drops the spaces between inline elements ("<b>a</b> <i>b</i>").
  // HUGE lifts the 256-level depth limit at which libxml2 stops parsing and loses the rest of
  // the page (a template that never closes its <div> gets there fast); libxml2's parser and
  // xmlFreeDoc are iterative, and so is the walk below, so depth only costs memory.
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
  // htmlCtxtUseOptions ignores XML_PARSE_BIG_LINES, which lets text nodes past line 65535 keep
  // their line; linenumbers is what makes libxml2 record lines at all.
  ctxt->options |= XML_PARSE_BIG_LINES;
  ctxt->linenumbers = 1;
  if (xmlCharEncodingHandlerPtr utf8_handler = xmlFindCharEncodingHandler("UTF-8")) {
    xmlSwitchToEncoding(ctxt, utf8_handler);
  }
  htmlParseDocument(ctxt);
  doc.reset(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  htmlFreeParserCtxt(ctxt);
  return doc;
}

class Walker {
 public:
  Document run(xmlNode* root) {
    std::vector<Frame> stack;
    Frame top(root);
    if (enter(top)) stack.push_back(top);
    while (!stack.empty()) {
      xmlNode* child = stack.back().next;
      if (child == nullptr) {
        Frame done = stack.back();
        stack.pop_back();
        leave(done);
        continue;
      }
      stack.back().next = child->next;
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        text(child);
      } else if (child->type == XML_ELEMENT_NODE) {
        Frame frame(child);
        if (enter(frame)) stack.push_back(frame);
      }
    }
    flush();
    return std::move(doc_);
  }

 private:
  struct Context {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;
    int indent = 0;
  };

  // One open element, with what entering it changed so that leaving it can undo exactly that.
  struct Frame {
    explicit Frame(xmlNode* n) : node(n), next(n->children) {}
    xmlNode* node;
    xmlNode* next;  // next child to visit
    ElementKind kind = ElementKind::inline_;
    bool in_cell = false, boundary = false, context = false, list = false, table = false,
         thead = false, row = false, cell = false, suppressed = false, rescued = false,
         sectioning = false;
  };

  // Returns false when the element and everything inside it is skipped.
  bool enter(Frame& f) {
    const std::string_view tag = html::tag_name(f.node);
    const int line = html::element_line(f.node);
    cursor_ = std::max(cursor_, line);
    f.kind = html::classify(tag);
    const html::Attributes attributes = html::scan_attributes(f.node);
    if (f.kind == ElementKind::skip || attributes.hidden) return false;
    if (tag == "article" || tag == "section" || tag == "main") {
      f.sectioning = true;
      ++sectioning_;
    }
    // A <header> inside an article or section heads that part ("What the work involves");
    // only the page's own header is its banner.
    if ((f.kind == ElementKind::header && sectioning_ == 0) ||
        (attributes.boilerplate && !html::exempt_from_attribute_check(tag) &&
         !html::has_much_text(f.node))) {
      f.suppressed = true;
      ++suppressed_;
    }
    // A page's title often sits in a "hero banner" or site header: keep its h1.
    if (suppressed_ > 0 && tag == "h1") {
      f.rescued = true;
      ++rescued_;
    }
    f.in_cell = cell_open_;
    if (f.in_cell) {  // inside a data cell everything is inline; blocks only separate words
      if (f.kind != ElementKind::inline_) cell_text_ += ' ';
      return true;
    }
    const bool data_table = !tables_.empty() && tables_.back();
    // <div class="text-2xl font-bold">What they do</div>: a heading drawn by styling. Only a
    // short element holding no blocks of its own; inside a heading or an item it is emphasis.
    if ((f.kind == ElementKind::block || f.kind == ElementKind::inline_) &&
        attributes.heading_level > 0 && contexts_.back().kind == BlockKind::paragraph &&
        reinterpret_cast<std::uintptr_t>(f.node->_private) <= 120 && holds_no_blocks(f.node)) {
      open_context(f, {BlockKind::heading, attributes.heading_level, 0});
      return true;
    }
    switch (f.kind) {
      case ElementKind::heading:
        open_context(f, {BlockKind::heading, tag[1] - '0', 0});
        break;
      case ElementKind::list:
        open_context(f, {});
        f.list = true;
        ++list_depth_;
        break;
      case ElementKind::item:
        open_context(f, {BlockKind::list_item, 0, std::max(0, list_depth_ - 1)});
        break;
      case ElementKind::table:
        open_context(f, {});
        f.table = true;
        tables_.push_back(html::is_data_table(f.node));
        break;
      case ElementKind::thead:
        f.thead = data_table;
        thead_ += data_table ? 1 : 0;
        break;
      case ElementKind::row:
        if (!data_table) return block(f);
        flush();
        emit_row();  // a row left open by broken markup ends where the next one starts
        f.row = true;
        row_ = Block{};
        row_.kind = BlockKind::table_row;
        row_.line = line;
        row_open_ = true;
        row_all_th_ = true;
        break;
      case ElementKind::cell:
        if (!row_open_) return block(f);
        f.cell = true;
        cell_open_ = true;
        cell_text_.clear();
        row_all_th_ = row_all_th_ && tag == "th";
        break;
      case ElementKind::line_break:
        // A <br> between lines of a paragraph usually separates facts ("Pay: $X<br>Hours: Y"),
        // so it ends the paragraph; in headings and list items it is only a space.
        if (contexts_.back().kind == BlockKind::paragraph) {
          flush();
        } else if (open_) {
          text_ += ' ';
        }
        break;
      case ElementKind::header:
      case ElementKind::block:
        return block(f);
      case ElementKind::skip:
      case ElementKind::inline_:
        break;
    }
    return true;
  }

  static bool holds_no_blocks(const xmlNode* element) {
    bool none = true;
    html::for_each_descendant(element, [&](const xmlNode* n) {
      if (n->type == XML_ELEMENT_NODE &&
          html::classify(html::tag_name(n)) != ElementKind::inline_ &&
          html::classify(html::tag_name(n)) != ElementKind::line_break)
        none = false;
      return none;
    });
    return none;
  }

  bool block(Frame& f) {
    flush();
    f.boundary = true;
    return true;
  }

  void open_context(Frame& f, Context context) {
    block(f);
    f.context = true;
    contexts_.push_back(context);
  }

  void leave(const Frame& f) {
    if (f.suppressed) --suppressed_;
    if (f.sectioning) --sectioning_;
    if (f.rescued) --rescued_;
    if (f.in_cell) {
      if (f.kind != ElementKind::inline_) cell_text_ += ' ';
      return;
    }
    if (f.cell) {
      row_.cells.push_back(collapse_whitespace(cell_text_));
      cell_open_ = false;
    }
    if (f.row) emit_row();
    if (f.boundary) flush();
    if (f.context) contexts_.pop_back();
    if (f.list) --list_depth_;
    if (f.table) tables_.pop_back();
    if (f.thead) --thead_;
  }

  void text(const xmlNode* node) {
    if ((suppressed_ > 0 && rescued_ == 0) || node->content == nullptr) return;
    const std::string_view content = reinterpret_cast<const char*>(node->content);
    if (cell_open_) {
      cell_text_ += content;
      return;
    }
    if (row_open_) return;  // stray text between cells
    if (!open_) {
      if (collapse_whitespace(content).empty()) return;
      open_ = true;
      open_context_ = contexts_.back();
      // The line of the block's first words: "<div>\n  Median pay" is a fact on line 2. Start
      // tags seen so far set the floor, so the estimate never points before its element.
      open_line_ = html::text_start_line(node, cursor_);
      cursor_ = std::max(cursor_, open_line_);
    }
    text_ += content;
  }

  void flush() {
    if (!open_) return;
    open_ = false;
    Block block;
    block.kind = open_context_.kind;
    block.text = collapse_whitespace(text_);
    text_.clear();
    if (block.text.empty()) return;
    block.line = open_line_;
    block.level = open_context_.level;
    block.indent = open_context_.indent;
    block.marked = block.kind == BlockKind::list_item;
    doc_.blocks.push_back(std::move(block));
  }

  void emit_row() {
    if (!row_open_) return;
    row_open_ = false;
    bool any_text = false;
    for (const std::string& cell : row_.cells) {
      any_text = any_text || !cell.empty();
      if (&cell != &row_.cells.front()) row_.text += " | ";
      row_.text += cell;
    }
    row_.header_row = thead_ > 0 || row_all_th_;
    if (any_text) doc_.blocks.push_back(std::move(row_));
  }

  Document doc_;
  std::vector<Context> contexts_{Context{}};  // what kind of block loose text becomes
  bool open_ = false;                         // a block is collecting text
  Context open_context_;
  std::string text_;
  int open_line_ = 0;
  int cursor_ = 1;  // highest line seen so far: text lines are never estimated below it

  int list_depth_ = 0;
  std::vector<bool> tables_;  // per open <table>: true for a data table, false for layout
  int thead_ = 0;
  bool row_open_ = false, row_all_th_ = true, cell_open_ = false;
  Block row_;
  std::string cell_text_;

  int suppressed_ = 0;  // open boilerplate elements (their text is dropped)
  int rescued_ = 0;     // open <h1> elements inside boilerplate (their text is kept)
  int sectioning_ = 0;  // open <article>, <section> and <main> elements
};

}  // namespace

Document read_html(std::string_view utf8) {
  if (utf8.empty()) return {};
  DocPtr doc = parse(utf8);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return {};
  html::annotate_text_sizes(root);
  return Walker().run(root);
}

}  // namespace careerkb::parse
