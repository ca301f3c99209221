// Name mangling keeps Python names where C++ allows them and never lets two
// different Python names, or a Python name and a yieldc temporary, meet.
#include "codegen/mangle.hpp"

#include <gtest/gtest.h>

#include "codegen/cpp_writer.hpp"

namespace yieldc::codegen {
namespace {

TEST(Mangle, OrdinaryNamesAreKept) {
  EXPECT_EQ(mangle("countdown"), "countdown");
  EXPECT_EQ(mangle("_private"), "_private");
  EXPECT_EQ(mangle("g"), "g");
  EXPECT_EQ(mangle("Point"), "Point");
}

// The C headers' macros are upper-case names (EPIPE, SIGINT, M_PI, NAN):
// every name without a lower-case letter is escaped, listed or not.
TEST(Mangle, UpperCaseNamesAreEscaped) {
  EXPECT_EQ(mangle("MAX_SIZE"), "yc_u_MAX_SIZZE");  // Z is the escape character
  EXPECT_EQ(mangle("EPIPE"), "yc_u_EPIPE");
  EXPECT_EQ(mangle("N"), "yc_u_N");
  EXPECT_EQ(mangle("_"), "yc_u_Zu");
}

TEST(Mangle, KeywordsMacrosAndReservedIdentifiersAreEscaped) {
  EXPECT_EQ(mangle("new"), "yc_u_new");
  EXPECT_EQ(mangle("errno"), "yc_u_errno");
  EXPECT_EQ(mangle("EOF"), "yc_u_EOF");
  EXPECT_EQ(mangle("_Value"), "yc_u_ZuValue");
  EXPECT_EQ(mangle("a__b"), "yc_u_a_Zub");
  EXPECT_NE(mangle("a__b"), mangle("a_Zub"));
}

TEST(Mangle, DundersReadAsDunder) { EXPECT_EQ(mangle("__init__"), "yc_dunder_init"); }

TEST(Mangle, NamesInTheYieldcSpaceCannotCollideWithTemporaries) {
  EXPECT_EQ(mangle("yc_it1"), "yc_u_yc_it1");
  EXPECT_NE(mangle("yc_dunder_init"), mangle("__init__"));
}

TEST(Mangle, NonAsciiIdentifiersAreEncoded) { EXPECT_EQ(mangle("caf\xc3\xa9"), "yc_u_cafZc3Za9"); }

TEST(CppStringLiteral, EscapesEverythingThatIsNotPrintableAscii) {
  EXPECT_EQ(cpp_string_literal("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(cpp_string_literal(std::string("x\0y", 3)), "\"x\\000y\"");
  EXPECT_EQ(cpp_string_literal("\xc3\xa9" "1"), "\"\\303\\2511\"");
  EXPECT_EQ(cpp_string_literal("?\?="), "\"\\?\\?=\"");
}

}  // namespace
}  // namespace yieldc::codegen
