// libedit (BSD editline) for the REPL: line editing, history and completion.
// Swift cannot call C variadic functions, so the calls the REPL needs are wrapped in
// small non-variadic inline functions here.
#include <stdio.h>
#include <histedit.h>

static inline int cg_history_setsize(History *h, HistEvent *ev, int size) { return history(h, ev, H_SETSIZE, size); }
static inline int cg_history_enter(History *h, HistEvent *ev, const char *line) { return history(h, ev, H_ENTER, line); }
static inline int cg_history_first(History *h, HistEvent *ev) { return history(h, ev, H_FIRST); }
static inline int cg_history_next(History *h, HistEvent *ev) { return history(h, ev, H_NEXT); }
static inline int cg_history_load(History *h, HistEvent *ev, const char *file) { return history(h, ev, H_LOAD, file); }
static inline int cg_history_save(History *h, HistEvent *ev, const char *file) { return history(h, ev, H_SAVE, file); }
static inline int cg_history_unique(History *h, HistEvent *ev, int flag) { return history(h, ev, H_SETUNIQUE, flag); }
