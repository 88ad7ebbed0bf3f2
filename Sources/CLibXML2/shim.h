// libxml2 for Swift. xmlversion.h comes first so that LIBXML_ICU_ENABLED can be
// undefined before any header pulls in ICU's headers, whose UErrorCode clashes
// with the copy Foundation carries in _FoundationICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift 6 refuses to read from
   concurrent code; this wrapper calls it. */
static inline void cg_xml_free(void *pointer) { xmlFree(pointer); }
