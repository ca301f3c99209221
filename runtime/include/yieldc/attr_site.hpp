// Inline caches for attribute sites, a reduced form of CPython 3.11's
// specialized LOAD_ATTR / STORE_ATTR / LOAD_METHOD. Every `obj.name`,
// `obj.name = v` and `obj.name(args)` in emitted code has a static AttrSite
// that remembers where the name was found last time:
//   - an instance's own attribute: the instance's class (which has no
//     property) and the entry's index in the instance's AttrMap;
//   - a module's attribute: the module and the entry's index;
//   - a method call on an instance: the class and the function found in it.
// A hit is checked, never trusted: the object must have the remembered
// class (or be the module), the entry at the index must have the name, and
// the class facts must still hold (UserClass::class_epoch). Anything else
// takes the general path (py::getattr and friends), which fills the site.
#pragma once

#include <cstdint>
#include <string>

#include "yieldc/attributes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/function.hpp"
#include "yieldc/module.hpp"

namespace py {

struct AttrSite {
  enum class Kind : uint8_t { kEmpty, kInstance, kModule, kMethod };

  explicit constexpr AttrSite(const char* name) : name(name), length(std::char_traits<char>::length(name)) {}

  // Names are short: a loop the compiler keeps inline beats a call to memcmp.
  bool is(const std::string& key) const {
    if (key.size() != length) return false;
    const char* k = key.data();
    for (size_t i = 0; i < length; ++i) {
      if (k[i] != name[i]) return false;
    }
    return true;
  }

  const char* name;
  size_t length;
  Kind kind = Kind::kEmpty;
  const void* owner = nullptr;   // the class (kInstance, kMethod) or the module
  uint64_t epoch = 0;            // UserClass::class_epoch when filled (classes)
  uint32_t index = 0;            // kInstance, kModule: the AttrMap entry
  const Object* method = nullptr;  // kMethod: the function, in the class's AttrMap
};

// The general paths, which fill the site for next time.
Object getattr_fill(const Object& o, AttrSite& site);
void setattr_fill(const Object& o, AttrSite& site, const Object& value);
Object call_method_fill(const Object& self, AttrSite& site, const Args& args);

namespace attr_site_detail {

// The remembered entry of `map`, if it still holds the name.
inline Object* entry(AttrMap& map, const AttrSite& site) {
  if (site.index >= map.entries.size()) return nullptr;
  auto& e = map.entries[site.index];
  return site.is(e.first) ? &e.second : nullptr;
}

inline bool instance_hit(const HeapObject* h, const AttrSite& site) {
  return h->type() == site.owner && site.epoch == UserClass::class_epoch;
}

}  // namespace attr_site_detail

inline Object getattr(const Object& o, AttrSite& site) {
  if (o.is_heap()) {
    HeapObject* h = o.heap();
    Object* found = nullptr;
    if (site.kind == AttrSite::Kind::kInstance && attr_site_detail::instance_hit(h, site)) {
      found = attr_site_detail::entry(static_cast<Instance*>(h)->attrs, site);
    } else if (site.kind == AttrSite::Kind::kModule && h == site.owner) {
      found = attr_site_detail::entry(static_cast<Module*>(h)->attrs, site);
    }
    if (found) return *found;
  }
  return getattr_fill(o, site);
}

inline void setattr(const Object& o, AttrSite& site, const Object& value) {
  if (o.is_heap() && site.kind == AttrSite::Kind::kInstance && attr_site_detail::instance_hit(o.heap(), site)) {
    if (Object* slot = attr_site_detail::entry(static_cast<Instance*>(o.heap())->attrs, site)) {
      *slot = value;
      return;
    }
  }
  setattr_fill(o, site, value);
}

inline Object call_method(const Object& self, AttrSite& site, const Args& args) {
  if (self.is_heap()) {
    HeapObject* h = self.heap();
    if (site.kind == AttrSite::Kind::kMethod && attr_site_detail::instance_hit(h, site)) {
      // The instance's own attribute of the name would shadow the method.
      bool shadowed = false;
      for (const auto& [key, value] : static_cast<Instance*>(h)->attrs.entries) shadowed |= site.is(key);
      if (!shadowed) {
        Object method = *site.method;  // the call may change the class
        return call_with_self(method, self, args);
      }
    } else if (site.kind == AttrSite::Kind::kModule && h == site.owner) {
      if (Object* f = attr_site_detail::entry(static_cast<Module*>(h)->attrs, site)) {
        Object function = *f;  // the call may change the module
        return call(function, args);
      }
    }
  }
  return call_method_fill(self, site, args);
}

}  // namespace py
