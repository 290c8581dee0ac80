// `careerkb dump FILE...`: parse guides without touching a database and print every fact with
// its source line, to see what the importer reads from a new layout.
#include <iostream>

#include "cli/commands.hpp"
#include "ingest/load_guide.hpp"
#include "parse/dump.hpp"

namespace careerkb::cli {

Runner setup_dump(CLI::App& app) {
  auto* sub = app.add_subcommand("dump", "Parse guide files and print what was read, fact by fact");
  auto files = std::make_shared<std::vector<std::string>>();
  sub->add_option("FILE", *files, "Guide files (.txt, .md, .html)")->required();
  auto explain = std::make_shared<bool>(false);
  sub->add_flag("--explain", *explain,
                "Also print every block with the role it was given (duty, skill, certification, "
                "tier, step...) and the cues that decided it");
  return [files, explain] {
    int code = 0;
    for (const std::string& path : *files) {
      try {
        ingest::SourceFile source{path, path};
        std::vector<parse::BlockExplanation> blocks;
        ingest::LoadedGuide loaded = ingest::parse_source(ingest::read_source(source, 256ull << 20),
                                                          *explain ? &blocks : nullptr);
        std::cout << "# " << path << " (" << loaded.format << ", " << loaded.encoding << ")\n"
                  << parse::dump_guide(loaded.guide);
        if (*explain) std::cout << parse::dump_explanation(blocks);
      } catch (const std::exception& e) {
        std::cerr << "careerkb: " << e.what() << "\n";
        code = 2;
      }
    }
    return code;
  };
}

}  // namespace careerkb::cli
