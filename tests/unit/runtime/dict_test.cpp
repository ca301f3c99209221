// dict and its views against CPython 3.11: the programs of dict_cases.inc
// (written by gen_dict_cases.py, which ran them on python3) replayed on the
// runtime, whose output must match byte for byte, including iteration while
// the dict changes; then error messages and corner cases.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "table_case_support.hpp"
#include "yieldc/runtime.hpp"

namespace {

using table_case::invoke;
using table_case::parse_value;

struct DictCase {
  const char* program;
  const char* expected;
};

const DictCase kCases[] = {
#include "dict_cases.inc"
};

constexpr size_t kPrintLimit = 60;

std::string shown(const py::Object& o) {
  return table_case::shown(py::repr(o), static_cast<size_t>(py::len(o).as_small_int()), kPrintLimit);
}

// Keyword arguments from `name value` token pairs, as the generator passes
// them (`**{name: value, ...}`: a repeated name keeps its first place and
// its last value). The names live in `names`.
struct Keywords {
  Keywords(const std::vector<std::string>& tok, size_t from) {
    std::vector<py::Object> values;
    for (size_t i = from; i + 1 < tok.size(); i += 2) {
      auto at = std::find(names.begin(), names.end(), tok[i]);
      if (at != names.end()) {
        values[static_cast<size_t>(at - names.begin())] = parse_value(tok[i + 1]);
        continue;
      }
      names.push_back(tok[i]);
      values.push_back(parse_value(tok[i + 1]));
    }
    for (size_t k = 0; k < names.size(); ++k) kw.push_back({names[k].c_str(), values[k]});
  }
  py::Args args() const { return py::Args{nullptr, 0, kw.data(), kw.size()}; }

  std::vector<std::string> names;
  std::vector<py::KwArg> kw;
};

// The interpreter of gen_dict_cases.py's `run`, on the runtime.
class DictProgram {
 public:
  std::vector<std::string> run(const std::string& program) {
    for (const std::string& op : table_case::split(program, ';')) {
      std::vector<std::string> tok = table_case::split(op, ' ');
      try {
        step(tok);
      } catch (const py::Raised& raised) {
        out_.push_back(table_case::error_line(raised));
      }
    }
    return out_;
  }

 private:
  // A register read before it is set raises as the generator's dict does.
  const py::Object& reg(const std::string& name) {
    auto at = regs_.find(name);
    if (at == regs_.end()) py::raise(py::make<py::ExceptionObject>(&py::key_error_type, py::new_tuple({py::new_str(name)})));
    return at->second;
  }
  py::Object& slot(const std::string& name) { return regs_[name]; }

  static std::vector<py::Object> values(const std::vector<std::string>& tok, size_t from) {
    std::vector<py::Object> vals;
    for (size_t i = from; i < tok.size(); ++i) vals.push_back(parse_value(tok[i]));
    return vals;
  }

  static py::Object pairs(const std::vector<std::string>& tok, size_t from) {
    std::vector<py::Object> items;
    for (size_t i = from; i + 1 < tok.size(); i += 2) items.push_back(py::new_tuple({parse_value(tok[i]), parse_value(tok[i + 1])}));
    return py::new_list(std::move(items));
  }

  void step(const std::vector<std::string>& tok) {
    const std::string& code = tok[0];
    const std::string& r = tok[1];
    if (code == "new") {
      slot(r) = py::new_dict();
    } else if (code == "lit") {
      std::vector<py::Object> items = values(tok, 2);
      slot(r) = py::new_dict_display(items);
    } else if (code == "set") {
      py::setitem(reg(r), parse_value(tok[2]), parse_value(tok[3]));
    } else if (code == "del") {
      py::delitem(reg(r), parse_value(tok[2]));
    } else if (code == "pop" || code == "get" || code == "setdefault") {
      out_.push_back(code + " " + py::repr(invoke(reg(r), code.c_str(), values(tok, 2))));
    } else if (code == "popitem") {
      out_.push_back("popitem " + py::repr(invoke(reg(r), "popitem", {})));
    } else if (code == "getitem") {
      out_.push_back("getitem " + py::repr(py::getitem(reg(r), parse_value(tok[2]))));
    } else if (code == "in") {
      std::string result;
      for (const py::Object& k : values(tok, 2)) result += py::contains(reg(r), k) ? 'T' : 'F';
      out_.push_back("in " + result);
    } else if (code == "update") {
      invoke(reg(r), "update", {reg(tok[2])});
    } else if (code == "updatel") {
      invoke(reg(r), "update", {pairs(tok, 2)});
    } else if (code == "updatekw") {
      Keywords kw(tok, 2);
      reg(r).type()->find_method("update")->fn(reg(r), kw.args());
    } else if (code == "dictl") {
      slot(r) = py::dict_new({pairs(tok, 2)});
    } else if (code == "dictseq") {
      slot(r) = py::dict_new({py::new_list(values(tok, 2))});
    } else if (code == "dictd") {
      slot(r) = py::dict_new({reg(tok[2])});
    } else if (code == "dictkw") {
      slot(r) = py::dict_new(Keywords(tok, 2).args());
    } else if (code == "fromkeys") {
      slot(r) = py::dict_fromkeys({py::new_list(values(tok, 3)), parse_value(tok[2])});
    } else if (code == "fromkeysd") {
      slot(r) = invoke(py::new_dict(), "fromkeys", {reg(tok[2])});
    } else if (code == "copy") {
      slot(r) = invoke(reg(tok[2]), "copy", {});
    } else if (code == "or") {
      slot(r) = py::bit_or(reg(tok[2]), reg(tok[3]));
    } else if (code == "ior") {
      slot(r) = py::inplace_or(reg(r), reg(tok[2]));
    } else if (code == "iorl") {
      slot(r) = py::inplace_or(reg(r), pairs(tok, 2));
    } else if (code == "clear") {
      invoke(reg(r), "clear", {});
    } else if (code == "print") {
      out_.push_back(shown(reg(r)));
    } else if (code == "views") {
      for (const char* view : {"keys", "values", "items"}) out_.push_back(shown(invoke(reg(r), view, {})));
    } else if (code == "len") {
      out_.push_back("len " + py::repr(py::len(reg(r))));
    } else if (code == "eq") {
      out_.push_back(std::string("eq ") + (py::eq(reg(r), reg(tok[2])) ? 'T' : 'F') + (py::ne(reg(r), reg(tok[2])) ? 'T' : 'F'));
    } else if (code == "mut") {
      mutate_while_iterating(reg(r), tok[2], parse_value(tok[3]));
    } else if (code == "vops") {
      view_operations(reg(r), reg(tok[2]));
    } else if (code == "vopsl") {
      py::Object ks = invoke(reg(r), "keys", {});
      py::Object items = py::new_list(values(tok, 2));
      for (const py::Object& result : {py::bit_and(ks, items), py::bit_or(ks, items), py::sub(ks, items),
                                       py::bit_xor(ks, items), py::sub(items, ks)}) {
        out_.push_back(shown(result));
      }
    } else {
      throw std::runtime_error("unknown op " + code);
    }
  }

  void mutate_while_iterating(const py::Object& d, const std::string& kind, const py::Object& arg) {
    std::vector<py::Object> seen;
    try {
      py::Object it = py::iter(d), k;
      while (py::next(it, k)) {
        seen.push_back(k);
        py::Object step = py::Int(static_cast<int64_t>(seen.size()));
        if (kind == "add" && seen.size() == 2) py::setitem(d, arg, step);
        if (kind == "del" && seen.size() == 2) py::delitem(d, k);
        if (kind == "swap") {
          py::delitem(d, k);
          py::setitem(d, py::add(arg, step), step);
        }
        if (kind == "popitem") {
          invoke(d, "popitem", {});
          py::setitem(d, py::add(arg, step), step);
        }
        if (kind == "set") py::setitem(d, k, step);
        if (seen.size() > 100) break;
      }
    } catch (const py::Raised& raised) {
      if (!raised.exception.type()->is_subtype_of(&py::runtime_error_type)) throw;
      out_.push_back("mut " + table_case::error_line(raised));
      return;
    }
    out_.push_back("mut " + py::repr(py::new_list(seen)));
  }

  void view_operations(const py::Object& x, const py::Object& y) {
    py::Object ks = invoke(x, "keys", {}), kt = invoke(y, "keys", {});
    py::Object its = invoke(x, "items", {}), itt = invoke(y, "items", {});
    for (const py::Object& result : {py::bit_and(ks, kt), py::bit_or(ks, kt), py::sub(ks, kt), py::bit_xor(ks, kt),
                                     py::bit_and(its, itt), py::bit_or(its, itt), py::sub(its, itt),
                                     py::bit_xor(its, itt)}) {
      out_.push_back(shown(result));
    }
    out_.push_back("vcmp " + table_case::bools({py::eq(ks, kt), py::ne(ks, kt), py::lt(ks, kt), py::le(ks, kt),
                                                py::gt(ks, kt), py::ge(ks, kt), py::eq(its, itt), py::le(its, itt),
                                                py::truthy(invoke(ks, "isdisjoint", {kt})),
                                                py::truthy(invoke(its, "isdisjoint", {itt})),
                                                py::eq(ks, py::set_from_iterable(kt)),
                                                py::ge(py::set_from_iterable(ks), kt)}));
  }

  std::map<std::string, py::Object> regs_;
  std::vector<std::string> out_;
};

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) out += '\n';
    out += lines[i];
  }
  return out;
}

TEST(DictCases, MatchCPython) {
  size_t failures = 0;
  for (const DictCase& c : kCases) {
    std::string got = joined(DictProgram().run(c.program));
    if (got == c.expected) continue;
    if (++failures <= 5) ADD_FAILURE() << "program: " << c.program << "\nexpected:\n" << c.expected << "\ngot:\n" << got;
  }
  EXPECT_EQ(failures, 0u) << "of " << std::size(kCases) << " programs";
}

// ---------------------------------------------------------------- direct checks (values from python3)

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const py::Raised& raised) {
    return py::format_exception_only(raised.exception);
  }
  return "no error";
}

py::Object str(const char* s) { return py::new_str(s); }

TEST(Dict, ReprAndRecursion) {
  py::Object d = py::new_dict();
  EXPECT_EQ(py::repr(d), "{}");
  py::dict_set(d, py::Int(1), str("a"));
  py::dict_set(d, str("k"), py::None);
  EXPECT_EQ(py::repr(d), "{1: 'a', 'k': None}");
  py::dict_set(d, py::Int(2), d);
  EXPECT_EQ(py::repr(d), "{1: 'a', 'k': None, 2: {...}}");
  py::dict_discard(d, py::Int(2));  // breaks the cycle

  py::Object e = py::new_dict();
  py::dict_set(e, py::Int(1), py::dict_values(e));
  EXPECT_EQ(py::repr(e), "{1: dict_values([...])}");
  py::dict_set(e, py::Int(1), py::dict_keys(e));
  EXPECT_EQ(py::repr(e), "{1: dict_keys([1])}");
  py::dict_set(e, py::Int(1), py::dict_items(e));
  EXPECT_EQ(py::repr(e), "{1: dict_items([(1, ...)])}");
  py::dict_discard(e, py::Int(1));
}

TEST(Dict, GetSetAndIterationApi) {
  py::Object d = py::new_dict();
  py::dict_set(d, py::Int(1), py::Int(10));
  py::dict_set(d, py::Float(1.0), py::Int(11));  // the same key as 1
  ASSERT_NE(py::dict_get(d, py::True), nullptr);
  EXPECT_EQ(py::repr(*py::dict_get(d, py::True)), "11");
  EXPECT_EQ(py::dict_get(d, py::Int(2)), nullptr);
  EXPECT_EQ(py::repr(d), "{1: 11}");
  size_t pos = 0;
  py::Object k, v;
  ASSERT_TRUE(py::dict_next(d, pos, k, v));
  EXPECT_EQ(py::repr(k), "1");
  EXPECT_FALSE(py::dict_next(d, pos, k, v));
  EXPECT_TRUE(py::is_dict(d));
  EXPECT_FALSE(py::is_dict(py::new_list({})));
  EXPECT_EQ(py::iter(d).type()->name(), std::string("dict_keyiterator"));
  EXPECT_EQ(py::iter(py::dict_items(d)).type()->name(), std::string("dict_itemiterator"));
}

TEST(Dict, ErrorsMatchCPython) {
  py::Object d = py::dict_new({py::new_list({py::new_tuple({py::Int(1), py::Int(2)})})});
  EXPECT_EQ(error_of([&] { py::getitem(d, str("zz")); }), "KeyError: 'zz'");
  EXPECT_EQ(error_of([&] { py::getitem(d, py::new_list({})); }), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(error_of([&] { py::contains(d, py::new_list({})); }), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(error_of([&] { py::hash(d); }), "TypeError: unhashable type: 'dict'");
  EXPECT_EQ(error_of([&] { invoke(d, "get", {}); }), "TypeError: get expected at least 1 argument, got 0");
  EXPECT_EQ(error_of([&] { invoke(d, "get", {py::Int(1), py::Int(2), py::Int(3)}); }),
            "TypeError: get expected at most 2 arguments, got 3");
  EXPECT_EQ(error_of([&] { invoke(d, "pop", {py::Int(5)}); }), "KeyError: 5");
  EXPECT_EQ(error_of([&] { invoke(d, "keys", {py::Int(1)}); }), "TypeError: dict.keys() takes no arguments (1 given)");
  EXPECT_EQ(error_of([&] { invoke(py::new_dict(), "popitem", {}); }), "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(error_of([&] { invoke(d, "setdefault", {}); }), "TypeError: setdefault expected at least 1 argument, got 0");
  EXPECT_EQ(error_of([&] { invoke(d, "update", {py::Int(1), py::Int(2)}); }),
            "TypeError: update expected at most 1 argument, got 2");
  EXPECT_EQ(error_of([&] { invoke(d, "update", {py::Int(1)}); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(error_of([&] { invoke(d, "__contains__", {}); }),
            "TypeError: dict.__contains__() takes exactly one argument (0 given)");
  EXPECT_EQ(error_of([&] { py::dict_new({py::new_list({py::Int(1)})}); }),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  EXPECT_EQ(error_of([&] { py::dict_new({py::new_list({py::new_tuple({py::Int(1), py::Int(2), py::Int(3)})})}); }),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  EXPECT_EQ(error_of([&] { py::dict_new({py::new_list({}), py::new_list({})}); }),
            "TypeError: dict expected at most 1 argument, got 2");
  EXPECT_EQ(error_of([&] { py::dict_fromkeys({}); }), "TypeError: fromkeys expected at least 1 argument, got 0");
  EXPECT_EQ(error_of([&] { py::dict_fromkeys({py::Int(1)}); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(error_of([&] { py::bit_or(d, py::Int(1)); }), "TypeError: unsupported operand type(s) for |: 'dict' and 'int'");
  EXPECT_EQ(error_of([&] { py::bit_or(d, py::new_list({})); }),
            "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
  EXPECT_EQ(error_of([&] { py::lt(d, d); }), "TypeError: '<' not supported between instances of 'dict' and 'dict'");
  EXPECT_EQ(error_of([&] { py::bit_or(py::dict_values(d), py::new_set()); }),
            "TypeError: unsupported operand type(s) for |: 'dict_values' and 'set'");
  EXPECT_EQ(error_of([&] { py::bit_or(py::dict_keys(d), py::Int(1)); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(error_of([&] { py::bit_and(py::Int(1), py::dict_keys(d)); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(error_of([&] { invoke(py::dict_keys(d), "isdisjoint", {}); }),
            "TypeError: dict_keys.isdisjoint() takes exactly one argument (0 given)");
  // An empty dict's pop does not hash the key.
  EXPECT_EQ(error_of([&] { invoke(py::new_dict(), "pop", {py::new_list({})}); }), "KeyError: []");
  EXPECT_EQ(py::repr(invoke(py::new_dict(), "pop", {py::new_list({}), py::Int(1)})), "1");
}

TEST(Dict, ConstructorForms) {
  py::Object one = py::Int(1), two = py::Int(2);
  py::Object a = py::dict_new(py::Args({}, {py::KwArg{"x", one}, py::KwArg{"y", two}}));
  EXPECT_EQ(py::repr(a), "{'x': 1, 'y': 2}");
  py::Object b = py::dict_new(py::Args({py::new_list({py::new_tuple({py::Int(1), py::Int(2)})})}, {py::KwArg{"y", two}}));
  EXPECT_EQ(py::repr(b), "{1: 2, 'y': 2}");
  // Any iterable of length two is a pair: a str, an iterator.
  py::Object c = py::dict_new({py::new_list({str("ab"), py::iter(py::new_list({py::Int(1), py::Int(2)}))})});
  EXPECT_EQ(py::repr(c), "{'a': 'b', 1: 2}");
  EXPECT_EQ(py::repr(py::dict_fromkeys({str("ab"), py::Int(0)})), "{'a': 0, 'b': 0}");
  EXPECT_EQ(py::repr(py::dict_fromkeys({py::range(py::Int(3))})), "{0: None, 1: None, 2: None}");
}

TEST(Dict, EqualityAndViews) {
  py::Object a = py::dict_new({py::new_list({py::new_tuple({py::Int(1), py::Int(2)})})});
  py::Object b = py::dict_new({py::new_list({py::new_tuple({py::Int(1), py::Float(2.0)})})});
  EXPECT_TRUE(py::eq(a, b));
  py::dict_set(b, py::Int(1), py::Int(3));
  EXPECT_FALSE(py::eq(a, b));
  EXPECT_TRUE(py::contains(py::dict_items(a), py::new_tuple({py::Int(1), py::Int(2)})));
  EXPECT_FALSE(py::contains(py::dict_items(a), py::Int(1)));
  EXPECT_EQ(error_of([&] { py::contains(py::dict_items(a), py::new_tuple({py::new_list({}), py::Int(1)})); }),
            "TypeError: unhashable type: 'list'");
  EXPECT_TRUE(py::contains(py::dict_values(a), py::Int(2)));
  EXPECT_FALSE(py::eq(py::dict_values(a), py::dict_values(a)));
  EXPECT_TRUE(py::eq(py::dict_keys(a), py::new_set({py::Int(1)})));
  EXPECT_TRUE(py::eq(py::new_set({py::Int(1)}), py::dict_keys(a)));
  EXPECT_EQ(py::len(py::dict_keys(a)).as_small_int(), 1);
  EXPECT_EQ(py::repr(py::dict_keys(py::new_dict())), "dict_keys([])");
}

TEST(Dict, ChangedSizeDuringIteration) {
  py::Object d = py::dict_new({py::new_list({py::new_tuple({py::Int(1), py::Int(2)})})});
  py::Object it = py::iter(d), k;
  ASSERT_TRUE(py::next(it, k));
  py::dict_set(d, py::Int(5), py::Int(5));
  EXPECT_EQ(error_of([&] { py::next(it, k); }), "RuntimeError: dictionary changed size during iteration");
  EXPECT_EQ(error_of([&] { py::next(it, k); }), "RuntimeError: dictionary changed size during iteration");
}

TEST(Dict, PopitemIsLifoAndClearEmpties) {
  py::Object d = py::new_dict();
  for (int64_t i = 0; i < 20; ++i) py::dict_set(d, py::Int(i), py::Int(i * i));
  EXPECT_EQ(py::repr(invoke(d, "popitem", {})), "(19, 361)");
  py::dict_discard(d, py::Int(18));
  EXPECT_EQ(py::repr(invoke(d, "popitem", {})), "(17, 289)");
  invoke(d, "clear", {});
  EXPECT_EQ(py::repr(d), "{}");
  EXPECT_FALSE(py::truthy(d));
  py::dict_set(d, str("x"), py::Int(1));
  EXPECT_EQ(py::repr(d), "{'x': 1}");
}

TEST(Dict, LookupRestartsWhenEqChangesTheTable) {
  // Expected values printed by python3 for a class whose __eq__ does the same.
  using table_case::MutatingKey;
  py::Object d = py::new_dict();
  py::Object a = py::make<MutatingKey>(1);
  py::dict_set(d, a, py::Int(1));
  py::cast<MutatingKey>(a)->victim = d;
  py::cast<MutatingKey>(a)->clear = true;
  py::dict_set(d, py::make<MutatingKey>(2), py::Int(2));
  EXPECT_EQ(py::repr(d), "{K(2): 2}");

  d = py::new_dict();
  py::dict_set(d, a, py::Int(1));
  py::cast<MutatingKey>(a)->victim = d;
  py::cast<MutatingKey>(a)->clear = false;
  py::dict_set(d, py::make<MutatingKey>(2), py::Int(2));
  EXPECT_EQ(py::len(d).as_small_int(), 102);
  EXPECT_EQ(py::repr(py::getitem(d, py::make<MutatingKey>(2))), "2");
  EXPECT_EQ(py::repr(py::getitem(d, a)), "1");
}

}  // namespace
