#pragma once
// Inputs named on the command line: expansion of paths, recognition of their kind from
// content, and streaming of documents with bounded memory.
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/diagnostics.h"
#include "extract/document.h"
#include "model/edtf.h"
#include "model/event.h"

namespace ag::extract {

enum class InputKind {
  article,  // one article per file (any text encoding)
  corpus,   // JSON Lines, one {"text", "id"?, "date"|"published"?, "title"?, "url"?} per line
  events,   // JSON Lines of event records (an events.jsonl this program or another wrote)
};

struct InputFile {
  std::string path;  // "-" for standard input
  InputKind kind = InputKind::article;
};

// Expands command-line paths into input files: a file as given; a directory recursively,
// sorted by path, symlink loops detected and reported; "-" for standard input. A directory
// that holds an `events.jsonl` is a build directory: that file alone is taken. The kind of
// each file is recognized from its content (not only its extension). Unreadable entries
// are reported to `sink` and left out. Throws InputError naming a path that does not exist.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths, const DiagnosticSink& sink);

struct ReadOptions {
  // Used for documents whose own date cannot be found (--published).
  Date default_published;
  // When set, overrides every document's own date.
  bool force_published = false;
};

// Streams documents from article and corpus inputs, in input order, one file or one corpus
// line in memory at a time. Binary, undecodable or unreadable files and broken corpus
// lines are reported to the sink (as "FILE" or "FILE:LINE") and skipped; events inputs are
// ignored here. Each document arrives decoded, NFC-normalized, with its publication date
// and boilerplate spans filled in.
class DocumentReader {
 public:
  DocumentReader(std::vector<InputFile> inputs, ReadOptions options, DiagnosticSink sink);
  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;

  // Fills `out` with the next document; false at the end.
  bool next(Document& out);

  std::size_t documents_read() const;
  std::size_t skipped() const;     // files and corpus lines skipped
  std::size_t bytes_read() const;  // input bytes consumed so far

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads an events file line by line, calling `on_event` for each valid record; a broken
// line is reported as "FILE:LINE: reason" and skipped. Returns the number of lines skipped.
std::size_t read_events_file(const std::string& path, const DiagnosticSink& sink,
                             const std::function<void(Event&&)>& on_event);

}  // namespace ag::extract
