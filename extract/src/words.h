// Internal: word classes — named lists of words that a language pack defines (extract/lang/<lang>/
// words.rules) and that the engine and the relation rules read by name. The engine's code holds
// no word of any language; it asks its pack for "negation" or "list.join" (the names it uses are
// listed in extract/lang/README.md). A class a pack does not define is empty: what it drives is off.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text.h"

namespace kg::extract {

// Hashing for lookups by string_view (no string is built to look a word up).
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// For class names ("office.elected.prep"), looked up by name at every sentence: their length and
// first and last eight bytes tell them apart well enough for a hash, at a few instructions instead
// of one round per byte (equal hashes are told apart by comparing the names).
struct ClassNameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    std::uint64_t head = 0, tail = 0;
    std::memcpy(&head, s.data(), std::min<std::size_t>(s.size(), 8));
    if (s.size() > 8)
      std::memcpy(&tail, s.data() + s.size() - std::min<std::size_t>(s.size() - 8, 8),
                  std::min<std::size_t>(s.size() - 8, 8));
    const std::uint64_t h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ s.size();
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

class WordClass {
 public:
  // An entry is a word ("Gipfel"), a prefix ("Mitglied*": "Mitglieder", "Mitgliedstaat"), a
  // suffix ("*minister": "Außenminister"), or words in a row ("sagte ab", written quoted).
  // Entries keep their order (position()).
  void add(std::string_view entry);
  // Adds a word as it is (no "*" or space read).
  void add_word(std::string_view word);

  // Whether one token is in the class (a multi-word entry: the words joined by one space).
  bool has(std::string_view word) const { return !entry_of(word).empty(); }
  // The entry one token matches, without its "*" ("außerordentlich" for "außerordentliche"); "" if none.
  std::string_view entry_of(std::string_view word) const;
  // How many tokens from `i` (before `end`) one entry matches, the longest; 0 for none.
  std::size_t match(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const;
  // The first token in [first, last) the class matches, or `last`.
  std::size_t find(const std::vector<Token>& tokens, std::size_t first, std::size_t last) const;
  // The 1-based position of the exact entry `word` among the entries, 0 if it is none ("Mai": 5).
  int position(std::string_view word) const;
  // The longest entry that `word` ends with, longer than it by `min_rest` bytes at least; "" if none
  // (for classes of endings: "Außenministerin" ends with "in").
  std::string_view ending_of(std::string_view word, std::size_t min_rest = 1) const;
  const std::vector<std::string>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }
  // Whether `word` is the first word of one of the multi-word entries ("sagte" of "sagte ab").
  bool starts_sequence(std::string_view word) const {
    return !word.empty() && may_start(word) && sequences_by_first_.find(word) != sequences_by_first_.end();
  }
  // Its number in WordClasses::index (kUnindexed before, and for the empty class).
  static constexpr std::uint32_t kUnindexed = UINT32_MAX;
  std::uint32_t number() const { return number_; }

 private:
  friend class WordClasses;
  std::uint32_t number_ = kUnindexed;
  std::vector<std::string> entries_;                                  // as written, in order
  std::unordered_set<std::string, WordHash, std::equal_to<>> exact_;  // words; multi-word entries joined by a space
  std::vector<std::string> prefixes_, suffixes_;
  std::vector<std::vector<std::string>> sequences_;
  // The multi-word entries by their first word (indexes into sequences_): with more than
  // kSequencesScanned of them a token is looked up once rather than compared with each.
  static constexpr std::size_t kSequencesScanned = 6;
  std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> sequences_by_first_;
  // The first two bytes of words, prefixes and sequences (as bits of a small table; `short_` for
  // the first byte of those of one byte), and the last two bytes of suffixes (`last_` for suffixes
  // of one byte): most tokens are no entry, and this says so without hashing them; a token that
  // may start an entry is looked up, one that may end a suffix is compared with the suffixes.
  static constexpr std::size_t kPairBits = 1024;
  static std::size_t pair_bit(unsigned char a, unsigned char b) { return (a * 31u + b) % kPairBits; }
  // Lets may_start pass words that start as `word` does (a word, a prefix, a sequence's first word).
  void mark_start(std::string_view word);
  static bool has_pair(const std::array<std::uint64_t, kPairBits / 64>& bits, unsigned char a, unsigned char b) {
    const std::size_t bit = pair_bit(a, b);
    return (bits[bit / 64] >> (bit % 64)) & 1u;
  }
  bool may_start(std::string_view w) const {
    const auto a = static_cast<unsigned char>(w.front());
    return short_[a] || (w.size() > 1 && has_pair(pairs_, a, static_cast<unsigned char>(w[1])));
  }
  bool may_end(std::string_view w) const {
    const auto z = static_cast<unsigned char>(w.back());
    return last_[z] || (w.size() > 1 && has_pair(end_pairs_, static_cast<unsigned char>(w[w.size() - 2]), z));
  }
  bool may_hold(std::string_view w) const { return may_start(w) || may_end(w); }
  // entry_of for a word that may_hold lets through
  std::string_view lookup(std::string_view word) const;
  std::array<std::uint64_t, kPairBits / 64> pairs_{}, end_pairs_{};
  std::array<bool, 256> short_{}, last_{};
};

inline std::string_view WordClass::entry_of(std::string_view word) const {
  if (word.empty() || !may_hold(word)) return {};  // (most tokens: no call, no hashing)
  return lookup(word);
}

class WordClasses {
 public:
  // The class `name`; an empty class when the pack defines none.
  const WordClass& operator[](std::string_view name) const;
  WordClass& define(std::string_view name) { return classes_[std::string(name)]; }
  bool defines(std::string_view name) const { return classes_.find(name) != classes_.end(); }
  std::vector<std::string> names() const;

  // The class of exactly these words, for a rule's word element "a|b|c" (one per set of words;
  // none of the named classes, so no rule names it).
  const WordClass& word_set(const std::vector<std::string>& words);

  // Numbers the classes and indexes their entries by word. Call it once every class has all its
  // entries (load_pack does): what is added after it, `first_tokens` does not see.
  void index();
  std::size_t indexed() const { return indexed_; }
  // For every indexed class, its first token in [first, last) as WordClass::find gives it, or
  // `last`: (*out)[class.number()]. One hash lookup per token instead of one per token and class.
  void first_tokens(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                    std::vector<std::uint32_t>* out) const;

 private:
  // Nodes stay put: rules keep pointers to their classes.
  std::unordered_map<std::string, WordClass, ClassNameHash, std::equal_to<>> classes_;
  std::unordered_map<std::string, WordClass, WordHash, std::equal_to<>> word_sets_;  // by their words
  std::size_t indexed_ = 0;
  // By word: the classes with the word as an entry, and (class, words) of the entries of several
  // words that start with it; by first and last byte: (entry, class) of prefixes and suffixes.
  struct Starting {
    std::vector<std::uint32_t> words;
    std::vector<std::pair<std::uint32_t, const std::vector<std::string>*>> sequences;
  };
  std::unordered_map<std::string, Starting, WordHash, std::equal_to<>> by_word_;
  std::array<std::vector<std::pair<std::string, std::uint32_t>>, 256> prefixes_, suffixes_;
};

// Whether `word` is `head` or a compound whose head it is: "Jahreskonferenz" and "Konferenz",
// "leaders' meeting" and "meeting" (a head of four letters or more).
bool headed_by(std::string_view word, std::string_view head);

}  // namespace kg::extract
