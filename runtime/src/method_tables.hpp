// The built-in method tables, defined beside each type's implementation and
// attached to the type objects in types.cpp. Each table and its count are
// constant-initialised, so they are ready before any type object is built.
#pragma once

#include <cstddef>

#include "yieldc/call.hpp"

namespace py {

#define YIELDC_METHOD_TABLE(name)        \
  extern const MethodDef name##_methods[]; \
  extern const size_t name##_method_count;

YIELDC_METHOD_TABLE(generator)
YIELDC_METHOD_TABLE(coroutine)
YIELDC_METHOD_TABLE(async_generator)
YIELDC_METHOD_TABLE(int)
YIELDC_METHOD_TABLE(float)
YIELDC_METHOD_TABLE(list)
YIELDC_METHOD_TABLE(tuple)
YIELDC_METHOD_TABLE(range)
YIELDC_METHOD_TABLE(dict)
YIELDC_METHOD_TABLE(dict_keys)
YIELDC_METHOD_TABLE(dict_items)
YIELDC_METHOD_TABLE(set)
YIELDC_METHOD_TABLE(frozenset)
YIELDC_METHOD_TABLE(slice)
YIELDC_METHOD_TABLE(str)
YIELDC_METHOD_TABLE(bytes)
YIELDC_METHOD_TABLE(bytearray)
YIELDC_METHOD_TABLE(file)

#undef YIELDC_METHOD_TABLE

}  // namespace py
