#pragma once
// Internal to graph/: giving a vector's memory back once a stage is done with it.
#include <vector>

namespace ag::graph::detail {

// Frees `v`'s storage. `v = {}` does not: it assigns an empty initializer list, which
// destroys the elements and keeps the capacity.
template <class T>
void release(std::vector<T>& v) {
  std::vector<T>().swap(v);
}

}  // namespace ag::graph::detail
