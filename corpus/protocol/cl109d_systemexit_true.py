print("raising")
raise SystemExit(True)
