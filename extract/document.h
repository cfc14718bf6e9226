#pragma once
// A document as extraction sees it: decoded, normalized text plus what ingestion learned.
#include <cstddef>
#include <string>
#include <vector>

#include "model/edtf.h"

namespace ag::extract {

// A half-open range of byte offsets into Document::text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
};

struct Document {
  // How events cite it: the path as given, "FILE#ID" or "FILE#LINE" for a corpus record,
  // "-" (or "-#N") for standard input.
  std::string name;
  // UTF-8 in NFC. Every offset the pipeline reports points into this text.
  std::string text;
  // From the corpus record, --published, or the article header; empty when unknown.
  Date published;
  std::string title;
  std::string url;
  // Web boilerplate (share buttons, ads, newsletter and comment widgets, tag lists):
  // ranges that extraction must ignore. Sorted, non-overlapping.
  std::vector<Span> boilerplate;
  // Warnings about this document (e.g. "decoded as Windows-1252", "no publication date").
  std::vector<std::string> diagnostics;
};

}  // namespace ag::extract
