// Synthetic document objects for benchmarks: entities drawn with a power-law skew (a few hubs
// such as big organisations and countries, a long tail of people), relations whose predicates fit
// their types, ~20 relations per document, deterministic for a given seed.
#pragma once

#include <cstdint>
#include <ostream>

namespace kg::bench {

struct GeneratorOptions {
  std::uint64_t relations = 1'000'000;        // Default: 1M. Total relations over all documents.
  std::uint64_t relations_per_document = 20;  // Default: 20.
  double skew = 1.2;                          // Default: 1.2. Zipf exponent of entity popularity.
  std::uint64_t seed = 42;                    // Default: 42.
};

struct GeneratorStats {
  std::uint64_t documents = 0;
  std::uint64_t relations = 0;
  std::uint64_t entities = 0;  // distinct entities the generator can draw from
};

// Writes one document object per line to `out`.
GeneratorStats generate_documents(const GeneratorOptions& options, std::ostream& out);

}  // namespace kg::bench
