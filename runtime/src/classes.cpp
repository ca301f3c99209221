// User classes, instances, bound methods, super(), and the descriptor types
// staticmethod/classmethod/property. The instance slots look special
// methods up in the class (and its bases) on each use; a class attribute
// assigned later is seen at once, as in CPython.
#include <cstring>
#include <fmt/format.h>

#include "yieldc/attr_site.hpp"
#include "yieldc/attributes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/ops.hpp"
#include "raise.hpp"

namespace py {

// ---------------------------------------------------------------- AttrMap

const Object* AttrMap::find(std::string_view name) const {
  if (entries.size() < kIndexed) {
    for (const auto& [key, value] : entries) {
      if (key == name) return &value;
    }
    return nullptr;
  }
  if (!index_) {
    index_ = std::make_unique<Index>();
    index_->reserve(entries.size() * 2);
    for (size_t i = 0; i < entries.size(); ++i) index_->emplace(entries[i].first, static_cast<uint32_t>(i));
  }
  auto it = index_->find(name);
  return it == index_->end() ? nullptr : &entries[it->second].second;
}

Object* AttrMap::find(std::string_view name) {
  return const_cast<Object*>(static_cast<const AttrMap*>(this)->find(name));
}

void AttrMap::set(std::string_view name, Object value) {
  if (Object* slot = find(name)) {
    *slot = std::move(value);
    return;
  }
  entries.emplace_back(std::string(name), std::move(value));
  if (index_) index_->emplace(entries.back().first, static_cast<uint32_t>(entries.size() - 1));
}

bool AttrMap::erase(std::string_view name) {
  for (auto it = entries.begin(); it != entries.end(); ++it) {
    if (it->first == name) {
      entries.erase(it);
      index_.reset();
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- descriptors

namespace {

class StaticMethod : public HeapObject {
 public:
  explicit StaticMethod(Object f) : HeapObject(&staticmethod_type), function(std::move(f)) {}
  Object function;
};

class ClassMethod : public HeapObject {
 public:
  explicit ClassMethod(Object f) : HeapObject(&classmethod_type), function(std::move(f)) {}
  Object function;
};

class Property : public HeapObject {
 public:
  Property() : HeapObject(&property_type) {}
  bool get_attribute(const char* name, Object& out) override;
  Object fget, fset, fdel;
};

Object property_setter(const Object& self, const Args& args) {
  expect_one_arg(args, "property.setter");
  auto* p = new Property();
  Object result = Object::steal(p);
  auto* old = cast<Property>(self);
  p->fget = old->fget;
  p->fset = args[0];
  p->fdel = old->fdel;
  return result;
}

Object property_getter(const Object& self, const Args& args) {
  expect_one_arg(args, "property.getter");
  auto* p = new Property();
  Object result = Object::steal(p);
  auto* old = cast<Property>(self);
  p->fget = args[0];
  p->fset = old->fset;
  p->fdel = old->fdel;
  return result;
}

const MethodDef property_method_table[] = {{"setter", property_setter}, {"getter", property_getter}};

bool Property::get_attribute(const char* name, Object& out) {
  for (const MethodDef& m : property_method_table) {
    if (std::strcmp(m.name, name) == 0) {
      out = make<BuiltinMethod>(Object::borrow(this), &m);
      return true;
    }
  }
  if (std::strcmp(name, "fget") == 0) {
    out = fget.is_bound() ? fget : None;
    return true;
  }
  return false;
}

bool is_type(const Object& o, const Type* t) { return o.is_heap() && o.heap()->type() == t; }

// What a class attribute becomes when read through an instance.
Object bind(const Object& attribute, const Object& instance, Type* owner) {
  if (is_type(attribute, &function_type)) return make<Method>(attribute, instance);
  if (is_type(attribute, &staticmethod_type)) return cast<StaticMethod>(attribute)->function;
  if (is_type(attribute, &classmethod_type)) {
    return make<Method>(cast<ClassMethod>(attribute)->function, Object::borrow(owner));
  }
  // A runtime type with `__get__` in its method table (functools'
  // lru_cache wrapper) is a descriptor: it says what it binds to.
  if (attribute.is_heap() && !attribute.type()->is_user_class()) {
    if (const MethodDef* get = attribute.type()->find_method("__get__")) {
      return get->fn(attribute, {instance, Object::borrow(owner)});
    }
  }
  return attribute;
}

const char* type_name(const Object& o) { return o.type()->name(); }

}  // namespace

Object make_staticmethod(const Object& function) { return make<StaticMethod>(function); }
Object make_classmethod(const Object& function) { return make<ClassMethod>(function); }

Object make_property(const Args& args) {
  Object slots[4];
  bind_args(args, "property", {"fget", "fset", "fdel", "doc"}, 0, slots);
  auto* p = new Property();
  Object result = Object::steal(p);
  p->fget = slots[0].is_none() ? Object() : slots[0];
  p->fset = slots[1].is_none() ? Object() : slots[1];
  p->fdel = slots[2].is_none() ? Object() : slots[2];
  return result;
}

// ---------------------------------------------------------------- classes

UserClass::UserClass(std::string name, std::string qualname, Object base)
    : Type(cast<Type>(base), {}), name_storage(std::move(name)), qualname(std::move(qualname)),
      base_object(std::move(base)) {
  set_name(name_storage.c_str());
  refcount_ = 1;  // an ordinary object, unlike the built-in types
}

std::string UserClass::repr() const { return fmt::format("<class '__main__.{}'>", qualname); }

Object* class_lookup(Type* type, std::string_view name) {
  for (Type* t = type; t != nullptr; t = t->base()) {
    if (!t->is_user_class()) continue;
    if (Object* found = static_cast<UserClass*>(t)->attrs.find(name)) return found;
  }
  return nullptr;
}

bool UserClass::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "__name__") == 0) {
    out = new_str(name_storage);
    return true;
  }
  if (std::strcmp(name, "__qualname__") == 0) {
    out = new_str(qualname);
    return true;
  }
  if (Object* attribute = class_lookup(this, name)) {
    // Read through the class: functions stay plain functions.
    if (is_type(*attribute, &staticmethod_type)) {
      out = cast<StaticMethod>(*attribute)->function;
    } else if (is_type(*attribute, &classmethod_type)) {
      out = make<Method>(cast<ClassMethod>(*attribute)->function, Object::borrow(this));
    } else {
      out = *attribute;
    }
    return true;
  }
  if (std::strcmp(name, "__mro__") == 0 || std::strcmp(name, "__base__") == 0 || std::strcmp(name, "__bases__") == 0) {
    return Type::get_attribute(name, out);
  }
  return false;
}

bool UserClass::set_attribute(const char* name, const Object& value) {
  attrs.set(name, value);
  ++class_epoch;
  return true;
}

bool UserClass::del_attribute(const char* name) {
  ++class_epoch;
  return attrs.erase(name);
}

void UserClass::compute_has_property() const {
  has_property_ = false;
  for (const Type* t = this; t != nullptr && !has_property_; t = t->base()) {
    if (!t->is_user_class()) continue;
    for (const auto& [key, value] : static_cast<const UserClass*>(t)->attrs.entries) {
      if (is_type(value, &property_type)) has_property_ = true;
    }
  }
  property_epoch_ = class_epoch;
}

Object make_class(const char* name, const char* qualname, const Object& bases, const Object& namespace_dict) {
  const auto& base_list = cast<Tuple>(bases)->items;
  if (base_list.size() > 1) raise_error(&type_error_type, "yieldc does not support multiple inheritance");
  Object base = base_list.empty() ? Object::borrow(&object_type) : base_list[0];
  if (!base.is_heap() || base.heap()->type() != &type_type) {
    raise_error(&type_error_type, "bases must be types");
  }
  Type* base_type = cast<Type>(base);
  bool supported = base_type->is_user_class() || base_type == &object_type ||
                   base_type->is_subtype_of(&base_exception_type);
  if (!supported) raise_error(&type_error_type, "yieldc does not support subclassing '{}'", base_type->name());
  auto* cls = new UserClass(name, qualname, base);
  ++UserClass::class_epoch;  // a class may be made where a freed one was
  Object result = Object::steal(cls);
  size_t pos = 0;
  Object key, value;
  while (dict_next(namespace_dict, pos, key, value)) cls->attrs.set(cast<Str>(key)->data, value);
  return result;
}

// ---------------------------------------------------------------- calls

Object call_with_self(const Object& function, const Object& self, const Args& args) {
  Object small[8];
  std::vector<Object> large(args.npos + 1 > 8 ? args.npos + 1 : 0);
  Object* all = args.npos + 1 > 8 ? large.data() : small;
  all[0] = self;
  for (size_t i = 0; i < args.npos; ++i) all[i + 1] = args.pos[i];
  return call(function, Args{all, args.npos + 1, args.kw, args.nkw});
}

Object call_special(const Object& self, const char* name, const Args& args, bool* found) {
  Object* attribute = class_lookup(self.type(), name);
  if (found) *found = attribute != nullptr;
  if (!attribute) return Object();
  if (is_type(*attribute, &function_type)) return call_with_self(*attribute, self, args);
  return call(bind(*attribute, self, self.type()), args);
}

namespace {

// Calls a special method the class must have, else raises `error`.
Object require_special(const Object& self, const char* name, const char* error) {
  bool found = false;
  Object result = call_special(self, name, Args{}, &found);
  if (!found) raise_error(&type_error_type, "{}", fmt::format(fmt::runtime(error), type_name(self)));
  return result;
}

}  // namespace

thread_local bool augmented_operation = false;

namespace {

bool is_not_implemented(const Object& r) { return r.is_heap() && r.heap()->type() == &not_implemented_type; }

}  // namespace

Object table_special(const Object& self, const char* name, const Args& args) {
  if (!self.is_heap() || self.type()->is_user_class()) return Object();
  const MethodDef* m = self.type()->find_method(name);
  if (m == nullptr) return Object();
  Object r = m->fn(self, args);
  return is_not_implemented(r) ? Object() : r;
}

Object table_binary(const Object& a, const Object& b, const char* method, const char* reflected) {
  if (Object r = table_special(a, method, Args{{b}}); r.is_bound()) return r;
  if (reflected == nullptr) return Object();
  return table_special(b, reflected, Args{{a}});
}

Object binary_special(const Object& a, const Object& b, const char* op, const char* method, const char* reflected) {
  // An augmented assignment's failure names its operator (`+=`); read once,
  // so that operators the special methods run are named plainly.
  const bool augmented = augmented_operation;
  augmented_operation = false;
  bool found = false;
  if (a.type()->is_user_class()) {
    Object r = call_special(a, method, Args{{b}}, &found);
    if (found && !is_not_implemented(r)) return r;
  }
  if (b.type()->is_user_class() && reflected) {
    Object r = call_special(b, reflected, Args{{a}}, &found);
    if (found && !is_not_implemented(r)) return r;
  }
  // Runtime types whose operators are methods in their tables (Counter's
  // `+`, deque's `*`), tried in the same order.
  if (Object r = table_binary(a, b, method, reflected); r.is_bound()) return r;
  std::string symbol = op;
  if (augmented) symbol = (symbol == "** or pow()" ? "**" : symbol) + "=";
  raise_error(&type_error_type, "unsupported operand type(s) for {}: '{}' and '{}'", symbol, type_name(a), type_name(b));
}

namespace {

// self.name(other) for a rich comparison: a user class's special method, or
// one in a runtime type's method table (functools' KeyWrapper); -1 when
// there is none or it returns NotImplemented.
int compare_side(const Object& self, const char* name, const Object& other) {
  bool found = false;
  Object r;
  if (self.type()->is_user_class()) {
    r = call_special(self, name, Args{{other}}, &found);
  } else if (const MethodDef* m = self.is_heap() ? self.type()->find_method(name) : nullptr) {
    found = true;
    r = m->fn(self, Args{{other}});
  }
  if (!found || (r.is_heap() && r.heap()->type() == &not_implemented_type)) return -1;
  return truthy(r) ? 1 : 0;
}

}  // namespace

int compare_special(const Object& a, const Object& b, const char* method, const char* reflected) {
  if (int r = compare_side(a, method, b); r >= 0) return r;
  return compare_side(b, reflected, a);
}

// ---------------------------------------------------------------- instances

std::string Instance::repr() const {
  Object self = Object::borrow(const_cast<Instance*>(this));
  bool found = false;
  Object r = call_special(self, "__repr__", Args{}, &found);
  if (!found) {
    // `object()` is an Instance of object itself, which is no UserClass.
    if (!type()->is_user_class()) return fmt::format("<object object at {}>", static_cast<const void*>(this));
    const auto* cls = static_cast<const UserClass*>(type());
    return fmt::format("<__main__.{} object at {}>", cls->qualname, static_cast<const void*>(this));
  }
  if (!is_str(r)) raise_error(&type_error_type, "__repr__ returned non-string (type {})", type_name(r));
  return cast<Str>(r)->data;
}

std::string Instance::str() const {
  Object self = Object::borrow(const_cast<Instance*>(this));
  bool found = false;
  Object r = call_special(self, "__str__", Args{}, &found);
  if (!found) return repr();
  if (!is_str(r)) raise_error(&type_error_type, "__str__ returned non-string (type {})", type_name(r));
  return cast<Str>(r)->data;
}

bool Instance::truthy() const {
  Object self = Object::borrow(const_cast<Instance*>(this));
  bool found = false;
  Object r = call_special(self, "__bool__", Args{}, &found);
  if (found) {
    if (!r.is_bool()) raise_error(&type_error_type, "__bool__ should return bool, returned {}", type_name(r));
    return r.as_bool();
  }
  if (class_lookup(type(), "__len__")) return len() != 0;
  return true;
}

int64_t Instance::hash() const {
  Object self = Object::borrow(const_cast<Instance*>(this));
  Object* h = class_lookup(type(), "__hash__");
  if (h && h->is_none()) raise_error(&type_error_type, "unhashable type: '{}'", type_name(self));
  if (!h) {
    // Defining __eq__ without __hash__ makes a class unhashable.
    if (class_lookup(type(), "__eq__")) raise_error(&type_error_type, "unhashable type: '{}'", type_name(self));
    return HeapObject::hash();
  }
  Object r = call_special(self, "__hash__", Args{});
  if (!is_int(r)) raise_error(&type_error_type, "__hash__ method should return an integer");
  int64_t v = py::hash(r);
  return v == -1 ? -2 : v;
}

int Instance::eq(const Object& other) const {
  Object self = Object::borrow(const_cast<Instance*>(this));
  bool found = false;
  Object r = call_special(self, "__eq__", Args{{other}}, &found);
  if (!found || (r.is_heap() && r.heap()->type() == &not_implemented_type)) {
    return other.is_heap() && other.heap() == this ? 1 : -1;
  }
  return py::truthy(r) ? 1 : 0;
}

Object Instance::iter() {
  Object self = Object::borrow(this);
  bool found = false;
  Object r = call_special(self, "__iter__", Args{}, &found);
  if (!found) {
    if (class_lookup(type(), "__getitem__")) return make_sequence_iterator(self);
    raise_error(&type_error_type, "'{}' object is not iterable", type_name(self));
  }
  if (!r.is_heap() || !hasattr(r, "__next__")) {
    if (!(r.is_heap() && (r.heap()->type() == &generator_type || is_builtin_iterator_type(r.heap()->type()) ||
                          r.type()->is_user_class()))) {
      raise_error(&type_error_type, "iter() returned non-iterator of type '{}'", type_name(r));
    }
  }
  return r;
}

bool Instance::next(Object& out) {
  Object self = Object::borrow(this);
  bool found = false;
  try {
    out = call_special(self, "__next__", Args{}, &found);
  } catch (Raised& raised) {
    // StopIteration from __next__ is exhaustion, not an error.
    if (isinstance(raised.exception, &stop_iteration_type)) return false;
    throw;
  }
  if (!found) raise_error(&type_error_type, "'{}' object is not an iterator", type_name(self));
  return true;
}

size_t Instance::len() const {
  Object self = Object::borrow(const_cast<Instance*>(this));
  Object r = require_special(self, "__len__", "object of type '{}' has no len()");
  if (!is_int(r)) raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", type_name(r));
  if (!r.is_small_int()) raise_error(&overflow_error_type, "cannot fit 'int' into an index-sized integer");
  if (r.as_small_int() < 0) raise_error(&value_error_type, "__len__() should return >= 0");
  return static_cast<size_t>(r.as_small_int());
}

Object Instance::getitem(const Object& key) {
  Object self = Object::borrow(this);
  bool found = false;
  Object r = call_special(self, "__getitem__", Args{{key}}, &found);
  if (!found) raise_error(&type_error_type, "'{}' object is not subscriptable", type_name(self));
  return r;
}

void Instance::setitem(const Object& key, Object value) {
  Object self = Object::borrow(this);
  bool found = false;
  call_special(self, "__setitem__", Args{{key, value}}, &found);
  if (!found) raise_error(&type_error_type, "'{}' object does not support item assignment", type_name(self));
}

void Instance::delitem(const Object& key) {
  Object self = Object::borrow(this);
  bool found = false;
  call_special(self, "__delitem__", Args{{key}}, &found);
  if (!found) raise_error(&type_error_type, "'{}' object doesn't support item deletion", type_name(self));
}

bool Instance::contains(const Object& item) {
  Object self = Object::borrow(this);
  bool found = false;
  Object r = call_special(self, "__contains__", Args{{item}}, &found);
  if (found) return py::truthy(r);
  return HeapObject::contains(item);
}

namespace {

// `object()` instances are Instances of a type that is not a user class.
bool class_has_property(const Type* type) {
  return type->is_user_class() && static_cast<const UserClass*>(type)->has_property();
}

}  // namespace

bool Instance::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "__class__") == 0) {
    out = Object::borrow(type());
    return true;
  }
  // A property (a data descriptor) wins over the instance's own
  // attributes; without one, they come first.
  if (!class_has_property(type())) {
    if (Object* own = attrs.find(name)) {
      out = *own;
      return true;
    }
    if (Object* attribute = class_lookup(type(), name)) {
      out = bind(*attribute, Object::borrow(this), type());
      return true;
    }
    return false;
  }
  Object* attribute = class_lookup(type(), name);
  if (attribute && is_type(*attribute, &property_type)) {
    auto* p = cast<Property>(*attribute);
    if (!p->fget.is_bound()) raise_error(&attribute_error_type, "property '{}' of '{}' object has no getter", name, type()->name());
    out = call(p->fget, {Object::borrow(this)});
    return true;
  }
  if (Object* own = attrs.find(name)) {
    out = *own;
    return true;
  }
  if (attribute) {
    out = bind(*attribute, Object::borrow(this), type());
    return true;
  }
  return false;
}

bool Instance::set_attribute(const char* name, const Object& value) {
  if (!class_has_property(type())) {
    attrs.set(name, value);
    return true;
  }
  Object* attribute = class_lookup(type(), name);
  if (attribute && is_type(*attribute, &property_type)) {
    auto* p = cast<Property>(*attribute);
    if (!p->fset.is_bound()) {
      raise_error(&attribute_error_type, "property '{}' of '{}' object has no setter", name, type()->name());
    }
    call(p->fset, {Object::borrow(this), value});
    return true;
  }
  attrs.set(name, value);
  return true;
}

bool Instance::del_attribute(const char* name) {
  Object* attribute = class_lookup(type(), name);
  if (attribute && is_type(*attribute, &property_type)) {
    auto* p = cast<Property>(*attribute);
    if (!p->fdel.is_bound()) {
      raise_error(&attribute_error_type, "property '{}' of '{}' object has no deleter", name, type()->name());
    }
    call(p->fdel, {Object::borrow(this)});
    return true;
  }
  return attrs.erase(name);
}

// ---------------------------------------------------------------- methods

std::string Method::repr() const {
  return fmt::format("<bound method {} of {}>", py::str(getattr(function, "__qualname__")), py::repr(self));
}

bool Method::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "__self__") == 0) {
    out = self;
    return true;
  }
  if (std::strcmp(name, "__func__") == 0) {
    out = function;
    return true;
  }
  if (function.heap()->get_attribute(name, out)) return true;
  // Other attributes are the function's, its type's methods included (a
  // bound lru_cache wrapper's cache_info).
  if (const MethodDef* method = function.type()->find_method(name)) {
    out = make<BuiltinMethod>(method_receiver(function, method), method);
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- super

namespace {

class Super : public HeapObject {
 public:
  Super(Object cls, Object self) : HeapObject(&super_type), cls(std::move(cls)), self(std::move(self)) {}
  bool get_attribute(const char* name, Object& out) override;
  Object cls, self;
};

// BaseException.__init__(self, *args): sets args.
Object exception_init(const Object& self, const Args& args) {
  cast<ExceptionObject>(self)->set_args(new_tuple(std::vector<Object>(args.pos, args.pos + args.npos)));
  return None;
}

// object.__init__(self): accepts nothing more.
Object object_init(const Object& self, const Args& args) {
  if (args.npos || args.nkw) raise_error(&type_error_type, "object.__init__() takes exactly one argument (the instance to initialize)");
  return None;
}

const MethodDef exception_init_def = {"__init__", exception_init};
const MethodDef object_init_def = {"__init__", object_init};

// The __init__ of a built-in type: its own (a module's exception such as
// json.JSONDecodeError has one in its method table), else BaseException's
// or object's.
const MethodDef* builtin_init(const Type* type) {
  if (const MethodDef* own = type->find_method("__init__")) return own;
  return type->is_subtype_of(&base_exception_type) ? &exception_init_def : &object_init_def;
}

bool Super::get_attribute(const char* name, Object& out) {
  // Look in the classes after `cls` in type(self)'s chain of bases.
  Type* start = cast<Type>(cls)->base();
  for (Type* t = start; t != nullptr; t = t->base()) {
    if (t->is_user_class()) {
      if (Object* attribute = static_cast<UserClass*>(t)->attrs.find(name)) {
        out = bind(*attribute, self, self.type());
        return true;
      }
      continue;
    }
    if (std::strcmp(name, "__init__") == 0) {
      out = make<BuiltinMethod>(self, builtin_init(t));
      return true;
    }
    if (const MethodDef* m = t->find_method(name)) {
      out = make<BuiltinMethod>(self, m);
      return true;
    }
  }
  return false;
}

}  // namespace

Object make_super(const Object& cls, const Object& self) { return make<Super>(cls, self); }

// ---------------------------------------------------------------- construction

Object construct_instance(Type* cls, const Args& args) {
  Object self;
  bool exception = cls->is_subtype_of(&base_exception_type);
  if (exception) {
    // BaseException.__new__ keeps all positional arguments as args.
    self = make<ExceptionObject>(cls, new_tuple(std::vector<Object>(args.pos, args.pos + args.npos)));
  } else {
    self = make<Instance>(cls);
  }
  bool found = false;
  Object r = call_special(self, "__init__", args, &found);
  if (found && !r.is_none()) {
    raise_error(&type_error_type, "__init__() should return None, not '{}'", type_name(r));
  }
  if (!found && exception) {
    // The class inherits the __init__ of its built-in base.
    Type* base = cls;
    while (base->is_user_class()) base = base->base();
    if (const MethodDef* init = base->find_method("__init__")) init->fn(self, args);
  }
  if (!found && !exception && (args.npos || args.nkw)) {
    raise_error(&type_error_type, "{}() takes no arguments", cls->name());
  }
  return self;
}

namespace {

class SequenceIterator : public HeapObject {
 public:
  explicit SequenceIterator(Object seq) : HeapObject(&iterator_type), seq_(std::move(seq)) {}
  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    if (!seq_.is_bound()) return false;
    try {
      out = py::getitem(seq_, Object::from_int(index_++));
    } catch (Raised& raised) {
      if (!isinstance(raised.exception, &index_error_type) && !isinstance(raised.exception, &stop_iteration_type)) throw;
      seq_ = Object();
      return false;
    }
    return true;
  }

 private:
  Object seq_;
  int64_t index_ = 0;
};

class NotImplementedObject : public HeapObject {
 public:
  NotImplementedObject() : HeapObject(&not_implemented_type) { refcount_ = 1u << 30; }
  std::string repr() const override { return "NotImplemented"; }
};

NotImplementedObject not_implemented_singleton;

class EllipsisObject : public HeapObject {
 public:
  EllipsisObject() : HeapObject(&ellipsis_type) { refcount_ = 1u << 30; }
  std::string repr() const override { return "Ellipsis"; }
};

EllipsisObject ellipsis_singleton;

}  // namespace

Object make_sequence_iterator(const Object& obj) { return make<SequenceIterator>(obj); }

Object not_implemented() { return Object::borrow(&not_implemented_singleton); }

Object ellipsis() { return Object::borrow(&ellipsis_singleton); }

}  // namespace py

namespace py {

Object class_namespace_load(const Object& ns, const Object& key, const Object* global_slot) {
  if (const Object* value = dict_get(ns, key)) return *value;
  if (global_slot && global_slot->is_bound()) return *global_slot;
  raise_error(&name_error_type, "name '{}' is not defined", cast<Str>(key)->data);
}

void class_namespace_delete(const Object& ns, const Object& key) {
  if (!dict_discard(ns, key)) raise_error(&name_error_type, "name '{}' is not defined", cast<Str>(key)->data);
}

}  // namespace py

// ---------------------------------------------------------------- attribute sites

namespace py {

namespace {

// The index of `site`'s name among `map`'s entries, or false.
bool find_entry(const AttrMap& map, const AttrSite& site, uint32_t& index) {
  for (size_t i = 0; i < map.entries.size(); ++i) {
    if (site.is(map.entries[i].first)) {
      index = static_cast<uint32_t>(i);
      return true;
    }
  }
  return false;
}

// `o` as an Instance of a user class (not an exception, not a namedtuple's
// tuple), or null. Instances of one class are all one C++ class, so the
// site's checks of the class alone keep this true.
Instance* site_instance(const Object& o) {
  if (!o.is_heap() || !o.type()->is_user_class()) return nullptr;
  return dynamic_cast<Instance*>(o.heap());
}

// Dunder names are special-cased all over (__class__, __dict__, a module's
// __name__): they are never cached.
bool cacheable(const AttrSite& site) { return !(site.name[0] == '_' && site.name[1] == '_'); }

// After a read or write of `o.name`: remember where the name is now.
void fill_data_site(const Object& o, AttrSite& site, bool modules) {
  site.kind = AttrSite::Kind::kEmpty;
  if (!cacheable(site) || !o.is_heap()) return;
  if (modules && o.type() == &module_type) {
    if (find_entry(static_cast<Module*>(o.heap())->attrs, site, site.index)) {
      site.kind = AttrSite::Kind::kModule;
      site.owner = o.heap();
    }
    return;
  }
  Instance* instance = site_instance(o);
  if (instance == nullptr || class_has_property(instance->type())) return;
  if (find_entry(instance->attrs, site, site.index)) {
    site.kind = AttrSite::Kind::kInstance;
    site.owner = instance->type();
    site.epoch = UserClass::class_epoch;
  }
}

}  // namespace

Object getattr_fill(const Object& o, AttrSite& site) {
  Object out = getattr(o, site.name);
  fill_data_site(o, site, true);
  return out;
}

void setattr_fill(const Object& o, AttrSite& site, const Object& value) {
  setattr(o, site.name, value);
  fill_data_site(o, site, false);
}

Object call_method_fill(const Object& self, AttrSite& site, const Args& args) {
  // Filled before the call, from what the call is about to use: the call
  // itself may change anything, which the next use checks.
  site.kind = AttrSite::Kind::kEmpty;
  if (cacheable(site) && self.is_heap()) {
    if (self.type() == &module_type) {
      if (find_entry(static_cast<Module*>(self.heap())->attrs, site, site.index)) {
        site.kind = AttrSite::Kind::kModule;
        site.owner = self.heap();
      }
    } else if (Instance* instance = site_instance(self)) {
      uint32_t own;
      Object* attribute = find_entry(instance->attrs, site, own) ? nullptr : class_lookup(instance->type(), site.name);
      if (attribute && attribute->is_heap() && attribute->heap()->type() == &function_type) {
        site.kind = AttrSite::Kind::kMethod;
        site.owner = instance->type();
        site.epoch = UserClass::class_epoch;
        site.method = attribute;
      }
    }
  }
  return call_method(self, site.name, args);
}

}  // namespace py
