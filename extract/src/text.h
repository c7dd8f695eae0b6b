// Internal: tokens and sentences with byte offsets into the (NFC-normalised) text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

class WordClass;
class WordClasses;

struct Token {
  std::string_view text;
  std::size_t start = 0, end = 0;  // byte offsets
  bool upper = false;              // starts with an upper-case letter
  bool word = false;               // letters or digits (not punctuation)
};

struct Sentence {
  std::size_t first = 0, last = 0;  // token range [first, last)
  std::size_t start = 0, end = 0;   // byte span
};

// NFC (ICU), then one form per quote and hyphen: typographic double quotes („ “ ” « ») become ",
// single ones and the typographic apostrophe (‚ ‘ ’ ‹ ›) become ', hyphen variants and the minus
// sign become -, soft hyphens and zero-width spaces are dropped. En and em dashes stay (they are
// punctuation tokens). Offsets everywhere in extraction are into this normalised text; the
// document object's are into the raw text (`NormalizedText::raw_offset`).
std::string normalize_text(std::string_view text);

// The normalised text with the way back: where each of its bytes starts in the raw text.
struct NormalizedText {
  std::string text;
  // raw_at[i] is the raw offset of byte i of `text` (one more entry for its end); empty when
  // normalising changed nothing. A code point that normalising rewrote maps to its start.
  std::vector<std::size_t> raw_at;
  std::size_t raw_offset(std::size_t i) const { return raw_at.empty() ? i : raw_at[i]; }
};
NormalizedText normalize_text_mapped(std::string_view raw);

// Words (letters, digits, inner hyphens and apostrophes; "Staats-" keeps its trailing hyphen),
// the language's abbreviations with their period (word class "abbreviation": "Dr.", "Nr."), and
// single punctuation marks. A capitalised word's hyphen before one space and a capital letter
// joins: "Jean- Claude", "Secretary- General" (a compound broken by a space) are one token.
std::vector<Token> tokenize(std::string_view text, const WordClass& abbreviations);

// A token's words as the lexicon and names spell them: without the space of a broken compound
// ("Jean- Claude" → "Jean-Claude").
std::string join_broken_compounds(std::string_view text);
bool has_broken_compound(std::string_view text);

// A word written in capitals only, three letters at least ("BERLIN", "MÜNCHEN"), and a text's words
// with their first letters capital and the others small ("KUALA LUMPUR" → "Kuala Lumpur").
bool all_capitals(std::string_view word);
std::string title_case(std::string_view text);
// The text in lower case (ICU, root locale): "DE" → "de".
std::string lower_case(std::string_view text);

// Sentences end at . ! ? before a capitalised word or a line break, and at line breaks; not
// after abbreviations (tokenize keeps their period) or ordinals before a month or a range word
// (word classes "month", "date.range": "vom 5. bis 6. Mai"). A sentence longer than kMaxSentenceTokens is cut at a
// clause boundary
// (, ; : or a dash) in the second half of that length, else at the limit.
inline constexpr std::size_t kMaxSentenceTokens = 160;
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      const WordClasses& words);

}  // namespace kg::extract
