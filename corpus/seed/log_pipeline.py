# Tutorial: grep | lower | uniq over app.log (written here first).
import os

LOG = "log_pipeline.app.log"
with open(LOG, "w") as f:
    f.write("INFO start\nERROR disk full\nerror DISK FULL\nERROR Disk Full\n"
            "WARN cpu hot\nERROR net down\nINFO error-free line\nERROR net down\n")

def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line

def lower(lines):
    for line in lines:
        yield line.lower()

def uniq(lines):
    prev = object()
    for line in lines:
        if line != prev:
            yield line
            prev = line

pipeline = uniq(lower(grep("error", open(LOG))))
for line in pipeline:
    print(line.rstrip("\n"))
print(list(uniq(lower(grep("ERROR", open(LOG))))))
os.remove(LOG)
