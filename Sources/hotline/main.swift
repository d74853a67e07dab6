print("hotline placeholder")
