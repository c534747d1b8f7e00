// result.h: errors as values. Parsing and validation in the domain return Result<T>: either the
// value or an Error whose message names the field or input that was refused, so a caller at a
// boundary (CLI, API, import) can show it as is. Inside the host, value() turns an error into an
// exception when unwinding is the clearer way to handle it.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace orderhub::domain {

// text in double quotes: how error messages show the input they refuse.
inline std::string quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

struct Error {
  std::string message;

  // The same error with "<context>: " in front, e.g. the field the refused value came from.
  [[nodiscard]] Error within(std::string_view context) const {
    return Error{std::string(context) + ": " + message};
  }

  friend bool operator==(const Error&, const Error&) = default;
};

// Thrown by Result::value() when the result holds an error.
class ResultError : public std::runtime_error {
 public:
  explicit ResultError(const Error& error) : std::runtime_error(error.message) {}
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  [[nodiscard]] bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // The value; throws ResultError carrying the message when this is an error.
  const T& value() const& {
    throw_if_error();
    return std::get<0>(state_);
  }
  T& value() & {
    throw_if_error();
    return std::get<0>(state_);
  }
  T&& value() && {
    throw_if_error();
    return std::get<0>(std::move(state_));
  }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  // The error; only meaningful when !ok().
  const Error& error() const {
    if (ok()) {
      throw std::logic_error("Result::error() called on a successful result");
    }
    return std::get<1>(state_);
  }

 private:
  void throw_if_error() const {
    if (!ok()) {
      throw ResultError(std::get<1>(state_));
    }
  }

  std::variant<T, Error> state_;
};

}  // namespace orderhub::domain
