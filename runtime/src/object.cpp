// Default slots of HeapObject: what CPython does for a type that does not
// define the operation.
#include <sys/mman.h>

#include <cstdint>
#include <new>

#include <fmt/format.h>

#include "yieldc/exceptions.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"
#include "raise.hpp"

namespace py {

namespace heap_pool {

State state;

namespace {

// A chunk is 2 MiB, aligned to 2 MiB and backed by a transparent huge page
// where the kernel allows it (MADV_HUGEPAGE): one page fault per chunk
// instead of 512. A gather of 10^5 tasks touches about 40 MiB at once, and
// under a hypervisor each 4 KiB fault costs microseconds.
constexpr size_t kChunkSize = size_t{2} << 20;

char* new_chunk() {
  void* raw = mmap(nullptr, 2 * kChunkSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  auto start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (start + kChunkSize - 1) & ~(kChunkSize - 1);
  if (aligned > start) munmap(raw, aligned - start);
  uintptr_t end = start + 2 * kChunkSize;
  if (end > aligned + kChunkSize) munmap(reinterpret_cast<void*>(aligned + kChunkSize), end - aligned - kChunkSize);
  madvise(reinterpret_cast<void*>(aligned), kChunkSize, MADV_HUGEPAGE);
  return reinterpret_cast<char*>(aligned);
}

}  // namespace

void* carve(size_t size_class) {
  const size_t size = size_class * kGranule;
  if (static_cast<size_t>(state.chunk_end - state.chunk_next) < size) {
    // What is left of the old chunk (less than one block of this class) is
    // given to the smaller classes rather than lost.
    for (size_t c = kMaxSize / kGranule; c > 0; --c) {
      while (static_cast<size_t>(state.chunk_end - state.chunk_next) >= c * kGranule) {
        release(state.chunk_next, c * kGranule);
        state.chunk_next += c * kGranule;
      }
    }
    state.chunk_next = new_chunk();
    state.chunk_end = state.chunk_next + kChunkSize;
  }
  void* block = state.chunk_next;
  state.chunk_next += size;
  return block;
}

}  // namespace heap_pool

std::string HeapObject::repr() const {
  if (const char* module = type_->module()) {
    return fmt::format("<{}.{} object at {}>", module, type_->name(), static_cast<const void*>(this));
  }
  return fmt::format("<{} object at {}>", type_->name(), static_cast<const void*>(this));
}

int64_t HeapObject::hash() const {
  // object.__hash__: derived from the address, as CPython does.
  auto bits = reinterpret_cast<uintptr_t>(this);
  return static_cast<int64_t>((bits >> 4) | (bits << (8 * sizeof(bits) - 4)));
}

int HeapObject::eq(const Object& other) const {
  return other.is_heap() && other.heap() == this ? 1 : -1;
}

Object HeapObject::iter() {
  raise_error(&type_error_type, "'{}' object is not iterable", type_->name());
}

bool HeapObject::next(Object&) {
  raise_error(&type_error_type, "'{}' object is not an iterator", type_->name());
}

size_t HeapObject::len() const {
  raise_error(&type_error_type, "object of type '{}' has no len()", type_->name());
}

Object HeapObject::getitem(const Object&) {
  raise_error(&type_error_type, "'{}' object is not subscriptable", type_->name());
}

void HeapObject::setitem(const Object&, Object) {
  raise_error(&type_error_type, "'{}' object does not support item assignment", type_->name());
}

void HeapObject::delitem(const Object&) {
  raise_error(&type_error_type, "'{}' object doesn't support item deletion", type_->name());
}

bool HeapObject::contains(const Object& item) {
  Object it = iter(), x;
  while (it.heap()->next(x)) {
    if (x.is(item) || py::eq(x, item)) return true;
  }
  return false;
}

bool HeapObject::get_attribute(const char*, Object&) { return false; }
bool HeapObject::set_attribute(const char*, const Object&) { return false; }
bool HeapObject::del_attribute(const char*) { return false; }

}  // namespace py
