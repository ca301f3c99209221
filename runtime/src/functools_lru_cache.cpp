// functools.lru_cache and functools.cache: the decorators of CPython 3.11's
// Lib/functools.py (as function objects with native bodies) and the
// _lru_cache_wrapper of Modules/_functoolsmodule.c with its three
// strategies — no cache for maxsize=0, a dict for maxsize=None, a dict plus
// a recency list otherwise — and its key making (the lone int or str
// argument as its own key, keywords after a marker, types when typed), so
// hits, misses, currsize and the eviction order are CPython's.
#include <cstring>
#include <vector>

#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "collections_internal.hpp"
#include "functools_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// ---------------------------------------------------------------- the wrapper

// The recency list: root.next is the least recently used entry, root.prev
// the most recent.
struct ListNode {
  ListNode* prev = this;
  ListNode* next = this;
};

extern Type lru_list_elem_type;

// One cached call: the cache dict maps the key to it (and owns it).
class Link final : public HeapObject, public ListNode {
 public:
  Link(Object key, int64_t hash, Object result)
      : HeapObject(&lru_list_elem_type), key(std::move(key)), hash(hash), result(std::move(result)) {}
  Object key;
  int64_t hash;
  Object result;
};

Type lru_list_elem_type("_lru_list_elem", &object_type);

void extract(ListNode* link) {
  link->prev->next = link->next;
  link->next->prev = link->prev;
}

class LruCacheWrapper final : public HeapObject {
 public:
  LruCacheWrapper(Object func, int64_t maxsize, bool typed, Object cache_info_type);

  bool get_attribute(const char* name, Object& out) override;
  bool set_attribute(const char* name, const Object& value) override { return attribute_dict_set(dict, name, value); }
  bool del_attribute(const char* name) override { return attribute_dict_set(dict, name, Object()); }

  Dict& entries() const { return *cast<Dict>(cache); }
  // Makes `link` the most recently used.
  void append(ListNode* link) {
    link->prev = root.prev;
    link->next = &root;
    root.prev->next = link;
    root.prev = link;
  }

  Object func;
  int64_t maxsize;  // -1: unbounded
  bool typed;
  Object cache_info_type;
  Object cache;  // key -> result (unbounded) or key -> Link (bounded)
  ListNode root;
  int64_t hits = 0;
  int64_t misses = 0;
  Object dict;  // __dict__: what update_wrapper copies, cache_parameters
};

extern Type lru_cache_wrapper_type;

LruCacheWrapper::LruCacheWrapper(Object f, int64_t m, bool t, Object info)
    : HeapObject(&lru_cache_wrapper_type), func(std::move(f)), maxsize(m), typed(t),
      cache_info_type(std::move(info)), cache(new_dict()) {}

bool LruCacheWrapper::get_attribute(const char* name, Object& out) {
  if (attribute_dict_get(dict, name, out)) return true;
  if (std::strcmp(name, "__module__") != 0) return false;
  out = new_str("functools");
  return true;
}

LruCacheWrapper& wrapper_of(const Object& self) { return *cast<LruCacheWrapper>(self); }

// The separator of positional and keyword arguments in a key: an object
// equal to nothing else.
const Object& keyword_mark() {
  static const Object* mark = new Object(call_type(&object_type, Args{}));
  return *mark;
}

// lru_cache_make_key
Object make_key(const Args& args, bool typed) {
  if (!typed && args.nkw == 0) {
    // A lone exact int or str is its own key; anything else is the args tuple.
    if (args.npos == 1 && (is_int(args[0]) || is_str(args[0]))) return args[0];
    return new_tuple(std::vector<Object>(args.pos, args.pos + args.npos));
  }
  std::vector<Object> items(args.pos, args.pos + args.npos);
  if (args.nkw) {
    items.push_back(keyword_mark());
    for (size_t i = 0; i < args.nkw; ++i) {
      items.push_back(new_str(args.kw[i].name));
      items.push_back(args.kw[i].value);
    }
  }
  if (typed) {
    for (size_t i = 0; i < args.npos; ++i) items.push_back(type_object(*args[i].type()));
    for (size_t i = 0; i < args.nkw; ++i) items.push_back(type_object(*args.kw[i].value.type()));
  }
  return new_tuple(std::move(items));
}

Object cached_call_unbounded(LruCacheWrapper& w, const Args& args) {
  Object key = make_key(args, w.typed);
  int64_t h = hash(key);
  if (const Object* found = w.entries().find(key, h)) {
    ++w.hits;
    return *found;
  }
  ++w.misses;
  Object result = call(w.func, args);
  w.entries().insert(key, h, result);
  return result;
}

Object cached_call_bounded(LruCacheWrapper& w, const Args& args) {
  Object key = make_key(args, w.typed);
  int64_t h = hash(key);
  if (const Object* found = w.entries().find(key, h)) {
    Object link = *found;
    extract(cast<Link>(link));
    w.append(cast<Link>(link));
    ++w.hits;
    return cast<Link>(link)->result;
  }
  ++w.misses;
  Object result = call(w.func, args);
  // The same key may have been added during the call (a recursive
  // function): its link is already in place.
  if (w.entries().find(key, h)) return result;
  if (static_cast<int64_t>(w.entries().size()) < w.maxsize || w.root.next == &w.root) {
    Object link = make<Link>(key, h, result);
    w.entries().insert(key, h, link);
    w.append(cast<Link>(link));
    return result;
  }
  // Full: the least recently used link is reused for the new entry.
  Object link = Object::borrow(static_cast<Link*>(w.root.next));
  auto* l = cast<Link>(link);
  extract(l);
  w.entries().erase(l->key, l->hash);
  Object old_key = std::move(l->key), old_result = std::move(l->result);
  l->key = key;
  l->hash = h;
  l->result = result;
  w.entries().insert(key, h, link);
  w.append(l);
  return result;
}

Object lru_call(const Object& self, const Args& args) {
  LruCacheWrapper& w = wrapper_of(self);
  if (w.maxsize == 0) {
    ++w.misses;
    return call(w.func, args);
  }
  return w.maxsize < 0 ? cached_call_unbounded(w, args) : cached_call_bounded(w, args);
}

Object lru_cache_info(const Object& self, const Args& args) {
  expect_no_args(args, "_lru_cache_wrapper.cache_info");
  LruCacheWrapper& w = wrapper_of(self);
  return call(w.cache_info_type, {Object::from_int(w.hits), Object::from_int(w.misses),
                                  w.maxsize < 0 ? None : Object::from_int(w.maxsize),
                                  Object::from_int(static_cast<int64_t>(w.entries().size()))});
}

Object lru_cache_clear(const Object& self, const Args& args) {
  expect_no_args(args, "_lru_cache_wrapper.cache_clear");
  LruCacheWrapper& w = wrapper_of(self);
  w.root.prev = w.root.next = &w.root;
  w.hits = w.misses = 0;
  w.entries().clear();
  return None;
}

// A method of a class: bound to the instance it is read through.
Object lru_get(const Object& self, const Args& args) {
  expect_positional(args, "__get__", 1, 2);
  if (args[0].is_none()) return self;
  return make<Method>(self, args[0]);
}

const MethodDef lru_cache_wrapper_methods[] = {
    {"__call__", lru_call},
    {"__get__", lru_get},
    {"cache_info", lru_cache_info},
    {"cache_clear", lru_cache_clear},
};
Type lru_cache_wrapper_type("_lru_cache_wrapper", &object_type,
                            {lru_cache_wrapper_methods, std::size(lru_cache_wrapper_methods)});

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
Object new_lru_cache_wrapper(const Object& func, const Object& maxsize, const Object& typed,
                             const Object& cache_info_type) {
  if (!is_callable(func)) raise_error(&type_error_type, "the first argument must be callable");
  int64_t size = -1;
  if (!maxsize.is_none()) {
    if (!is_int_like(maxsize)) raise_error(&type_error_type, "maxsize should be integer or None");
    if (!maxsize.is_small_int() && !maxsize.is_bool()) {
      raise_error(&overflow_error_type, "Python int too large to convert to C ssize_t");
    }
    size = maxsize.as_small_int() < 0 ? 0 : maxsize.as_small_int();
  }
  return make<LruCacheWrapper>(func, size, truthy(typed), cache_info_type);
}

// ---------------------------------------------------------------- the decorators

// wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
Object cache_parameters_body(Function& self, Object*) {
  Object d = new_dict();
  dict_set(d, new_str("maxsize"), self.closure[0]);
  dict_set(d, new_str("typed"), self.closure[1]);
  return d;
}

const Signature direct_parameters_signature{"lru_cache.<locals>.<lambda>", nullptr, 0, 0, 0, nullptr, nullptr};
const Signature decorated_parameters_signature{"lru_cache.<locals>.decorating_function.<locals>.<lambda>", nullptr,
                                               0, 0, 0, nullptr, nullptr};

// The lines lru_cache and its decorating_function share:
//   wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
//   wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}
//   return update_wrapper(wrapper, user_function)
Object decorate(const Object& user_function, const Object& maxsize, const Object& typed,
                const Signature& parameters_signature) {
  Object wrapper = new_lru_cache_wrapper(user_function, maxsize, typed, functools_global("_CacheInfo"));
  setattr(wrapper, "cache_parameters", functools_function(parameters_signature, cache_parameters_body, {},
                                                          {maxsize, typed}));
  return call(functools_global("update_wrapper"), {wrapper, user_function});
}

Object decorating_function_body(Function& self, Object* slots) {
  return decorate(slots[0], self.closure[0], self.closure[1], decorated_parameters_signature);
}

const char* const decorating_function_names[] = {"user_function"};
const Signature decorating_function_signature{"lru_cache.<locals>.decorating_function", decorating_function_names,
                                              0, 1, 0, nullptr, nullptr};

// lru_cache(maxsize=128, typed=False): `@lru_cache` passes the function as
// maxsize.
Object lru_cache_body(Function&, Object* slots) {
  Object maxsize = slots[0];
  const Object& typed = slots[1];
  if (is_int_like(maxsize)) {
    // Negative maxsize is treated as 0
    if (lt(maxsize, Object::from_int(0))) maxsize = Object::from_int(0);
  } else if (is_callable(maxsize) && typed.is_bool()) {
    // The user_function was passed in directly via the maxsize argument
    return decorate(maxsize, Object::from_int(128), typed, direct_parameters_signature);
  } else if (!maxsize.is_none()) {
    raise_error(&type_error_type, "Expected first argument to be an integer, a callable, or None");
  }
  return functools_function(decorating_function_signature, decorating_function_body, {}, {maxsize, typed});
}

const char* const lru_cache_names[] = {"maxsize", "typed"};
const Signature lru_cache_signature{
    "lru_cache", lru_cache_names, 0, 2, 0, nullptr, nullptr,
    "Least-recently-used cache decorator.\n\n"
    "    If *maxsize* is set to None, the LRU features are disabled and the cache\n"
    "    can grow without bound.\n\n"
    "    If *typed* is True, arguments of different types will be cached separately.\n"
    "    For example, f(3.0) and f(3) will be treated as distinct calls with\n"
    "    distinct results.\n\n"
    "    Arguments to the cached function must be hashable.\n\n"
    "    View the cache statistics named tuple (hits, misses, maxsize, currsize)\n"
    "    with f.cache_info().  Clear the cache and statistics with f.cache_clear().\n"
    "    Access the underlying function with f.__wrapped__.\n\n"
    "    See:  https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)\n\n    "};

// cache(user_function, /): lru_cache(maxsize=None)(user_function)
Object cache_body(Function&, Object* slots) {
  const KwArg unbounded[] = {{"maxsize", None}};
  Object decorator = call(functools_global("lru_cache"), Args(nullptr, 0, unbounded, 1));
  return call(decorator, {slots[0]});
}

const char* const cache_names[] = {"user_function"};
const Signature cache_signature{"cache", cache_names, 1, 1, 0, nullptr, nullptr,
                                "Simple lightweight unbounded cache.  Sometimes called \"memoize\"."};

}  // namespace

void functools_register_lru_cache(Module& module) {
  lru_cache_wrapper_type.set_module("functools");
  // _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"]), of this module
  Object fields[] = {new_str("CacheInfo"),
                     new_list({new_str("hits"), new_str("misses"), new_str("maxsize"), new_str("currsize")})};
  const KwArg in_module[] = {{"module", new_str("functools")}};
  module.attrs.set("_CacheInfo", call(namedtuple_function(), Args(fields, 2, in_module, 1)));
  module.attrs.set("lru_cache",
                   functools_function(lru_cache_signature, lru_cache_body, {Object::from_int(128), False}));
  module.attrs.set("cache", functools_function(cache_signature, cache_body));
}

}  // namespace py
