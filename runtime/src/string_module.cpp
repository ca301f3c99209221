// The string module: the character-class constants and capwords(), as
// CPython 3.11's Lib/string.py defines them (capwords splits with
// str.split(sep), capitalizes each word and joins with sep or ' ').
#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "modules_internal.hpp"

namespace py {

namespace {

constexpr const char* kLowercase = "abcdefghijklmnopqrstuvwxyz";
constexpr const char* kUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr const char* kDigits = "0123456789";
constexpr const char* kPunctuation = R"(!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)";
constexpr const char* kWhitespace = " \t\n\r\x0b\x0c";

// capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep))),
// evaluated in that order: the `join` attribute first, then the split.
Object string_capwords(const Args& args) {
  static const PythonParameters params("capwords", {"s", "sep"}, 0, {None});
  Object slots[2];
  params.bind(args, slots);
  const Object& sep = slots[1];
  Object join = getattr(truthy(sep) ? sep : new_str(" "), "join");
  Object words = call_method(slots[0], "split", {sep});
  std::vector<Object> capitalized;
  Object it = iter(words), word;
  while (next(it, word)) {
    if (!is_str(word)) {
      raise_error(&type_error_type, "descriptor 'capitalize' for 'str' objects doesn't apply to a '" +
                                        std::string(word.type()->name()) + "' object");
    }
    capitalized.push_back(call_method(word, "capitalize", Args{}));
  }
  return call(join, {new_list(std::move(capitalized))});
}

const BuiltinFunctionDef capwords_def{"capwords", string_capwords};

}  // namespace

void init_string_module(Module& module) {
  std::string letters = std::string(kLowercase) + kUppercase;
  module.attrs.set("ascii_lowercase", new_str(kLowercase));
  module.attrs.set("ascii_uppercase", new_str(kUppercase));
  module.attrs.set("ascii_letters", new_str(letters));
  module.attrs.set("digits", new_str(kDigits));
  module.attrs.set("hexdigits", new_str(std::string(kDigits) + "abcdef" + "ABCDEF"));
  module.attrs.set("octdigits", new_str("01234567"));
  module.attrs.set("punctuation", new_str(kPunctuation));
  module.attrs.set("whitespace", new_str(kWhitespace));
  module.attrs.set("printable", new_str(std::string(kDigits) + letters + kPunctuation + kWhitespace));
  module.attrs.set("capwords", builtin_object(capwords_def));
}

}  // namespace py
