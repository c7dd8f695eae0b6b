#include "kg/core/files.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ext/stdio_filebuf.h>
#include <filesystem>
#include <random>

namespace kg {

namespace {

Status cannot_write(const std::string& path, int err) {
  return Status::IOError("cannot write " + path + ": " + std::strerror(err));
}

}  // namespace

Result<PendingFile> PendingFile::create(const std::string& target) {
  // A name nobody can guess ahead: pid, a random part and a counter.
  static std::atomic<unsigned> counter{0};
  static const std::uint32_t salt = std::random_device{}();
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp =
        target + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(salt ^ (counter++ * 2654435761u));
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) {
      if (errno == EEXIST) continue;  // someone else's file (or link) of that name: take another
      return cannot_write(target, errno);
    }
    std::FILE* f = ::fdopen(fd, "wb");
    if (f == nullptr) {
      int err = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      return cannot_write(target, err);
    }
    return PendingFile(target, std::move(temp), f);
  }
  return Status::IOError("cannot write " + target + ": no free temporary name beside it");
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : target_(std::move(other.target_)), temp_(std::move(other.temp_)), file_(other.file_) {
  other.file_ = nullptr;
  other.temp_.clear();
}

PendingFile::~PendingFile() { discard(); }

void PendingFile::discard() {
  if (file_ != nullptr) std::fclose(file_);
  file_ = nullptr;
  if (!temp_.empty()) ::unlink(temp_.c_str());
  temp_.clear();
}

Status PendingFile::commit() {
  if (file_ == nullptr) return Status::IOError("cannot write " + target_ + ": already closed");
  int err = 0;
  if (std::ferror(file_) || std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0) err = errno ? errno : EIO;
  if (std::fclose(file_) != 0 && err == 0) err = errno;
  file_ = nullptr;
  if (err == 0 && std::rename(temp_.c_str(), target_.c_str()) != 0) err = errno;
  if (err != 0) {
    discard();
    return cannot_write(target_, err);
  }
  temp_.clear();
  return Status::Ok();
}

Status write_file_atomically(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  KG_ASSIGN_OR_RETURN(PendingFile pending, PendingFile::create(path));
  {
    __gnu_cxx::stdio_filebuf<char> buf(pending.file(), std::ios::out);
    std::ostream out(&buf);
    KG_RETURN_IF_ERROR(write(out));
    out.flush();
    if (!out) return Status::IOError("cannot write " + path);
  }
  return pending.commit();
}

}  // namespace kg
