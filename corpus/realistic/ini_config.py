# An INI-style configuration loader: a line generator strips comments and
# joins continuation lines, an event generator turns lines into
# (section, key, value) triples with line numbers, values are converted
# and ${section:key} references interpolated recursively, and errors are
# collected instead of aborting.
import os
import re
from collections import OrderedDict

CONFIG = r"""
; global settings
[server]
host = 0.0.0.0
port = 8080
debug = yes
workers = 4
base_url = http://${server:host}:${server:port}/

[database]
# the DSN is built from the pieces below
user = app
password = "s3cr;t"       ; quoted values keep their semicolons
name = ${server:workers}db
dsn = postgres://${user}:${password}@localhost/${name}
timeout = 2.5
replicas = db1.local,
    db2.local,
    db3.local

[paths]
root = /srv/app
logs = ${root}/logs
cache = ${logs}/../cache
broken = ${nowhere:key}
loop_a = ${loop_b}
loop_b = ${loop_a}

this line is not valid
[unterminated
"""

PATH = "ini_config.sample.ini"


def logical_lines(f):
    buf, start = None, 0
    for lineno, raw in enumerate(f, 1):
        line = raw.rstrip("\n")
        if buf is not None and line[:1].isspace() and line.strip():
            buf += " " + line.strip()
            continue
        if buf is not None:
            yield start, buf
        buf, start = line, lineno
    if buf is not None:
        yield start, buf


def strip_comment(text):
    out, quoted = [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in ";#" and not quoted:
            break
        out.append(ch)
    return "".join(out).strip()


SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]$")
OPTION = re.compile(r"^(?P<key>[A-Za-z_][\w.]*)\s*=\s*(?P<value>.*)$")


def events(lines, errors):
    section = None
    for lineno, text in lines:
        text = strip_comment(text)
        if not text:
            continue
        if m := SECTION.match(text):
            section = m["name"].strip()
            yield lineno, section, None, None
        elif (m := OPTION.match(text)) and section:
            yield lineno, section, m["key"], m["value"].strip('"')
        else:
            errors.append(f"line {lineno}: cannot parse {text!r}")


def convert(value):
    if value.lower() in ("yes", "true", "on"):
        return True
    if value.lower() in ("no", "false", "off"):
        return False
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    if "," in value:
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


REF = re.compile(r"\$\{(?:(?P<sec>\w+):)?(?P<key>\w+)\}")


def interpolate(config, section, value, stack=()):
    def repl(m):
        sec = m["sec"] or section
        key = m["key"]
        if (sec, key) in stack:
            raise ValueError(f"circular reference {' -> '.join(k for _, k in stack)} -> {key}")
        if sec not in config or key not in config[sec]:
            raise KeyError(f"{sec}:{key}")
        return interpolate(config, sec, config[sec][key], stack + ((sec, key),))
    return REF.sub(repl, value)


with open(PATH, "w") as f:
    f.write(CONFIG)

errors = []
raw = OrderedDict()
with open(PATH) as f:
    for lineno, section, key, value in events(logical_lines(f), errors):
        sec = raw.setdefault(section, OrderedDict())
        if key is not None:
            sec[key] = value
os.remove(PATH)

print("sections:", list(raw))
print("parse errors:", errors)

config = {}
for section, options in raw.items():
    config[section] = {}
    for key, value in options.items():
        try:
            config[section][key] = convert(interpolate(raw, section, value, ((section, key),)))
        except (KeyError, ValueError) as e:
            errors.append(f"[{section}] {key}: {type(e).__name__} {e}")

for section, options in config.items():
    print(f"[{section}]")
    for key, value in options.items():
        print(f"  {key:<9} = {value!r}  ({type(value).__name__})")
print("errors:")
for e in errors:
    print("  " + e)
print("workers * 2 =", config["server"]["workers"] * 2, "| replicas:", len(config["database"]["replicas"]))
