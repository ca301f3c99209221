# sys.exit(3) from inside a generator: finally blocks run, status 3, no
# traceback.
import sys

def jobs():
    try:
        for i in range(5):
            if i == 2:
                sys.exit(3)
            yield i
    finally:
        print("jobs finally")

try:
    for j in jobs():
        print("job", j)
finally:
    print("outer finally")
