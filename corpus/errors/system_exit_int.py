# SystemExit(3) exits with status 3 and prints nothing.
def main():
    raise SystemExit(3)

try:
    main()
except ValueError:
    print("not reached")
finally:
    print("finally")
