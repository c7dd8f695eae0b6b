// Internal: relation rules and word classes kept as data (format in extract/rules/README.md),
// compiled once. A rule is a pattern over one sentence's tokens, word classes, offices and typed
// entity slots, or a sentence rule: words of classes present or absent anywhere in the sentence
// and slots that bind its mentions by where they stand (after a cue, nearest to it, first) or
// that read the document frame (the article's event, the pronoun's referent).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/core/schema.h"
#include "kg/core/status.h"
#include "words.h"

namespace kg::extract {

// The kinds of entity a slot can take.
enum class SlotType { kPerson, kOrg, kPlace, kCity, kCountry, kRegion, kBuilding, kEvent, kAdjective, kState };

// What narrows the mentions a slot binds ("<PER*:p:after=prep.with:acting>").
struct Qualifier {
  enum Kind {
    kAfter,         // after=CLASS: starts after the sentence's first word of the class (sentence rules)
    kBefore,        // before=CLASS: starts before it (sentence rules)
    kNearest,       // nearest=CLASS: the one mention nearest before it, else after it (sentence rules)
    kFirst,         // first, first=CLASS: the sentence's first mention, at its start or after a word of CLASS
    kCompound,      // compound=CLASS: named as the head of a compound whose tail is of the class ("EU-Staaten")
    kCompoundNot,   // compound!=CLASS: not so named ("die CDU-Politikerin X": the party is her attribute)
    kLed,           // led=CLASS: words of the class end right before it, or up to three lower-case words before
                    // it ("beim Gipfel", "auf dem ersten Gipfel")
    kUnled,         // unled=CLASS: no word of the class right before it, or before the list it ends ("troops
                    // to Haiti"; "to join the A, B and C group" is no such)
    kUnfollowed,    // unfollowed=CLASS: no word of the class right after it ("U.S. allies": the state is
                    // an attribute, not the subject)
    kFollowed,      // followed=CLASS: a word of the class right after it ("Chile was represented by Y": the
                    // state before the verb, not another named earlier)
    kGenitive,      // genitive: a person's surname in the genitive fits too ("in Roe's honour"); without it,
                    // such a mention fits no slot
    kActing,        // acting: not a person who owns an event of the sentence ("die Vereidigung der Präsidentin X")
    kParty,         // party: an organisation the lexicons know as a party ("Max Muster von der CDU")
    kVenue,         // venue: the place of the article's event, SentenceView::venue ("X flew to Lima" in a
                    // report of the summit in Lima)
    kFree,          // free=CLASS: not a genitive attribute of a capitalised noun, its phrase led by a word of the
                    // class ("die Residenz der Präsidentin X", "die Nominierung seines Vorgängers X")
    kElseFrame,     // else=frame: when the sentence has none, the article's event or organisation (sentence rules)
    kKind,          // kind=CLASS: an event whose kind is a word of the class ("swearing-in", "Vereidigung")
    kKindNot,       // kind!=CLASS: an event whose kind is no word of the class ("zur Feier", not "zur Wahl")
    kElseDocument,  // else=document: when the sentence has none, the document's event named most that
                    // fits the slot's kind= (sentence rules)
    kPronoun,       // of=pronoun: the person the sentence's pronoun refers to (sentence rules)
    kPrevious,      // of=previous: the subject of the sentences before (sentence rules)
    kSubject,       // of=subject: the sentence's own subject, Frame::subject (sentence rules)
  } kind = kActing;
  const WordClass* word_class = nullptr;
};

struct PatternElement {
  enum Kind { kWords, kSlot, kTitle, kGap, kClass } kind = kWords;
  std::vector<std::string> words;         // kWords: one of these exact tokens
  const WordClass* word_class = nullptr;  // kClass: a word (or words in a row) of this class;
                                          // kWords: the class of `words` (WordClasses::word_set);
                                          // kTitle ("@title:r:CLASS"): the classes of titles it takes
  SlotType slot_type = SlotType::kPerson;
  bool list = false;      // kSlot "<TYPE*:name>": several (pattern: joined by "list.join"; sentence: every one)
  std::string name;       // kSlot, kTitle: the slot's name (may be empty for kTitle and absent slots)
  bool optional = false;  // kWords, kClass and kTitle: "der?", "@cue?", "@title?"
  bool absent = false;    // sentence rules: "!@cue", "!<PER>": the sentence has none
  std::size_t gap = 6;    // kGap: at most this many tokens ("...", "...10")
  std::vector<Qualifier> qualifiers;
};

struct Rule {
  std::string name;       // "de.capital.apposition"
  std::string where;      // "FILE:LINE", for messages
  bool sentence = false;  // "NAME: sentence …": the elements hold anywhere in the sentence
  std::vector<PatternElement> pattern;
  PredicateId predicate = 0;
  std::string subject, object;                // slot names
  std::size_t subject_at = 0, object_at = 0;  // their elements in `pattern`
  std::string role_slot, role_text;
  std::size_t role_at = SIZE_MAX;  // the element of role_slot, if any
  double confidence = 0.8;
  bool when_negated = false;  // "negation ignore": also in a sentence with a negation or denial
  bool closest = false;       // "closest": of the matches binding one object, the last to start only
  // The first word or class the rule requires: a sentence without it is skipped before matching.
  const WordClass* cue = nullptr;
};

// Parses a rule file: its word classes ("@name = entry entry …") go into `classes` (a class
// named again gains entries), its rules are returned. InvalidInput "NAME:LINE: reason" on the
// first error; a rule may use a class defined earlier in this file or in an earlier file.
Result<std::vector<Rule>> parse_rules(std::string_view name, std::string_view text, WordClasses& classes);

}  // namespace kg::extract
