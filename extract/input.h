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

// One document as read and not yet decoded: an article file's bytes or one corpus line.
// Reading is sequential; decoding (JSON, encodings, NFC, publication date, boilerplate) is
// most of the cost of ingestion, so DocumentReader splits the two and lets worker threads
// decode (see run_pipeline).
struct RawDocument {
  enum class Kind {
    none,     // no document: only diagnostics of inputs that could not be read
    article,  // `bytes` is a whole article file; `name` its path
    record,   // `bytes` is one corpus line (no line end); `name` the corpus path, `line` its number
  };
  Kind kind = Kind::none;
  std::string name;
  std::size_t line = 0;
  std::string bytes;
  // Problems met before and with this document, in input order: those of the reading that
  // led to it (an unreadable file before it), then those of decoding it.
  std::vector<Diagnostic> diagnostics;
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

  // Fills `out` with the next document; false at the end. The same as next_raw, decode and
  // account in turn.
  bool next(Document& out);

  // The parts of next() for callers that decode on other threads. next_raw fills `out` with
  // the next raw document (a Kind::none one when only diagnostics are left); false at the
  // end. decode turns it into `out` (it may modify `raw.bytes`) and appends its diagnostics
  // to `raw.diagnostics`; false when the document is skipped. decode is const and safe to
  // call from several threads at once. account reports `raw.diagnostics` to the sink and
  // counts the document: call it once per raw document, in input order.
  bool next_raw(RawDocument& out);
  bool decode(RawDocument& raw, Document& out) const;
  void account(const RawDocument& raw, bool decoded);

  std::size_t documents_read() const;
  std::size_t skipped() const;     // files and corpus lines skipped
  std::size_t bytes_read() const;  // input bytes consumed so far

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads an events file line by line, calling `on_event` for each valid record in file
// order; a broken line is reported as "FILE:LINE: reason" and skipped. `threads` parse in
// parallel (records and reports still arrive in file order, on the calling thread).
// Returns the number of lines skipped.
std::size_t read_events_file(const std::string& path, const DiagnosticSink& sink,
                             const std::function<void(Event&&)>& on_event, unsigned threads = 1);

}  // namespace ag::extract
