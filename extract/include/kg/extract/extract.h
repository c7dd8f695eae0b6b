// kg::extract: German news text → document object (core/document.h).
//
// The pipeline: NFC normalisation → tokens and sentences with byte offsets → entity mentions
// (lexicon matches; persons after offices and titles; events bound to an organisation or
// place) → resolution within the document (short names, acronyms, inflected forms, nationality
// adjectives, "er") → relation rules per sentence, blocked by negation → the document object,
// every relation with its sentence, byte span, rule and confidence. Knows nothing of storage.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/core/document.h"
#include "kg/core/status.h"

namespace kg::extract {

struct Input {
  std::string text;    // UTF-8
  std::string source;  // path or URL, kept in the document object
  std::string date;    // ISO 8601, possibly partial; empty: read from a first line "date 2024-07"
  std::string lang = "de";
};

// One more source of entity mentions beside the lexicons and rules (a statistical tagger, say).
// Proposals are byte spans of the normalised text; the pipeline takes those that fall on token
// boundaries and overlap nothing the lexicons or rules already found (those keep precedence),
// and they take part in resolution and relation rules like any other mention.
struct ProposedMention {
  std::size_t start = 0, end = 0;  // byte span in TokenizedText::text
  EntityType type = EntityType::kPerson;
};

// A text as the pipeline reads it, handed to every mention source so none tokenises again: the
// normalised text, its tokens (views into `text`, in order) and its sentences as token ranges
// [first, last).
struct TokenizedText {
  std::string_view text;
  std::vector<std::string_view> tokens;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
};

// The pipeline's tokens and sentences of an already normalised text (for sources used on their own).
TokenizedText tokenize_text(std::string_view normalized_text);

class MentionSource {
 public:
  virtual ~MentionSource() = default;
  // Must be safe to call from several threads at once.
  virtual std::vector<ProposedMention> propose(const TokenizedText& text) const = 0;
};

class Extractor {
 public:
  // Adds a mention source (before any extract() call).
  void add_source(std::unique_ptr<MentionSource> source);

  // The built-in German lexicons and rules plus the user's lexicon files
  // (extract/lexicons/README.md) and rule files (extract/rules/README.md). InvalidInput
  // "FILE:LINE: reason" for a malformed line; NotFound for a missing file.
  static Result<std::unique_ptr<Extractor>> create(const std::vector<std::string>& lexicon_files = {},
                                                   const std::vector<std::string>& rule_files = {});
  ~Extractor();

  // InvalidInput (naming the byte offset) for text that is not UTF-8. Thread-safe: one
  // Extractor serves every thread.
  Result<Document> extract(const Input& input) const;

 private:
  Extractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// "sha256:" and the hex SHA-256 of the text: a document's id.
std::string content_id(std::string_view text);

}  // namespace kg::extract
