// The lexicon reader (`--lexicon FILE`): any text adds entries or gives an InvalidInput status
// naming the line.
#include "extract/src/lexicon.h"
#include "extract/src/pack.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg;
  extract::Lexicon lexicon;
  Status st = lexicon.add("fuzz.tsv", fuzz::as_text(data, size), extract::builtin_german_pack().words);
  if (!st.ok()) {
    fuzz::require(st.code() == StatusCode::kInvalidInput, "a bad lexicon is invalid input");
    fuzz::require(st.message().rfind("fuzz.tsv:", 0) == 0, "errors name the file and line");
  }
  return 0;
}
