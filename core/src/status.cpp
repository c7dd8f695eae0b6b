#include "kg/core/status.h"

#include <cstdio>
#include <cstdlib>

#include "kg/core/assert.h"

namespace kg {

std::string_view status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid argument";
    case StatusCode::kInvalidInput:
      return "invalid input";
    case StatusCode::kNotFound:
      return "not found";
    case StatusCode::kIOError:
      return "I/O error";
    case StatusCode::kCorruption:
      return "corruption";
    case StatusCode::kNotSupported:
      return "not supported";
    case StatusCode::kBusy:
      return "busy";
    case StatusCode::kInternal:
      return "internal error";
  }
  return "unknown";
}

Status Status::with_context(std::string_view context) const {
  if (ok()) return *this;
  std::string msg(context);
  msg += ": ";
  msg += message_;
  return Status(code_, std::move(msg));
}

}  // namespace kg

namespace kg {

void assertion_failed(const char* condition, const char* message, const char* file, int line) {
  std::fprintf(stderr, "kg: internal error (please report it): %s (%s) at %s:%d\n", message, condition, file, line);
  std::abort();
}

}  // namespace kg
