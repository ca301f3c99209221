if x: pass
    y
