// collections.namedtuple: a factory of tuple subtypes. Each made type is a
// NamedTupleType (a mortal Type that owns its name and field names, based
// on tuple) whose instances are Tuples: indexing, len, iteration,
// unpacking, ==, ordering, `+`, `*`, reversed() and hash are the tuple's,
// plus fields by name, _make, _asdict, _replace, _fields, _field_defaults.
#include <algorithm>
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
#include "str_internal.hpp"

namespace py {

namespace {

const MethodDef* namedtuple_method_table();
size_t namedtuple_method_count();

class NamedTupleType : public Type {
 public:
  NamedTupleType(std::string name, std::vector<std::string> fields, std::vector<Object> defaults, std::string module)
      : Type(&tuple_type, {namedtuple_method_table(), namedtuple_method_count()}),
        name_storage(std::move(name)),
        fields(std::move(fields)),
        defaults(std::move(defaults)),
        module_storage(std::move(module)) {
    set_name(name_storage.c_str());
  }
  std::string repr() const override { return "<class '" + module_storage + "." + name_storage + "'>"; }
  bool get_attribute(const char* name, Object& out) override {
    if (std::strcmp(name, "_fields") == 0) {
      std::vector<Object> names;
      for (const std::string& f : fields) names.push_back(new_str(f));
      out = new_tuple(std::move(names));
      return true;
    }
    if (std::strcmp(name, "_field_defaults") == 0) {
      // {field: default} for the last fields, a new dict each time.
      out = new_dict();
      size_t first = fields.size() - defaults.size();
      for (size_t i = 0; i < defaults.size(); ++i) dict_set(out, new_str(fields[first + i]), defaults[i]);
      return true;
    }
    return Type::get_attribute(name, out);
  }

  std::string name_storage;
  std::vector<std::string> fields;
  std::vector<Object> defaults;  // of the last fields
  std::string module_storage;    // __main__ unless namedtuple(module=...) said
};

class NamedTuple : public Tuple {
 public:
  NamedTuple(NamedTupleType* type, std::vector<Object> items)
      : Tuple(type, std::move(items)), type_ref_(Object::borrow(type)) {}

  NamedTupleType* nt_type() const { return static_cast<NamedTupleType*>(type()); }

  std::string repr() const override {
    std::string out = nt_type()->name_storage + "(";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += nt_type()->fields[i] + "=" + py::repr(items[i]);
    }
    return out + ")";
  }
  // A field (a _tuplegetter in CPython) or a class attribute.
  bool get_attribute(const char* name, Object& out) override {
    if (size_t i = field_index(name); i != kNoField) {
      out = items[i];
      return true;
    }
    if (std::strcmp(name, "_fields") != 0 && std::strcmp(name, "_field_defaults") != 0) return false;
    return nt_type()->get_attribute(name, out);
  }
  // The fields are read-only descriptors; any other name is missing, as
  // the class has `__slots__ = ()`.
  bool set_attribute(const char* name, const Object&) override {
    if (field_index(name) != kNoField) raise_error(&attribute_error_type, "can't set attribute");
    return false;
  }
  bool del_attribute(const char* name) override {
    if (field_index(name) != kNoField) raise_error(&attribute_error_type, "can't delete attribute");
    return false;
  }

 private:
  static constexpr size_t kNoField = ~size_t{0};
  size_t field_index(const char* name) const {
    const std::vector<std::string>& fields = nt_type()->fields;
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i] == name) return i;
    }
    return kNoField;
  }

  Object type_ref_;  // instances keep their type alive
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

// P._make(iterable), a class method: the items must fill the fields exactly.
Object nt_make(const Object& cls, const Args& args) {
  Object iterable;
  bind_args(args, "_make", {"iterable"}, 1, &iterable);
  auto* type = static_cast<NamedTupleType*>(cast<Type>(cls));
  std::vector<Object> items = cast<List>(list_from_iterable(iterable))->items;
  if (items.size() != type->fields.size()) {
    raise_error(&type_error_type, "Expected {} arguments, got {}", type->fields.size(), items.size());
  }
  return make<NamedTuple>(type, std::move(items));
}

const MethodDef nt_methods[] = {{"_asdict", nt_asdict}, {"_replace", nt_replace}, {"_make", nt_make, true}};
const MethodDef* namedtuple_method_table() { return nt_methods; }
size_t namedtuple_method_count() { return std::size(nt_methods); }

bool is_identifier(const std::string& s) { return truthy(str_isidentifier(new_str(s), Args())); }

// keyword.iskeyword: the hard keywords of Python 3.11.
bool is_keyword(const std::string& s) {
  static const char* const keywords[] = {
      "False", "None",     "True",   "and",   "as",     "assert", "async", "await",    "break",
      "class", "continue", "def",    "del",   "elif",   "else",   "except", "finally", "for",
      "from",  "global",   "if",     "import", "in",    "is",     "lambda", "nonlocal", "not",
      "or",    "pass",     "raise",  "return", "try",   "while",  "with",   "yield"};
  for (const char* k : keywords) {
    if (s == k) return true;
  }
  return false;
}

// field_names.replace(',', ' ').split()
std::vector<std::string> split_field_names(std::string text) {
  std::vector<std::string> fields;
  std::string field;
  for (char& c : text) c = c == ',' ? ' ' : c;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || std::strchr(" \t\n\r\v\f", text[i]) != nullptr) {
      if (!field.empty()) fields.push_back(field);
      field.clear();
      continue;
    }
    field += text[i];
  }
  return fields;
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None),
// with collections/__init__.py's checks in its order: renaming first, then
// the type name and each field as identifiers and not keywords, then
// underscores and duplicates.
Object namedtuple_factory(const Args& args) {
  Object slots[5];
  bind_args(args, "namedtuple", {"typename", "field_names", "rename", "defaults", "module"}, 2, slots);
  std::vector<std::string> fields;
  if (is_str(slots[1])) {
    fields = split_field_names(cast<Str>(slots[1])->data);
  } else {
    Object list = list_from_iterable(slots[1]);
    for (const Object& f : cast<List>(list)->items) fields.push_back(py::str(f));
  }
  std::string type_name = py::str(slots[0]);
  bool rename = slots[2].is_bound() && truthy(slots[2]);
  if (rename) {
    std::vector<std::string> seen;
    for (size_t i = 0; i < fields.size(); ++i) {
      std::string name = fields[i];
      bool taken = std::find(seen.begin(), seen.end(), name) != seen.end();
      if (!is_identifier(name) || is_keyword(name) || name[0] == '_' || taken) fields[i] = "_" + std::to_string(i);
      seen.push_back(name);
    }
  }
  std::vector<const std::string*> names{&type_name};
  for (const std::string& f : fields) names.push_back(&f);
  for (const std::string* name : names) {
    if (!is_identifier(*name)) {
      raise_error(&value_error_type, "Type names and field names must be valid identifiers: {}", str_repr(*name));
    }
    if (is_keyword(*name)) {
      raise_error(&value_error_type, "Type names and field names cannot be a keyword: {}", str_repr(*name));
    }
  }
  std::vector<std::string> seen;
  for (const std::string& f : fields) {
    if (f[0] == '_' && !rename) raise_error(&value_error_type, "Field names cannot start with an underscore: {}", str_repr(f));
    if (std::find(seen.begin(), seen.end(), f) != seen.end()) {
      raise_error(&value_error_type, "Encountered duplicate field name: {}", str_repr(f));
    }
    seen.push_back(f);
  }
  std::vector<Object> defaults;
  if (slots[3].is_bound() && !slots[3].is_none()) {
    defaults = cast<List>(list_from_iterable(slots[3]))->items;
    if (defaults.size() > fields.size()) raise_error(&type_error_type, "Got more default values than field names");
  }
  std::string module = slots[4].is_bound() && !slots[4].is_none() ? py::str(slots[4]) : "__main__";
  return Object::steal(new NamedTupleType(std::move(type_name), std::move(fields), std::move(defaults), std::move(module)));
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
