// The document reader (`kg load`): any bytes give a document or an InvalidInput status, and a
// document read once reads again the same from the JSON kg writes for it.
#include "fuzz/fuzz_check.h"
#include "kg/core/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg;
  auto doc = document_from_json_text(fuzz::as_text(data, size));
  if (!doc.ok()) {
    fuzz::require(doc.status().code() == StatusCode::kInvalidInput, "a bad document is invalid input");
    fuzz::require(doc.status().message().size() < 1000, "error messages stay short");
    return 0;
  }
  nlohmann::json written = document_to_json(*doc);
  auto again = document_from_json_text(written.dump());
  fuzz::require(again.ok(), "kg reads what it writes");
  fuzz::require(document_to_json(*again) == written, "a round trip changes nothing");
  return 0;
}
