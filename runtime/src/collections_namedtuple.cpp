// collections.namedtuple: a factory of tuple-like types. Each made type is a
// NamedTupleType (a mortal Type that owns its name and field names) whose
// instances hold their items as a tuple does: indexing, len, iteration,
// unpacking, == and hash are the tuple's, plus fields by name.
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/ops.hpp"
#include "collections_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

const MethodDef* namedtuple_method_table();
size_t namedtuple_method_count();

class NamedTupleType : public Type {
 public:
  NamedTupleType(std::string name, std::vector<std::string> fields, std::vector<Object> defaults, std::string module)
      : Type(&object_type, {namedtuple_method_table(), namedtuple_method_count()}),
        name_storage(std::move(name)),
        fields(std::move(fields)),
        defaults(std::move(defaults)),
        module_storage(std::move(module)) {
    set_name(name_storage.c_str());
  }
  std::string repr() const override { return "<class '" + module_storage + "." + name_storage + "'>"; }
  bool get_attribute(const char* name, Object& out) override {
    if (std::strcmp(name, "_fields") != 0) return Type::get_attribute(name, out);
    std::vector<Object> names;
    for (const std::string& f : fields) names.push_back(new_str(f));
    out = new_tuple(std::move(names));
    return true;
  }

  std::string name_storage;
  std::vector<std::string> fields;
  std::vector<Object> defaults;  // of the last fields
  std::string module_storage;    // __main__ unless namedtuple(module=...) said
};

class NamedTuple : public HeapObject {
 public:
  NamedTuple(NamedTupleType* type, std::vector<Object> items)
      : HeapObject(type), type_ref_(Object::borrow(type)), items(std::move(items)) {}

  NamedTupleType* nt_type() const { return static_cast<NamedTupleType*>(type()); }
  Object as_tuple() const { return new_tuple(items); }

  std::string repr() const override {
    std::string out = nt_type()->name_storage + "(";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += nt_type()->fields[i] + "=" + py::repr(items[i]);
    }
    return out + ")";
  }
  bool truthy() const override { return !items.empty(); }
  int64_t hash() const override { return py::hash(as_tuple()); }
  int eq(const Object& other) const override {
    if (is_tuple(other)) {
      return py::eq(as_tuple(), other) ? 1 : 0;
    }
    if (other.is_heap() && dynamic_cast<NamedTuple*>(other.heap())) {
      return py::eq(as_tuple(), cast<NamedTuple>(other)->as_tuple()) ? 1 : 0;
    }
    return -1;
  }
  Object iter() override { return py::iter(as_tuple()); }
  size_t len() const override { return items.size(); }
  Object getitem(const Object& key) override {
    if (key.is_small_int() || key.is_bool()) {
      int64_t i = key.as_small_int(), n = static_cast<int64_t>(items.size());
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise_error(&index_error_type, "tuple index out of range");
      return items[static_cast<size_t>(i)];
    }
    return py::getitem(as_tuple(), key);
  }
  bool contains(const Object& item) override { return py::contains(as_tuple(), item); }
  bool get_attribute(const char* name, Object& out) override {
    const std::vector<std::string>& fields = nt_type()->fields;
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i] == name) {
        out = items[i];
        return true;
      }
    }
    if (std::strcmp(name, "_fields") != 0) return false;
    return nt_type()->get_attribute(name, out);
  }

 private:
  Object type_ref_;  // instances keep their type alive

 public:
  std::vector<Object> items;
};

// Point(1, y=2): the arguments bound to the fields, with the errors of the
// generated __new__.
Object construct(NamedTupleType* type, const Args& args) {
  const std::vector<std::string>& fields = type->fields;
  size_t n = fields.size();
  const char* name = type->name();
  if (args.npos > n) {
    raise_error(&type_error_type, "{}.__new__() takes {} positional argument{} but {} were given", name, n + 1,
                n + 1 == 1 ? "" : "s", args.npos + 1);
  }
  std::vector<Object> items(args.pos, args.pos + args.npos);
  items.resize(n);
  for (size_t k = 0; k < args.nkw; ++k) {
    size_t i = 0;
    while (i < n && fields[i] != args.kw[k].name) ++i;
    if (i == n) raise_error(&type_error_type, "{}.__new__() got an unexpected keyword argument '{}'", name, args.kw[k].name);
    if (items[i].is_bound()) raise_error(&type_error_type, "{}.__new__() got multiple values for argument '{}'", name, fields[i]);
    items[i] = args.kw[k].value;
  }
  size_t first_default = n - type->defaults.size();
  std::vector<std::string> missing;
  for (size_t i = 0; i < n; ++i) {
    if (items[i].is_bound()) continue;
    if (i >= first_default) {
      items[i] = type->defaults[i - first_default];
      continue;
    }
    missing.push_back("'" + fields[i] + "'");
  }
  if (!missing.empty()) {
    std::string list = missing.size() == 1 ? missing[0] : "";
    if (missing.size() > 1) {
      for (size_t i = 0; i + 1 < missing.size(); ++i) list += missing[i] + (missing.size() > 2 ? ", " : " ");
      list += "and " + missing.back();
    }
    raise_error(&type_error_type, "{}.__new__() missing {} required positional argument{}: {}", name, missing.size(),
                missing.size() == 1 ? "" : "s", list);
  }
  return make<NamedTuple>(type, std::move(items));
}

Object nt_asdict(const Object& self, const Args& args) {
  expect_no_args(args, "_asdict");
  auto* t = cast<NamedTuple>(self);
  Object d = new_dict();
  for (size_t i = 0; i < t->items.size(); ++i) dict_set(d, new_str(t->nt_type()->fields[i]), t->items[i]);
  return d;
}

Object nt_replace(const Object& self, const Args& args) {
  auto* t = cast<NamedTuple>(self);
  if (args.npos) raise_error(&type_error_type, "{}._replace() takes 1 positional argument but {} were given",
                             t->nt_type()->name(), args.npos + 1);
  std::vector<Object> items = t->items;
  std::vector<std::string> unknown;
  for (size_t k = 0; k < args.nkw; ++k) {
    const std::vector<std::string>& fields = t->nt_type()->fields;
    size_t i = 0;
    while (i < fields.size() && fields[i] != args.kw[k].name) ++i;
    if (i == fields.size()) {
      unknown.push_back(str_repr(args.kw[k].name));
      continue;
    }
    items[i] = args.kw[k].value;
  }
  if (!unknown.empty()) {
    std::string list;
    for (size_t i = 0; i < unknown.size(); ++i) list += (i ? ", " : "") + unknown[i];
    raise_error(&value_error_type, "Got unexpected field names: [{}]", list);
  }
  return make<NamedTuple>(t->nt_type(), std::move(items));
}

Object nt_index(const Object& self, const Args& args) {
  return call_method(cast<NamedTuple>(self)->as_tuple(), "index", args);
}

Object nt_count(const Object& self, const Args& args) {
  return call_method(cast<NamedTuple>(self)->as_tuple(), "count", args);
}

const MethodDef nt_methods[] = {
    {"_asdict", nt_asdict}, {"_replace", nt_replace}, {"index", nt_index}, {"count", nt_count}};
const MethodDef* namedtuple_method_table() { return nt_methods; }
size_t namedtuple_method_count() { return std::size(nt_methods); }

bool valid_identifier(const std::string& s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  for (char c : s) {
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
Object namedtuple_factory(const Args& args) {
  Object slots[5];
  bind_args(args, "namedtuple", {"typename", "field_names", "rename", "defaults", "module"}, 2, slots);
  if (!is_str(slots[0])) raise_error(&type_error_type, "namedtuple() typename must be a str");
  std::vector<std::string> fields;
  if (is_str(slots[1])) {
    std::string text = cast<Str>(slots[1])->data, field;
    for (char& c : text) c = c == ',' ? ' ' : c;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == ' ') {
        if (!field.empty()) fields.push_back(field);
        field.clear();
        continue;
      }
      field += text[i];
    }
  } else {
    Object list = list_from_iterable(slots[1]);
    for (const Object& f : cast<List>(list)->items) fields.push_back(py::str(f));
  }
  for (const std::string& f : fields) {
    if (!valid_identifier(f)) {
      raise_error(&value_error_type, "Type names and field names must be valid identifiers: {}", str_repr(f));
    }
    if (f[0] == '_') raise_error(&value_error_type, "Field names cannot start with an underscore: {}", str_repr(f));
  }
  std::vector<Object> defaults;
  if (slots[3].is_bound() && !slots[3].is_none()) {
    defaults = cast<List>(list_from_iterable(slots[3]))->items;
    if (defaults.size() > fields.size()) raise_error(&type_error_type, "Got more default values than field names");
  }
  std::string module = slots[4].is_bound() && !slots[4].is_none() ? py::str(slots[4]) : "__main__";
  return Object::steal(
      new NamedTupleType(cast<Str>(slots[0])->data, std::move(fields), std::move(defaults), std::move(module)));
}

const BuiltinFunctionDef namedtuple_def{"namedtuple", namedtuple_factory};

}  // namespace

Object namedtuple_construct(Type* type, const Args& args) {
  if (type->methods().data() != nt_methods) return Object();
  return construct(static_cast<NamedTupleType*>(type), args);
}

Object namedtuple_function() { return builtin_object(namedtuple_def); }

const std::vector<Object>* namedtuple_items(const Object& o) {
  if (!o.is_heap() || o.heap()->type()->methods().data() != nt_methods) return nullptr;
  return &cast<NamedTuple>(o)->items;
}

}  // namespace py
