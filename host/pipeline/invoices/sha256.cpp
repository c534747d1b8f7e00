// sha256.cpp: a straightforward SHA-256 over a byte string held in memory.
#include "pipeline/invoices/sha256.h"

#include <array>
#include <cstdint>

namespace orderhub::pipeline {
namespace {

constexpr std::array<std::uint32_t, 64> kRounds = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotate_right(std::uint32_t value, int count) {
  return (value >> count) | (value << (32 - count));
}

void compress(std::array<std::uint32_t, 8>& state, const unsigned char* block) {
  std::array<std::uint32_t, 64> words{};
  for (int index = 0; index < 16; ++index) {
    words[index] = (std::uint32_t{block[index * 4]} << 24) |
                   (std::uint32_t{block[index * 4 + 1]} << 16) |
                   (std::uint32_t{block[index * 4 + 2]} << 8) | std::uint32_t{block[index * 4 + 3]};
  }
  for (int index = 16; index < 64; ++index) {
    const std::uint32_t low = rotate_right(words[index - 15], 7) ^
                              rotate_right(words[index - 15], 18) ^ (words[index - 15] >> 3);
    const std::uint32_t high = rotate_right(words[index - 2], 17) ^
                               rotate_right(words[index - 2], 19) ^ (words[index - 2] >> 10);
    words[index] = words[index - 16] + low + words[index - 7] + high;
  }
  std::array<std::uint32_t, 8> work = state;
  for (int index = 0; index < 64; ++index) {
    const std::uint32_t sum1 =
        rotate_right(work[4], 6) ^ rotate_right(work[4], 11) ^ rotate_right(work[4], 25);
    const std::uint32_t choose = (work[4] & work[5]) ^ (~work[4] & work[6]);
    const std::uint32_t first = work[7] + sum1 + choose + kRounds[index] + words[index];
    const std::uint32_t sum0 =
        rotate_right(work[0], 2) ^ rotate_right(work[0], 13) ^ rotate_right(work[0], 22);
    const std::uint32_t majority = (work[0] & work[1]) ^ (work[0] & work[2]) ^ (work[1] & work[2]);
    const std::uint32_t second = sum0 + majority;
    work[7] = work[6];
    work[6] = work[5];
    work[5] = work[4];
    work[4] = work[3] + first;
    work[3] = work[2];
    work[2] = work[1];
    work[1] = work[0];
    work[0] = first + second;
  }
  for (int index = 0; index < 8; ++index) {
    state[index] += work[index];
  }
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  std::array<std::uint32_t, 8> state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::string padded(bytes);
  const std::uint64_t bit_length = static_cast<std::uint64_t>(bytes.size()) * 8;
  padded.push_back(static_cast<char>(0x80));
  while (padded.size() % 64 != 56) {
    padded.push_back('\0');
  }
  for (int shift = 56; shift >= 0; shift -= 8) {
    padded.push_back(static_cast<char>((bit_length >> shift) & 0xff));
  }
  for (std::size_t offset = 0; offset < padded.size(); offset += 64) {
    compress(state, reinterpret_cast<const unsigned char*>(padded.data() + offset));
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (std::uint32_t word : state) {
    for (int shift = 28; shift >= 0; shift -= 4) {
      hex.push_back(kHex[(word >> shift) & 0xf]);
    }
  }
  return hex;
}

}  // namespace orderhub::pipeline
