// The kg program: everything lives in kg_cli; main only hands over argv and the streams.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "kg/cli/app.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  kg::cli::App app;
  return app.run(args, std::cin, std::cout, std::cerr, ::isatty(STDERR_FILENO) != 0);
}
