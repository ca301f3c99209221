# sys.exit with a string prints it and exits 1; finally blocks run first.
import sys

def main():
    try:
        print("working")
        sys.exit("fatal: giving up")
    finally:
        print("cleanup")

main()
