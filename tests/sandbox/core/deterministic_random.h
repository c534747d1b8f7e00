// A small seeded pseudo-random generator whose sequence is the same on every platform and
// standard library, so that a seed always produces the same orders and the same faults.
// (std::uniform_int_distribution is implementation-defined, which would break reproducibility.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace orderhub::sandbox {

// SplitMix64: tiny, fast, and good enough for test data and fault decisions.
class DeterministicRandom {
 public:
  explicit DeterministicRandom(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    state_ += 0x9E3779B97F4A7C15ULL;
    std::uint64_t mixed = state_;
    mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9ULL;
    mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBULL;
    return mixed ^ (mixed >> 31);
  }

  // A value in [0, bound). The modulo bias is irrelevant for test data.
  std::uint64_t below(std::uint64_t bound) { return bound == 0 ? 0 : next() % bound; }

  // A value in [low, high], both inclusive.
  std::int64_t between(std::int64_t low, std::int64_t high) {
    return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
  }

  // A value in [0, 1) built from the top 53 bits, exact in a double.
  double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

  // True with the given probability; a probability of 1 is always true, 0 never.
  bool chance(double probability) { return unit() < probability; }

  template <typename Element>
  const Element& pick(std::span<const Element> choices) {
    return choices[static_cast<std::size_t>(below(choices.size()))];
  }

 private:
  std::uint64_t state_;
};

// Derives independent streams from one seed (e.g. one per channel) without correlating them.
inline std::uint64_t derive_seed(std::uint64_t seed, std::uint64_t salt) {
  DeterministicRandom mixer(seed ^ (salt * 0xD1B54A32D192ED03ULL));
  return mixer.next();
}

}  // namespace orderhub::sandbox
