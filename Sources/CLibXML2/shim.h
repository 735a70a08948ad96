#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H

/* Foundation and libxml2's ICU declarations clash ('UErrorCode' has different definitions) when
   both land in one Swift module; the HTML parser never needs ICU, so hide it before the rest. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state. */
static inline void cx_free(void *pointer) { xmlFree(pointer); }

/* libxml2 prints parse errors to stderr unless told otherwise, which would corrupt the curses
   screen. Its error callbacks are variadic, which Swift cannot implement, so the no-op handlers
   live here. */
static inline void cx_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void cx_ignore_structured_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

/* The handlers are per-thread state in a threaded libxml2: the "ThrDef" calls set the defaults
   for threads that have not touched libxml2 yet, the plain calls the current thread's. */
static inline void cx_silence_errors_by_default(void) {
    xmlThrDefSetGenericErrorFunc(NULL, cx_ignore_generic_error);
    xmlThrDefSetStructuredErrorFunc(NULL, cx_ignore_structured_error);
}

static inline void cx_silence_errors_on_this_thread(void) {
    xmlSetGenericErrorFunc(NULL, cx_ignore_generic_error);
    xmlSetStructuredErrorFunc(NULL, cx_ignore_structured_error);
}

#endif
