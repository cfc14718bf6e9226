#pragma once
// Internal to graph/: cheap hashing and uniqueness of many short strings.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ag::graph::detail {

// FNV-1a's 64-bit step (xor a byte, multiply by 1099511628211) from the offset basis
// 1469598103934665603, which is one digit short of the published 14695981039346656037. The
// hash is as good; model/event.cc's stable_id() uses the same basis, and event ids users
// already keep derive from it, so it stays.
std::uint64_t hash64(std::string_view s, std::uint64_t h = 1469598103934665603ull);

// Makes the strings at(0) .. at(n-1) unique, in order: a repeat gets "-2", "-3", ...
// (skipping any already taken). Found by sorting hashes, so unique inputs cost one sort
// of integers and no allocation per string.
void make_unique(std::size_t n, const std::function<std::string&(std::size_t)>& at);

}  // namespace ag::graph::detail
