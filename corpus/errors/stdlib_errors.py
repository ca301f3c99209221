# Exceptions raised by runtime modules: json, re, heapq and open().
import json, re, heapq

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("json", lambda: json.loads('{"a": 1,}'))
attempt("re", lambda: re.compile("(ab"))
attempt("heappop", lambda: heapq.heappop([]))
attempt("open", lambda: open("/nonexistent-dir/data.txt"))
attempt("json ok", lambda: json.loads("[1, 2]"))

def load_config(text):
    return json.loads(text)["name"]

print(load_config('{"name": "yieldc"}'))
print(load_config("{'name': 'single quotes'}"))
