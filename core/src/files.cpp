#include "kg/core/files.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace kg {

Status write_file_atomically(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  const std::string tmp = path + ".tmp." + std::to_string(getpid());
  Status st;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError("cannot write " + path);
    st = write(out);
    out.close();
    if (st.ok() && !out) st = Status::IOError("cannot write " + path);
  }
  std::error_code ec;
  if (st.ok()) {
    std::filesystem::rename(tmp, path, ec);
    if (ec) st = Status::IOError("cannot write " + path + ": " + ec.message());
  }
  if (!st.ok()) std::filesystem::remove(tmp, ec);
  return st;
}

}  // namespace kg
