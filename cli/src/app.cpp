#include "kg/cli/app.h"

#include <cstdlib>
#include <exception>
#include <iomanip>
#include <iostream>
#include <new>
#include <sstream>

#include "kg/core/text.h"
#include "printable.h"

#ifndef KG_VERSION
#define KG_VERSION "unknown"
#endif

namespace kg::cli {

int exit_code(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return 0;
    case StatusCode::kInvalidArgument:
      return 2;
    case StatusCode::kNotFound:
      return 3;
    case StatusCode::kInvalidInput:
      return 4;
    case StatusCode::kBusy:
      return 5;
    case StatusCode::kIOError:
      return 6;
    case StatusCode::kCorruption:
      return 7;
    case StatusCode::kNotSupported:
      return 8;
    case StatusCode::kInternal:
      return 1;
  }
  return 1;
}

// The command boundary: no exception leaves a command. Modules report what users can cause as a
// Status; what still arrives here as an exception is turned into one, so kg never aborts.
Status run_guarded(Command& cmd, const Args& args, Context& ctx) {
  try {
    return cmd.run(args, ctx);
  } catch (const std::bad_alloc&) {
    return Status::IOError("out of memory");
  } catch (const std::exception& e) {
    return Status::Internal(std::string("internal error (please report it): ") + e.what());
  } catch (...) {
    return Status::Internal("internal error (please report it): unknown exception");
  }
}

bool Command::writes_data(const Args& args) const {
  std::string f = args.value("format");
  return !f.empty() && f != "text";
}

// --- Args --------------------------------------------------------------------------------------

bool Args::flag(std::string_view name) const { return values_.find(name) != values_.end(); }
bool Args::has(std::string_view name) const { return values_.find(name) != values_.end(); }

std::string Args::value(std::string_view name) const {
  if (auto it = values_.find(name); it != values_.end() && !it->second.empty()) return it->second.back();
  if (auto it = defaults_.find(name); it != defaults_.end()) return it->second;
  return {};
}

std::vector<std::string> Args::values(std::string_view name) const {
  if (auto it = values_.find(name); it != values_.end()) return it->second;
  return {};
}

Result<long> Args::integer(std::string_view name, long min, long max) const {
  std::string v = value(name);
  char* end = nullptr;
  errno = 0;
  long n = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || errno != 0 || n < min || n > max) {
    return Status::InvalidArgument("--" + std::string(name) + " must be a whole number from " + std::to_string(min) +
                                   " to " + std::to_string(max) + ", not \"" + v + "\"");
  }
  return n;
}

OptionSpec format_option() {
  return {"format", "FORMAT", "output for people (text) or for scripts (json)", "text", false};
}

Result<Format> output_format(const Args& args) {
  std::string f = args.value("format");
  if (f == "text") return Format::kText;
  if (f == "json") return Format::kJson;
  return Status::InvalidArgument("--format must be text or json, not \"" + f + "\"");
}

// --- App ---------------------------------------------------------------------------------------

namespace {

const std::vector<OptionSpec>& global_options() {
  static const std::vector<OptionSpec> opts = {
      {"db", "PATH", "the database folder ($KG_DB, else ./kg.db)", "", false},
      {"help", "", "show help (of a command when given after it)", "", false},
      {"version", "", "print kg's version", "", false},
  };
  return opts;
}

const OptionSpec* find_option(const std::vector<OptionSpec>& specs, std::string_view name) {
  for (const auto& s : specs)
    if (s.name == name || (!s.short_name.empty() && s.short_name == name)) return &s;
  return nullptr;
}

std::string usage_line(const Command& cmd) {
  std::string line = "kg " + std::string(cmd.name());
  if (!cmd.options().empty()) line += " [options]";
  for (const auto& a : cmd.arguments()) {
    std::string n = a.name + (a.variadic ? "..." : "");
    line += " " + (a.optional ? "[" + n + "]" : n);
  }
  return line;
}

void print_options(const std::vector<OptionSpec>& specs, std::ostream& out) {
  std::size_t width = 0;
  std::vector<std::string> heads;
  for (const auto& s : specs) {
    std::string head = (s.short_name.empty() ? "" : "-" + s.short_name + ", ") + "--" + s.name +
                       (s.value_name.empty() ? "" : " " + s.value_name);
    width = std::max(width, head.size());
    heads.push_back(std::move(head));
  }
  for (std::size_t i = 0; i < specs.size(); ++i) {
    out << "  " << std::left << std::setw(static_cast<int>(width)) << heads[i] << "  " << specs[i].help;
    if (!specs[i].default_value.empty()) out << " (default: " << specs[i].default_value << ")";
    if (specs[i].repeatable) out << "; repeatable";
    out << "\n";
  }
}

// The closest of `names` to a mistyped `word` (at most two edits, or a third of its letters), as
// " (did you mean X?)", or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& names) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const std::string& n : names) {
    const std::size_t d = edit_distance(word, n);
    if (d < best_distance) {
      best_distance = d;
      best = n;
    }
  }
  return best.empty() ? "" : " (did you mean " + best + "?)";
}

}  // namespace

App::App() {
  add_extract_commands(&commands_);
  add_ner_commands(&commands_);
  add_write_commands(&commands_);
  add_read_commands(&commands_);
  add_fact_commands(&commands_);
  add_export_commands(&commands_);
}

const Command* App::find(std::string_view name) const {
  for (const auto& c : commands_)
    if (c->name() == name) return c.get();
  return nullptr;
}

void App::print_help(std::ostream& out) const {
  out << "kg " << KG_VERSION << " — turns news articles into a knowledge graph\n\n"
      << "Usage: kg [--db PATH] COMMAND [options] [arguments]\n\nCommands:\n";
  std::size_t width = 0;
  for (const auto& c : commands_) width = std::max(width, c->name().size());
  for (const auto& c : commands_) {
    out << "  " << std::left << std::setw(static_cast<int>(width)) << c->name() << "  " << c->summary() << "\n";
  }
  out << "\nGlobal options:\n";
  print_options(global_options(), out);
  out << "\nRun 'kg help COMMAND' for a command's options.\n";
}

void App::print_command_help(const Command& cmd, std::ostream& out) const {
  out << "Usage: " << usage_line(cmd) << "\n\n" << cmd.summary() << "\n";
  if (!cmd.details().empty()) out << "\n" << cmd.details() << "\n";
  if (!cmd.arguments().empty()) {
    out << "\nArguments:\n";
    std::size_t width = 0;
    for (const auto& a : cmd.arguments()) width = std::max(width, a.name.size());
    for (const auto& a : cmd.arguments()) {
      out << "  " << std::left << std::setw(static_cast<int>(width)) << a.name << "  " << a.help << "\n";
    }
  }
  if (!cmd.options().empty()) {
    out << "\nOptions:\n";
    print_options(cmd.options(), out);
  }
  out << "\nGlobal options:\n";
  print_options(global_options(), out);
}

int App::run(const std::vector<std::string>& argv, std::istream& in, std::ostream& out, std::ostream& err,
             bool err_is_terminal) {
  auto fail = [&](const Status& st) {
    err << "kg: " << printable(st.message()) << "\n";
    return exit_code(st.code());
  };

  // First pass: global options before the command name.
  std::string db;
  bool help = false;
  std::size_t i = 0;
  for (; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--help" || a == "-h") {
      help = true;
    } else if (a == "--version") {
      out << "kg " << KG_VERSION << "\n";
      return 0;
    } else if (a == "--db" || a.rfind("--db=", 0) == 0) {
      if (a == "--db") {
        if (i + 1 >= argv.size()) return fail(Status::InvalidArgument("--db needs a PATH"));
        db = argv[++i];
      } else {
        db = a.substr(5);
      }
    } else if (!a.empty() && a[0] == '-') {
      return fail(Status::InvalidArgument("unknown option " + a + " (see kg --help)"));
    } else {
      break;
    }
  }
  if (i >= argv.size()) {
    print_help(help ? out : err);
    return help ? 0 : exit_code(StatusCode::kInvalidArgument);
  }
  std::string name = argv[i++];
  std::vector<std::string> command_names = {"help"};
  for (const auto& c : commands_) command_names.emplace_back(c->name());
  auto unknown_command = [&](const std::string& what) {
    const std::string hint = did_you_mean(what, command_names);
    return fail(
        Status::InvalidArgument("unknown command \"" + what + "\"" + (hint.empty() ? " (see kg --help)" : hint)));
  };
  if (name == "help") {
    if (i >= argv.size() || argv[i] == "help") {  // "kg help help": how to get help
      print_help(out);
      return 0;
    }
    const Command* cmd = find(argv[i]);
    if (!cmd) return unknown_command(argv[i]);
    print_command_help(*cmd, out);
    return 0;
  }
  Command* cmd = const_cast<Command*>(find(name));
  if (!cmd) return unknown_command(name);
  if (help) {
    print_command_help(*cmd, out);
    return 0;
  }

  // Second pass: the command's options, positionals, and global options anywhere.
  const std::vector<OptionSpec> specs = cmd->options();
  Args args;
  for (const auto& s : specs)
    if (!s.default_value.empty()) args.defaults_[s.name] = s.default_value;
  bool options_done = false;
  for (; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (options_done || a.size() < 2 || a[0] != '-' || a == "-") {
      args.positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    if (a == "--help" || a == "-h") {
      print_command_help(*cmd, out);
      return 0;
    }
    std::string key = a.substr(a[1] == '-' ? 2 : 1);
    std::optional<std::string> inline_value;
    if (auto eq = key.find('='); eq != std::string::npos) {
      inline_value = key.substr(eq + 1);
      key = key.substr(0, eq);
    }
    if (key == "db") {
      if (!inline_value && i + 1 >= argv.size()) return fail(Status::InvalidArgument("--db needs a PATH"));
      db = inline_value ? *inline_value : argv[++i];
      continue;
    }
    const OptionSpec* spec = find_option(specs, key);
    if (!spec) {
      std::vector<std::string> option_names = {"db", "help"};
      for (const auto& o : specs) option_names.push_back(o.name);
      const std::string hint = did_you_mean(key, option_names);
      return fail(Status::InvalidArgument("unknown option --" + key + " for kg " + name +
                                          (hint.empty() ? " (see kg help " + name + ")" : hint)));
    }
    std::string value;
    auto& slot = args.values_[spec->name];
    if (spec->arity > 1) {
      if (!slot.empty() && !spec->repeatable)
        return fail(Status::InvalidArgument("--" + key + " given more than once"));
      if (inline_value || i + static_cast<std::size_t>(spec->arity) >= argv.size()) {
        return fail(Status::InvalidArgument("--" + key + " needs " + std::to_string(spec->arity) + " values (" +
                                            spec->value_name + ")"));
      }
      for (int v = 0; v < spec->arity; ++v) slot.push_back(argv[++i]);
      continue;
    }
    if (spec->value_name.empty()) {
      if (inline_value) return fail(Status::InvalidArgument("--" + key + " takes no value"));
    } else if (inline_value) {
      value = *inline_value;
    } else {
      if (i + 1 >= argv.size()) {
        return fail(Status::InvalidArgument("--" + key + " needs a value (" + spec->value_name + ")"));
      }
      value = argv[++i];
    }
    if (!spec->repeatable && !slot.empty()) {
      return fail(Status::InvalidArgument("--" + key + " given more than once"));
    }
    slot.push_back(std::move(value));
  }

  // Positional arguments against the declaration.
  const std::vector<ArgSpec> arg_specs = cmd->arguments();
  std::size_t required = 0;
  bool variadic = false;
  for (const auto& a : arg_specs) {
    if (!a.optional) ++required;
    variadic = variadic || a.variadic;
  }
  if (args.positional_.size() < required) {
    return fail(Status::InvalidArgument(name + " needs " + arg_specs[args.positional_.size()].name +
                                        " (usage: " + usage_line(*cmd) + ")"));
  }
  if (!variadic && args.positional_.size() > arg_specs.size()) {
    return fail(Status::InvalidArgument(name + ": unexpected argument \"" + args.positional_[arg_specs.size()] +
                                        "\" (usage: " + usage_line(*cmd) + ")"));
  }
  for (const auto& s : args.positional_) {
    if (find_invalid_utf8(s)) return fail(Status::InvalidArgument("an argument is not valid UTF-8"));
  }

  if (db.empty()) {
    const char* env = std::getenv("KG_DB");
    db = env && *env ? env : "kg.db";
  }
  PrintableStreambuf printable_out(out.rdbuf());
  std::ostream people(&printable_out);
  const bool for_people = !cmd->writes_data(args);
  Context ctx{in, for_people ? people : out, err, db, err_is_terminal};
  Status st = run_guarded(*cmd, args, ctx);
  ctx.out.flush();
  if (!st.ok()) return fail(st);
  return 0;
}

}  // namespace kg::cli
