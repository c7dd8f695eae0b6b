#include "info_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <ctime>

namespace kg::store_internal {

namespace {

class InfoLog final : public rocksdb::Logger {
 public:
  InfoLog(int fd, rocksdb::InfoLogLevel level) : rocksdb::Logger(level), fd_(fd) {}
  ~InfoLog() override {
    if (fd_ >= 0) ::close(fd_);
  }

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    if (fd_ < 0) return;
    char line[1024];
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&now, &tm);
    std::size_t n = std::strftime(line, sizeof line, "%Y-%m-%dT%H:%M:%SZ ", &tm);
    int m = std::vsnprintf(line + n, sizeof line - n - 1, format, ap);
    if (m < 0) return;
    n = std::min(sizeof line - 2, n + static_cast<std::size_t>(m));
    line[n++] = '\n';
    ssize_t written = ::write(fd_, line, n);  // O_APPEND: one line per write
    (void)written;                            // a full disk loses the line, nothing more
  }

 private:
  int fd_;
};

}  // namespace

std::shared_ptr<rocksdb::Logger> make_info_log(const std::string& file, rocksdb::InfoLogLevel level) {
  int fd = file.empty() ? -1 : ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0644);
  return std::make_shared<InfoLog>(fd, level);
}

}  // namespace kg::store_internal
