// Internal: the document frame — what the whole article is about, filled once every mention is
// known and read by the relation stage: the article's event (the one its event mentions name
// most often, the first of those on a tie), that event's place, the document's date, and per
// sentence the person a pronoun refers to and the persons who own an event rather than take part
// ("bei der Vereidigung der Präsidentin X").
#pragma once

#include <string>
#include <vector>

#include "mentions.h"

namespace kg::extract {

struct Frame {
  int event = -1;  // the article's event, or -1
  int place = -1;  // where it is held, as far as its mentions say, or -1
  std::string date;
  // Per sentence: the person a pronoun (class "pronoun.person") refers to — the subject of the
  // sentences before — or -1; the persons owning an event of the sentence.
  std::vector<int> pronoun;
  std::vector<int> previous_subject;  // per sentence: the subject of the sentences before, or -1
  std::vector<std::vector<int>> owners;
};

Frame make_frame(const Pack& pack, const Text& text, const Mentions& mentions, std::string date);

}  // namespace kg::extract
