// User classes: the `class` statement's type objects, their instances,
// bound methods, super(), and staticmethod/classmethod/property. Special
// methods (__repr__, __iter__, __next__, __eq__, __add__, ...) are found in
// the class and its bases and called from the instance's slots, so every
// runtime operation works on instances as on built-in values.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "yieldc/attr_map.hpp"
#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

class UserClass : public Type {
 public:
  UserClass(std::string name, std::string qualname, Object base);

  bool is_user_class() const override { return true; }
  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;
  bool set_attribute(const char* name, const Object& value) override;
  bool del_attribute(const char* name) override;

  // Whether this class or a base defines a property (the only data
  // descriptors of user classes): without one, an instance's own
  // attributes are read and written without looking at the classes first.
  bool has_property() const {
    if (property_epoch_ != class_epoch) compute_has_property();
    return has_property_;
  }

  std::string name_storage;
  std::string qualname;
  Object base_object;  // keeps the base class alive
  AttrMap attrs;

  // Bumped when any class's attributes change after it is made: facts
  // cached about classes (has_property) are recomputed.
  static inline uint64_t class_epoch = 1;

 private:
  void compute_has_property() const;
  mutable uint64_t property_epoch_ = 0;
  mutable bool has_property_ = false;
};

// The class attribute `name` of `type` or its bases (user classes only).
Object* class_lookup(Type* type, std::string_view name);

// Runs after the class body: `class name(base): <namespace>`.
Object make_class(const char* name, const char* qualname, const Object& bases, const Object& namespace_dict);

// An instance of a user class (not derived from a built-in type other than
// object; exception subclasses are ExceptionObjects with attributes).
class Instance : public HeapObject {
 public:
  explicit Instance(Type* type) : HeapObject(type), type_ref_(Object::borrow(type)) {}

  std::string repr() const override;
  std::string str() const override;
  bool truthy() const override;
  int64_t hash() const override;
  int eq(const Object& other) const override;
  Object iter() override;
  bool next(Object& out) override;
  size_t len() const override;
  Object getitem(const Object& key) override;
  void setitem(const Object& key, Object value) override;
  void delitem(const Object& key) override;
  bool contains(const Object& item) override;
  bool get_attribute(const char* name, Object& out) override;
  bool set_attribute(const char* name, const Object& value) override;
  bool del_attribute(const char* name) override;

  AttrMap attrs;

 private:
  Object type_ref_;  // instances keep their class alive
};

inline bool is_instance_object(const Object& o) {
  return o.is_heap() && o.heap()->type()->is_user_class() && !isinstance(o, &base_exception_type);
}

// A function bound to an instance (or, for classmethods, to a class).
class Method : public HeapObject {
 public:
  Method(Object function, Object self)
      : HeapObject(&method_type), function(std::move(function)), self(std::move(self)) {}
  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;

  Object function;
  Object self;
};

// Calls `function(self, *args)` without building a bound method.
Object call_with_self(const Object& function, const Object& self, const Args& args);

// The special method `name` of an instance's class, called with `args`;
// `found` (if given) tells whether the class had it.
Object call_special(const Object& self, const char* name, const Args& args, bool* found = nullptr);

// Binary operators on instances and on runtime types with the methods in
// their tables: `__add__` then the right operand's `__radd__`; raises
// CPython's TypeError when neither applies.
Object binary_special(const Object& a, const Object& b, const char* op, const char* method, const char* reflected);
// self.name(*args) from a runtime type's method table (Counter.__add__,
// deque.__reversed__); unbound when the type has no such method or it
// returns NotImplemented. User classes go through call_special instead.
Object table_special(const Object& self, const char* name, const Args& args);
// a.method(b), then b.reflected(a) (when `reflected` is given), from the
// runtime types' tables; unbound when neither answers.
Object table_binary(const Object& a, const Object& b, const char* method, const char* reflected);
// Set while an augmented assignment's operator runs (ops.cpp's inplace_*),
// so that binary_special's TypeError says `+=` rather than `+`.
extern thread_local bool augmented_operation;
// Rich comparison (`__lt__`, reflected `__gt__`, ...): 1, 0, or -1 when
// neither operand implements it.
int compare_special(const Object& a, const Object& b, const char* method, const char* reflected);

// Iterates an object with __getitem__ but no __iter__: obj[0], obj[1], ...
// until IndexError (the old sequence protocol).
Object make_sequence_iterator(const Object& obj);

// Calls a user class: a new instance (an ExceptionObject for exception
// classes), then __init__.
Object construct_instance(Type* cls, const Args& args);

// The NotImplemented singleton.
Object not_implemented();
// The Ellipsis singleton (`...`).
Object ellipsis();

// `super()` inside a method of `cls`, with `self` its first argument.
Object make_super(const Object& cls, const Object& self);

// staticmethod(f), classmethod(f), property(fget, fset, fdel).
Object make_staticmethod(const Object& function);
Object make_classmethod(const Object& function);
Object make_property(const Args& args);

}  // namespace py

namespace py {

// A name read in a class body: the namespace, then the module global
// (`global_slot`, may be null), else NameError.
Object class_namespace_load(const Object& ns, const Object& key, const Object* global_slot);
void class_namespace_delete(const Object& ns, const Object& key);

}  // namespace py
