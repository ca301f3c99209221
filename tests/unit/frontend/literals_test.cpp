// Literal conversion without 64-bit limits, escape decoding, f-string
// splitting, and the Python reprs dump_ast prints.
#include "frontend/literals.hpp"

#include <gtest/gtest.h>

#include "frontend/dump_ast.hpp"

namespace yieldc::frontend {
namespace {

TEST(Literals, IntDigitsInAnyBase) {
  EXPECT_EQ(int_literal_digits("0"), "0");
  EXPECT_EQ(int_literal_digits("000"), "0");
  EXPECT_EQ(int_literal_digits("1_000"), "1000");
  EXPECT_EQ(int_literal_digits("0x_ff"), "255");
  EXPECT_EQ(int_literal_digits("0o777"), "511");
  EXPECT_EQ(int_literal_digits("0B1010"), "10");
  EXPECT_EQ(int_literal_digits("0xFFFFFFFFFFFFFFFF"), "18446744073709551615");
  EXPECT_EQ(int_literal_digits("0x10000000000000000"), "18446744073709551616");
  EXPECT_EQ(int_literal_digits("123456789012345678901234567890"), "123456789012345678901234567890");
  EXPECT_EQ(int_literal_digits("0b" + std::string(100, '1')), "1267650600228229401496703205375");
}

TEST(Literals, Floats) {
  EXPECT_EQ(float_literal_value("1_000.5"), 1000.5);
  EXPECT_EQ(float_literal_value("1e3"), 1000.0);
  EXPECT_EQ(float_literal_value(".5"), 0.5);
}

TEST(Literals, FloatReprIsPythons) {
  EXPECT_EQ(python_repr_float(1.0), "1.0");
  EXPECT_EQ(python_repr_float(0.1), "0.1");
  EXPECT_EQ(python_repr_float(1.5e300), "1.5e+300");
  EXPECT_EQ(python_repr_float(1e16), "1e+16");
  EXPECT_EQ(python_repr_float(1e15), "1000000000000000.0");
  EXPECT_EQ(python_repr_float(0.0001), "0.0001");
  EXPECT_EQ(python_repr_float(0.00001), "1e-05");
  EXPECT_EQ(python_repr_float(123456789.123), "123456789.123");
  EXPECT_EQ(python_repr_float(-2.5), "-2.5");
  EXPECT_EQ(python_repr_float(0.0), "0.0");
  EXPECT_EQ(python_repr_float(1e308 * 10), "inf");
  EXPECT_EQ(python_repr_float(2.5e-10), "2.5e-10");
}

TEST(Literals, StrReprIsPythons) {
  EXPECT_EQ(python_repr_str("abc"), "'abc'");
  EXPECT_EQ(python_repr_str("it's"), "\"it's\"");
  EXPECT_EQ(python_repr_str("'\""), "'\\'\"'");
  EXPECT_EQ(python_repr_str("a\nb\t\\"), "'a\\nb\\t\\\\'");
  EXPECT_EQ(python_repr_str("\x01\x7f"), "'\\x01\\x7f'");
  EXPECT_EQ(python_repr_str("\xc3\xa9"), "'\xc3\xa9'");     // é is printable
  EXPECT_EQ(python_repr_str("\xc2\xa0"), "'\\xa0'");        // no-break space is not
  EXPECT_EQ(python_repr_str("\xe2\x80\xa8"), "'\\u2028'");  // line separator
  EXPECT_EQ(python_repr_str("\xed\xa0\x80"), "'\\ud800'");  // lone surrogate
  EXPECT_EQ(python_repr_bytes(std::string("a'\x00\xff", 4)), "b\"a'\\x00\\xff\"");
}

TEST(Literals, Escapes) {
  std::string out;
  LiteralError error;
  ASSERT_TRUE(decode_escapes("a\\n\\t\\x41\\101\\u00e9\\U0001F600\\q", false, out, error));
  EXPECT_EQ(out, "a\n\tAA\xc3\xa9\xf0\x9f\x98\x80\\q");
  ASSERT_TRUE(decode_escapes("\\x41\\u00e9\\377", true, out, error));
  EXPECT_EQ(out, std::string("A\\u00e9\xff"));
  ASSERT_TRUE(decode_escapes("line\\\nnext", false, out, error));
  EXPECT_EQ(out, "linenext");
  EXPECT_FALSE(decode_escapes("\\x4", false, out, error));
  EXPECT_EQ(error.message,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated "
            "\\xXX escape");
}

TEST(Literals, StringPrefixes) {
  StringToken t = split_string_token("Rb'''x'''");
  EXPECT_TRUE(t.raw);
  EXPECT_TRUE(t.bytes);
  EXPECT_FALSE(t.fstring);
  EXPECT_EQ(t.body, "x");
  t = split_string_token("f\"\"");
  EXPECT_TRUE(t.fstring);
  EXPECT_EQ(t.body, "");
  EXPECT_TRUE(split_string_token("u'x'").u_prefix);
  EXPECT_FALSE(split_string_token("U'x'").u_prefix);
}

TEST(Literals, FStringSplitting) {
  std::vector<FStringPart> parts;
  LiteralError error;
  ASSERT_TRUE(split_fstring("a{x!r:>{w}}b{{c}}", false, parts, error));
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0].literal, "a");
  EXPECT_TRUE(parts[1].is_field);
  EXPECT_EQ(parts[1].field.conversion, 'r');
  EXPECT_EQ(parts[1].field.expr_begin, 2u);
  EXPECT_EQ(parts[1].field.expr_end, 3u);
  ASSERT_EQ(parts[1].field.spec.size(), 2u);
  EXPECT_EQ(parts[2].literal, "b{");
  EXPECT_EQ(parts[3].literal, "c}");

  parts.clear();
  ASSERT_TRUE(split_fstring("{a != b}{x = }", false, parts, error));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_FALSE(parts[0].field.debug_text.has_value());
  EXPECT_EQ(parts[1].field.debug_text.value(), "x = ");
  EXPECT_EQ(parts[1].field.conversion, 'r');

  parts.clear();
  EXPECT_FALSE(split_fstring("{x!z}", false, parts, error));
  EXPECT_EQ(error.message, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_FALSE(split_fstring("{a#}", false, parts, error));
  EXPECT_EQ(error.message, "f-string expression part cannot include '#'");
}

TEST(Literals, Utf8Validation) {
  EXPECT_FALSE(find_invalid_utf8("plain \xc3\xa9 \xf0\x9f\x98\x80").has_value());
  EXPECT_EQ(find_invalid_utf8("ab\xff").value(), 2u);
  EXPECT_EQ(find_invalid_utf8("\xed\xa0\x80").value(), 0u);  // encoded surrogate
  EXPECT_EQ(find_invalid_utf8("\xc0\xaf").value(), 0u);      // overlong
}

}  // namespace
}  // namespace yieldc::frontend
