// field_result.h: the outcome of reading a document: the value, or the field that was refused and
// why. The field is a slash-separated JSON path inside the document ("lines/0/quantity"), so a
// quarantined order names exactly what was wrong with it.
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "domain/result.h"

namespace orderhub::pipeline {

struct FieldError {
  std::string field;  // "" for the document as a whole
  std::string message;

  // "lines/0/quantity: is negative (-1)"
  [[nodiscard]] std::string to_string() const {
    return field.empty() ? message : field + ": " + message;
  }
  [[nodiscard]] domain::Error as_error() const { return domain::Error{to_string()}; }

  friend bool operator==(const FieldError&, const FieldError&) = default;
};

template <class T>
class [[nodiscard]] FieldResult {
 public:
  FieldResult(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  FieldResult(FieldError error) : state_(std::in_place_index<1>, std::move(error)) {}

  [[nodiscard]] bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // The value; throws domain::ResultError with the field and message when this is an error.
  const T& value() const& {
    throw_if_error();
    return std::get<0>(state_);
  }
  T&& value() && {
    throw_if_error();
    return std::get<0>(std::move(state_));
  }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  const FieldError& error() const { return std::get<1>(state_); }

 private:
  void throw_if_error() const {
    if (!ok()) {
      throw domain::ResultError(std::get<1>(state_).as_error());
    }
  }

  std::variant<T, FieldError> state_;
};

}  // namespace orderhub::pipeline
