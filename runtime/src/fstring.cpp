// f-strings: each `{value!c:spec}` field formatted, and the parts joined.
// The formatting itself is format.cpp's; this is the glue emitted code calls.
#include "yieldc/containers.hpp"
#include "yieldc/format.hpp"
#include "yieldc/fstring.hpp"
#include "yieldc/ops.hpp"

namespace py {

std::string fstring_field(const Object& value, char conversion, const Object& spec) {
  std::string spec_text = spec.is_bound() ? cast<Str>(spec)->data : std::string();
  if (conversion == 0) return format_value(value, spec_text);
  // A conversion applies first; the spec then formats the resulting str.
  Object converted = new_str(format_conversion(value, conversion));
  return format_value(converted, spec_text);
}

Object fstring_join(std::initializer_list<std::string> parts) {
  size_t size = 0;
  for (const std::string& p : parts) size += p.size();
  std::string out;
  out.reserve(size);
  for (const std::string& p : parts) out += p;
  return new_str(std::move(out));
}

}  // namespace py
