// `careerkb search QUERY`: keyword search over duties, skills, tools, certifications, sections
// and FAQs, filtered by education and salary. Glue only: options -> search::search -> a printer.
// Exit 0 with hits, 1 without, 2 on error (main.cpp prints the message).
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "db/database.hpp"
#include "report/printers.hpp"
#include "search/query.hpp"
#include "search/search.hpp"

namespace careerkb::cli {
namespace {

struct SearchOptions {
  std::vector<std::string> words;  // joined by spaces, so `search draw blood` needs no quotes
  std::string db;
  std::string min_education, max_education, min_salary, max_salary, in;
  int limit = 20;
  std::string format = "table";
  bool explain = false;
};

// Every filter is checked before the database is opened, so a typo is reported as such even
// when the database is missing.
search::Filters to_filters(const SearchOptions& o) {
  search::Filters f;
  if (!o.min_education.empty()) f.min_education = search::parse_education_level(o.min_education);
  if (!o.max_education.empty()) f.max_education = search::parse_education_level(o.max_education);
  if (!o.min_salary.empty()) f.min_salary = search::parse_salary_amount(o.min_salary);
  if (!o.max_salary.empty()) f.max_salary = search::parse_salary_amount(o.max_salary);
  if (!o.in.empty()) f.kinds = search::parse_kinds(o.in);
  f.limit = o.limit;
  return f;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

Runner setup_search(CLI::App& app) {
  auto o = std::make_shared<SearchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "search", "Search duties, skills, tools, certifications, sections and FAQs");
  cmd->footer(std::string(search::query_syntax_help()) +
              "A query starting with '-' goes after --, options before it: search --limit 5 -- "
              "-nurse blood\n"
              "Exit status: 0 with results, 1 with none, 2 on error.");
  cmd->add_option("query", o->words, "Words to search for (see the query syntax below)")
      ->required();
  cmd->add_option("--db", o->db, "Database file (default: $CAREERKB_DB, else db/careers.db)");
  cmd->add_option("--min-education", o->min_education,
                  "Careers whose typical education is at least LEVEL (none, high_school, "
                  "postsecondary_nondegree, some_college, associate, bachelor, master, doctoral)");
  cmd->add_option("--max-education", o->max_education,
                  "Careers whose typical education is at most LEVEL");
  cmd->add_option("--min-salary", o->min_salary,
                  "Careers whose median pay is at least N annual USD (45000, 45k, $45,000)");
  cmd->add_option("--max-salary", o->max_salary, "Careers whose median pay is at most N");
  cmd->add_option("--in", o->in,
                  "Search only these kinds: duties,skills,tools,certifications,sections,faqs");
  cmd->add_option("--limit", o->limit, "Show at most N results (default 20)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--format", o->format, "Output format: table (default), json, csv, ndjson")
      ->check(CLI::IsMember({"table", "json", "csv", "ndjson"}));
  cmd->add_flag("--explain", o->explain, "Print the rewritten query on stderr");

  return [o]() -> int {
    search::Filters filters = to_filters(*o);
    report::Format format = report::parse_format(o->format);
    db::Database database(resolve_db_path(o->db), db::OpenMode::read_only);
    search::SearchResult result = search::search(database.sql(), join(o->words), filters);
    for (const std::string& note : result.notes) std::cerr << "careerkb: note: " << note << "\n";
    if (o->explain) std::cerr << "careerkb: match expression: " << result.fts_query << "\n";
    report::print_hits(std::cout, result.hits, format, report::stdout_supports_color());
    return result.hits.empty() ? 1 : 0;
  };
}

}  // namespace careerkb::cli
