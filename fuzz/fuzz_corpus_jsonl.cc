// The file readers: bytes written to a temporary file, then recognized by expand_inputs and
// read by DocumentReader (as whatever kind it was recognized as, and as a JSON Lines corpus)
// or read_events_file. Whatever the bytes, nothing crashes, every document has valid UTF-8
// text with its spans inside it, and every skipped line is reported, named FILE or FILE:LINE.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extract/diagnostics.h"
#include "extract/input.h"
#include "fuzz/fuzz_util.h"
#include "model/edtf.h"
#include "model/event_json.h"

using namespace ag;
using namespace ag::extract;

namespace {

std::string temp_path;
int temp_fd = -1;

void remove_temp() {
  if (!temp_path.empty()) ::unlink(temp_path.c_str());
}

void write_temp(const std::uint8_t* data, std::size_t size) {
  if (::ftruncate(temp_fd, 0) != 0) fuzz::fail("ftruncate", temp_path);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pwrite(temp_fd, data + done, size - done, static_cast<off_t>(done));
    if (n <= 0) fuzz::fail("pwrite", temp_path);
    done += static_cast<std::size_t>(n);
  }
}

// Counts skips and checks that each names the input, or one of its lines.
struct Diagnostics {
  std::string name = temp_path;
  std::size_t skipped = 0;
  std::size_t lines = 0;  // lines in the input, for FILE:LINE
  DiagnosticSink sink() {
    return [this](const Diagnostic& d) {
      AG_FUZZ_CHECK(!d.message.empty(), d.where);
      AG_FUZZ_CHECK(d.where.compare(0, name.size(), name) == 0, d.where);
      const std::string rest = d.where.substr(name.size());
      if (!rest.empty()) {
        AG_FUZZ_CHECK(rest[0] == ':' || rest[0] == '#', d.where);
        if (rest[0] == ':') {
          const unsigned long line = std::strtoul(rest.c_str() + 1, nullptr, 10);
          AG_FUZZ_CHECK(line >= 1 && line <= lines, d.where);
        }
      }
      if (d.severity == Diagnostic::Severity::skipped) ++skipped;
    };
  }
};

void read_documents(const InputFile& input, std::size_t lines) {
  Diagnostics diags;
  diags.name = input.path;
  diags.lines = lines;
  DocumentReader reader({input}, ReadOptions{}, diags.sink());
  Document doc;
  std::size_t documents = 0;
  while (reader.next(doc)) {
    ++documents;
    AG_FUZZ_CHECK(doc.name.compare(0, input.path.size(), input.path) == 0, doc.name);
    AG_FUZZ_CHECK(!doc.text.empty(), doc.name);
    AG_FUZZ_CHECK(fuzz::valid_utf8(doc.text), doc.name);
    if (!doc.published.empty()) AG_FUZZ_CHECK(parse_edtf(to_edtf(doc.published)).has_value(), to_edtf(doc.published));
    std::size_t last_end = 0;
    for (const Span& s : doc.boilerplate) {
      AG_FUZZ_CHECK(s.begin >= last_end && s.begin <= s.end && s.end <= doc.text.size(), doc.name);
      last_end = s.end;
    }
  }
  AG_FUZZ_CHECK(reader.documents_read() == documents, "documents_read() disagrees");
  AG_FUZZ_CHECK(reader.skipped() == diags.skipped, "skipped() disagrees with the skips reported");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* dir = std::getenv("TMPDIR");
  std::string templ = std::string(dir && *dir ? dir : "/tmp") + "/ag_fuzz_corpus_XXXXXX.jsonl";
  temp_fd = ::mkstemps(&templ[0], 6);
  if (temp_fd < 0) fuzz::fail("cannot create a temporary file", templ);
  temp_path = templ;
  std::atexit(remove_temp);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  write_temp(data, size);
  std::size_t lines = 0;
  for (std::size_t i = 0; i < size; ++i) lines += data[i] == '\n';
  if (size > 0 && data[size - 1] != '\n') ++lines;

  Diagnostics expand_diags;
  expand_diags.lines = lines;
  const std::vector<InputFile> inputs = expand_inputs({temp_path}, expand_diags.sink());
  AG_FUZZ_CHECK(inputs.size() == 1 && inputs[0].path == temp_path, "the file was not taken");

  if (inputs[0].kind == InputKind::events) {
    Diagnostics diags;
    diags.lines = lines;
    std::size_t events = 0;
    const std::size_t skipped = read_events_file(temp_path, diags.sink(), [&](Event&& e) {
      ++events;
      AG_FUZZ_CHECK(e.participants.size() >= 2, e.id);
    });
    AG_FUZZ_CHECK(skipped == diags.skipped, "read_events_file's count disagrees with the skips reported");
  } else {
    read_documents(inputs[0], lines);
  }
  if (inputs[0].kind != InputKind::corpus) read_documents(InputFile{temp_path, InputKind::corpus}, lines);

  // The same bytes from a pipe (as standard input is read: kind recognized while reading).
  int fds[2];
  if (size < 60000 && ::pipe(fds) == 0) {  // fits in the pipe's buffer: no writer thread
    std::size_t done = 0;
    while (done < size) {
      const ssize_t n = ::write(fds[1], data + done, size - done);
      if (n <= 0) fuzz::fail("cannot fill the pipe");
      done += static_cast<std::size_t>(n);
    }
    ::close(fds[1]);
    const std::string pipe_path = "/dev/fd/" + std::to_string(fds[0]);
    Diagnostics pipe_diags;
    pipe_diags.name = pipe_path;
    const std::vector<InputFile> piped = expand_inputs({pipe_path}, pipe_diags.sink());
    AG_FUZZ_CHECK(piped.size() == 1 && piped[0].path == pipe_path, "the pipe was not taken");
    read_documents(piped[0], lines);
    ::close(fds[0]);
  }
  return 0;
}
