# Tutorial: a lazy pipeline over the lines of data.txt (written here first).
import os

with open("data_file_sum.data.txt", "w") as f:
    f.write("10\n\n-3\n  25  \n0\n7\n\n-100\n")

lines = (line.strip() for line in open("data_file_sum.data.txt"))
nums = (int(s) for s in lines if s)
total = sum(n for n in nums if n > 0)
print(total)

with open("data_file_sum.data.txt") as f:
    lines = (line.strip() for line in f)
    print([s for s in lines if s])
os.remove("data_file_sum.data.txt")
print(os.path.exists("data_file_sum.data.txt"))
