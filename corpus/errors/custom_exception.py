# A custom exception class with extra attributes and its own __str__.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"

def validate(user):
    if "@" not in user.get("email", ""):
        raise ValidationError("email", "must contain '@'")
    return True

try:
    validate({})
except ValidationError as e:
    print("caught", e.args, e.field)
print(validate({"email": "a@b"}))
validate({"email": "nobody"})
