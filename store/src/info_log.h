// RocksDB's info log, written by kg's own Logger.
//
// RocksDB's default logger writes <db>/LOG through a WritableFileWriter; in Debian's build, a write
// that fails on a full disk trips an assertion in that writer (`sync_without_flush_called_`) and
// aborts the process before the failed write can be reported. This logger appends each line with
// one write(2) and ignores failures: a warning that cannot be logged is lost, never fatal, and
// the write that filled the disk still comes back as an I/O error.
#pragma once

#include <memory>
#include <string>

#include <rocksdb/env.h>

namespace kg::store_internal {

// Appends RocksDB's messages at `level` and above to `file` (created if missing). A logger that
// discards everything when `file` is empty (read-only stores write nothing into the folder).
std::shared_ptr<rocksdb::Logger> make_info_log(const std::string& file, rocksdb::InfoLogLevel level);

}  // namespace kg::store_internal
