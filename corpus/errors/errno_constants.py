# Globals named like the errno constants (ENOENT, EPIPE, ...) are ordinary
# Python names; OSError(ENOENT, ...) becomes FileNotFoundError.
ENOENT = 2
EINTR = 4
EPIPE = 32

def errno_name(code):
    for name, value in [("ENOENT", ENOENT), ("EINTR", EINTR), ("EPIPE", EPIPE)]:
        if value == code:
            return name
    return "?"

print(errno_name(4), errno_name(32))

def open_config(path):
    raise OSError(ENOENT, "No such file or directory", path)

open_config("missing.cfg")
