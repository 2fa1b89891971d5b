#ifndef ARGMED_FUZZ_DRIVER_H
#define ARGMED_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer on `test` with the command line's options and corpus.
int argmed_run_fuzzer(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
