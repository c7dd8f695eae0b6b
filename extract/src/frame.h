// Internal: the document frame — what the whole article is about, filled once every mention is
// known and read by the relation stage: the article's event (the one its event mentions name
// most often, the first of those on a tie, never one it calls another: "das nächste Treffen"), the city of its
// dateline, its organisation (the event's organiser, else the organisation the article names most), the document's
// country (the state it names far more often than any other: domestic copy), the document's date, and per sentence the
// subject of the sentences before, whom a pronoun refers to (that subject, or the sentence's own named before it), and
// the persons who own an event rather than take part ("bei der Vereidigung der Präsidentin X").
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "mentions.h"

namespace kg::extract {

struct Frame {
  int event = -1;             // the article's event, or -1
  int organisation = -1;      // the article's organisation ("SPD-Parteitag": the SPD), or -1
  int country = -1;           // the state named at least 3 times and twice as often as any other, else the
                              // host of a visit the article reports, or -1
  bool host = false;          // country is a visit's host: it goes before the state of the sentence before
  std::vector<int> visitors;  // persons whose visit the article names ("Muster's visit") and who accompany
                              // someone ("accompanied by X"): no host's officials
  bool is_visitor(int e) const { return std::find(visitors.begin(), visitors.end(), e) != visitors.end(); }
  int dateline = -1;  // the city of the text's dateline ("Brüssel. …", "LONDON, Apr 19 -"), or -1
  // The token where the dateline's sentence's own words start ("Germany" in "BERLIN, June 11
  // (Reuters) - Germany and …", also after an organisation's seat: "UNITED NATIONS (AP) — …"): a
  // mention there starts the sentence as one at its first token does, and none before it is the
  // nearest to a rule's word.
  std::size_t lead = static_cast<std::size_t>(-1);
  std::string date;
  // Per sentence: the subject of the sentences before, or -1; the person a pronoun of the sentence
  // (class "pronoun.person") refers to — the sentence's own subject named before it ("X traf nach
  // seiner Ankunft Y"), else the subject of the sentences before; the persons owning an event of
  // the sentence; the sentence's own subject (its first person who owns no event and is no
  // preposition's object: "X würdigte Y in seiner Rede" — X), or -1.
  std::vector<int> previous_subject, pronoun_referent, subject;
  std::vector<std::vector<int>> owners;
  // Per sentence: the token of its first pronoun for one person, or the sentence's end — a word of
  // "pronoun.person", or of "pronoun.person.ambiguous" ("sie": she or they) before a lower-case word
  // that is no verb of "verb.plural" ("sie nahm", not "sie nahmen").
  std::vector<std::size_t> pronoun_at;
  // Per sentence: the event a rule's "else=frame" gives it where it names none — the article's;
  // in a sentence led by a word of "frame.then" ("Damals", "At the time") the event the sentence
  // before called another one ("das letzte Treffen 2018 in X"), else none.
  std::vector<int> sentence_event;
};

// `title_end`: where the text's title line ends (0 for none).
Frame make_frame(const Pack& pack, const Text& text, const Mentions& mentions, std::string date,
                 std::size_t title_end = 0);

}  // namespace kg::extract
