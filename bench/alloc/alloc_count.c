/* An LD_PRELOAD shim that counts heap allocations (malloc, calloc, realloc,
 * memalign family; C++'s operator new goes through malloc) and, at exit,
 * prints the count and the peak resident set size to stderr:
 *   alloc_count: allocations=N peak_rss_kib=M
 * glibc's __libc_* entry points do the real work, so no dlsym is needed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void* __libc_malloc(size_t);
extern void* __libc_calloc(size_t, size_t);
extern void* __libc_realloc(void*, size_t);
extern void* __libc_memalign(size_t, size_t);

static unsigned long long allocations;

void* malloc(size_t n) { ++allocations; return __libc_malloc(n); }
void* calloc(size_t n, size_t size) { ++allocations; return __libc_calloc(n, size); }
void* realloc(void* p, size_t n) { ++allocations; return __libc_realloc(p, n); }
void* memalign(size_t align, size_t n) { ++allocations; return __libc_memalign(align, n); }
void* aligned_alloc(size_t align, size_t n) { ++allocations; return __libc_memalign(align, n); }
int posix_memalign(void** out, size_t align, size_t n) {
  ++allocations;
  *out = __libc_memalign(align, n);
  return *out ? 0 : 12; /* ENOMEM */
}

static long peak_rss_kib(void) {
  FILE* f = fopen("/proc/self/status", "r");
  char line[256];
  long kib = -1;
  if (!f) return -1;
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, "VmHWM:", 6) == 0) kib = strtol(line + 6, NULL, 10);
  }
  fclose(f);
  return kib;
}

__attribute__((destructor)) static void report(void) {
  fprintf(stderr, "alloc_count: allocations=%llu peak_rss_kib=%ld\n", allocations, peak_rss_kib());
}
