// `careerkb import PATH...`: options in, one db::import_paths call, a summary out.
// Exit 0 when every file was imported (or was unchanged), 2 when any file was skipped or the
// run failed; with --strict a failure leaves the database exactly as it was.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "db/import.hpp"
#include "ingest/file_producer.hpp"
#include "report/import_summary.hpp"

namespace careerkb::cli {
namespace {

struct ImportCliOptions {
  std::vector<std::string> paths;
  std::string db;
  std::string max_file_size = "64M";
  bool strict = false;
  bool quiet = false;
  bool verbose = false;
  std::string warnings = "summary";
  std::string format = "text";
};

std::string plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

int run_import(const ImportCliOptions& o) {
  db::ImportOptions options;
  options.strict = o.strict;
  options.max_file_bytes = ingest::parse_byte_size(o.max_file_size);
  const std::string path = resolve_db_path(o.db);

  db::Database database(path, db::OpenMode::read_write);
  db::ImportReport r;
  try {
    r = db::import_paths(database, o.paths, options, o.verbose ? &std::cerr : nullptr);
  } catch (const db::ImportError& e) {
    std::cout.flush();
    std::cerr << "careerkb: " << e.what() << "\n"
              << "careerkb: import aborted, nothing was written to " << path << "\n";
    return 2;
  }

  for (const std::string& reason : r.skipped) std::cerr << "careerkb: " << reason << "\n";
  // After the commit: the data is in, so a warning and exit 0, never a failure to retry.
  for (const std::string& step : r.unfinished) std::cerr << "careerkb: warning: " << step << "\n";
  if (!o.quiet) {
    if (o.format == "json") {
      std::cout << report::import_report_json(r, path).dump(2) << "\n";
    } else {
      report::print_import_summary(
          std::cout, r, path,
          o.warnings == "all" ? report::WarningDetail::all : report::WarningDetail::first_files);
    }
  }
  if (!r.all_imported()) {
    std::cerr << "careerkb: "
              << plural(static_cast<std::int64_t>(r.skipped.size()), "file", "files")
              << " not imported\n";
    return 2;
  }
  return 0;
}

}  // namespace

Runner setup_import(CLI::App& app) {
  auto o = std::make_shared<ImportCliOptions>();
  CLI::App* sub = app.add_subcommand(
      "import", "Import career guides (.txt .md .markdown .html .htm) into the database");
  sub->add_option("PATH", o->paths, "guide files or folders (folders are searched recursively)")
      ->required();
  sub->add_option("--db", o->db, "database file (default: $CAREERKB_DB, else db/careers.db)");
  sub->add_flag("--strict", o->strict,
                "abort and write nothing if any file fails or any guide has a warning");
  sub->add_option("--max-file-size", o->max_file_size,
                  "refuse files larger than SIZE, e.g. 64M, 100k, 1G (default 64M)")
      ->check([](const std::string& text) -> std::string {
        try {
          ingest::parse_byte_size(text);
          return "";
        } catch (const std::invalid_argument& e) {
          return e.what();
        }
      });
  sub->add_option("--warnings", o->warnings,
                  "summary: warnings counted by kind with the first 10 files of each (default); "
                  "all: every file of every kind")
      ->check(CLI::IsMember({"summary", "all"}));
  sub->add_option("--format", o->format,
                  "text: a summary for people (default); json: the whole report, every warning "
                  "with its file and line, for programs")
      ->check(CLI::IsMember({"text", "json"}));
  sub->add_flag("-q,--quiet", o->quiet, "print only errors, no summary");
  sub->add_flag("-v,--verbose", o->verbose, "print one line per file on stderr");
  sub->footer(
      "Exit status: 0 when every file was imported or was unchanged; 2 when any file was "
      "skipped (unreadable, empty, binary, too large, unsupported type) or the import failed. "
      "The import is one transaction: with --strict a failure leaves the database unchanged; a "
      "full disk before the commit writes nothing and says so. A step after the commit that "
      "fails (index merge, checkpoint) is a warning with exit 0: the guides are in, and the next "
      "import finishes the step.");
  return [o] { return run_import(*o); };
}

}  // namespace careerkb::cli
