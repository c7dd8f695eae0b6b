// Internal: the mention stage — which words of each sentence name which entity of the document.
// Lexicon matches (states, cities, organisations, nationality adjectives, offices, event nouns),
// persons after offices and in lists, organisations named by a phrase or a long form with its
// acronym, events bound to their organiser or place ("NATO-Gipfel", "Gipfel in Oslo"), and what
// other sources (the tagger) propose where none of these found anything. Within the stage a short
// name finds the person already named in full ("Muster" after "Max Muster"), a bare meeting noun
// the meeting named before it, and "der russische Präsident" the person introduced with that office.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "kg/core/document.h"
#include "kg/extract/extract.h"
#include "pack.h"
#include "text.h"

namespace kg::extract {

// Whether the words of the name `part` are the last words of `whole` ("Muster" of "Max Muster"): the
// mention stage and resolution both join a person's short name to the fuller one by it.
inline bool is_word_suffix(const std::string& part, const std::string& whole) {
  return whole.size() > part.size() && whole.ends_with(part) && whole[whole.size() - part.size() - 1] == ' ';
}

enum class Kind { kCountry, kCity, kRegion, kBuilding, kOrg, kPerson, kEvent };  // regions, buildings: LOC

// An entity of the document as the stages see it, before assembly (assemble.h).
struct Ent {
  Kind kind = Kind::kOrg;
  std::string name;
  std::vector<std::string> forms;  // surface forms seen
  std::vector<Mention> mentions;
  std::string code;   // countries: ISO code; cities: their country's code
  std::string ref;    // the lexicon's name of it in other languages ("SCO" for "SOZ"), if any
  std::string party;  // a party's state (ISO codes joined by commas), if the lexicon knows it
  bool capital = false;
  bool city_state = false;  // a state named as its capital ("Singapur", "Luxemburg"): a city to the rules too
  std::vector<std::string> acronyms;
  // Events: what kind of event the noun names (lexicon "kind", else the noun), its organiser
  // (or topic) and place as far as the mention binds them, and the best name the mentions give:
  // the organiser's compound ("NATO-Gipfel") over the article's phrase ("Gipfeltreffen des
  // Europarats") over a topic compound ("Amerika-Gipfel") over the noun ("Gipfel").
  std::string event_kind;
  int organiser = -1, place = -1;
  std::string topic;
  std::string base_name;
  int base_rank = 0;
  std::string relative;            // events: the word that makes it another than the article's ("next")
  std::string variant;             // events: the kind of meeting that keeps it apart ("außerordentlich")
  bool ministerial = false;        // events: a meeting ministers hold (class "event.ministers"), no summit
  std::vector<std::string> parts;  // persons: the words of the name ("Muster" finds "Max Muster")
  char gender = 0;                 // persons: 'f' or 'm' as an office's written form before the name
                                   // tells ("Präsidentin X", "Präsident Y"; class "office.female"), else 0
};

// A mention of an entity in a sentence.
struct Ref {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  int ent = -1;
  bool adjective = false;    // a nationality adjective ("russische") or a city's ("Berliner")
  std::string title;         // persons: the office written before the name
  std::size_t title_at = 0;  // token of that office
  // Where the person's phrase starts: at the office written before the name, else at the name.
  std::size_t phrase_first() const { return !title.empty() && title_at < first ? title_at : first; }
  bool reference = false;         // words that refer to an entity named elsewhere: an office alone ("der
                                  // russische Präsident"), an epithet ("das Bündnis"), a plural
  bool plural = false;            // one of the states a plural reference stands for ("diese Länder")
  int office_in = -1;             // "US-Präsident": where the office is held
  bool member_compound = false;   // "NATO-Mitglieder": the organisation has members here
  bool member_next = false;       // "EU-Land Malta": the states that follow are members
  bool part = false;              // events: a part of it ("the opening session" of the summit): no venue of it
  bool office_elsewhere = false;  // persons: an office of something we do not know ("der Vorsitzende des
                                  // Ausschusses, X"): held in no state
  bool genitive = false;          // persons: a surname in the genitive ("Roe's plane"): an attribute of the
                                  // noun after it, bound only by slots that ask for it (`genitive`)
  bool states_office = false;     // a reference that tells its person's office, not known before ("X … Der
                                  // bayerische Ministerpräsident sagte"): the office rules read it
  bool attribute = false;         // places: one right before an organisation's name, which it describes
                                  // ("the Wisconsin Democratic Party"): bound by no slot
};

// The text as the stages read it.
struct Text {
  std::string_view text;  // normalised
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// The mention stage's result: the entities and, per sentence, their mentions by first token.
struct Mentions {
  std::vector<Ent> ents;
  std::vector<std::vector<Ref>> refs;
  std::map<std::string, int> by_key;  // kind ‖ key → entity (a state by its ISO code, others by name)

  // The entity of that kind and key, or -1.
  int find(Kind kind, const std::string& key) const {
    auto it = by_key.find(key_of(kind, key));
    return it == by_key.end() ? -1 : it->second;
  }
  // The state a place of code `code` lies in that the document names: the federal state of a state
  // capital ("DE-BY" for München) or else its country ("DE"), or -1.
  int state_of(const std::string& code) const {
    if (code.empty()) return -1;
    if (const int e = find(Kind::kCountry, code); e >= 0) return e;
    const std::size_t dash = code.find('-');
    return dash == std::string::npos ? -1 : find(Kind::kCountry, code.substr(0, dash));
  }
  static std::string key_of(Kind kind, const std::string& key) {
    return std::to_string(static_cast<int>(kind)) + "\t" + key;
  }
  // Makes the entity named `name` of kind `from` one of kind `to`, found by that name from now on
  // (a person's parts go); false when there is none, or one of kind `to` already.
  bool change_kind(const std::string& name, Kind from, Kind to) {
    const int e = find(from, name);
    if (e < 0 || find(to, name) >= 0) return false;
    ents[static_cast<std::size_t>(e)].kind = to;
    ents[static_cast<std::size_t>(e)].parts.clear();
    by_key.erase(key_of(from, name));
    by_key[key_of(to, name)] = e;
    return true;
  }

  Kind kind(int e) const { return ents[static_cast<std::size_t>(e)].kind; }
  const Ent& ent(int e) const { return ents[static_cast<std::size_t>(e)]; }
};

// `proposals` in any order.
Mentions find_mentions(const Pack& pack, const Text& text, std::vector<ProposedMention> proposals,
                       std::string_view date = {});

}  // namespace kg::extract
