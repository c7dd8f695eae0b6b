// kg::cli::App: the kg program without its main(). Owns the commands, parses the global options
// (--db, --help, --version), dispatches, prints errors and maps them to exit codes.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "kg/cli/command.h"

namespace kg::cli {

// The exit code of a status: the single place where kg decides them (README lists them).
int exit_code(StatusCode code);

class App {
 public:
  // An App with every built-in command.
  App();
  // Runs `kg ARGS...` (argv[0] excluded) and returns the exit code. Never calls exit().
  int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err,
          bool err_is_terminal = false);

  const std::vector<std::unique_ptr<Command>>& commands() const { return commands_; }

 private:
  const Command* find(std::string_view name) const;
  void print_help(std::ostream& out) const;
  void print_command_help(const Command& cmd, std::ostream& out) const;

  std::vector<std::unique_ptr<Command>> commands_;
};

// Factories of the built-in commands (one per file group in cli/src/).
void add_read_commands(std::vector<std::unique_ptr<Command>>* out);
void add_fact_commands(std::vector<std::unique_ptr<Command>>* out);
void add_write_commands(std::vector<std::unique_ptr<Command>>* out);
void add_export_commands(std::vector<std::unique_ptr<Command>>* out);
void add_extract_commands(std::vector<std::unique_ptr<Command>>* out);
void add_ner_commands(std::vector<std::unique_ptr<Command>>* out);

}  // namespace kg::cli
