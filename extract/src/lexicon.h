// Internal: lexicons (format in extract/lexicons/README.md) compiled into a token matcher.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/core/status.h"
#include "text.h"
#include "words.h"

namespace kg::extract {

enum class LexClass { kCountry, kCity, kRegion, kOrg, kAdjective, kTitle, kEvent, kNoun, kGiven };

struct LexEntry {
  LexClass cls;
  std::string canonical;
  std::string code;    // country: its ISO code; city and adjective: the country's code
  std::string region;  // a region's adjective: the region's canonical name ("westafrikanisch": Westafrika)
  std::string ref;     // places and organisations: the name other languages give it ("SCO" for "SOZ")
  bool capital = false;
  std::vector<std::string> acronyms;
  std::string kind;                 // titles: "office"; events: what kind of event the noun names ("Gipfel")
  std::string meeting;              // events: "1" a meeting of people, "generic" a word for any meeting
  std::string member;               // titles of members ("Senator"): the last word of the body's name ("Senate")
  std::string of;                   // titles of one organisation's office ("Kommissionspräsident"): its canonical name
  std::string party;                // organisations: a party's state (ISO code; several joined by commas)
  std::vector<std::string> refers;  // titles: the offices a word for several names ("Regierungschef":
                                    // "Premierminister", "Kanzler", …)
};

struct LexMatch {
  std::size_t entry;
  std::size_t tokens;  // how many tokens the form spans
  std::string form;
};

class Lexicon {
 public:
  // Adds one file's entries; InvalidInput "NAME:LINE: reason" on a malformed line. Forms are
  // tokenised with the pack's abbreviations, and inflected as its classes "inflect.country"
  // (endings a one-word country name takes unless it ends in one of "inflect.country.not_after")
  // and "inflect.adjective" (the endings of a nationality adjective) say.
  Status add(std::string_view name, std::string_view text, const WordClasses& words);
  // The longest form starting at token i, if any.
  std::optional<LexMatch> match(const std::vector<Token>& tokens, std::size_t i) const;
  // … with `first` read for token i's text: a sentence's first word in the case the lexicon writes it
  // ("State visit to Peru" read as "state visit").
  std::optional<LexMatch> match(const std::vector<Token>& tokens, std::size_t i, std::string_view first) const;
  // The entry of a single word (exact form), if any.
  std::optional<std::size_t> word(std::string_view w) const;
  // The entry of a form of one or more words separated by single spaces ("West Africa"), if any.
  std::optional<std::size_t> phrase(std::string_view text) const;
  const LexEntry& entry(std::size_t i) const { return entries_[i]; }
  std::size_t size() const { return entries_.size(); }
  // A compound whose head is an event noun ("Sondergipfel", "Nordseetreffen"): the event entry
  // of its head and the head's first byte, the head at least three letters after a prefix of three.
  std::optional<std::pair<std::size_t, std::size_t>> event_head(std::string_view w) const;
  // The name other languages' packs give the entity of this canonical name (its entry's `ref`), or "".
  std::string ref_of(std::string_view canonical) const;
  // The country entry with this ISO code.
  const LexEntry* country(std::string_view code) const;
  // … and its entry's index (for MentionFinder::lex_entity), if any.
  std::optional<std::size_t> country_entry(std::string_view code) const;
  // The entry of the capital of the country with this ISO code.
  std::optional<std::size_t> capital_of(std::string_view code) const;
  bool is_noun(std::string_view w) const { return nouns_.find(w) != nouns_.end(); }
  // A noun for one national of a state ("Italiener", "Italienerin": the singular forms of a noun entry
  // with code=IT): the state's code, or "".
  std::string_view demonym(std::string_view w) const {
    const auto it = demonyms_.find(w);
    return it == demonyms_.end() ? std::string_view() : std::string_view(it->second);
  }
  bool is_given_name(std::string_view w) const { return given_.find(w) != given_.end(); }
  // A given name of a register (entries `given` with kind=register: many names, some also words of the
  // language or names of things): it starts a person's name of capitalised words that no other step
  // takes, and counts as no given name anywhere else (is_given_name).
  bool is_register_given_name(std::string_view w) const { return register_given_.find(w) != register_given_.end(); }

 private:
  void add_form(const std::string& form, std::size_t entry, const WordClasses& words);
  // Adds an entry with its forms (countries of one code join; adjectives and countries inflect).
  void store(LexEntry e, const std::vector<std::string>& forms, const WordClasses& words);
  // Each form, and each form with an ending of `endings` (a genitive: "Japan's", "Berlins").
  void add_genitives(const std::vector<std::string>& forms, std::size_t index, const WordClass& endings,
                     const WordClasses& words);
  std::vector<LexEntry> entries_;
  std::unordered_map<std::string, std::size_t> country_by_code_;
  std::unordered_map<std::string, std::size_t> capital_by_code_;  // a country's ISO code → its capital
  std::unordered_map<std::string, std::string> refs_;             // canonical name → ref
  // First word of a form → (form's words, entry), longest forms first.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, std::size_t>>, Hash, std::equal_to<>>
      forms_;
  std::unordered_set<std::string, Hash, std::equal_to<>> nouns_, given_, register_given_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> demonyms_;  // form → state code
  // One-word event forms with a lower-case first letter ("gipfel" → Gipfel): compound heads.
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> event_heads_;
  std::size_t longest_event_head_ = 0;
};

}  // namespace kg::extract
