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

pipeline = uniq(lower(grep("error", open("app.log"))))
for line in pipeline:
    ...
