// libFuzzer target: arbitrary bytes through the whole text-to-Guide path (decode, read as text,
// Markdown and HTML, parse_guide, dump). Any crash, sanitizer report or hang is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/document.hpp"
#include "parse/dump.hpp"
#include "parse/guide.hpp"
#include "text/decode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerkb;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  text::DecodedText decoded = text::decode_bytes(bytes);
  for (parse::Format format : {parse::Format::text, parse::Format::markdown, parse::Format::html}) {
    parse::Document doc = parse::read_document(decoded.utf8, format);
    parse::Guide guide = parse::parse_guide(doc, "fuzz.txt");
    std::string dump = parse::dump_guide(guide);
    (void)dump;
  }
  return 0;
}
