# A `finally` that raises while an exception propagates out of a plain
# function: the first exception's traceback stops at the function's frame.
def write_report(rows):
    try:
        for r in rows:
            print("row", 10 // r)
    finally:
        print("closing report")
        raise OSError("disk full while closing")

def main():
    write_report([5, 2, 0])

main()
