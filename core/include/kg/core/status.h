// Status and Result<T>: the one error type at kg's module edges.
//
// Every public function that can fail for a reason outside the programmer's control (bad input,
// a missing name, a locked or corrupt database, an I/O failure) returns a Status or a Result<T>.
// Third-party error types (rocksdb::Status, nlohmann::json exceptions, ICU error codes) are
// converted into a Status in exactly one place per module. The kg program maps StatusCode to an
// exit code in one place (cli/src/exit_codes.cpp).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace kg {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's request is malformed (unknown option, bad flag value)
  kInvalidInput,     // input data is malformed (bad JSON line, unknown predicate, bad UTF-8)
  kNotFound,         // a named thing does not exist (entity, document, database)
  kIOError,          // the operating system or the storage engine failed
  kCorruption,       // stored data is damaged or written by an incompatible version
  kNotSupported,     // a well-formed request kg cannot serve
  kBusy,             // another process holds a resource (the database's writer lock)
  kInternal,         // a fault of kg itself (an exception escaped a command); a bug to report
};

// Human-readable name of a code ("invalid input", "busy", ...).
std::string_view status_code_name(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  static Status InvalidInput(std::string msg) { return {StatusCode::kInvalidInput, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status IOError(std::string msg) { return {StatusCode::kIOError, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {StatusCode::kCorruption, std::move(msg)}; }
  static Status NotSupported(std::string msg) { return {StatusCode::kNotSupported, std::move(msg)}; }
  static Status Busy(std::string msg) { return {StatusCode::kBusy, std::move(msg)}; }
  static Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // The message, written for the user: one line, no trailing period, names the file/line/name
  // concerned when there is one.
  const std::string& message() const { return message_; }

  // A copy whose message is prefixed with `context` and ": ".
  Status with_context(std::string_view context) const;

 private:
  Status(StatusCode code, std::string msg) : code_(code), message_(std::move(msg)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  // Requires !status.ok().
  Result(Status status) : v_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(v_); }
  // Ok when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  // Requires ok().
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace kg

// Returns the Status of `expr` from the enclosing function when it is not ok.
#define KG_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::kg::Status kg_status_ = (expr);        \
    if (!kg_status_.ok()) return kg_status_; \
  } while (false)

#define KG_CONCAT_INNER_(a, b) a##b
#define KG_CONCAT_(a, b) KG_CONCAT_INNER_(a, b)
// `KG_ASSIGN_OR_RETURN(auto x, f());` binds the value of a Result or returns its Status.
#define KG_ASSIGN_OR_RETURN(decl, expr) KG_ASSIGN_OR_RETURN_IMPL_(KG_CONCAT_(kg_result_, __LINE__), decl, expr)
#define KG_ASSIGN_OR_RETURN_IMPL_(tmp, decl, expr) \
  auto tmp = (expr);                               \
  if (!tmp.ok()) return tmp.status();              \
  decl = std::move(tmp).value()
