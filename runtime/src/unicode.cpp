// Lookup in the generated Unicode tables (unicode_tables.inc): a direct
// table for Latin-1, a binary search over runs of equal records beyond it.
// The tables come from CPython's own str methods (tools/gen_unicode.py).
#include "unicode.hpp"

#include <algorithm>
#include <iterator>

namespace py::unicode {

namespace {

#include "unicode_tables.inc"

constexpr uint32_t kRecordBits = 11;

int expand(const CharRecord& r, int32_t mapping, uint32_t expands_flag, char32_t cp, char32_t out[3]) {
  if ((r.flags & expands_flag) == 0) {
    out[0] = static_cast<char32_t>(static_cast<int32_t>(cp) + mapping);
    return 1;
  }
  const char32_t* e = kExpansions[mapping];
  out[0] = e[0];
  out[1] = e[1];
  if (e[2] == 0) return 2;
  out[2] = e[2];
  return 3;
}

}  // namespace

const CharRecord& char_record(char32_t cp) {
  if (cp < 256) return kRecords[kLatin1Records[cp]];
  if (cp > 0x10FFFF) cp = 0x10FFFF;
  // The last run starting at or before cp: its packed value is at most
  // (cp << bits) | all-ones.
  uint32_t key = (static_cast<uint32_t>(cp) << kRecordBits) | ((1u << kRecordBits) - 1);
  const uint32_t* run = std::upper_bound(std::begin(kRuns), std::end(kRuns), key) - 1;
  return kRecords[*run & ((1u << kRecordBits) - 1)];
}

int to_lower(char32_t cp, char32_t out[3]) {
  const CharRecord& r = char_record(cp);
  return expand(r, r.lower, kLowerExpands, cp, out);
}

int to_upper(char32_t cp, char32_t out[3]) {
  const CharRecord& r = char_record(cp);
  return expand(r, r.upper, kUpperExpands, cp, out);
}

int to_title(char32_t cp, char32_t out[3]) {
  const CharRecord& r = char_record(cp);
  return expand(r, r.title, kTitleExpands, cp, out);
}

int to_fold(char32_t cp, char32_t out[3]) {
  const CharRecord& r = char_record(cp);
  return expand(r, r.fold, kFoldExpands, cp, out);
}

}  // namespace py::unicode
