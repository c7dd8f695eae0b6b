// The extraction pipeline (`kg extract`, `kg ingest`) on arbitrary bytes, with the built-in
// tagger: no crash, and every document it makes is one `kg load` accepts.
#include "kg/extract/extract.h"
#include "fuzz/fuzz_check.h"
#include "kg/core/document.h"
#include "kg/extract/ner.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg;
  static const extract::Extractor* extractor = [] {
    auto x = extract::Extractor::create();
    fuzz::require(x.ok(), "the built-in lexicons and rules load");
    auto tagger = extract::builtin_ner_tagger();
    if (tagger.ok()) (*x)->add_source(extract::ner_mention_source(*tagger));
    return std::move(x).value().release();
  }();
  auto doc = extractor->extract(extract::Input{std::string(fuzz::as_text(data, size)), "fuzz", "", "de"});
  if (!doc.ok()) {
    fuzz::require(doc.status().code() == StatusCode::kInvalidInput, "bad text is invalid input");
    return 0;
  }
  auto loaded = document_from_json_text(document_to_json(*doc).dump());
  fuzz::require(loaded.ok(), "extraction makes documents that load");
  return 0;
}
