// kg::extract: news text → document object (core/document.h), in the language of a language pack
// (extract/lang/<lang>/: word classes, lexicons and rules as data).
//
// The stages (ARCHITECTURE.md): NFC normalisation → tokens and sentences with byte offsets →
// mentions (lexicon matches; persons after offices and in lists; events bound to an organisation
// or place; other sources such as the tagger) → the document frame (the article's event, its
// place and date, whom a pronoun refers to) → relations per sentence (the pack's rules and the
// structural rules), blocked by negation → assembly of the document object → resolution within
// the document (one event per kind, short names, inflected forms, junk), every relation with its
// sentence, byte span, rule and confidence. Knows nothing of storage.
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
  std::string lang;    // the language's code ("de"); empty: the extractor's (Options::lang)
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

// The pipeline's tokens and sentences of an already normalised text in a language with a built-in
// pack (for sources used on their own).
TokenizedText tokenize_text(std::string_view normalized_text, std::string_view lang = "de");

class MentionSource {
 public:
  virtual ~MentionSource() = default;
  // Must be safe to call from several threads at once.
  virtual std::vector<ProposedMention> propose(const TokenizedText& text) const = 0;
};

// The language code that asks the extractor to tell a document's language from its text.
inline constexpr std::string_view kAutoLanguage = "auto";

struct Options {
  // The language of documents that name none, or "auto": the pack whose common words (class
  // "language.words") the text uses most; a text of 20 words or more with none of any pack's is
  // refused ("no language pack recognises the text"), a shorter one without two clues more for one
  // language than for another is read as `fallback_lang`.
  std::string lang = "de";
  std::string fallback_lang = "de";
  // A language pack folder (layout of extract/lang/de/) to use for `lang` instead of a built-in one.
  std::string pack_dir;
  // The user's lexicon files (extract/lexicons/README.md) and rule files (extract/rules/README.md),
  // added to the pack of `lang`.
  std::vector<std::string> lexicon_files, rule_files;
};

class Extractor {
 public:
  // Adds a mention source (before any extract() call) for the documents of language `lang`, or of
  // every language when it is empty.
  void add_source(std::unique_ptr<MentionSource> source, std::string lang = "");

  // Every built-in language pack, the one of Options::lang from pack_dir when given, and the
  // user's files. InvalidInput "FILE:LINE: reason" for a malformed line; NotFound for a missing
  // file or a language without a pack.
  static Result<std::unique_ptr<Extractor>> create(const Options& options = {});
  ~Extractor();

  // The document object of one input, read with the pack of its language. InvalidInput (naming the
  // byte offset) for text that is not UTF-8, or for a language without a pack. Thread-safe: one
  // Extractor serves every thread.
  Result<Document> extract(const Input& input) const;

  // The languages this extractor has a pack for.
  std::vector<std::string> languages() const;

 private:
  Extractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// "sha256:" and the hex SHA-256 of the text: a document's id.
std::string content_id(std::string_view text);

}  // namespace kg::extract
