// Hand-written reference for py/json_roundtrip.py: the same records built
// as a small JSON value type (objects keep insertion order), written with
// ensure_ascii escapes and the shortest float repr, parsed back by a
// recursive-descent parser, and folded into the same checksum.
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

struct Value;
using Array = std::vector<Value>;
using Object = std::vector<std::pair<std::string, Value>>;

struct Value {
  std::variant<std::nullptr_t, bool, int64_t, double, std::string, std::unique_ptr<Array>, std::unique_ptr<Object>> v;

  const Value& operator[](const char* key) const {
    for (const auto& kv : *std::get<std::unique_ptr<Object>>(v)) {
      if (kv.first == key) return kv.second;
    }
    std::abort();
  }
};

Value make_str(std::string s) { return Value{std::move(s)}; }

Value record(int64_t i) {
  auto obj = std::make_unique<Object>();
  obj->emplace_back("id", Value{i});
  obj->emplace_back("name", make_str("user" + std::to_string(i)));
  obj->emplace_back("active", Value{i % 3 == 0});
  obj->emplace_back("score", Value{static_cast<double>(i % 1000) * 0.25});
  auto tags = std::make_unique<Array>();
  tags->push_back(make_str("t" + std::to_string(i % 7)));
  tags->push_back(make_str("g" + std::to_string(i % 11)));
  obj->emplace_back("tags", Value{std::move(tags)});
  obj->emplace_back("parent", i % 5 == 0 ? Value{nullptr} : Value{i - 1});
  obj->emplace_back("text", make_str("line \"" + std::to_string(i) + "\"\n\xc3\xa9"));
  return Value{std::move(obj)};
}

void write_string(std::string& out, const std::string& s) {
  static const char hex[] = "0123456789abcdef";
  out += '"';
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Two- and three-byte UTF-8 only (the records need no more).
      uint32_t cp = c >= 0xE0 ? ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F)
                              : ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
      i += c >= 0xE0 ? 3 : 2;
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 0xF];
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void write(std::string& out, const Value& value) {
  char buf[32];
  switch (value.v.index()) {
    case 0: out += "null"; break;
    case 1: out += std::get<bool>(value.v) ? "true" : "false"; break;
    case 2: out.append(buf, std::to_chars(buf, buf + sizeof buf, std::get<int64_t>(value.v)).ptr); break;
    case 3: {
      // repr(float) for the values the records hold (no exponent needed).
      std::string text(buf, std::to_chars(buf, buf + sizeof buf, std::get<double>(value.v)).ptr);
      if (text.find_first_of(".e") == std::string::npos) text += ".0";
      out += text;
      break;
    }
    case 4: write_string(out, std::get<std::string>(value.v)); break;
    case 5: {
      out += '[';
      bool first = true;
      for (const Value& item : *std::get<std::unique_ptr<Array>>(value.v)) {
        if (!first) out += ", ";
        first = false;
        write(out, item);
      }
      out += ']';
      break;
    }
    default: {
      out += '{';
      bool first = true;
      for (const auto& kv : *std::get<std::unique_ptr<Object>>(value.v)) {
        if (!first) out += ", ";
        first = false;
        write_string(out, kv.first);
        out += ": ";
        write(out, kv.second);
      }
      out += '}';
    }
  }
}

struct Parser {
  const std::string& s;
  size_t i = 0;

  void skip() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  static void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  std::string string() {
    std::string out;
    ++i;  // the opening quote
    while (s[i] != '"') {
      if (s[i] != '\\') {
        out += s[i++];
        continue;
      }
      char e = s[i + 1];
      i += 2;
      switch (e) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          uint32_t cp = 0;
          std::from_chars(s.data() + i, s.data() + i + 4, cp, 16);
          i += 4;
          append_utf8(out, cp);
          break;
        }
        default: out += e;
      }
    }
    ++i;
    return out;
  }
  Value value() {
    skip();
    char c = s[i];
    if (c == '"') return Value{string()};
    if (c == '{') {
      auto obj = std::make_unique<Object>();
      ++i;
      skip();
      if (s[i] == '}') {
        ++i;
        return Value{std::move(obj)};
      }
      while (true) {
        skip();
        std::string key = string();
        skip();
        ++i;  // ':'
        obj->emplace_back(std::move(key), value());
        skip();
        if (s[i++] == '}') return Value{std::move(obj)};
      }
    }
    if (c == '[') {
      auto arr = std::make_unique<Array>();
      ++i;
      skip();
      if (s[i] == ']') {
        ++i;
        return Value{std::move(arr)};
      }
      while (true) {
        arr->push_back(value());
        skip();
        if (s[i++] == ']') return Value{std::move(arr)};
      }
    }
    if (s.compare(i, 4, "null") == 0) {
      i += 4;
      return Value{nullptr};
    }
    if (s.compare(i, 4, "true") == 0) {
      i += 4;
      return Value{true};
    }
    if (s.compare(i, 5, "false") == 0) {
      i += 5;
      return Value{false};
    }
    size_t start = i;
    bool is_float = false;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '-' || s[i] == '+' ||
                            s[i] == '.' || s[i] == 'e' || s[i] == 'E')) {
      is_float |= s[i] == '.' || s[i] == 'e' || s[i] == 'E';
      ++i;
    }
    if (is_float) {
      double d = 0;
      std::from_chars(s.data() + start, s.data() + i, d);
      return Value{d};
    }
    int64_t n = 0;
    std::from_chars(s.data() + start, s.data() + i, n);
    return Value{n};
  }
};

size_t code_points(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

int main(int argc, char** argv) {
  int64_t n = argc > 1 ? std::atoll(argv[1]) : 120000;
  std::vector<int64_t> sizes;
  int64_t checksum = 0;
  std::string line;
  for (int64_t i = 0; i < n; ++i) {
    line.clear();
    write(line, record(i));
    sizes.push_back(static_cast<int64_t>(line.size()));
    Parser parser{line};
    Value obj = parser.value();
    const Value& parent = obj["parent"];
    const Array& tags = *std::get<std::unique_ptr<Array>>(obj["tags"].v);
    checksum = (checksum * 31 + std::get<int64_t>(obj["id"].v) +
                static_cast<int64_t>(std::get<std::string>(tags[1].v).size()) +
                static_cast<int64_t>(std::get<double>(obj["score"].v) * 4) +
                static_cast<int64_t>(code_points(std::get<std::string>(obj["text"].v))) +
                (std::get<bool>(obj["active"].v) ? 1 : 0) +
                (parent.v.index() == 0 ? 0 : std::get<int64_t>(parent.v))) %
               1000000007;
  }
  int64_t total = 0;
  for (int64_t size : sizes) total += size;
  std::printf("json_roundtrip %lld %lld %lld\n", static_cast<long long>(n), static_cast<long long>(total),
              static_cast<long long>(checksum));
}
