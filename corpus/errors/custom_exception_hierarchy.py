# Subclasses of a custom base: the traceback names the most derived class.
class AppError(Exception):
    pass

class StorageError(AppError):
    pass

class DiskFull(StorageError):
    def __init__(self, needed):
        super().__init__(f"need {needed} more bytes")
        self.needed = needed

def save(size, free=100):
    if size > free:
        raise DiskFull(size - free)
    return "saved"

print(save(10))
try:
    save(150)
except AppError as e:
    print(type(e).__name__, isinstance(e, StorageError), e.needed)
save(1000)
