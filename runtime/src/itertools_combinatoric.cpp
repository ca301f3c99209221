// itertools' combinatoric iterators (product, permutations, combinations,
// combinations_with_replacement) and zip_longest. The combinatoric ones
// read their inputs into pools up front, as CPython does, and step an
// index vector with the algorithms of the itertools documentation.
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/ops.hpp"
#include "itertools_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"

namespace py {

Type product_type("itertools.product", &object_type);
Type permutations_type("itertools.permutations", &object_type);
Type combinations_type("itertools.combinations", &object_type);
Type cwr_type("itertools.combinations_with_replacement", &object_type);
Type zip_longest_type("itertools.zip_longest", &object_type);

namespace {

std::vector<Object> pool_of(const Object& iterable) {
  Object list = list_from_iterable(iterable);
  return std::move(cast<List>(list)->items);
}

class ProductIterator : public LazyIterator {
 public:
  explicit ProductIterator(std::vector<std::vector<Object>> pools)
      : LazyIterator(&product_type), pools_(std::move(pools)), indices_(pools_.size(), 0) {}
  bool next(Object& out) override {
    if (done_) return false;
    if (first_) {
      first_ = false;
      for (const auto& pool : pools_) {
        if (pool.empty()) return finish();
      }
    } else if (!advance()) {
      return finish();
    }
    std::vector<Object> items;
    items.reserve(pools_.size());
    for (size_t i = 0; i < pools_.size(); ++i) items.push_back(pools_[i][indices_[i]]);
    out = new_tuple(std::move(items));
    return true;
  }

 private:
  // The rightmost index that can move moves; those after it wrap to 0.
  bool advance() {
    for (size_t i = pools_.size(); i-- > 0;) {
      if (++indices_[i] < pools_[i].size()) return true;
      indices_[i] = 0;
    }
    return false;
  }
  bool finish() {
    done_ = true;
    pools_.clear();
    return false;
  }
  std::vector<std::vector<Object>> pools_;
  std::vector<size_t> indices_;
  bool first_ = true, done_ = false;
};

// permutations, combinations and combinations_with_replacement: r items
// of one pool chosen by `indices_`.
class ChooseIterator : public LazyIterator {
 public:
  ChooseIterator(Type* type, std::vector<Object> pool, size_t r)
      : LazyIterator(type), pool_(std::move(pool)), r_(r) {
    size_t n = pool_.size();
    if (type == &cwr_type) {
      done_ = n == 0 && r > 0;
      indices_.assign(r, 0);
      return;
    }
    done_ = r > n;
    for (size_t i = 0; i < n; ++i) indices_.push_back(i);
    for (size_t i = 0; i < r && i < n; ++i) cycles_.push_back(n - i);
  }
  bool next(Object& out) override {
    if (done_) return false;
    if (first_) {
      first_ = false;
    } else if (!advance()) {
      done_ = true;
      pool_.clear();
      return false;
    }
    std::vector<Object> items;
    items.reserve(r_);
    for (size_t i = 0; i < r_; ++i) items.push_back(pool_[indices_[i]]);
    out = new_tuple(std::move(items));
    return true;
  }

 private:
  bool advance() {
    size_t n = pool_.size(), r = r_;
    if (type() == &permutations_type) {
      if (n == 0) return false;
      for (size_t i = r; i-- > 0;) {
        if (--cycles_[i] == 0) {
          // indices[i:] = indices[i+1:] + indices[i:i+1]
          size_t moved = indices_[i];
          for (size_t k = i; k + 1 < n; ++k) indices_[k] = indices_[k + 1];
          indices_[n - 1] = moved;
          cycles_[i] = n - i;
          continue;
        }
        std::swap(indices_[i], indices_[n - cycles_[i]]);
        return true;
      }
      return false;
    }
    if (type() == &combinations_type) {
      for (size_t i = r; i-- > 0;) {
        if (indices_[i] == i + n - r) continue;
        ++indices_[i];
        for (size_t j = i + 1; j < r; ++j) indices_[j] = indices_[j - 1] + 1;
        return true;
      }
      return false;
    }
    for (size_t i = r; i-- > 0;) {
      if (indices_[i] == n - 1) continue;
      size_t v = indices_[i] + 1;
      for (size_t j = i; j < r; ++j) indices_[j] = v;
      return true;
    }
    return false;
  }

  std::vector<Object> pool_;
  size_t r_;
  std::vector<size_t> indices_, cycles_;
  bool first_ = true, done_ = false;
};

class ZipLongestIterator : public LazyIterator {
 public:
  ZipLongestIterator(std::vector<Object> sources, Object fill)
      : LazyIterator(&zip_longest_type), sources_(std::move(sources)), fill_(std::move(fill)), active_(sources_.size()) {}
  bool next(Object& out) override {
    if (sources_.empty() || active_ == 0) return false;
    std::vector<Object> items;
    items.reserve(sources_.size());
    for (size_t i = 0; i < sources_.size(); ++i) {
      Object item;
      if (sources_[i].is_bound() && py::next(sources_[i], item)) {
        items.push_back(std::move(item));
        continue;
      }
      if (sources_[i].is_bound()) {
        sources_[i] = Object();
        if (--active_ == 0) {
          sources_.clear();
          return false;
        }
      }
      items.push_back(fill_);
    }
    out = new_tuple(std::move(items));
    return true;
  }

 private:
  std::vector<Object> sources_;  // unbound once exhausted
  Object fill_;
  size_t active_;
};

// The `r` of permutations/combinations: an int >= 0.
size_t r_argument(const Object& o) {
  int64_t r = ssize_argument(o);
  if (r < 0) raise_error(&value_error_type, "r must be non-negative");
  return static_cast<size_t>(r);
}

Object new_product(const Args& args) {
  int64_t repeat = 1;
  for (size_t k = 0; k < args.nkw; ++k) {
    if (std::strcmp(args.kw[k].name, "repeat") != 0) {
      raise_error(&type_error_type, "'{}' is an invalid keyword argument for product()", args.kw[k].name);
    }
    repeat = ssize_argument(args.kw[k].value);
    if (repeat < 0) raise_error(&value_error_type, "repeat argument cannot be negative");
  }
  std::vector<std::vector<Object>> pools;
  for (size_t i = 0; i < args.npos; ++i) pools.push_back(pool_of(args[i]));
  std::vector<std::vector<Object>> repeated;
  for (int64_t k = 0; k < repeat; ++k) repeated.insert(repeated.end(), pools.begin(), pools.end());
  return make<ProductIterator>(std::move(repeated));
}

Object new_choose(Type* type, const Args& args) {
  const char* name = type->name() + std::strlen("itertools.");
  Object slots[2];
  bind_args(args, name, {"iterable", "r"}, 0, slots);
  if (!slots[0].is_bound()) raise_error(&type_error_type, "{}() missing required argument 'iterable' (pos 1)", name);
  std::vector<Object> pool = pool_of(slots[0]);
  size_t r = pool.size();
  if (type == &permutations_type) {
    if (slots[1].is_bound() && !slots[1].is_none()) r = r_argument(slots[1]);
  } else {
    if (!slots[1].is_bound()) raise_error(&type_error_type, "{}() missing required argument 'r' (pos 2)", name);
    r = r_argument(slots[1]);
  }
  return make<ChooseIterator>(type, std::move(pool), r);
}

Object new_zip_longest(const Args& args) {
  Object fill = None;
  for (size_t k = 0; k < args.nkw; ++k) {
    if (std::strcmp(args.kw[k].name, "fillvalue") != 0) {
      raise_error(&type_error_type, "zip_longest() got an unexpected keyword argument");
    }
    fill = args.kw[k].value;
  }
  std::vector<Object> sources;
  for (size_t i = 0; i < args.npos; ++i) sources.push_back(py::iter(args[i]));
  return make<ZipLongestIterator>(std::move(sources), fill);
}

}  // namespace

Object itertools_construct_combinatoric(Type* type, const Args& args) {
  if (type == &product_type) return new_product(args);
  if (type == &permutations_type || type == &combinations_type || type == &cwr_type) return new_choose(type, args);
  if (type == &zip_longest_type) return new_zip_longest(args);
  return Object();
}

void itertools_register_combinatoric(Module& module) {
  for (Type* t : {&product_type, &permutations_type, &combinations_type, &cwr_type, &zip_longest_type}) {
    module.attrs.set(t->name() + std::strlen("itertools."), type_object(*t));
  }
}

}  // namespace py
