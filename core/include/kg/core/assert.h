// KG_ASSERT: a broken invariant of kg's own code (never bad input, which is a Status) stops the
// program with the condition, a message and the place, in every build type. Used where a silent
// fallback would hand out wrong data instead (an unknown enum value, a predicate name in code
// that the registry does not know).
#pragma once

namespace kg {

[[noreturn]] void assertion_failed(const char* condition, const char* message, const char* file, int line);

}  // namespace kg

#define KG_ASSERT(condition, message)                                                    \
  do {                                                                                   \
    if (!(condition)) ::kg::assertion_failed(#condition, (message), __FILE__, __LINE__); \
  } while (false)
