// py::Object, the 16-byte value every Python value is in emitted code, and
// HeapObject, the base of everything that lives on the heap.
//
// None, bool, int64-sized ints and floats live inline in the Object; str,
// list, functions, generators, big ints and the rest are HeapObjects with a
// non-atomic intrusive reference count. Reference counting (not a tracing
// GC) is what makes finalisation deterministic, as it is in CPython: a
// generator's `finally` runs when its last reference goes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <utility>

namespace py {

class Object;
class Type;

// The allocator of HeapObjects: a free list per 16-byte size class up to
// 512 bytes, refilled from 2 MiB chunks (object.cpp), as CPython's pymalloc does for
// its small objects. Python programs create and drop small objects at a
// high rate (a generator frame per call, a task per coroutine, an int per
// big result), and 10^5 of them alive at once defeat glibc's per-thread
// cache. The program is single-threaded (frame.cpp runs it on one thread
// and joins it), so the lists need no locking. Freed blocks stay in the
// lists for reuse; chunks are never returned. Under AddressSanitizer every
// object is its own malloc, so that use-after-free is still caught.
namespace heap_pool {
#if defined(__SANITIZE_ADDRESS__)
#define YIELDC_HEAP_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define YIELDC_HEAP_POOL 0
#endif
#endif
#ifndef YIELDC_HEAP_POOL
#define YIELDC_HEAP_POOL 1
#endif

inline constexpr size_t kGranule = 16;
inline constexpr size_t kMaxSize = 512;
struct FreeBlock {
  FreeBlock* next;
};
struct State {
  FreeBlock* free[kMaxSize / kGranule + 1];
  char* chunk_next;
  char* chunk_end;
};
extern State state;  // zero-initialised: no constructor runs at startup
// A block of class `size_class` from the current chunk, or a new chunk.
void* carve(size_t size_class);

inline void* allocate(size_t size) {
  if (!YIELDC_HEAP_POOL || size > kMaxSize) return ::operator new(size);
  const size_t size_class = (size + kGranule - 1) / kGranule;
  if (FreeBlock* block = state.free[size_class]) {
    state.free[size_class] = block->next;
    return block;
  }
  return carve(size_class);
}

inline void release(void* p, size_t size) {
  if (!YIELDC_HEAP_POOL || size > kMaxSize) {
    ::operator delete(p);
    return;
  }
  const size_t size_class = (size + kGranule - 1) / kGranule;
  auto* block = static_cast<FreeBlock*>(p);
  block->next = state.free[size_class];
  state.free[size_class] = block;
}
// The pool as a standard allocator, for the runtime's own small
// containers that come and go with objects (a future's callbacks, the
// loop's ready queue): their blocks are then pool blocks, not mallocs.
template <class T>
struct Allocator {
  using value_type = T;
  Allocator() = default;
  template <class U>
  Allocator(const Allocator<U>&) {}  // NOLINT: rebinding is implicit
  T* allocate(size_t n) { return static_cast<T*>(heap_pool::allocate(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { heap_pool::release(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const Allocator<U>&) const { return true; }
};
}  // namespace heap_pool

// Base of all heap-allocated Python values. The virtual functions are the
// type's slots (like CPython's tp_* slots); the defaults raise the TypeError
// CPython raises for a type without that slot.
class HeapObject {
 public:
  explicit HeapObject(Type* type) : type_(type) {}
  HeapObject(const HeapObject&) = delete;
  HeapObject& operator=(const HeapObject&) = delete;
  virtual ~HeapObject() = default;

  // Every HeapObject comes from heap_pool; the virtual destructor passes
  // the dynamic type's size back.
  static void* operator new(size_t size) { return heap_pool::allocate(size); }
  static void operator delete(void* p, size_t size) { heap_pool::release(p, size); }

  Type* type() const { return type_; }
  void incref() { ++refcount_; }
  // Drops one reference; destroys the object when none is left.
  void decref() {
    if (--refcount_ == 0) release();
  }
  uint32_t refcount() const { return refcount_; }

  // repr(self) and str(self); str defaults to repr.
  virtual std::string repr() const;
  virtual std::string str() const { return repr(); }
  // Truth value; true unless the type says otherwise (len() == 0 etc.).
  virtual bool truthy() const { return true; }
  virtual int64_t hash() const;
  // Equality with another object; `nullptr` result means NotImplemented.
  virtual int eq(const Object& other) const;  // 1, 0, or -1 for NotImplemented
  // iter(self): returns an iterator.
  virtual Object iter();
  // Advances an iterator: stores the next item in `out` and returns true,
  // or returns false at exhaustion. Never raises StopIteration for that.
  virtual bool next(Object& out);
  virtual size_t len() const;
  // How many items iter(self) will produce, when the object knows it
  // without running Python code (a deque, a dict); -1 otherwise. Sizes
  // the containers built from an iterable.
  virtual int64_t length_hint() const { return -1; }
  // self[key], self[key] = value, del self[key].
  virtual Object getitem(const Object& key);
  virtual void setitem(const Object& key, Object value);
  virtual void delitem(const Object& key);
  // `item in self`; the default iterates and compares, as CPython does.
  virtual bool contains(const Object& item);
  // The type's own data attributes (`e.args`, `g.gi_running`): stores the
  // value and returns true, or returns false so lookup continues with the
  // type's methods. `set_attribute` returns false when the attribute cannot
  // be set (AttributeError).
  virtual bool get_attribute(const char* name, Object& out);
  virtual bool set_attribute(const char* name, const Object& value);
  // `del self.name`: returns false when there is no such attribute to
  // delete (AttributeError).
  virtual bool del_attribute(const char* name);

 protected:
  // Called when the count reaches zero. Generators override it to run
  // close() first (PEP 342 finalisation), which may resurrect them.
  virtual void release() { delete this; }

  uint32_t refcount_ = 1;

 private:
  Type* type_;
};

// A tagged 16-byte value. A default-constructed Object is *unbound* (a local
// or global not yet assigned); reading one raises NameError or
// UnboundLocalError at the use site, which codegen checks.
class Object {
 public:
  enum class Tag : uint8_t { Unbound, None, Bool, Int, Float, Heap };

  Object() : tag_(Tag::Unbound), i_(0) {}
  Object(const Object& o) : tag_(o.tag_), i_(o.i_) {
    if (tag_ == Tag::Heap) h_->incref();
  }
  // A moved-from Object is Unbound; its payload is left as it was (only
  // the tag is ever read of an Unbound Object).
  Object(Object&& o) noexcept : tag_(o.tag_), i_(o.i_) { o.tag_ = Tag::Unbound; }
  Object& operator=(const Object& o) {
    // Read `o` before releasing the old value: `o` may be this very
    // Object (`r = r`) or live inside the object the old value frees.
    const Tag tag = o.tag_;
    const int64_t bits = o.i_;
    if (tag == Tag::Heap) o.h_->incref();
    Object old(std::move(*this));
    tag_ = tag;
    i_ = bits;
    return *this;
  }
  Object& operator=(Object&& o) noexcept {
    if (this == &o) return *this;
    Object old(std::move(*this));  // released last: its finaliser may look at this
    tag_ = o.tag_;
    i_ = o.i_;
    o.tag_ = Tag::Unbound;
    return *this;
  }
  ~Object() {
    if (tag_ == Tag::Heap) h_->decref();
  }

  static Object none() { return Object(Tag::None, 0); }
  static Object from_bool(bool b) { return Object(Tag::Bool, b ? 1 : 0); }
  static Object from_int(int64_t v) { return Object(Tag::Int, v); }
  static Object from_float(double v) {
    Object o(Tag::Float, 0);
    o.f_ = v;
    return o;
  }
  // Takes over one reference the caller owns (a fresh object has one).
  static Object steal(HeapObject* h) {
    Object o(Tag::Heap, 0);
    o.h_ = h;
    return o;
  }
  // Adds a reference to an object someone else owns.
  static Object borrow(HeapObject* h) {
    h->incref();
    return steal(h);
  }

  Tag tag() const { return tag_; }
  bool is_bound() const { return tag_ != Tag::Unbound; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_small_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_heap() const { return tag_ == Tag::Heap; }

  bool as_bool() const { return i_ != 0; }
  int64_t as_small_int() const { return i_; }
  double as_float() const { return f_; }
  HeapObject* heap() const { return h_; }

  // The Python type of the value (never null for a bound value).
  Type* type() const;

  // Same object (Python's `is`).
  bool is(const Object& o) const { return tag_ == o.tag_ && (tag_ == Tag::Unbound || i_ == o.i_); }

 private:
  Object(Tag tag, int64_t i) : tag_(tag), i_(i) {}

  Tag tag_;
  union {
    int64_t i_;
    double f_;
    HeapObject* h_;
  };
};

static_assert(sizeof(Object) == 16, "py::Object is a 16-byte tagged value");

inline const Object None = Object::none();
inline const Object True = Object::from_bool(true);
inline const Object False = Object::from_bool(false);

// Allocates a heap object of type T and returns the owning Object.
template <class T, class... Args>
Object make(Args&&... args) {
  return Object::steal(new T(std::forward<Args>(args)...));
}

// The heap object of `o` as T, if `o` is one (checked by the caller).
template <class T>
T* cast(const Object& o) {
  return static_cast<T*>(o.heap());
}

}  // namespace py
