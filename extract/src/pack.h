// Internal: a language pack — everything the engine knows of one language, as data: word classes
// and relation rules (*.rules: extract/rules/README.md), lexicons (lexicons/*.tsv:
// extract/lexicons/README.md). The built-in packs live in extract/lang/<lang>/ and are embedded at
// build time (tools/embed_packs.py); a pack can also be read from a folder of the same layout.
// What a pack must and may define: extract/lang/README.md.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/core/status.h"
#include "lexicon.h"
#include "rules.h"
#include "words.h"

namespace kg::extract {

namespace mention_detail {
struct Classes;
}

// One file of a built-in pack (generated at build time).
struct PackFile {
  const char* lang;
  const char* name;  // "lang/de/relations.rules", "lang/de/lexicons/titles.tsv"
  const char* text;
};
const std::vector<PackFile>& builtin_pack_files();

struct Pack {
  Pack() = default;
  Pack(const Pack&) = delete;  // (mention_classes refers into `words`)
  Pack& operator=(const Pack&) = delete;

  std::string lang;
  WordClasses words;
  Lexicon lexicon;
  std::vector<Rule> rules;
  // The pattern rules and the sentence rules, in order, each as its cue's class number (RuleCue::kNone
  // for none; WordClass::kUnindexed for a class first_tokens does not index) and its index in
  // `rules`: a sentence skips a rule whose cue it lacks without reading the rule (index_rules).
  struct RuleCue {
    static constexpr std::uint32_t kNone = WordClass::kUnindexed - 1;
    std::uint32_t cue;
    std::uint32_t rule;
  };
  std::vector<RuleCue> pattern_cues, sentence_cues;
  // The mention stage's word classes, looked up once when load_pack has read every file.
  std::shared_ptr<const mention_detail::Classes> mention_classes;

  // Adds a rule file (word classes and rules) or a lexicon file (by the name's ending: .tsv is a
  // lexicon). InvalidInput "NAME:LINE: reason" on the first error.
  Status add_file(std::string_view name, std::string_view text);
  Status add_rules(std::string_view name, std::string_view text);
  // Fills pattern_cues and sentence_cues (after words.index()).
  void index_rules();
};

// The languages kg has a built-in pack for ("de").
std::vector<std::string> builtin_languages();

// The built-in pack of `lang`, or the pack in folder `dir` when it is not empty (its *.rules files
// in name order, words.rules first, then lexicons/*.tsv); then the user's extra lexicon and rule
// files. NotFound for a language without a pack or a missing file. A fresh pack each call: without
// a folder or extra files, builtin_pack shares one.
Result<std::unique_ptr<Pack>> load_pack(std::string_view lang, const std::string& dir,
                                        const std::vector<std::string>& lexicon_files,
                                        const std::vector<std::string>& rule_files);

// The built-in pack of `lang`, loaded once and shared (thread-safe). NotFound for a language
// without one; a file of the pack that does not compile gives its error (file:line: …).
Result<std::shared_ptr<const Pack>> builtin_pack(std::string_view lang);

// The built-in German pack (the tagger's lexicon features read its lexicon).
const Pack& builtin_german_pack();

}  // namespace kg::extract
