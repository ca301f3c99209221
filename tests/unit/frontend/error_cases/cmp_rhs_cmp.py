f() = a < b
