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

typedef char *(*cg_prompt_function)(EditLine *);
typedef unsigned char (*cg_command_function)(EditLine *, int);

static inline int cg_el_set_prompt(EditLine *el, cg_prompt_function prompt) { return el_set(el, EL_PROMPT, prompt); }
static inline int cg_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cg_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int cg_el_add_function(EditLine *el, const char *name, const char *help, cg_command_function f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int cg_el_bind(EditLine *el, const char *key, const char *command) { return el_set(el, EL_BIND, key, command, NULL); }
static inline int cg_el_set_signal(EditLine *el, int flag) { return el_set(el, EL_SIGNAL, flag); }
// One terminal setting while editing a line, e.g. "-isig" (Ctrl-C arrives as a key, not SIGINT).
static inline int cg_el_setty_edit(EditLine *el, const char *setting) { return el_set(el, EL_SETTY, "-d", setting, NULL); }
static inline EditLine *cg_el_init(const char *program) { return el_init(program, stdin, stdout, stderr); }
