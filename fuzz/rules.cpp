// The rule-file parser (`--rules FILE`): any text gives rules or an InvalidInput status naming
// the line; rules it accepts only name predicates, slots and word classes that exist.
#include "extract/src/rules.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg;
  extract::WordClasses classes;
  auto rules = extract::parse_rules("fuzz.rules", fuzz::as_text(data, size), classes);
  if (!rules.ok()) {
    fuzz::require(rules.status().code() == StatusCode::kInvalidInput, "a bad rule file is invalid input");
    fuzz::require(rules.status().message().rfind("fuzz.rules:", 0) == 0, "errors name the file and line");
    return 0;
  }
  for (const extract::Rule& r : *rules) {
    fuzz::require(!r.pattern.empty(), "a rule has a pattern");
    fuzz::require(find_predicate(r.predicate) != nullptr, "a rule names a known predicate");
    for (const extract::PatternElement& el : r.pattern)
      fuzz::require(el.kind != extract::PatternElement::kClass || el.word_class != nullptr,
                    "a class element has its class");
  }
  return 0;
}
