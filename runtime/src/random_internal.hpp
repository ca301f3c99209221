// The random module's generator object, shared by random_core.cpp (the
// Mersenne Twister core: CPython's _random module) and random_module.cpp
// (the methods random.py defines on top of it).
#pragma once

#include <cstddef>
#include <cstdint>

#include "yieldc/attr_map.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// MT19937, as CPython's Modules/_randommodule.c embeds Matsumoto and
// Nishimura's mt19937ar.c.
class MersenneTwister {
 public:
  static constexpr int kN = 624;

  void init_genrand(uint32_t seed);
  void init_by_array(const uint32_t* key, size_t length);
  // init_by_array over 624 words of system entropy (as random_seed_urandom).
  void seed_from_entropy();
  uint32_t next_uint32();
  // random(): 53 bits from two outputs, in [0.0, 1.0).
  double next_double();

  uint32_t state[kN] = {};
  int index = kN + 1;
};

// An instance of random.Random: the generator, random.py's gauss_next, and
// the instance attributes a Python-level Random would keep in its __dict__.
class RandomObject final : public HeapObject {
 public:
  RandomObject();

  bool get_attribute(const char* name, Object& out) override;
  bool set_attribute(const char* name, const Object& value) override;
  bool del_attribute(const char* name) override;

  MersenneTwister mt;
  Object gauss_next;  // None, or the second normal deviate gauss() made
  AttrMap attrs;
};

extern Type random_type;

inline RandomObject& random_of(const Object& self) { return *cast<RandomObject>(self); }

// _random.Random.seed(n): None seeds from entropy, an int by its absolute
// value, anything else by its hash.
void random_core_seed(RandomObject& r, const Object& n);
// getrandbits(k) for k >= 0: an int of k random bits.
Object random_core_getrandbits(RandomObject& r, uint64_t k);
// _random.Random.getstate() and setstate(state): the 624 state words and
// the index, as a tuple of 625 ints.
Object random_core_getstate(RandomObject& r);
void random_core_setstate(RandomObject& r, const Object& state);

}  // namespace py
