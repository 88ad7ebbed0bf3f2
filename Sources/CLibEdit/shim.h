// libedit (BSD editline) for the REPL: line editing, history and completion.
#include <stdio.h>
#include <histedit.h>
