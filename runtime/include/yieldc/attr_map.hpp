// Attribute storage of user-class objects and instances: names to values
// in insertion order.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "yieldc/object.hpp"

namespace py {

// Attribute storage of classes and instances, in insertion order. Small
// and linear: instances typically hold a handful of attributes.
class AttrMap {
 public:
  Object* find(std::string_view name);
  const Object* find(std::string_view name) const;
  void set(std::string_view name, Object value);
  bool erase(std::string_view name);
  std::vector<std::pair<std::string, Object>> entries;
};

}  // namespace py
