// list.sort() and sorted(): a port of CPython 3.11's listsort (timsort with
// the powersort merge policy, Objects/listobject.c and listsort.txt).
//
// Why a port rather than std::stable_sort: Python code can see the order in
// which items are compared. A `<` that raises (`'<' not supported between
// instances of 'str' and 'int'`) names its operands in the order CPython
// compared them, and the list is left in the partly sorted order CPython
// leaves it in; a key or `__lt__` with side effects sees the same calls.
// So every comparison below is the one CPython makes, in the same order.
//
// Items move with std::move (16-byte Objects) instead of memcpy. A
// comparison may throw at any point; each merge then puts the items it
// holds in its temporary array back, as CPython's "Fail" paths do, so the
// list always holds each item exactly once.
#include <algorithm>
#include <vector>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// An item with the key it is sorted by (sort(key=...)).
struct KeyedItem {
  Object key;
  Object value;
};

inline const Object& sort_key(const Object& item) { return item; }
inline const Object& sort_key(const KeyedItem& item) { return item.key; }

constexpr ptrdiff_t kMinGallop = 7;
constexpr ptrdiff_t kMaxMinRun = 64;
constexpr int kMaxMergePending = 85;

template <class T>
class TimSort {
 public:
  TimSort(T* items, ptrdiff_t n) : a_(items), n_(n) {}

  void sort() {
    if (n_ < 2) return;
    ptrdiff_t lo = 0, remaining = n_;
    ptrdiff_t min_run = compute_min_run(remaining);
    do {
      bool descending;
      ptrdiff_t n = count_run(lo, lo + remaining, descending);
      if (descending) std::reverse(a_ + lo, a_ + lo + n);
      // A short run is extended to min_run with binary insertion.
      if (n < min_run) {
        ptrdiff_t force = remaining <= min_run ? remaining : min_run;
        binary_sort(lo, lo + force, lo + n);
        n = force;
      }
      found_new_run(n);
      pending_[pending_count_++] = Run{lo, n, 0};
      lo += n;
      remaining -= n;
    } while (remaining);
    merge_force_collapse();
  }

 private:
  struct Run {
    ptrdiff_t base;
    ptrdiff_t len;
    int power;
  };

  // ISLT: items, or an item and a key, compared by their keys.
  template <class X, class Y>
  static bool less(const X& x, const Y& y) {
    return lt(sort_key(x), sort_key(y));
  }

  static ptrdiff_t compute_min_run(ptrdiff_t n) {
    ptrdiff_t r = 0;  // becomes 1 if any 1 bits are shifted off
    while (n >= kMaxMinRun) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // The length of the run starting at lo: non-decreasing, or strictly
  // decreasing (`descending`, which the caller reverses).
  ptrdiff_t count_run(ptrdiff_t lo, ptrdiff_t hi, bool& descending) {
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    ptrdiff_t n = 2;
    if (less(a_[lo], a_[lo - 1])) {
      descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (!less(a_[lo], a_[lo - 1])) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (less(a_[lo], a_[lo - 1])) break;
      }
    }
    return n;
  }

  // Binary insertion of [start, hi) into the sorted [lo, start). The pivot
  // moves only after its place is found, so a throwing `<` leaves every
  // item where it was.
  void binary_sort(ptrdiff_t lo, ptrdiff_t hi, ptrdiff_t start) {
    if (lo == start) ++start;
    for (; start < hi; ++start) {
      ptrdiff_t l = lo, r = start;
      const T& pivot = a_[start];
      do {
        ptrdiff_t p = l + ((r - l) >> 1);
        if (less(pivot, a_[p])) {
          r = p;
        } else {
          l = p + 1;
        }
      } while (l < r);
      T moved = std::move(a_[start]);
      for (ptrdiff_t p = start; p > l; --p) a_[p] = std::move(a_[p - 1]);
      a_[l] = std::move(moved);
    }
  }

  // Where `key` belongs in the sorted a[0, n): before any equal items.
  // Starts at a[hint] and gallops outwards, then binary-searches.
  static ptrdiff_t gallop_left(const Object& key, const T* a, ptrdiff_t n, ptrdiff_t hint) {
    ptrdiff_t lastofs = 0, ofs = 1;
    if (less(a[hint], key)) {
      // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
      const ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (!less(a[hint + ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
      const ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (less(a[hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      ptrdiff_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    ++lastofs;
    while (lastofs < ofs) {
      ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      if (less(a[m], key)) {
        lastofs = m + 1;
      } else {
        ofs = m;
      }
    }
    return ofs;
  }

  // Where `key` belongs in the sorted a[0, n): after any equal items.
  static ptrdiff_t gallop_right(const Object& key, const T* a, ptrdiff_t n, ptrdiff_t hint) {
    ptrdiff_t lastofs = 0, ofs = 1;
    if (less(key, a[hint])) {
      // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
      const ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (!less(key, a[hint - ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      ptrdiff_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
      const ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (less(key, a[hint + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      if (less(key, a[m])) {
        ofs = m;
      } else {
        lastofs = m + 1;
      }
    }
    return ofs;
  }

  T* temp(ptrdiff_t need) {
    if (static_cast<ptrdiff_t>(temp_.size()) < need) temp_.resize(static_cast<size_t>(need));
    return temp_.data();
  }

  static void move_forward(T* from, T* to, ptrdiff_t n) {
    for (ptrdiff_t i = 0; i < n; ++i) to[i] = std::move(from[i]);
  }
  static void move_backward(T* from, T* to, ptrdiff_t n) {
    for (ptrdiff_t i = n - 1; i >= 0; --i) to[i] = std::move(from[i]);
  }

  // Merges the na items at a_[sa] with the nb items right after them, na <=
  // nb, copying the first run to the temporary array (merge_lo).
  void merge_lo(ptrdiff_t sa, ptrdiff_t na, ptrdiff_t sb, ptrdiff_t nb) {
    T* t = temp(na);
    move_forward(a_ + sa, t, na);
    ptrdiff_t dest = sa, pa = 0, pb = sb;
    bool copy_b = false;
    a_[dest++] = std::move(a_[pb++]);
    --nb;
    try {
      if (nb == 0) goto done;
      if (na == 1) {
        copy_b = true;
        goto done;
      }
      for (ptrdiff_t min_gallop = min_gallop_;;) {
        ptrdiff_t acount = 0, bcount = 0;  // times A or B won in a row
        // The straightforward merge, until one run wins consistently.
        for (;;) {
          if (less(a_[pb], t[pa])) {
            a_[dest++] = std::move(a_[pb++]);
            ++bcount;
            acount = 0;
            if (--nb == 0) goto done;
            if (bcount >= min_gallop) break;
          } else {
            a_[dest++] = std::move(t[pa++]);
            ++acount;
            bcount = 0;
            if (--na == 1) {
              copy_b = true;
              goto done;
            }
            if (acount >= min_gallop) break;
          }
        }
        // Galloping, while either run keeps winning.
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          ptrdiff_t k = gallop_right(sort_key(a_[pb]), t + pa, na, 0);
          acount = k;
          if (k) {
            move_forward(t + pa, a_ + dest, k);
            dest += k;
            pa += k;
            na -= k;
            if (na == 1) {
              copy_b = true;
              goto done;
            }
            // Impossible for a consistent `<`, which Python cannot promise.
            if (na == 0) goto done;
          }
          a_[dest++] = std::move(a_[pb++]);
          if (--nb == 0) goto done;

          k = gallop_left(sort_key(t[pa]), a_ + pb, nb, 0);
          bcount = k;
          if (k) {
            move_forward(a_ + pb, a_ + dest, k);
            dest += k;
            pb += k;
            nb -= k;
            if (nb == 0) goto done;
          }
          a_[dest++] = std::move(t[pa++]);
          if (--na == 1) {
            copy_b = true;
            goto done;
          }
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;  // penalise leaving galloping mode
        min_gallop_ = min_gallop;
      }
    done:;
    } catch (...) {
      move_forward(t + pa, a_ + dest, na);
      throw;
    }
    if (!copy_b) {
      move_forward(t + pa, a_ + dest, na);
      return;
    }
    // The last item of A belongs at the end of the merge.
    move_forward(a_ + pb, a_ + dest, nb);
    a_[dest + nb] = std::move(t[pa]);
  }

  // The mirror image for na >= nb: the second run goes to the temporary
  // array and the merge runs from the right (merge_hi).
  void merge_hi(ptrdiff_t sa, ptrdiff_t na, ptrdiff_t sb, ptrdiff_t nb) {
    T* t = temp(nb);
    move_forward(a_ + sb, t, nb);
    const ptrdiff_t base_a = sa;
    ptrdiff_t dest = sb + nb - 1, pa = sa + na - 1, pb = nb - 1;
    bool copy_a = false;
    a_[dest--] = std::move(a_[pa--]);
    --na;
    try {
      if (na == 0) goto done;
      if (nb == 1) {
        copy_a = true;
        goto done;
      }
      for (ptrdiff_t min_gallop = min_gallop_;;) {
        ptrdiff_t acount = 0, bcount = 0;
        for (;;) {
          if (less(t[pb], a_[pa])) {
            a_[dest--] = std::move(a_[pa--]);
            ++acount;
            bcount = 0;
            if (--na == 0) goto done;
            if (acount >= min_gallop) break;
          } else {
            a_[dest--] = std::move(t[pb--]);
            ++bcount;
            acount = 0;
            if (--nb == 1) {
              copy_a = true;
              goto done;
            }
            if (bcount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1;
          min_gallop_ = min_gallop;
          ptrdiff_t k = na - gallop_right(sort_key(t[pb]), a_ + base_a, na, na - 1);
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            move_backward(a_ + (pa + 1), a_ + (dest + 1), k);
            na -= k;
            if (na == 0) goto done;
          }
          a_[dest--] = std::move(t[pb--]);
          if (--nb == 1) {
            copy_a = true;
            goto done;
          }

          k = nb - gallop_left(sort_key(a_[pa]), t, nb, nb - 1);
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            move_forward(t + (pb + 1), a_ + (dest + 1), k);
            nb -= k;
            if (nb == 1) {
              copy_a = true;
              goto done;
            }
            // Impossible for a consistent `<`, which Python cannot promise.
            if (nb == 0) goto done;
          }
          a_[dest--] = std::move(a_[pa--]);
          if (--na == 0) goto done;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        min_gallop_ = min_gallop;
      }
    done:;
    } catch (...) {
      move_forward(t, a_ + (dest - (nb - 1)), nb);
      throw;
    }
    if (!copy_a) {
      move_forward(t, a_ + (dest - (nb - 1)), nb);
      return;
    }
    // The first item of B belongs at the front of the merge.
    move_backward(a_ + (pa + 1 - na), a_ + (dest + 1 - na), na);
    dest -= na;
    a_[dest] = std::move(t[pb]);
  }

  // Merges the pending runs i and i+1 (merge_at).
  void merge_at(int i) {
    ptrdiff_t sa = pending_[i].base, na = pending_[i].len;
    ptrdiff_t sb = pending_[i + 1].base, nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i == pending_count_ - 3) pending_[i + 1] = pending_[i + 2];
    --pending_count_;
    // Items of A before B's first are already in place, as are items of
    // B after A's last.
    ptrdiff_t k = gallop_right(sort_key(a_[sb]), a_ + sa, na, 0);
    sa += k;
    na -= k;
    if (na == 0) return;
    nb = gallop_left(sort_key(a_[sa + na - 1]), a_ + sb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) {
      merge_lo(sa, na, sb, nb);
    } else {
      merge_hi(sa, na, sb, nb);
    }
  }

  // The "power" of the run boundary between runs of n1 and n2 items
  // starting at s1: its depth in the ideal merge tree (powerloop).
  int power_of(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2) const {
    int result = 0;
    ptrdiff_t a = 2 * s1 + n1;  // twice the midpoint of the first run
    ptrdiff_t b = a + n1 + n2;  // twice the midpoint of the second
    for (;;) {
      ++result;
      if (a >= n_) {
        a -= n_;
        b -= n_;
      } else if (b >= n_) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  // A run of n2 items follows the pending ones: merge those whose power
  // is greater than the new boundary's (found_new_run).
  void found_new_run(ptrdiff_t n2) {
    if (pending_count_ == 0) return;
    const Run& last = pending_[pending_count_ - 1];
    int power = power_of(last.base, last.len, n2);
    while (pending_count_ > 1 && pending_[pending_count_ - 2].power > power) merge_at(pending_count_ - 2);
    pending_[pending_count_ - 1].power = power;
  }

  void merge_force_collapse() {
    while (pending_count_ > 1) {
      int n = pending_count_ - 2;
      if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
      merge_at(n);
    }
  }

  T* a_;
  ptrdiff_t n_;
  std::vector<T> temp_;
  ptrdiff_t min_gallop_ = kMinGallop;
  Run pending_[kMaxMergePending];
  int pending_count_ = 0;
};

// Calls the key function on every item first, as CPython does; a failing
// key leaves the items as they were.
std::vector<KeyedItem> with_keys(std::vector<Object>& items, const Object& key) {
  std::vector<Object> keys;
  keys.reserve(items.size());
  for (const Object& item : items) keys.push_back(call(key, {item}));
  std::vector<KeyedItem> keyed(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    keyed[i].key = std::move(keys[i]);
    keyed[i].value = std::move(items[i]);
  }
  return keyed;
}

}  // namespace

void list_sort(const Object& list, const Object& key, bool reverse) {
  List* self = cast<List>(list);
  // The list looks empty while it is sorted (CPython empties it too): code
  // run by `<` or the key sees [], and changes it makes are detected.
  std::vector<Object> items;
  items.swap(self->items);
  auto restore = [&] {
    std::vector<Object> during = std::move(self->items);
    bool modified = during.capacity() != 0;
    self->items = std::move(items);
    return modified;
  };
  bool keyed = key.is_bound() && !key.is_none();
  std::vector<KeyedItem> pairs;
  if (keyed) {
    try {
      pairs = with_keys(items, key);
    } catch (...) {
      restore();
      throw;
    }
  }
  // Back from the (key, value) pairs, and reversed back: after a failed
  // sort too, so the list keeps whatever order the sort had reached.
  auto settle = [&] {
    if (keyed) {
      for (size_t i = 0; i < pairs.size(); ++i) items[i] = std::move(pairs[i].value);
    }
    if (reverse) std::reverse(items.begin(), items.end());
  };
  // Reverse sorting keeps equal items in order: reverse, sort, reverse.
  auto n = static_cast<ptrdiff_t>(items.size());
  try {
    if (keyed) {
      if (reverse) std::reverse(pairs.begin(), pairs.end());
      TimSort<KeyedItem>(pairs.data(), n).sort();
    } else {
      if (reverse) std::reverse(items.begin(), items.end());
      TimSort<Object>(items.data(), n).sort();
    }
  } catch (...) {
    settle();
    restore();
    throw;
  }
  settle();
  if (restore()) raise_error(&value_error_type, "list modified during sort");
}

}  // namespace py
