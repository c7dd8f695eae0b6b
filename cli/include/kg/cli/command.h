// The command-line interface as a library: each subcommand is a Command object that declares
// its options and arguments once; parsing, `kg help CMD` and `kg CMD --help` are generated from
// that declaration. Tests call commands through kg::cli::App with their own streams.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/core/status.h"

namespace kg::cli {

struct OptionSpec {
  std::string name;             // long name without dashes: "depth"
  std::string value_name;       // "N"; empty for a flag that takes no value
  std::string help;             // one line
  std::string default_value;    // shown in help and returned when the option is absent
  bool repeatable = false;      // may be given more than once (values accumulate)
  std::string short_name = "";  // one letter for "-o"; empty for none
  int arity = 1;                // values each occurrence takes ("--path FROM TO": 2); value_name
                                // then names them all
};

struct ArgSpec {
  std::string name;  // "NAME"
  std::string help;
  bool optional = false;
  bool variadic = false;  // takes the rest of the arguments (must be last)
};

// Options and arguments of one invocation, checked against the command's declaration.
class Args {
 public:
  bool flag(std::string_view name) const;
  // The last value of the option, or its declared default.
  std::string value(std::string_view name) const;
  std::vector<std::string> values(std::string_view name) const;
  bool has(std::string_view name) const;
  // The value as an integer within [min, max]; InvalidArgument naming the option otherwise.
  Result<long> integer(std::string_view name, long min, long max) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  friend class App;
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
  std::map<std::string, std::string, std::less<>> defaults_;
  std::vector<std::string> positional_;
};

// What a command may touch: its streams and the global settings.
struct Context {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  std::string db_path;           // from --db, $KG_DB, or ./kg.db
  bool err_is_terminal = false;  // progress bars only on a terminal
};

class Command {
 public:
  virtual ~Command() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view summary() const = 0;            // one line for `kg --help`
  virtual std::string_view details() const { return {}; }  // further paragraphs for `kg help CMD`
  virtual std::vector<OptionSpec> options() const { return {}; }
  virtual std::vector<ArgSpec> arguments() const { return {}; }
  // Runs the command. A non-ok Status is printed by the App as one line on stderr and mapped to
  // the exit code; commands print partial-failure summaries themselves and return the Status.
  virtual Status run(const Args& args, Context& ctx) = 0;
  // Whether standard output carries data for programs (JSON, exports, tagged tokens) rather than
  // text for people, whose control characters the App shows as escapes (src/printable.h).
  // Default: a --format other than "text".
  virtual bool writes_data(const Args& args) const;
};

// The --format option every read command shares.
OptionSpec format_option();
enum class Format { kText, kJson };
Result<Format> output_format(const Args& args);

}  // namespace kg::cli
