// kg::extract NER: a statistical German named-entity tagger (BIO over PER, ORG, LOC, OTH),
// trained by kg itself, and the mention source that feeds it into the extraction pipeline.
//
// The model file format (versioned; now version 4) is written down in extract/src/ner.cpp beside the code that
// reads it. Models are plain files; the shipped German model is extract/models/de-ner.bin,
// rebuilt from ../shared/data by scripts/train-ner.sh.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/core/status.h"
#include "kg/extract/extract.h"

namespace kg::extract {

// A token in the form the tagger sees: kg's text normalisation (Unicode NFC, typographic quotes
// as " and ', hyphen variants as -), as the pipeline applies it to whole texts; a token that
// would vanish (a lone soft hyphen) stays as it is.
std::string normalize_token(std::string_view token);

// The entries of a word list file: one per line, empty and '#' lines skipped, anything after a
// tab dropped ("name<TAB>count" works), normalised like tokens. NotFound naming the file.
Result<std::vector<std::string>> read_word_list(const std::string& path);

// One sentence of a training or evaluation file: tokens (normalised with normalize_token) and
// their BIO tags ("O", "B-PER", …).
struct NerSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
};

// Reads GermEval 2014 TSV (index, token, outer tag, nested tag) or CoNLL ("token tag", tag in the
// last column); blank lines end sentences, lines starting with '#' are ignored. Tags outside
// PER/ORG/LOC/OTH and GermEval's "deriv"/"part" tags become "O"; the legal corpus' fine types
// map to PER, ORG and LOC (see ner.cpp). InvalidInput "FILE:LINE: reason" on a malformed line.
Result<std::vector<NerSentence>> read_ner_file(const std::string& path);

struct NerTrainOptions {
  // The language of the text: the lexicon-class feature reads its built-in pack's lexicon, and
  // the model records it (the pipeline runs a model on documents of its language only).
  std::string lang = "de";
  int epochs = 10;
  std::uint64_t seed = 1;  // the order of sentences per epoch; same seed, same model
  int ensemble = 1;        // perceptrons averaged into the model, on seeds seed, seed + 1, …
  int bucket_bits = 15;    // 2^bits hashed feature rows (15: the table stays in cache)
  // Common nouns for the "capitalised common noun" feature (e.g. read_word_list of
  // /usr/share/dict/ngerman; its capitalised entries count); empty: no such feature.
  std::vector<std::string> dictionary;
  // Up to 8 word lists (gazetteers: given names, places, …) as read_word_list gives them; each
  // capitalised word of an entry is marked as belonging to the list ("und" in "Trinidad und
  // Tobago" is not), and the tagger learns what membership in each list means.
  std::vector<std::vector<std::string>> word_lists;
  // Tagged text (of any domain) whose entity words become three more lists: the capitalised
  // words found inside PER, ORG or LOC spans at least half of the times they occur.
  std::vector<NerSentence> gazetteer_source;
  int clusters = 256;  // word clusters computed from the training text and `unlabeled` (0: none)
  std::vector<std::vector<std::string>> unlabeled;  // more running text (token lists) for the clusters
  // Called after each epoch with the ensemble member (from 1), the epoch and the share of
  // training tokens tagged wrongly.
  std::function<void(int member, int epoch, double wrong)> progress;
};

class NerTagger {
 public:
  ~NerTagger();
  // InvalidInput naming the file for a missing, truncated, corrupted or wrong-version model.
  static Result<std::unique_ptr<NerTagger>> load(const std::string& path);
  static Result<std::unique_ptr<NerTagger>> from_bytes(std::string_view bytes, const std::string& name);
  // Written atomically (temporary file, then rename).
  Status save(const std::string& path) const;
  std::string to_bytes() const;
  // The language the model was trained for ("de", "en").
  const std::string& language() const;

  // The BIO tag of each token of one sentence; tokens as normalize_token gives them. Thread-safe.
  std::vector<std::string> tag(const std::vector<std::string_view>& tokens) const;

  static Result<std::unique_ptr<NerTagger>> train(const std::vector<NerSentence>& sentences,
                                                  const NerTrainOptions& options);

 private:
  NerTagger();
  friend class NerTrainer;
  struct Model;
  std::unique_ptr<Model> model_;
};

// The model built into kg for a language (extract/models/LANG-ner.bin at build time: de, en),
// loaded once; NotFound when this kg was built without one for it.
Result<std::shared_ptr<const NerTagger>> builtin_ner_tagger(std::string_view lang = "de");

// The languages kg has a built-in model for.
std::vector<std::string> builtin_ner_languages();

// Strict span-level scores (CoNLL style: exact boundaries and type).
struct NerScore {
  struct Counts {
    std::size_t tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp == 0 ? 0 : double(tp) / double(tp + fp); }
    double recall() const { return tp + fn == 0 ? 0 : double(tp) / double(tp + fn); }
    double f1() const {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  };
  Counts per_type[4];  // PER, ORG, LOC, OTH
  Counts overall;
  void add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);
};
inline constexpr const char* kNerTypes[4] = {"PER", "ORG", "LOC", "OTH"};

// The tagger as a mention source: tokenises and splits the text like the pipeline, tags each
// sentence and proposes its PER, ORG and LOC spans (OTH is not an entity type of kg).
std::unique_ptr<MentionSource> ner_mention_source(std::shared_ptr<const NerTagger> tagger);

}  // namespace kg::extract
