#pragma once
// Errors as values at module boundaries: a Result holds either a value or an
// Error with a message and, where it came from a file, a location.
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "common/Diagnostic.h"

namespace frontline {

struct Error {
    std::string message;
    SourceLocation where;

    std::string format() const {
        Diagnostic d{Severity::Error, where, message, {}};
        return d.format();
    }
};

template <typename T> class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(state_); }
    const T& value() const { return std::get<T>(state_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

// For operations that return nothing on success.
struct Done {};
using Status = Result<Done>;

inline Error makeError(std::string message, SourceLocation where = {}) { return Error{std::move(message), std::move(where)}; }

} // namespace frontline
