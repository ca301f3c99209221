// The built-in type objects and the exception hierarchy. They are statics
// with an immortal reference count; all live in this one file so their
// construction order is the order written here.
#include <fmt/format.h>

#include <cstring>

#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/file.hpp"
#include "yieldc/set.hpp"
#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/slice.hpp"
#include "yieldc/type.hpp"
#include "method_tables.hpp"

namespace py {

namespace {

// Whether a method table has an in-place operator (`__iadd__`, ...).
bool defines_inplace(std::span<const MethodDef> methods) {
  static const char* const names[] = {"__iadd__", "__isub__", "__imul__", "__ior__", "__iand__"};
  for (const MethodDef& m : methods) {
    for (const char* name : names) {
      if (std::strcmp(m.name, name) == 0) return true;
    }
  }
  return false;
}

}  // namespace

Type::Type(const char* name, Type* base, std::span<const MethodDef> methods)
    : HeapObject(&type_type), name_(name), base_(base), methods_(methods), inplace_methods_(defines_inplace(methods)) {
  // Built-in types are never freed: start with a count no program reaches.
  refcount_ = 1u << 30;
}

Type::Type(Type* base, std::span<const MethodDef> methods)
    : HeapObject(&type_type), name_(""), base_(base), methods_(methods), inplace_methods_(defines_inplace(methods)) {}

bool Type::has_inplace_methods() const {
  for (const Type* t = this; t != nullptr; t = t->base_) {
    if (t->inplace_methods_) return true;
  }
  return false;
}

bool Type::is_subtype_of(const Type* other) const {
  for (const Type* t = this; t != nullptr; t = t->base_) {
    if (t == other) return true;
  }
  return false;
}

const MethodDef* Type::find_method(const char* name) const {
  for (const Type* t = this; t != nullptr; t = t->base_) {
    for (const MethodDef& m : t->methods_) {
      if (std::strcmp(m.name, name) == 0) return &m;
    }
  }
  return nullptr;
}

bool Type::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "__name__") == 0 || std::strcmp(name, "__qualname__") == 0) {
    // A type named with its module (tp_name "collections.deque") is
    // called by the last part.
    const char* dot = std::strrchr(name_, '.');
    out = new_str(dot ? dot + 1 : name_);
    return true;
  }
  // The module of a runtime module's type (`json.decoder`).
  if (module_ != nullptr && std::strcmp(name, "__module__") == 0) {
    out = new_str(module_);
    return true;
  }
  // Single inheritance: the MRO is the chain of bases.
  if (std::strcmp(name, "__mro__") == 0) {
    std::vector<Object> chain;
    for (Type* t = this; t != nullptr; t = t->base()) chain.push_back(Object::borrow(t));
    out = new_tuple(std::move(chain));
    return true;
  }
  if (std::strcmp(name, "__base__") == 0) {
    out = base() ? Object::borrow(base()) : None;
    return true;
  }
  if (std::strcmp(name, "__bases__") == 0) {
    out = base() ? new_tuple({Object::borrow(base())}) : new_tuple({});
    return true;
  }
  if (const MethodDef* method = find_method(name)) {
    // `dict.fromkeys` is bound to the type; `str.lower` takes its receiver.
    out = method->class_method ? make<BuiltinMethod>(Object::borrow(this), method)
                               : make<MethodDescriptor>(this, method);
    return true;
  }
  return false;
}

std::string Type::repr() const {
  if (module_ != nullptr) return fmt::format("<class '{}.{}'>", module_, name_);
  return fmt::format("<class '{}'>", name_);
}

Type type_type("type", &object_type);
Type object_type("object", nullptr);
Type none_type("NoneType", &object_type);
Type int_type("int", &object_type, {int_methods, int_method_count});
Type bool_type("bool", &int_type);
Type float_type("float", &object_type, {float_methods, float_method_count});
Type str_type("str", &object_type, {str_methods, str_method_count});
Type bytes_type("bytes", &object_type, {bytes_methods, bytes_method_count});
Type bytearray_type("bytearray", &object_type, {bytearray_methods, bytearray_method_count});
Type list_type("list", &object_type, {list_methods, list_method_count});
Type tuple_type("tuple", &object_type, {tuple_methods, tuple_method_count});
Type range_type("range", &object_type, {range_methods, range_method_count});
Type slice_type("slice", &object_type, {slice_methods, slice_method_count});
Type function_type("function", &object_type);
Type cell_type("cell", &object_type);
Type builtin_method_type("builtin_function_or_method", &object_type);
Type method_descriptor_type("method_descriptor", &object_type);
Type method_type("method", &object_type);
Type super_type("super", &object_type);
Type staticmethod_type("staticmethod", &object_type);
Type classmethod_type("classmethod", &object_type);
Type property_type("property", &object_type);
Type generator_type("generator", &object_type, {generator_methods, generator_method_count});
Type coroutine_type("coroutine", &object_type, {coroutine_methods, coroutine_method_count});
Type async_generator_type("async_generator", &object_type, {async_generator_methods, async_generator_method_count});
Type iterator_type("iterator", &object_type);
Type list_iterator_type("list_iterator", &object_type);
Type tuple_iterator_type("tuple_iterator", &object_type);
Type range_iterator_type("range_iterator", &object_type);
Type str_iterator_type("str_iterator", &object_type);
Type str_ascii_iterator_type("str_ascii_iterator", &object_type);
Type bytes_iterator_type("bytes_iterator", &object_type);
Type bytearray_iterator_type("bytearray_iterator", &object_type);

bool is_builtin_iterator_type(const Type* type) {
  for (const Type* t : {&iterator_type, &list_iterator_type, &tuple_iterator_type, &range_iterator_type,
                        &str_iterator_type, &str_ascii_iterator_type, &bytes_iterator_type, &bytearray_iterator_type}) {
    if (type == t) return true;
  }
  return false;
}
Type builtin_function_type("builtin_function_or_method", &object_type);
Type enumerate_type("enumerate", &object_type);
Type zip_type("zip", &object_type);
Type map_type("map", &object_type);
Type filter_type("filter", &object_type);
Type reversed_type("reversed", &object_type);
Type list_reverseiterator_type("list_reverseiterator", &object_type);
Type callable_iterator_type("callable_iterator", &object_type);
Type dict_reversekeyiterator_type("dict_reversekeyiterator", &object_type);
Type dict_reversevalueiterator_type("dict_reversevalueiterator", &object_type);
Type dict_reverseitemiterator_type("dict_reverseitemiterator", &object_type);
Type dict_type("dict", &object_type, {dict_methods, dict_method_count});
Type dict_keys_type("dict_keys", &object_type, {dict_keys_methods, dict_keys_method_count});
Type dict_values_type("dict_values", &object_type);
Type dict_items_type("dict_items", &object_type, {dict_items_methods, dict_items_method_count});
Type dict_keyiterator_type("dict_keyiterator", &object_type);
Type dict_valueiterator_type("dict_valueiterator", &object_type);
Type dict_itemiterator_type("dict_itemiterator", &object_type);
Type set_type("set", &object_type, {set_methods, set_method_count});
Type frozenset_type("frozenset", &object_type, {frozenset_methods, frozenset_method_count});
Type set_iterator_type("set_iterator", &object_type);
Type text_io_wrapper_type("TextIOWrapper", &object_type, {file_methods, file_method_count});
Type buffered_reader_type("BufferedReader", &object_type, {file_methods, file_method_count});
Type buffered_writer_type("BufferedWriter", &object_type, {file_methods, file_method_count});
Type buffered_random_type("BufferedRandom", &object_type, {file_methods, file_method_count});

Object exception_add_note(const Object& self, const Args& args);
const MethodDef base_exception_methods[] = {{"add_note", exception_add_note}};
Type base_exception_type("BaseException", &object_type, {base_exception_methods, 1});
Type exception_type("Exception", &base_exception_type);
Type stop_iteration_type("StopIteration", &exception_type);
Type stop_async_iteration_type("StopAsyncIteration", &exception_type);
Type generator_exit_type("GeneratorExit", &base_exception_type);
Type system_exit_type("SystemExit", &base_exception_type);
Type keyboard_interrupt_type("KeyboardInterrupt", &base_exception_type);
Type arithmetic_error_type("ArithmeticError", &exception_type);
Type zero_division_error_type("ZeroDivisionError", &arithmetic_error_type);
Type overflow_error_type("OverflowError", &arithmetic_error_type);
Type assertion_error_type("AssertionError", &exception_type);
Type attribute_error_type("AttributeError", &exception_type);
Type lookup_error_type("LookupError", &exception_type);
Type index_error_type("IndexError", &lookup_error_type);
Type key_error_type("KeyError", &lookup_error_type);
Type name_error_type("NameError", &exception_type);
Type unbound_local_error_type("UnboundLocalError", &name_error_type);
Type runtime_error_type("RuntimeError", &exception_type);
Type not_implemented_error_type("NotImplementedError", &runtime_error_type);
Type recursion_error_type("RecursionError", &runtime_error_type);
Type type_error_type("TypeError", &exception_type);
Type value_error_type("ValueError", &exception_type);
Type import_error_type("ImportError", &exception_type);
Type module_not_found_error_type("ModuleNotFoundError", &import_error_type);
Type eof_error_type("EOFError", &exception_type);
Type not_implemented_type("NotImplementedType", &object_type);
Type ellipsis_type("ellipsis", &object_type);
Type unicode_error_type("UnicodeError", &value_error_type);
Type unicode_encode_error_type("UnicodeEncodeError", &unicode_error_type);
Type unicode_decode_error_type("UnicodeDecodeError", &unicode_error_type);
Type memory_error_type("MemoryError", &exception_type);
Type os_error_type("OSError", &exception_type);
Type file_not_found_error_type("FileNotFoundError", &os_error_type);
Type file_exists_error_type("FileExistsError", &os_error_type);
Type permission_error_type("PermissionError", &os_error_type);
Type is_a_directory_error_type("IsADirectoryError", &os_error_type);
Type not_a_directory_error_type("NotADirectoryError", &os_error_type);
Type timeout_error_type("TimeoutError", &os_error_type);
// The rest of builtins' exception hierarchy.
Type blocking_io_error_type("BlockingIOError", &os_error_type);
Type child_process_error_type("ChildProcessError", &os_error_type);
Type connection_error_type("ConnectionError", &os_error_type);
Type broken_pipe_error_type("BrokenPipeError", &connection_error_type);
Type connection_aborted_error_type("ConnectionAbortedError", &connection_error_type);
Type connection_refused_error_type("ConnectionRefusedError", &connection_error_type);
Type connection_reset_error_type("ConnectionResetError", &connection_error_type);
Type interrupted_error_type("InterruptedError", &os_error_type);
Type process_lookup_error_type("ProcessLookupError", &os_error_type);
Type buffer_error_type("BufferError", &exception_type);
Type floating_point_error_type("FloatingPointError", &arithmetic_error_type);
Type reference_error_type("ReferenceError", &exception_type);
Type system_error_type("SystemError", &exception_type);
Type syntax_error_type("SyntaxError", &exception_type);
Type indentation_error_type("IndentationError", &syntax_error_type);
Type tab_error_type("TabError", &indentation_error_type);
Type unicode_translate_error_type("UnicodeTranslateError", &unicode_error_type);
Type warning_type("Warning", &exception_type);
Type user_warning_type("UserWarning", &warning_type);
Type deprecation_warning_type("DeprecationWarning", &warning_type);
Type pending_deprecation_warning_type("PendingDeprecationWarning", &warning_type);
Type syntax_warning_type("SyntaxWarning", &warning_type);
Type runtime_warning_type("RuntimeWarning", &warning_type);
Type future_warning_type("FutureWarning", &warning_type);
Type import_warning_type("ImportWarning", &warning_type);
Type unicode_warning_type("UnicodeWarning", &warning_type);
Type bytes_warning_type("BytesWarning", &warning_type);
Type resource_warning_type("ResourceWarning", &warning_type);
Type encoding_warning_type("EncodingWarning", &warning_type);
// CPython's io.UnsupportedOperation derives from ValueError too; yieldc's
// types have one base.
Type unsupported_operation_type("UnsupportedOperation", &os_error_type);

}  // namespace py
