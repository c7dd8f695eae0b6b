// The writer lock of a kg database: an open-file-description lock on <db>/kg.writer.lock that
// holds the owner's pid. OFD locks conflict between processes and between two opens in one
// process, and the kernel drops them when the owner dies, so a killed writer never leaves a
// stale lock behind.
#pragma once

#include <string>
#include <string_view>

#include "kg/core/status.h"

namespace kg::store_internal {

inline constexpr std::string_view kWriterLockFile = "kg.writer.lock";

// The creation marker (keys.h): created durably (file and folder synced) before a new database's
// first RocksDB file, removed durably once its format version is written.
Status create_marker(const std::string& file);
Status remove_marker(const std::string& file);

class WriterLock {
 public:
  // Takes the lock of the database in folder `db_path` (the folder must exist).
  // Busy "database is in use by another kg process (pid N)" when another holder has it.
  static Result<WriterLock> acquire(const std::string& db_path);
  WriterLock(WriterLock&& other) noexcept;
  WriterLock& operator=(WriterLock&& other) noexcept;
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;
  ~WriterLock();

 private:
  explicit WriterLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace kg::store_internal
