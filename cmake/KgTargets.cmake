# Helpers that give every kg target the same warnings and sanitizer flags.
# Flags are set per target, never globally, so the binary runs on any x86-64 / arm64 machine.

option(KG_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)
option(KG_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

function(kg_target_defaults target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                           -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                           -Wnull-dereference -Wimplicit-fallthrough)
    if(KG_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(KG_SANITIZE)
      target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
      target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
  endif()
endfunction()
