#ifndef ARGMED_CCADICAL_SHIM_H
#define ARGMED_CCADICAL_SHIM_H
#include <ccadical.h>
#endif
