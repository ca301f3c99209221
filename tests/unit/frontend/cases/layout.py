# leading comment

x = 1  # trailing comment


def f(a,
      b,  # comment inside brackets
      c):

    # comment-only line at another indentation
        # even deeper
    return (a +
            b
            + c)
y = [
    1,
  2,
        3,
]
z = 1 + \
    2 + \
    3
if x and \
   y:
    pass
class A:

    x = 1

    # comment

    def f(self):
        pass



w = {
    'a': 1,
    'b': [
        2, 3,
    ],
}
s = """
  not indentation
"""
t = f(1,
2)
