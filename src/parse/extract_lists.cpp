// Item facts: duties, technical and soft skills, tools, pros and cons, FAQs, related careers.
// Items come from lists under a section of that kind; where a site writes no list, from
// "Title Sentence" item paragraphs (duties) or skill phrases in prose (soft skills).
#include <algorithm>

#include "parse/extract.hpp"
#include "parse/roles.hpp"
#include "parse/text_util.hpp"

namespace careerkb::parse {
namespace {

// A skill phrase in prose, widened to its noun phrase: "use good judgment to know" ->
// "good judgment", "excellent teamwork and communication skills are" -> "teamwork and
// communication skills".
std::string widen_phrase(std::string_view text, size_t at, std::string_view phrase) {
  size_t end = at + phrase.size();
  static constexpr std::string_view enders[] = {
      " are",  " is", " in", " to", " as", " for", " that",    " when",  " which",
      " with", ",",   ".",   ";",   ":",   " so",  " because", " and be"};
  size_t stop = text.size();
  for (std::string_view e : enders) {
    size_t found = text.find(e, end);
    if (found < stop) stop = found;
  }
  if (stop - end > 40) stop = end;
  return std::string(trim(text.substr(at, stop - at)));
}

void add_item(std::vector<TextItem>& items, std::string text, int line) {
  // The cap keeps a pathological file (a million bullets) linear; parse_guide warns about it.
  if (text.empty() || items.size() >= max_facts_per_list) return;
  if (holds_fill_in_blank(text)) return;
  for (const TextItem& item : items) {
    if (item.text == text) return;
  }
  items.push_back({std::move(text), line});
}

// "Perform Clerical Duties Health technicians perform ..." or "Clean Equipment: Health ...":
// a short title-case label followed by a sentence. Returns false for ordinary prose.
bool is_titled_item_paragraph(std::string_view text) {
  std::vector<std::string_view> words = split_words(text);
  if (words.size() < 5) return false;
  size_t colon = text.find(": ");
  if (colon != std::string_view::npos && colon < 60 && count_words(text.substr(0, colon)) <= 6) {
    // "Counselor's note: ...", "Tip: ...": a remark on the page, not a task's title.
    const std::vector<std::string_view> label = split_words(text.substr(0, colon));
    if (label.empty()) return false;
    for (std::string_view remark : {"note", "tip", "tips", "reminder", "warning", "hint"}) {
      if (equals_ci(label.back(), remark)) return false;
    }
    return true;
  }
  size_t capitals = 0;
  while (capitals < words.size() && is_ascii_upper(words[capitals].front())) ++capitals;
  // "DO YOU HAVE WHAT IT TAKES? Put a check ...": a question to the reader has no task.
  if (capitals < words.size() &&
      text.substr(0, words[capitals].data() - text.data()).find('?') != std::string_view::npos) {
    return false;
  }
  // Two or more capitalized words then lowercase prose: the last capital starts the sentence.
  return capitals >= 3 && capitals <= 7;
}

std::string_view strip_leading(std::string_view part) {
  part = trim(part);
  for (std::string_view lead : {"and ", "or ", "A: ", "the "}) {
    if (part.starts_with(lead)) part = trim(part.substr(lead.size()));
  }
  while (!part.empty() && (part.back() == '.' || part.back() == ';' || part.back() == ',')) {
    part.remove_suffix(1);
  }
  return part;
}

const SeriesRoles* series_of(const BlockRoles& roles, size_t block, size_t sentence) {
  for (const SeriesRoles& series : roles.series) {
    if (series.block == block && series.sentence == sentence) return &series;
  }
  return nullptr;
}

// Every soft-skill phrase a sentence names, widened to its noun phrase.
void add_quality_phrases(std::string_view text, int line, std::vector<TextItem>& soft_skills) {
  std::string_view phrase;
  size_t from = 0;
  while (from < text.size()) {
    size_t at = find_quality_phrase(text.substr(from), &phrase);
    if (at == std::string_view::npos) break;
    at += from;
    // Keep an adjective such as "good" or "excellent" in front of the phrase.
    size_t start = at;
    for (std::string_view adj : {"good ", "sound ", "strong ", "emotional "}) {
      if (start >= adj.size() && starts_with_ci(text.substr(start - adj.size()), adj)) {
        start -= adj.size();
        break;
      }
    }
    add_item(soft_skills, widen_phrase(text, start, text.substr(start, at - start + phrase.size())),
             line);
    from = at + phrase.size();
  }
}

bool lists_skills_in_series(const BlockRoles& roles, size_t block) {
  for (const SeriesRoles& series : roles.series) {
    if (series.block != block) continue;
    for (Role role : series.role) {
      if (role == Role::technical_skill || role == Role::soft_skill) return true;
    }
  }
  return false;
}

// A series the role vote read as skills: each item joins the list of its kind. False when the
// series holds no skill, so the sentence is read as prose instead.
bool add_skill_series(const SeriesRoles& series, int line, Guide& guide) {
  bool any = false;
  for (size_t k = 0; k < series.items.size(); ++k) {
    if (series.role[k] == Role::technical_skill) {
      add_item(guide.technical_skills, series.items[k], line);
      any = true;
    } else if (series.role[k] == Role::soft_skill) {
      add_item(guide.soft_skills, series.items[k], line);
      any = true;
    }
  }
  return any;
}

// "Medical software - ChiroTouch; Epic": an occupation profile's technology line names a kind
// of software and the products people use in it. Both are the skill, so the item keeps both.
bool lists_software_products(std::string_view text) {
  size_t dash = text.find(" - ");
  if (dash == std::string_view::npos) return false;
  std::string_view category = trim(text.substr(0, dash));
  return to_lower(category).ends_with("software") && has_at_most_words(category, 5);
}

void collect_faqs(const Outline& outline, Guide& guide) {
  const Document& doc = *outline.doc;
  Faq* open = nullptr;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (outline.kind[i] != SectionKind::faq) {
      open = nullptr;
      continue;
    }
    if (!b.text.empty() && b.text.back() == '?' && b.kind != BlockKind::list_item) {
      guide.faqs.push_back({b.text, "", b.line});
      open = &guide.faqs.back();
    } else if (open && !outline.boilerplate[i]) {
      if (!open->answer.empty()) open->answer += ' ';
      open->answer += b.text;
    }
  }
  std::erase_if(guide.faqs, [&](const Faq& f) {
    if (!f.answer.empty()) return false;
    discard(guide, f.line, f.question, "a question with no answer under it");
    return true;
  });
}

}  // namespace

// A list written as one sentence: "...; bend and install conduit; pull wire ...; and inspect"
// or "Key technical skills: conduit bending, circuit troubleshooting, ... and solar PV
// installation." Empty when the paragraph is ordinary prose.
std::vector<std::string> split_inline_list(std::string_view text) {
  std::vector<std::string> items;
  auto split_on = [&](std::string_view separator) {
    size_t from = 0;
    while (from <= text.size()) {
      size_t at = text.find(separator, from);
      std::string_view part = text.substr(from, at == std::string_view::npos ? at : at - from);
      items.emplace_back(strip_leading(part));
      if (at == std::string_view::npos) break;
      from = at + separator.size();
    }
  };
  int semicolons = 0, slashes = 0;
  for (char c : text) semicolons += c == ';' ? 1 : 0;
  for (size_t at = text.find(" / "); at != std::string_view::npos; at = text.find(" / ", at + 3)) {
    ++slashes;
  }
  if (semicolons >= 1 || slashes >= 2) {
    // "Clinical: a; b; c" or "Technical: a / b / c": the label is not part of the first item.
    if (size_t colon = text.find(": "); colon != std::string_view::npos && colon < 40) {
      text = text.substr(colon + 2);
    }
    split_on(semicolons >= 1 ? "; " : " / ");
  } else {
    // A comma list after a label, or after the verb that introduces it.
    if (size_t colon = text.find(": "); colon != std::string_view::npos && colon < 60) {
      text = text.substr(colon + 2);
    }
    // The list ends with its sentence: "tact, listening, and calm. Judgment matters too."
    if (std::vector<Sentence> sentences = split_sentences(text); sentences.size() > 1) {
      text = sentences.front().text;
    }
    split_on(", ");
    if (items.size() < 3) return {};
    // The last element often joins two with "and": "motor control and PLC basics".
    // The first may carry the clause that introduces the list: keep its last words.
    std::vector<std::string_view> first_words = split_words(items.front());
    if (first_words.size() > 6) {
      size_t keep = first_words.size() - 3;
      items.front() =
          std::string(items.front().substr(first_words[keep].data() - items.front().data()));
    }
    int long_items = 0;
    for (size_t i = 1; i + 1 < items.size(); ++i) long_items += count_words(items[i]) > 9 ? 1 : 0;
    if (long_items > 0) return {};
  }
  std::erase_if(items, [](const std::string& item) { return item.empty(); });
  if (items.size() < 3) return {};
  return items;
}

// "Medical Laboratory Technician (MLT)" -> "technician": the noun a page's sentences use for
// its worker.
std::string career_head_noun(std::string_view career) {
  if (size_t open = career.find('('); open != std::string_view::npos)
    career = career.substr(0, open);
  std::vector<std::string_view> words = split_words(trim(career));
  return words.empty() ? std::string() : to_lower(words.back());
}

void extract_lists(const Outline& outline, const BlockRoles& roles, Guide& guide) {
  const Document& doc = *outline.doc;
  const std::string career_noun = career_head_noun(guide.career);
  // Skills tables with a column per kind: "| Hard skills | Soft skills |".
  std::vector<SectionKind> column_kinds;
  std::vector<TextItem> day_items;
  std::vector<TextItem> titled_paragraphs;
  std::vector<TextItem> inline_duties;
  std::vector<TextItem> prose_duties;
  // "In a hospital, a lactation consultant assesses how a newborn latches ... She builds a
  // feeding plan ...": a paragraph outside any duties heading whose sentences keep telling what
  // the worker does is the duty list of a page that gives no other.
  std::vector<size_t> narrative_blocks;
  std::vector<int> duties_section_lines;  // ascending, as blocks come
  // A duties section whose bullets are duties says them there; its prose only introduces the
  // list. Bullets the words make skills ("Do you have what it takes?") leave the prose to it.
  std::vector<bool> section_lists_duties(outline.sections.size(), false);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind == BlockKind::list_item && roles.role[i] == Role::duty &&
        outline.section_of[i] >= 0) {
      section_lists_duties[outline.section_of[i]] = true;
    }
  }
  // A cell under a skills table's column joins the list its header names.
  auto add_to_column = [&](size_t k, std::string text, int line) {
    if (k >= column_kinds.size()) return;
    if (column_kinds[k] == SectionKind::technical_skills) {
      add_item(guide.technical_skills, std::move(text), line);
    } else if (column_kinds[k] == SectionKind::soft_skills) {
      add_item(guide.soft_skills, std::move(text), line);
    }
  };
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (outline.kind[i] == SectionKind::duties) duties_section_lines.push_back(b.line);
    if (outline.is_heading[i] || b.kind == BlockKind::heading) {
      // Card layouts: "<h3>Pull and clean data</h3><p>Write queries...</p>" under a duties or
      // skills heading. A sub-heading with no kind of its own, followed by prose, is an item.
      bool card = b.level > 0 && classify_heading(b.text) == SectionKind::other &&
                  count_words(b.text) <= 8 && i + 1 < doc.blocks.size() &&
                  doc.blocks[i + 1].kind == BlockKind::paragraph;
      if (card && outline.kind[i] == SectionKind::duties) add_item(guide.duties, b.text, b.line);
      if (card && outline.kind[i] == SectionKind::technical_skills) {
        add_item(guide.technical_skills, b.text, b.line);
      }
      if (card && outline.kind[i] == SectionKind::soft_skills) {
        add_item(guide.soft_skills, b.text, b.line);
      }
      continue;
    }
    if (outline.boilerplate[i]) continue;
    if (b.kind == BlockKind::table_row) {
      bool first_row = i == 0 || doc.blocks[i - 1].kind != BlockKind::table_row;
      if (b.header_row || first_row) {
        column_kinds.clear();
        bool any = false, all_short = true;
        for (const std::string& cell : b.cells) {
          SectionKind k = classify_heading(cell);
          any |= k == SectionKind::technical_skills || k == SectionKind::soft_skills;
          all_short &= has_at_most_words(cell, 5);
          column_kinds.push_back(k);
        }
        // "Technical | Workplace skills": beside a technical column, a mixed one is the soft
        // side (and the reverse).
        bool has_technical =
            std::count(column_kinds.begin(), column_kinds.end(), SectionKind::technical_skills) > 0;
        bool has_soft =
            std::count(column_kinds.begin(), column_kinds.end(), SectionKind::soft_skills) > 0;
        for (SectionKind& k : column_kinds) {
          if (k == SectionKind::skills && has_technical != has_soft) {
            k = has_technical ? SectionKind::soft_skills : SectionKind::technical_skills;
          }
        }
        if (!any || !all_short) column_kinds.clear();
        if (!column_kinds.empty()) continue;
      } else if (!column_kinds.empty()) {
        for (size_t k = 0; k < b.cells.size(); ++k)
          add_to_column(k, item_title(b.cells[k]), b.line);
        continue;
      }
    } else if (!column_kinds.empty() && b.kind != BlockKind::heading &&
               (b.text.find(" • ") != std::string::npos ||
                (b.kind == BlockKind::list_item && has_at_most_words(b.text, 8)))) {
      // Two columns flattened into one line under their header: "Wax carving • Steady hands".
      std::vector<std::string> cells;
      size_t from = 0;
      std::string_view text = b.text;
      while (true) {
        size_t at = text.find(" • ", from);
        cells.emplace_back(trim(text.substr(from, at == std::string_view::npos ? at : at - from)));
        if (at == std::string_view::npos) break;
        from = at + std::string_view(" • ").size();
      }
      for (size_t k = 0; k < cells.size(); ++k) add_to_column(k, std::move(cells[k]), b.line);
      continue;
    } else {
      column_kinds.clear();
    }
    // "Hard skills: soldering, PEX joining, ..." anywhere, or a row "People | a / b / c": the
    // label names the list's kind.
    std::string labelled_text;
    // A skills paragraph whose sentences list skills is read sentence by sentence below.
    const bool skills_prose =
        b.kind == BlockKind::paragraph &&
        (outline.kind[i] == SectionKind::skills || outline.kind[i] == SectionKind::soft_skills) &&
        lists_skills_in_series(roles, i);
    if (b.kind == BlockKind::list_item || (b.kind == BlockKind::paragraph && !skills_prose)) {
      labelled_text = b.text;
    }
    if (b.kind == BlockKind::table_row && b.cells.size() == 2) {
      std::string_view label = trim(b.cells[0]);
      if (label.ends_with(":")) label.remove_suffix(1);
      labelled_text = std::string(label) + ": " + b.cells[1];
    }
    if (!labelled_text.empty()) {
      size_t colon = labelled_text.find(": ");
      if (colon != std::string::npos && colon < 40) {
        SectionKind labelled = classify_heading(std::string_view(labelled_text).substr(0, colon));
        // "Hard stuff: ...", "Soft side: ...": a two-word label led by the kind.
        if (std::string_view lead = std::string_view(labelled_text).substr(0, colon);
            labelled == SectionKind::other && has_at_most_words(lead, 2)) {
          if (starts_with_ci(lead, "hard ")) labelled = SectionKind::technical_skills;
          if (starts_with_ci(lead, "soft ")) labelled = SectionKind::soft_skills;
        }
        std::vector<TextItem>* target = nullptr;
        if (labelled == SectionKind::technical_skills) target = &guide.technical_skills;
        if (labelled == SectionKind::soft_skills) target = &guide.soft_skills;
        if (labelled == SectionKind::duties) target = &guide.duties;
        if (labelled == SectionKind::tools) target = &guide.tools;
        std::vector<std::string> parts;
        // "Key skills: ..." lists skills; "Communication skills: ..." explains one.
        std::string_view label = std::string_view(labelled_text).substr(0, colon);
        bool mixed_list = labelled == SectionKind::skills && has_at_most_words(label, 2) &&
                          (has_at_most_words(label, 1) || [&] {
                            for (std::string_view lead : {"key ", "core ", "essential ", "top ",
                                                          "main ", "important ", "other "}) {
                              if (starts_with_ci(label, lead)) return true;
                            }
                            return false;
                          }());
        if (target || mixed_list) parts = split_inline_list(labelled_text);
        // "Key skills: patience, IV starts, ...": a mixed label leaves each part to its words,
        // and a part that names neither kind to the majority (technical when none says).
        std::vector<Role> kinds;
        if (!target) kinds = sibling_skill_kinds({parts.begin(), parts.end()});
        for (size_t k = 0; k < parts.size(); ++k) {
          std::vector<TextItem>* list = target;
          if (!list) {
            list = kinds[k] == Role::technical_skill ? &guide.technical_skills : &guide.soft_skills;
          }
          add_item(*list, std::move(parts[k]), b.line);
        }
        if (!parts.empty()) continue;
      }
    }
    // List items and table rows: their role says which list they join (roles.cpp).
    // A paragraph that no role claims is still read as prose below (inline lists, qualities).
    if (std::string_view text = roles.item_text[i];
        !text.empty() && (roles.role[i] != Role::none || b.kind != BlockKind::paragraph)) {
      if (holds_fill_in_blank(text)) {  // before item_title cuts "Name: ____" to "Name"
        discard(guide, b.line, text, "a blank to fill in, not a fact");
        continue;
      }
      switch (roles.role[i]) {
        case Role::duty:
          add_item(outline.kind[i] == SectionKind::day_in_life ? day_items : guide.duties,
                   std::string(text), b.line);
          break;
        case Role::technical_skill:
          // "Lab fee: $45, billed to ...": a price, whatever its title looks like.
          if (contains_money(text)) {
            discard(guide, b.line, text, "names an amount of money, not a skill");
            break;
          }
          add_item(guide.technical_skills,
                   lists_software_products(text) ? std::string(text) : item_title(text), b.line);
          break;
        case Role::soft_skill:
          add_item(guide.soft_skills, item_title(text), b.line);
          break;
        case Role::tool:
          add_item(guide.tools, std::string(text), b.line);
          break;
        default:  // credentials and tiers have passes of their own; steps are no list fact
          break;
      }
      continue;
    }
    const bool item = b.kind == BlockKind::list_item;
    // A table row stands for its first cell; the rest explains it.
    const std::string item_text =
        b.kind == BlockKind::table_row && !b.cells.empty() ? b.cells.front() : b.text;
    // Read at the end, and only when the page turns out to have no duties section.
    if (b.kind == BlockKind::paragraph &&
        (outline.kind[i] == SectionKind::other || outline.kind[i] == SectionKind::day_in_life) &&
        b.text.find('.') != std::string::npos && !has_at_most_words(b.text, 8)) {
      narrative_blocks.push_back(i);
    }
    switch (outline.kind[i]) {
      case SectionKind::duties:
        if (b.kind == BlockKind::paragraph && is_titled_item_paragraph(b.text)) {
          titled_paragraphs.push_back({b.text, b.line});
        } else if (b.kind == BlockKind::paragraph &&
                   (outline.section_of[i] < 0 || !section_lists_duties[outline.section_of[i]])) {
          // Only semicolons separate duties: a comma list in prose is usually an example.
          std::vector<std::string> parts;
          if (std::count(b.text.begin(), b.text.end(), ';') >= 2) parts = split_inline_list(b.text);
          for (std::string& duty : parts) {
            if (count_words(duty) >= 2) inline_duties.push_back({std::move(duty), b.line});
          }
          // "Before a study begins, the technologist reviews the patient's history...": a
          // sentence whose subject does a task is a duty written as prose.
          // A sentence that lists tasks ("They measure limbs, order braces, and ...") gives
          // its series' items instead.
          if (parts.empty()) {
            for (const Sentence& sentence : split_sentences(b.text)) {
              const SeriesRoles* series = series_of(roles, i, sentence.offset);
              if (series && series->role.front() == Role::duty) {
                for (const std::string& duty : series->items) {
                  prose_duties.push_back({duty, b.line});
                }
              } else if (states_a_task(sentence.text, career_noun)) {
                prose_duties.push_back({std::string(sentence.text), b.line});
              }
            }
          }
        }
        break;
      case SectionKind::day_in_life:
        if (item) add_item(day_items, b.text, b.line);
        break;
      case SectionKind::technical_skills:
        if (b.kind == BlockKind::paragraph && !section_has_list(outline, i)) {
          for (std::string& name : split_inline_list(b.text)) {
            add_item(guide.technical_skills, name, b.line);
          }
        }
        break;
      case SectionKind::soft_skills:
      case SectionKind::skills: {
        bool mixed = outline.kind[i] == SectionKind::skills;
        const bool prose = b.kind == BlockKind::paragraph && !section_has_list(outline, i);
        if (prose && lists_skills_in_series(roles, i)) {
          // A sentence that lists skills gives its series' items (their words decided each
          // one's kind); any other sentence every soft-skill phrase it names.
          for (const Sentence& sentence : split_sentences(b.text)) {
            const SeriesRoles* series = series_of(roles, i, sentence.offset);
            if (series && add_skill_series(*series, b.line, guide)) continue;
            add_quality_phrases(sentence.text, b.line, guide.soft_skills);
          }
        } else if (prose && !split_inline_list(b.text).empty()) {
          // "Key technical skills: a, b and c." / "...tend to share patience, steady hands..."
          bool technical = contains_ci(b.text, "technical") || contains_ci(b.text, "hard skill");
          bool soft = contains_word_ci(b.text, "personal") || contains_word_ci(b.text, "soft") ||
                      contains_ci(b.text, "people skill");
          for (std::string& name : split_inline_list(b.text)) {
            if (technical && !soft) {
              add_item(guide.technical_skills, name, b.line);
            } else if (soft || !mixed || skill_kind(name) == Role::soft_skill) {
              add_item(guide.soft_skills, name, b.line);
            } else if (skill_kind(name) == Role::technical_skill) {
              add_item(guide.technical_skills, name, b.line);
            }
          }
        } else if (prose) {
          add_quality_phrases(b.text, b.line, guide.soft_skills);
        }
        break;
      }

      case SectionKind::pros:
      case SectionKind::cons:
        if (item || b.kind == BlockKind::paragraph) {
          guide.pros_cons.push_back({outline.kind[i] == SectionKind::pros, b.text, b.line});
        }
        break;
      case SectionKind::related: {
        std::string_view name = b.text;
        for (std::string_view prefix : {"Explore career guide", "Explore career"}) {
          if (starts_with_ci(name, prefix)) name = trim(name.substr(prefix.size()));
        }
        if ((item || looks_like_heading(name)) && count_words(name) <= 7 && !name.empty() &&
            name.back() != ':') {
          add_item(guide.related_careers, std::string(name), b.line);
        }
        break;
      }
      default:
        break;
    }
  }
  // Sites that write duties as "Title Sentence" paragraphs instead of a list.
  if (guide.duties.empty() && titled_paragraphs.size() >= 2) guide.duties = titled_paragraphs;
  if (guide.duties.empty()) guide.duties = inline_duties;
  // Lists written inside sentences fill a list the guide gives in no other way.
  std::vector<TextItem> series_duties, series_technical, series_soft;
  for (const SeriesRoles& series : roles.series) {
    const int line = doc.blocks[series.block].line;
    for (size_t k = 0; k < series.items.size(); ++k) {
      if (series.role[k] == Role::duty) add_item(series_duties, series.items[k], line);
      if (series.role[k] == Role::technical_skill)
        add_item(series_technical, series.items[k], line);
      if (series.role[k] == Role::soft_skill) add_item(series_soft, series.items[k], line);
    }
  }
  // A summary line elsewhere ("What they do: exams, lenses and eye disease") gives way to the
  // duties section's own prose, which says the same at length.
  const bool duties_from_section =
      std::any_of(guide.duties.begin(), guide.duties.end(), [&](const TextItem& d) {
        return std::binary_search(duties_section_lines.begin(), duties_section_lines.end(), d.line);
      });
  if ((guide.duties.empty() || !duties_from_section) && prose_duties.size() >= 2) {
    guide.duties = prose_duties;
  }
  // A day-in-the-life schedule is the duty list only when the guide has no other.
  if (guide.duties.empty()) {
    guide.duties = day_items;
  } else {
    for (const TextItem& step : day_items)
      discard(guide, step.line, step.text,
              "a step of a day in the life; the duties came from the guide's duties");
  }
  if (guide.duties.empty()) guide.duties = series_duties;
  // Stronger than a stray imperative elsewhere ("Join your state coalition"), weaker than any
  // list or prose under a duties heading.
  if (!duties_from_section) {
    // A story tells a shift over several paragraphs, between quotes and ads: the paragraphs of
    // one section that follow each other (past page furniture and one-line captions) are read
    // as one narrative, which must keep telling tasks.
    std::vector<TextItem> narrative_duties, tasks;
    size_t previous = 0;
    bool run_open = false;
    auto close_run = [&] {
      // Three tasks at least: an overview that mentions one or two is no list.
      if (tasks.size() >= 3) {
        for (TextItem& t : tasks) narrative_duties.push_back(std::move(t));
      }
      tasks.clear();
      run_open = false;
    };
    for (size_t i : narrative_blocks) {
      bool joins = run_open && outline.section_of[i] == outline.section_of[previous];
      for (size_t k = previous + 1; joins && k < i; ++k) {
        joins = outline.boilerplate[k] || has_at_most_words(doc.blocks[k].text, 6);
      }
      if (!joins) close_run();
      const Block& b = doc.blocks[i];
      for (const Sentence& sentence : split_sentences(b.text)) {
        if (states_a_task(sentence.text, career_noun)) {
          tasks.push_back({std::string(sentence.text), b.line});
        }
      }
      previous = i;
      run_open = true;
    }
    close_run();
    if (narrative_duties.size() >= guide.duties.size()) guide.duties = narrative_duties;
  }
  if (guide.technical_skills.empty()) guide.technical_skills = series_technical;
  if (guide.soft_skills.empty()) guide.soft_skills = series_soft;
  // "about $6,683 a month" under a skills column: an amount of money is no skill.
  auto names_money = [&](const TextItem& item) {
    if (!contains_money(item.text)) return false;
    discard(guide, item.line, item.text, "names an amount of money, not a skill");
    return true;
  };
  std::erase_if(guide.technical_skills, names_money);
  std::erase_if(guide.soft_skills, names_money);
  collect_faqs(outline, guide);
}

}  // namespace careerkb::parse
