# OSError picks its subclass from the errno; the OSError family by name.
NO_ENTRY, EXISTS, ACCESS, PIPE = 2, 17, 13, 32

def show(e):
    print(type(e).__name__, e.errno, e.strerror, "|", e)

show(OSError(NO_ENTRY, "No such file or directory"))
show(OSError(EXISTS, "File exists", "data.txt"))
show(OSError(ACCESS, "Permission denied"))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
print(IOError is OSError, EnvironmentError is OSError)

def send(sock_open):
    if not sock_open:
        raise BrokenPipeError(PIPE, "Broken pipe")
    return "sent"

print(send(True))
send(False)
