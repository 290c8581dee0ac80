// The text `careerkb search --help` shows about the query box: the syntax (query.cpp) and the
// words read as filters (intent.cpp). Kept beside the code it describes, and checked by
// tests/cli/search_help.sh so a feature cannot ship without its line here.
#include "search/query.hpp"

namespace careerkb::search {

const char* query_syntax_help() {
  return "Search syntax:\n"
         "  nurse blood        every word must match (draw also finds draws, drawing);\n"
         "                     when no fact holds them all, facts holding some follow\n"
         "  \"draw blood\"       the exact phrase\n"
         "  ekg OR ecg         either term; ekg | ecg is the same\n"
         "  -nurse, NOT nurse  leave out results with the word; -\"a phrase\" works too\n"
         "  veni*              words starting with veni (2 letters or more before the *)\n"
         "  duties:blood       search one part only: duties, skills, tools,\n"
         "                     certifications, sections, faqs\n"
         "Other punctuation separates words: x-ray searches the phrase \"x ray\".\n"
         "Up to 64 terms are used; common words (a, the, with, job, work...) are not\n"
         "required. Words also find their synonyms (ekg finds electrocardiogram).\n"
         "Results holding the words close together rank higher, and a career named in\n"
         "the query (phlebotomist, emt) comes first: its facts match the other words\n"
         "without repeating its name.\n"
         "\n"
         "Words read as filters (cut from the search; an option given on the command\n"
         "line wins; quoted words are never read as filters; --exact turns this off):\n"
         "  --min-salary X                 over 50k, more than $60,000, at least $20/hour\n"
         "  --max-salary X                 under 40k, less than $20 an hour, up to 45k\n"
         "  both salary bounds             between 40k and 60k\n"
         "  --max-education some_college   without a (college) degree, no degree\n"
         "  --max-education associate      without a four-year degree or bachelor's\n"
         "  --max-education associate      with a two-year degree, associate's degree\n"
         "  --max-education bachelor       with a four-year degree, bachelor's\n"
         "  --max-education high_school    with a high school diploma, GED\n"
         "  --min-education bachelor       requiring (needs, at least) a bachelor's\n"
         "  --min-growth 5                 growing quickly, fast growing, in demand\n"
         "  --min-growth 10                growth over 10%\n"
         "  salary sections first          pay, salary, wages (with other words)\n"
         "  duties first                   duties, tasks, responsibilities (likewise)\n"
         "An amount under $500 without k or a period is hourly pay. Once a phrase is\n"
         "read as a filter, filler words (jobs, careers, that, with, a...) are dropped.\n"
         "\n"
         "Without words (or with filter words only, \"jobs without a degree\"), search\n"
         "lists the careers passing the filters, as --by career does: fastest growing\n"
         "first when a growth filter is set, else best paid first.\n";
}

}  // namespace careerkb::search
