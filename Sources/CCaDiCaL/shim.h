#ifndef ARGMED_CCADICAL_SHIM_H
#define ARGMED_CCADICAL_SHIM_H
#include <ccadical.h>

/* The standard IPASIR interface (Balyo et al., SAT Race 2015), which
   libcadical.a implements too; Debian ships no ipasir.h, so the seven
   calls are declared here as the standard gives them. */
#ifdef __cplusplus
extern "C" {
#endif
const char *ipasir_signature(void);
void *ipasir_init(void);
void ipasir_release(void *solver);
void ipasir_add(void *solver, int lit_or_zero);
void ipasir_assume(void *solver, int lit);
int ipasir_solve(void *solver);
int ipasir_val(void *solver, int lit);
int ipasir_failed(void *solver, int lit);
void ipasir_set_terminate(void *solver, void *data, int (*terminate)(void *data));
#ifdef __cplusplus
}
#endif
#endif
