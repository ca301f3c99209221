// Function objects, argument binding with CPython's error messages, and
// calls through objects (functions, types, built-in methods).
#include <cstring>
#include <fmt/format.h>
#include <string>

#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "raise.hpp"

namespace py {

Function::Function(const Signature* signature, FunctionBody body)
    : HeapObject(&function_type), signature(signature), body(body) {}

std::string Function::repr() const {
  return fmt::format("<function {} at {}>", qualname(), static_cast<const void*>(this));
}

const char* Function::qualname() const {
  return qualname_value.is_bound() ? cast<Str>(qualname_value)->data.c_str() : signature->qualname;
}

bool Function::get_attribute(const char* attribute, Object& out) {
  if (std::strcmp(attribute, "__qualname__") == 0) {
    out = qualname_value.is_bound() ? qualname_value : new_str(signature->qualname);
  } else if (std::strcmp(attribute, "__name__") == 0) {
    if (name.is_bound()) {
      out = name;
    } else {
      const char* dot = std::strrchr(signature->qualname, '.');
      out = new_str(dot ? dot + 1 : signature->qualname);
    }
  } else if (std::strcmp(attribute, "__doc__") == 0) {
    out = doc.is_bound() ? doc : signature->doc ? new_str(signature->doc) : None;
  } else if (std::strcmp(attribute, "__module__") == 0) {
    out = module.is_bound() ? module : new_str("__main__");
  } else if (std::strcmp(attribute, "__defaults__") == 0) {
    out = defaults.empty() ? None : new_tuple(defaults);
  } else {
    return attribute_dict_get(dict, attribute, out);
  }
  return true;
}

// CPython's func_set_name, func_set_qualname, func_set_dict: the checks
// on what may be assigned (and deleted) to each.
bool Function::set_attribute(const char* attribute, const Object& value) {
  bool is_name = std::strcmp(attribute, "__name__") == 0;
  if (is_name || std::strcmp(attribute, "__qualname__") == 0) {
    if (!value.is_bound() || !is_str(value)) {
      raise_error(&type_error_type, "{} must be set to a string object", attribute);
    }
    (is_name ? name : qualname_value) = value;
  } else if (std::strcmp(attribute, "__doc__") == 0) {
    doc = value.is_bound() ? value : None;
  } else if (std::strcmp(attribute, "__module__") == 0) {
    module = value.is_bound() ? value : None;
  } else if (std::strcmp(attribute, "__defaults__") == 0) {
    return false;
  } else {
    return attribute_dict_set(dict, attribute, value);
  }
  return true;
}

// `del f.x`: the special attributes as CPython's setters see a deletion.
bool Function::del_attribute(const char* attribute) { return set_attribute(attribute, Object()); }

Object new_function(const Signature* signature, FunctionBody body) { return make<Function>(signature, body); }

bool attribute_dict_get(Object& dict, const char* name, Object& out) {
  if (std::strcmp(name, "__dict__") == 0) {
    if (!dict.is_bound()) dict = new_dict();
    out = dict;
    return true;
  }
  const Object* value = dict.is_bound() ? dict_get(dict, new_str(name)) : nullptr;
  if (value) out = *value;
  return value != nullptr;
}

bool attribute_dict_set(Object& dict, const char* name, const Object& value) {
  if (std::strcmp(name, "__dict__") == 0) {
    if (!value.is_bound()) raise_error(&type_error_type, "cannot delete __dict__");
    if (!is_dict(value)) {
      raise_error(&type_error_type, "__dict__ must be set to a dictionary, not a '{}'", value.type()->name());
    }
    dict = value;
    return true;
  }
  if (!value.is_bound()) return dict.is_bound() && dict_discard(dict, new_str(name));
  if (!dict.is_bound()) dict = new_dict();
  dict_set(dict, new_str(name), value);
  return true;
}

Object new_function(const Signature* signature, FunctionBody body, FunctionParts parts) {
  auto* f = new Function(signature, body);
  f->defaults = std::move(parts.defaults);
  f->kwdefaults = std::move(parts.kwdefaults);
  f->closure = std::move(parts.closure);
  return Object::steal(f);
}

const Object& function_default(const Object& function, size_t index) {
  return cast<Function>(function)->defaults[index];
}

void ArgsBuilder::extend(const Object& iterable) {
  require_star_iterable(iterable);
  Object it = iter(iterable), x;
  while (next(it, x)) positional_.push_back(std::move(x));
}

void ArgsBuilder::add_keyword(const Object& name, Object value) {
  const char* text = cast<Str>(name)->data.c_str();
  for (const KwArg& k : keywords_) {
    if (std::strcmp(k.name, text) == 0) {
      raise_error(&type_error_type, "got multiple values for keyword argument '{}'", text);
    }
  }
  keyword_names_.push_back(name);
  keywords_.push_back(KwArg{text, std::move(value)});
}

void ArgsBuilder::add_mapping(const Object& mapping) {
  if (!is_dict(mapping)) {
    raise_error(&type_error_type, "argument after ** must be a mapping, not {}", mapping.type()->name());
  }
  Object keys = iter(mapping), key;
  while (next(keys, key)) {
    if (!is_str(key)) raise_error(&type_error_type, "keywords must be strings");
    add_keyword(key, getitem(mapping, key));
  }
}

Args ArgsBuilder::args() const {
  return Args{positional_.data(), positional_.size(), keywords_.data(), keywords_.size()};
}

namespace {

// 'a', 'a' and 'b', 'a', 'b', and 'c': CPython's list of missing names.
std::string name_list(const std::vector<const char*>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += fmt::format("'{}'", names[i]);
  }
  return out;
}

[[noreturn]] void too_many_positional(const Function& f, const Args& args, const Object* slots) {
  const Signature& sig = *f.signature;
  size_t max = sig.positional_count;
  size_t min = max - f.defaults.size();
  std::string takes = min == max ? fmt::format("{} positional argument{}", max, max == 1 ? "" : "s")
                                 : fmt::format("from {} to {} positional arguments", min, max);
  // Keyword-only arguments given by name are mentioned, as CPython does.
  size_t kwonly_given = 0;
  for (size_t i = 0; i < sig.kwonly_count; ++i) {
    for (size_t k = 0; k < args.nkw; ++k) {
      if (std::strcmp(args.kw[k].name, sig.names[sig.positional_count + i]) == 0) ++kwonly_given;
    }
  }
  (void)slots;
  if (kwonly_given) {
    raise_error(&type_error_type, "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) were given",
                f.qualname(), takes, args.npos, args.npos == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
  }
  raise_error(&type_error_type, "{}() takes {} but {} {} given", f.qualname(), takes, args.npos,
              args.npos == 1 ? "was" : "were");
}

}  // namespace

void bind_arguments(const Function& f, const Args& args, Object* slots) {
  const Signature& sig = *f.signature;
  const size_t npos = sig.positional_count;
  const size_t varargs_slot = npos;
  const size_t kwonly_base = npos + (sig.varargs ? 1 : 0);
  const size_t varkw_slot = kwonly_base + sig.kwonly_count;

  // Positional arguments fill the positional parameters, the rest go to
  // *args (or are an error, reported after the keywords' errors as
  // CPython's initialize_locals does).
  size_t taken = std::min(args.npos, npos);
  for (size_t i = 0; i < taken; ++i) slots[i] = args.pos[i];
  if (args.npos > npos && sig.varargs) {
    slots[varargs_slot] = new_tuple(std::vector<Object>(args.pos + npos, args.pos + args.npos));
  } else if (sig.varargs) {
    slots[varargs_slot] = new_tuple({});
  }
  if (sig.varkw) slots[varkw_slot] = new_dict();

  // Keyword arguments by name.
  std::vector<const char*> posonly_by_name;
  for (size_t k = 0; k < args.nkw; ++k) {
    const char* name = args.kw[k].name;
    size_t index = SIZE_MAX;
    for (size_t i = sig.posonly_count; i < npos; ++i) {
      if (std::strcmp(sig.names[i], name) == 0) index = i;
    }
    for (size_t i = 0; i < sig.kwonly_count; ++i) {
      if (std::strcmp(sig.names[npos + i], name) == 0) index = kwonly_base + i;
    }
    if (index == SIZE_MAX) {
      bool posonly = false;
      for (size_t i = 0; i < sig.posonly_count; ++i) posonly |= std::strcmp(sig.names[i], name) == 0;
      if (sig.varkw) {
        dict_set(slots[varkw_slot], new_str(name), args.kw[k].value);
        continue;
      }
      if (posonly) {
        posonly_by_name.push_back(name);
        continue;
      }
      raise_error(&type_error_type, "{}() got an unexpected keyword argument '{}'", f.qualname(), name);
    }
    if (slots[index].is_bound()) {
      raise_error(&type_error_type, "{}() got multiple values for argument '{}'", f.qualname(), name);
    }
    slots[index] = args.kw[k].value;
  }
  if (!posonly_by_name.empty()) {
    std::string names;
    for (const char* n : posonly_by_name) names += (names.empty() ? "" : ", ") + std::string(n);
    raise_error(&type_error_type, "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                f.qualname(), names);
  }
  if (args.npos > npos && !sig.varargs) too_many_positional(f, args, slots);

  // Defaults, then the missing-argument errors.
  size_t first_default = npos - f.defaults.size();
  std::vector<const char*> missing;
  for (size_t i = 0; i < npos; ++i) {
    if (slots[i].is_bound()) continue;
    if (i >= first_default) slots[i] = f.defaults[i - first_default];
    else missing.push_back(sig.names[i]);
  }
  if (!missing.empty()) {
    raise_error(&type_error_type, "{}() missing {} required positional argument{}: {}", f.qualname(), missing.size(),
                missing.size() == 1 ? "" : "s", name_list(missing));
  }
  for (size_t i = 0; i < sig.kwonly_count; ++i) {
    Object& slot = slots[kwonly_base + i];
    if (slot.is_bound()) continue;
    if (i < f.kwdefaults.size() && f.kwdefaults[i].is_bound()) slot = f.kwdefaults[i];
    else missing.push_back(sig.names[npos + i]);
  }
  if (!missing.empty()) {
    raise_error(&type_error_type, "{}() missing {} required keyword-only argument{}: {}", f.qualname(),
                missing.size(), missing.size() == 1 ? "" : "s", name_list(missing));
  }
}

Object call(const Object& callee, const Args& args) {
  if (callee.is_heap()) {
    Type* type = callee.heap()->type();
    if (type == &function_type) {
      auto* f = cast<Function>(callee);
      // Slots on the stack for the common small signatures.
      size_t n = f->signature->slot_count();
      Object small[8];
      std::vector<Object> large(n > 8 ? n : 0);
      Object* slots = n > 8 ? large.data() : small;
      bind_arguments(*f, args, slots);
      if (!f->iterable_coroutine) return f->body(*f, slots);
      Object result = f->body(*f, slots);
      if (Generator* g = as_generator(result)) g->mark_iterable_coroutine();
      return result;
    }
    if (type == &type_type) return call_type(cast<Type>(callee), args);
    if (type == &method_type) {
      auto* m = cast<Method>(callee);
      return call_with_self(m->function, m->self, args);
    }
    if (type->is_user_class()) {
      bool found = false;
      Object r = call_special(callee, "__call__", args, &found);
      if (found) return r;
    }
    if (type == &builtin_method_type) {
      auto* m = cast<BuiltinMethod>(callee);
      return m->method->fn(m->self, args);
    }
    if (type == &method_descriptor_type) return cast<MethodDescriptor>(callee)->call(args);
    if (type == &builtin_function_type) return cast<BuiltinFunction>(callee)->def->fn(args);
    // Runtime types whose instances are callable (contextlib's decorated
    // functions, functools.partial) carry `__call__` in their method table.
    if (const MethodDef* m = type->find_method("__call__")) return m->fn(callee, args);
  }
  raise_error(&type_error_type, "'{}' object is not callable", callee.type()->name());
}

Object call_method(const Object& self, const char* name, const Args& args) {
  Type* type = self.type();
  if (type->is_user_class()) {
    // self.m(args) on an instance: call the function with self, without
    // making a bound method (unless the instance shadows the name).
    Object* own = self.is_heap() && type->is_subtype_of(&object_type) && !isinstance(self, &base_exception_type)
                      ? static_cast<Instance*>(self.heap())->attrs.find(name)
                      : nullptr;
    if (!own && type != &type_type) {
      Object* attribute = class_lookup(type, name);
      if (attribute && attribute->is_heap() && attribute->heap()->type() == &function_type) {
        return call_with_self(*attribute, self, args);
      }
    }
    return call(getattr(self, name), args);
  }
  if (const MethodDef* method = type->find_method(name)) return method->fn(method_receiver(self, method), args);
  return call(getattr(self, name), args);
}

const Object& cell_get_local(const Object& cell, const char* name) {
  const Object& value = cast<Cell>(cell)->value;
  if (!value.is_bound()) raise_unbound_local(name);
  return value;
}

const Object& cell_get(const Object& cell, const char* name) {
  const Object& value = cast<Cell>(cell)->value;
  if (!value.is_bound()) {
    raise_error(&name_error_type, "cannot access free variable '{}' where it is not associated with a value in "
                "enclosing scope", name);
  }
  return value;
}

}  // namespace py
