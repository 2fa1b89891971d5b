#ifndef ARGMED_CLIBXML2_SHIM_H
#define ARGMED_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Foundation on Linux ships its own ICU module (_FoundationICU). A libxml2 built with ICU
   includes <unicode/ucnv.h> from encoding.h, and clang then rejects two definitions of
   UErrorCode. The ICU fields this hides are never used from Swift. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#endif
