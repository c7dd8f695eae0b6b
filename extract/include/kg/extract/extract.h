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

class Extractor {
 public:
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
