// Hand-written reference for py/rt_containers.py: the same loop with
// std::string, std::unordered_map and std::vector.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

int main(int argc, char** argv) {
  int64_t n = argc > 1 ? std::atoll(argv[1]) : 1500000;
  std::unordered_map<std::string, int64_t> counts;
  std::vector<int64_t> values;
  std::vector<std::string> words;
  int64_t text_len = 0;
  for (int64_t i = 0; i < n; ++i) {
    std::string key = "k" + std::to_string(i % 1013);
    ++counts[key];
    values.push_back((i * 7919) % 100003);
    words.push_back(key);
    if (words.size() == 64) {
      std::string joined;
      for (size_t w = 0; w < words.size(); ++w) {
        if (w) joined += ',';
        joined += words[w];
      }
      text_len += static_cast<int64_t>(joined.size());
      words.clear();
    }
  }
  std::sort(values.begin(), values.end());
  int64_t checksum = text_len;
  for (size_t j = 0; j < values.size(); j += 997) checksum = (checksum * 31 + values[j]) % 1000000007;
  std::vector<std::string> keys;
  for (const auto& kv : counts) keys.push_back(kv.first);
  std::sort(keys.begin(), keys.end());
  for (const std::string& key : keys) {
    checksum = (checksum * 131 + counts[key] + static_cast<int64_t>(key.size())) % 1000000007;
  }
  std::printf("rt_containers %lld %lld\n", static_cast<long long>(n), static_cast<long long>(checksum));
}
