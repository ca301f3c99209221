// Python exceptions. A raised Python exception is the C++ exception
// py::Raised carrying the exception object; an exception object is an
// ExceptionObject whose type is one of the exception Types below (or a user
// subclass). `raise_error` builds and throws in one call.
#pragma once

#include <string>
#include <vector>

#include "yieldc/attr_map.hpp"
#include "yieldc/frame.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

extern Type base_exception_type;
extern Type exception_type;
extern Type stop_iteration_type;
extern Type stop_async_iteration_type;
extern Type generator_exit_type;
extern Type system_exit_type;
extern Type keyboard_interrupt_type;
extern Type arithmetic_error_type;
extern Type zero_division_error_type;
extern Type overflow_error_type;
extern Type assertion_error_type;
extern Type attribute_error_type;
extern Type lookup_error_type;
extern Type index_error_type;
extern Type key_error_type;
extern Type name_error_type;
extern Type unbound_local_error_type;
extern Type runtime_error_type;
extern Type not_implemented_error_type;
extern Type recursion_error_type;
extern Type type_error_type;
extern Type value_error_type;
extern Type import_error_type;
extern Type module_not_found_error_type;
extern Type eof_error_type;
extern Type os_error_type;
extern Type file_not_found_error_type;
extern Type file_exists_error_type;
extern Type permission_error_type;
extern Type is_a_directory_error_type;
extern Type not_a_directory_error_type;
extern Type timeout_error_type;
extern Type blocking_io_error_type;
extern Type child_process_error_type;
extern Type connection_error_type;
extern Type broken_pipe_error_type;
extern Type connection_aborted_error_type;
extern Type connection_refused_error_type;
extern Type connection_reset_error_type;
extern Type interrupted_error_type;
extern Type process_lookup_error_type;
extern Type buffer_error_type;
extern Type floating_point_error_type;
extern Type reference_error_type;
extern Type system_error_type;
extern Type syntax_error_type;
extern Type indentation_error_type;
extern Type tab_error_type;
extern Type unicode_translate_error_type;
extern Type warning_type;
extern Type user_warning_type;
extern Type deprecation_warning_type;
extern Type pending_deprecation_warning_type;
extern Type syntax_warning_type;
extern Type runtime_warning_type;
extern Type future_warning_type;
extern Type import_warning_type;
extern Type unicode_warning_type;
extern Type bytes_warning_type;
extern Type resource_warning_type;
extern Type encoding_warning_type;
extern Type not_implemented_type;  // the type of NotImplemented
extern Type ellipsis_type;         // the type of Ellipsis

// An instance of BaseException or a subclass.
class ExceptionObject : public HeapObject {
 public:
  ExceptionObject(Type* type, Object args);  // args: a tuple

  const Object& args() const { return args_; }
  void set_args(Object args) { args_ = std::move(args); }
  // Attributes a user exception class's methods set (`self.code = 2`).
  AttrMap attrs;
  std::string repr() const override;
  std::string str() const override;
  bool get_attribute(const char* name, Object& out) override;
  bool set_attribute(const char* name, const Object& value) override;
  bool del_attribute(const char* name) override;
  // SystemExit.code (and StopIteration.value): None without arguments, the
  // argument if there is one, else the whole args tuple.
  Object code() const;

  Object cause;    // __cause__
  Object context;  // __context__
  bool suppress_context = false;
  // __traceback__: the frames from the outermost down to where it was
  // raised, cut to those at and below the frame that caught it (CPython
  // builds the same list while unwinding; yieldc copies the frame stack
  // when raising and trims when catching).
  std::vector<TracebackEntry> traceback;

 private:
  Object args_;
};

// What C++ throws for a Python `raise`. Catch it by reference.
struct Raised {
  Object exception;  // an ExceptionObject
};

// Builds `type(*args)` (a one-element args tuple holding `message`).
Object new_exception(Type* type, std::string message);
Object new_exception(Type* type);  // no arguments
// Raises `exception`, setting its __context__ to the exception being
// handled (if any), as every raise in CPython does.
[[noreturn]] void raise(Object exception);
[[noreturn]] void raise_error(Type* type, std::string message);

// ---- the `raise` statement
// `raise X`: X may be an exception instance or class (instantiated with no
// arguments); anything else is CPython's TypeError.
[[noreturn]] void raise_statement(const Object& exception);
// `raise X from Y`: Y is None, an instance or a class.
[[noreturn]] void raise_statement(const Object& exception, const Object& cause);
// A bare `raise`: re-raises the exception being handled.
[[noreturn]] void reraise_current();
// Re-throws a caught exception unchanged (after a `finally`).
[[noreturn]] inline void rethrow(Object exception) { throw Raised{std::move(exception)}; }

// How a `try` with a `finally` was left, recorded while the finally body
// runs (emitted code's completion record).
struct Completion {
  enum : int { kNormal, kReturn, kBreak, kContinue, kRaise };
};

// ---- handling
// While an `except` block (or a `finally` entered by an exception) runs, its
// exception is "being handled": a new exception raised then gets it as
// __context__, and a bare `raise` re-raises it. The scope pushes it for its
// lifetime; an unbound Object pushes nothing.
class HandlingScope {
 public:
  explicit HandlingScope(const Object& exception);
  ~HandlingScope();
  HandlingScope(const HandlingScope&) = delete;
  HandlingScope& operator=(const HandlingScope&) = delete;

 private:
  bool pushed_;
};
// The exception being handled, or an unbound Object.
Object current_exception();
// The raw stack, for generator frames, whose handlers may span a `yield`:
// while suspended, a frame's entries are kept in the frame, not here.
// Every generator step saves and restores it, so these are inline; the
// program is single-threaded (frame.cpp), so it is one global.
extern std::vector<Object> handled_exceptions;
inline size_t handled_depth() { return handled_exceptions.size(); }
inline void push_handled(Object exception) { handled_exceptions.push_back(std::move(exception)); }
inline void pop_handled() { handled_exceptions.pop_back(); }
void move_handled_above(size_t depth, std::vector<Object>& out);
// Removes the entries above `depth`, oldest first, into `out`.
inline void take_handled_above(size_t depth, std::vector<Object>& out) {
  if (handled_exceptions.size() > depth) move_handled_above(depth, out);
}
// `except T:` matching: T is an exception class or a tuple of them. A match
// catches the exception in the running frame (see exception_caught).
bool exception_matches(const Object& exception, const Object& type_or_tuple);
// An `except` clause of the running frame takes the exception: its
// traceback keeps only this frame and those below it.
void exception_caught(const Object& exception);
// The same for an exception the runtime itself catches on leaving a frame
// (PEP 479's conversion, a generator's finalisation): its traceback keeps
// only the frames it unwound.
void exception_caught_natively(const Object& exception);

// `NameError: name 'x' is not defined`
[[noreturn]] void raise_name_error(const char* name);
// `UnboundLocalError: cannot access local variable 'x' where it is not associated with a value`
[[noreturn]] void raise_unbound_local(const char* name);

// Reads a global / local, raising the right error if it is unbound.
inline const Object& load_global(const Object& slot, const char* name) {
  if (!slot.is_bound()) raise_name_error(name);
  return slot;
}
inline const Object& load_local(const Object& slot, const char* name) {
  if (!slot.is_bound()) raise_unbound_local(name);
  return slot;
}

// The last line of a traceback: `ValueError: message` or just `ValueError`.
std::string format_exception_only(const Object& exception);
// The whole report CPython prints for an uncaught exception: its __cause__
// or __context__ chain first, then `Traceback (most recent call last):`,
// a `File "...", line N, in f` line (and the source line) per frame, and
// the last line.
std::string format_exception(const Object& exception);
// Reports an exception that nothing can catch (one raised while a generator
// is finalised) as CPython's default sys.unraisablehook does: `Exception
// ignored in: <where>`, the frames it unwound through, and its last line;
// no chain.
void report_unraisable(const std::string& where, const Object& exception);
// `header` (whole lines), then the exception's traceback, on stderr: what
// a logged error with exc_info looks like (asyncio's exception handler).
void report_exception(const std::string& header, const Object& exception);

}  // namespace py
