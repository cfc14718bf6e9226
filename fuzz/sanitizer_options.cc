// Default sanitizer options compiled into every fuzz target, so that running one by hand
// behaves like scripts/fuzz.sh. UBSAN_OPTIONS in the environment still overrides them.
extern "C" const char* __ubsan_default_options() {
  return "halt_on_error=1:print_stacktrace=1:suppressions=" AG_FUZZ_UBSAN_SUPPRESSIONS;
}
