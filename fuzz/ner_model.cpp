// The NER model reader (`--ner-model FILE`). The last 8 bytes of a model are a checksum of the
// rest; the target recomputes it, so that mutations reach the parser instead of the checksum
// test. Any bytes give a tagger or an InvalidInput status; a tagger it gives tags a sentence.
#include <cstring>
#include <string>

#include "fuzz/fuzz_check.h"
#include "kg/extract/ner.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg;
  std::string bytes(fuzz::as_text(data, size));
  if (bytes.size() >= 8) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a 64, as the model format says
    for (std::size_t i = 0; i + 8 < bytes.size(); ++i) {
      h ^= static_cast<unsigned char>(bytes[i]);
      h *= 1099511628211ULL;
    }
    std::memcpy(bytes.data() + bytes.size() - 8, &h, 8);
  }
  auto tagger = extract::NerTagger::from_bytes(bytes, "fuzz.bin");
  if (!tagger.ok()) {
    fuzz::require(tagger.status().code() == StatusCode::kInvalidInput, "a bad model is invalid input");
    return 0;
  }
  std::vector<std::string_view> tokens = {"Die", "Ministerin", "Lena", "Beispiel", "besucht", "Oslo", "."};
  fuzz::require((*tagger)->tag(tokens).size() == tokens.size(), "every token gets a tag");
  return 0;
}
