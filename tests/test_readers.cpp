// Tests for the Markdown and HTML readers and for format detection: each block construct, the
// source line every block reports, boilerplate removal, and hostile input (deep nesting,
// unclosed tags, runaway brackets) that must neither crash nor stall a reader.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "parse/document.hpp"
#include "parse/guide.hpp"
#include "parse/text_util.hpp"

using namespace careerkb::parse;

namespace {

std::vector<std::string> texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

std::vector<int> lines(const Document& doc) {
  std::vector<int> out;
  for (const Block& b : doc.blocks) out.push_back(b.line);
  return out;
}

std::vector<BlockKind> kinds(const Document& doc) {
  std::vector<BlockKind> out;
  for (const Block& b : doc.blocks) out.push_back(b.kind);
  return out;
}

using V = std::vector<std::string>;
constexpr BlockKind H = BlockKind::heading, P = BlockKind::paragraph, LI = BlockKind::list_item,
                    TR = BlockKind::table_row;

}  // namespace

// ---- Markdown -------------------------------------------------------------------------------

TEST_CASE("markdown ATX headings keep their level and drop closing hashes") {
  Document d = read_markdown("# Welder #\n\n### Training ###\n###### Tiny\n#hashtag is text\n");
  CHECK(texts(d) == V{"Welder", "Training", "Tiny", "#hashtag is text"});
  CHECK(kinds(d) == std::vector<BlockKind>{H, H, H, P});
  CHECK(d.blocks[0].level == 1);
  CHECK(d.blocks[1].level == 3);
  CHECK(d.blocks[2].level == 6);
  CHECK(lines(d) == std::vector<int>{1, 3, 4, 5});
}

TEST_CASE("markdown heading text keeps a C# that is not a closing sequence") {
  Document d = read_markdown("## C# developer\n");
  REQUIRE(d.blocks.size() == 1);
  CHECK(d.blocks[0].text == "C# developer");
}

TEST_CASE("markdown Setext underlines make level 1 and level 2 headings") {
  Document d = read_markdown("Electrician\n===========\nWhat the job involves\n---\nBody.\n");
  CHECK(texts(d) == V{"Electrician", "What the job involves", "Body."});
  CHECK(kinds(d) == std::vector<BlockKind>{H, H, P});
  CHECK(d.blocks[0].level == 1);
  CHECK(d.blocks[1].level == 2);
  CHECK(lines(d) == std::vector<int>{1, 3, 5});
}

TEST_CASE("markdown --- after a blank line is a thematic break, not a heading") {
  Document d = read_markdown("Apprenticeships last four years.\n\n---\n\nPay rises each year.\n");
  CHECK(texts(d) == V{"Apprenticeships last four years.", "Pay rises each year."});
  CHECK(kinds(d) == std::vector<BlockKind>{P, P});
}

TEST_CASE("markdown paragraph lines are joined with one space") {
  Document d = read_markdown("Plumbers install   pipes\n  and fix leaks\nin homes.\n\nSecond.\n");
  CHECK(texts(d) == V{"Plumbers install pipes and fix leaks in homes.", "Second."});
  CHECK(lines(d) == std::vector<int>{1, 5});
}

TEST_CASE("markdown list markers: * - + bullets, • and ·, numbers with . and )") {
  Document d = read_markdown(
      "* Read blueprints\n- Cut pipe\n+ Test systems\n• Order parts\n·Train apprentices\n"
      "1. Apply\n2) Interview\n");
  CHECK(texts(d) == V{"Read blueprints", "Cut pipe", "Test systems", "Order parts",
                      "Train apprentices", "Apply", "Interview"});
  for (const Block& b : d.blocks) {
    CHECK(b.kind == LI);
    CHECK(b.marked);
    CHECK(b.indent == 0);
  }
  CHECK(lines(d) == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
}

TEST_CASE("markdown nested lists: indent is the nesting depth") {
  Document d = read_markdown(
      "- Duties\n  - Inspect wiring\n      1. Residential\n  - Replace fuses\n"
      "- Skills\n\tChecks\n    - Tabbed child\n");
  CHECK(texts(d) == V{"Duties", "Inspect wiring", "Residential", "Replace fuses", "Skills Checks",
                      "Tabbed child"});
  std::vector<int> indents;
  for (const Block& b : d.blocks) indents.push_back(b.indent);
  CHECK(indents == std::vector<int>{0, 1, 2, 1, 0, 1});
}

TEST_CASE("markdown a one-space shift is a sibling, as in CommonMark") {
  Document d = read_markdown("- first\n - second\n");
  REQUIRE(d.blocks.size() == 2);
  CHECK(d.blocks[1].indent == 0);
}

TEST_CASE("markdown lazy continuation lines join their list item") {
  Document d = read_markdown("* Work outdoors in\nall weather\n* Lift 50 lb\n\nAfter the list.\n");
  CHECK(texts(d) == V{"Work outdoors in all weather", "Lift 50 lb", "After the list."});
  CHECK(kinds(d) == std::vector<BlockKind>{LI, LI, P});
  CHECK(lines(d) == std::vector<int>{1, 3, 5});
}

TEST_CASE("markdown task-list checkboxes are not item text") {
  Document d = read_markdown("- [ ] Get licensed\n- [x] Finish school\n");
  CHECK(texts(d) == V{"Get licensed", "Finish school"});
}

TEST_CASE("markdown pipe table: header above the delimiter row, delimiter not emitted") {
  Document d = read_markdown(
      "Pay by level:\n| Level | Median pay | Growth |\n|:---|---:|:-:|\n"
      "| Entry | $41,000 | 4% |\n| Senior | **$88,000** | 6% |\n\nNext paragraph.\n");
  REQUIRE(d.blocks.size() == 5);
  CHECK(d.blocks[0].text == "Pay by level:");
  const Block& head = d.blocks[1];
  CHECK(head.kind == TR);
  CHECK(head.header_row);
  CHECK(head.cells == V{"Level", "Median pay", "Growth"});
  CHECK(head.text == "Level | Median pay | Growth");
  CHECK(head.line == 2);
  CHECK_FALSE(d.blocks[2].header_row);
  CHECK(d.blocks[2].line == 4);
  CHECK(d.blocks[3].cells == V{"Senior", "$88,000", "6%"});
  CHECK(d.blocks[3].line == 5);
  CHECK(d.blocks[4].kind == P);
}

TEST_CASE("markdown pipe table without outer pipes, with an escaped pipe in a cell") {
  Document d = read_markdown("Region | Wage\n--- | ---\nNorth \\| East | $30/h\nSouth | $28/h\n");
  REQUIRE(d.blocks.size() == 3);
  CHECK(d.blocks[0].header_row);
  CHECK(d.blocks[1].cells == V{"North | East", "$30/h"});
  CHECK(d.blocks[2].cells == V{"South", "$28/h"});
}

TEST_CASE("markdown a row above a delimiter of another width is not a table") {
  Document d = read_markdown("a | b\n---\n");
  REQUIRE(d.blocks.size() == 1);
  CHECK(d.blocks[0].kind == H);  // Setext, as CommonMark reads it
  CHECK(d.blocks[0].text == "a | b");
}

TEST_CASE("markdown block quotes are read as their content") {
  Document d = read_markdown("> Most roofers learn\n> on the job.\n>\n> > Nested tip.\n\nAfter.\n");
  CHECK(texts(d) == V{"Most roofers learn on the job.", "Nested tip.", "After."});
  CHECK(lines(d) == std::vector<int>{1, 4, 6});
}

TEST_CASE("markdown fenced text is read line by line as plain text, on its own lines") {
  Document d =
      read_markdown("Intro\n```sql\nSELECT *  FROM jobs\nWHERE pay > 50000;\n```\n~~~\n~~~\nEnd\n");
  CHECK(texts(d) == V{"Intro", "SELECT * FROM jobs", "WHERE pay > 50000;", "End"});
  CHECK(lines(d) == std::vector<int>{1, 3, 4, 8});
  // Aligned columns inside a fence (a score-bar chart) are table rows, as in a .txt guide.
  Document bars = read_markdown(
      "## Skills\n\n```\n\nDose calculation        ████████░░  88\n"
      "Attention to detail     █████████░  97\n```\n");
  REQUIRE(bars.blocks.size() == 3);
  CHECK(bars.blocks[1].kind == BlockKind::table_row);
  REQUIRE(bars.blocks[1].cells.size() >= 2);
  CHECK(bars.blocks[1].cells[0] == "Dose calculation");
  CHECK(bars.blocks[1].line == 5);
  CHECK(bars.blocks[2].line == 6);
}

TEST_CASE("markdown HTML comments are dropped, across lines too") {
  Document d = read_markdown(
      "Median <!-- source: survey --> pay\n<!-- start\nhidden line\n-->\nShown\n"
      "Stray <!-- never closed\nStill shown\n");
  CHECK(texts(d) == V{"Median pay", "Shown Stray Still shown"});
}

TEST_CASE("markdown inline markup is stripped to its text") {
  Document d = read_markdown(
      "**Bold** and __strong__, *em* and _em_, ***both***, ~~old~~, `code`, "
      "[BLS](https://www.bls.gov \"title\") ![chart](pay.png) <https://onetonline.org> "
      "<info@example.org> \\*not em\\* line<br>break <span>x</span>\n");
  REQUIRE(d.blocks.size() == 1);
  CHECK(d.blocks[0].text ==
        "Bold and strong, em and em, both, old, code, BLS https://onetonline.org "
        "info@example.org *not em* line break x");
}

TEST_CASE("markdown reference links, nested link text and entities") {
  Document d = read_markdown(
      "See [the *O*NET page][onet] and [a [nested] link](u) &amp; &#36;5 &mdash; ok.\n\n"
      "[onet]: https://www.onetonline.org\n");
  CHECK(texts(d) == V{"See the ONET page and a [nested] link & $5 — ok."});
}

TEST_CASE("markdown literal * and _ stay: snake_case, 5 * 3, ~50k, unmatched **") {
  Document d = read_markdown("file_name_here, 5 * 3 = 15, ~50k a year, **unclosed\n");
  REQUIRE(d.blocks.size() == 1);
  CHECK(d.blocks[0].text == "file_name_here, 5 * 3 = 15, ~50k a year, **unclosed");
}

TEST_CASE("markdown front matter is metadata, not text") {
  Document d = read_markdown("---\ntitle: Welder\ntags: trades\n---\n# Welder\n");
  CHECK(texts(d) == V{"Welder"});
  CHECK(d.blocks[0].line == 5);
}

TEST_CASE("markdown front matter's title is the page title when the page has no # heading") {
  Document d = read_markdown(
      "---\ntitle: \"9 Things to Know Before Becoming a Dietetic Technician\"\ndate: 2025\n---\n"
      "## 1. You're the dietitian's right hand\n");
  REQUIRE(d.blocks.size() == 2);
  CHECK(d.blocks[0].kind == BlockKind::heading);
  CHECK(d.blocks[0].level == 1);
  CHECK(d.blocks[0].line == 2);
  CHECK(d.blocks[0].text == "9 Things to Know Before Becoming a Dietetic Technician");
}

TEST_CASE("markdown CRLF line ends and a BOM do not leak into text") {
  Document d = read_markdown("\xEF\xBB\xBF# Chef\r\n\r\n- Cook\r\n");
  CHECK(texts(d) == V{"Chef", "Cook"});
  CHECK(d.blocks[0].level == 1);
}

TEST_CASE("markdown hostile inline input is read in linear time") {
  std::string hostile;
  for (int i = 0; i < 40000; ++i) hostile += "[`(*_<&";
  Document d = read_markdown(hostile);
  REQUIRE(d.blocks.size() == 1);
  CHECK(d.blocks[0].text.size() > 100000);
}

TEST_CASE("markdown empty input gives no blocks") {
  CHECK(read_markdown("").blocks.empty());
  CHECK(read_markdown("\n\n   \n").blocks.empty());
}

// ---- HTML -----------------------------------------------------------------------------------

TEST_CASE("html headings h1..h6 keep their level") {
  Document d = read_html("<h1>Pilot</h1><h3>Licences</h3><h6>Notes</h6>");
  CHECK(texts(d) == V{"Pilot", "Licences", "Notes"});
  CHECK(kinds(d) == std::vector<BlockKind>{H, H, H});
  CHECK(d.blocks[0].level == 1);
  CHECK(d.blocks[1].level == 3);
  CHECK(d.blocks[2].level == 6);
}

TEST_CASE("html inline elements join their paragraph, whitespace collapses, entities decode") {
  Document d = read_html(
      "<p>Pilots <strong>fly</strong>  <a href=x>aircraft</a>&nbsp;for <em>airlines</em>"
      "<sup>1</sup> &amp; cargo &ndash; <code>ATP</code></p><p>   </p>");
  CHECK(texts(d) == V{"Pilots fly aircraft for airlines1 & cargo – ATP"});
}

TEST_CASE("html list items: marked, indent follows ul/ol nesting") {
  Document d = read_html(
      "<ul><li>Plan flights<ol><li>Check weather</li><li>File plan</li></ol></li>"
      "<li><p>Fly</p></li></ul>");
  CHECK(texts(d) == V{"Plan flights", "Check weather", "File plan", "Fly"});
  std::vector<int> indents;
  for (const Block& b : d.blocks) {
    CHECK(b.kind == LI);
    CHECK(b.marked);
    indents.push_back(b.indent);
  }
  CHECK(indents == std::vector<int>{0, 1, 1, 0});
}

TEST_CASE("html table rows: cells from td/th, header from th or thead") {
  Document d = read_html(
      "<table><thead><tr><td>Level</td><td>Pay</td></tr></thead>"
      "<tr><th>Title</th><th>Hours</th></tr>"
      "<tr><th>Captain</th><td><p>$180,000</p><p>or more</p></td></tr>"
      "<tr><td></td><td> </td></tr></table>");
  REQUIRE(d.blocks.size() == 3);
  CHECK(d.blocks[0].header_row);  // in thead
  CHECK(d.blocks[1].header_row);  // all th
  CHECK_FALSE(d.blocks[2].header_row);
  CHECK(d.blocks[2].cells == V{"Captain", "$180,000 or more"});
  CHECK(d.blocks[2].text == "Captain | $180,000 or more");
  CHECK(d.blocks[0].kind == TR);
}

TEST_CASE("html layout tables (holding headings or tables) are read as blocks") {
  Document d = read_html(
      "<table><tr><td><h2>Salary</h2><table><tr><td>Entry</td><td>$50k</td></tr></table>"
      "</td></tr></table>");
  CHECK(kinds(d) == std::vector<BlockKind>{H, TR});
  CHECK(d.blocks[1].cells == V{"Entry", "$50k"});
}

TEST_CASE("html boilerplate elements are dropped") {
  Document d = read_html(
      "<html><head><title>T</title><style>p{color:red}</style></head><body>"
      "<nav>Home Careers</nav><script>var p = '<p>x</p>';</script><noscript>Enable JS</noscript>"
      "<aside class='newsletter-signup'>Related</aside><form>Email <button>Go</button></form>"
      "<div class='cookie-consent'>We use cookies</div><div id='newsletter'>Join</div>"
      "<section aria-label='Share this page'>Share</section><div class='AdBanner'>Buy</div>"
      "<ul class='breadcrumb'><li>Home</li></ul><div role='navigation'>Menu</div>"
      "<p hidden>Secret</p><div class='promo-box'>Sale</div>"
      "<p>Pilots need a licence.</p><footer>Copyright</footer></body></html>");
  CHECK(texts(d) == V{"Pilots need a licence."});
}

TEST_CASE("html keeps a key-facts aside: sidebars hold the median pay on many career pages") {
  Document d = read_html(
      "<article><h1>Cardiac Sonographer</h1></article>"
      "<aside class='sidebar'><p>Median annual wage</p><p>$67,260</p></aside>"
      "<aside class='advertisement'>Enroll now</aside>");
  CHECK(texts(d) == V{"Cardiac Sonographer", "Median annual wage", "$67,260"});
}

TEST_CASE("html keeps the page h1 inside a site header or banner, drops the rest") {
  Document d = read_html(
      "<header><a href='/'>Logo</a><h1>Air Traffic Controller</h1><p>Menu</p></header>"
      "<div class='hero-banner'><h1>Career guide</h1><span>Sponsored</span></div><p>Body</p>");
  CHECK(texts(d) == V{"Air Traffic Controller", "Career guide", "Body"});
}

TEST_CASE("html a header inside a section heads that section, the page's header is dropped") {
  Document d = read_html(
      "<body><header><p>Site menu</p></header><main><section><header><h2>What the work "
      "involves</h2></header><p>Analysts answer questions.</p></section>"
      "<article><header><h2>Skills</h2></header><p>SQL</p></article></main></body>");
  CHECK(texts(d) == V{"What the work involves", "Analysts answer questions.", "Skills", "SQL"});
  CHECK(kinds(d)[0] == BlockKind::heading);
}

TEST_CASE("html boilerplate-like names on page wrappers and headings do not drop content") {
  std::string long_text(4000, 'x');
  Document d = read_html(
      "<body class='has-cookie-banner'><h2 id='social-media-manager-pay'>Pay</h2>"
      "<div class='promotion-path'>Promotion to lead</div>"
      "<div class='wrapper share-enabled'><p>" +
      long_text + "</p></div></body>");
  CHECK(texts(d) == V{"Pay", "Promotion to lead", long_text});
}

TEST_CASE("html block lines are the source lines of their text") {
  Document d = read_html(
      "<!DOCTYPE html>\n<html>\n<body>\n<h1>Dental\nHygienist</h1>\n<div>\n  Loose text\n"
      "  <p>\n    Cleans teeth\n  </p>\n  tail &amp; more\n</div>\n<ul>\n  <li>X-rays</li>\n"
      "  <li>\n    Charting\n  </li>\n</ul>\n<table>\n<tr>\n<td>Pay</td>\n</tr>\n</table>\n"
      "</body>\n</html>\n");
  CHECK(texts(d) == V{"Dental Hygienist", "Loose text", "Cleans teeth", "tail & more", "X-rays",
                      "Charting", "Pay"});
  CHECK(lines(d) == std::vector<int>{4, 7, 9, 11, 14, 16, 20});
}

TEST_CASE("html line numbers stay right past line 65535") {
  std::string page = "<html><body>\n";
  for (int i = 0; i < 70000; ++i) page += "<p>filler</p>\n";
  page += "<p>Median pay</p>\n<div>\n\n  <b>Growth</b> 5%</div>\n";
  Document d = read_html(page);
  REQUIRE(d.blocks.size() == 70002);
  CHECK(d.blocks[1].line == 3);
  CHECK(d.blocks[70000].text == "Median pay");
  CHECK(d.blocks[70000].line == 70002);
  CHECK(d.blocks[70001].text == "Growth 5%");
  CHECK(d.blocks[70001].line == 70005);
}

TEST_CASE("html text directly in a div around block children becomes separate paragraphs") {
  Document d = read_html("<div>Before <b>bold</b><p>Inside</p>After<div>Deeper</div>Last</div>");
  CHECK(texts(d) == V{"Before bold", "Inside", "After", "Deeper", "Last"});
  CHECK(kinds(d) == std::vector<BlockKind>{P, P, P, P, P});
}

TEST_CASE("html dt, dd and blockquote are paragraphs") {
  Document d = read_html("<dl><dt>Hours</dt><dd>Shifts</dd></dl><blockquote>Quote</blockquote>");
  CHECK(texts(d) == V{"Hours", "Shifts", "Quote"});
  CHECK(kinds(d) == std::vector<BlockKind>{P, P, P});
}

TEST_CASE("html <br> splits a paragraph but is a space in headings, items and cells") {
  Document d = read_html(
      "<p>Median pay: $60k<br>Growth: 3%</p><h2>Work<br>schedule</h2><ul><li>Nights<br/>"
      "weekends</li></ul><table><tr><td>a<br>b</td></tr></table>");
  CHECK(texts(d) == V{"Median pay: $60k", "Growth: 3%", "Work schedule", "Nights weekends", "a b"});
}

TEST_CASE("html 100,000 nested divs neither crash nor lose the text after them") {
  std::string page = "<p>Start</p>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "Deep fact";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  page += "<p>End</p>";
  Document d = read_html(page);
  CHECK(texts(d) == V{"Start", "Deep fact", "End"});
}

TEST_CASE("html 100,000 unclosed nested list items do not crash") {
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<ul><li>x";
  Document d = read_html(page);
  REQUIRE(d.blocks.size() == 100000);
  CHECK(d.blocks.back().indent == 99999);
}

TEST_CASE("html malformed markup (unclosed tags) still yields its text") {
  Document d = read_html(
      "<html><body><h2>Salary\n<p>Median <b>pay is $50,000\n<ul><li>Entry<li>Senior\n"
      "<table><tr><td>a<td>b<tr><td>c</table><p>End <i>of page");
  CHECK(texts(d) ==
        V{"Salary", "Median pay is $50,000", "Entry", "Senior", "a | b", "c", "End of page"});
  CHECK(lines(d) == std::vector<int>{1, 2, 3, 3, 4, 4, 4});
}

TEST_CASE("html meta charset does not re-decode text that is already UTF-8") {
  Document d = read_html("<meta charset='iso-8859-1'><p>Caf\xC3\xA9 — résumé</p>");
  CHECK(texts(d) == V{"Café — résumé"});
}

TEST_CASE("html empty or tag-only input gives no blocks") {
  CHECK(read_html("").blocks.empty());
  CHECK(read_html("<html><body><div> </div></body></html>").blocks.empty());
  CHECK(read_html("<<<>>>").blocks.size() <= 1);
}

// ---- format detection and dispatch ---------------------------------------------------------

TEST_CASE("detect_format follows the extension, case-insensitively") {
  CHECK(detect_format("guides/nurse.md", "# Nurse") == Format::markdown);
  CHECK(detect_format("NURSE.MARKDOWN", "# Nurse") == Format::markdown);
  CHECK(detect_format("nurse.html", "<p>x</p>") == Format::html);
  CHECK(detect_format("dir.v2\\nurse.HTM", "<p>x</p>") == Format::html);
  CHECK(detect_format("nurse.txt", "Nurse") == Format::text);
  CHECK(detect_format("nurse", "Nurse") == Format::text);
  CHECK(detect_format("nurse.csv", "a,b") == Format::text);
}

TEST_CASE("detect_format reads an .html file without tags as text") {
  CHECK(detect_format("a.html", "Median pay is $50k. 3 < 4 and 5<6.") == Format::text);
  CHECK(detect_format("a.html", "\n\n  <!DOCTYPE html><p>x") == Format::html);
  CHECK(detect_format("a.html", "text " + std::string(5000, 'x') + "<p>late</p>") == Format::text);
}

TEST_CASE("detect_format reads a saved web page as html whatever its extension") {
  CHECK(detect_format("a.txt", "\xEF\xBB\xBF  \n<!doctype HTML><html>") == Format::html);
  CHECK(detect_format("a.txt", "<html lang=en><body>x") == Format::html);
  CHECK(detect_format("a.md", "<HTML>") == Format::html);
  CHECK(detect_format("a.txt", "<htmlish> is not a tag we know") == Format::text);
  CHECK(detect_format("a.txt", "Intro <html> later") == Format::text);
}

TEST_CASE("format_name names each format") {
  CHECK(std::string(format_name(Format::text)) == "text");
  CHECK(std::string(format_name(Format::markdown)) == "markdown");
  CHECK(std::string(format_name(Format::html)) == "html");
}

TEST_CASE("read_document dispatches to the reader of the format") {
  CHECK(texts(read_document("# Baker", Format::markdown)) == V{"Baker"});
  CHECK(texts(read_document("<h2>Baker</h2>", Format::html)) == V{"Baker"});
  CHECK(read_document("<h2>Baker</h2>", Format::html).blocks[0].level == 2);
}

TEST_CASE("html 100,000 nested boilerplate wrappers are read in linear time") {
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<div class='share'>";
  page += std::string(4000, 'y');
  Document d = read_html(page + "<p>After</p>");
  CHECK(texts(d) == V{std::string(4000, 'y'), "After"});
}

TEST_CASE("random markup soup never crashes either reader (fixed seed)") {
  const std::string pieces[] = {"<",   ">", "</", "<p>", "<li>", "<td>", "<table>", "|",  "---",
                                "\n",  " ", "#",  "*",   "_",    "`",    "```",     "[",  "]",
                                "(",   ")", "!",  "&",   ";",    "\\",   "> ",      "1.", "<!--",
                                "-->", "é", "\t", "=",   "~~",   "<br>", "<h2>",    "x",  "\xC2"};
  unsigned state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return state >> 16;
  };
  for (int doc = 0; doc < 300; ++doc) {
    std::string soup;
    const unsigned length = next() % 200;
    for (unsigned i = 0; i < length; ++i) soup += pieces[next() % std::size(pieces)];
    const int last_line = 1 + static_cast<int>(std::count(soup.begin(), soup.end(), '\n'));
    for (const Document& d : {read_markdown(soup), read_html(soup)}) {
      for (const Block& b : d.blocks) {
        CHECK(b.line >= 1);
        CHECK(b.line <= last_line);
        CHECK_FALSE(b.text.empty());
      }
    }
  }
}

TEST_CASE("a timed transcript's lines of speech join into paragraphs, chapter marks are items") {
  std::string text = "CHAPTERS\n0:00 Intro\n15:20 Pay and schedule\n\nTranscript\n";
  for (int i = 0; i < 10; ++i)
    text += "0:" + std::to_string(10 + i) + " and then I go on talking\n";
  text +=
      "15:26 The median for hospitalists this year was\n15:31 $352,000. Most offers land "
      "between $290,000 and $420,000.\n";
  Document doc = read_plain_text(text);
  REQUIRE(doc.blocks.size() == 5);
  CHECK(doc.blocks[1].kind == BlockKind::list_item);  // 0:00 Intro
  CHECK(doc.blocks[2].kind == BlockKind::list_item);
  CHECK(doc.blocks[4].kind == BlockKind::paragraph);
  CHECK(doc.blocks[4].line == 6);
  CHECK(
      doc.blocks[4].text.ends_with("The median for hospitalists this year was $352,000. Most "
                                   "offers land between $290,000 and $420,000."));
  Guide g = parse_guide(doc, "hospitalist.txt");
  REQUIRE(g.median_salary());
  CHECK(*g.median_salary() == doctest::Approx(352000));
  REQUIRE(g.salary_min());
  CHECK(*g.salary_min() == doctest::Approx(290000));
}

TEST_CASE("a box drawn in text loses its frame, and a wrapped prose line is no heading") {
  Document doc = read_plain_text(
      "THE JOB\n\n  ..........................\n  :  DID YOU KNOW?         :\n"
      "  :  Soil holds bacteria.  :\n  ..........................\n\n"
      "OUTLOOK\nEmployment of microbiologists is projected to grow 5 percent from\n"
      "2024 to 2034.\n");
  std::vector<std::string> texts;
  for (const Block& b : doc.blocks) texts.push_back(b.text);
  CHECK(texts == std::vector<std::string>{"THE JOB", "DID YOU KNOW?", "Soil holds bacteria.",
                                          "OUTLOOK",
                                          "Employment of microbiologists is projected to grow 5 "
                                          "percent from 2024 to 2034."});
  CHECK_FALSE(
      looks_like_heading("Employment of microbiologists is projected to grow 5 percent from"));
}

TEST_CASE("plain text: an indented outline export reads as nested headings over items") {
  const Document doc = read_plain_text(
      "Outline export\n"
      "\n"
      "Pipefitter\n"
      "    Daily work\n"
      "        read blueprints and isometric drawings\n"
      "        cut, thread and bevel pipe\n"
      "    Pay\n"
      "        median: $66,120 a year\n"
      "        top 10%: $108,450\n"
      "    Cards\n"
      "        OSHA 10 card\n"
      "        OSHA 30 card\n"
      "    Ladder\n"
      "        Apprentice: years 0-5\n"
      "        Foreman: 8+ years\n"
      "    Getting in\n"
      "        high school diploma\n"
      "        pass the aptitude test\n");
  auto at_line = [&](int line) -> const Block& {
    return *std::find_if(doc.blocks.begin(), doc.blocks.end(),
                         [&](const Block& b) { return b.line == line; });
  };
  CHECK(at_line(3).kind == BlockKind::heading);
  CHECK(at_line(3).level == 1);
  CHECK(at_line(4).kind == BlockKind::heading);
  CHECK(at_line(4).level == 2);
  CHECK(at_line(4).text == "Daily work");
  CHECK(at_line(5).kind == BlockKind::list_item);
  CHECK(at_line(5).text == "read blueprints and isometric drawings");
  CHECK(at_line(6).kind == BlockKind::list_item);  // not joined to the line above
  CHECK(at_line(8).kind == BlockKind::list_item);
}

TEST_CASE("plain text: wrapped items with blank lines between them are no outline") {
  std::string text = "WHAT THEY DO\n\n";
  for (const char* item : {"Assess clients", "Develop plans", "Teach clients", "Recommend changes",
                           "Supervise aides", "Document care"}) {
    text += std::string("   - ") + item + " using the standard tools and forms of the\n" +
            "     department\n\n";
  }
  const Document doc = read_plain_text(text);
  int items = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::list_item) continue;
    ++items;
    CHECK(b.text.ends_with("department"));  // each wrapped line joined to its item
  }
  CHECK(items == 6);
  CHECK(std::none_of(doc.blocks.begin(), doc.blocks.end(),
                     [](const Block& b) { return b.kind == BlockKind::heading && b.level > 0; }));
}

TEST_CASE("plain text: org-mode headings, keywords and drawers") {
  const Document doc = read_plain_text(
      "#+TITLE: Welder notes\n#+AUTHOR: me\n* Welder\n:PROPERTIES:\n:CREATED: 2026-10-02\n:END:\n"
      "** TODO What they do   :work:\n- Read blueprints\n- Weld joints\n** Pay\n"
      "The median pay is $51,000 a year.\n");
  std::vector<std::pair<int, std::string>> headings;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::heading) headings.emplace_back(b.level, b.text);
    CHECK(b.text.find("PROPERTIES") == std::string::npos);
    CHECK(b.text.find("CREATED") == std::string::npos);
    CHECK(b.text.find("AUTHOR") == std::string::npos);
  }
  CHECK(headings == std::vector<std::pair<int, std::string>>{
                        {1, "Welder notes"}, {1, "Welder"}, {2, "What they do"}, {2, "Pay"}});
}

TEST_CASE("plain text: AsciiDoc headings, attributes and block delimiters") {
  const Document doc = read_plain_text(
      "= Welder Career Guide\n:toc:\n\n== What they do\n\n* Read blueprints\n* Weld joints\n\n"
      "[NOTE]\n====\nPay varies by state.\n====\n");
  REQUIRE(doc.blocks.size() >= 5);
  CHECK(doc.blocks[0].kind == BlockKind::heading);
  CHECK(doc.blocks[0].text == "Welder Career Guide");
  CHECK(doc.blocks[1].text == "What they do");
  CHECK(doc.blocks[1].level == 2);
  CHECK(doc.blocks[2].kind == BlockKind::list_item);  // '*' stays a bullet in AsciiDoc
  CHECK(doc.blocks.back().text == "Pay varies by state.");
  CHECK(doc.blocks.back().kind == BlockKind::paragraph);
}

TEST_CASE("plain text: a single '* item' list is no org-mode document") {
  const Document doc = read_plain_text("Welder\n\n* Read blueprints\n* Weld joints\n* Inspect\n");
  CHECK(doc.blocks[1].kind == BlockKind::list_item);
  CHECK(doc.blocks[1].text == "Read blueprints");
}

TEST_CASE("html: headings drawn by styling or marked by role are headings") {
  const Document doc = read_html(
      "<html><body><div class=\"md:text-3xl font-bold\">Welder</div>"
      "<div class=\"card\"><span class=\"card-title\">What they do</span>"
      "<ul><li>Read blueprints</li></ul></div>"
      "<div role=\"heading\" aria-level=\"3\">Skills</div><p>Patience</p>"
      "<div class=\"text-xl\">A large lead paragraph, not a heading.</div>"
      "<div class=\"font-bold text-2xl\"><p>A block inside</p></div>"
      "<div class=\"text-sm font-bold\">Small print</div>"
      "<div class=\"section-heading\">Pay</div></body></html>");
  std::vector<std::pair<int, std::string>> headings;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::heading) headings.emplace_back(b.level, b.text);
  }
  CHECK(headings == std::vector<std::pair<int, std::string>>{
                        {1, "Welder"}, {2, "What they do"}, {3, "Skills"}, {2, "Pay"}});
}
