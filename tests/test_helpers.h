// Shared helpers of the test suite: temporary folders, running the kg CLI in-process, and
// REQUIRE_OK that prints a Status's message when it fails.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "kg/core/document.h"
#include "kg/core/status.h"

// Requires a Status or Result to be ok, printing its message when it is not.
#define REQUIRE_OK(expr)                                     \
  do {                                                       \
    const ::kg::Status kg_st_ = ::kg::test::status_of(expr); \
    INFO("status: " << kg_st_.message());                    \
    REQUIRE(kg_st_.ok());                                    \
  } while (false)

namespace kg::test {

inline Status status_of(const Status& s) { return s; }
template <typename T>
Status status_of(const Result<T>& r) {
  return r.status();
}

// A fresh folder under the system's temp dir, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string str(const std::string& child = "") const {
    return child.empty() ? path_.string() : (path_ / child).string();
  }

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int code = 0;
  std::string out;
  std::string err;
};

// Runs `kg ARGS...` in-process with `input` on standard input.
RunResult run_kg(const std::vector<std::string>& args, const std::string& input = "");

// The repository's source folder (tests read examples/ from there).
std::string source_dir();
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& content);

// A small valid document with `n` people who all meet one host, a place, an event.
Document sample_document(const std::string& id, int n = 3, const std::string& host = "Ada Host");

}  // namespace kg::test
