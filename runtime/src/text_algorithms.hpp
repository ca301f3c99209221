// The algorithms str and bytes methods share, written once over a "view"
// of a string: split/rsplit (on whitespace or a separator), strip, and the
// separator search of partition. A view has size(), at(i) (a code point or
// a byte), is_space(c) and piece(i, j) (the Object for items [i, j)).
// These are CPython's stringlib algorithms, step for step, so that
// maxsplit and empty pieces come out exactly as CPython's.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "yieldc/containers.hpp"

namespace py::text {

// str.split() / bytes.split() with sep=None: runs of whitespace separate,
// and leading/trailing whitespace yields no empty pieces.
template <class View>
Object split_whitespace(const View& v, int64_t maxsplit) {
  std::vector<Object> out;
  size_t n = v.size(), i = 0;
  while (maxsplit-- > 0) {
    while (i < n && v.is_space(v.at(i))) ++i;
    if (i == n) break;
    size_t j = i++;
    while (i < n && !v.is_space(v.at(i))) ++i;
    out.push_back(v.piece(j, i));
  }
  if (i < n) {
    // maxsplit reached: the rest, without its leading whitespace, is one piece.
    while (i < n && v.is_space(v.at(i))) ++i;
    if (i != n) out.push_back(v.piece(i, n));
  }
  return new_list(std::move(out));
}

template <class View>
Object rsplit_whitespace(const View& v, int64_t maxsplit) {
  std::vector<Object> out;
  // i is one past the current position, so that it never goes below zero.
  size_t i = v.size();
  while (maxsplit-- > 0) {
    while (i > 0 && v.is_space(v.at(i - 1))) --i;
    if (i == 0) break;
    size_t j = i--;
    while (i > 0 && !v.is_space(v.at(i - 1))) --i;
    out.push_back(v.piece(i, j));
  }
  if (i > 0) {
    while (i > 0 && v.is_space(v.at(i - 1))) --i;
    if (i != 0) out.push_back(v.piece(0, i));
  }
  std::reverse(out.begin(), out.end());
  return new_list(std::move(out));
}

// split(sep) with a non-empty separator, on the bytes of `s` (for a str,
// its UTF-8: a match can only start on a code point boundary).
template <class MakePiece>
Object split_separator(std::string_view s, std::string_view sep, int64_t maxsplit, MakePiece piece) {
  std::vector<Object> out;
  size_t i = 0;
  while (maxsplit-- > 0) {
    size_t pos = s.find(sep, i);
    if (pos == std::string_view::npos) break;
    out.push_back(piece(s.substr(i, pos - i)));
    i = pos + sep.size();
  }
  out.push_back(piece(s.substr(i)));
  return new_list(std::move(out));
}

template <class MakePiece>
Object rsplit_separator(std::string_view s, std::string_view sep, int64_t maxsplit, MakePiece piece) {
  std::vector<Object> out;
  size_t j = s.size();
  while (maxsplit-- > 0) {
    if (j < sep.size()) break;
    size_t pos = s.rfind(sep, j - sep.size());
    if (pos == std::string_view::npos) break;
    out.push_back(piece(s.substr(pos + sep.size(), j - pos - sep.size())));
    j = pos;
  }
  out.push_back(piece(s.substr(0, j)));
  std::reverse(out.begin(), out.end());
  return new_list(std::move(out));
}

enum class StripSide { Left = 1, Right = 2, Both = 3 };

// The [first, last) range strip() keeps: items for which `strip_it` holds
// are removed from the chosen ends.
template <class View, class Pred>
std::pair<size_t, size_t> strip_range(const View& v, StripSide side, Pred strip_it) {
  size_t first = 0, last = v.size();
  if (static_cast<int>(side) & static_cast<int>(StripSide::Left)) {
    while (first < last && strip_it(v.at(first))) ++first;
  }
  if (static_cast<int>(side) & static_cast<int>(StripSide::Right)) {
    while (last > first && strip_it(v.at(last - 1))) --last;
  }
  return {first, last};
}

// CPython's ADJUST_INDICES for find/count/startswith windows.
inline void adjust_window(int64_t& start, int64_t& end, int64_t size) {
  if (end > size) {
    end = size;
  } else if (end < 0) {
    end += size;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
}

// Non-overlapping occurrences of a non-empty `sub` in `s`, at most `limit`.
inline size_t count_occurrences(std::string_view s, std::string_view sub, size_t limit = SIZE_MAX) {
  size_t count = 0;
  for (size_t pos = s.find(sub); pos != std::string_view::npos && count < limit;
       pos = s.find(sub, pos + sub.size())) {
    ++count;
  }
  return count;
}

// replace(old, new, count) on bytes with a non-empty `old`.
inline std::string replace_bytes(std::string_view s, std::string_view old, std::string_view replacement,
                                 size_t limit) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  for (size_t done = 0; done < limit; ++done) {
    size_t pos = s.find(old, i);
    if (pos == std::string_view::npos) break;
    out.append(s.substr(i, pos - i));
    out.append(replacement);
    i = pos + old.size();
  }
  out.append(s.substr(i));
  return out;
}

}  // namespace py::text
