# Helpers that give every kg target the same warnings and sanitizer flags.
# Flags are set per target, never globally, so the binary runs on any x86-64 / arm64 machine.

option(KG_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)
set(KG_SANITIZE "" CACHE STRING
    "Sanitizers to build with: address,undefined or thread (empty: none; ON means address,undefined)")
option(KG_FUZZ "Build the libFuzzer targets in fuzz/ (needs clang; the libraries get fuzzer coverage)" OFF)
if(KG_SANITIZE STREQUAL "ON")
  set(KG_SANITIZE "address,undefined" CACHE STRING "" FORCE)
elseif(KG_SANITIZE STREQUAL "OFF")
  set(KG_SANITIZE "" CACHE STRING "" FORCE)
endif()
if(KG_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "KG_FUZZ needs clang (libFuzzer): cmake -DCMAKE_CXX_COMPILER=clang++ ...")
endif()

# The programs (kg, the benchmarks) allocate through jemalloc, as RocksDB's own builds do: extraction
# makes many small short-lived strings and vectors, and jemalloc's thread caches serve them in
# fewer instructions than glibc's malloc (BENCHMARKS.md). Sanitizers bring their own allocator.
option(KG_JEMALLOC "Link the kg program and the benchmarks with jemalloc (Debian: libjemalloc-dev)" ON)
if(KG_JEMALLOC AND NOT KG_SANITIZE)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc>=5)
endif()

# For an executable: the allocator kg's programs run with (KG_JEMALLOC).
function(kg_program_allocator target)
  if(KG_JEMALLOC AND NOT KG_SANITIZE)
    target_link_libraries(${target} PRIVATE PkgConfig::JEMALLOC)
    target_compile_definitions(${target} PRIVATE KG_ALLOCATOR="jemalloc")
  else()
    target_compile_definitions(${target} PRIVATE KG_ALLOCATOR="the C library's malloc")
  endif()
endfunction()

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
      # Any finding fails: UBSan stops instead of printing and going on.
      target_compile_options(${target} PRIVATE -fsanitize=${KG_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
      target_link_options(${target} PRIVATE -fsanitize=${KG_SANITIZE})
    endif()
    if(KG_FUZZ)
      target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
  endif()
endfunction()
