// Attribute storage of user-class objects and instances: names to values
// in insertion order.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>
#include <utility>
#include <vector>

#include "yieldc/object.hpp"

namespace py {

// Attribute storage of classes, instances and modules, in insertion
// order. Linear while small (instances typically hold a handful of
// attributes); past kIndexed names (a module's) finds go through a hash
// index of the names, built on demand.
class AttrMap {
 public:
  AttrMap() = default;
  AttrMap(const AttrMap& other) : entries(other.entries) {}
  AttrMap& operator=(const AttrMap& other) {
    entries = other.entries;
    index_.reset();
    return *this;
  }

  Object* find(std::string_view name);
  const Object* find(std::string_view name) const;
  void set(std::string_view name, Object value);
  bool erase(std::string_view name);
  // Read freely; changed only through set and erase (the index follows them).
  std::vector<std::pair<std::string, Object>> entries;

 private:
  static constexpr size_t kIndexed = 16;
  // Looked up with string_views, without making a std::string.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, uint32_t, NameHash, std::equal_to<>>;
  mutable std::unique_ptr<Index> index_;
};

}  // namespace py
