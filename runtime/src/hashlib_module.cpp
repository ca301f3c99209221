// The hashlib module. The SHA-1/SHA-2/SHA-3/MD5/SHAKE hashes are OpenSSL's
// EVP digests (libcrypto), as in CPython's _hashlib; blake2b and blake2s
// with their digest_size, key, salt, person and tree parameters are
// libb2's, since OpenSSL 3.0 offers BLAKE2 at its full digest size only.
// Objects, names, sizes and messages are CPython 3.11's: `<sha256
// _hashlib.HASH object @ 0x...>`, `Strings must be encoded before hashing`,
// `unsupported hash type NAME`, `digest_size must be between 1 and 64 bytes`.
#include <blake2.h>
#include <array>
#include <cctype>
#include <cstring>
#include <memory>
#include <openssl/evp.h>
#include <string>
#include <utility>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/set.hpp"
#include "builtin_functions_internal.hpp"
#include "bytes_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// The data argument of a constructor or update(): bytes or bytearray.
const std::string& hashed_data(const Object& o) {
  if (is_str(o)) raise_error(&type_error_type, "Strings must be encoded before hashing");
  if (!is_bytes_like(o)) raise_error(&type_error_type, "object supporting the buffer API required");
  return cast<Bytes>(o)->data;
}

std::string hex_of(const std::string& digest) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(digest.size() * 2);
  for (unsigned char c : digest) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

// ---------------------------------------------------------------- OpenSSL digests

extern Type hash_type;      // _hashlib.HASH
extern Type hash_xof_type;  // _hashlib.HASHXOF (shake_128, shake_256)

struct Algorithm {
  const char* python_name;
  const char* openssl_name;
};

constexpr Algorithm kAlgorithms[] = {
    {"md5", "MD5"},           {"sha1", "SHA1"},           {"sha224", "SHA224"},           {"sha256", "SHA256"},
    {"sha384", "SHA384"},     {"sha512", "SHA512"},       {"sha512_224", "SHA512-224"},   {"sha512_256", "SHA512-256"},
    {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"},   {"sha3_384", "SHA3-384"},       {"sha3_512", "SHA3-512"},
    {"shake_128", "SHAKE128"}, {"shake_256", "SHAKE256"},
};

struct ContextFree {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using ContextPtr = std::unique_ptr<EVP_MD_CTX, ContextFree>;

[[noreturn]] void raise_openssl_failure() { raise_error(&value_error_type, "OpenSSL digest operation failed"); }

class Hash final : public HeapObject {
 public:
  Hash(Type* type, const char* name, ContextPtr ctx) : HeapObject(type), name(name), ctx(std::move(ctx)) {}

  std::string repr() const override {
    return fmt::format("<{} _hashlib.{} object @ {}>", name, type()->name(), static_cast<const void*>(this));
  }
  bool get_attribute(const char* attribute, Object& out) override;

  void update(const std::string& data) {
    if (EVP_DigestUpdate(ctx.get(), data.data(), data.size()) != 1) raise_openssl_failure();
  }
  // The digest of what was hashed so far; the object can go on hashing.
  std::string digest(size_t xof_length) const {
    ContextPtr copy(EVP_MD_CTX_new());
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), ctx.get()) != 1) raise_openssl_failure();
    std::string out;
    if (type() == &hash_xof_type) {
      out.resize(xof_length);
      if (xof_length && EVP_DigestFinalXOF(copy.get(), reinterpret_cast<unsigned char*>(out.data()), xof_length) != 1) {
        raise_openssl_failure();
      }
      return out;
    }
    out.resize(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char*>(out.data()), &size) != 1) {
      raise_openssl_failure();
    }
    out.resize(size);
    return out;
  }

  const char* name;
  ContextPtr ctx;
};

bool Hash::get_attribute(const char* attribute, Object& out) {
  const EVP_MD* md = EVP_MD_CTX_get0_md(ctx.get());
  if (std::strcmp(attribute, "name") == 0) {
    out = new_str(name);
  } else if (std::strcmp(attribute, "digest_size") == 0) {
    out = Object::from_int(type() == &hash_xof_type ? 0 : EVP_MD_get_size(md));
  } else if (std::strcmp(attribute, "block_size") == 0) {
    out = Object::from_int(EVP_MD_get_block_size(md));
  } else {
    return false;
  }
  return true;
}

Object new_openssl_hash(const Algorithm& algorithm, const Object& data) {
  const EVP_MD* md = EVP_get_digestbyname(algorithm.openssl_name);
  ContextPtr ctx(EVP_MD_CTX_new());
  if (md == nullptr) raise_error(&value_error_type, "unsupported hash type {}", algorithm.python_name);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1) raise_openssl_failure();
  bool xof = std::strncmp(algorithm.python_name, "shake", 5) == 0;
  Object hash = make<Hash>(xof ? &hash_xof_type : &hash_type, algorithm.python_name, std::move(ctx));
  if (data.is_bound()) cast<Hash>(hash)->update(hashed_data(data));
  return hash;
}

Object hash_update(const Object& self, const Args& args) {
  expect_one_arg(args, "HASH.update");
  cast<Hash>(self)->update(hashed_data(args[0]));
  return None;
}

Object hash_digest(const Object& self, const Args& args) {
  expect_no_args(args, "HASH.digest");
  return new_bytes(cast<Hash>(self)->digest(0));
}

Object hash_hexdigest(const Object& self, const Args& args) {
  expect_no_args(args, "HASH.hexdigest");
  return new_str(hex_of(cast<Hash>(self)->digest(0)));
}

size_t xof_length(const Args& args, const char* method) {
  Object length;
  if (args.npos == 0 && !args.has_keywords()) {
    raise_error(&type_error_type, "{}() missing required argument 'length' (pos 1)", method);
  }
  bind_args(args, method, {"length"}, 1, &length);
  int64_t n = int_argument(length);
  if (n < 0) raise_error(&value_error_type, "value must be positive");
  return static_cast<size_t>(n);
}

Object hash_xof_digest(const Object& self, const Args& args) {
  return new_bytes(cast<Hash>(self)->digest(xof_length(args, "digest")));
}

Object hash_xof_hexdigest(const Object& self, const Args& args) {
  return new_str(hex_of(cast<Hash>(self)->digest(xof_length(args, "hexdigest"))));
}

Object hash_copy(const Object& self, const Args& args) {
  expect_no_args(args, "HASH.copy");
  auto* hash = cast<Hash>(self);
  ContextPtr ctx(EVP_MD_CTX_new());
  if (!ctx || EVP_MD_CTX_copy_ex(ctx.get(), hash->ctx.get()) != 1) raise_openssl_failure();
  return make<Hash>(hash->type(), hash->name, std::move(ctx));
}

const MethodDef hash_methods[] = {
    {"update", hash_update}, {"digest", hash_digest}, {"hexdigest", hash_hexdigest}, {"copy", hash_copy}};
const MethodDef hash_xof_methods[] = {
    {"update", hash_update}, {"digest", hash_xof_digest}, {"hexdigest", hash_xof_hexdigest}, {"copy", hash_copy}};

Type hash_type("HASH", &object_type, {hash_methods, std::size(hash_methods)});
Type hash_xof_type("HASHXOF", &hash_type, {hash_xof_methods, std::size(hash_xof_methods)});

// ---------------------------------------------------------------- BLAKE2

extern Type blake2b_type;
extern Type blake2s_type;

class Blake2 final : public HeapObject {
 public:
  explicit Blake2(Type* type) : HeapObject(type) {}

  bool is_b() const { return type() == &blake2b_type; }
  std::string repr() const override {
    return fmt::format("<_blake2.{} object at {}>", type()->name(), static_cast<const void*>(this));
  }
  bool get_attribute(const char* attribute, Object& out) override {
    if (std::strcmp(attribute, "name") == 0) {
      out = new_str(type()->name());
    } else if (std::strcmp(attribute, "digest_size") == 0) {
      out = Object::from_int(digest_size);
    } else if (std::strcmp(attribute, "block_size") == 0) {
      out = Object::from_int(is_b() ? int{BLAKE2B_BLOCKBYTES} : int{BLAKE2S_BLOCKBYTES});
    } else {
      return false;
    }
    return true;
  }

  void update(const std::string& data) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(data.data());
    if (is_b()) {
      blake2b_update(&b, bytes, data.size());
    } else {
      blake2s_update(&s, bytes, data.size());
    }
  }
  std::string digest() const {
    std::string out(digest_size, '\0');
    auto* bytes = reinterpret_cast<uint8_t*>(out.data());
    if (is_b()) {
      blake2b_state copy = b;
      blake2b_final(&copy, bytes, digest_size);
    } else {
      blake2s_state copy = s;
      blake2s_final(&copy, bytes, digest_size);
    }
    return out;
  }

  size_t digest_size = 0;
  blake2b_state b{};
  blake2s_state s{};
};

// blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
//         fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
//         inner_size=0, last_node=False, usedforsecurity=True), and blake2s
// with 32-byte digests and keys and 8-byte salts and persons.
Object construct_blake2(Type* type, const Args& args) {
  bool is_b = type == &blake2b_type;
  const char* name = type->name();
  if (args.npos > 1) {
    raise_error(&type_error_type, "{}() takes at most 1 positional argument ({} given)", name, args.npos);
  }
  Object a[13];
  Args keywords(nullptr, 0, args.kw, args.nkw);
  bind_args(keywords, name,
            {"digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth",
             "inner_size", "last_node", "usedforsecurity", "data"},
            0, a);
  if (a[12].is_bound()) raise_error(&type_error_type, "'data' is an invalid keyword argument for {}()", name);
  size_t max_digest = is_b ? size_t{BLAKE2B_OUTBYTES} : size_t{BLAKE2S_OUTBYTES};
  size_t max_key = is_b ? size_t{BLAKE2B_KEYBYTES} : size_t{BLAKE2S_KEYBYTES};
  size_t max_salt = is_b ? size_t{BLAKE2B_SALTBYTES} : size_t{BLAKE2S_SALTBYTES};
  size_t max_person = is_b ? size_t{BLAKE2B_PERSONALBYTES} : size_t{BLAKE2S_PERSONALBYTES};

  int64_t digest_size = a[0].is_bound() ? int_argument(a[0]) : static_cast<int64_t>(max_digest);
  if (digest_size < 1 || digest_size > static_cast<int64_t>(max_digest)) {
    raise_error(&value_error_type, "digest_size must be between 1 and {} bytes", max_digest);
  }
  auto bytes_parameter = [&](const Object& o, size_t max, const char* what) -> std::string {
    if (!o.is_bound()) return "";
    const std::string& data = bytes_argument(o);
    if (data.size() > max) raise_error(&value_error_type, "maximum {} length is {} bytes", what, max);
    return data;
  };
  std::string key = bytes_parameter(a[1], max_key, "key");
  std::string salt = bytes_parameter(a[2], max_salt, "salt");
  std::string person = bytes_parameter(a[3], max_person, "person");
  auto small = [&](const Object& o, int64_t fallback, int64_t low, int64_t high, const char* message) {
    if (!o.is_bound()) return fallback;
    int64_t v = int_argument(o);
    if (v < low || v > high) raise_error(&value_error_type, "{}", message);
    return v;
  };
  int64_t fanout = small(a[4], 1, 0, 255, "fanout must be between 0 and 255");
  int64_t depth = small(a[5], 1, 1, 255, "depth must be between 1 and 255");
  int64_t leaf_size = small(a[6], 0, 0, UINT32_MAX, "leaf_size is too large");
  int64_t node_offset = small(a[7], 0, 0, is_b ? INT64_MAX : 0xFFFFFFFFFFFF, "node_offset is too large");
  int64_t node_depth = small(a[8], 0, 0, 255, "node_depth must be between 0 and 255");
  int64_t inner_size = small(a[9], 0, 0, static_cast<int64_t>(max_digest),
                             is_b ? "inner_size must be between 0 and is 64" : "inner_size must be between 0 and is 32");
  bool last_node = a[10].is_bound() && truthy(a[10]);

  Object made = make<Blake2>(type);
  auto* h = cast<Blake2>(made);
  h->digest_size = static_cast<size_t>(digest_size);
  if (is_b) {
    blake2b_param p{};
    p.digest_length = static_cast<uint8_t>(digest_size);
    p.key_length = static_cast<uint8_t>(key.size());
    p.fanout = static_cast<uint8_t>(fanout);
    p.depth = static_cast<uint8_t>(depth);
    p.leaf_length = static_cast<uint32_t>(leaf_size);
    p.node_offset = static_cast<uint64_t>(node_offset);
    p.node_depth = static_cast<uint8_t>(node_depth);
    p.inner_length = static_cast<uint8_t>(inner_size);
    std::memcpy(p.salt, salt.data(), salt.size());
    std::memcpy(p.personal, person.data(), person.size());
    blake2b_init_param(&h->b, &p);
    if (last_node) h->b.last_node = 1;
    if (!key.empty()) {
      uint8_t block[BLAKE2B_BLOCKBYTES] = {};
      std::memcpy(block, key.data(), key.size());
      blake2b_update(&h->b, block, sizeof block);
    }
  } else {
    blake2s_param p{};
    p.digest_length = static_cast<uint8_t>(digest_size);
    p.key_length = static_cast<uint8_t>(key.size());
    p.fanout = static_cast<uint8_t>(fanout);
    p.depth = static_cast<uint8_t>(depth);
    p.leaf_length = static_cast<uint32_t>(leaf_size);
    for (int i = 0; i < 6; ++i) p.node_offset[i] = static_cast<uint8_t>(static_cast<uint64_t>(node_offset) >> (8 * i));
    p.node_depth = static_cast<uint8_t>(node_depth);
    p.inner_length = static_cast<uint8_t>(inner_size);
    std::memcpy(p.salt, salt.data(), salt.size());
    std::memcpy(p.personal, person.data(), person.size());
    blake2s_init_param(&h->s, &p);
    if (last_node) h->s.last_node = 1;
    if (!key.empty()) {
      uint8_t block[BLAKE2S_BLOCKBYTES] = {};
      std::memcpy(block, key.data(), key.size());
      blake2s_update(&h->s, block, sizeof block);
    }
  }
  if (args.npos == 1) h->update(hashed_data(args[0]));
  return made;
}

Object blake2_update(const Object& self, const Args& args) {
  expect_one_arg(args, "update");
  cast<Blake2>(self)->update(hashed_data(args[0]));
  return None;
}
Object blake2_digest(const Object& self, const Args& args) {
  expect_no_args(args, "digest");
  return new_bytes(cast<Blake2>(self)->digest());
}
Object blake2_hexdigest(const Object& self, const Args& args) {
  expect_no_args(args, "hexdigest");
  return new_str(hex_of(cast<Blake2>(self)->digest()));
}
Object blake2_copy(const Object& self, const Args& args) {
  expect_no_args(args, "copy");
  auto* h = cast<Blake2>(self);
  Object made = make<Blake2>(h->type());
  auto* copy = cast<Blake2>(made);
  copy->digest_size = h->digest_size;
  copy->b = h->b;
  copy->s = h->s;
  return made;
}

const MethodDef blake2_methods[] = {
    {"update", blake2_update}, {"digest", blake2_digest}, {"hexdigest", blake2_hexdigest}, {"copy", blake2_copy}};

Type blake2b_type("blake2b", &object_type, {blake2_methods, std::size(blake2_methods)});
Type blake2s_type("blake2s", &object_type, {blake2_methods, std::size(blake2_methods)});

// ---------------------------------------------------------------- constructors

// sha256(string=b'', *, usedforsecurity=True) and the other OpenSSL ones.
Object construct_named(const Algorithm& algorithm, const Args& args) {
  std::string function = std::string("openssl_") + algorithm.python_name;
  if (args.npos > 1) {
    raise_error(&type_error_type, "{}() takes at most 1 positional argument ({} given)", function, args.npos);
  }
  Object a[2];
  bind_args(args, function.c_str(), {"string", "usedforsecurity"}, 0, a);
  return new_openssl_hash(algorithm, a[0]);
}

template <size_t I>
Object named_constructor(const Args& args) {
  return construct_named(kAlgorithms[I], args);
}

template <size_t... I>
constexpr auto make_constructor_defs(std::index_sequence<I...>) {
  return std::array<BuiltinFunctionDef, sizeof...(I)>{
      BuiltinFunctionDef{kAlgorithms[I].python_name, named_constructor<I>}...};
}

const auto kConstructorDefs = make_constructor_defs(std::make_index_sequence<std::size(kAlgorithms)>());

// new(name, data=b'', **kwargs): the named algorithm, any case.
Object hashlib_new(const Args& args) {
  Object a[3];
  bind_args(args, "new", {"name", "data", "usedforsecurity"}, 1, a);
  if (!is_str(a[0])) raise_error(&type_error_type, "name must be a string");
  const std::string& given = cast<Str>(a[0])->data;
  std::string name = given;
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "blake2b" || name == "blake2s") {
    Type* type = name == "blake2b" ? &blake2b_type : &blake2s_type;
    if (a[1].is_bound()) return construct_blake2(type, Args{a[1]});
    return construct_blake2(type, Args{});
  }
  for (const Algorithm& algorithm : kAlgorithms) {
    if (name == algorithm.python_name) return new_openssl_hash(algorithm, a[1]);
  }
  raise_error(&value_error_type, "unsupported hash type {}", given);
}

// file_digest(fileobj, digest, /): reads a binary file to its end in
// chunks; `digest` is a name or a constructor.
Object hashlib_file_digest(const Args& args) {
  expect_positional(args, "file_digest", 2, 2);
  Object hash = is_str(args[1]) ? hashlib_new(Args{args[1]}) : call(args[1], Args{});
  Object chunk_size = Object::from_int(1 << 18);
  while (true) {
    Object chunk = call_method(args[0], "read", Args{chunk_size});
    if (!truthy(chunk)) break;
    call_method(hash, "update", Args{chunk});
  }
  return hash;
}

const BuiltinFunctionDef new_def{"new", hashlib_new};
const BuiltinFunctionDef file_digest_def{"file_digest", hashlib_file_digest};

}  // namespace

void init_hashlib_module(Module& module) {
  for (Type* type : {&hash_type, &hash_xof_type}) type->set_module("_hashlib");
  for (Type* type : {&blake2b_type, &blake2s_type}) {
    type->set_module("_blake2");
    type->set_constructor(construct_blake2);
  }
  std::vector<Object> names;
  for (const BuiltinFunctionDef& def : kConstructorDefs) {
    // sha512_224 and sha512_256 are reached through new() only.
    if (std::strncmp(def.name, "sha512_", 7) != 0) module.attrs.set(def.name, builtin_object(def));
    names.push_back(new_str(def.name));
  }
  module.attrs.set("blake2b", type_object(blake2b_type));
  module.attrs.set("blake2s", type_object(blake2s_type));
  names.push_back(new_str("blake2b"));
  names.push_back(new_str("blake2s"));
  module.attrs.set("new", builtin_object(new_def));
  module.attrs.set("file_digest", builtin_object(file_digest_def));
  // Without sha512_224/sha512_256, which CPython has only through OpenSSL.
  Object guaranteed = new_set();
  Object available = new_set();
  for (const Object& name : names) {
    const std::string& text = cast<Str>(name)->data;
    if (text.rfind("sha512_", 0) != 0) cast<Set>(guaranteed)->add(name);
    cast<Set>(available)->add(name);
  }
  module.attrs.set("algorithms_guaranteed", guaranteed);
  module.attrs.set("algorithms_available", available);
}

}  // namespace py
