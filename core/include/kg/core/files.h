// Files written whole or not at all.
#pragma once

#include <cstdio>
#include <functional>
#include <ostream>
#include <string>

#include "kg/core/status.h"

namespace kg {

// A file being written beside its target. It is created under a fresh name in the target's
// folder with O_CREAT|O_EXCL|O_NOFOLLOW, so it is never a file or link someone put there
// beforehand; commit() makes it the target (flush, fsync, rename), and a PendingFile that was
// never committed is removed when it goes.
class PendingFile {
 public:
  // IOError "cannot write TARGET: reason" when no file can be created beside it.
  static Result<PendingFile> create(const std::string& target);
  PendingFile(PendingFile&& other) noexcept;
  PendingFile& operator=(PendingFile&&) = delete;
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  ~PendingFile();

  std::FILE* file() const { return file_; }
  const std::string& temp_path() const { return temp_; }
  // IOError "cannot write TARGET: reason"; the temporary file is gone either way.
  Status commit();

 private:
  PendingFile(std::string target, std::string temp, std::FILE* file)
      : target_(std::move(target)), temp_(std::move(temp)), file_(file) {}
  void discard();

  std::string target_, temp_;
  std::FILE* file_ = nullptr;
};

// Runs `write` on a PendingFile for `path` and commits it when `write` returned OK and every byte
// reached the file; otherwise removes it, so a failure leaves nothing behind.
// IOError "cannot write PATH[: reason]" when the file cannot be created, written or renamed.
Status write_file_atomically(const std::string& path, const std::function<Status(std::ostream&)>& write);

}  // namespace kg
