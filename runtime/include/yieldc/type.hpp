// Python types as runtime objects: `type(x)`, isinstance and the exception
// hierarchy all go through Type. Built-in types are immortal statics; user
// classes will be Types created at run time.
#pragma once

#include <span>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"

namespace py {

class Type : public HeapObject {
 public:
  Type(const char* name, Type* base, std::span<const MethodDef> methods = {});

  const char* name() const { return name_; }
  // The defining module for types of the runtime's Python-level modules
  // (`contextlib`): their repr is `<class 'contextlib.suppress'>` while
  // messages use the bare name. Null for builtins, whose name says it all.
  const char* module() const { return module_; }
  void set_module(const char* module) { module_ = module; }
  Type* base() const { return base_; }
  // What calling the type builds, for the runtime modules' own types
  // (`tempfile.TemporaryDirectory(...)`): set once by the module's init.
  using Constructor = Object (*)(Type* type, const Args& args);
  Constructor constructor() const { return constructor_; }
  void set_constructor(Constructor constructor) { constructor_ = constructor; }
  // True if this type is `other` or derives from it.
  bool is_subtype_of(const Type* other) const;

  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;

  // The built-in methods of this type (not of its bases), in any order.
  std::span<const MethodDef> methods() const { return methods_; }
  // Finds a built-in method here or in a base type.
  const MethodDef* find_method(const char* name) const;

  // Whether this type or a base has an in-place operator in its method
  // table (Counter.__iadd__): `a += b` asks only such types, so that a
  // str's `+=` does not search the str methods.
  bool has_inplace_methods() const;

  // A class defined by a Python `class` statement (classes.hpp)?
  virtual bool is_user_class() const { return false; }

  // Instances are NativeAwaitables (generator.hpp), set by their constructor.
  bool native_awaitable() const { return native_awaitable_; }
  void mark_native_awaitable() { native_awaitable_ = true; }

 protected:
  // For user classes, which own their name and are ordinary (mortal)
  // reference-counted objects.
  Type(Type* base, std::span<const MethodDef> methods);
  void set_name(const char* name) { name_ = name; }

 private:
  const char* name_;
  const char* module_ = nullptr;
  Constructor constructor_ = nullptr;
  Type* base_;
  std::span<const MethodDef> methods_;
  bool inplace_methods_ = false;
  bool native_awaitable_ = false;
};

// Built-in types (defined in types.cpp).
extern Type type_type;
extern Type object_type;
extern Type none_type;
extern Type bool_type;
extern Type int_type;
extern Type float_type;
extern Type str_type;
extern Type list_type;
extern Type tuple_type;
extern Type range_type;
extern Type function_type;
extern Type cell_type;
extern Type builtin_method_type;
extern Type method_descriptor_type;
extern Type method_type;
extern Type super_type;
extern Type staticmethod_type;
extern Type classmethod_type;
extern Type property_type;
extern Type generator_type;
extern Type coroutine_type;
extern Type async_generator_type;
extern Type iterator_type;  // iteration through __getitem__, and internal iterators
extern Type list_iterator_type;
extern Type tuple_iterator_type;
extern Type range_iterator_type;
extern Type str_iterator_type;        // over a str with non-ASCII characters
extern Type str_ascii_iterator_type;  // over an ASCII str
extern Type bytes_iterator_type;
extern Type bytearray_iterator_type;
// True for the types above: the built-in iterators a user's __iter__ may return.
bool is_builtin_iterator_type(const Type* type);

inline Type* Object::type() const {
  switch (tag_) {
    case Tag::None: return &none_type;
    case Tag::Bool: return &bool_type;
    case Tag::Int: return &int_type;
    case Tag::Float: return &float_type;
    case Tag::Heap: return h_->type();
    case Tag::Unbound: break;
  }
  return &none_type;
}

extern Type base_exception_type;

inline bool isinstance(const Object& o, const Type* t) { return o.type()->is_subtype_of(t); }

// A built-in type as a Python value (`int`, `ValueError`).
inline Object type_object(Type& type) { return Object::borrow(&type); }

}  // namespace py
