# A failing lambda inside map() and filter() consumed by list().
words = ["3", "14", "15"]
print(list(map(int, words)))
print(list(filter(lambda w: int(w) > 5, words)))
words.append("nine")
print(list(filter(lambda w: int(w) > 5, words)))
