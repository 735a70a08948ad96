print("byline")
