// re.Match: the groups of one successful match (group, groups, groupdict,
// m[g]), their positions (start, end, span, regs: code-point indices of a
// str, computed from PCRE2's byte offsets only when asked for), lastindex
// and lastgroup, expand() with a replacement template, and CPython's repr.
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "re_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py::re {

Match::Match(Object pattern, Subject subject, std::vector<size_t> offsets, size_t pos, size_t endpos)
    : HeapObject(&match_type),
      pattern_(std::move(pattern)),
      subject(std::move(subject)),
      offsets(std::move(offsets)),
      pos(pos),
      endpos(endpos) {}

std::string Match::repr() const {
  // <re.Match object; span=(%zd, %zd), match=%.50R>
  std::string text = py::repr(group(0, None));
  size_t count = 0, cut = text.size();
  for (size_t i = 0; i < text.size(); ++i) {
    if (unicode::is_continuation(static_cast<unsigned char>(text[i]))) continue;
    if (count++ == 50) {
      cut = i;
      break;
    }
  }
  return fmt::format("<re.Match object; span=({}, {}), match={}>", start(0), end(0), text.substr(0, cut));
}

// match_getindex: an int (bool included), or a name of the pattern's.
size_t Match::group_index(const Object& key) const {
  int64_t index = -1;
  if (key.is_small_int() || key.is_bool()) {
    index = key.as_small_int();
  } else if (is_int(key)) {
    index = -1;  // PyNumber_AsSsize_t clips it: no such group either way
  } else {
    index = pattern().group_of(key);
  }
  if (index < 0 || static_cast<size_t>(index) > pattern().groups) {
    py::raise_error(&index_error_type, "no such group");
  }
  return static_cast<size_t>(index);
}

Object Match::group(size_t g, const Object& fallback) const {
  if (!matched(g)) return fallback;
  return subject.slice(offsets[2 * g], offsets[2 * g + 1]);
}

int64_t Match::start(size_t g) const {
  return matched(g) ? static_cast<int64_t>(subject.to_index(offsets[2 * g])) : -1;
}

int64_t Match::end(size_t g) const {
  return matched(g) ? static_cast<int64_t>(subject.to_index(offsets[2 * g + 1])) : -1;
}

// SRE's lastindex is the group that was closed last. Of the groups that
// took part, that is the one ending last; at the same end, an enclosing
// group closes after the groups inside it, and otherwise the later group
// closes later.
int64_t Match::lastindex() const {
  const std::vector<size_t>& parents = pattern().parents;
  auto encloses = [&](size_t outer, size_t inner) {
    for (size_t g = parents[inner]; g != 0; g = parents[g]) {
      if (g == outer) return true;
    }
    return false;
  };
  size_t best = 0;
  for (size_t g = 1; g <= pattern().groups; ++g) {
    if (!matched(g)) continue;
    if (best == 0 || offsets[2 * g + 1] > offsets[2 * best + 1] ||
        (offsets[2 * g + 1] == offsets[2 * best + 1] && !encloses(best, g))) {
      best = g;
    }
  }
  return best == 0 ? -1 : static_cast<int64_t>(best);
}

bool Match::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "pos") == 0) {
    out = Object::from_int(static_cast<int64_t>(pos));
  } else if (std::strcmp(name, "endpos") == 0) {
    out = Object::from_int(static_cast<int64_t>(endpos));
  } else if (std::strcmp(name, "string") == 0) {
    out = subject.string;
  } else if (std::strcmp(name, "re") == 0) {
    out = pattern_;
  } else if (std::strcmp(name, "lastindex") == 0) {
    int64_t last = lastindex();
    out = last < 0 ? None : Object::from_int(last);
  } else if (std::strcmp(name, "lastgroup") == 0) {
    int64_t last = lastindex();
    out = None;
    for (const auto& [n, gid] : pattern().names) {
      if (last >= 0 && gid == static_cast<size_t>(last)) out = new_str(n);
    }
  } else if (std::strcmp(name, "regs") == 0) {
    std::vector<Object> spans;
    for (size_t g = 0; g <= pattern().groups; ++g) {
      spans.push_back(new_tuple({Object::from_int(start(g)), Object::from_int(end(g))}));
    }
    out = new_tuple(std::move(spans));
  } else {
    return false;
  }
  return true;
}

Object Match::getitem(const Object& key) { return group(group_index(key), None); }

void expand_template(const Template& tmpl, const Subject& subject, const std::vector<size_t>& offsets,
                     std::string& out) {
  for (const TemplatePiece& piece : tmpl.pieces) {
    if (piece.group < 0) {
      out += piece.literal;
      continue;
    }
    size_t s = offsets[2 * piece.group], e = offsets[2 * piece.group + 1];
    if (s != PCRE2_UNSET) out.append(subject.data + s, e - s);
  }
}

namespace {

Match& match_of(const Object& self) { return *cast<Match>(self); }

// group([group1, ...]): one group, or a tuple of several.
Object match_group(const Object& self, const Args& args) {
  expect_no_keywords(args, "Match.group");
  Match& m = match_of(self);
  if (args.npos == 0) return m.group(0, None);
  if (args.npos == 1) return m.group(m.group_index(args[0]), None);
  std::vector<Object> items;
  items.reserve(args.npos);
  for (size_t i = 0; i < args.npos; ++i) items.push_back(m.group(m.group_index(args[i]), None));
  return new_tuple(std::move(items));
}

Object match_getitem(const Object& self, const Args& args) {
  expect_positional(args, "__getitem__", 1, 1);
  return match_of(self).getitem(args[0]);
}

// groups(default=None)
Object match_groups(const Object& self, const Args& args) {
  Object a[1];
  bind_args(args, "groups", {"default"}, 0, a);
  Object fallback = a[0].is_bound() ? a[0] : None;
  Match& m = match_of(self);
  std::vector<Object> items;
  items.reserve(m.pattern().groups);
  for (size_t g = 1; g <= m.pattern().groups; ++g) items.push_back(m.group(g, fallback));
  return new_tuple(std::move(items));
}

// groupdict(default=None)
Object match_groupdict(const Object& self, const Args& args) {
  Object a[1];
  bind_args(args, "groupdict", {"default"}, 0, a);
  Object fallback = a[0].is_bound() ? a[0] : None;
  Match& m = match_of(self);
  Object result = new_dict();
  for (const auto& [name, gid] : m.pattern().names) dict_set(result, new_str(name), m.group(gid, fallback));
  return result;
}

size_t group_argument(const Object& self, const Args& args, const char* name) {
  expect_positional(args, name, 0, 1);
  return args.npos == 0 ? 0 : match_of(self).group_index(args[0]);
}

Object match_start(const Object& self, const Args& args) {
  return Object::from_int(match_of(self).start(group_argument(self, args, "start")));
}
Object match_end(const Object& self, const Args& args) {
  return Object::from_int(match_of(self).end(group_argument(self, args, "end")));
}
Object match_span(const Object& self, const Args& args) {
  size_t g = group_argument(self, args, "span");
  Match& m = match_of(self);
  return new_tuple({Object::from_int(m.start(g)), Object::from_int(m.end(g))});
}

// expand(template)
Object match_expand(const Object& self, const Args& args) {
  Object a[1];
  bind_clinic(args, "expand", {"template"}, 1, a);
  Match& m = match_of(self);
  const Object& repl = a[0];
  if (!is_str(repl) && !is_bytes_like(repl)) {
    py::raise_error(&type_error_type, "decoding to str: need a bytes-like object, {} found", repl.type()->name());
  }
  Template tmpl = parse_template(repl, m.pattern());
  if (is_str(repl) == m.subject.is_bytes) {
    const char* expected = m.subject.is_bytes ? "a bytes-like object" : "str instance";
    py::raise_error(&type_error_type, "sequence item 0: expected {}, {} found", expected, repl.type()->name());
  }
  std::string out;
  expand_template(tmpl, m.subject, m.offsets, out);
  return m.subject.is_bytes ? new_bytes(std::move(out)) : new_str(std::move(out));
}

Object match_copy(const Object& self, const Args& args) {
  expect_no_args(args, "Match.__copy__");
  return self;
}
Object match_deepcopy(const Object& self, const Args& args) {
  expect_one_arg(args, "Match.__deepcopy__");
  return self;
}

const MethodDef match_methods[] = {
    {"group", match_group},   {"__getitem__", match_getitem}, {"groups", match_groups},
    {"groupdict", match_groupdict}, {"start", match_start},   {"end", match_end},
    {"span", match_span},     {"expand", match_expand},       {"__copy__", match_copy},
    {"__deepcopy__", match_deepcopy},
};

}  // namespace

Type match_type("Match", &object_type, {match_methods, std::size(match_methods)});

}  // namespace py::re
