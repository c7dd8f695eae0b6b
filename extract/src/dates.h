// Internal: dates in news text — the document's own date from its first lines (a "date" line or a
// dateline), and the date an event is given in its sentence. The words are the language pack's
// (word classes "month", "weekday" from Monday, "date.range", "date.on", "date.year"); the examples
// below are German.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text.h"
#include "words.h"

namespace kg::extract {

// The month (1–12) a month name names (its position in `months`, the pack's class "month"), or 0.
int month_number(std::string_view word, const WordClass& months);

// Whether a word begins a date: a day's number, a weekday, a month or its abbreviation ("Apr",
// "Sept."), as after a dateline's comma ("LONDON, Apr 19").
bool begins_date(std::string_view word, const WordClass& months, const WordClass& weekdays);

// The document's date from its first lines, or nullopt: a line "date 2024-07" (then `*skip` is
// the byte offset after it: its words are no part of the article), or a dateline — a line that
// starts with the date ("9. Mai 2025", "Mai 2025") or with a place and a comma before it ("Oslo, 9.
// Mai 2025"). A date inside a sentence is an event's, never the document's.
std::optional<std::string> document_date(std::string_view text, const WordClasses& words, std::size_t* skip);

// A dateline stands in one of a text's first lines (a headline of up to three may come before it):
// the lines dateline_tags reads, and the sentences the mention and frame stages look for its city in.
inline constexpr std::size_t kDatelineLines = 4;

// The byte spans of a dateline's words that name no entity, in the first lines: the agency tag
// and its dash ("(dpa) -", "(Reuters) –") and a place written in capitals before it ("RIAD"),
// which a tagger would take for an organisation (read_text keeps one the lexicon knows as a city), and an agency after
// a slash ("Lima/dpa -": the span starts inside the token). A place written as a name ("Caracas (dpa) -") stays: it is
// the place the article reports from.
std::vector<std::pair<std::size_t, std::size_t>> dateline_tags(std::string_view text, const WordClasses& words);

// The date the sentence tokens [first, last) give an event, as ISO 8601 (possibly partial), or
// nullopt: "am 3. Juli 2024", "vom 3. bis 5. Juli 2024" (its first day), "im Juli 2024",
// "im Jahr 2002", and with the document's full date "am Mittwoch" (the last Wednesday on or
// before it) or "am 3. Juli" (in the document's year).
std::optional<std::string> sentence_date(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                         std::string_view document_date, const WordClasses& words);

}  // namespace kg::extract
