match = 1
match.x = 2
match[0] = 3
match(1)
print(match)
case = 2
_ = 3
type = 4
def match(): pass
match: int = 5
café = 1
ñ = café
print(match, case, _)
self.match = x
async_ = 1
await_ = 2
