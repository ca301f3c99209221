lines = (line.strip() for line in open("data.txt"))
nums = (int(s) for s in lines if s)
total = sum(n for n in nums if n > 0)
