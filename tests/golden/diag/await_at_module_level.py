# cpython-error
await x
