import sys
print("exiting")
sys.exit()
print("not reached")
