// The NER models embedded in the library at build time (extract/CMakeLists.txt generates the
// table from extract/models/LANG-ner.bin).
#pragma once

#include <vector>

namespace kg::extract {

struct EmbeddedModel {
  const char* lang;
  const char* begin;
  const char* end;
};

const std::vector<EmbeddedModel>& embedded_ner_models();

}  // namespace kg::extract
