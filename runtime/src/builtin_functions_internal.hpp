// What the builtin_functions*.cpp and list_*.cpp sources share: argument
// checks worded as CPython's argument parsers word them, the sort behind
// both list.sort() and sorted(), and the list and tuple methods that
// sequence.cpp lists in its method tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"

namespace py {

// _PyArg_CheckPositional: `divmod expected 2 arguments, got 1`,
// `getattr expected at least 2 arguments, got 1`, and `divmod() takes no
// keyword arguments` for any keyword.
void check_positional(const Args& args, const char* name, size_t min, size_t max);

// Argument Clinic's keyword parsing, its errors in its order: `pow() takes
// at most 3 arguments (4 given)`, `pow() missing required argument 'exp'
// (pos 2)`, `argument for pow() given by name ('base') and position (1)`,
// `'x' is an invalid keyword argument for pow()`. A parameter named ""
// matches no keyword (positional-only). The parameters from
// `max_positional` on are keyword-only (`isclose() takes exactly 2
// positional arguments (3 given)`, `prod() takes exactly 1 positional
// argument (0 given)` for a positional-only one given by name).
void bind_clinic(const Args& args, const char* name, std::initializer_list<const char*> names, size_t required,
                 Object* out, size_t max_positional = SIZE_MAX);

// An int argument converted to a C int (`'str' object cannot be interpreted
// as an integer`, OverflowError `Python int too large to convert to C int`).
int int_argument(const Object& o);

// list.sort(key=key, reverse=reverse) on a list object: CPython's timsort,
// comparison for comparison, so that a failing `<` raises the same
// TypeError at the same point and leaves the list in the same order.
void list_sort(const Object& list, const Object& key, bool reverse);

// The list, tuple and range methods besides list.append (sequence.cpp's
// tables).
#define YIELDC_SEQUENCE_METHOD(name) Object name(const Object& self, const Args& args);
YIELDC_SEQUENCE_METHOD(list_extend_method)
YIELDC_SEQUENCE_METHOD(list_insert_method)
YIELDC_SEQUENCE_METHOD(list_pop_method)
YIELDC_SEQUENCE_METHOD(list_remove_method)
YIELDC_SEQUENCE_METHOD(list_index_method)
YIELDC_SEQUENCE_METHOD(list_count_method)
YIELDC_SEQUENCE_METHOD(list_clear_method)
YIELDC_SEQUENCE_METHOD(list_copy_method)
YIELDC_SEQUENCE_METHOD(list_reverse_method)
YIELDC_SEQUENCE_METHOD(list_sort_method)
YIELDC_SEQUENCE_METHOD(tuple_index_method)
YIELDC_SEQUENCE_METHOD(tuple_count_method)
YIELDC_SEQUENCE_METHOD(range_index_method)
YIELDC_SEQUENCE_METHOD(range_count_method)
#undef YIELDC_SEQUENCE_METHOD

}  // namespace py
