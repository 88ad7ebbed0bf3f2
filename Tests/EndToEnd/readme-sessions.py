#!/usr/bin/env python3
"""README's REPL sessions are what a 160-column terminal really shows.

Every fenced block of README.md whose first line is `$ chaingraph` or a `chaingraph> `
prompt is typed into a fresh `chaingraph` (the seed graph, no colour) in a 160 × 200 tmux
window; the screen must then read as the block does, line for line, with durations
(`(0.8 ms)`) compared as "some duration".

    Tests/EndToEnd/readme-sessions.py [path/to/chaingraph] [--write]

`--write` puts what the terminal showed into README.md instead of comparing (then read the
diff before committing it).
"""
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PROMPT, CONTINUATION = "chaingraph> ", "       ...> "
DURATION = re.compile(r"\((\d+(\.\d+)? (µs|ms|s))\)")


def sessions(readme):
    """(first line index, last line index, lines) of each session block."""
    lines = readme.split("\n")
    index = 0
    while index < len(lines):
        if lines[index].startswith("```"):
            end = lines.index("```", index + 1)
            body = lines[index + 1:end]
            if lines[index] == "```" and body and (body[0] == "$ chaingraph" or body[0].startswith(PROMPT)):
                yield index + 1, end, body
            index = end + 1
        else:
            index += 1


def tmux(*arguments):
    return subprocess.run(["tmux", *arguments], check=True, capture_output=True, text=True).stdout


def screen(session):
    text = tmux("capture-pane", "-p", "-J", "-t", session, "-S", "-2000")
    return [line.rstrip() for line in text.rstrip("\n").split("\n")]


def run_block(binary, body):
    """What the terminal shows for the typed lines of `body`."""
    typed = [line[len(PROMPT):] if line.startswith(PROMPT) else line[len(CONTINUATION):]
             for line in body if line.startswith(PROMPT) or line.startswith(CONTINUATION)]
    # A fresh name per block: the tmux server may still be shutting down after the last
    # block's session was killed, and a new session can fail while it does (retried below).
    run_block.count = getattr(run_block, "count", 0) + 1
    session = f"cg-readme-{os.getpid()}-{run_block.count}"
    with tempfile.TemporaryDirectory() as work:
        command = (f"env NO_COLOR=1 CHAINGRAPH_HISTORY= CHAINGRAPH_ARTICLES={work}/none {binary}; "
                   "echo REPL-EXITED; sleep 30")
        for attempt in range(10):
            try:
                tmux("-u", "new-session", "-d", "-s", session, "-x", "160", "-y", "200", command)
                break
            except subprocess.CalledProcessError:
                if attempt == 9:
                    raise
                time.sleep(0.3)
        try:
            wait(session, lambda lines: lines and lines[-1] == PROMPT.rstrip())
            for line in typed:
                # tmux reads an argument's trailing ';' as a command separator unless escaped.
                tmux("send-keys", "-t", session, "-l", "--", line.replace(";", "\\;"))
                tmux("send-keys", "-t", session, "Enter")
                wait(session, lambda lines: lines and lines[-1] in (PROMPT.rstrip(), CONTINUATION.rstrip()))
            shown = screen(session)
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    while shown and shown[-1] == PROMPT.rstrip():
        shown.pop()
    if body[0] == "$ chaingraph":
        return ["$ chaingraph"] + shown
    return shown[shown.index(next(line for line in shown if line.startswith(PROMPT))):]


def wait(session, ready, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        time.sleep(0.2)
        if ready(screen(session)):
            time.sleep(0.2)
            if ready(screen(session)):
                return
    raise SystemExit("FAIL: the REPL did not come back to its prompt:\n" + "\n".join(screen(session)))


def normalized(lines):
    return [DURATION.sub("(TIME)", line) for line in lines]


def main():
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    binary = os.path.abspath(arguments[0] if arguments else os.path.join(ROOT, ".build", "debug", "chaingraph"))
    path = os.path.join(ROOT, "README.md")
    readme = open(path, encoding="utf-8").read()
    lines = readme.split("\n")
    failures = 0
    for start, end, body in reversed(list(sessions(readme))):
        shown = run_block(binary, body)
        if "--write" in sys.argv:
            lines[start:end] = shown
            continue
        if normalized(shown) != normalized(body):
            failures += 1
            print(f"FAIL: README.md:{start + 1}: the terminal shows something else")
            for expected, got in zip(normalized(body) + [""] * len(shown), normalized(shown) + [""] * len(body)):
                if expected != got:
                    print(f"  README:   {expected}\n  terminal: {got}")
                    break
        else:
            print(f"ok: README.md:{start + 1} ({len(body)} lines)")
    if "--write" in sys.argv:
        open(path, "w", encoding="utf-8").write("\n".join(lines))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
