// Files written whole or not at all.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "kg/core/status.h"

namespace kg {

// Runs `write` on a temporary file beside `path` and renames it to `path` when `write` returned
// OK and every byte reached the file; otherwise removes it, so a failure leaves nothing behind.
// IOError "cannot write PATH[: reason]" when the file cannot be created, written or renamed.
Status write_file_atomically(const std::string& path, const std::function<Status(std::ostream&)>& write);

}  // namespace kg
